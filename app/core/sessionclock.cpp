// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionclock.h"

SessionClock::SessionClock()
    : m_startedAt(QDateTime::currentDateTimeUtc())
{
    m_elapsed.start();
}

qint64 SessionClock::nowNs() const
{
    return m_elapsed.nsecsElapsed();
}
