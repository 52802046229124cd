// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionnames.h"
#include "tcpflowtracker.h"
#include "trafficevent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

class QTimer;
class Session;

// The wire as a table: one row per captured packet of one connection (or of all), in capture
// order. Rows are indexes into the session's WireLog; the relative sequence numbers and the scaled
// window are worked out once per packet as it arrives (they depend on the packets before it), the
// strings in data(). New packets are inserted in batches at most FlushIntervalMs apart, one
// beginInsertRows() per batch; only choosing another connection resets the rows.
class WirePacketModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ConnectionColumn,
        DirectionColumn,
        FlagsColumn,
        SeqColumn,
        AckColumn,
        WindowColumn,
        LengthColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role { PacketIndexRole = Qt::UserRole + 1, ConnectionIdRole, LinkedRole };

    static constexpr int FlushIntervalMs = 33; // ~30 Hz

    explicit WirePacketModel(const Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The packets of this connection only; 0: every connection's.
    void setConnection(ConnectionId id);
    ConnectionId connection() const { return m_connection; }
    // Inserts what the wire holds beyond the current rows now, instead of at the next tick.
    void flush();

    qint64 packetIndex(int row) const { return m_rows.value(row, -1); }
    int rowOf(qint64 packet) const; // -1 when not shown
    // Packets marked (a background) as carrying the bytes of what is selected elsewhere.
    void setLinkedPackets(const QList<qint64> &packets);
    QList<qint64> linkedPackets() const;

private:
    void addNewPackets();

    const Session &m_session;
    QTimer *m_flushTimer = nullptr;
    ConnectionId m_connection = 0;
    QList<TcpFlowTracker::Numbers> m_numbers; // by packet index, every packet seen so far
    TcpFlowTracker m_flows;
    QList<qint64> m_rows; // packet index of each row
    int m_shownRows = 0; // rows the view has been told about
    QSet<qint64> m_linked;
    ConnectionNames m_names;
};
