// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexgeometry.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPoint>
#include <QRect>
#include <QtMath>

#include <algorithm>

void HexGeometry::setFont(const QFont &font)
{
    const QFontMetricsF metrics(font);
    charWidth = metrics.horizontalAdvance(QLatin1Char('0'));
    // Two spare pixels keep the chunk lines, drawn on a row's edge, off the glyphs.
    rowHeight = qCeil(metrics.height()) + 2;
    baseline = (rowHeight - qCeil(metrics.height())) / 2 + qCeil(metrics.ascent());
    margin = qCeil(charWidth / 2) + 2;
}

HexGeometry::Span HexGeometry::byteSpan(HexLayout::Pane pane, int firstColumn, int lastColumn) const
{
    if (pane == HexLayout::Pane::Ascii)
        return { charX(layout.asciiColumn(firstColumn)),
            charX(layout.asciiColumn(lastColumn) + 1) };
    // Half a space either side, so that neighbouring bytes' cells meet.
    const qreal half = charWidth / 2;
    return { charX(layout.hexColumn(firstColumn)) - half,
        charX(layout.hexColumn(lastColumn) + 2) + half };
}

QRect HexGeometry::byteRect(qint64 offset, HexLayout::Pane pane, int visibleRows) const
{
    using Pane = HexLayout::Pane;
    if (offset < 0 || offset >= layout.dataSize() || (pane != Pane::Hex && pane != Pane::Ascii))
        return QRect();
    const qint64 visibleRow = layout.rowOf(offset) - firstRow;
    if (visibleRow < 0 || visibleRow > visibleRows)
        return QRect();
    const int column = layout.columnOf(offset);
    const Span span = byteSpan(pane, column, column);
    const int left = qFloor(span.left);
    return QRect(left, rowTop(layout.rowOf(offset)), qCeil(span.right) - left, rowHeight);
}

HexLayout::Pane HexGeometry::paneAt(const QPoint &pos) const
{
    if (layout.dataSize() == 0 || pos.y() < margin)
        return HexLayout::Pane::None;
    return layout.paneAt(qFloor((pos.x() - charX(0)) / charWidth));
}

qint64 HexGeometry::offsetAt(const QPoint &pos) const
{
    const HexLayout::Pane pane = paneAt(pos);
    if (pane != HexLayout::Pane::Hex && pane != HexLayout::Pane::Ascii)
        return -1;
    const qint64 row = firstRow + (pos.y() - margin) / rowHeight;
    const int charColumn = qFloor((pos.x() - charX(0)) / charWidth);
    return layout.offsetAt(row, layout.nearestByteColumn(pane, charColumn));
}

qint64 HexGeometry::offsetNear(const QPoint &pos, HexLayout::Pane pane) const
{
    if (layout.dataSize() == 0)
        return -1;
    const qreal rowsDown = qreal(pos.y() - margin) / rowHeight;
    const qint64 row = std::clamp<qint64>(firstRow + qFloor(rowsDown), 0, layout.rowCount() - 1);
    const int charColumn = qFloor((pos.x() - charX(0)) / charWidth);
    const int column = std::max(0, layout.nearestByteColumn(pane, charColumn));
    return std::min(row * layout.bytesPerRow() + column, layout.dataSize() - 1);
}
