// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionnames.h"
#include "trafficevent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

class QTimer;
class Session;

// The byte log as a table: one row per event of the session's log, in order. Rows are indexes
// into the log; every string is built in data(), none is stored. New events are inserted in
// batches at most FlushIntervalMs apart, one beginInsertRows() per batch.
class ByteLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ConnectionColumn, DirectionColumn, LengthColumn, PreviewColumn, ColumnCount };
    enum Role { EventIndexRole = Qt::UserRole + 1, ConnectionIdRole, KindRole, DirectionRole, LinkedRole };
    enum class TimeFormat { SinceStart, WallClock };

    static constexpr int FlushIntervalMs = 33;   // ~30 Hz
    static constexpr int PreviewBytes = 96;
    static constexpr int ToolTipBytes = 256;

    explicit ByteLogModel(const Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTimeFormat(TimeFormat format);
    TimeFormat timeFormat() const { return m_timeFormat; }
    const Session &session() const { return m_session; }

    // Inserts whatever the log holds beyond the current rows now, instead of at the next tick.
    void flush();

    // Classroom mode: the newest data row (the last chunk sent or received) gets a background
    // that can be seen from the back of a room. -1 when there is none.
    void setHighlightNewest(bool on);
    bool highlightsNewest() const { return m_highlightNewest; }
    int newestDataRow() const { return m_newestDataRow; }

    // Rows (event indexes) marked as holding the bytes of the packets selected in the Wire pane.
    void setLinkedEvents(const QList<qint64> &events);
    QList<qint64> linkedEvents() const;

private:
    QString timeText(qint64 timeNs) const;

    const Session &m_session;
    QTimer *m_flushTimer = nullptr;
    int m_rows = 0;
    int m_newestDataRow = -1;
    bool m_highlightNewest = false;
    QSet<qint64> m_linked;
    TimeFormat m_timeFormat = TimeFormat::SinceStart;
    ConnectionNames m_names;
};
