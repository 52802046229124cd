// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listener.h"

class AcceptGuard;
class QTcpServer;

// A listening TCP socket: Qt's QTcpServer, kept alive by an AcceptGuard when descriptors run out.
class TcpListener : public Listener
{
    Q_OBJECT

public:
    explicit TcpListener(QObject *parent = nullptr);

    EndpointKind kind() const override { return EndpointKind::Tcp; }
    bool listen(const ParsedEndpoint &address, int backlog, QString *error) override;
    bool isListening() const override;
    void stop() override;
    void setAcceptingPaused(bool paused) override;
    bool isAcceptingPaused() const override;
    Transport *nextPendingConnection() override;
    ParsedEndpoint boundAddress() const override;
    qintptr socketDescriptor() const override;

private:
    QTcpServer *m_server = nullptr;
    AcceptGuard *m_guard = nullptr;
};
