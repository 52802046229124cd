// SPDX-License-Identifier: GPL-3.0-or-later
#include "byteformat.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <cmath>
#include <iterator>

namespace {

constexpr int hexDumpBytesPerLine = 16;

bool isPrintableAscii(uchar byte)
{
    return byte >= 0x20 && byte < 0x7f;
}

QLatin1Char hexDigit(uint value)
{
    return QLatin1Char("0123456789abcdef"[value & 0xf]);
}

// At least eight digits, as hexdump's "%08.8_ax"; larger offsets simply grow wider.
QString hexDumpOffset(quint64 offset)
{
    return QStringLiteral("%1").arg(offset, 8, 16, QLatin1Char('0'));
}

} // namespace

QString escapeBytes(const QByteArray &bytes, int maxBytes)
{
    const qsizetype shown = maxBytes < 0 ? bytes.size() : qMin<qsizetype>(bytes.size(), maxBytes);
    QString text;
    text.reserve(shown + 8);
    for (qsizetype i = 0; i < shown; ++i) {
        const auto byte = uchar(bytes.at(i));
        switch (byte) {
        case '\r': text += QLatin1String("\\r"); break;
        case '\n': text += QLatin1String("\\n"); break;
        case '\t': text += QLatin1String("\\t"); break;
        case '\\': text += QLatin1String("\\\\"); break;
        case '\0': text += QLatin1String("\\0"); break;
        default:
            // Bytes >= 0x80 are escaped too: shown as text they would be re-encoded as UTF-8
            // by parseEscapedText() and no longer round-trip.
            if (isPrintableAscii(byte)) {
                text += QLatin1Char(char(byte));
            } else {
                text += QLatin1String("\\x");
                text += hexDigit(byte >> 4);
                text += hexDigit(byte);
            }
        }
    }
    if (shown < bytes.size())
        text += QChar(0x2026); // HORIZONTAL ELLIPSIS
    return text;
}

QString hexDump(const QByteArray &bytes, quint64 baseOffset)
{
    // hexdump -C prints nothing at all for empty input, not even the final offset line.
    if (bytes.isEmpty())
        return {};

    QString dump;
    // 79 characters for a full line with an eight-digit offset, plus the final offset line.
    const qsizetype lineCount = (bytes.size() + hexDumpBytesPerLine - 1) / hexDumpBytesPerLine;
    dump.reserve(lineCount * 80 + 10);
    for (qsizetype start = 0; start < bytes.size(); start += hexDumpBytesPerLine) {
        const qsizetype count = qMin<qsizetype>(hexDumpBytesPerLine, bytes.size() - start);
        dump += hexDumpOffset(baseOffset + quint64(start));
        dump += QLatin1String("  ");
        for (qsizetype i = 0; i < count; ++i) {
            const auto byte = uchar(bytes.at(start + i));
            dump += hexDigit(byte >> 4);
            dump += hexDigit(byte);
            dump += QLatin1Char(' ');
            if (i == 7)
                dump += QLatin1Char(' ');
        }
        // A short last line is padded as hexdump does it, by the width of each missing "xx "
        // (and of the extra middle space), so the ascii column lines up with full lines.
        const qsizetype missing = hexDumpBytesPerLine - count;
        dump += QString(missing * 3 + (count < 8 ? 1 : 0), QLatin1Char(' '));
        dump += QLatin1String(" |");
        for (qsizetype i = 0; i < count; ++i) {
            const auto byte = uchar(bytes.at(start + i));
            dump += QLatin1Char(isPrintableAscii(byte) ? char(byte) : '.');
        }
        dump += QLatin1String("|\n");
    }
    dump += hexDumpOffset(baseOffset + quint64(bytes.size()));
    dump += QLatin1Char('\n');
    return dump;
}

QString hexPairs(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

QString formatByteCount(double bytes)
{
    // A rate over a zero-length interval must read as nothing sent, not as "nan B".
    if (!std::isfinite(bytes))
        bytes = 0;
    if (bytes <= -0.5)
        return QLatin1Char('-') + formatByteCount(-bytes);
    if (bytes < 0) // rounds to zero; "-0 B" would suggest a sign that means something
        bytes = 0;

    // Whole bytes below 1024; rounding 1023.6 up moves it to "1.00 KiB", not "1024 B".
    if (std::round(bytes) < 1024)
        return QCoreApplication::translate("ByteFormat", "%1 B").arg(std::round(bytes), 0, 'f', 0);

    static const char *const units[] = {
        QT_TRANSLATE_NOOP("ByteFormat", "%1 KiB"),
        QT_TRANSLATE_NOOP("ByteFormat", "%1 MiB"),
        QT_TRANSLATE_NOOP("ByteFormat", "%1 GiB"),
        QT_TRANSLATE_NOOP("ByteFormat", "%1 TiB"),
    };
    constexpr int lastUnit = int(std::size(units)) - 1;
    int unit = 0;
    double value = bytes / 1024;
    // Three significant digits; a value that would round to 1000 or more moves up a unit.
    while (value >= 999.5 && unit < lastUnit) {
        value /= 1024;
        ++unit;
    }
    const int decimals = value < 9.995 ? 2 : value < 99.95 ? 1 : 0;
    return QCoreApplication::translate("ByteFormat", units[unit]).arg(value, 0, 'f', decimals);
}

QString formatByteRate(double bytesPerSecond)
{
    return QCoreApplication::translate("ByteFormat", "%1/s").arg(formatByteCount(bytesPerSecond));
}

QString printableLine(const QString &text)
{
    QString line;
    for (QChar c : text) {
        if (c == QLatin1Char('\n'))
            line += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            line += QLatin1String("\\r");
        else if (c == QLatin1Char('\t'))
            line += QLatin1String("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            line += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            line += c;
    }
    return line;
}
