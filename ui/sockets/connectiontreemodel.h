// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

class QTimer;
class Session;

// Listeners with the connections they accepted as children, and clients at the top level,
// with state and counters. It polls the session's connection table a few times a second
// (and only copies it when its version moved), inserting rows for new sockets and updating
// the rest in place.
class ConnectionTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, LocalColumn, PeerColumn, BytesInColumn, BytesOutColumn,
                  ChunksInColumn, ChunksOutColumn, DurationColumn, ColumnCount };
    enum Role { ConnectionIdRole = Qt::UserRole + 1 };

    static constexpr int RefreshIntervalMs = 250;

    explicit ConnectionTreeModel(const Session &session, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(ConnectionId id, int column = 0) const;
    const ConnectionInfo *info(ConnectionId id) const;

    void refresh();
    // Compact (classroom mode): a socket's name without its role, a listener's accepted count
    // in a word, no "on all interfaces" after its state (its warning icon stays); the whole
    // words are in the tooltips.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

private:
    static QString roleWord(const ConnectionInfo &info); // "listener", "client", ...
    // Row structure: top-level ids in order of appearance, and each listener's children.
    // An index's internalId is the connection id; its parent is found through m_infos.
    const ConnectionInfo *infoAt(const QModelIndex &index) const;
    const QList<ConnectionId> &siblingsOf(ConnectionId parent) const;

    const Session &m_session;
    QTimer *m_refreshTimer = nullptr;
    quint64 m_seenVersion = ~quint64(0);
    bool m_compact = false;
    QHash<ConnectionId, ConnectionInfo> m_infos;
    QList<ConnectionId> m_topLevel;
    QHash<ConnectionId, QList<ConnectionId>> m_children;
};
