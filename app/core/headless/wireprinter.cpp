// SPDX-License-Identifier: GPL-3.0-or-later
#include "wireprinter.h"

#include "packetdecoder.h"
#include "session.h"

WirePrinter::WirePrinter(const Session &session, FILE *out, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_out(out)
{
    // Emitted on the network thread; printed here, in order, by index.
    connect(&session.wire(), &WireLog::appended, this, [this] { printAll(); }, Qt::QueuedConnection);
    connect(&session.wire(), &WireLog::problemChanged, this, [](const QString &problem) {
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "socketlab: %s\n", qPrintable(problem));
            std::fflush(stderr);
        }
    }, Qt::QueuedConnection);
}

QString WirePrinter::formatLine(const WirePacket &wire)
{
    const DecodedPacket packet = PacketDecoder::decode(wire.packet);
    const auto info = m_session.connections().find(wire.connection);
    const QString name = info ? info->name : QString::number(wire.connection);
    const bool out = wire.direction == WireDirection::Out;
    const QString time = QString::number(double(wire.timeNs) / 1e9, 'f', 6);
    if (!packet.valid)
        return QStringLiteral("%1  %2  wire  %3  (%4)").arg(time, name, out ? QStringLiteral("out") : QStringLiteral("in"),
                                                            packet.problem);
    if (packet.transport == DecodedPacket::Udp)
        return QStringLiteral("%1  %2  wire  %3  UDP  %4 > %5  len %6")
            .arg(time, name, out ? QStringLiteral("out") : QStringLiteral("in"),
                 formatEndpoint(packet.source, packet.sourcePort), formatEndpoint(packet.destination, packet.destinationPort))
            .arg(packet.payloadLength);
    const TcpFlowTracker::Numbers numbers = m_flows.next(wire.connection, wire.direction, packet);
    const QString ack = numbers.ackKnown ? QString::number(numbers.ack) : QStringLiteral("-");
    return QStringLiteral("%1  %2  wire  %3  %4  seq %5  ack %6  win %7  len %8")
        .arg(time, name, out ? QStringLiteral("out") : QStringLiteral("in"), packet.flagNames())
        .arg(numbers.seq)
        .arg(ack)
        .arg(packet.window)
        .arg(packet.payloadLength);
}

void WirePrinter::printAll()
{
    const qint64 count = m_session.wire().count();
    const QList<WirePacket> packets = m_session.wire().range(m_next, count - m_next);
    for (const WirePacket &packet : packets)
        std::fprintf(m_out, "%s\n", qPrintable(formatLine(packet)));
    m_next += packets.size();
    std::fflush(m_out);
}

void WirePrinter::printStatistics(FILE *to) const
{
    const CaptureStatistics statistics = m_session.wire().statistics();
    std::fprintf(to, "socketlab: %s\n",
                 qPrintable(tr("capture: %1 packets captured by dumpcap, %2 dropped, %3 recorded as SocketLab's")
                                .arg(statistics.received)
                                .arg(statistics.dropped)
                                .arg(statistics.recorded)));
    std::fflush(to);
}
