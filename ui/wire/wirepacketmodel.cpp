// SPDX-License-Identifier: GPL-3.0-or-later
#include "wirepacketmodel.h"

#include "connectioncolours.h"
#include "packetdecoder.h"
#include "session.h"

#include <QApplication>
#include <QPalette>
#include <QTimer>

#include <algorithm>

WirePacketModel::WirePacketModel(const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_flushTimer(new QTimer(this))
    , m_names(session.connections())
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(FlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &WirePacketModel::flush);
    // Emitted on the network thread (or the loader's): queued to here, then batched.
    connect(
        &session.wire(), &WireLog::appended, this,
        [this] {
            if (!m_flushTimer->isActive())
                m_flushTimer->start();
        },
        Qt::QueuedConnection);
    flush();
}

void WirePacketModel::addNewPackets()
{
    const qint64 known = m_numbers.size();
    const QList<WirePacket> added = m_session.wire().range(known, m_session.wire().count() - known);
    for (const WirePacket &wire : added) {
        const qint64 index = m_numbers.size();
        m_numbers.append(
            m_flows.next(wire.connection, wire.direction, PacketDecoder::decode(wire.packet)));
        if (m_connection == 0 || wire.connection == m_connection)
            m_rows.append(index);
    }
}

void WirePacketModel::flush()
{
    addNewPackets();
    // A QAbstractItemModel row count is an int: past 2^31 packets the view stops growing.
    const int available = int(qMin<qsizetype>(m_rows.size(), std::numeric_limits<int>::max()));
    if (available <= m_shownRows)
        return;
    beginInsertRows({}, m_shownRows, available - 1);
    m_shownRows = available;
    endInsertRows();
}

void WirePacketModel::setConnection(ConnectionId id)
{
    if (id == m_connection)
        return;
    beginResetModel();
    m_connection = id;
    addNewPackets();
    m_rows.clear();
    const QList<WirePacket> all = m_session.wire().range(0, m_numbers.size());
    for (qsizetype index = 0; index < all.size(); ++index)
        if (id == 0 || all.at(index).connection == id)
            m_rows.append(index);
    m_shownRows = int(qMin<qsizetype>(m_rows.size(), std::numeric_limits<int>::max()));
    endResetModel();
}

int WirePacketModel::rowOf(qint64 packet) const
{
    const auto shown = m_rows.cbegin() + m_shownRows;
    const auto it = std::lower_bound(m_rows.cbegin(), shown, packet);
    return it != shown && *it == packet ? int(it - m_rows.cbegin()) : -1;
}

void WirePacketModel::setLinkedPackets(const QList<qint64> &packets)
{
    const QSet<qint64> linked(packets.cbegin(), packets.cend());
    if (linked == m_linked)
        return;
    QSet<qint64> changed = m_linked;
    changed.unite(linked);
    m_linked = linked;
    for (qint64 packet : std::as_const(changed)) {
        const int row = rowOf(packet);
        if (row >= 0)
            Q_EMIT dataChanged(
                index(row, 0), index(row, ColumnCount - 1), { Qt::BackgroundRole, LinkedRole });
    }
}

QList<qint64> WirePacketModel::linkedPackets() const
{
    QList<qint64> packets(m_linked.cbegin(), m_linked.cend());
    std::sort(packets.begin(), packets.end());
    return packets;
}

int WirePacketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shownRows;
}

int WirePacketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// For UDP, and for what is not TCP: the IP header's fields, which are all there is to see.
QString ipFields(const DecodedPacket &packet)
{
    QString text = packet.ipVersion == 4
        ? WirePacketModel::tr("IPv4, TTL %1, ID 0x%2")
              .arg(packet.ttl)
              .arg(packet.ipId, 4, 16, QLatin1Char('0'))
        : WirePacketModel::tr("IPv6, hop limit %1").arg(packet.ttl);
    return text
        + QStringLiteral(", %1 → %2").arg(packet.source.toString(), packet.destination.toString());
}

} // namespace

QVariant WirePacketModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shownRows)
        return {};
    const qint64 packetIndex = m_rows.at(index.row());
    if (role == PacketIndexRole)
        return packetIndex;
    if (role == LinkedRole)
        return m_linked.contains(packetIndex);
    const WirePacket wire = m_session.wire().at(packetIndex);
    if (role == ConnectionIdRole)
        return wire.connection;
    const bool out = wire.direction == WireDirection::Out;
    switch (role) {
    case Qt::DisplayRole: {
        const TcpFlowTracker::Numbers &numbers = m_numbers.at(packetIndex);
        const DecodedPacket packet = PacketDecoder::decode(wire.packet);
        const bool tcp = packet.valid && packet.transport == DecodedPacket::Tcp;
        switch (index.column()) {
        case TimeColumn: return QString::number(double(wire.timeNs) / 1e9, 'f', 6);
        case ConnectionColumn: return m_names.of(wire.connection);
        case DirectionColumn: return out ? tr("→ out") : tr("← in");
        case FlagsColumn:
            if (!packet.valid)
                return tr("?");
            return tcp ? packet.flagNames() : tr("UDP");
        case SeqColumn: return tcp ? QVariant(numbers.seq) : QVariant();
        case AckColumn: return tcp && numbers.ackKnown ? QVariant(numbers.ack) : QVariant();
        case WindowColumn:
            if (!tcp)
                return {};
            return numbers.scaleKnown ? QString::number(numbers.window)
                                      : tr("%1 ×?").arg(numbers.window);
        case LengthColumn: return packet.valid ? QVariant(packet.payloadLength) : QVariant();
        case DetailsColumn:
            if (!packet.valid)
                return packet.problem;
            return tcp ? packet.optionText() : ipFields(packet);
        }
        break;
    }
    case Qt::ToolTipRole: {
        const DecodedPacket packet = PacketDecoder::decode(wire.packet);
        if (!packet.valid)
            return packet.problem;
        QString tip = QStringLiteral("%1:%2 → %3:%4\n")
                          .arg(packet.source.toString())
                          .arg(packet.sourcePort)
                          .arg(packet.destination.toString())
                          .arg(packet.destinationPort)
            + ipFields(packet);
        if (index.column() == WindowColumn && !m_numbers.at(packetIndex).scaleKnown)
            tip += QLatin1Char('\n')
                + tr("The window as sent: its scale is announced in the SYNs, which the capture "
                     "did not see.");
        return tip;
    }
    case Qt::ForegroundRole: {
        const QPalette palette = QApplication::palette();
        if (index.column() == ConnectionColumn)
            return ConnectionColours::forConnection(wire.connection, palette);
        if (index.column() == DirectionColumn)
            return ConnectionColours::forDirection(out ? Direction::Out : Direction::In, palette);
        break;
    }
    case Qt::BackgroundRole:
        if (m_linked.contains(packetIndex))
            return ConnectionColours::linkedBackground(QApplication::palette());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= SeqColumn && index.column() <= LengthColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == TimeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant WirePacketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time (s)");
    case ConnectionColumn: return tr("Connection");
    case DirectionColumn: return tr("Direction");
    case FlagsColumn: return tr("Flags");
    case SeqColumn: return tr("Seq");
    case AckColumn: return tr("Ack");
    case WindowColumn: return tr("Window");
    case LengthColumn: return tr("Length");
    case DetailsColumn: return tr("Options");
    }
    return {};
}
