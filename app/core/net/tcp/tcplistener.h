// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listener.h"
#include "tcplisteningsocket.h"

#include <QQueue>

class AcceptGuard;

// A listening TCP socket behind the Listener contract: a TcpListeningSocket (native accept4(),
// so each connection keeps the peer address accept() returned, and a burst is drained at once),
// kept alive by an AcceptGuard when descriptors run out. The guard also pauses and resumes
// accepting for the owner.
class TcpListener : public Listener
{
    Q_OBJECT

public:
    explicit TcpListener(QObject *parent = nullptr);
    ~TcpListener() override; // closes what was accepted and not taken

    EndpointKind kind() const override { return EndpointKind::Tcp; }
    bool listen(const ParsedEndpoint &address, int backlog, QString *error) override;
    bool isListening() const override { return m_socket->isListening(); }
    void stop() override;
    void setAcceptingPaused(bool paused) override;
    bool isAcceptingPaused() const override;
    Transport *nextPendingConnection() override;
    ParsedEndpoint boundAddress() const override;
    QString systemCalls() const override;
    qintptr socketDescriptor() const override { return m_socket->socketDescriptor(); }
    int backlog() const override { return m_socket->backlog(); }

private:
    TcpListeningSocket *m_socket = nullptr;
    AcceptGuard *m_guard = nullptr;
    // Accepted and announced with newConnection(), not yet taken. The owner takes each one in
    // its handler, before the guard counts the descriptors left.
    QQueue<AcceptedSocket> m_pending;
};
