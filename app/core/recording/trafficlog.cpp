// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficlog.h"

#include "journal.h"

#include <QAbstractEventDispatcher>
#include <QThread>

TrafficLog::TrafficLog(const Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_chunks(std::make_unique<std::array<std::atomic<TrafficEvent *>, MaxChunks>>())
{
    for (auto &chunk : *m_chunks)
        chunk.store(nullptr, std::memory_order_relaxed);
}

TrafficLog::~TrafficLog()
{
    for (auto &chunk : *m_chunks)
        delete[] chunk.load(std::memory_order_relaxed);
}

const TrafficEvent &TrafficLog::event(qint64 index) const
{
    Q_ASSERT(index >= 0 && index < count());
    TrafficEvent *chunk = (*m_chunks)[size_t(index >> ChunkBits)].load(std::memory_order_acquire);
    return chunk[index & (ChunkSize - 1)];
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

qint64 TrafficLog::append(const TrafficEvent &event)
{
    const qint64 index = m_count.load(std::memory_order_relaxed);
    const size_t chunkIndex = size_t(index >> ChunkBits);
    Q_ASSERT(chunkIndex < size_t(MaxChunks));
    TrafficEvent *chunk = (*m_chunks)[chunkIndex].load(std::memory_order_relaxed);
    if (!chunk) {
        chunk = new TrafficEvent[ChunkSize];
        (*m_chunks)[chunkIndex].store(chunk, std::memory_order_release);
    }
    chunk[index & (ChunkSize - 1)] = event;
    m_count.store(index + 1, std::memory_order_release);

    if (!m_announcePending.exchange(true, std::memory_order_acq_rel))
        announceSoon();
    else if (m_deferred && ++m_deferredAppends >= MaxDeferredAppends)
        postDeferred();
    return index;
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
        m_writerFinished = connect(writer, &QThread::finished, this, &TrafficLog::postDeferred, Qt::DirectConnection);
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
    m_deferred = false;
    QMetaObject::invokeMethod(this, &TrafficLog::announce, Qt::QueuedConnection);
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
