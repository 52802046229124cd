// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QStyledItemDelegate>

// Draws the byte log's cells as the style would (background, selection, marker, focus, the
// model's colours and alignment), but with each cell's text shaped once.
//
// Why not the plain delegate: the style shapes a cell's text three times (to measure it, to
// elide it, to draw it), and a preview of binary bytes escapes to about 280 characters of which
// a cell shows a third. Repeated for every visible cell at 30 frames a second during a flood,
// that was most of the GUI thread's time. Here previews of data are set in a fixed-width font,
// which also lines successive chunks up like a dump, and are cut by counting cells.
class ByteLogDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

    // The font previews of data are drawn in: fixed-width, the size of `like`.
    QFont previewFont(const QFont &like) const;
    // `text` as a cell `width` pixels wide shows it in a fixed-width font with cells
    // `cellWidth` wide: cut, ending in an ellipsis, when it would not fit.
    static QString fitted(const QString &text, int width, int cellWidth);

private:
    mutable QFont m_previewFont;
};
