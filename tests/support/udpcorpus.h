// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peerprocess.h"
#include "udpsocket.h"

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

// Reads what udp_peer.py sink printed, one line per datagram ("<length> <hex>"), and compares
// each with the datagram expected. Fails the current test on a difference.
inline void expectAtSink(QProcess &sink, const QList<QByteArray> &expected, int timeoutMs)
{
    for (const QByteArray &datagram : expected) {
        QByteArray line;
        PeerProcess::readLine(sink, &line, timeoutMs);
        if (QTest::currentTestFailed())
            return;
        const QList<QByteArray> fields = line.split(' ');
        QCOMPARE(fields.value(0).toInt(), datagram.size());
        QCOMPARE(QByteArray::fromHex(fields.value(1)), datagram);
    }
}

// A loopback UDP port where nothing listens (it was bound a moment ago): a datagram to it brings
// back an ICMP port-unreachable. 0 when no port could be bound.
inline quint16 closedPort()
{
    UdpSocket gone;
    QString error;
    return gone.bind(QHostAddress::LocalHost, 0, &error) ? gone.localPort() : 0;
}

} // namespace UdpCorpus
