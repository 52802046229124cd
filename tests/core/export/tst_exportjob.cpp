// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioninfo.h"
#include "exportformat.h"
#include "exportjob.h"
#include "session.h"
#include "sessionloader.h"

#include "handmadesession.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

// ExportJob: the export of a session to a file on a worker thread, through QSaveFile; and the
// pieces it stands on: ExportFormat and the synchronous exportSession().

Q_DECLARE_METATYPE(ExportFormat)

namespace {

constexpr int TimeoutMs = 60000;
constexpr ConnectionId ConnectionA = 1;
const QByteArray OldContents = QByteArrayLiteral("an earlier export, which must survive\n");

// A session of `events` events on one connection, written by hand.
class BigSession : public HandMadeSession
{
public:
    explicit BigSession(int events)
        : HandMadeSession(QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1714564800000), Qt::UTC))
    {
        if (!started())
            return;
        ConnectionInfo info;
        info.id = ConnectionA;
        info.role = ConnectionRole::Client;
        info.name = QStringLiteral("C1");
        info.localAddress = QHostAddress(QStringLiteral("127.0.0.1"));
        info.localPort = 50000;
        info.peerAddress = QHostAddress(QStringLiteral("127.0.0.1"));
        info.peerPort = 4000;
        session->setIdentity(info);
        session->recordText(
            ConnectionA, EventKind::Connected, QStringLiteral("127.0.0.1:50000 → 127.0.0.1:4000"));
        QByteArray payload(64, 'x');
        for (int i = 1; i < events; ++i) {
            clock().advance(1000);
            payload[0] = char(i);
            session->record(ConnectionA, i % 2 ? EventKind::Sent : EventKind::Received, payload);
        }
        session->flush();
    }
};

// Takes the first bytes, then fails as a full disk would.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override
    {
        if (m_written + length > m_capacity) {
            setErrorString(QStringLiteral("No space left on device (simulated)"));
            return -1;
        }
        m_written += length;
        return length;
    }

private:
    qint64 m_capacity = 0;
    qint64 m_written = 0;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_ExportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatNames_data();
    void formatNames();
    void unknownFormats_data();
    void unknownFormats();
    void exportSessionReportsProgress();
    void exportSessionCancels();
    void exportSessionReportsWriteFailure();
    void jobWritesTheFile_data();
    void jobWritesTheFile();
    void eventLoopKeepsRunning();
    void cancelKeepsTheOldFile();
    void unwritableDestination_data();
    void unwritableDestination();
    void destroyedWhileRunning();
};

void tst_ExportJob::formatNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("text") << QStringLiteral("text") << ExportFormat::Text << QStringLiteral("txt");
    QTest::newRow("csv") << QStringLiteral("csv") << ExportFormat::Csv << QStringLiteral("csv");
    QTest::newRow("jsonl") << QStringLiteral("jsonl") << ExportFormat::JsonLines
                           << QStringLiteral("jsonl");
    QTest::newRow("pcapng") << QStringLiteral("pcapng") << ExportFormat::Pcapng
                            << QStringLiteral("pcapng");
    QTest::newRow("any case") << QStringLiteral("PcapNG") << ExportFormat::Pcapng
                              << QStringLiteral("pcapng");
}

void tst_ExportJob::formatNames()
{
    QFETCH(QString, name);
    QFETCH(ExportFormat, format);
    QFETCH(QString, suffix);
    QString error;
    QCOMPARE(parseExportFormat(name, &error), std::optional<ExportFormat>(format));
    QCOMPARE(error, QString());
    QCOMPARE(exportFormatName(format), name.toLower());
    QCOMPARE(exportFormatSuffix(format), suffix);
    QVERIFY(allExportFormats().contains(format));
    QVERIFY(exportFormatFilter(format).endsWith(QStringLiteral(" (*.%1)").arg(suffix)));
    QVERIFY(!exportFormatDescription(format).isEmpty());
}

void tst_ExportJob::unknownFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("suffix, not name") << QStringLiteral("txt");
    QTest::newRow("empty") << QString();
    QTest::newRow("padded") << QStringLiteral(" csv");
}

void tst_ExportJob::unknownFormats()
{
    QFETCH(QString, name);
    QString error;
    QCOMPARE(parseExportFormat(name, &error), std::nullopt);
    QCOMPARE(error,
        QStringLiteral("Unknown export format \"%1\": use one of text, csv, jsonl, pcapng, socketlab")
            .arg(name));
}

void tst_ExportJob::exportSessionReportsProgress()
{
    BigSession big(1000);
    QVERIFY(big.started());
    QList<std::pair<qint64, qint64>> calls;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(exportSession(
                 *big.session, ExportFormat::Csv, buffer,
                 [&calls](qint64 done, qint64 total) {
                     calls.append({ done, total });
                     return true;
                 },
                 &error),
        qPrintable(error));
    QVERIFY(calls.size() >= 2);
    QCOMPARE(calls.first(), std::make_pair(qint64(0), qint64(1000)));
    QCOMPARE(calls.last(), std::make_pair(qint64(1000), qint64(1000)));
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
    QCOMPARE(buffer.data().count("\r\n"), 1001); // the header and one row per event
}

void tst_ExportJob::exportSessionCancels()
{
    BigSession big(1000);
    QVERIFY(big.started());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    qint64 last = -1;
    QVERIFY(!exportSession(
        *big.session, ExportFormat::Text, buffer,
        [&last](qint64 done, qint64) {
            last = done;
            return done < 10;
        },
        &error));
    QCOMPARE(last, 10); // asked once more, then no further
    QCOMPARE(error, QStringLiteral("The export was cancelled"));
}

void tst_ExportJob::exportSessionReportsWriteFailure()
{
    BigSession big(1000);
    QVERIFY(big.started());
    FailingDevice device(10000);
    QString error;
    QVERIFY(!exportSession(*big.session, ExportFormat::JsonLines, device, {}, &error));
    QCOMPARE(error, QStringLiteral("Writing failed: No space left on device (simulated)"));
}

void tst_ExportJob::jobWritesTheFile_data()
{
    QTest::addColumn<ExportFormat>("format");
    for (ExportFormat format : allExportFormats())
        QTest::newRow(qPrintable(exportFormatName(format))) << format;
}

// The file holds what the synchronous export writes; progress ends at the total; an earlier
// file at the destination is replaced.
void tst_ExportJob::jobWritesTheFile()
{
    QFETCH(ExportFormat, format);
    BigSession big(20000);
    QVERIFY(big.started());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.") + exportFormatSuffix(format));
    QVERIFY(writeFile(path, OldContents));

    ExportJob job(*big.session, format, path);
    QCOMPARE(job.path(), path);
    QCOMPARE(job.format(), format);
    QSignalSpy progress(&job, &ExportJob::progress);
    QSignalSpy finished(&job, &ExportJob::finished);
    QVERIFY(!job.isRunning());
    job.start();
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(TimeoutMs));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QVERIFY(!job.isRunning());

    // Progress counts events, or bytes for a copy of the session file.
    QVERIFY(progress.size() >= 2);
    const qint64 total = progress.last().at(1).toLongLong();
    QCOMPARE(progress.first().at(0).toLongLong(), 0);
    QCOMPARE(progress.last().at(0).toLongLong(), total);
    for (const QList<QVariant> &report : std::as_const(progress))
        QCOMPARE(report.at(1).toLongLong(), total);
    if (format == ExportFormat::Session) {
        // The copy ends with its own end record (time of the copy): reopen it instead.
        Session copy(std::make_unique<SessionClock>());
        SessionLoader::Outcome outcome;
        QString error;
        QVERIFY2(SessionLoader::load(copy, path, &outcome, &error), qPrintable(error));
        QVERIFY(outcome.complete && outcome.closedCleanly);
        QCOMPARE(copy.log().count(), big.session->log().count());
        return;
    }
    QCOMPARE(total, 20000);

    QBuffer expected;
    expected.open(QIODevice::WriteOnly);
    QVERIFY(exportSession(*big.session, format, expected));
    QCOMPARE(readFile(path), expected.data());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
        QStringList { QFileInfo(path).fileName() }); // no temporary left
}

// The export runs beside the caller's event loop, which keeps serving timers; progress comes
// at most every ProgressIntervalMs.
void tst_ExportJob::eventLoopKeepsRunning()
{
    BigSession big(200000);
    QVERIFY(big.started());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pcapng"));
    ExportJob job(*big.session, ExportFormat::Pcapng, path);

    int ticks = 0;
    QTimer timer;
    timer.setInterval(1);
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    QList<int> ticksAtProgress;
    QList<qint64> progressDone;
    connect(&job, &ExportJob::progress, this, [&](qint64 done, qint64) {
        ticksAtProgress << ticks;
        progressDone << done;
    });
    QSignalSpy finished(&job, &ExportJob::finished);
    QElapsedTimer elapsed;
    elapsed.start();
    timer.start();
    job.start();
    QVERIFY(finished.wait(TimeoutMs));
    const qint64 ms = elapsed.elapsed();
    QCOMPARE(finished.at(0).at(0).toBool(), true);

    // Between the first report and the last, the timer fired: this thread was free meanwhile.
    QVERIFY(ticksAtProgress.size() >= 2);
    QVERIFY2(ticksAtProgress.last() > ticksAtProgress.first(),
        qPrintable(QStringLiteral("%1 reports, ticks %2 .. %3, %4 ms")
                       .arg(ticksAtProgress.size())
                       .arg(ticksAtProgress.first())
                       .arg(ticksAtProgress.last())
                       .arg(ms)));
    QCOMPARE(progressDone.last(), 200000);
    // Throttled: one at the start, one at the end, and at most one per interval between.
    QVERIFY2(progressDone.size() <= ms / ExportJob::ProgressIntervalMs + 2,
        qPrintable(QStringLiteral("%1 reports in %2 ms").arg(progressDone.size()).arg(ms)));
}

// Cancelled from the caller's event loop as soon as the first report arrives: the job ends
// unsuccessfully, the earlier file is byte-identical, and no temporary file stays behind.
void tst_ExportJob::cancelKeepsTheOldFile()
{
    BigSession big(200000);
    QVERIFY(big.started());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    QVERIFY(writeFile(path, OldContents));

    ExportJob job(*big.session, ExportFormat::Text, path);
    connect(&job, &ExportJob::progress, &job, &ExportJob::cancel);
    QSignalSpy progress(&job, &ExportJob::progress);
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start();
    QVERIFY(finished.wait(TimeoutMs));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(finished.at(0).at(1).toString(),
        QStringLiteral("Export to %1 cancelled; the file was not changed")
            .arg(QDir::toNativeSeparators(path)));
    QVERIFY(progress.last().at(0).toLongLong() < 200000);
    QCOMPARE(readFile(path), OldContents);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("out.txt") });
}

void tst_ExportJob::unwritableDestination_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a directory") << QStringLiteral("existing-directory")
                                 << QStringLiteral("it is a directory");
    QTest::newRow("in a missing directory") << QStringLiteral("missing/out.csv") << QString();
}

void tst_ExportJob::unwritableDestination()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, reason);
    BigSession big(10);
    QVERIFY(big.started());
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("existing-directory")));
    const QString path = dir.filePath(relativePath);

    ExportJob job(*big.session, ExportFormat::Csv, path);
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start();
    QVERIFY(finished.wait(TimeoutMs));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString error = finished.at(0).at(1).toString();
    QVERIFY2(error.startsWith(
                 QStringLiteral("Cannot export to %1: ").arg(QDir::toNativeSeparators(path))),
        qPrintable(error));
    if (!reason.isEmpty())
        QVERIFY2(error.endsWith(reason), qPrintable(error));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("existing-directory"))).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

// Deleting a running job cancels it and waits: no signal afterwards, the old file intact.
void tst_ExportJob::destroyedWhileRunning()
{
    BigSession big(200000);
    QVERIFY(big.started());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.jsonl"));
    QVERIFY(writeFile(path, OldContents));
    int finishedCount = 0;
    {
        auto job = std::make_unique<ExportJob>(*big.session, ExportFormat::JsonLines, path);
        connect(job.get(), &ExportJob::finished, this, [&finishedCount] { ++finishedCount; });
        QSignalSpy progress(job.get(), &ExportJob::progress);
        job->start();
        QVERIFY(progress.wait(TimeoutMs));
    }
    QCoreApplication::processEvents();
    QCOMPARE(finishedCount, 0);
    QCOMPARE(readFile(path), OldContents);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("out.jsonl") });
}

QTEST_GUILESS_MAIN(tst_ExportJob)
#include "tst_exportjob.moc"
