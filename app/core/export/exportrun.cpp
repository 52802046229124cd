// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportrun.h"

#include <cerrno>

#include "session.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportRun", text);
}

// Floor division: times before the start (there should be none) still format consistently.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

ExportRun::ExportRun(const Session &session, QIODevice &out, const ExportProgress &progress)
    : m_log(session.log())
    , m_wire(session.wire())
    , m_out(out)
    , m_progress(progress)
    , m_count(session.log().count())
    , m_wireCount(session.wire().count())
    , m_startedAt(session.clock().startedAt().toUTC())
{
    // The count is read first: every identity an event below it refers to was set before the
    // event was recorded, so the table copied now describes all of them.
    const QList<ConnectionInfo> table = session.connections().snapshot();
    m_connections.reserve(table.size());
    for (const ConnectionInfo &info : table)
        m_connections.insert(info.id, info);
}

TrafficEvent ExportRun::event(qint64 index) const
{
    return m_log.event(index);
}

WirePacket ExportRun::wirePacket(qint64 index) const
{
    return m_wire.at(index);
}

const ConnectionInfo *ExportRun::connection(ConnectionId id) const
{
    const auto it = m_connections.constFind(id);
    return it == m_connections.cend() ? nullptr : &*it;
}

QString ExportRun::connectionName(ConnectionId id) const
{
    const ConnectionInfo *info = connection(id);
    return info && !info->name.isEmpty() ? info->name : QStringLiteral("#%1").arg(id);
}

QList<ConnectionId> ExportRun::connectionsInRange() const
{
    QList<ConnectionId> ids;
    QSet<ConnectionId> seen;
    for (qint64 i = 0; i < m_count; ++i) {
        const ConnectionId id = m_log.event(i).connection;
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool ExportRun::readPayload(
    const TrafficEvent &event, quint64 from, quint32 length, QByteArray *bytes)
{
    if (failed())
        return false;
    TrafficEvent slice = event;
    slice.payloadOffset = event.payloadOffset + from;
    slice.payloadLength = length;
    *bytes = m_log.payload(slice);
    if (bytes->size() != qsizetype(length)) {
        fail(tr("Cannot read %1 payload bytes at offset %2 of the session journal")
                 .arg(length)
                 .arg(slice.payloadOffset));
        return false;
    }
    return true;
}

QString ExportRun::detailText(const TrafficEvent &event) const
{
    return m_log.detailText(event);
}

QString ExportRun::secondsText(qint64 ns, int decimals)
{
    decimals = std::clamp(decimals, 0, 9);
    qint64 unit = 1;
    for (int i = decimals; i < 9; ++i)
        unit *= 10;
    const qint64 ticks = floorDiv(ns, unit); // in units of 10^-decimals s
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 whole = floorDiv(ticks, scale);
    const qint64 fraction = ticks - whole * scale;
    if (decimals == 0)
        return QString::number(whole);
    return QStringLiteral("%1.%2").arg(whole).arg(fraction, decimals, 10, QLatin1Char('0'));
}

qint64 ExportRun::wallClockUs(qint64 ns) const
{
    return m_startedAt.toMSecsSinceEpoch() * 1000 + floorDiv(ns, 1000);
}

QString ExportRun::wallClockText(qint64 ns) const
{
    const qint64 us = wallClockUs(ns);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(floorDiv(us, 1000), Qt::UTC);
    const qint64 micro = us - floorDiv(us, 1000000) * 1000000;
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('.')
        + QStringLiteral("%1").arg(micro, 6, 10, QLatin1Char('0')) + QLatin1Char('Z');
}

bool ExportRun::write(const QByteArray &bytes)
{
    if (failed())
        return false;
    if (bytes.isEmpty())
        return true;
    errno = 0;
    if (m_out.write(bytes) != bytes.size()) {
        // A QSaveFile on a full disk says only "Unknown error"; the system's reason is in errno.
        const int systemError = errno;
        QString reason = m_out.errorString();
        if (systemError != 0 && (reason.isEmpty() || reason == QLatin1String("Unknown error")))
            reason = qt_error_string(systemError);
        fail(tr("Writing failed: %1").arg(reason));
        return false;
    }
    return true;
}

bool ExportRun::advance(qint64 done)
{
    if (failed())
        return false;
    if (m_progress && !m_progress(done, m_count)) {
        m_cancelled = true;
        fail(tr("The export was cancelled"));
        return false;
    }
    return true;
}

void ExportRun::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
}
