// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexpainter.h"

#include "hexchunks.h"

#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <iterator>

namespace {

using Pane = HexLayout::Pane;

} // namespace

HexPainter::HexPainter(QPainter &painter, const HexGeometry &geometry, const QByteArray &data,
    const HexChunks &chunks, const QPalette &palette, const State &state)
    : m_painter(painter)
    , m_geometry(geometry)
    , m_data(data)
    , m_chunks(chunks)
    , m_palette(palette)
    , m_state(state)
{
}

void HexPainter::paint(const QRect &dirty)
{
    const HexGeometry &g = m_geometry;
    // Only the rows that intersect the dirty rectangle: never more than a screenful.
    const qint64 firstRow = g.firstRow + std::max(0, dirty.top() - g.margin) / g.rowHeight;
    const qint64 lastRow = std::min(
        g.layout.rowCount() - 1, g.firstRow + std::max(0, dirty.bottom() - g.margin) / g.rowHeight);

    // Backgrounds first for all rows: the chunk lines drawn later sit on row edges.
    for (qint64 row = firstRow; row <= lastRow; ++row)
        paintBackgrounds(row, g.rowTop(row));
    for (qint64 row = firstRow; row <= lastRow; ++row)
        paintText(row, g.rowTop(row));
    paintChunkMarkers(firstRow, lastRow);
    paintCursor(firstRow, lastRow);
}

QColor HexPainter::mirrorHighlight() const
{
    return HexChunks::mix(
        m_palette.color(QPalette::Base), m_palette.color(QPalette::Highlight), 0.45);
}

void HexPainter::paintBackgrounds(qint64 row, int y)
{
    const qint64 rowStart = row * m_geometry.layout.bytesPerRow();
    const qint64 rowEnd = rowStart + m_geometry.layout.bytesInRow(row);
    const auto fill = [&](qint64 from, qint64 to, Pane pane, const QColor &colour) {
        const HexGeometry::Span span
            = m_geometry.byteSpan(pane, int(from - rowStart), int(to - 1 - rowStart));
        m_painter.fillRect(
            QRectF(span.left, y, span.right - span.left, m_geometry.rowHeight), colour);
    };

    const QColor base = m_palette.color(QPalette::Base);
    if (m_chunks.count() > 1) {
        for (int chunk = m_chunks.at(rowStart); chunk >= 0 && chunk < m_chunks.count(); ++chunk) {
            const HexRange range = m_chunks.range(chunk);
            const qint64 from = std::max(range.start, rowStart);
            const qint64 to = std::min(range.end(), rowEnd);
            if (from >= to)
                break;
            const QColor tint = m_chunks.tint(chunk, base);
            fill(from, to, Pane::Hex, tint);
            fill(from, to, Pane::Ascii, tint);
        }
    }

    const HexRange selected = m_state.selection;
    const qint64 from = std::max(selected.start, rowStart);
    const qint64 to = std::min(selected.end(), rowEnd);
    if (from < to) {
        const QColor active = m_palette.color(QPalette::Highlight);
        fill(from, to, Pane::Hex, m_state.activePane == Pane::Hex ? active : mirrorHighlight());
        fill(from, to, Pane::Ascii, m_state.activePane == Pane::Ascii ? active : mirrorHighlight());
    }
}

void HexPainter::paintText(qint64 row, int y)
{
    const HexGeometry &g = m_geometry;
    const QColor text = m_palette.color(QPalette::Text);
    const QColor dim = m_palette.color(QPalette::PlaceholderText);
    const int baseline = y + g.baseline;
    const int count = g.layout.bytesInRow(row);
    const char *bytes = m_data.constData() + row * m_geometry.layout.bytesPerRow();

    const QString hex = g.layout.hexText(m_data, row);
    // The ASCII pane in two layers, so that the dots standing for unprintable bytes can be
    // dimmer than a real '.'; the bars go with the dots.
    QString printable(count, QLatin1Char(' '));
    QString dots(count + 2, QLatin1Char(' '));
    dots[0] = QLatin1Char('|');
    dots[count + 1] = QLatin1Char('|');
    for (int column = 0; column < count; ++column) {
        if (HexLayout::isPrintable(bytes[column]))
            printable[column] = QLatin1Char(bytes[column]);
        else
            dots[column + 1] = QLatin1Char('.');
    }
    const QPointF hexAt(g.charX(g.layout.hexColumn(0)), baseline);
    const QPointF printableAt(g.charX(g.layout.asciiColumn(0)), baseline);
    const QPointF dotsAt(g.charX(g.layout.asciiColumn(0) - 1), baseline);

    m_painter.setPen(dim);
    m_painter.drawText(QPointF(g.charX(0), baseline), g.layout.offsetText(row));
    m_painter.drawText(dotsAt, dots);
    m_painter.setPen(text);
    m_painter.drawText(hexAt, hex);
    m_painter.drawText(printableAt, printable);

    // The selected bytes of the active pane again, in the highlighted text colour.
    const HexRange selected = m_state.selection;
    const qint64 rowStart = row * m_geometry.layout.bytesPerRow();
    const qint64 from = std::max(selected.start, rowStart);
    const qint64 to = std::min(selected.end(), rowStart + count);
    if (from >= to)
        return;
    const HexGeometry::Span span
        = g.byteSpan(m_state.activePane, int(from - rowStart), int(to - 1 - rowStart));
    const QRectF area(span.left, y, span.right - span.left, g.rowHeight);
    m_painter.save();
    m_painter.setClipRect(area);
    m_painter.fillRect(area, m_palette.color(QPalette::Highlight));
    const QColor highlighted = m_palette.color(QPalette::HighlightedText);
    m_painter.setPen(highlighted);
    if (m_state.activePane == Pane::Hex) {
        m_painter.drawText(hexAt, hex);
    } else {
        m_painter.drawText(printableAt, printable);
        m_painter.setPen(HexChunks::mix(highlighted, m_palette.color(QPalette::Highlight), 0.35));
        m_painter.drawText(dotsAt, dots);
    }
    m_painter.restore();
}

void HexPainter::paintChunkMarkers(qint64 firstRow, qint64 lastRow)
{
    if (m_chunks.count() < 2)
        return;
    const HexGeometry &g = m_geometry;
    // A boundary also draws a line along the bottom of its row, so start a row early.
    const qint64 from = std::max<qint64>(1, (firstRow - 1) * g.layout.bytesPerRow());
    const qint64 to = (lastRow + 1) * g.layout.bytesPerRow();
    const qreal barWidth = std::max<qreal>(2, qRound(g.charWidth / 4));
    const QColor base = m_palette.color(QPalette::Base);

    const QList<qint64> starts = m_chunks.starts();
    auto it = std::lower_bound(starts.cbegin(), starts.cend(), from);
    for (; it != starts.cend() && *it < to; ++it) {
        const int chunk = int(std::distance(starts.cbegin(), it));
        const QColor colour = m_chunks.colour(chunk, base);
        const int column = m_geometry.layout.columnOf(*it);
        const int y = g.rowTop(m_geometry.layout.rowOf(*it));
        for (const Pane pane : { Pane::Hex, Pane::Ascii }) {
            const HexGeometry::Span row = g.byteSpan(pane, 0, g.layout.bytesPerRow() - 1);
            const qreal x = g.byteSpan(pane, column, column).left;
            // The step between the chunks: along the top of this row from the new chunk's first
            // byte to the end, down the bar, and back along the bottom to the row's start.
            m_painter.fillRect(QRectF(x, y, row.right - x, 1), colour);
            if (column > 0)
                m_painter.fillRect(QRectF(row.left, y + g.rowHeight - 1, x - row.left, 1), colour);
            m_painter.fillRect(QRectF(x - barWidth / 2, y, barWidth, g.rowHeight), colour);
        }
    }
}

void HexPainter::paintCursor(qint64 firstRow, qint64 lastRow)
{
    // With more than one byte selected, a frame shows which end the keys move.
    if (!m_state.showCursor || m_state.selection.length < 2)
        return;
    const qint64 row = m_geometry.layout.rowOf(m_state.cursor);
    if (row < firstRow || row > lastRow)
        return;
    const HexGeometry &g = m_geometry;
    const int column = m_geometry.layout.columnOf(m_state.cursor);
    const HexGeometry::Span span = g.byteSpan(m_state.activePane, column, column);
    const int y = g.rowTop(row);
    m_painter.setPen(QPen(m_palette.color(QPalette::HighlightedText), 1));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(
        QRectF(span.left + 0.5, y + 0.5, span.right - span.left - 1, g.rowHeight - 1));
}
