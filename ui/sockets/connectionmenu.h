// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"

#include <QMenu>

class Workbench;

// The context menu of one socket in the Sockets tree: what a teacher does to a listener (pause
// accepting, cap the connections or the bytes each may send, stop) or to one connection (close,
// abort, pause reading, cap), and a UDP socket's options (broadcast, multicast groups, TTL,
// loopback, buffers, peer cap). Every action goes through the Workbench.
class ConnectionMenu : public QMenu
{
    Q_OBJECT

public:
    ConnectionMenu(Workbench &workbench, const ConnectionInfo &info, QWidget *parent = nullptr);

private:
    void askConnectionCap();
    void askReceiveCap();
    void addUdpOptions();
    void askJoin();
    void askHops();
    void askBuffer(bool receive);   // SO_RCVBUF, else SO_SNDBUF
    void askPeerCap();

    Workbench &m_workbench;
    ConnectionInfo m_info;
};
