// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tcpkernelreader.h"

#include <QHostAddress>

// Asks the kernel about one TCP socket by its addresses through sock_diag netlink
// (NETLINK_SOCK_DIAG, what ss(8) uses). Listing /proc/net/tcp makes the kernel walk and print
// every TCP socket of the machine (140 ms with 18,000 sockets in TIME_WAIT, docs/performance.md);
// this is one hash lookup, the one the kernel makes for an arriving segment. Like /proc it sees
// sockets the application has closed (TIME_WAIT, orphans in FIN_WAIT). Any thread.
namespace SockDiag {

enum class Answer {
    Found,
    NotFound,    // the kernel has no socket with these addresses (any more)
    Unavailable, // no sock_diag here (not Linux, or the interface is blocked): ask /proc
};

// A listener is asked for with a null remote address and port 0, and matches only a listener.
Answer lookup(const QHostAddress &localAddress, quint16 localPort,
    const QHostAddress &remoteAddress, quint16 remotePort, TcpKernelReader::TableEntry *entry);

} // namespace SockDiag
