// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficlog.h"

#include "journal.h"

#include <QAbstractEventDispatcher>
#include <QThread>
#include <QTimer>

#include <chrono>

TrafficLog::TrafficLog(const Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_chunks(std::make_unique<std::array<std::atomic<Stored *>, MaxChunks>>())
{
    for (auto &chunk : *m_chunks)
        chunk.store(nullptr, std::memory_order_relaxed);
}

TrafficLog::~TrafficLog()
{
    if (m_holdTimer)
        m_holdTimer->deleteLater();   // in its own thread, which is still running
    for (auto &chunk : *m_chunks)
        delete[] chunk.load(std::memory_order_relaxed);
}

namespace {

constexpr int KindBits = 8;
constexpr int OffsetBits = 48;
constexpr quint64 OffsetMask = (quint64(1) << OffsetBits) - 1;

} // namespace

static_assert(sizeof(TrafficLog::Stored) == 24);

TrafficEvent TrafficLog::event(qint64 index) const
{
    Q_ASSERT(index >= 0 && index < count());
    const Stored *chunk = (*m_chunks)[size_t(index >> ChunkBits)].load(std::memory_order_acquire);
    const Stored &stored = chunk[index & (ChunkSize - 1)];
    TrafficEvent event;
    event.timeNs = qint64(stored.timeAndKind) >> KindBits;   // arithmetic: keeps the sign
    event.kind = EventKind(quint8(stored.timeAndKind));
    event.payloadOffset = stored.offsetAndFacts & OffsetMask;
    event.facts.error = ErrorCode(quint8(stored.offsetAndFacts >> OffsetBits));
    event.facts.close = CloseKind((stored.offsetAndFacts >> (OffsetBits + 8)) & 0xf);
    event.facts.by = CloseSide(stored.offsetAndFacts >> (OffsetBits + 12));
    event.payloadLength = stored.payloadLength;
    event.connection = stored.connection;
    return event;
}

QByteArray TrafficLog::payload(const TrafficEvent &event) const
{
    return m_journal.read(event.payloadOffset, event.payloadLength);
}

QByteArray TrafficLog::payloadPrefix(const TrafficEvent &event, int maxBytes) const
{
    QByteArray bytes;
    payloadPrefix(event, maxBytes, bytes);
    return bytes;
}

void TrafficLog::payloadPrefix(const TrafficEvent &event, int maxBytes, QByteArray &bytes) const
{
    m_journal.read(event.payloadOffset, qMin(event.payloadLength, quint32(qMax(maxBytes, 0))), bytes);
}

QString TrafficLog::detailText(const TrafficEvent &event) const
{
    return isData(event.kind) ? QString() : QString::fromUtf8(payload(event));
}

void TrafficLog::store(qint64 index, const TrafficEvent &event)
{
    const size_t chunkIndex = size_t(index >> ChunkBits);
    Q_ASSERT(chunkIndex < size_t(MaxChunks));
    Stored *chunk = (*m_chunks)[chunkIndex].load(std::memory_order_relaxed);
    if (!chunk) {
        chunk = new Stored[ChunkSize];
        (*m_chunks)[chunkIndex].store(chunk, std::memory_order_release);
    }
    Q_ASSERT(quint8(event.facts.close) <= 0xf && quint8(event.facts.by) <= 0xf);
    chunk[index & (ChunkSize - 1)] = {
        (quint64(event.timeNs) << KindBits) | quint8(event.kind),
        (event.payloadOffset & OffsetMask) | (quint64(quint8(event.facts.error)) << OffsetBits)
            | (quint64(quint8(event.facts.close) & 0xf) << (OffsetBits + 8))
            | (quint64(quint8(event.facts.by) & 0xf) << (OffsetBits + 12)),
        event.payloadLength, event.connection };
}

qint64 TrafficLog::append(const TrafficEvent &event)
{
    const qint64 index = m_count.load(std::memory_order_relaxed);
    store(index, event);
    m_count.store(index + 1, std::memory_order_release);
    published(1);
    return index;
}

void TrafficLog::append(const TrafficEvent *events, int count)
{
    if (count <= 0)
        return;
    const qint64 first = m_count.load(std::memory_order_relaxed);
    for (int i = 0; i < count; ++i)
        store(first + i, events[i]);
    m_count.store(first + count, std::memory_order_release);
    published(count);
}

void TrafficLog::published(int count)
{
    if (!m_announcePending.exchange(true, std::memory_order_acq_rel))
        announceSoon();
    else if (m_deferred && (m_deferredAppends += count) >= MaxDeferredAppends)
        postDeferred();
}

// Posting the announcement wakes the log's thread (the GUI) at once, and a woken thread on a busy
// machine preempts the writer (the network thread): one wake-up and two context switches per
// event, which made a responder answering small requests ten times slower than a bare server.
// From another thread with an event loop the announcement is posted when that loop is about to
// wait, so all the events of one loop iteration (every read that was ready) cost one wake-up.
void TrafficLog::announceSoon()
{
    QThread *writer = QThread::currentThread();
    // A thread that is not in its event loop (a plain loop of appends) would never say it waits.
    QAbstractEventDispatcher *dispatcher = writer == thread() || writer->loopLevel() == 0
                                               ? nullptr
                                               : QAbstractEventDispatcher::instance(writer);
    if (!dispatcher) {
        QMetaObject::invokeMethod(this, &TrafficLog::announce, Qt::QueuedConnection);
        return;
    }
    if (dispatcher != m_writerDispatcher) {
        disconnect(m_aboutToBlock);
        m_writerDispatcher = dispatcher;
        m_aboutToBlock = connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this,
                                 &TrafficLog::postDeferred, Qt::DirectConnection);
        // The last events of a thread that ends (its connections closing) are announced too.
        disconnect(m_writerFinished);
        m_writerFinished = connect(writer, &QThread::finished, this, &TrafficLog::writerFinished, Qt::DirectConnection);
        // Created here, so it belongs to the writer's thread (no parent: the log is not there).
        delete m_holdTimer;
        m_holdTimer = new QTimer;
        m_holdTimer->setSingleShot(true);
        connect(m_holdTimer, &QTimer::timeout, this, &TrafficLog::postDeferredNow, Qt::DirectConnection);
    }
    m_deferred = true;
    m_deferredAppends = 0;
}

// In the writer's thread. A loop that never waits (always more to do) still announces every
// MaxDeferredAppends events.
void TrafficLog::postDeferred()
{
    if (!m_deferred)
        return;
    const qint64 now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                           std::chrono::steady_clock::now().time_since_epoch()).count();
    const qint64 waitNs = m_lastPostNs + qint64(MinAnnounceIntervalMs) * 1000000 - now;
    if (waitNs > 0 && m_holdTimer) {
        // Posted when the interval is over, whether or not the loop turns again before.
        if (!m_holdTimer->isActive())
            m_holdTimer->start(int(waitNs / 1000000) + 1);
        m_deferredAppends = 0;
        return;
    }
    postDeferredNow();
}

void TrafficLog::postDeferredNow()
{
    if (!m_deferred)
        return;
    m_deferred = false;
    m_lastPostNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                       std::chrono::steady_clock::now().time_since_epoch()).count();
    QMetaObject::invokeMethod(this, &TrafficLog::announce, Qt::QueuedConnection);
}

// In the writer's thread, as it ends: what waits is announced now, and the hold timer goes with
// the thread (a writer that starts again gets a new one).
void TrafficLog::writerFinished()
{
    postDeferredNow();
    delete m_holdTimer;
    m_holdTimer = nullptr;
    disconnect(m_aboutToBlock);
    disconnect(m_writerFinished);
    m_writerDispatcher = nullptr;
}

void TrafficLog::announce()
{
    // Cleared before reading the count: an append after this point queues a new announcement.
    // A read-modify-write, not a plain store: either it reads the flag set by an append (and,
    // acquiring it, then sees that append's count), or the append sees it cleared and queues
    // anew. A plain store could be ordered after the count load (x86 too) and lose the last
    // announcement.
    m_announcePending.exchange(false, std::memory_order_acq_rel);
    const qint64 last = count() - 1;
    if (last < m_announced)
        return;
    const qint64 first = m_announced;
    m_announced = last + 1;
    Q_EMIT appended(first, last);
}
