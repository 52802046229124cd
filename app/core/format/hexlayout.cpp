// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexlayout.h"

#include <QByteArray>
#include <QChar>
#include <QString>

#include <algorithm>

namespace {

// Two spaces after the offset, "hh " per byte, one more space between the two groups of 8
// and two spaces before the ASCII bar: the spacing of `hexdump -C`.
constexpr int OffsetGap = 2;
constexpr int CellWidth = 3;
constexpr int AsciiGap = 2;

constexpr char HexDigits[] = "0123456789abcdef";

} // namespace

HexLayout::HexLayout(qint64 dataSize, int bytesPerRow)
    : m_dataSize(std::max<qint64>(dataSize, 0))
    , m_bytesPerRow(bytesPerRow == 8 || bytesPerRow == 4 ? bytesPerRow : MaxBytesPerRow)
{
    // Enough digits for the last offset, never fewer than hexdump's 8.
    int digits = 0;
    for (quint64 last = quint64(std::max<qint64>(m_dataSize - 1, 0)); last != 0; last >>= 4)
        ++digits;
    m_offsetWidth = std::max(digits, 8);
}

int HexLayout::bytesPerRowFitting(qint64 dataSize, int characters)
{
    for (int bytes = MaxBytesPerRow; bytes > MinBytesPerRow; bytes /= 2) {
        if (HexLayout(dataSize, bytes).rowWidth() <= characters)
            return bytes;
    }
    return MinBytesPerRow;
}

qint64 HexLayout::rowCount() const
{
    return (m_dataSize + m_bytesPerRow - 1) / m_bytesPerRow;
}

int HexLayout::bytesInRow(qint64 row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return int(std::min<qint64>(m_dataSize - row * m_bytesPerRow, m_bytesPerRow));
}

qint64 HexLayout::offsetAt(qint64 row, int column) const
{
    if (row < 0 || column < 0 || column >= m_bytesPerRow)
        return -1;
    const qint64 offset = row * m_bytesPerRow + column;
    return offset < m_dataSize ? offset : -1;
}

int HexLayout::hexColumn(int byteColumn) const
{
    const int groupGap = byteColumn >= BytesPerGroup ? 1 : 0;
    return m_offsetWidth + OffsetGap + byteColumn * CellWidth + groupGap;
}

int HexLayout::asciiColumn(int byteColumn) const
{
    // After the last two hex digits: the gap, then the opening bar.
    return hexColumn(m_bytesPerRow - 1) + 2 + AsciiGap + 1 + byteColumn;
}

int HexLayout::rowWidth() const
{
    return asciiColumn(m_bytesPerRow) + 1; // the closing bar
}

HexLayout::Pane HexLayout::paneAt(int charColumn) const
{
    if (charColumn < 0 || charColumn >= rowWidth())
        return Pane::None;
    if (charColumn < hexColumn(0) - 1)
        return Pane::Offset;
    if (charColumn < asciiColumn(0) - 1)
        return Pane::Hex;
    return Pane::Ascii;
}

int HexLayout::byteColumnAt(int charColumn) const
{
    switch (paneAt(charColumn)) {
    case Pane::Hex: {
        const int column = nearestByteColumn(Pane::Hex, charColumn);
        const int digit = charColumn - hexColumn(column);
        return digit == 0 || digit == 1 ? column : -1;
    }
    case Pane::Ascii: {
        const int column = charColumn - asciiColumn(0);
        return column >= 0 && column < m_bytesPerRow ? column : -1;
    }
    case Pane::None:
    case Pane::Offset: break;
    }
    return -1;
}

int HexLayout::nearestByteColumn(Pane pane, int charColumn) const
{
    int column = -1;
    switch (pane) {
    case Pane::Hex: {
        // A byte's cell is its two digits and the space after them. The extra space between
        // the groups and the one before the first byte are outside every cell; integer
        // division rounds them (-1 / 3 == 0) to the byte on their right.
        if (charColumn < hexColumn(BytesPerGroup) - 1)
            column = std::min((charColumn - hexColumn(0)) / CellWidth, BytesPerGroup - 1);
        else
            column = BytesPerGroup + (charColumn - hexColumn(BytesPerGroup)) / CellWidth;
        break;
    }
    case Pane::Ascii: column = charColumn - asciiColumn(0); break;
    case Pane::None:
    case Pane::Offset: return -1;
    }
    return std::clamp(column, 0, m_bytesPerRow - 1);
}

QString HexLayout::offsetText(qint64 row) const
{
    return QStringLiteral("%1").arg(row * m_bytesPerRow, m_offsetWidth, 16, QLatin1Char('0'));
}

QString HexLayout::hexText(const QByteArray &data, qint64 row) const
{
    const int count = HexLayout(data.size(), m_bytesPerRow).bytesInRow(row);
    if (count == 0)
        return QString();
    const char *bytes = data.constData() + row * m_bytesPerRow;
    const int start = hexColumn(0);
    QString text(hexColumn(m_bytesPerRow - 1) + 2 - start, QLatin1Char(' '));
    QChar *out = text.data();
    for (int column = 0; column < count; ++column) {
        const auto byte = uchar(bytes[column]);
        const int at = hexColumn(column) - start;
        out[at] = QLatin1Char(HexDigits[byte >> 4]);
        out[at + 1] = QLatin1Char(HexDigits[byte & 0xf]);
    }
    return text;
}

QString HexLayout::rowText(const QByteArray &data, qint64 row) const
{
    const int count = HexLayout(data.size(), m_bytesPerRow).bytesInRow(row);
    if (count == 0)
        return QString();
    const char *bytes = data.constData() + row * m_bytesPerRow;

    QString text;
    text.reserve(rowWidth());
    text += offsetText(row);
    text += QString(hexColumn(0) - text.size(), QLatin1Char(' '));
    text += hexText(data, row);
    text += QString(asciiColumn(0) - 1 - text.size(), QLatin1Char(' '));
    text += QLatin1Char('|');
    for (int column = 0; column < count; ++column)
        text += asciiChar(bytes[column]);
    text += QLatin1Char('|');
    return text;
}

QChar HexLayout::asciiChar(char byte)
{
    return QLatin1Char(isPrintable(byte) ? byte : '.');
}
