// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"
#include "tcpkernelinfo.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <optional>

// What the kernel knows of one socket, whatever its kind: TCP_INFO and the TCP socket table for
// TCP, UNIX_DIAG for Unix sockets, inet_diag for UDP (for a peer row: its socket's). The endpoint
// host hands over the socket's descriptor (or -1 once it is closed here) and its identity; the
// answer comes as infoRead().
class KernelInfoReader : public QObject
{
    Q_OBJECT

public:
    explicit KernelInfoReader(QObject *parent = nullptr);
    ~KernelInfoReader() override;

    // Reads the live socket on the calling thread (the one that owns the descriptor, so it is
    // never closed meanwhile), and the TCP table from a thread of its own, one read at a time.
    // Every socket asked about is answered; asked again while its earlier read still waits to
    // start, one answer serves both.
    void read(ConnectionId id, const std::optional<ConnectionInfo> &identity, qintptr descriptor);

Q_SIGNALS:
    void infoRead(const TcpKernelInfo &info);

private:
    // sock_diag looks one socket up, but where it cannot answer /proc/net/tcp is listed, which
    // makes the kernel walk every TCP socket of the machine: 140 ms with tens of thousands (a busy
    // server, TIME_WAITs after a test run). On the network thread that would stop every socket
    // and command for as long.
    QThreadPool m_tableReader;
    QMutex m_waitingLock;
    QSet<ConnectionId> m_waiting; // table reads queued and not yet started
};
