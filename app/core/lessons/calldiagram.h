// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class LessonRunner;
class Session;

// The textbook picture of a client and a server process, made of the real calls: for a
// listener, one connection it accepted and the client at the other end, which Berkeley calls
// have happened (socket, bind, listen, accept, recv, send, shutdown, close on the server;
// socket, connect, send, recv, shutdown, close on the client), with their actual arguments and
// results, and which arrows between the two have been seen (handshake, data each way, FIN each
// way, RST). Read from the session's events, so it is the same live and for a reopened session.
//
// Two sockets of UDP make the datagram picture instead: the server is a bound UDP socket
// (socket, bind, recvfrom, sendto, close), the client another bound one or a connected one
// (socket, [connect], sendto, recvfrom, close); their datagrams are the events of their peer
// rows, and the arrows count datagrams each way. There is no listen, accept, handshake or FIN.
// A Unix stream socket is the stream picture with paths for addresses and no packets to name.
//
// Not a QObject: the view calls update() on its refresh timer. update() reads only the events
// appended since the last call, unless follow() changed the sockets (then it reads them all).
class CallDiagram
{
    Q_DECLARE_TR_FUNCTIONS(CallDiagram)

public:
    enum class Side { Server, Client };
    enum class Call {
        Socket,
        Bind,
        Listen,
        Accept,
        Connect,
        Recv,
        Send,
        Shutdown,
        Close,
        RecvFrom,
        SendTo
    };
    // Unreachable: the ICMP port-unreachable that a connected UDP socket hears as ECONNREFUSED.
    enum class Arrow {
        Handshake,
        DataToServer,
        DataToClient,
        FinFromClient,
        FinFromServer,
        Reset,
        Unreachable
    };

    struct CallState
    {
        bool lit = false; // it has happened (a connect() in progress is lit, with no result)
        bool failed = false; // it returned -1
        int count = 0; // how many times (recv and send)
        qint64 bytes = 0; // recv and send: all the bytes, together
        // recvfrom and sendto: the first datagrams' sizes, which a lesson on boundaries is about.
        QList<qint64> firstSizes;
        static constexpr int SizesKept = 6;
        QString text; // "bind(L1, 127.0.0.1:9000)": what the latest call was given
        QString result; // "0", "6", "L1.1 (127.0.0.1:41996)", "-1 ECONNREFUSED"
        qint64 event = -1; // the log index of the latest event that lit it
    };
    struct ArrowState
    {
        bool seen = false;
        QString label; // "SYN, SYN-ACK, ACK", "6 B", "FIN", "RST"
        qint64 bytes = 0;
        bool fromClient = false; // Reset: who sent it (data, FIN: the arrow's name says)
        int count = 0; // data: the datagrams that went that way (UDP; a stream has no count)
    };

    explicit CallDiagram(const Session &session);

    // The sockets to draw; any may be 0. A missing accepted connection is found from the
    // client's address (TCP); a missing listener is the accepted connection's parent.
    void follow(ConnectionId listener, ConnectionId client, ConnectionId accepted = 0);
    // The sockets the lesson's current step is about: its listener, the last client it names
    // and that client's accepted connection. A step that names no client keeps the ones before,
    // unless it names another listener. UDP sockets (when the step names no TCP or Unix one):
    // the one the lesson sends from, or a connected one, is the client; the one it sends to is
    // the server (the listener()).
    void followLessonStep(const LessonRunner &runner);
    ConnectionId listener() const { return m_listener; }
    ConnectionId client() const { return m_client; }
    ConnectionId accepted() const { return m_accepted; }
    void update();
    // The datagram picture: the sockets followed are UDP.
    bool datagrams() const;

    // The calls of one side in the order of the picture; shutdown only once it happened, and a
    // UDP client's connect only if it is a connected socket.
    QList<Call> calls(Side side) const;
    CallState state(Side side, Call call) const { return m_calls.value(key(side, call)); }
    // Data arrows carry the bytes that went that way (what one end wrote or the other read).
    ArrowState arrow(Arrow arrow) const;
    // "AF_INET", "AF_INET6" or "AF_UNIX", from the sockets followed.
    QString family() const;
    // "socket", "bind", "recvfrom", …: the name the lesson files use for a call.
    static QString callName(Call call);

private:
    static int key(Side side, Call call) { return int(side) * 16 + int(call); }
    CallState &at(Side side, Call call) { return m_calls[key(side, call)]; }
    void reset();
    void findMissing();
    void apply(qint64 index, const TrafficEvent &event);
    void applyListener(qint64 index, const TrafficEvent &event, const ConnectionInfo &info);
    void applyConnection(
        Side side, qint64 index, const TrafficEvent &event, const ConnectionInfo &info);
    void applyDatagrams(
        Side side, qint64 index, const TrafficEvent &event, const ConnectionInfo &info);
    void applyDatagram(Side side, qint64 index, const TrafficEvent &event,
        const ConnectionInfo &row, const ConnectionInfo &socket);
    void followUdpSockets(const LessonRunner &runner, const QList<ConnectionId> &udp);
    void socketCall(Side side, qint64 index, const ConnectionInfo &info);
    void light(Side side, Call call, qint64 index, const QString &text, const QString &result);
    void seeArrow(Arrow arrow, const QString &label);
    void seeReset(bool fromClient);
    QString address(const ConnectionInfo &info, bool peer) const;

    const Session &m_session;
    ConnectionId m_listener = 0;
    ConnectionId m_client = 0;
    ConnectionId m_accepted = 0;
    qint64 m_cursor = 0; // the next log index to read
    QHash<int, CallState> m_calls;
    QHash<int, ArrowState> m_arrows;
    // UDP: the peer rows of the sockets followed (learnt from their PeerSeen events): the
    // datagrams are theirs.
    QHash<ConnectionId, Side> m_peerRows;
};
