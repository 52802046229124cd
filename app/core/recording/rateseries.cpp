// SPDX-License-Identifier: GPL-3.0-or-later
#include "rateseries.h"

#include "sessionclock.h"

#include <limits>

namespace {

quint64 saturatingAdd(quint64 a, quint64 b)
{
    return b > std::numeric_limits<quint64>::max() - a ? std::numeric_limits<quint64>::max()
                                                       : a + b;
}

} // namespace

RateSeries::RateSeries(qint64 bucketNs)
    : m_bucketNs(bucketNs > 0 ? bucketNs : DefaultBucketNs)
{
}

void RateSeries::add(qint64 timeNs, Direction direction, quint64 bytes)
{
    if (direction == Direction::None || bytes == 0)
        return;
    const qint64 bucket = bucketOf(qMax<qint64>(timeNs, 0));
    const qint64 chunkNumber = bucket / ChunkBuckets;

    // Appends land in the newest chunk almost always: check it before searching the map.
    Chunk *chunk = nullptr;
    if (!m_chunks.empty() && m_chunks.rbegin()->first == chunkNumber)
        chunk = &m_chunks.rbegin()->second;
    else
        chunk = &m_chunks[chunkNumber]; // value-initialised: all counts zero

    Counts &counts = (*chunk)[size_t(bucket % ChunkBuckets)];
    if (direction == Direction::In) {
        counts.in = saturatingAdd(counts.in, bytes);
        m_totalIn = saturatingAdd(m_totalIn, bytes);
    } else {
        counts.out = saturatingAdd(counts.out, bytes);
        m_totalOut = saturatingAdd(m_totalOut, bytes);
    }

    m_firstBucket = m_firstBucket < 0 ? bucket : qMin(m_firstBucket, bucket);
    m_lastBucket = qMax(m_lastBucket, bucket);
}

void RateSeries::clear()
{
    m_chunks.clear();
    m_firstBucket = -1;
    m_lastBucket = -1;
    m_totalIn = 0;
    m_totalOut = 0;
}

quint64 RateSeries::totalBytes(Direction direction) const
{
    switch (direction) {
    case Direction::In: return m_totalIn;
    case Direction::Out: return m_totalOut;
    case Direction::None: break;
    }
    return 0;
}

qint64 RateSeries::bucketOf(qint64 timeNs) const
{
    const qint64 quotient = timeNs / m_bucketNs;
    return (timeNs % m_bucketNs < 0) ? quotient - 1 : quotient;
}

const RateSeries::Counts *RateSeries::countsAt(qint64 bucket) const
{
    if (bucket < 0)
        return nullptr;
    const auto it = m_chunks.find(bucket / ChunkBuckets);
    return it == m_chunks.end() ? nullptr : &it->second[size_t(bucket % ChunkBuckets)];
}

quint64 RateSeries::bytes(qint64 bucket, Direction direction) const
{
    const Counts *counts = countsAt(bucket);
    if (!counts)
        return 0;
    switch (direction) {
    case Direction::In: return counts->in;
    case Direction::Out: return counts->out;
    case Direction::None: break;
    }
    return 0;
}

double RateSeries::perSecond(quint64 bytes) const
{
    return double(bytes) * 1e9 / double(m_bucketNs);
}

double RateSeries::bytesPerSecond(qint64 bucket, Direction direction) const
{
    return perSecond(bytes(bucket, direction));
}

RateSeries::Rates RateSeries::range(qint64 firstBucket, qint64 lastBucket) const
{
    Rates rates;
    firstBucket = qMax<qint64>(firstBucket, 0);
    if (lastBucket < firstBucket)
        return rates;
    if (lastBucket - firstBucket >= MaxRangeBuckets)
        firstBucket = lastBucket - MaxRangeBuckets + 1;

    const qsizetype size = qsizetype(lastBucket - firstBucket + 1);
    rates.startNs.reserve(size);
    rates.inPerSecond.reserve(size);
    rates.outPerSecond.reserve(size);

    // One map search per chunk, not per bucket: walk the chunks in step with the buckets.
    auto chunk = m_chunks.lower_bound(firstBucket / ChunkBuckets);
    for (qint64 bucket = firstBucket; bucket <= lastBucket; ++bucket) {
        const qint64 chunkNumber = bucket / ChunkBuckets;
        while (chunk != m_chunks.end() && chunk->first < chunkNumber)
            ++chunk;
        Counts counts;
        if (chunk != m_chunks.end() && chunk->first == chunkNumber)
            counts = chunk->second[size_t(bucket % ChunkBuckets)];
        rates.startNs.append(bucketStartNs(bucket));
        rates.inPerSecond.append(perSecond(counts.in));
        rates.outPerSecond.append(perSecond(counts.out));
    }
    return rates;
}

RateSeries::Rates RateSeries::window(const SessionClock &clock, qint64 spanNs) const
{
    if (spanNs <= 0)
        return {};
    const qint64 nowNs = clock.nowNs();
    constexpr qint64 earliest = std::numeric_limits<qint64>::min();
    const qint64 fromNs = nowNs < earliest + spanNs ? earliest : nowNs - spanNs;
    return range(bucketOf(fromNs), bucketOf(nowNs) - 1);
}
