// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>

#include <atomic>

// Time since the session started, in nanoseconds, from a monotonic clock, plus the wall-clock
// time of the start so that views can show either. Virtual so tests can inject a clock that
// only moves when told to.
class SessionClock
{
public:
    SessionClock();
    virtual ~SessionClock() = default;

    virtual qint64 nowNs() const;
    QDateTime startedAt() const { return m_startedAt; }
    void setStartedAt(const QDateTime &startedAt) { m_startedAt = startedAt; }

    // A reopened session's time stands at its last event; the loader moves it forward as it
    // reads (from its own thread, hence atomic).
    void freezeAt(qint64 ns) { m_frozenNs.store(ns, std::memory_order_relaxed); }
    bool isFrozen() const { return m_frozenNs.load(std::memory_order_relaxed) >= 0; }

private:
    QElapsedTimer m_elapsed;
    QDateTime m_startedAt;
    std::atomic<qint64> m_frozenNs{-1};
};

// A clock for tests: time stands still until advance() is called.
class ManualClock : public SessionClock
{
public:
    qint64 nowNs() const override { return m_nowNs; }
    void advance(qint64 ns) { m_nowNs += ns; }
    void set(qint64 ns) { m_nowNs = ns; }

private:
    qint64 m_nowNs = 0;
};
