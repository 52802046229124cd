// SPDX-License-Identifier: GPL-3.0-or-later
#include "rateseries.h"
#include "sessionclock.h"

#include <QTest>

#include <limits>

namespace {

constexpr qint64 Ms = 1'000'000;
constexpr qint64 Second = 1'000'000'000;
constexpr qint64 Bucket = RateSeries::DefaultBucketNs;
constexpr qint64 MaxTime = std::numeric_limits<qint64>::max();
constexpr quint64 MaxBytes = std::numeric_limits<quint64>::max();

struct Sample
{
    qint64 timeNs = 0;
    Direction direction = Direction::None;
    quint64 bytes = 0;
};

using Samples = QList<Sample>;
using Counts = QList<quint64>;
using Times = QList<qint64>;
using Values = QList<double>;

void feed(RateSeries &series, const Samples &samples)
{
    for (const Sample &sample : samples)
        series.add(sample.timeNs, sample.direction, sample.bytes);
}

} // namespace

Q_DECLARE_METATYPE(Sample)

class tst_RateSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketLength_data();
    void bucketLength();
    void bucketOf_data();
    void bucketOf();
    void add_data();
    void add();
    void range_data();
    void range();
    void window_data();
    void window();
    void clear();
};

void tst_RateSeries::bucketLength_data()
{
    QTest::addColumn<qint64>("requested");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("default") << Bucket << Bucket;
    QTest::newRow("one second") << Second << Second;
    QTest::newRow("one nanosecond") << qint64(1) << qint64(1);
    QTest::newRow("zero falls back") << qint64(0) << Bucket;
    QTest::newRow("negative falls back") << qint64(-5) << Bucket;
}

void tst_RateSeries::bucketLength()
{
    QFETCH(qint64, requested);
    QFETCH(qint64, expected);

    QCOMPARE(RateSeries(requested).bucketNs(), expected);
}

void tst_RateSeries::bucketOf_data()
{
    QTest::addColumn<qint64>("bucketNs");
    QTest::addColumn<qint64>("timeNs");
    QTest::addColumn<qint64>("bucket");
    QTest::addColumn<qint64>("bucketStartNs");

    QTest::newRow("session start") << Bucket << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("last ns of bucket 0") << Bucket << Bucket - 1 << qint64(0) << qint64(0);
    QTest::newRow("first ns of bucket 1") << Bucket << Bucket << qint64(1) << Bucket;
    QTest::newRow("mid bucket 12") << Bucket << 1250 * Ms << qint64(12) << 1200 * Ms;
    QTest::newRow("1 ns before start") << Bucket << qint64(-1) << qint64(-1) << -Bucket;
    QTest::newRow("one bucket before") << Bucket << -Bucket << qint64(-1) << -Bucket;
    QTest::newRow("just past -1") << Bucket << -Bucket - 1 << qint64(-2) << -2 * Bucket;
    QTest::newRow("one-second buckets") << Second << 2500 * Ms << qint64(2) << 2 * Second;
    QTest::newRow("latest time") << Bucket << MaxTime << MaxTime / Bucket
                                 << MaxTime / Bucket * Bucket;
}

void tst_RateSeries::bucketOf()
{
    QFETCH(qint64, bucketNs);
    QFETCH(qint64, timeNs);
    QFETCH(qint64, bucket);
    QFETCH(qint64, bucketStartNs);

    const RateSeries series(bucketNs);
    QCOMPARE(series.bucketOf(timeNs), bucket);
    QCOMPARE(series.bucketStartNs(bucket), bucketStartNs);
}

void tst_RateSeries::add_data()
{
    QTest::addColumn<Samples>("samples");
    QTest::addColumn<qint64>("firstBucket");
    QTest::addColumn<qint64>("lastBucket");
    // Bytes of buckets 0, 1, 2, ...
    QTest::addColumn<Counts>("in");
    QTest::addColumn<Counts>("out");

    QTest::newRow("nothing") << Samples {} << qint64(-1) << qint64(-1) << Counts { 0 }
                             << Counts { 0 };
    QTest::newRow("one received") << Samples { { 50 * Ms, Direction::In, 10 } } << qint64(0)
                                  << qint64(0) << Counts { 10, 0 } << Counts { 0, 0 };
    QTest::newRow("both directions share a bucket")
        << Samples { { 10 * Ms, Direction::In, 10 }, { 20 * Ms, Direction::Out, 3 },
               { 30 * Ms, Direction::In, 5 } }
        << qint64(0) << qint64(0) << Counts { 15 } << Counts { 3 };
    QTest::newRow("bucket edges") << Samples { { 0, Direction::In, 1 },
        { Bucket - 1, Direction::In, 2 }, { Bucket, Direction::In, 4 },
        { 2 * Bucket - 1, Direction::Out, 8 } }
                                  << qint64(0) << qint64(1) << Counts { 3, 4, 0 }
                                  << Counts { 0, 8, 0 };
    QTest::newRow("gap stays empty")
        << Samples { { 0, Direction::Out, 7 }, { 350 * Ms, Direction::Out, 9 } } << qint64(0)
        << qint64(3) << Counts { 0, 0, 0, 0, 0 } << Counts { 7, 0, 0, 9, 0 };
    QTest::newRow("out of order") << Samples { { 250 * Ms, Direction::In, 1 },
        { 50 * Ms, Direction::In, 2 }, { 150 * Ms, Direction::In, 4 },
        { 60 * Ms, Direction::In, 8 } }
                                  << qint64(0) << qint64(2) << Counts { 10, 4, 1 }
                                  << Counts { 0, 0, 0 };
    QTest::newRow("starts late") << Samples { { 220 * Ms, Direction::In, 5 } } << qint64(2)
                                 << qint64(2) << Counts { 0, 0, 5, 0 } << Counts { 0, 0, 0, 0 };
    QTest::newRow("negative time counts in bucket 0")
        << Samples { { -5 * Second, Direction::In, 6 }, { -1, Direction::Out, 1 } } << qint64(0)
        << qint64(0) << Counts { 6, 0 } << Counts { 1, 0 };
    QTest::newRow("non-data ignored")
        << Samples { { 0, Direction::None, 100 }, { Bucket, Direction::In, 0 } } << qint64(-1)
        << qint64(-1) << Counts { 0, 0 } << Counts { 0, 0 };
    QTest::newRow("saturates") << Samples { { 0, Direction::In, MaxBytes - 1 },
        { 1, Direction::In, 5 } }
                               << qint64(0) << qint64(0) << Counts { MaxBytes } << Counts { 0 };
    QTest::newRow("chunk boundary")
        << Samples { { (RateSeries::ChunkBuckets - 1) * Bucket, Direction::In, 1 },
               { RateSeries::ChunkBuckets * Bucket, Direction::In, 2 } }
        << qint64(RateSeries::ChunkBuckets - 1) << qint64(RateSeries::ChunkBuckets) << Counts {}
        << Counts {};
}

void tst_RateSeries::add()
{
    QFETCH(Samples, samples);
    QFETCH(qint64, firstBucket);
    QFETCH(qint64, lastBucket);
    QFETCH(Counts, in);
    QFETCH(Counts, out);

    RateSeries series;
    feed(series, samples);

    QCOMPARE(series.isEmpty(), firstBucket < 0);
    QCOMPARE(series.firstBucket(), firstBucket);
    QCOMPARE(series.lastBucket(), lastBucket);
    for (qint64 bucket = 0; bucket < in.size(); ++bucket) {
        QCOMPARE(series.bytes(bucket, Direction::In), in.at(bucket));
        QCOMPARE(series.bytes(bucket, Direction::Out), out.at(bucket));
        QCOMPARE(series.bytes(bucket, Direction::None), quint64(0));
    }

    quint64 totalIn = 0;
    quint64 totalOut = 0;
    for (const Sample &sample : samples) {
        quint64 &total = sample.direction == Direction::In ? totalIn : totalOut;
        if (sample.direction != Direction::None)
            total = sample.bytes > MaxBytes - total ? MaxBytes : total + sample.bytes;
    }
    QCOMPARE(series.totalBytes(Direction::In), totalIn);
    QCOMPARE(series.totalBytes(Direction::Out), totalOut);
    if (lastBucket >= 0) {
        quint64 lastBytes
            = series.bytes(lastBucket, Direction::In) + series.bytes(lastBucket, Direction::Out);
        QVERIFY(lastBytes > 0);
    }
}

void tst_RateSeries::range_data()
{
    QTest::addColumn<Samples>("samples");
    QTest::addColumn<qint64>("firstBucket");
    QTest::addColumn<qint64>("lastBucket");
    QTest::addColumn<Times>("startNs");
    QTest::addColumn<Values>("in");
    QTest::addColumn<Values>("out");

    const Samples traffic { { 0, Direction::In, 100 }, { 120 * Ms, Direction::In, 1000 },
        { 130 * Ms, Direction::Out, 20 }, { 450 * Ms, Direction::Out, 5 } };

    // 100 bytes in a 100 ms bucket are 1000 bytes per second.
    QTest::newRow("whole session")
        << traffic << qint64(0) << qint64(4)
        << Times { 0, Bucket, 2 * Bucket, 3 * Bucket, 4 * Bucket }
        << Values { 1000, 10000, 0, 0, 0 } << Values { 0, 200, 0, 0, 50 };
    QTest::newRow("single bucket") << traffic << qint64(1) << qint64(1) << Times { Bucket }
                                   << Values { 10000 } << Values { 200 };
    QTest::newRow("empty buckets only")
        << traffic << qint64(2) << qint64(3) << Times { 2 * Bucket, 3 * Bucket } << Values { 0, 0 }
        << Values { 0, 0 };
    QTest::newRow("past the data") << traffic << qint64(100) << qint64(100)
                                   << Times { 100 * Bucket } << Values { 0 } << Values { 0 };
    QTest::newRow("before the session is left out")
        << traffic << qint64(-3) << qint64(0) << Times { 0 } << Values { 1000 } << Values { 0 };
    QTest::newRow("entirely before the session")
        << traffic << qint64(-3) << qint64(-1) << Times {} << Values {} << Values {};
    QTest::newRow("reversed") << traffic << qint64(3) << qint64(1) << Times {} << Values {}
                              << Values {};
    QTest::newRow("empty series") << Samples {} << qint64(0) << qint64(1) << Times { 0, Bucket }
                                  << Values { 0, 0 } << Values { 0, 0 };
    QTest::newRow("far apart chunks")
        << Samples { { 0, Direction::In, 1 }, { MaxTime, Direction::In, 2 } }
        << MaxTime / Bucket - 1 << MaxTime / Bucket
        << Times { (MaxTime / Bucket - 1) * Bucket, MaxTime / Bucket * Bucket } << Values { 0, 20 }
        << Values { 0, 0 };
}

void tst_RateSeries::range()
{
    QFETCH(Samples, samples);
    QFETCH(qint64, firstBucket);
    QFETCH(qint64, lastBucket);
    QFETCH(Times, startNs);
    QFETCH(Values, in);
    QFETCH(Values, out);

    RateSeries series;
    feed(series, samples);

    const RateSeries::Rates rates = series.range(firstBucket, lastBucket);
    QCOMPARE(rates.startNs, startNs);
    QCOMPARE(rates.inPerSecond, in);
    QCOMPARE(rates.outPerSecond, out);
    for (qsizetype i = 0; i < startNs.size(); ++i) {
        const qint64 bucket = series.bucketOf(startNs.at(i));
        QCOMPARE(series.bytesPerSecond(bucket, Direction::In), in.at(i));
        QCOMPARE(series.bytesPerSecond(bucket, Direction::Out), out.at(i));
    }
}

void tst_RateSeries::window_data()
{
    QTest::addColumn<Samples>("samples");
    QTest::addColumn<qint64>("nowNs");
    QTest::addColumn<qint64>("spanNs");
    QTest::addColumn<Times>("startNs");
    QTest::addColumn<Values>("in");
    QTest::addColumn<Values>("out");

    const Samples traffic { { 10 * Ms, Direction::In, 500 }, { 110 * Ms, Direction::Out, 300 },
        { 290 * Ms, Direction::In, 200 }, { 299 * Ms, Direction::Out, 100 } };

    QTest::newRow("starts before the session")
        << traffic << 400 * Ms << 60 * Second << Times { 0, Bucket, 2 * Bucket, 3 * Bucket }
        << Values { 5000, 0, 2000, 0 } << Values { 0, 3000, 1000, 0 };
    QTest::newRow("now on a bucket edge: last bucket complete")
        << traffic << 300 * Ms << 200 * Ms << Times { Bucket, 2 * Bucket } << Values { 0, 2000 }
        << Values { 3000, 1000 };
    QTest::newRow("now mid-bucket: filling bucket left out")
        << traffic << 250 * Ms << 200 * Ms << Times { 0, Bucket } << Values { 5000, 0 }
        << Values { 0, 3000 };
    QTest::newRow("partly covered first bucket included")
        << traffic << 300 * Ms << 150 * Ms << Times { Bucket, 2 * Bucket } << Values { 0, 2000 }
        << Values { 3000, 1000 };
    QTest::newRow("after the traffic")
        << traffic << 10 * Second << 300 * Ms << Times { 97 * Bucket, 98 * Bucket, 99 * Bucket }
        << Values { 0, 0, 0 } << Values { 0, 0, 0 };
    QTest::newRow("first bucket still filling")
        << traffic << 50 * Ms << 60 * Second << Times {} << Values {} << Values {};
    QTest::newRow("at the session start")
        << traffic << qint64(0) << 60 * Second << Times {} << Values {} << Values {};
    QTest::newRow("zero span") << traffic << Second << qint64(0) << Times {} << Values {}
                               << Values {};
    QTest::newRow("negative span")
        << traffic << Second << -Second << Times {} << Values {} << Values {};
    QTest::newRow("clock before the session")
        << traffic << -Second << Second << Times {} << Values {} << Values {};
    QTest::newRow("huge span") << traffic << 200 * Ms << MaxTime << Times { 0, Bucket }
                               << Values { 5000, 0 } << Values { 0, 3000 };
}

void tst_RateSeries::window()
{
    QFETCH(Samples, samples);
    QFETCH(qint64, nowNs);
    QFETCH(qint64, spanNs);
    QFETCH(Times, startNs);
    QFETCH(Values, in);
    QFETCH(Values, out);

    RateSeries series;
    feed(series, samples);
    ManualClock clock;
    clock.set(nowNs);

    const RateSeries::Rates rates = series.window(clock, spanNs);
    QCOMPARE(rates.startNs, startNs);
    QCOMPARE(rates.inPerSecond, in);
    QCOMPARE(rates.outPerSecond, out);
}

void tst_RateSeries::clear()
{
    RateSeries series;
    series.add(0, Direction::In, 10);
    series.add(5 * Second, Direction::Out, 20);
    series.clear();

    QVERIFY(series.isEmpty());
    QCOMPARE(series.firstBucket(), qint64(-1));
    QCOMPARE(series.lastBucket(), qint64(-1));
    QCOMPARE(series.totalBytes(Direction::In), quint64(0));
    QCOMPARE(series.totalBytes(Direction::Out), quint64(0));
    QCOMPARE(series.bytes(0, Direction::In), quint64(0));
    QCOMPARE(series.bytes(50, Direction::Out), quint64(0));

    // Still usable after clearing.
    series.add(Bucket, Direction::In, 3);
    QCOMPARE(series.firstBucket(), qint64(1));
    QCOMPARE(series.bytes(1, Direction::In), quint64(3));
}

QTEST_GUILESS_MAIN(tst_RateSeries)
#include "tst_rateseries.moc"
