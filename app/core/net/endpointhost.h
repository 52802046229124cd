// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"
#include "endpointaddress.h"
#include "outputbackpressure.h"
#include "tcpkernelinfo.h"
#include "trafficevent.h"
#include "udpendpoint.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class JournalGate;
class KernelInfoReader;
class FileSend;
class Listener;
class QTimer;
class RepeatedSend;
class ResponderDriver;
struct Responder;
class Session;
class Transport;
class WireCapture;

// What lessons need beyond an ordinary listener.
struct ListenTuning
{
    int backlog = 0;                    // listen()'s backlog; 0: the kind's default (TCP: SOMAXCONN)
    bool acceptPaused = false;          // never call accept(): connections wait in the backlog
    bool relay = false;                 // chat relay: what one accepted connection sends goes to the others
    bool keepOpenAfterPeerFin = false;  // accepted connections stay half-open at the peer's FIN
    std::shared_ptr<const Responder> responder = {};   // answers every accepted connection
};

// Owns every listener and connection, on the network thread, and records what each one does
// into the Session. It drives them through the Listener and Transport contracts, whatever their
// kind (Transports makes them). Nothing here paints or waits for painting. The Workbench calls these
// functions through queued invocations; they must run on the thread this object lives in.
class EndpointHost : public QObject
{
    Q_OBJECT

public:
    // How often the send queues are published, and how much waits before the log says the peer
    // is not keeping up.
    static constexpr int SendQueuePollMs = 100;
    static constexpr qint64 QueuedNoteBytes = 1024 * 1024;

    explicit EndpointHost(Session &session, QObject *parent = nullptr);
    ~EndpointHost() override;

    void listen(ConnectionId id, const ParsedEndpoint &address, bool echo, const ListenTuning &tuning = {});
    void connectTo(ConnectionId id, const ParsedEndpoint &address, bool echo, int timeoutMs, int maxSegmentSize = 0);
    // A UDP socket: bound, perhaps connected; its peers become rows under it.
    void openUdp(ConnectionId id, const UdpOptions &options);
    // The UDP socket that id is, or whose peer row it is; null for other kinds and closed ones.
    UdpEndpoint *udpEndpoint(ConnectionId id) const;
    void send(ConnectionId id, const QByteArray &bytes, int count, int intervalMs);
    void stopRepeating(ConnectionId id);
    // Streams a file as the peer takes it (FileSend), then, with shutdownAfter, shuts down the
    // writing side (FIN). Closing, aborting or shutting down the connection stops the file.
    void sendFile(ConnectionId id, const QString &path, bool shutdownAfter);
    void cancelFileSend(ConnectionId id);
    void close(ConnectionId id);
    void abort(ConnectionId id);
    void setReadingPaused(ConnectionId id, bool paused);
    void setEcho(ConnectionId id, bool echo);
    // The responder that answers the connections this listener accepts from now on; null: none.
    void setResponder(ConnectionId listenerId, std::shared_ptr<const Responder> responder);
    // Workbench::reloadResponder().
    void reloadResponder(const std::shared_ptr<const Responder> &responder);
    void stopListening(ConnectionId id);
    void closeListener(ConnectionId id);
    void shutdownWrite(ConnectionId id);
    void setNoDelay(ConnectionId id, bool on);
    // Closes every socket (FIN) and flushes the journal: the session is ending.
    void shutdown();
    // The journal cannot be written (a full disk): continue the recording in a new file.
    void moveRecording(const QString &path);

    // Teacher's limits. A listener refuses (RST) connections beyond its cap, with a note naming
    // the peer; a connection that has received its cap stops being read (flow control holds the
    // peer), with a note. A listener's receive cap applies to the connections it accepts.
    void setConnectionCap(ConnectionId listenerId, int cap);
    void setReceiveCap(ConnectionId id, qint64 bytes);
    void setAcceptingPaused(ConnectionId listenerId, bool paused);
    // Reads the kernel's view of the socket (KernelInfoReader) and emits kernelInfoRead().
    void readKernelInfo(ConnectionId id);
    // Records the packets of every socket opened from now on (the wire, capture/). The options are
    // WireCapture's; without capture rights everything else works and the WireLog says why.
    void startCapture(bool fullPackets, const QStringList &dumpcapLocations);
    // Ends the capture (its last packets and statistics recorded); the sockets go on.
    void stopCapture();

Q_SIGNALS:
    void kernelInfoRead(const TcpKernelInfo &info);

private:
    struct Link
    {
        Transport *transport = nullptr;
        RepeatedSend *repeat = nullptr;
        bool echo = false;
        ConnectionId relayListener = 0;   // relay what arrives to this listener's other connections
        ConnectionId parent = 0;
        ResponderDriver *responder = nullptr;
        quint64 received = 0;
        qint64 receiveCap = ConnectionInfo::DefaultReceiveCap;
        qint64 queued = 0;          // last published bytesToWrite()
        bool queueNoted = false;    // the log said bytes pile up, and not yet that they left
        bool backPressureNoted = false;   // the log said once that back-pressure held this one
        FileSend *file = nullptr;         // a file being sent
        bool shutdownAfterFile = false;   // FIN once the file is sent
    };
    struct Listening
    {
        Listener *listener = nullptr;
        bool echo = false;
        int nextChildNumber = 1;
        ListenTuning tuning;
        int open = 0;   // accepted connections not closed yet
        int connectionCap = ConnectionInfo::DefaultConnectionCap;
        qint64 receiveCap = ConnectionInfo::DefaultReceiveCap;
    };

    void accept(ConnectionId listenerId);
    void listenNow(ConnectionId id, const ParsedEndpoint &address, bool echo, const ListenTuning &tuning);
    void announceListening(ConnectionId id, const QString &systemCalls, const ListenTuning &tuning);
    void adopt(ConnectionId id, Transport *transport, bool echo, ConnectionId relayListener = 0);
    void startResponder(ConnectionId id, const std::shared_ptr<const Responder> &responder);
    void relay(ConnectionId from, ConnectionId listenerId, const QByteArray &bytes);
    void learnAddresses(ConnectionId id);
    void sendNow(ConnectionId id, const QByteArray &bytes);
    void answer(ConnectionId id, const QByteArray &bytes);
    bool maySend(ConnectionId id, const QByteArray &bytes);
    void handOver(ConnectionId id, const QByteArray &bytes);
    void pushHandedOver();
    void noteUnknown(ConnectionId id, const QString &what);
    void stopFileSend(ConnectionId id, const QString &why);
    void endFileSend(ConnectionId id);
    void holdReadingWhileJournalBehind();
    void journalWritten();
    void setReadingHeld(bool held);
    void updateReadingHold(ConnectionId id);
    void pressOn(ConnectionId source, ConnectionId target);
    void releaseDrained(ConnectionId target);
    bool refuseBeyondCap(ConnectionId listenerId, Transport *connection);
    UdpEndpoint *udpSocket(ConnectionId id) const;   // the open UDP socket that id is; null otherwise
    // The listener id names, when it accepts connections (not a UDP socket); null otherwise.
    Listening *acceptingListener(ConnectionId id);
    void countReceived(ConnectionId id, qsizetype bytes);
    void publishLimits(ConnectionId id);
    void publishSendQueues();

    Session &m_session;
    JournalGate *m_journalGate = nullptr;   // what is sent is recorded first
    bool m_readingHeld = false;   // every connection's: the journal is too far behind, or failing
    OutputBackPressure m_backPressure;   // sources held because what they feed is not read
    QSet<ConnectionId> m_handedOver;     // released by the journal gate, not pushed to the kernel yet
    QHash<ConnectionId, Listening> m_listeners;
    QHash<ConnectionId, Link> m_links;
    int m_udpCount = 0;
    int m_listenerCount = 0;
    int m_clientCount = 0;
    KernelInfoReader *m_kernelInfo = nullptr;
    WireCapture *m_wire = nullptr;   // while packets are captured
};
