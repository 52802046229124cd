// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"
#include "trafficlog.h"

#include <QDeadlineTimer>
#include <QScopeGuard>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace {

constexpr qint64 ChunkSize = 65536; // TrafficLog's chunk: the tests cross its boundaries
constexpr int KindCount = int(EventKind::Note);

// An event whose every field is derived from its index, so that a reader can tell a torn or
// misplaced record from the right one.
TrafficEvent eventFor(qint64 index)
{
    TrafficEvent event;
    event.timeNs = index * 1000003 + 17;
    // The log keeps 48 bits of offset (a 256 TiB journal) and 56 of time (417 days).
    event.payloadOffset = (quint64(index) * 0x9e3779b97f4a7c15ull) & ((quint64(1) << 48) - 1);
    event.payloadLength = quint32(index) ^ 0xa5a5a5a5u;
    event.connection = ConnectionId(index * 7 + 1);
    event.kind = EventKind(1 + index % KindCount);
    event.facts = { ErrorCode(index % (int(ErrorCode::LastErrorCode) + 1)),
                    CloseKind(index % (int(CloseKind::LastCloseKind) + 1)),
                    CloseSide(index % (int(CloseSide::LastCloseSide) + 1)) };
    return event;
}

bool sameEvent(const TrafficEvent &a, const TrafficEvent &b)
{
    return a.timeNs == b.timeNs && a.payloadOffset == b.payloadOffset
        && a.payloadLength == b.payloadLength && a.connection == b.connection && a.kind == b.kind
        && a.facts == b.facts;
}

// Everything appended(first, last) announced, in order.
struct Announcements
{
    std::vector<std::pair<qint64, qint64>> ranges;
    std::atomic<qint64> through { -1 };
    bool wrongThread = false;

    void watch(TrafficLog &log)
    {
        QObject::connect(
            &log, &TrafficLog::appended, &log, [this, &log](qint64 first, qint64 last) {
                if (QThread::currentThread() != log.thread())
                    wrongThread = true;
                ranges.emplace_back(first, last);
                through.store(last);
            });
    }

    // Every index in [0, count) exactly once, in order: no gap, no overlap, no empty range.
    QString coverageError(qint64 count) const
    {
        qint64 next = 0;
        for (const auto &[first, last] : ranges) {
            if (first != next || last < first)
                return QStringLiteral("range [%1, %2] after %3").arg(first).arg(last).arg(next - 1);
            next = last + 1;
        }
        if (next != count)
            return QStringLiteral("announced through %1 of %2").arg(next - 1).arg(count);
        if (wrongThread)
            return QStringLiteral("appended() emitted outside the log's thread");
        return {};
    }
};

// Starts the thread and runs this thread's event loop until it finishes: a real event loop,
// woken by each posted announcement, not a polling wait.
bool runUntilFinished(QThread &thread, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(&thread, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    thread.start();
    loop.exec();
    return thread.isFinished();
}

} // namespace

class tst_TrafficLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty();
    void appendAcrossChunks_data();
    void appendAcrossChunks();
    void appendedIsCoalesced();
    void appendedInBatches();
    void appendManyAcrossAChunkEdge();
    void noSignalWithoutAppend();
    void concurrentReaderSeesWholeEvents();
    void everyAppendIsAnnounced();
    void loopIterationIsAnnouncedOnce();
    void payloadFromJournal_data();
    void payloadFromJournal();
    void detailText();
};

void tst_TrafficLog::startsEmpty()
{
    Journal journal;
    TrafficLog log(journal);
    QCOMPARE(log.count(), 0);
}

void tst_TrafficLog::appendAcrossChunks_data()
{
    QTest::addColumn<qint64>("total");
    QTest::newRow("one") << qint64(1);
    QTest::newRow("one chunk less one") << ChunkSize - 1;
    QTest::newRow("exactly one chunk") << ChunkSize;
    QTest::newRow("one past a chunk") << ChunkSize + 1;
    QTest::newRow("three chunks and a bit") << 3 * ChunkSize + 123;
}

void tst_TrafficLog::appendAcrossChunks()
{
    QFETCH(qint64, total);
    Journal journal;
    TrafficLog log(journal);

    for (qint64 i = 0; i < total; ++i) {
        QCOMPARE(log.append(eventFor(i)), i);
        QCOMPARE(log.count(), i + 1);
    }
    for (qint64 i = 0; i < total; ++i) {
        if (!sameEvent(log.event(i), eventFor(i)))
            QFAIL(qPrintable(QStringLiteral("event %1 differs").arg(i)));
    }
    // Whole records at the chunk edges, field by field, for a readable failure.
    for (qint64 i : { qint64(0), ChunkSize - 1, ChunkSize, total - 1 }) {
        if (i >= total)
            continue;
        const TrafficEvent &event = log.event(i);
        const TrafficEvent expected = eventFor(i);
        QCOMPARE(event.timeNs, expected.timeNs);
        QCOMPARE(event.payloadOffset, expected.payloadOffset);
        QCOMPARE(event.payloadLength, expected.payloadLength);
        QCOMPARE(event.connection, expected.connection);
        QCOMPARE(event.kind, expected.kind);
    }
    // Chunks never move: appending another chunk's worth leaves the first event as it was.
    for (qint64 i = total; i < total + ChunkSize; ++i)
        log.append(eventFor(i));
    QVERIFY(sameEvent(log.event(0), eventFor(0)));
    QVERIFY(sameEvent(log.event(total + ChunkSize - 1), eventFor(total + ChunkSize - 1)));
}

// However many events are appended before the event loop runs, one notification covers them.
// Events appended together (a run of datagrams) land where one append() each would put them,
// across a chunk's edge too, and are announced like any others.
void tst_TrafficLog::appendManyAcrossAChunkEdge()
{
    Journal journal;
    TrafficLog log(journal);
    QSignalSpy spy(&log, &TrafficLog::appended);
    const qint64 before = ChunkSize - 10;
    for (qint64 i = 0; i < before; ++i)
        log.append(eventFor(i));
    std::vector<TrafficEvent> run;
    for (qint64 i = before; i < before + 64; ++i)
        run.push_back(eventFor(i));
    log.append(run.data(), int(run.size()));
    log.append(run.data(), 0);
    QCOMPARE(log.count(), before + 64);
    for (qint64 i = 0; i < log.count(); ++i) {
        if (!sameEvent(log.event(i), eventFor(i)))
            QFAIL(qPrintable(QStringLiteral("event %1 differs").arg(i)));
    }
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).toLongLong(), before + 63);
}

void tst_TrafficLog::appendedIsCoalesced()
{
    Journal journal;
    TrafficLog log(journal);
    QSignalSpy spy(&log, &TrafficLog::appended);

    const qint64 total = 2 * ChunkSize + 5;
    for (qint64 i = 0; i < total; ++i)
        log.append(eventFor(i));
    QCOMPARE(spy.count(), 0); // queued, never emitted from inside append()
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 0);
    QCOMPARE(spy.at(0).at(1).toLongLong(), total - 1);
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
}

// Batches separated by event-loop turns: one notification each, exactly covering the batch.
void tst_TrafficLog::appendedInBatches()
{
    Journal journal;
    TrafficLog log(journal);
    Announcements seen;
    seen.watch(log);

    const QList<int> batches { 1, 1, 2, 1000, ChunkSize, 3, ChunkSize + 1, 1 };
    qint64 next = 0;
    for (int size : batches) {
        const qint64 first = next;
        for (int i = 0; i < size; ++i)
            log.append(eventFor(next++));
        QTRY_COMPARE(seen.through.load(), next - 1);
        QCOMPARE(seen.ranges.back(), std::make_pair(first, next - 1));
    }
    QCOMPARE(seen.ranges.size(), size_t(batches.size()));
    const QString error = seen.coverageError(log.count());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_TrafficLog::noSignalWithoutAppend()
{
    Journal journal;
    TrafficLog log(journal);
    QSignalSpy spy(&log, &TrafficLog::appended);
    log.append(eventFor(0));
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);
    // Nothing new: turning the event loop announces nothing, not even an empty range.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
}

// One thread appends (as the network thread does), another reads as fast as it can, and the
// log's own thread collects the announcements. Every event a reader can reach is whole.
void tst_TrafficLog::concurrentReaderSeesWholeEvents()
{
    Journal journal;
    TrafficLog log(journal);
    Announcements seen;
    seen.watch(log);

    const qint64 total = 5 * ChunkSize + 77;
    std::atomic<bool> writerDone { false };
    std::atomic<bool> readerDone { false };
    std::atomic<qint64> tornAt { -1 };
    std::atomic<qint64> countWentBack { -1 };
    std::atomic<qint64> reads { 0 };

    std::unique_ptr<QThread> writer(QThread::create([&] {
        for (qint64 i = 0; i < total; ++i)
            log.append(eventFor(i));
        writerDone.store(true);
    }));
    std::unique_ptr<QThread> reader(QThread::create([&] {
        qint64 previous = 0;
        quint64 random = 88172645463325252ull;
        qint64 n = 0;
        // Reads until it has seen the writer finish, then one last pass over the whole log.
        for (bool last = false; !last;) {
            last = writerDone.load();
            const qint64 count = log.count();
            if (count < previous) {
                countWentBack.store(count);
                break;
            }
            previous = count;
            if (count == 0)
                continue;
            // The newest event (the one just published), and one anywhere below it.
            random ^= random << 13;
            random ^= random >> 7;
            random ^= random << 17;
            for (qint64 index : { count - 1, qint64(random % quint64(count)) }) {
                ++n;
                if (!sameEvent(log.event(index), eventFor(index))) {
                    tornAt.store(index);
                    last = true;
                }
            }
        }
        if (tornAt.load() < 0) {
            for (qint64 i = 0; i < log.count(); ++i) {
                if (!sameEvent(log.event(i), eventFor(i))) {
                    tornAt.store(i);
                    break;
                }
            }
        }
        reads.store(n);
        readerDone.store(true);
    }));
    reader->start();
    QVERIFY(runUntilFinished(*writer, 120000));
    QVERIFY(reader->wait(120000));
    QVERIFY(writerDone.load() && readerDone.load());
    QCOMPARE(tornAt.load(), qint64(-1));
    QCOMPARE(countWentBack.load(), qint64(-1));
    QVERIFY(reads.load() > 0);
    QCOMPARE(log.count(), total);

    QTRY_COMPARE_WITH_TIMEOUT(seen.through.load(), total - 1, 10000);
    const QString error = seen.coverageError(total);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Coalesced: never more notifications than appends, and normally far fewer.
    QVERIFY(qint64(seen.ranges.size()) <= total);
    qDebug("%lld events, %zu notifications, %lld reads", total, seen.ranges.size(), reads.load());
}

// The writer appends short bursts from another thread and waits, after each, for the log's
// thread to announce the burst's last event. An announcement lost in the race between
// announce() clearing its pending flag and append() setting it would leave the writer waiting
// for ever (a headless run would then never see its last socket close).
void tst_TrafficLog::everyAppendIsAnnounced()
{
    Journal journal;
    TrafficLog log(journal);
    Announcements seen;
    seen.watch(log);

    constexpr int Rounds = 50000;
    constexpr int WaitMs = 5000;
    std::atomic<bool> writerDone { false };
    std::atomic<qint64> lostAt { -1 };

    std::unique_ptr<QThread> writer(QThread::create([&] {
        qint64 next = 0;
        for (int round = 0; round < Rounds; ++round) {
            const int burst = 1 + round % 4;
            for (int i = 0; i < burst; ++i)
                log.append(eventFor(next++));
            const QDeadlineTimer deadline(WaitMs);
            while (seen.through.load() < next - 1) {
                if (deadline.hasExpired()) {
                    lostAt.store(next - 1);
                    writerDone.store(true);
                    return;
                }
                std::this_thread::yield();
            }
        }
        writerDone.store(true);
    }));
    const bool finished = runUntilFinished(*writer, 300000);
    QVERIFY(writer->wait(WaitMs * 2)); // it gives up on its own after WaitMs
    QVERIFY(finished);
    QVERIFY(writerDone.load());
    QVERIFY2(lostAt.load() < 0,
        qPrintable(QStringLiteral("event %1 was never announced (log holds %2)")
                       .arg(lostAt.load())
                       .arg(log.count())));
    const QString error = seen.coverageError(log.count());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// The network thread appends from inside its event loop. Each post of the announcement wakes the
// GUI thread, which then preempted the network thread: one wake-up per event made the http
// responder ten times slower than a bare server. The events of one loop iteration are announced
// once, when the loop is about to wait; the last ones of a thread that ends are announced too.
void tst_TrafficLog::loopIterationIsAnnouncedOnce()
{
    Journal journal;
    TrafficLog log(journal);
    Announcements seen;
    seen.watch(log);
    QThread writer;
    QObject inWriter;
    inWriter.moveToThread(&writer);
    writer.start();
    const auto stopWriter = qScopeGuard([&writer] {   // also when a check below fails
        writer.quit();
        writer.wait();
    });
    std::atomic<bool> announcedMidIteration { false };
    constexpr int Events = 1000;
    QMetaObject::invokeMethod(&inWriter, [&] {
        log.append(eventFor(0));
        // Long enough for the GUI thread, idle in its event loop, to take a posted announcement.
        const QDeadlineTimer deadline(500);
        while (!deadline.hasExpired() && seen.through.load() < 0)
            std::this_thread::yield();
        announcedMidIteration.store(seen.through.load() >= 0);
        for (qint64 i = 1; i < Events; ++i)
            log.append(eventFor(i));
    });
    QTRY_COMPARE_WITH_TIMEOUT(seen.through.load(), qint64(Events - 1), 5000);
    QVERIFY2(!announcedMidIteration.load(), "announced while the writer's loop iteration was still running");
    QCOMPARE(seen.ranges.size(), size_t(1));

    QMetaObject::invokeMethod(&inWriter, [&] {
        log.append(eventFor(Events));
        QThread::currentThread()->quit();
    });
    QVERIFY(writer.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(seen.through.load(), qint64(Events), 5000);
    const QString error = seen.coverageError(log.count());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_TrafficLog::payloadFromJournal_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray all(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i)
        all[i] = char(i);
    QByteArray large(3 * Journal::FlushThreshold / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = char((i * 31 + i / 251) & 0xff);

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray(1, '\0');
    QTest::newRow("text") << QByteArrayLiteral("hi\r\n");
    QTest::newRow("every byte value") << all;
    QTest::newRow("past the flush threshold") << large;
}

// Payloads come from the journal, wherever their bytes are: the memory buffer or the file.
void tst_TrafficLog::payloadFromJournal()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Journal journal;
    QString error;
    QVERIFY2(journal.create(dir.filePath(QStringLiteral("log.socketlab")),
                 QDateTime::currentDateTimeUtc(), &error),
        qPrintable(error));
    TrafficLog log(journal);

    // Neighbours on either side, so that a read off by a byte shows.
    const QByteArray before = QByteArrayLiteral("BEFORE");
    const QByteArray after = QByteArrayLiteral("AFTER");
    QList<QByteArray> payloads { before, bytes, after };
    for (int i = 0; i < payloads.size(); ++i) {
        TrafficEvent event;
        event.timeNs = i;
        event.connection = 3;
        event.kind = EventKind::Received;
        event.payloadLength = quint32(payloads.at(i).size());
        event.payloadOffset
            = journal.appendEvent(event.timeNs, event.connection, event.kind, payloads.at(i));
        log.append(event);
    }

    for (int pass = 0; pass < 2; ++pass) {
        const char *where = pass == 0 ? "before flush" : "after flush";
        for (int i = 0; i < payloads.size(); ++i) {
            const TrafficEvent &event = log.event(i);
            const QByteArray &expected = payloads.at(i);
            QVERIFY2(log.payload(event) == expected, where);
            QVERIFY2(log.payloadPrefix(event, 0).isEmpty(), where);
            QVERIFY2(log.payloadPrefix(event, -5).isEmpty(), where);
            QVERIFY2(log.payloadPrefix(event, 3) == expected.left(3), where);
            QVERIFY2(log.payloadPrefix(event, 64) == expected.left(64), where);
            QVERIFY2(log.payloadPrefix(event, int(expected.size()) + 10) == expected, where);
            QVERIFY2(log.detailText(event).isEmpty(), where); // data has no detail text
        }
        if (pass == 0)
            QVERIFY2(journal.flush(), qPrintable(journal.errorString()));
    }
    QCOMPARE(journal.unwrittenBytes(), quint64(0));
}

void tst_TrafficLog::detailText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Journal journal;
    QString error;
    QVERIFY2(journal.create(dir.filePath(QStringLiteral("detail.socketlab")),
                 QDateTime::currentDateTimeUtc(), &error),
        qPrintable(error));
    TrafficLog log(journal);

    const QString text = QStringLiteral("socket(), bind([::1]:4000), listen() \u2192 \u00fc\u4e2d");
    const QByteArray data = QByteArrayLiteral("\xc3\xbc raw bytes, not text");
    const auto add = [&](EventKind kind, const QByteArray &payload) {
        TrafficEvent event;
        event.kind = kind;
        event.connection = 1;
        event.payloadLength = quint32(payload.size());
        event.payloadOffset = journal.appendEvent(0, 1, kind, payload);
        return log.append(event);
    };
    const qint64 listening = add(EventKind::Listening, text.toUtf8());
    const qint64 sent = add(EventKind::Sent, data);
    const qint64 closed = add(EventKind::Closed, QByteArray());
    QVERIFY(journal.flush());
    const qint64 note = add(EventKind::Note, QByteArrayLiteral("in memory"));

    QCOMPARE(log.detailText(log.event(listening)), text);
    QCOMPARE(log.payload(log.event(listening)), text.toUtf8());
    QCOMPARE(log.detailText(log.event(sent)), QString());
    QCOMPARE(log.payload(log.event(sent)), data);
    QCOMPARE(log.detailText(log.event(closed)), QString());
    QCOMPARE(log.detailText(log.event(note)), QStringLiteral("in memory"));
}

QTEST_GUILESS_MAIN(tst_TrafficLog)

#include "tst_trafficlog.moc"
