// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"

#include <QObject>

#include <optional>

class Session;

// The one connection the window's panes are about: the Sockets tree's current row, the log's
// selected rows, the connection info pane, the Send panel, the chart's connection graphs and
// the packet view all follow it, and whichever the user clicks sets it. Every pane reads the
// id from here and nowhere else, so no two panes can disagree.
//
// A connection is often chosen before the session's table has it (the echo demo selects its
// client as it connects): changed() is announced again once the table knows it, and when it
// moves to another state, so panes that show its name and state catch up. A connection that is
// gone from the session (a new session, a lesson that starts afresh) is no longer current.
class CurrentConnection : public QObject
{
    Q_OBJECT

public:
    explicit CurrentConnection(const Session &session, QObject *parent = nullptr);

    ConnectionId id() const { return m_id; }
    void set(ConnectionId id); // 0: none
    // Called when the session's table changed.
    void tableChanged();

Q_SIGNALS:
    // The current connection, or what the table says about it, changed.
    void changed(ConnectionId id);

private:
    std::optional<ConnectionState> lookUpState() const;

    const Session &m_session;
    ConnectionId m_id = 0;
    std::optional<ConnectionState> m_announcedState; // empty: the table did not have it
};
