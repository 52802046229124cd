// SPDX-License-Identifier: GPL-3.0-or-later
#include "wirelog.h"

#include <QMutexLocker>

void WireLog::append(const WirePacket &packet)
{
    qint64 index = 0;
    {
        QMutexLocker lock(&m_mutex);
        index = m_packets.size();
        m_packets.append(packet);
    }
    Q_EMIT appended(index, index);
}

qint64 WireLog::count() const
{
    QMutexLocker lock(&m_mutex);
    return m_packets.size();
}

WirePacket WireLog::at(qint64 index) const
{
    QMutexLocker lock(&m_mutex);
    return index >= 0 && index < m_packets.size() ? m_packets.at(index) : WirePacket();
}

QList<WirePacket> WireLog::range(qint64 first, qint64 count) const
{
    QMutexLocker lock(&m_mutex);
    first = qBound<qint64>(0, first, m_packets.size());
    return m_packets.mid(first, qMin<qint64>(count, m_packets.size() - first));
}

void WireLog::setStatistics(const CaptureStatistics &statistics)
{
    {
        QMutexLocker lock(&m_mutex);
        m_statistics = statistics;
    }
    Q_EMIT statisticsChanged();
}

CaptureStatistics WireLog::statistics() const
{
    QMutexLocker lock(&m_mutex);
    return m_statistics;
}

void WireLog::setCapturing(bool capturing)
{
    QMutexLocker lock(&m_mutex);
    m_capturing = capturing;
}

bool WireLog::isCapturing() const
{
    QMutexLocker lock(&m_mutex);
    return m_capturing;
}

void WireLog::setProblem(const QString &problem)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_problem == problem)
            return;
        m_problem = problem;
    }
    Q_EMIT problemChanged(problem);
}

QString WireLog::problem() const
{
    QMutexLocker lock(&m_mutex);
    return m_problem;
}
