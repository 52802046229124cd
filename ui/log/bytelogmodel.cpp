// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytelogmodel.h"

#include "byteformat.h"
#include "connectioncolours.h"
#include "eventdescription.h"
#include "session.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <QTimer>

#include <algorithm>

ByteLogModel::ByteLogModel(const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_flushTimer(new QTimer(this))
    , m_names(session.connections())
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(FlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &ByteLogModel::flush);
    connect(&session.log(), &TrafficLog::appended, this, [this] {
        if (!m_flushTimer->isActive())
            m_flushTimer->start();
    });
    flush();
}

void ByteLogModel::flush()
{
    // A QAbstractItemModel row count is an int: past 2^31 events the view stops growing.
    const int available = int(qMin<qint64>(m_session.log().count(), std::numeric_limits<int>::max()));
    if (available <= m_rows)
        return;
    const int first = m_rows;
    beginInsertRows({}, m_rows, available - 1);
    m_rows = available;
    endInsertRows();
    // Only the new rows can hold a newer chunk: the scan stops at the first data row from the end.
    for (int row = available - 1; row >= first; --row) {
        if (!isData(m_session.log().event(row).kind))
            continue;
        const int previous = m_newestDataRow;
        m_newestDataRow = row;
        if (m_highlightNewest) {
            if (previous >= 0)
                Q_EMIT dataChanged(index(previous, 0), index(previous, ColumnCount - 1), {Qt::BackgroundRole});
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::BackgroundRole});
        }
        break;
    }
}

void ByteLogModel::setHighlightNewest(bool on)
{
    if (m_highlightNewest == on)
        return;
    m_highlightNewest = on;
    if (m_newestDataRow >= 0)
        Q_EMIT dataChanged(index(m_newestDataRow, 0), index(m_newestDataRow, ColumnCount - 1), {Qt::BackgroundRole});
}

void ByteLogModel::setLinkedEvents(const QList<qint64> &events)
{
    const QSet<qint64> linked(events.cbegin(), events.cend());
    if (linked == m_linked)
        return;
    QSet<qint64> changed = m_linked;
    changed.unite(linked);
    m_linked = linked;
    for (qint64 row : std::as_const(changed))
        if (row >= 0 && row < m_rows)
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1), {Qt::BackgroundRole, LinkedRole});
}

QList<qint64> ByteLogModel::linkedEvents() const
{
    QList<qint64> events(m_linked.cbegin(), m_linked.cend());
    std::sort(events.begin(), events.end());
    return events;
}

int ByteLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ByteLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ByteLogModel::timeText(qint64 timeNs) const
{
    if (m_timeFormat == TimeFormat::WallClock) {
        const QDateTime at = m_session.clock().startedAt().addMSecs(timeNs / 1000000).toLocalTime();
        return at.toString(QStringLiteral("HH:mm:ss.zzz"));
    }
    return QString::number(double(timeNs) / 1e9, 'f', 6);
}

QVariant ByteLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const TrafficLog &log = m_session.log();
    const TrafficEvent &event = log.event(index.row());
    const Direction direction = directionOf(event.kind);

    switch (role) {
    case EventIndexRole: return qint64(index.row());
    case ConnectionIdRole: return event.connection;
    case KindRole: return int(event.kind);
    case DirectionRole: return int(direction);
    case LinkedRole: return m_linked.contains(index.row());
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return timeText(event.timeNs);
        case ConnectionColumn: return m_names.of(event.connection);
        case DirectionColumn:
            if (direction == Direction::In)
                return tr("← in");
            if (direction == Direction::Out)
                return tr("→ out");
            return eventKindLabel(event.kind);
        case LengthColumn: return isData(event.kind) ? QVariant(qulonglong(event.payloadLength)) : QVariant();
        case PreviewColumn:
            if (isData(event.kind))
                return escapeBytes(log.payloadPrefix(event, PreviewBytes + 1), PreviewBytes);
            return log.detailText(event);
        }
        break;
    case Qt::ToolTipRole: {
        // The whole event on every column: the row cuts its text to fit.
        QString tip = EventDescription::of(m_session, index.row(), ToolTipBytes).toPlainText();
        if (index.column() == DirectionColumn && direction != Direction::None)
            tip.prepend((direction == Direction::In ? tr("received: read() returned these bytes")
                                                    : tr("sent: write() was called with these bytes"))
                + QLatin1Char('\n'));
        return tip + QStringLiteral("\n\n") + tr("Double-click or Enter: the event in a window of its own");
    }
    case Qt::ForegroundRole: {
        const QPalette palette = QApplication::palette();
        if (index.column() == ConnectionColumn)
            return ConnectionColours::forConnection(event.connection, palette);
        if (index.column() == DirectionColumn || (index.column() == PreviewColumn && isData(event.kind)))
            return ConnectionColours::forDirection(direction, palette);
        if (!isData(event.kind) && index.column() == PreviewColumn)
            return event.kind == EventKind::Error || event.kind == EventKind::ListenFailed
                ? QColor(0xD55E00) : palette.color(QPalette::PlaceholderText);
        break;
    }
    case Qt::DecorationRole:
        if (index.column() == ConnectionColumn)
            return ConnectionColours::markerFor(event.connection, QApplication::palette());
        break;
    case Qt::BackgroundRole:
        if (m_highlightNewest && index.row() == m_newestDataRow) {
            // Amber, light on a light palette and dark on a dark one: the text colours stay readable.
            return ConnectionColours::isDark(QApplication::palette()) ? QColor(0x5A4500) : QColor(0xFFE08A);
        }
        if (m_linked.contains(index.row()))
            return ConnectionColours::linkedBackground(QApplication::palette());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LengthColumn || index.column() == TimeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == DirectionColumn)
            return QVariant(Qt::AlignCenter);
        break;
    }
    return {};
}

QVariant ByteLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return m_timeFormat == TimeFormat::WallClock ? tr("Time") : tr("Time (s)");
    case ConnectionColumn: return tr("Connection");
    case DirectionColumn: return tr("Event");
    case LengthColumn: return tr("Length");
    case PreviewColumn: return tr("Preview");
    }
    return {};
}

void ByteLogModel::setTimeFormat(TimeFormat format)
{
    if (format == m_timeFormat)
        return;
    m_timeFormat = format;
    Q_EMIT headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, TimeColumn), index(m_rows - 1, TimeColumn), {Qt::DisplayRole});
}
