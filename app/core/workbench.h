// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"
#include "tcpkernelinfo.h"
#include "trafficevent.h"
#include "udpendpoint.h"

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

class EndpointHost;
struct Responder;
class QThread;
class Session;

// The one API through which the GUI, the command line, lessons and tests drive sockets.
//
// Commands return at once: ids are handed out on the caller's thread, and the work is queued
// to the network thread, where an EndpointHost owns every socket and records what happens
// into the Session. Results arrive as events in session().log() (announced by its appended()
// signal) and as state in session().connections().
class Workbench : public QObject
{
    Q_OBJECT

public:
    struct ListenOptions
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0;   // 0: the system chooses; read it back from the connection table
        bool echo = false;
        int backlog = 0;                    // listen()'s backlog; 0: SOMAXCONN
        bool acceptPaused = false;          // never accept(): connections wait in the backlog
        bool relay = false;                 // chat relay between the accepted connections
        bool keepOpenAfterPeerFin = false;  // accepted connections stay half-open at the peer's FIN
        int connectionCap = ConnectionInfo::DefaultConnectionCap;   // open at once; more are refused
        qint64 receiveCap = ConnectionInfo::DefaultReceiveCap;      // per accepted connection
        EndpointKind kind = EndpointKind::Tcp;
        QString path = {};   // Unix: the socket file, or @name
        std::shared_ptr<const Responder> responder = {};   // answers every accepted connection

        // A parsed [KIND:]ADDRESS, as the command line, the forms and lessons give it.
        static ListenOptions at(const ParsedEndpoint &address, bool echo = false);
    };
    struct ConnectOptions
    {
        QString host;
        quint16 port = 0;
        bool echo = false;
        int timeoutMs = 0;  // 0: TcpConnection::DefaultConnectTimeoutMs
        int maxSegmentSize = 0;   // TCP_MAXSEG before connect() (TCP), 0: the system's
        EndpointKind kind = EndpointKind::Tcp;
        QString path = {};   // Unix: the socket file, or @name

        static ConnectOptions to(const ParsedEndpoint &address, bool echo = false);
    };

    // The session must outlive the workbench.
    explicit Workbench(Session &session, QObject *parent = nullptr);
    ~Workbench() override;   // closes every socket, flushes the journal, stops the thread

    Session &session() const { return m_session; }

    // Captures the packets of the sockets opened from now on, through the system's dumpcap
    // (capture/WireCapture): session().wire() gets them, or says why there are none. fullPackets
    // keeps whole frames instead of headers and 128 payload bytes; dumpcapLocations is where
    // dumpcap may be (the system's directories; tests name others).
    void startCapture(bool fullPackets = false, const QStringList &dumpcapLocations = {});
    // Ends the capture: its last packets and statistics are recorded, the sockets go on. Started
    // again, it covers the sockets then open, from their next packet.
    void stopCapture();
    bool isCapturing() const { return m_capturing; }

    ConnectionId listen(const ListenOptions &options);
    ConnectionId connectTo(const ConnectOptions &options);
    // A UDP socket (UdpOptions: bind, and optionally connect to one peer). Its peers appear as
    // rows under it; send() to the socket (connected) or to a peer row, sendTo() anywhere.
    ConnectionId openUdp(const UdpOptions &options);
    void sendTo(ConnectionId udpSocket, const QHostAddress &address, quint16 port, const QByteArray &bytes,
                int count = 1, int intervalMs = 0);
    void setBroadcast(ConnectionId udpSocket, bool on);
    void joinGroup(ConnectionId udpSocket, const QHostAddress &group, const QString &interfaceName = {});
    void leaveGroup(ConnectionId udpSocket, const QHostAddress &group, const QString &interfaceName = {});
    // IP_MULTICAST_TTL / IPV6_MULTICAST_HOPS (0 to 255) and IP(V6)_MULTICAST_LOOP of what it sends
    // to groups. Each change, and each failure with the system's reason, is a note or error on
    // the socket's row; the row's udp options say the state.
    void setMulticastHops(ConnectionId udpSocket, int hops);
    void setMulticastLoopback(ConnectionId udpSocket, bool on);
    void setPeerCap(ConnectionId udpSocket, int cap);
    void setReceiveBufferSize(ConnectionId udpSocket, int bytes);
    void setSendBufferSize(ConnectionId udpSocket, int bytes);
    // Sends bytes, then repeats them count - 1 more times every intervalMs.
    void send(ConnectionId id, const QByteArray &bytes, int count = 1, int intervalMs = 0);
    void stopRepeating(ConnectionId id);
    // Streams the file at path on a stream connection as fast as the peer takes it, in constant
    // memory, with its progress in the connection table (fileSendDone/Total); then, with
    // shutdownAfter, shuts down the writing side (FIN). cancelFileSend() stops it mid-way.
    void sendFile(ConnectionId id, const QString &path, bool shutdownAfter = false);
    void cancelFileSend(ConnectionId id);
    // A note for the learner in the log, on the connection's row (a lesson's own findings).
    void recordNote(ConnectionId id, const QString &text);
    void close(ConnectionId id);       // FIN after queued data; on a listener: closeListener()
    void abort(ConnectionId id);       // RST
    void setReadingPaused(ConnectionId id, bool paused);
    void setEcho(ConnectionId id, bool echo);
    // A listener's responder (ResponderLoader) for the connections it accepts next; null: none.
    void setResponder(ConnectionId listener, std::shared_ptr<const Responder> responder);
    // A responder file saved again (Responder::path): every listener answering by that file
    // takes the new rules for the connections it accepts next, and each open connection for its
    // next request; the log notes it on the listener.
    void reloadResponder(std::shared_ptr<const Responder> responder);
    void stopListening(ConnectionId id);   // accepted connections stay open
    void closeListener(ConnectionId id);   // stop, and close its connections
    void shutdownWrite(ConnectionId id);   // shutdown(SHUT_WR): FIN after queued data, keep reading
    void setNoDelay(ConnectionId id, bool on);   // TCP_NODELAY: true turns Nagle's algorithm off

    // Classroom limits (see EndpointHost): a listener's cap on open connections, a connection's
    // (or a listener's, for what it accepts next) cap on received bytes, pausing accept().
    void setConnectionCap(ConnectionId listener, int cap);
    void setReceiveCap(ConnectionId id, qint64 bytes);
    void setAcceptingPaused(ConnectionId listener, bool paused);

    // When the journal cannot be written (a full disk, see Session::recordingProblem()): copies
    // the recording so far to path, a new file, and goes on recording there.
    void moveRecording(const QString &path);

    // Asks the network thread what the kernel knows about this socket; the answer comes as
    // kernelInfoReady() on this object's thread.
    void requestKernelInfo(ConnectionId id);

Q_SIGNALS:
    void kernelInfoReady(const TcpKernelInfo &info);
    void capturingChanged(bool on);   // startCapture() or stopCapture() was called

private:
    template<typename Call>
    void post(Call &&call);
    // Runs call on the UDP socket of id, on the network thread; an error event when there is none.
    void postUdp(ConnectionId id, const char *what, std::function<void(UdpEndpoint *)> call);

    Session &m_session;
    QThread *m_thread = nullptr;
    EndpointHost *m_host = nullptr;   // lives on m_thread
    bool m_capturing = false;
};
