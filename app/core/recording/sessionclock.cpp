// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionclock.h"

SessionClock::SessionClock()
    : m_startedAt(QDateTime::currentDateTimeUtc())
{
    m_elapsed.start();
}

qint64 SessionClock::nowNs() const
{
    const qint64 frozen = m_frozenNs.load(std::memory_order_relaxed);
    return frozen >= 0 ? frozen : m_elapsed.nsecsElapsed();
}
