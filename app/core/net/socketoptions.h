// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

// The few socket calls Qt does not wrap, on a native descriptor. Each reports whether the
// platform supports it; callers fall back to what Qt offers.
namespace SocketOptions {

// SO_LINGER with a zero timeout: the next close() sends RST instead of FIN.
bool setResetOnClose(qintptr descriptor);

// TCP_MAXSEG before connect(): the largest segment this end sends, and the MSS its SYN announces,
// so that the peer sends no larger ones either. Linux takes 88 to 65535 bytes. False, with the
// system's reason in *error, when refused.
bool setMaxSegmentSize(qintptr descriptor, int bytes, QString *error);

// shutdown(SHUT_WR): send FIN but keep reading.
bool shutdownWrite(qintptr descriptor);

// send() of what the kernel takes now, without blocking and without SIGPIPE: the count sent,
// WouldBlock when the send buffer is full, or -1 with the system's reason in *error and its
// errno in *errorNumber.
constexpr qint64 WouldBlock = -2;
qint64 sendSome(qintptr descriptor, const char *data, qint64 size, QString *error, int *errorNumber = nullptr);

// A second descriptor for the same socket, closed on exec; -1 where unsupported. Qt closes its
// own descriptor as soon as it reads the end of the stream, before it reports
// RemoteHostClosedError; a duplicate keeps the socket, and its TCP state, until it is closed
// too. Until then the kernel sends neither our FIN nor our RST.
//
// The duplicate is a luxury: where descriptors are scarce it is not made (-1), so that one more
// connection can be served instead. The kernel hands out the lowest free number, so a duplicate
// numbered within ScarceDescriptors (at most an eighth) of the open-file limit means the table is
// nearly full.
constexpr int ScarceDescriptors = 1024;
qintptr duplicate(qintptr descriptor);
void closeDuplicate(qintptr descriptor);

// After the peer's end of stream, the kernel's TCP state tells FIN (CLOSE_WAIT) from
// RST (CLOSE): Qt reports both as "remote host closed".
enum class PeerClose { Unknown, Fin, Reset };
PeerClose peerCloseKind(qintptr descriptor);

// Raises the process's soft limit on open files to its hard limit (a classroom server or a
// flood test holds thousands of sockets; each connection uses two descriptors while they are
// plentiful, see duplicate()). Returns the limit now in force, or -1 where there is none to raise.
qint64 raiseOpenFileLimit();

} // namespace SocketOptions
