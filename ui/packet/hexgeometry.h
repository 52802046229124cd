// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hexlayout.h"

class QFont;
class QPoint;
class QRect;

// Where the hex view's characters sit on screen: the size of a character cell and of a row
// for the view's font, and the scroll position. HexLayout says which character column a byte
// is in; this turns columns and rows into pixels of the viewport. A value: the view makes one
// for its current scroll position whenever it paints or hit-tests.
struct HexGeometry
{
    struct Span
    {
        qreal left = 0;
        qreal right = 0;
    };

    // The cell sizes of font, which must be fixed-pitch.
    void setFont(const QFont &font);

    qreal charX(int charColumn) const { return margin + charColumn * charWidth - scrollX; }
    int rowTop(qint64 row) const { return margin + int(row - firstRow) * rowHeight; }
    // From the left of the first byte's cell to the right of the last one's, in one pane.
    Span byteSpan(HexLayout::Pane pane, int firstColumn, int lastColumn) const;
    // Hit tests in viewport coordinates. byteRect is empty when the byte is not among the
    // visibleRows rows on screen; offsetAt is -1 when the point is not over a byte.
    QRect byteRect(qint64 offset, HexLayout::Pane pane, int visibleRows) const;
    HexLayout::Pane paneAt(const QPoint &pos) const;
    qint64 offsetAt(const QPoint &pos) const;
    // The byte in pane nearest to pos, also past the view's edges (for dragging); -1 when
    // there are no bytes.
    qint64 offsetNear(const QPoint &pos, HexLayout::Pane pane) const;
    // The width of a whole row, margins included.
    qreal contentWidth() const { return 2 * margin + layout.rowWidth() * charWidth; }

    HexLayout layout;
    qreal charWidth = 8;
    int rowHeight = 16;
    int baseline = 12; // from the top of a row to its text baseline
    int margin = 4;
    int scrollX = 0; // pixels scrolled to the right
    qint64 firstRow = 0; // the row at the top of the viewport
};
