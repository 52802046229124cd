// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hexgeometry.h"
#include "hexrange.h"

#include <QByteArray>

class HexChunks;
class QColor;
class QPainter;
class QPalette;
class QRect;

// Paints the rows of a hex view that lie in a dirty rectangle: chunk tints and the
// selection behind, offset, hex and ASCII text, the steps between chunks and the cursor frame.
// Only those rows are ever turned into text.
class HexPainter
{
public:
    struct State
    {
        HexRange selection;
        HexLayout::Pane activePane = HexLayout::Pane::Hex;
        qint64 cursor = 0;
        bool showCursor = false; // the view has focus
    };

    HexPainter(QPainter &painter, const HexGeometry &geometry, const QByteArray &data,
        const HexChunks &chunks, const QPalette &palette, const State &state);

    void paint(const QRect &dirty);

private:
    void paintBackgrounds(qint64 row, int y);
    void paintText(qint64 row, int y);
    void paintChunkMarkers(qint64 firstRow, qint64 lastRow);
    void paintCursor(qint64 firstRow, qint64 lastRow);
    QColor mirrorHighlight() const;

    QPainter &m_painter;
    const HexGeometry &m_geometry;
    const QByteArray &m_data;
    const HexChunks &m_chunks;
    const QPalette &m_palette;
    State m_state;
};
