// SPDX-License-Identifier: GPL-3.0-or-later
// A flood through the Workbench, checked byte for byte: 200 MB from a sender in another process
// (tests/peers/flood_sender.py, Python's socket module) into a recording listener. This keeps
// correctness under load checked on every run; how fast it goes is the benchmark's business
// (tests/bench, docs/performance.md), so nothing here is timed: the timeouts only bound a hang.
#include "connectioninfo.h"
#include "session.h"
#include "workbench.h"

#include "peerprocess.h"
#include "sessionreader.h"
#include "workbenchfixture.h"

#include <QProcess>
#include <QTest>

namespace {

constexpr qint64 FloodBytes = 200 * 1000 * 1000;
constexpr int TimeoutMs = 180000; // generous for a slow, busy machine: this is not a measure

} // namespace

class tst_FloodSmoke : public QObject, private WorkbenchFixture
{
    Q_OBJECT

public:
    tst_FloodSmoke()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    void everyByteOfAFloodIsRecorded();
};

void tst_FloodSmoke::everyByteOfAFloodIsRecorded()
{
    QString python;
    PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
    if (QTest::currentTestFailed())
        return;
    ConnectionId listener = 0;
    quint16 port = 0;
    startListener({ QHostAddress(QHostAddress::LocalHost), 0, false }, &listener, &port);
    if (QTest::currentTestFailed())
        return;

    QProcess sender;
    sender.start(python,
        { PeerProcess::script("flood_sender.py"), QStringLiteral("127.0.0.1"),
            QString::number(port), QString::number(FloodBytes) });
    QByteArray line;
    PeerProcess::readLine(sender, &line, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    PeerProcess::waitForExit(sender, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    // "SENT <n> <sha256>"
    const QList<QByteArray> fields = line.split(' ');
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(0), QByteArray("SENT"));
    QCOMPARE(fields.at(1).toLongLong(), FloodBytes);

    // The sender's FIN ends the stream: once the connection is closed, everything was read.
    QTRY_COMPARE_WITH_TIMEOUT(m_log->children(listener).size(), 1, TimeoutMs);
    const ConnectionId id = m_log->children(listener).constFirst().id;
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(id, EventKind::Closed), TimeoutMs);
    QVERIFY2(!m_log->has(id, EventKind::Error), qPrintable(m_log->detail(id, EventKind::Error)));

    // The recorded stream, read back from the journal the way the views read it.
    qint64 recordedBytes = 0;
    const QByteArray recorded = m_log->streamSha256(id, EventKind::Received, &recordedBytes);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(recordedBytes, FloodBytes);
    QCOMPARE(recorded, fields.at(2));
    QCOMPARE(m_log->info(id).bytesIn, quint64(FloodBytes));
    verifyCountersMatchLog(id);
}

QTEST_GUILESS_MAIN(tst_FloodSmoke)
#include "tst_floodsmoke.moc"
