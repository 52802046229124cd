// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

// Who is on the other end of a Unix domain socket, as the kernel recorded it when the connection
// was made (SO_PEERCRED): the peer process's id and its user and group, and the program's name
// from /proc/PID/comm. A TCP peer has none: the network does not say who sent a packet.
struct PeerCredentials
{
    qint64 pid = -1; // -1: unknown
    qint64 uid = -1;
    qint64 gid = -1;
    QString program; // /proc/PID/comm; empty once the process is gone

    bool isKnown() const { return pid >= 0; }
    // "pid 4242 (python3), uid 1000, gid 1000", or empty when unknown.
    QString text() const;
};

namespace PeerCredentialsReader {
// SO_PEERCRED on a connected Unix socket; unknown (pid -1) where the platform cannot say.
PeerCredentials read(qintptr descriptor);
// The first line of /proc/PID/comm: the program's name, at most 15 bytes.
QString programName(qint64 pid);
} // namespace PeerCredentialsReader
