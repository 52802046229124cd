// SPDX-License-Identifier: GPL-3.0-or-later
#include "heartbeat.h"

#include "benchsupport.h"

#include <QTimer>

#include <algorithm>

Heartbeat::Heartbeat(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &Heartbeat::tick);
}

void Heartbeat::start()
{
    m_delaysMs.clear();
    m_lastNs = Bench::monotonicNs();
    m_timer->start();
}

void Heartbeat::stop()
{
    m_timer->stop();
}

void Heartbeat::tick()
{
    const qint64 now = Bench::monotonicNs();
    m_delaysMs << qMax(0.0, double(now - m_lastNs) / 1e6 - IntervalMs);
    m_lastNs = now;
}

double Heartbeat::percentile(double fraction) const
{
    return Bench::percentile(m_delaysMs, fraction);
}

double Heartbeat::maximum() const
{
    return m_delaysMs.isEmpty() ? 0 : *std::max_element(m_delaysMs.cbegin(), m_delaysMs.cend());
}
