// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shownrows.h"
#include "trafficevent.h"

#include <QHash>
#include <QList>
#include <QAbstractProxyModel>

#include <array>

class ByteLogModel;
class Session;

// Narrows the byte log to one connection, one direction and/or rows whose text contains a
// string. The text is looked for in the event's detail, or in the first SearchBytes bytes of
// its payload (as Latin-1, so any byte sequence can be found), case-insensitively.
//
// The rows shown are a sorted list of source rows, as Wireshark's packet list keeps them:
// changing the filter runs one tight loop over the log, and new events are filtered as the
// log model inserts them. A QSortFilterProxyModel, with its mapping per parent and a call
// through QModelIndex per row, spent longer around the filter than in it: 300 ms for a million
// events with a trivial filter.
class ByteLogFilter : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum class DirectionFilter { Any, In, Out, DataOnly, EventsOnly };
    static constexpr int SearchBytes = 4096;

    explicit ByteLogFilter(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override; // a ByteLogModel

    void setConnection(ConnectionId id); // 0: every connection
    void setDirection(DirectionFilter direction);
    void setText(const QString &text);
    ConnectionId connection() const { return m_connection; }
    // Whether any of the three narrows the log.
    bool isFiltering() const
    {
        return m_connection != 0 || m_direction != DirectionFilter::Any || !m_text.isEmpty();
    }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // Columns are the log model's own, shown even when no row passes the filter.
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    bool accepts(int sourceRow) const;
    bool acceptsDirection(Direction direction) const;
    void showAccepted(); // every source row the filter accepts (all, without a list, when it has none)
    QList<int> acceptedRows() const; // of every source row
    QList<int> acceptedRows(int first, int last) const;
    int proxyRowOf(int sourceRow) const; // -1 when the row is filtered out
    enum class Candidates { All, Shown }; // which rows may pass: every row, or those shown now
    void refilter(Candidates candidates = Candidates::All);
    void appendAccepted(int first, int last);
    void forwardDataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    ConnectionId parentOf(const Session &session, ConnectionId id) const;
    bool latin1Contains(const QByteArray &bytes) const;

    const ByteLogModel *m_log = nullptr;
    ShownRows m_rows; // the source rows shown, ascending
    ConnectionId m_connection = 0;
    DirectionFilter m_direction = DirectionFilter::Any;
    QString m_text;
    QList<char16_t> m_foldedText; // m_text case-folded, as Qt's case-insensitive search compares
    // How far the search may move on when the byte under the pattern's last unit is this one
    // (Horspool): past the whole pattern when the byte folds to none of its units but the last.
    std::array<qsizetype, 256> m_shift {};
    mutable QHash<ConnectionId, ConnectionId> m_parents; // parentOf()'s answers, until refilter()
    mutable QByteArray m_searched; // the payload being searched, one allocation for all rows
};
