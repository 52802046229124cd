// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>

// Builds the frames one TCP connection would have put on an Ethernet wire, from what the
// application saw: the handshake, its writes and reads as segments, the close. The frames are
// synthesized (SocketLab records socket calls, not packets), but consistent: sequence and
// acknowledgement numbers follow the bytes, so a reader reassembles exactly the recorded
// streams. Every segment arrives: nothing is lost, retransmitted or reordered.
//
// Frame layout (all integers big-endian, "network order"):
//   Ethernet II, 14 bytes: destination MAC, source MAC, u16 EtherType (0x0800 IPv4,
//     0x86DD IPv6). MACs are made up: 02:00:00:00:00:01 for the client (the side that sent the
//     SYN), 02:00:00:00:00:02 for the server; 02 marks a locally administered address. No
//     padding to 60 bytes: captures on the sending host do not show it either.
//   IPv4, 20 bytes (RFC 791): 0x45, TOS 0, u16 total length, u16 identification (counts up per
//     sender), flags DF, fragment offset 0, TTL 64, protocol 6, u16 header checksum, source,
//     destination.
//   IPv6, 40 bytes (RFC 8200): version 6, traffic class 0, flow label 0, u16 payload length,
//     next header 6, hop limit 64, source, destination.
//   TCP, 20 bytes, 24 with the SYN's MSS option (RFC 9293): u16 source port, u16 destination
//     port, u32 sequence number, u32 acknowledgement number (0 without ACK), data offset in
//     32-bit words << 4, flags (FIN 0x01, SYN 0x02, RST 0x04, PSH 0x08, ACK 0x10), u16 window,
//     u16 checksum (over the pseudo-header of RFC 9293 / RFC 8200 8.1 and the segment), u16
//     urgent pointer 0; then the payload.
//
// Segments carry at most maxSegmentSize() bytes: 1460 over IPv4, 1440 over IPv6 (a 1500-byte
// Ethernet MTU), whatever the path really was (on loopback, the kernel's are far larger). The
// receiver acknowledges every second full segment and the end of every write, as a delayed-ACK
// receiver does; the advertised window (65535, unscaled) is never filled.
class TcpFlowSynthesizer
{
public:
    enum class Side : quint8 { Client, Server }; // the client sent the SYN

    enum Flag : quint8 { Fin = 0x01, Syn = 0x02, Rst = 0x04, Psh = 0x08, Ack = 0x10 };

    struct Packet
    {
        Side from = Side::Client;
        quint8 flags = 0;
        quint32 payloadLength = 0;
        QByteArray frame; // starting with the Ethernet header
    };

    static constexpr int Ipv4Mss = 1460;
    static constexpr int Ipv6Mss = 1440;
    static constexpr quint16 Window = 65535;
    static constexpr int SegmentsPerAck = 2;
    static constexpr quint8 Ttl = 64;

    // IPv4-mapped IPv6 addresses (::ffff:127.0.0.1, as a dual-stack socket reports them) count
    // as IPv4. Both ends must then be of one family, else isValid() is false.
    TcpFlowSynthesizer(const QHostAddress &clientAddress, quint16 clientPort,
        const QHostAddress &serverAddress, quint16 serverPort, quint32 clientIsn,
        quint32 serverIsn);

    bool isValid() const { return m_valid; }
    bool isIpv6() const { return m_ipv6; }
    int maxSegmentSize() const { return m_ipv6 ? Ipv6Mss : Ipv4Mss; }

    // SYN, SYN-ACK, ACK.
    QList<Packet> open();
    // The bytes as segments from one side, each followed where due by the other side's ACK.
    // endOfWrite: these are the last bytes of one write (PSH on the last segment, then an ACK);
    // a long write may be passed in pieces, whose lengths are multiples of maxSegmentSize().
    QList<Packet> send(Side from, const QByteArray &bytes, bool endOfWrite = true);
    // FIN (with ACK) from one side; the other side's ACK is a separate acknowledge().
    Packet finish(Side from);
    // A pure ACK of everything the other side sent.
    Packet acknowledge(Side from);
    // RST (with ACK) from one side. Afterwards the connection is over: nothing more is built.
    Packet reset(Side from);

    bool hasSentFin(Side side) const { return end(side).finSent; }
    bool isReset() const { return m_reset; }

    static Side other(Side side) { return side == Side::Client ? Side::Server : Side::Client; }
    // An IPv4-mapped address as plain IPv4; any other address as it is.
    static QHostAddress normalizedAddress(const QHostAddress &address);
    // The Internet checksum (RFC 1071) of data, continuing from a partial sum.
    static quint16 internetChecksum(const QByteArray &data, quint32 partialSum = 0);

private:
    struct End
    {
        QHostAddress address;
        quint16 port = 0;
        QByteArray mac;
        quint32 nextSeq = 0; // the next sequence number this side sends
        quint16 ipId = 0;
        bool finSent = false;
        int unackedSegments = 0; // segments received but not yet acknowledged
    };

    End &end(Side side) { return side == Side::Client ? m_client : m_server; }
    const End &end(Side side) const { return side == Side::Client ? m_client : m_server; }
    Packet segment(
        Side from, quint8 flags, const QByteArray &payload, const QByteArray &options = {});

    End m_client;
    End m_server;
    bool m_valid = false;
    bool m_ipv6 = false;
    bool m_reset = false;
};
