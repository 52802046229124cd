// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trafficevent.h"

#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

class Session;

// Narrows the byte log to one connection, one direction and/or rows whose text contains a
// string. The text is looked for in the event's detail, or in the first SearchBytes bytes of
// its payload (as Latin-1, so any byte sequence can be found), case-insensitively.
class ByteLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class DirectionFilter { Any, In, Out, DataOnly, EventsOnly };
    static constexpr int SearchBytes = 4096;

    explicit ByteLogFilter(QObject *parent = nullptr);

    void setConnection(ConnectionId id);   // 0: every connection
    void setDirection(DirectionFilter direction);
    void setText(const QString &text);
    ConnectionId connection() const { return m_connection; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    ConnectionId parentOf(const Session &session, ConnectionId id) const;
    bool latin1Contains(const QByteArray &bytes) const;

    ConnectionId m_connection = 0;
    DirectionFilter m_direction = DirectionFilter::Any;
    QString m_text;
    QList<char16_t> m_foldedText;   // m_text case-folded, as Qt's case-insensitive search compares
    mutable QHash<ConnectionId, ConnectionId> m_parents;   // parentOf()'s answers, until refilter()
};
