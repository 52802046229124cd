// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tcpkernelinfo.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>

#include <optional>

// Reads the kernel's view of TCP sockets. The socket table (sock_diag, or /proc/net/tcp where that
// is not available) works from any thread and for sockets the application has closed (TIME_WAIT,
// FIN_WAIT_2 orphans); readSocket() takes a live descriptor and must run on the thread that owns
// it, so it is never closed meanwhile.
namespace TcpKernelReader {

// One socket of the kernel's TCP table: a line of /proc/net/tcp{,6}, or sock_diag's answer.
struct TableEntry
{
    QHostAddress localAddress;
    quint16 localPort = 0;
    QHostAddress remoteAddress;
    quint16 remotePort = 0;
    TcpState state = TcpState::Unknown;
    quint32 sendQueue = 0;
    quint32 receiveQueue = 0;
    quint32 retransmits = 0;
    quint64 inode = 0;
};

// Parses the text of /proc/net/tcp (or tcp6: the address width tells them apart). Lines that do
// not parse are skipped. The format, one socket per line after a header:
//   sl  local_address rem_address   st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ...
//    0: 0100007F:1F90 00000000:0000 0A 00000000:00000001 00:00000000 00000000 1000 0 4242 ...
// An address is the in-memory bytes of the address as 32-bit words, each printed as a host-order
// hex number (so 127.0.0.1 is 0100007F on a little-endian machine); a port is a plain hex number.
QList<TableEntry> parseProcNetTcp(const QByteArray &text);

// The entry for a socket with these addresses; IPv4-mapped IPv6 addresses match their IPv4
// form. A listener (remote port 0) matches only a LISTEN entry; a connection prefers a live entry
// to one in TIME_WAIT with the same addresses.
std::optional<TableEntry> findEntry(const QList<TableEntry> &entries,
    const QHostAddress &localAddress, quint16 localPort, const QHostAddress &remoteAddress,
    quint16 remotePort);

// Whether this platform can tell anything at all.
bool isSupported();

// Fills info from the kernel's socket table (state, queues, inode): an exact lookup through
// sock_diag netlink, or where that cannot answer, /proc/net/tcp{,6}. found stays false when the
// kernel has no such socket (any more). Call readSocket() first when the socket is open: its
// answer tells whether sock_diag can be trusted here.
void readTable(TcpKernelInfo *info, const QHostAddress &localAddress, quint16 localPort,
    const QHostAddress &remoteAddress, quint16 remotePort);

// The same from /proc/net/tcp and /proc/net/tcp6 only. Listing them makes the kernel walk every
// TCP socket of the machine: slow where there are many.
void readProc(TcpKernelInfo *info, const QHostAddress &localAddress, quint16 localPort,
    const QHostAddress &remoteAddress, quint16 remotePort);

// Fills the TCP_INFO and option fields from an open socket; false (with info->problem) if the
// descriptor cannot be read.
bool readSocket(TcpKernelInfo *info, qintptr descriptor);

} // namespace TcpKernelReader
