// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"
#include "tcpkernelinfo.h"
#include "trafficevent.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;
class QTimer;
class Session;
class Transport;

// Owns every listener and connection, on the network thread, and records what each one does
// into the Session. Nothing here paints or waits for painting. The Workbench calls these
// functions through queued invocations; they must run on the thread this object lives in.
class EndpointHost : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMs = 100;   // journal flush: the format promises <= 200 ms

    explicit EndpointHost(Session &session, QObject *parent = nullptr);
    ~EndpointHost() override;

    void listen(ConnectionId id, const QHostAddress &address, quint16 port, bool echo);
    void connectTo(ConnectionId id, const QString &host, quint16 port, bool echo, int timeoutMs);
    void send(ConnectionId id, const QByteArray &bytes, int count, int intervalMs);
    void stopRepeating(ConnectionId id);
    void close(ConnectionId id);
    void abort(ConnectionId id);
    void setReadingPaused(ConnectionId id, bool paused);
    void setEcho(ConnectionId id, bool echo);
    void stopListening(ConnectionId id);
    void closeListener(ConnectionId id);
    // Closes every socket (FIN) and flushes the journal: the session is ending.
    void shutdown();

    // Teacher's limits. A listener refuses (RST) connections beyond its cap, with a note naming
    // the peer; a connection that has received its cap stops being read (flow control holds the
    // peer), with a note. A listener's receive cap applies to the connections it accepts.
    void setConnectionCap(ConnectionId listenerId, int cap);
    void setReceiveCap(ConnectionId id, qint64 bytes);
    void setAcceptingPaused(ConnectionId listenerId, bool paused);
    // Reads the kernel's view of the socket (TCP_INFO while it is open here, /proc/net/tcp for
    // as long as the kernel has it) and emits kernelInfoRead().
    void readKernelInfo(ConnectionId id);

Q_SIGNALS:
    void kernelInfoRead(const TcpKernelInfo &info);

private:
    struct Link
    {
        Transport *transport = nullptr;
        QTimer *repeat = nullptr;
        bool echo = false;
        ConnectionId parent = 0;
        quint64 received = 0;
        qint64 receiveCap = ConnectionInfo::DefaultReceiveCap;
    };
    struct Listener
    {
        QTcpServer *server = nullptr;
        bool echo = false;
        int nextChildNumber = 1;
        int open = 0;   // accepted connections not closed yet
        int connectionCap = ConnectionInfo::DefaultConnectionCap;
        qint64 receiveCap = ConnectionInfo::DefaultReceiveCap;
        bool acceptingPaused = false;
    };

    void accept(ConnectionId listenerId);
    void adopt(ConnectionId id, Transport *transport, bool echo);
    void learnAddresses(ConnectionId id);
    void sendNow(ConnectionId id, const QByteArray &bytes);
    void noteUnknown(ConnectionId id, const QString &what);
    bool refuseBeyondCap(ConnectionId listenerId, QTcpSocket *socket);
    void countReceived(ConnectionId id, qsizetype bytes);
    void publishLimits(ConnectionId id);

    Session &m_session;
    QTimer *m_flushTimer = nullptr;
    QHash<ConnectionId, Listener> m_listeners;
    QHash<ConnectionId, Link> m_links;
    int m_listenerCount = 0;
    int m_clientCount = 0;
};
