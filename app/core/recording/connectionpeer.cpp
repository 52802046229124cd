// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionpeer.h"

#include "connectiontable.h"

ConnectionId peerInSession(const ConnectionTable &table, const ConnectionInfo &info)
{
    if (info.isListener() || info.isUnix() || info.localPort == 0 || info.peerPort == 0)
        return 0;
    const ConnectionRole wanted
        = info.role == ConnectionRole::Client ? ConnectionRole::Accepted : ConnectionRole::Client;
    for (const ConnectionInfo &other : table.snapshot()) {
        if (other.role == wanted && other.peerPort == info.localPort
            && other.localPort == info.peerPort
            && other.peerAddress.isEqual(info.localAddress, QHostAddress::TolerantConversion))
            return other.id;
    }
    return 0;
}
