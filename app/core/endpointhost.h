// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trafficevent.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

class QTcpServer;
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
    // Bytes waiting in our send queue before the log says the peer is not keeping up.
    static constexpr qint64 QueuedNoteBytes = 1024 * 1024;

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

private:
    struct Link
    {
        Transport *transport = nullptr;
        QTimer *repeat = nullptr;
        bool echo = false;
        qint64 queued = 0;          // last published bytesToWrite()
        bool queueNoted = false;    // the log said bytes pile up, and not yet that they left
    };
    struct Listener
    {
        QTcpServer *server = nullptr;
        bool echo = false;
        int nextChildNumber = 1;
    };

    void accept(ConnectionId listenerId);
    void adopt(ConnectionId id, Transport *transport, bool echo);
    void learnAddresses(ConnectionId id);
    void sendNow(ConnectionId id, const QByteArray &bytes);
    void noteUnknown(ConnectionId id, const QString &what);
    void publishSendQueues();

    Session &m_session;
    QTimer *m_flushTimer = nullptr;
    QHash<ConnectionId, Listener> m_listeners;
    QHash<ConnectionId, Link> m_links;
    int m_listenerCount = 0;
    int m_clientCount = 0;
};
