// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

// TCP flow control made visible: a peer writes more than the buffers between the two ends hold
// to an end that does not read, until its writes stall.
namespace FlowControl {

constexpr qsizetype FloodSize = 16 << 20; // more than every buffer between the two ends holds
constexpr int QuietMs = 300; // no progress for this long: the writer is blocked

// Writes bytes from peer and returns once nothing more has been written for QuietMs. Fails the
// current test when the writes never stall within timeoutMs; callers check
// QTest::currentTestFailed().
inline void writeUntilStalled(QTcpSocket &peer, const QByteArray &bytes, int timeoutMs)
{
    QSignalSpy written(&peer, &QTcpSocket::bytesWritten);
    peer.write(bytes);
    const QDeadlineTimer deadline(timeoutMs);
    while (written.wait(QuietMs))
        QVERIFY2(!deadline.hasExpired(), "the peer never stopped writing");
}

} // namespace FlowControl
