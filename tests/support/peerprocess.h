// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// Peers in another process: the scripts in tests/peers and tools on PATH. A missing program fails
// the test, naming the Debian package that provides it: scripts/setup installs them all, and a
// skipped interoperability test proves nothing. Each function fails the current test on its own,
// so callers check QTest::currentTestFailed().
namespace PeerProcess {

inline void findProgram(const QString &program, const QString &package, QString *path)
{
    *path = QStandardPaths::findExecutable(program);
    QVERIFY2(!path->isEmpty(),
        qPrintable(QStringLiteral("%1 is not on PATH (Debian package %2; scripts/setup "
                                  "installs it)")
                       .arg(program, package)));
}

// A script in tests/peers, for python3 to run.
inline QString script(const char *name)
{
    return QStringLiteral(SOCKETLAB_PEERS_DIR "/") + QLatin1String(name);
}

// The next line the process prints, without its line end.
inline void readLine(QProcess &process, QByteArray *line, int timeoutMs)
{
    QTRY_VERIFY2_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning,
        "the peer process printed no line", timeoutMs);
    QVERIFY2(process.canReadLine(),
        qPrintable(QStringLiteral("the peer process exited without a line: ")
            + QString::fromLocal8Bit(process.readAllStandardError())));
    *line = process.readLine().trimmed();
}

// What a peer script that listens prints first: "PORT <port>".
inline void readPort(QProcess &process, quint16 *port, int timeoutMs)
{
    QByteArray line;
    readLine(process, &line, timeoutMs);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(line.startsWith("PORT "), line.constData());
    *port = line.mid(5).toUShort();
}

// Waits for the process to end by itself, with exit code 0.
inline void waitForExit(QProcess &process, int timeoutMs)
{
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, timeoutMs);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0,
        qPrintable(QStringLiteral("exit code %1: %2")
                       .arg(process.exitCode())
                       .arg(QString::fromLocal8Bit(process.readAllStandardError()))));
}

} // namespace PeerProcess
