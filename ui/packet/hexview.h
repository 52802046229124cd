// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hexchunks.h"
#include "hexgeometry.h"
#include "hexrange.h"

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QColor>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

class QAction;
class QPainter;

// A stream of bytes as a `hexdump -C` table (offset, hex, ASCII), like Wireshark's bytes pane.
//
// Only the rows on screen are ever turned into text, so megabytes scroll as fast as a few
// bytes. One byte range is selected at a time and shown in both panes: the pane it was made in
// (the active pane) in the palette's highlight, the other in a blend of highlight and base. The
// stream may be cut into chunks (one chunk per read() call): each chunk's bytes get a faint
// tint of the chunk's colour, a bar in that colour marks where a chunk starts, and hovering a
// byte tells which chunk it came from.
//
// Mouse: click selects a byte, shift-click and drag extend from the anchor, double-click
// selects the chunk. Keys: arrows, Home/End, PgUp/PgDn (with Shift to extend), Ctrl+A,
// Ctrl+C copies the selection as hex pairs, Ctrl+Shift+C as text.
//
// HexChunks keeps the chunks, HexGeometry turns rows and columns into pixels and HexPainter
// draws the rows; this class holds the bytes and the selection and handles input.
class HexView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    using Pane = HexLayout::Pane;

    using Range = HexRange;

    explicit HexView(QWidget *parent = nullptr);
    ~HexView() override;

    // The hint is wide enough for a row of 16 bytes, the minimum for one of 8; in between, and
    // below, rows get shorter (HexLayout) so that the ASCII column stays in view.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Replaces the bytes, clears the chunk boundaries and the selection and scrolls to the top.
    void setData(const QByteArray &bytes);
    QByteArray data() const { return m_data; }
    const HexLayout &layout() const { return m_metrics.layout; }

    // Offsets at which a new chunk starts, with an optional label per offset for the tooltip
    // ("#12 received 512 B at 0.532 s"). Offset 0 always starts a chunk, given or not;
    // offsets outside the data and repeated offsets are dropped. Call after setData().
    void setChunkBoundaries(const QList<qint64> &offsets, const QStringList &labels = {});
    QList<qint64> chunkBoundaries() const { return m_chunks.starts(); } // sorted, 0 first
    int chunkCount() const { return m_chunks.count(); }
    // index into chunkBoundaries(), -1 outside the data
    int chunkAt(qint64 offset) const { return m_chunks.at(offset); }
    Range chunkRange(int chunk) const { return m_chunks.range(chunk); }
    // a chunk other than the first starts here
    bool isChunkBoundary(qint64 offset) const { return m_chunks.isBoundary(offset); }
    QString chunkToolTip(qint64 offset) const; // what hovering the byte at offset shows

    // Chunk i is drawn in colours[i % size]; an empty list picks colours that stand out from
    // the palette's base colour.
    void setChunkColours(const QList<QColor> &colours);
    QColor chunkColour(int chunk) const;

    // Shown, greyed and centred, while there are no bytes.
    void setPlaceholderText(const QString &text);
    // Where a placeholder text goes in a viewport and how it is aligned (*flags): centred within
    // margins, or from the top without them when the pane is too short for that (a fifth of a
    // projector's height under a lesson), so that it is not cut at both ends.
    static QRect placeholderArea(const QRect &viewport, const QFontMetrics &metrics, const QString &text, int margin,
                                 int *flags);
    QString placeholderText() const { return m_placeholderText; }

    Range selection() const; // length 0 when nothing is selected
    QByteArray selectedBytes() const;
    Pane activePane() const { return m_activePane; }
    // Selects [start, start + length) clipped to the data and scrolls it into view; the cursor
    // goes to the last selected byte. length 0 clears the selection.
    void setSelection(qint64 start, qint64 length, Pane pane = Pane::Hex);

    // Viewport geometry, for hit tests (and for tests that click on a byte).
    QRect byteRect(qint64 offset, Pane pane) const; // empty when the byte is not on screen
    qint64 offsetAt(const QPoint &viewportPos) const; // -1 when not over a byte
    Pane paneAt(const QPoint &viewportPos) const;
    qint64 firstVisibleRow() const;
    void scrollToOffset(qint64 offset); // the least scrolling that shows the byte

    // Clipboard text for the selection: "47 45 54" and the bytes decoded as UTF-8.
    QString selectionAsHex() const;
    QString selectionAsText() const;

public Q_SLOTS:
    void selectAll();
    void clearSelection();
    void copyHex();
    void copyText();

Q_SIGNALS:
    void selectionChanged(qint64 start, qint64 length);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void fitRowLength(); // the longest row that fits the viewport
    int widthFor(const HexGeometry &geometry) const; // of the whole view, for a row of geometry
    void updateScrollBars();
    void updateActions();
    int visibleRowCount() const; // rows that fit completely
    HexGeometry geometry() const; // at the current scroll position
    void moveCursor(qint64 offset, bool extend);
    void selectFromTo(qint64 anchor, qint64 cursor, Pane pane);
    void emitIfChanged(const Range &before);

    void paintPlaceholder(QPainter &painter);

    QByteArray m_data;
    HexChunks m_chunks;
    QString m_placeholderText;

    // The selection runs from the anchor to the cursor, both included; no anchor, no selection.
    qint64 m_anchor = -1;
    qint64 m_cursor = 0;
    Pane m_activePane = Pane::Hex;
    bool m_dragging = false;

    HexGeometry m_metrics; // the font's cells and the data's layout; geometry() adds the scroll

    QAction *m_copyHexAction = nullptr;
    QAction *m_copyTextAction = nullptr;
    QAction *m_selectAllAction = nullptr;
};
