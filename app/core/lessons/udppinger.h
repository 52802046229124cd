// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trafficevent.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

class QTimer;
class Workbench;

// The UDP pinger of the classic course assignment (Kurose & Ross), for the lesson of that name:
// one ping at a time from a bound UDP socket, each "PING <sequence> <time>" with the session
// clock's nanoseconds, waiting at most a timeout for the echo before the next. The round-trip
// time is measured between the Sent and Received events of the log, both stamped on the network
// thread. Lost pings and, at the end, RTT min/avg/max and the loss are logged as notes: each lost
// one on the row of the peer, the summary on the socket's row (what a lesson waits for).
//
// Wire format, one datagram each way: "PING 3 1234567890" (ASCII, space-separated); the echo
// is the same bytes.
class UdpPinger : public QObject
{
    Q_OBJECT

public:
    UdpPinger(Workbench &workbench, ConnectionId socket, const QHostAddress &address, quint16 port, int count,
              int timeoutMs, QObject *parent = nullptr);

    void start();
    // Every log event of the socket and its peer rows, in order (fed by the LessonRunner).
    void observe(const TrafficEvent &event, const QByteArray &payload);
    bool isFinished() const { return m_finished; }
    // "10 pings: 7 answered, 3 lost (30 %); RTT min/avg/max 0.101/0.154/0.290 ms"
    QString summary() const;

private:
    void sendNext();
    void timedOut();
    static int sequenceOf(const QByteArray &payload);   // -1: not a ping

    Workbench &m_workbench;
    ConnectionId m_socket = 0;
    ConnectionId m_peerRow = 0;   // learned from the first ping's Sent event
    QHostAddress m_address;
    quint16 m_port = 0;
    int m_count = 0;
    int m_timeoutMs = 0;
    int m_sequence = 0;          // of the ping in flight; 0: none sent yet
    qint64 m_sentNs = -1;        // its Sent event's time; -1 until the log has it
    QList<qint64> m_rttsNs;
    int m_lost = 0;
    bool m_finished = false;
    QTimer *m_timeout = nullptr;
};
