// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"

#include <QHash>
#include <QList>
#include <QObject>

class WireLog;

// What a lesson sees of the wire: the captured packets of its sockets since it (re)started, each
// kept as the few facts its "wire" conditions ask about, and whether packets can be shown at all.
// Lives on the lesson's thread; the WireLog grows on the network thread and says so queued.
class LessonWire : public QObject
{
    Q_OBJECT

public:
    explicit LessonWire(const WireLog &wire, QObject *parent = nullptr);

    // Packets are captured: a capture was asked for and nothing stopped it.
    bool isAvailable() const;
    // Why packets are not shown, for the learner: the first line of the capture's problem (and how
    // to enable capture), or that it is off.
    QString whyNotShown() const;
    // How many packets of the connection meet the condition's wire criteria.
    int count(ConnectionId connection, const LessonCondition &condition) const;
    // Forgets what was seen: the lesson starts again.
    void restart();

Q_SIGNALS:
    void changed();   // new packets, or the capture's problem changed

private:
    struct Seen
    {
        Direction direction = Direction::In;
        quint8 flags = 0;
        bool payload = false;
        bool zeroWindow = false;
        int mss = -1;
    };

    void readNew();

    const WireLog &m_wire;
    qint64 m_cursor = 0;
    QHash<ConnectionId, QList<Seen>> m_seen;
};
