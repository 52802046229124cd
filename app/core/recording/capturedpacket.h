// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trafficevent.h"

#include <QByteArray>
#include <QMetaType>

// One packet as dumpcap captured it: the link-layer frame (cut at the snap length), its length
// on the wire, and the kernel's capture time. LinkType is pcap's LINKTYPE_ number, which says
// how the frame starts.
struct CapturedPacket
{
    enum LinkType : quint16 { Ethernet = 1, Raw = 101, LinuxCooked = 113, LinuxCooked2 = 276, Loopback = 0 };

    qint64 wallNs = 0;              // capture time, nanoseconds since the Unix epoch (UTC)
    quint16 linkType = Ethernet;
    quint32 originalLength = 0;     // on the wire; bytes.size() may be less (snap length)
    QByteArray bytes;
};
Q_DECLARE_METATYPE(CapturedPacket)

// A captured packet as SocketLab recorded it: whose it is and which way it went.
enum class WireDirection : quint8 { In = 1, Out = 2 };

struct WirePacket
{
    qint64 timeNs = 0;              // session time (ns since the session started), for ordering
    ConnectionId connection = 0;
    WireDirection direction = WireDirection::In;
    CapturedPacket packet;
};

// What dumpcap reports about a capture when it ends (or is asked): packets that reached it and
// packets the kernel or dumpcap dropped.
struct CaptureStatistics
{
    quint64 received = 0;
    quint64 dropped = 0;
    quint64 recorded = 0;   // of the received ones, SocketLab's own (the rest were not ours)
};
