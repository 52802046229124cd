// SPDX-License-Identifier: GPL-3.0-or-later
#include "repeatedsend.h"

#include "transport.h"

RepeatedSend::RepeatedSend(Transport *transport, const QByteArray &bytes, int count, int intervalMs,
                           std::function<bool()> mustWait)
    : QObject(transport)
    , m_transport(transport)
    , m_bytes(bytes)
    , m_remaining(count)
    , m_intervalMs(qMax(intervalMs, 0))
    , m_mustWait(std::move(mustWait))
{
    // Restarted after each send rather than periodic: after a stall (a busy event loop), a
    // periodic timer catches up in a burst, and "every T ms" would not hold.
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RepeatedSend::tick);
}

void RepeatedSend::start()
{
    if (m_remaining > 0)
        m_timer.start(m_intervalMs);
}

void RepeatedSend::stop()
{
    m_timer.stop();
    m_remaining = 0;
}

void RepeatedSend::tick()
{
    if (m_mustWait()) {
        m_timer.start(qMax(m_intervalMs, BlockedPollMs));
        return;
    }
    // Backpressure: while the kernel takes nothing (the peer's window is closed), queueing more
    // would record Sent for bytes that are not moving. Wait, and say so once.
    const qint64 queued = m_transport->bytesToWrite();
    if (queued > (m_blocked ? ResumeQueuedBytes : MaxQueuedBytes)) {
        if (!m_blocked) {
            m_blocked = true;
            Q_EMIT blocked(queued);
        }
        m_timer.start(qMax(m_intervalMs, BlockedPollMs));
        return;
    }
    if (m_blocked) {
        m_blocked = false;
        Q_EMIT resumed();
    }
    --m_remaining;
    Q_EMIT due(m_bytes);   // may stop this repeat (the connection closed)
    if (m_remaining <= 0)
        Q_EMIT finished();
    else
        m_timer.start(m_intervalMs);
}
