// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Session;

// The ladder (sequence) diagram of one connection, as Wireshark's Flow Graph draws it: the
// connection and its peer as two vertical lines, time downward, one rung per event of either
// end (connect, accept, each write and read with its length, FIN, RST, close). The peer is the
// other SocketLab socket when the session holds both ends, else the remote address.
//
// Rungs come from two sources: events (each points at its row of the log) and, later, captured
// segments (issue 17: flags, seq/ack, length), which addSegment() will merge by time. Not a
// QObject: the view calls update() on its timer; it reads only events appended since.
class ConnectionLadder
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionLadder)

public:
    enum class End { Near, Far }; // the connection followed, and its peer
    enum class Source { Event, Segment };
    struct Rung
    {
        qint64 timeNs = 0;
        End from = End::Near;
        bool crosses = true; // an arrow to the other end; false: a mark on from's own line
        bool reset = false; // RST
        QString label; // "connect", "write 6 B", "read 6 B", "FIN", "RST", "closed"
        Source source = Source::Event;
        qint64 event = -1; // the log index (Source::Event)
    };

    explicit ConnectionLadder(const Session &session);

    // Id 0 empties the ladder.
    void follow(ConnectionId id);
    ConnectionId connection() const { return m_near; }
    ConnectionId peer() const { return m_far; }
    void update();

    const QList<Rung> &rungs() const { return m_rungs; }
    // "C1 127.0.0.1:54028" for the near end; the far end's name, or its address.
    QString endName(End end) const;

private:
    void add(const TrafficEvent &event, qint64 index);

    const Session &m_session;
    ConnectionId m_near = 0;
    ConnectionId m_far = 0;
    qint64 m_cursor = 0;
    QList<Rung> m_rungs;
};
