// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"

#include <QHash>
#include <QString>

class ConnectionTable;

// Connection names for views that show one on every row: read from the table once, then from a
// cache, since a connection's name never changes once given (the table takes a lock per read).
// One per view, on its thread.
class ConnectionNames
{
public:
    explicit ConnectionNames(const ConnectionTable &table)
        : m_table(table)
    {
    }

    // "L1.2"; "#7" for a connection the table does not know (yet).
    QString of(ConnectionId id) const;

private:
    const ConnectionTable &m_table;
    mutable QHash<ConnectionId, QString> m_names;
};
