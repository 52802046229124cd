// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturedpacket.h"

#include <QHostAddress>
#include <QList>
#include <QString>

// The headers of one captured frame taken apart: the link header (BSD loopback, Ethernet, Linux
// cooked v1/v2, raw IP), IPv4 or IPv6, then TCP or UDP. Pure and untrusted-input safe: every
// field is read only after its length is checked against the captured bytes; a frame cut short
// by the snap length still yields every header it holds. Layouts: RFC 791 (IPv4), RFC 8200
// (IPv6), RFC 9293 (TCP; options RFC 6691 MSS, 7323 window scale and timestamps, 2018 SACK),
// RFC 768 (UDP); the link headers as libpcap's LINKTYPE_ list describes them.
struct DecodedPacket
{
    enum Transport : quint8 { None = 0, Tcp = 6, Udp = 17 };
    enum TcpFlag : quint8 { Fin = 0x01, Syn = 0x02, Rst = 0x04, Psh = 0x08, Ack = 0x10, Urg = 0x20 };

    bool valid = false;      // an IP packet with a whole TCP or UDP header
    QString problem;         // why not (untranslated: shown as it is, like dumpcap's lines)
    int ipVersion = 0;
    QHostAddress source;
    QHostAddress destination;
    quint8 ttl = 0;          // IPv4 TTL or IPv6 hop limit
    quint16 ipId = 0;        // IPv4 identification
    Transport transport = None;
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    int linkHeaderLength = 0;
    int ipHeaderLength = 0;
    int transportHeaderLength = 0;
    quint32 payloadLength = 0;   // from the IP length: the payload on the wire, captured or not

    // TCP
    quint32 seq = 0;
    quint32 ack = 0;
    quint8 flags = 0;
    quint16 window = 0;          // as sent, before scaling
    int mss = -1;                // options, -1 when absent
    int windowScale = -1;
    bool sackPermitted = false;
    QList<QPair<quint32, quint32>> sackBlocks;
    bool hasTimestamps = false;
    quint32 tsVal = 0;
    quint32 tsEcr = 0;

    bool has(TcpFlag flag) const { return (flags & flag) != 0; }
    // "SYN", "SYN-ACK", "ACK", "PSH-ACK", "FIN-ACK", "RST"...: the flags in the order people say them.
    QString flagNames() const;
    // "MSS 65495, SACK permitted, TS 123/0, WS ×128": the options present, empty when none.
    QString optionText() const;
};

namespace PacketDecoder {
DecodedPacket decode(const CapturedPacket &packet);
}
