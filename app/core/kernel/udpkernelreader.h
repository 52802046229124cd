// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tcpkernelinfo.h"

#include <QByteArray>
#include <QStringList>

// What the kernel knows of an open UDP socket, asked the way `ss -u -m` asks: sock_diag
// (inet_diag with IPPROTO_UDP, the socket found by its inode) gives the queues and the drop
// counter (SK_MEMINFO_DROPS: datagrams lost because the receive buffer was full);
// getsockname()/getpeername() the bound and connected addresses; SO_RCVBUF/SO_SNDBUF the
// buffers. /proc/net/udp{,6} prints the same drop counter: it is read as a cross-check. Linux
// only; elsewhere the answer says so.
namespace UdpKernelReader {

void readSocket(TcpKernelInfo *info, qintptr descriptor);

// The drops column of the /proc/net/udp{,6} line whose inode is this one; -1 when none is.
qint64 procDrops(const QByteArray &procNetUdp, quint64 inode);

// The kernel's view as lines for the info pane: "Bound: 127.0.0.1:9000", "Buffers: ...".
QStringList describe(const TcpKernelInfo &info);

} // namespace UdpKernelReader
