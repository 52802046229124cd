// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trafficevent.h"

#include <QList>
#include <QtGlobal>

#include <array>
#include <map>

class SessionClock;

// Bytes per fixed time bucket, received and sent, for one stream of traffic (the whole session
// or one connection): the data behind the throughput chart.
//
// Buckets are numbered from the session start: bucket b covers [b * bucketNs, (b + 1) *
// bucketNs). They are stored in chunks of ChunkBuckets allocated on first use, in a map keyed by
// chunk number, so memory follows the session's duration (and only the stretches that carried
// data), never the number of events, and a stray timestamp far in the future costs one chunk
// rather than everything up to it. Timestamps may arrive in any order.
class RateSeries
{
public:
    static constexpr qint64 DefaultBucketNs = 100'000'000; // 100 ms
    static constexpr int ChunkBuckets = 1024;
    // A range query returns at most this many buckets (a day of 100 ms buckets is 864 000), so
    // a runaway range cannot allocate without bound; longer ranges keep their newest end.
    static constexpr qint64 MaxRangeBuckets = qint64(1) << 20;

    // Rates of consecutive buckets, oldest first; the three lists have the same length.
    struct Rates
    {
        QList<qint64> startNs; // bucket start times, one bucket apart
        QList<double> inPerSecond;
        QList<double> outPerSecond;
    };

    // A bucket length <= 0 falls back to DefaultBucketNs.
    explicit RateSeries(qint64 bucketNs = DefaultBucketNs);

    // Direction::None is ignored. A negative time counts in bucket 0: an event cannot precede
    // its session, so a negative stamp is clock jitter, and its bytes must still be counted.
    // Counters saturate instead of wrapping.
    void add(qint64 timeNs, Direction direction, quint64 bytes);
    void clear();

    qint64 bucketNs() const { return m_bucketNs; }
    bool isEmpty() const { return m_chunks.empty(); }
    // The buckets that received bytes lie within [firstBucket(), lastBucket()]; both are -1
    // while the series is empty.
    qint64 firstBucket() const { return m_firstBucket; }
    qint64 lastBucket() const { return m_lastBucket; }
    quint64 totalBytes(Direction direction) const;

    // Floor division, so negative times map to negative buckets.
    qint64 bucketOf(qint64 timeNs) const;
    qint64 bucketStartNs(qint64 bucket) const { return bucket * m_bucketNs; }

    quint64 bytes(qint64 bucket, Direction direction) const;
    double bytesPerSecond(qint64 bucket, Direction direction) const;

    // Buckets first ... last inclusive, missing ones as 0; buckets before 0 (before the
    // session) are left out.
    Rates range(qint64 firstBucket, qint64 lastBucket) const;

    // The completed buckets that overlap the last spanNs before the clock's now. The bucket
    // still filling is left out: its rate would read low until it ends.
    Rates window(const SessionClock &clock, qint64 spanNs) const;

private:
    struct Counts
    {
        quint64 in = 0;
        quint64 out = 0;
    };
    using Chunk = std::array<Counts, ChunkBuckets>;

    const Counts *countsAt(qint64 bucket) const;
    double perSecond(quint64 bytes) const;

    qint64 m_bucketNs = DefaultBucketNs;
    std::map<qint64, Chunk> m_chunks; // chunk number -> its buckets
    qint64 m_firstBucket = -1;
    qint64 m_lastBucket = -1;
    quint64 m_totalIn = 0;
    quint64 m_totalOut = 0;
};
