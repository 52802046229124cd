// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>

// The frame one UDP datagram puts on an Ethernet wire, synthesized from a recorded datagram.
//
// Frame layout (big-endian):
//   Ethernet II, 14 bytes: destination MAC, source MAC, u16 EtherType (0x0800 / 0x86DD). The
//     destination MAC is what a real sender uses for the destination: ff:ff:ff:ff:ff:ff for a
//     broadcast (255.255.255.255, or the broadcast address of one of this machine's networks), 01:00:5e + the group's low 23 bits for an IPv4 group (RFC 1112), 33:33 + the
//     low 32 bits for an IPv6 group (RFC 2464); else made up, 02:00:00:00:00:0N (N = 1 for the
//     sender, 2 for the receiver).
//   IPv4, 20 bytes: 0x45, TOS 0, u16 total length, u16 identification, flags 0 (a datagram
//     larger than the path would be fragmented; shown whole), TTL 64 (1 to a group), protocol
//     17, u16 header checksum, source, destination.
//   IPv6, 40 bytes: version 6, u16 payload length, next header 17, hop limit 64 (1 to a
//     group), source, destination.
//   UDP, 8 bytes (RFC 768): u16 source port, u16 destination port, u16 length (8 + payload),
//     u16 checksum over the pseudo-header and the datagram (0 is sent as 0xffff); the payload.
// IPv4-mapped addresses count as IPv4; the two ends must be of one family.
namespace UdpDatagramFrame {

// Empty when the two addresses are of different families.
QByteArray build(const QHostAddress &source, quint16 sourcePort, const QHostAddress &destination,
                 quint16 destinationPort, const QByteArray &payload, quint16 ipId);

// The largest payload one frame carries (65,507 over IPv4, 65,527 over IPv6).
int maxPayload(bool ipv6);

} // namespace UdpDatagramFrame
