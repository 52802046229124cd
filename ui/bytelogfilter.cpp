// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytelogfilter.h"

#include "bytelogmodel.h"
#include "session.h"

ByteLogFilter::ByteLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);   // rows arrive in order and are never sorted
}

void ByteLogFilter::setConnection(ConnectionId id)
{
    if (id == m_connection)
        return;
    m_connection = id;
    invalidateFilter();
}

void ByteLogFilter::setDirection(DirectionFilter direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    invalidateFilter();
}

void ByteLogFilter::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool ByteLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const ByteLogModel *>(sourceModel());
    if (!model)
        return true;
    const TrafficLog &log = model->session().log();
    const TrafficEvent &event = log.event(sourceRow);
    if (m_connection != 0 && event.connection != m_connection) {
        // A listener's filter also shows the connections it accepted.
        const auto info = model->session().connections().find(event.connection);
        if (!info || info->parent != m_connection)
            return false;
    }
    const Direction direction = directionOf(event.kind);
    switch (m_direction) {
    case DirectionFilter::Any: break;
    case DirectionFilter::In: if (direction != Direction::In) return false; break;
    case DirectionFilter::Out: if (direction != Direction::Out) return false; break;
    case DirectionFilter::DataOnly: if (direction == Direction::None) return false; break;
    case DirectionFilter::EventsOnly: if (direction != Direction::None) return false; break;
    }
    if (m_text.isEmpty())
        return true;
    const QString haystack = isData(event.kind)
        ? QString::fromLatin1(log.payloadPrefix(event, SearchBytes))
        : log.detailText(event);
    return haystack.contains(m_text, Qt::CaseInsensitive);
}
