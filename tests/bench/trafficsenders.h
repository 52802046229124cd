// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The other ends of the benchmark's traffic, run in a process of their own (this executable
// started with --sender or --clients) and written on plain POSIX sockets, so that they cost
// as little as possible and share nothing with the code being measured.
namespace TrafficSenders {

// The flood is this block, repeated: pseudo-random bytes, so that no layer can compress or
// shortcut it, and a length that is not a power of two, so that chunk boundaries drift.
QByteArray floodBlock();
// Byte i of the flood stream is floodBlock()[i % floodBlock().size()].
QByteArray floodBytes(qint64 from, qsizetype length);

// Connects to host:port and writes bytes bytes of the flood (0: until the peer closes or the
// process is killed), then closes. With progress, prints "sent N" every 100 ms on stdout, so
// the measuring process can see the writes block. Ends with "done N" on stdout.
int runSender(const QString &host, quint16 port, qint64 bytes, bool progress);

// Message `message` of client `client`: a readable header naming both, then filler.
QByteArray clientMessage(int client, int message, int size);

// Opens `clients` connections to host:port, and on each sends `messages` messages of `size`
// bytes, one at a time, reading each echo back and comparing it before sending the next.
// Prints one RESULT line (see Bench::printResult) with counts, round-trip times and errors.
int runClients(const QString &host, quint16 port, int clients, int messages, int size);

} // namespace TrafficSenders
