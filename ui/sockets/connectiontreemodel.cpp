// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontreemodel.h"

#include "byteformat.h"
#include "connectioncolours.h"
#include "multicastgroup.h"
#include "session.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <QStyle>
#include <QTimer>

#include <climits>

namespace {

// A listener bound to 0.0.0.0 or :: takes connections from any machine that can reach this one.
bool listensOnAllInterfaces(const ConnectionInfo &info)
{
    return info.isListener() && !info.localAddress.isNull()
        && (info.localAddress == QHostAddress::AnyIPv4 || info.localAddress == QHostAddress::AnyIPv6
            || info.localAddress == QHostAddress::Any);
}

} // namespace

ConnectionTreeModel::ConnectionTreeModel(const Session &session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
    , m_refreshTimer(new QTimer(this))
{
    connect(m_refreshTimer, &QTimer::timeout, this, &ConnectionTreeModel::refresh);
    m_refreshTimer->start(RefreshIntervalMs);
    refresh();
}

const QList<ConnectionId> &ConnectionTreeModel::siblingsOf(ConnectionId parent) const
{
    static const QList<ConnectionId> none;
    if (parent == 0)
        return m_topLevel;
    auto it = m_children.constFind(parent);
    return it == m_children.constEnd() ? none : *it;
}

const ConnectionInfo *ConnectionTreeModel::info(ConnectionId id) const
{
    auto it = m_infos.constFind(id);
    return it == m_infos.constEnd() ? nullptr : &*it;
}

const ConnectionInfo *ConnectionTreeModel::infoAt(const QModelIndex &index) const
{
    return index.isValid() ? info(ConnectionId(index.internalId())) : nullptr;
}

QModelIndex ConnectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<ConnectionId> &rows = siblingsOf(parent.isValid() ? ConnectionId(parent.internalId()) : 0);
    return row < rows.size() ? createIndex(row, column, quintptr(rows.at(row))) : QModelIndex();
}

QModelIndex ConnectionTreeModel::parent(const QModelIndex &child) const
{
    const ConnectionInfo *childInfo = infoAt(child);
    if (!childInfo || childInfo->parent == 0 || !m_infos.contains(childInfo->parent))
        return {};
    return indexOf(childInfo->parent);
}

QModelIndex ConnectionTreeModel::indexOf(ConnectionId id, int column) const
{
    const ConnectionInfo *found = info(id);
    if (!found)
        return {};
    const ConnectionId parentId = m_infos.contains(found->parent) ? found->parent : 0;
    const int row = int(siblingsOf(parentId).indexOf(id));
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(id));
}

int ConnectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(siblingsOf(parent.isValid() ? ConnectionId(parent.internalId()) : 0).size());
}

int ConnectionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

void ConnectionTreeModel::refresh()
{
    const quint64 version = m_session.connections().version();
    const bool tableChanged = version != m_seenVersion;
    if (tableChanged) {
        m_seenVersion = version;
        const QList<ConnectionInfo> all = m_session.connections().snapshot();
        for (const ConnectionInfo &latest : all) {
            auto existing = m_infos.find(latest.id);
            if (existing != m_infos.end()) {
                *existing = latest;
                continue;
            }
            // A parent always precedes its children in the table (ids grow), so it is here.
            const ConnectionId parentId = m_infos.contains(latest.parent) ? latest.parent : 0;
            const QModelIndex parentIndex = parentId ? indexOf(parentId) : QModelIndex();
            QList<ConnectionId> &rows = parentId ? m_children[parentId] : m_topLevel;
            beginInsertRows(parentIndex, int(rows.size()), int(rows.size()));
            m_infos.insert(latest.id, latest);
            rows.append(latest.id);
            endInsertRows();
        }
    }
    // Durations of open sockets move on even when nothing else did.
    const auto emitRowsChanged = [this, tableChanged](const QModelIndex &parent, auto &self) -> void {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, tableChanged ? 0 : DurationColumn, parent),
                           index(rows - 1, DurationColumn, parent));
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = index(row, 0, parent);
            if (rowCount(child) > 0)
                self(child, self);
        }
    };
    emitRowsChanged(QModelIndex(), emitRowsChanged);
}

// What a UDP socket's row says of its options beyond the defaults: ", broadcast allowed, member
// of 239.1.2.3 on lo".
static QString udpOptionsText(const UdpSocketOptions &udp)
{
    QString text;
    if (udp.broadcast)
        text += ConnectionTreeModel::tr(", broadcast allowed");
    QStringList groups;
    for (const QString &key : udp.multicastGroups) {
        QString ignored;
        const std::optional<MulticastGroup> group = MulticastGroup::parse(key, &ignored);
        groups << (group ? group->description() : key);
    }
    if (!groups.isEmpty())
        text += ConnectionTreeModel::tr(", member of %1").arg(groups.join(QStringLiteral(", ")));
    return text;
}

QVariant ConnectionTreeModel::data(const QModelIndex &index, int role) const
{
    const ConnectionInfo *info = infoAt(index);
    if (!info)
        return {};
    if (role == ConnectionIdRole)
        return info->id;
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return ConnectionColours::markerFor(info->id, QApplication::palette());
    // Safe by default: a listener reachable from other machines says so on its row.
    const bool listener = info->isListener();
    const bool exposed = listensOnAllInterfaces(*info) && info->state == ConnectionState::Listening;
    if (exposed && role == Qt::DecorationRole && index.column() == StateColumn)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (exposed && role == Qt::ToolTipRole)
        return tr("Reachable from other machines: this listener is bound to every network interface (%1), so "
                  "anyone who can reach this computer can connect. Listen on 127.0.0.1 or ::1 to keep it on "
                  "this computer.")
                   .arg(info->localAddress.toString())
            + (info->lastError.isEmpty() ? QString() : QStringLiteral("\n") + info->lastError);
    if (role == Qt::ToolTipRole && info->role == ConnectionRole::UdpPeer && info->lastDataNs >= 0)
        return tr("first seen at %1 s, last seen at %2 s; %3 datagram(s) in, %4 out")
            .arg(double(info->openedNs) / 1e9, 0, 'f', 3)
            .arg(double(info->lastDataNs) / 1e9, 0, 'f', 3)
            .arg(info->chunksIn)
            .arg(info->chunksOut);
    if (role == Qt::ToolTipRole && !info->lastError.isEmpty())
        return info->lastError;
    if (m_compact && role == Qt::ToolTipRole && index.column() == NameColumn)
        return QStringLiteral("%1 (%2)").arg(info->name, roleWord(*info));
    if (m_compact && role == Qt::ToolTipRole && listener && index.column() == PeerColumn)
        return tr("%n connection(s) accepted", nullptr, int(info->acceptedCount));
    if (role == Qt::ForegroundRole && index.column() == StateColumn
        && (info->state == ConnectionState::Failed || !info->lastError.isEmpty() || exposed))
        return QColor(0xD55E00);
    if (role == Qt::TextAlignmentRole && index.column() >= BytesInColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};

    switch (index.column()) {
    case NameColumn: {
        if (m_compact)
            return info->name;
        return QStringLiteral("%1 (%2)").arg(info->name, roleWord(*info));
    }
    case StateColumn: {
        QString state = connectionStateName(info->state);
        // A UDP peer has no connection state: when it was seen is what there is to know.
        if (info->role == ConnectionRole::UdpPeer && !info->isFinished() && info->lastDataNs >= 0)
            state = tr("seen %1–%2 s").arg(double(info->openedNs) / 1e9, 0, 'f', 3).arg(double(info->lastDataNs) / 1e9, 0, 'f', 3);
        if (info->readingPaused)
            state += tr(", reading paused");
        if (info->queuedOut > 0)
            state += tr(", %1 queued to send").arg(formatByteCount(double(info->queuedOut)));
        if (info->datagramsDropped > 0)
            state += tr(", %n datagram(s) dropped by the kernel", nullptr, int(qMin<quint64>(info->datagramsDropped, INT_MAX)));
        if (info->role == ConnectionRole::UdpSocket)
            state += udpOptionsText(info->udp);
        // (Compact: the warning icon and its tooltip say it; in a classroom the banner too.)
        if (!m_compact && listener && info->localAddress.isNull() == false
            && (info->localAddress == QHostAddress::AnyIPv4
                || info->localAddress == QHostAddress::AnyIPv6
                || info->localAddress == QHostAddress::Any))
            state += tr(" — on all interfaces!");
        if (!info->lastError.isEmpty())
            state += QStringLiteral(": ") + info->lastError;
        return state;
    }
    case LocalColumn: return info->localEndpoint();
    case PeerColumn:
        if (listener && m_compact)
            return tr("%n accepted", nullptr, int(info->acceptedCount));
        if (listener)
            return tr("%n connection(s) accepted", nullptr, int(info->acceptedCount));
        if (info->role == ConnectionRole::UdpSocket && info->peerAddress.isNull())
            return tr("%n peer(s)", nullptr, int(info->acceptedCount));
        if (info->role == ConnectionRole::UdpPeer && info->peerAddress.isNull())
            return tr("other peers (beyond the cap)");
        return info->peerEndpoint().isEmpty() && !info->host.isEmpty()
            ? QStringLiteral("%1:%2").arg(info->host).arg(info->peerPort) : info->peerEndpoint();
    case BytesInColumn: return listener ? QVariant() : QVariant(formatByteCount(double(info->bytesIn)));
    case BytesOutColumn: return listener ? QVariant() : QVariant(formatByteCount(double(info->bytesOut)));
    case ChunksInColumn: return listener ? QVariant() : QVariant(qulonglong(info->chunksIn));
    case ChunksOutColumn: return listener ? QVariant() : QVariant(qulonglong(info->chunksOut));
    case DurationColumn: {
        const qint64 ns = info->durationNs(m_session.clock().nowNs());
        return QString::number(double(ns) / 1e9, 'f', 1) + tr(" s");
    }
    }
    return {};
}

QString ConnectionTreeModel::roleWord(const ConnectionInfo &info)
{
    switch (info.role) {
    case ConnectionRole::Listener: return tr("listener");
    case ConnectionRole::Accepted: return tr("accepted");
    case ConnectionRole::UdpSocket: return tr("UDP socket");
    case ConnectionRole::UdpPeer: return tr("UDP peer");
    case ConnectionRole::Client: break;
    }
    return tr("client");
}

void ConnectionTreeModel::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    // (Children are top-level rows' descendants: a view asks for them again as it lays them out.)
    for (ConnectionId id : std::as_const(m_topLevel)) {
        const QModelIndex parent = indexOf(id);
        if (const int rows = rowCount(parent); rows > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    }
}

QVariant ConnectionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Socket");
    case StateColumn: return tr("State");
    case LocalColumn: return tr("Local");
    case PeerColumn: return tr("Peer");
    case BytesInColumn: return tr("In");
    case BytesOutColumn: return tr("Out");
    case ChunksInColumn: return tr("Reads");
    case ChunksOutColumn: return tr("Writes");
    case DurationColumn: return tr("Duration");
    }
    return {};
}
