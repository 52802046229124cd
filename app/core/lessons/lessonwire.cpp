// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonwire.h"

#include "packetdecoder.h"
#include "wirecapture.h"
#include "wirelog.h"

#include <QCoreApplication>

LessonWire::LessonWire(const WireLog &wire, QObject *parent)
    : QObject(parent)
    , m_wire(wire)
    , m_cursor(wire.count())
{
    connect(&m_wire, &WireLog::appended, this, &LessonWire::readNew);
    connect(&m_wire, &WireLog::problemChanged, this, &LessonWire::changed);
}

bool LessonWire::isAvailable() const
{
    return m_wire.isCapturing() && m_wire.problem().isEmpty();
}

QString LessonWire::whyNotShown() const
{
    if (!m_wire.isCapturing())
        return QCoreApplication::translate("LessonWire",
                                           "Packets are not shown: the capture is off (Capture ▸ Record packets, "
                                           "or start SocketLab with --capture).");
    // The capture's own first line says what happened ("Packets are not captured: dumpcap exited
    // ..."); dumpcap's words, shown once where the capture reports, are left out of every step.
    const QStringList lines = m_wire.problem().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString text = lines.value(0);
    if (lines.size() > 1 && lines.last() == WireCapture::permissionHint())
        text += QLatin1Char(' ') + lines.last();
    return text;
}

void LessonWire::restart()
{
    m_seen.clear();
    m_cursor = m_wire.count();
}

// Queued: several appends may come as one call, or find nothing new.
void LessonWire::readNew()
{
    const qint64 end = m_wire.count();
    if (end <= m_cursor)
        return;
    for (const WirePacket &wire : m_wire.range(m_cursor, end - m_cursor)) {
        const DecodedPacket packet = PacketDecoder::decode(wire.packet);
        if (!packet.valid)
            continue;
        Seen seen;
        seen.direction = wire.direction == WireDirection::Out ? Direction::Out : Direction::In;
        seen.flags = packet.flags;
        seen.payload = packet.payloadLength > 0;
        seen.zeroWindow = packet.transport == DecodedPacket::Tcp && packet.window == 0 && !packet.has(DecodedPacket::Rst);
        seen.mss = packet.mss;
        m_seen[wire.connection].append(seen);
    }
    m_cursor = end;
    Q_EMIT changed();
}

int LessonWire::count(ConnectionId connection, const LessonCondition &condition) const
{
    int found = 0;
    for (const Seen &seen : m_seen.value(connection)) {
        if (seen.direction == condition.direction && (seen.flags & condition.wireFlags) == condition.wireFlags
            && (!condition.wirePayload || seen.payload) && (!condition.wireZeroWindow || seen.zeroWindow)
            && (condition.wireMss < 0 || seen.mss == condition.wireMss))
            ++found;
    }
    return found;
}
