// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

// The datagrams tests/peers/udp_peer.py sends as its corpus, built the same way: an empty
// datagram, all 256 byte values, one byte, 1000 bytes, and the largest the family allows.
namespace UdpCorpus {

inline QList<QByteArray> datagrams(bool ipv6)
{
    const int largest = ipv6 ? 65527 : 65507;
    QByteArray pattern(largest, Qt::Uninitialized);
    for (int i = 0; i < largest; ++i)
        pattern[i] = char((i * 7 + 3) % 256);
    QByteArray all(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i)
        all[i] = char(i);
    return {QByteArray(), all, QByteArray("A"), pattern.left(1000), pattern};
}

} // namespace UdpCorpus
