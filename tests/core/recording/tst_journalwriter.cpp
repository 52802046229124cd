// SPDX-License-Identifier: GPL-3.0-or-later
// The journal is written on a thread of its own; when the disk cannot keep up, the network thread
// stops reading instead of buffering without bound, and nothing is lost.
#include "journal.h"
#include "journalwriter.h"
#include "session.h"
#include "tcpconnection.h"
#include "workbench.h"

#include "filesizelimit.h"
#include "peerprocess.h"
#include "sessionreader.h"
#include "workbenchfixture.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {

constexpr int TimeoutMs = 120000;   // bounds a hang on a slow, busy machine; nothing is timed
// More than the journal may fall behind plus what the kernel's socket buffers hold, so the
// sender cannot finish while the disk is full.
constexpr qint64 FloodBytes = qint64(128) << 20;

} // namespace

class tst_JournalWriter : public QObject, private WorkbenchFixture
{
    Q_OBJECT

public:
    tst_JournalWriter()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    void writesWithoutBeingAsked();
    void fullDiskHoldsReadingAndLosesNothing();
};

// Appended bytes reach the file on the writer's own schedule, and it says how far it got.
void tst_JournalWriter::writesWithoutBeingAsked()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("writer.socketlab"));
    Journal journal;
    QString error;
    QVERIFY2(journal.create(path, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    JournalWriter writer(journal);
    QSignalSpy written(&writer, &JournalWriter::written);

    const QByteArray payload = QByteArrayLiteral("hello, disk");
    const quint64 offset = journal.appendEvent(7, 1, EventKind::Received, payload);
    const quint64 end = journal.size();
    QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty() && written.last().at(0).toULongLong() == end,
        TimeoutMs);
    QCOMPARE(journal.unwrittenBytes(), quint64(0));
    QCOMPARE(journal.writtenSize(), end);
    QCOMPARE(quint64(QFileInfo(path).size()), end);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.seek(qint64(offset)));
    QCOMPARE(file.read(payload.size()), payload);
}

// With the disk full (a file size limit), the journal cannot be written: the connection is no
// longer read (JournalGate), so memory stays bounded and TCP flow control blocks the sender, and
// the session says why. When there is room again, reading resumes by itself and every byte is in
// the log, in order. (tst_fulldisk does the same on a real full filesystem.)
void tst_JournalWriter::fullDiskHoldsReadingAndLosesNothing()
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

    quint64 mostUnwritten = 0;
    QString problem;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] {
        mostUnwritten = qMax(mostUnwritten, m_session->unwrittenBytes());
        if (problem.isEmpty())
            problem = m_session->recordingProblem();
    });
    sampler.start(2);

    QVERIFY(m_session->flush());
    FileSizeLimit diskFull(rlim_t(QFileInfo(m_session->journalPath()).size()));
    QVERIFY(diskFull.ok());

    QProcess sender;
    sender.start(python,
        { PeerProcess::script("flood_sender.py"), QStringLiteral("127.0.0.1"),
            QString::number(port), QString::number(FloodBytes) });
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isReadingHeld(), TimeoutMs);
    QCOMPARE(sender.state(), QProcess::Running);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->children(listener).size(), 1, TimeoutMs);
    const ConnectionId id = m_log->children(listener).constFirst().id;
    QVERIFY(m_log->info(id).bytesIn < quint64(FloodBytes));

    diskFull.lift();
    QByteArray line;
    PeerProcess::readLine(sender, &line, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    PeerProcess::waitForExit(sender, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    const QList<QByteArray> fields = line.split(' ');   // "SENT <n> <sha256>"
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(1).toLongLong(), FloodBytes);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(id, EventKind::Closed), TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isReadingHeld(), TimeoutMs);
    sampler.stop();

    // Held when the journal failed, or at the latest HighWater behind: at most one more read got in.
    QVERIFY2(mostUnwritten <= JournalWriter::HighWater + 2 * TcpConnection::ReadChunk,
        qPrintable(QStringLiteral("the journal fell %1 bytes behind").arg(mostUnwritten)));
    QVERIFY2(problem.contains(QStringLiteral("The recording cannot be written")), qPrintable(problem));
    QCOMPARE(m_session->recordingProblem(), QString());
    qint64 recordedBytes = 0;
    const QByteArray recorded = m_log->streamSha256(id, EventKind::Received, &recordedBytes);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(recordedBytes, FloodBytes);
    QCOMPARE(recorded, fields.at(2));
    QVERIFY2(!m_log->has(id, EventKind::Error), qPrintable(m_log->detail(id, EventKind::Error)));
    QVERIFY(m_session->flush());
    QCOMPARE(m_session->unwrittenBytes(), quint64(0));
}

QTEST_GUILESS_MAIN(tst_JournalWriter)
#include "tst_journalwriter.moc"
