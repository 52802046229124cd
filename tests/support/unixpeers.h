// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peerprocess.h"

// Python's socket.AF_UNIX in another process, in the way of a socket file
// (tests/peers/unix_listener.py).
namespace UnixPeers {

// A live listener on path that echoes until its standard input closes, once it says it listens;
// or (stale) a socket file whose process bound it and exited without removing it. Fails the
// current test otherwise, so callers check QTest::currentTestFailed().
inline void startListener(QProcess &process, const QString &path, bool stale, int timeoutMs)
{
    QString python;
    PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
    if (QTest::currentTestFailed())
        return;
    process.start(python,
        { PeerProcess::script("unix_listener.py"), path,
            stale ? QStringLiteral("stale") : QStringLiteral("live") });
    QByteArray line;
    PeerProcess::readLine(process, &line, timeoutMs);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(line, stale ? QByteArray("STALE") : QByteArray("LISTENING"));
    if (stale)
        PeerProcess::waitForExit(process, timeoutMs);
}

} // namespace UnixPeers
