// SPDX-License-Identifier: GPL-3.0-or-later
#include "udppinger.h"

#include "session.h"
#include "workbench.h"

#include <QTimer>

#include <algorithm>

UdpPinger::UdpPinger(Workbench &workbench, ConnectionId socket, const QHostAddress &address, quint16 port,
                     int count, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_socket(socket)
    , m_address(address)
    , m_port(port)
    , m_count(count)
    , m_timeoutMs(timeoutMs)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &UdpPinger::timedOut);
}

void UdpPinger::start()
{
    if (m_sequence == 0)
        sendNext();
}

void UdpPinger::sendNext()
{
    if (m_sequence >= m_count) {
        m_finished = true;
        m_workbench.recordNote(m_socket, summary());
        return;
    }
    ++m_sequence;
    m_sentNs = -1;
    const qint64 now = m_workbench.session().clock().nowNs();
    m_workbench.sendTo(m_socket, m_address, m_port, QStringLiteral("PING %1 %2").arg(m_sequence).arg(now).toLatin1());
    m_timeout->start(m_timeoutMs);
}

void UdpPinger::timedOut()
{
    ++m_lost;
    m_workbench.recordNote(m_peerRow ? m_peerRow : m_socket,
                           tr("ping %1: no reply within %2 s: counted as lost").arg(m_sequence).arg(m_timeoutMs / 1000.0));
    sendNext();
}

int UdpPinger::sequenceOf(const QByteArray &payload)
{
    const QList<QByteArray> fields = payload.split(' ');
    bool ok = false;
    const int sequence = fields.size() == 3 && fields.at(0) == "PING" ? fields.at(1).toInt(&ok) : -1;
    return ok ? sequence : -1;
}

void UdpPinger::observe(const TrafficEvent &event, const QByteArray &payload)
{
    if (m_finished || m_sequence == 0 || sequenceOf(payload) != m_sequence)
        return;
    if (event.kind == EventKind::Sent) {
        m_sentNs = event.timeNs;
        m_peerRow = event.connection;
    } else if (event.kind == EventKind::Received && m_sentNs >= 0 && m_timeout->isActive()) {
        // A late echo of a ping already counted as lost has another sequence number: ignored.
        m_timeout->stop();
        m_rttsNs << event.timeNs - m_sentNs;
        sendNext();
    }
}

QString UdpPinger::summary() const
{
    const int answered = int(m_rttsNs.size());
    const int sent = answered + m_lost;
    const QString loss = tr("%1 pings: %2 answered, %3 lost (%4 %)")
                             .arg(sent)
                             .arg(answered)
                             .arg(m_lost)
                             .arg(sent > 0 ? qRound(100.0 * m_lost / sent) : 0);
    if (m_rttsNs.isEmpty())
        return loss + tr("; no reply, so no round-trip time");
    const auto [min, max] = std::minmax_element(m_rttsNs.cbegin(), m_rttsNs.cend());
    qint64 total = 0;
    for (qint64 rtt : m_rttsNs)
        total += rtt;
    const auto ms = [](double ns) { return QString::number(ns / 1e6, 'f', 3); };
    return loss + tr("; RTT min/avg/max %1/%2/%3 ms").arg(ms(double(*min)), ms(double(total) / answered), ms(double(*max)));
}
