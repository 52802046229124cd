// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcapngwriter.h"

#include <QtEndian>

namespace {

constexpr quint32 SectionHeaderType = 0x0A0D0D0A;
constexpr quint32 InterfaceDescriptionType = 1;
constexpr quint32 EnhancedPacketType = 6;
constexpr quint32 ByteOrderMagic = 0x1A2B3C4D;

constexpr quint16 OptEndOfOpt = 0;
constexpr quint16 OptComment = 1;
constexpr quint16 ShbUserAppl = 4;
constexpr quint16 IfName = 2;
constexpr quint16 EpbFlags = 2;

// An option value may not exceed what its u16 length can say; comments are cut to that.
constexpr int MaxOptionValue = 0xfff0;

template<typename T> void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

void padTo4(QByteArray &out)
{
    while (out.size() % 4 != 0)
        out.append('\0');
}

void putOption(QByteArray &options, quint16 code, const QByteArray &value)
{
    const QByteArray cut = value.left(MaxOptionValue);
    put<quint16>(options, code);
    put<quint16>(options, quint16(cut.size()));
    options.append(cut);
    padTo4(options);
}

void putTextOption(QByteArray &options, quint16 code, const QString &text)
{
    if (text.isEmpty())
        return;
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() > MaxOptionValue) {
        // Never cut inside a UTF-8 sequence: back up to the start of the character.
        qsizetype end = MaxOptionValue;
        while (end > 0 && (uchar(utf8.at(end)) & 0xc0) == 0x80)
            --end;
        utf8.truncate(end);
    }
    putOption(options, code, utf8);
}

// type, length, body, options (ended by opt_endofopt when there are any), length.
QByteArray block(quint32 type, const QByteArray &body, QByteArray options)
{
    if (!options.isEmpty()) {
        put<quint16>(options, OptEndOfOpt);
        put<quint16>(options, 0);
    }
    const auto length = quint32(4 + 4 + body.size() + options.size() + 4);
    Q_ASSERT(length % 4 == 0);
    QByteArray out;
    out.reserve(qsizetype(length));
    put<quint32>(out, type);
    put<quint32>(out, length);
    out.append(body);
    out.append(options);
    put<quint32>(out, length);
    return out;
}

} // namespace

QByteArray PcapngWriter::sectionHeader(const QString &application, const QString &comment)
{
    QByteArray body;
    put<quint32>(body, ByteOrderMagic);
    put<quint16>(body, 1);
    put<quint16>(body, 0);
    put<qint64>(body, -1);
    QByteArray options;
    putTextOption(options, OptComment, comment);
    putTextOption(options, ShbUserAppl, application);
    return block(SectionHeaderType, body, options);
}

QByteArray PcapngWriter::interfaceDescription(
    quint16 linkType, quint32 snapLength, const QString &name)
{
    QByteArray body;
    put<quint16>(body, linkType);
    put<quint16>(body, 0);
    put<quint32>(body, snapLength);
    QByteArray options;
    putTextOption(options, IfName, name);
    return block(InterfaceDescriptionType, body, options);
}

QByteArray PcapngWriter::enhancedPacket(quint32 interfaceId, quint64 timestampUs,
    const QByteArray &packet, Direction direction, const QString &comment)
{
    return capturedPacket(interfaceId, timestampUs, packet, quint32(packet.size()), direction, comment);
}

QByteArray PcapngWriter::capturedPacket(quint32 interfaceId, quint64 timestampUs, const QByteArray &packet,
    quint32 originalLength, Direction direction, const QString &comment)
{
    QByteArray body;
    body.reserve(20 + packet.size() + 3);
    put<quint32>(body, interfaceId);
    put<quint32>(body, quint32(timestampUs >> 32));
    put<quint32>(body, quint32(timestampUs));
    put<quint32>(body, quint32(packet.size()));
    put<quint32>(body, qMax(originalLength, quint32(packet.size())));
    body.append(packet);
    padTo4(body);
    QByteArray options;
    putTextOption(options, OptComment, comment);
    if (direction != Direction::Unknown) {
        QByteArray flags;
        put<quint32>(flags, quint32(direction));
        putOption(options, EpbFlags, flags);
    }
    return block(EnhancedPacketType, body, options);
}
