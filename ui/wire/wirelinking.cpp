// SPDX-License-Identifier: GPL-3.0-or-later
#include "wirelinking.h"

#include "bytelogfilter.h"
#include "bytelogmodel.h"
#include "bytelogview.h"
#include "logpane.h"
#include "wirepane.h"

#include <QItemSelectionModel>

#include <algorithm>

namespace {

QList<qint64> sortedUnique(QList<qint64> indexes)
{
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    return indexes;
}

} // namespace

WireLinking::WireLinking(const Session &session, LogPane &log, WirePane &wire, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_log(log)
    , m_wire(wire)
{
    connect(log.view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &WireLinking::logSelectionChanged);
    connect(&wire, &WirePane::packetsSelected, this, &WireLinking::packetsSelected);
}

void WireLinking::logSelectionChanged()
{
    m_link.update(m_session);
    QList<qint64> packets;
    const QModelIndexList rows = m_log.view()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        packets += m_link.segmentsOf(row.data(ByteLogModel::EventIndexRole).toLongLong());
    m_wire.setLinkedPackets(sortedUnique(packets));
    m_log.model()->setLinkedEvents({}); // one link shown at a time: from the view last clicked
}

void WireLinking::packetsSelected(const QList<qint64> &packets)
{
    m_link.update(m_session);
    QList<qint64> events;
    for (qint64 packet : packets)
        events += m_link.callsOf(packet);
    events = sortedUnique(events);
    m_log.model()->setLinkedEvents(events);
    m_wire.setLinkedPackets({});
    // Bring the first into view: where the segment's bytes start in what the application did.
    if (!events.isEmpty() && events.first() < m_log.model()->rowCount()) {
        const QModelIndex row
            = m_log.filter()->mapFromSource(m_log.model()->index(int(events.first()), 0));
        if (row.isValid())
            m_log.view()->scrollTo(row);
    }
}
