// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listener.h"

class QSocketNotifier;
class QTimer;

// A listening Unix domain stream socket on a file path or a Linux abstract name (@name).
//
// The socket file: bind() creates it and fails when any file is there. SocketLab looks first: a
// socket file that refuses connect() is stale (its listener died without removing it) and is
// replaced, with a note; a live listener, a regular file, a directory or anything else is left
// alone and listen() fails with the reason. stop() removes the file it created, if it is still
// the same file. An abstract name has no file: the kernel forgets it with the socket.
class UnixListener : public Listener
{
    Q_OBJECT

public:
    static constexpr int DefaultBacklog = 50; // as QTcpServer's
    static constexpr int RetryMs = 250; // after running out of descriptors

    explicit UnixListener(QObject *parent = nullptr);
    ~UnixListener() override;

    EndpointKind kind() const override { return EndpointKind::Unix; }
    bool listen(const ParsedEndpoint &address, int backlog, QString *error) override;
    bool isListening() const override { return m_descriptor >= 0; }
    void stop() override;
    void setAcceptingPaused(bool paused) override;
    bool isAcceptingPaused() const override { return m_paused; }
    Transport *nextPendingConnection() override;
    ParsedEndpoint boundAddress() const override { return m_address; }
    QString systemCalls() const override;
    qintptr socketDescriptor() const override { return m_descriptor; }
    int backlog() const override { return m_backlog; }

private:
    bool clearPath(QString *error);
    void removeSocketFile();
    void updateNotifier();

    ParsedEndpoint m_address;
    int m_descriptor = -1;
    int m_backlog = 0;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_retry = nullptr; // out of descriptors: accept again later
    bool m_paused = false;
    bool m_starved = false; // accept() failed for want of descriptors, and said so
    bool m_ownsFile = false; // bind() created the file at m_address.path
    quint64 m_fileDevice = 0; // which file that was, so a replaced one is left alone
    quint64 m_fileInode = 0;
};
