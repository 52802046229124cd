// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QByteArray;
class QChar;
class QString;

// Where each byte of a stream sits in a `hexdump -C` table, in character cells:
//
//   00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  |GET / HTTP/1.1..|
//   ^offset   ^hex, two groups of 8 bytes                       ^ASCII between bars
//
// Offsets have 8 hex digits, more only when the data is larger than 4 GiB, so that every row
// of one stream has the same width. A short last row keeps the ASCII column where it is and
// closes the bar right after its last character, as hexdump does.
//
// A row holds 16 bytes as hexdump's does, or 8 or 4 where 16 do not fit (a narrow pane, a
// projector's large font): a shorter row with its ASCII column beats a long one cut off.
//
// The view does its hit-testing and painting with these cells, times the width of one
// character of its fixed-pitch font; the arithmetic lives here so it can be tested without
// a widget.
class HexLayout
{
public:
    static constexpr int MaxBytesPerRow = 16;
    static constexpr int MinBytesPerRow = 4;
    static constexpr int BytesPerGroup = 8;

    // The areas of a row, left to right. The spaces around a pane's bytes belong to the pane,
    // so that a click just beside a byte still lands in the pane it was aimed at.
    enum class Pane { None, Offset, Hex, Ascii };

    // bytesPerRow is 16, 8 or 4; anything else counts as 16.
    explicit HexLayout(qint64 dataSize = 0, int bytesPerRow = MaxBytesPerRow);
    // The widest of the three row lengths whose rowWidth() is at most characters, 4 when
    // none is.
    static int bytesPerRowFitting(qint64 dataSize, int characters);

    qint64 dataSize() const { return m_dataSize; }
    int bytesPerRow() const { return m_bytesPerRow; }
    qint64 rowCount() const;
    int bytesInRow(qint64 row) const; // bytesPerRow(), fewer in the last row, 0 outside

    qint64 rowOf(qint64 offset) const { return offset / m_bytesPerRow; }
    int columnOf(qint64 offset) const { return int(offset % m_bytesPerRow); }
    // -1 when the cell holds no byte (past the end of the data, or a bad row or column).
    qint64 offsetAt(qint64 row, int column) const;

    // Character cells. A row is rowWidth() characters when full.
    int offsetWidth() const { return m_offsetWidth; }
    int hexColumn(int byteColumn) const; // the first of the byte's two hex digits
    int asciiColumn(int byteColumn) const; // the byte's ASCII character
    int rowWidth() const;

    Pane paneAt(int charColumn) const;
    // The byte shown at charColumn, in either pane; -1 on spaces, bars and the offset.
    int byteColumnAt(int charColumn) const;
    // The byte column in pane closest to charColumn, clamped to the row (a space belongs to the
    // byte on its left, the group gap to the byte on its right): a drag that runs past the
    // edge of a pane keeps selecting in that pane. -1 for Pane::None and Pane::Offset.
    int nearestByteColumn(Pane pane, int charColumn) const;

    // The row as `hexdump -C` prints it, from the data this layout was made for. Only ever
    // built for rows on screen. Empty for a row outside the data.
    QString rowText(const QByteArray &data, qint64 row) const;
    QString offsetText(qint64 row) const;
    // The hex pane alone: from hexColumn(0) up to the last digit of a full row.
    QString hexText(const QByteArray &data, qint64 row) const;

    // hexdump -C shows bytes 0x20..0x7e as themselves and everything else as '.'.
    static bool isPrintable(char byte) { return byte >= 0x20 && byte <= 0x7e; }
    static QChar asciiChar(char byte);

private:
    qint64 m_dataSize = 0;
    int m_bytesPerRow = MaxBytesPerRow;
    int m_offsetWidth = 8;
};
