// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

// The real socketlab binary, recording headless in another process, for the tests of what it
// leaves behind when it is killed.
namespace RecorderProcess {

constexpr int StartTimeoutMs = 15000; // a loaded machine starts processes slowly

// The port from the "listening" line of --headless output: "... bind(127.0.0.1:PORT) ...", or -1.
inline int listeningPort(const QByteArray &output)
{
    static const QRegularExpression bind(
        QStringLiteral("listening .*bind\\(127\\.0\\.0\\.1:(\\d+)\\)"));
    const QRegularExpressionMatch match = bind.match(QString::fromUtf8(output));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// Runs socketlab --headless --listen 127.0.0.1:0, then options, then --record journal, and waits
// until it listens; *port is where. Its output goes to stdout.txt and stderr.txt in dir: a pipe
// that nobody drains would stall it. Fails the current test unless it listens, so callers check
// QTest::currentTestFailed().
inline void start(QProcess &process, const QString &dir, const QStringList &options,
    const QString &journal, quint16 *port)
{
    const QString outputPath = QDir(dir).filePath(QStringLiteral("stdout.txt"));
    process.setStandardOutputFile(outputPath);
    process.setStandardErrorFile(QDir(dir).filePath(QStringLiteral("stderr.txt")));
    process.start(QStringLiteral(SOCKETLAB_BINARY),
        QStringList { QStringLiteral("--headless"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0") }
            + options + QStringList { QStringLiteral("--record"), journal });
    QVERIFY2(process.waitForStarted(StartTimeoutMs), qPrintable(process.errorString()));

    QByteArray output;
    const auto listening = [&] {
        QFile file(outputPath);
        output = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        return listeningPort(output);
    };
    QTRY_VERIFY2_WITH_TIMEOUT(listening() > 0, output.constData(), StartTimeoutMs);
    *port = quint16(listeningPort(output));
}

// SIGKILL: no chance to clean up.
inline void sigkill(QProcess &process, int timeoutMs)
{
    QCOMPARE(::kill(pid_t(process.processId()), SIGKILL), 0);
    QVERIFY(process.waitForFinished(timeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
}

} // namespace RecorderProcess
