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
    void holdReadingWhileJournalBehind();
    void journalWritten();
    void setReadingHeld(bool held);

    Session &m_session;
    bool m_readingHeld = false;   // every connection's: the journal is too far behind
    QHash<ConnectionId, Listener> m_listeners;
    QHash<ConnectionId, Link> m_links;
    int m_listenerCount = 0;
    int m_clientCount = 0;
};
