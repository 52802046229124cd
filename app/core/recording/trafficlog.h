// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trafficevent.h"

#include <QObject>

#include <array>
#include <atomic>
#include <memory>

class Journal;
class QAbstractEventDispatcher;
class QTimer;

// The session's events, append-only, in fixed-size chunks that never move.
//
// One thread (the network thread) appends; any thread reads. A reader sees every event with
// an index below count(): the count is published with release ordering after the event is
// stored, so the lock-free read of an index below it is safe. appended(first, last) is emitted
// in the log's own thread, coalesced: at most one notification is queued at a time, however
// fast events arrive, and an appending thread with an event loop queues it when that loop is
// about to wait (once per loop iteration, not once per event).
class TrafficLog : public QObject
{
    Q_OBJECT

public:
    // Payload bytes are read from the journal; the log never copies them.
    explicit TrafficLog(const Journal &journal, QObject *parent = nullptr);
    ~TrafficLog() override;

    qint64 count() const { return m_count.load(std::memory_order_acquire); }
    TrafficEvent event(qint64 index) const;

    QByteArray payload(const TrafficEvent &event) const;
    QByteArray payloadPrefix(const TrafficEvent &event, int maxBytes) const;
    // The same into `bytes`, reusing its allocation (a search through every event).
    void payloadPrefix(const TrafficEvent &event, int maxBytes, QByteArray &bytes) const;
    QString detailText(const TrafficEvent &event) const;   // the payload of a non-data event

    // Writer side: one thread only.
    qint64 append(const TrafficEvent &event);
    // Events in order, published together (readers see all of them or none): one count
    // store and one announcement check for the lot.
    void append(const TrafficEvent *events, int count);

    // What the log keeps per event (24 bytes, a TrafficEvent is 32): the time in 56 bits (417
    // days of session), the kind beside it; the payload's offset in 48 bits (a 256 TiB
    // journal) with the facts beside it. Millions of datagrams are millions of events.
    struct Stored
    {
        quint64 timeAndKind;
        quint64 offsetAndFacts;
        quint32 payloadLength;
        ConnectionId connection;
    };

Q_SIGNALS:
    void appended(qint64 first, qint64 last);

private:
    void store(qint64 index, const TrafficEvent &event);
    void published(int count);   // count events were stored
    void announce();
    void announceSoon();
    void postDeferred();      // at most every MinAnnounceIntervalMs; the hold timer posts the rest
    void postDeferredNow();
    void writerFinished();

    static constexpr int MaxDeferredAppends = 4096;
    // From a writer with an event loop, at most one wake-up of the log's thread per this many ms:
    // a flood of small datagrams turns the network loop over tens of thousands of times a second,
    // and the views read the log at 30 Hz anyway.
    static constexpr int MinAnnounceIntervalMs = 4;

    static constexpr int ChunkBits = 16;
    static constexpr qint64 ChunkSize = qint64(1) << ChunkBits;
    static constexpr int MaxChunks = 1 << 16;   // 2^32 events

    const Journal &m_journal;
    std::unique_ptr<std::array<std::atomic<Stored *>, MaxChunks>> m_chunks;
    std::atomic<qint64> m_count{0};
    std::atomic<bool> m_announcePending{false};
    qint64 m_announced = 0;   // touched only in the log's thread
    // Touched only in the writer's thread.
    QAbstractEventDispatcher *m_writerDispatcher = nullptr;
    QMetaObject::Connection m_aboutToBlock;
    QMetaObject::Connection m_writerFinished;
    bool m_deferred = false;
    int m_deferredAppends = 0;
    qint64 m_lastPostNs = 0;          // steady clock, when the last announcement was posted
    QTimer *m_holdTimer = nullptr;    // lives in the writer's thread, deleted when it finishes
};
