// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Encodes the pcapng blocks of a simple capture: one section, one interface, packets.
// (IETF draft-ietf-opsawg-pcapng, "PCAP Now Generic".) Written little-endian; the byte-order
// magic tells readers so. Every block:
//
//   0   4  block type
//   4   4  block total length (the whole block, a multiple of 4)
//   8   .  body
//   .   4  block total length again (so a reader can walk backwards)
//
// Options, at the end of a body: each u16 code, u16 value length, the value padded with zeros
// to a multiple of 4; the list ends with opt_endofopt (code 0, length 0). A block without
// options has no option list at all.
//
//   Section Header Block (SHB), type 0x0A0D0D0A:
//     u32 byte-order magic 0x1A2B3C4D, u16 major 1, u16 minor 0,
//     i64 section length (-1: not given, as when streaming)
//     options: opt_comment (1), shb_userappl (4), all UTF-8
//   Interface Description Block (IDB), type 1 (one per interface; packets name theirs by index):
//     u16 link type (1: LINKTYPE_ETHERNET; a capture's own type for its real packets),
//     u16 reserved (0), u32 snap length (0: no limit)
//     options: if_name (2). No if_tsresol: the default, microseconds, is what is used.
//   Enhanced Packet Block (EPB), type 6:
//     u32 interface id, u32 timestamp (high 32 bits), u32 timestamp (low 32 bits),
//     u32 captured length, u32 original length, the packet padded to a multiple of 4
//     options: opt_comment (1, UTF-8), epb_flags (2, u32: bits 0-1 the direction,
//     01 inbound, 10 outbound)
class PcapngWriter
{
public:
    static constexpr quint16 LinkTypeEthernet = 1;
    static constexpr quint32 SnapLength = 262144; // what Wireshark itself writes by default

    enum class Direction : quint8 { Unknown = 0, Inbound = 1, Outbound = 2 };

    static QByteArray sectionHeader(const QString &application, const QString &comment);
    static QByteArray interfaceDescription(
        quint16 linkType, quint32 snapLength, const QString &name);
    // The timestamp is in microseconds since the Unix epoch (the default if_tsresol).
    static QByteArray enhancedPacket(quint32 interfaceId, quint64 timestampUs,
        const QByteArray &packet, Direction direction = Direction::Unknown,
        const QString &comment = QString());
    // A packet as a capture kept it: originalLength is its length on the wire, which may be more
    // than packet.size() (cut at a snap length).
    static QByteArray capturedPacket(quint32 interfaceId, quint64 timestampUs, const QByteArray &packet,
        quint32 originalLength, Direction direction, const QString &comment = QString());
};
