// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturedpacket.h"
#include "dumpcapprocess.h"
#include "wirematcher.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include <functional>

class Session;
struct DecodedPacket;
class QTimer;

// Captures the packets of SocketLab's own TCP sockets and records them into the session (the
// wire). Lives on the network thread, beside the EndpointHost that asks it to cover each socket
// before the socket's first packet can leave or arrive (docs/architecture.md, "The wire"):
//
// - cover(port) runs `then` once dumpcap captures that port: a client's bound port before
//   connect(), a listener's port before listen(). One dumpcap per interface (lo for loopback
//   sockets, "any" for the others) with the filter "tcp and (port A or port B ...)"; a new port
//   starts a new dumpcap with the wider filter, and the old one is stopped only once the new one
//   captures, so nothing falls between them. Packets both saw are recorded once.
// - Each packet passes SocketLab's own check (WireMatcher); anyone else's is dropped here.
// - Without dumpcap or without the right to capture, cover() runs `then` at once, everything
//   else works, and the session's WireLog says why, once, with how to enable capture.
class WireCapture : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool fullPackets = false;   // otherwise headers plus at most PayloadKept bytes of payload
        QStringList dumpcapLocations = DumpcapProcess::SystemLocations;
    };
    static constexpr int PayloadKept = 128;
    // Link (Ethernet with VLAN, or SLL2) + IPv6 + TCP with every option, then the payload kept.
    static constexpr int HeaderSnap = 20 + 40 + 60;
    static constexpr int FullSnap = 262144;
    static constexpr int ReadyTimeoutMs = 5000;
    static constexpr int DrainMs = 600;   // see stop()
    static constexpr int StopTimeoutMs = 3000;   // for dumpcap's last packets and statistics
    static constexpr qint64 HoldNs = 3'000'000'000;   // a listener's packets wait for accept()

    WireCapture(Session &session, const Options &options, QObject *parent = nullptr);
    ~WireCapture() override;

    // Runs then() once packets to and from port on address's interface are captured (at once when
    // they already are, or when there is no capture).
    void cover(const QHostAddress &address, quint16 port, const std::function<void()> &then);
    // Captures the TCP sockets already open (a capture started after them): from their next
    // packet on, their handshake is not seen.
    void coverOpenSockets();
    // Stops every dumpcap and records the statistics (counting on from an earlier capture's);
    // socket calls that waited for a dumpcap run now.
    void stop();

    static QString permissionHint();

private:
    struct Capture
    {
        DumpcapProcess *current = nullptr;
        QList<quint16> ports;           // what current captures, or is starting to capture
        QList<std::function<void()>> waiting;   // to run when current is ready
        QList<DumpcapProcess *> retiring;       // predecessors, stopped once current is ready
    };
    struct Held
    {
        CapturedPacket packet;
        qint64 heldAtNs = 0;
        QList<ConnectionId> recorded;   // the sockets it is already recorded for
    };

    void startCapture(const QString &interface);
    void onReady(const QString &interface, DumpcapProcess *process);
    void onEnded(const QString &interface, DumpcapProcess *process, const QString &problem);
    void readPackets(DumpcapProcess *process);
    void handle(const CapturedPacket &packet, const DecodedPacket &decoded);
    bool isDuplicate(const CapturedPacket &packet, int linkHeaderLength);
    void releaseHeld(bool expireAll);
    void giveUp(const QString &problem);
    void runWaiting(Capture &capture);
    CapturedPacket trimmed(const CapturedPacket &packet, int headersLength, quint32 payloadLength) const;

    Session &m_session;
    Options m_options;
    QString m_program;
    bool m_unavailable = false;   // no dumpcap, or it may not capture: not tried again
    bool m_stopping = false;
    QHash<QString, Capture> m_captures;   // by interface
    WireMatcher m_matcher;
    quint64 m_tableVersion = ~quint64(0);
    QList<Held> m_held;
    QTimer *m_holdTimer = nullptr;
    CaptureStatistics m_totals;           // of dumpcaps that ended
    quint64 m_recorded = 0;
    qint64 m_wallMinusSessionNs = 0;
    // Recent packets by content (from the IP header on), for isDuplicate(): key -> capture time.
    struct Seen
    {
        qint64 wallNs = 0;
    };
    QMultiHash<size_t, Seen> m_seen;
    QList<QPair<qint64, size_t>> m_seenOrder;
};
