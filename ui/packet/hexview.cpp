// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexview.h"

#include "fixedpitchfont.h"
#include "hexpainter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QtMath>

#include <algorithm>

namespace {

// Ctrl+Shift+C has no QKeySequence::StandardKey of its own.
const QKeySequence CopyTextKey(Qt::CTRL | Qt::SHIFT | Qt::Key_C);

bool isCopyTextKey(const QKeyEvent *event)
{
    return QKeySequence(event->keyCombination()) == CopyTextKey;
}

} // namespace

HexView::HexView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    // Runs of characters are drawn as one string at the x of their first cell: the font has no
    // kerning, which would move later characters off their cells.
    setFont(FixedPitchFont::font());

    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(false);
    viewport()->setBackgroundRole(QPalette::Base);
    verticalScrollBar()->setSingleStep(1);

    m_copyHexAction = new QAction(tr("&Copy as Hex"), this);
    m_copyHexAction->setShortcut(QKeySequence::Copy);
    m_copyHexAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyHexAction, &QAction::triggered, this, &HexView::copyHex);

    m_copyTextAction = new QAction(tr("Copy as &Text"), this);
    m_copyTextAction->setShortcut(CopyTextKey);
    m_copyTextAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyTextAction, &QAction::triggered, this, &HexView::copyText);

    m_selectAllAction = new QAction(tr("Select &All"), this);
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_selectAllAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_selectAllAction, &QAction::triggered, this, &HexView::selectAll);

    m_metrics.setFont(font());
    updateScrollBars();
    updateActions();
}

HexView::~HexView() = default;

void HexView::setData(const QByteArray &bytes)
{
    const Range before = selection();
    m_data = bytes;
    m_metrics.layout = HexLayout(m_data.size(), m_metrics.layout.bytesPerRow());
    fitRowLength();
    m_chunks.reset(m_data.size());
    m_anchor = -1;
    m_cursor = 0;
    m_dragging = false;
    updateScrollBars();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateActions();
    viewport()->update();
    emitIfChanged(before);
}

void HexView::setChunkBoundaries(const QList<qint64> &offsets, const QStringList &labels)
{
    m_chunks.setBoundaries(offsets, labels);
    viewport()->update();
}

QString HexView::chunkToolTip(qint64 offset) const
{
    return m_chunks.toolTip(offset, m_data);
}

void HexView::setChunkColours(const QList<QColor> &colours)
{
    m_chunks.setColours(colours);
    viewport()->update();
}

QColor HexView::chunkColour(int chunk) const
{
    return m_chunks.colour(chunk, palette().color(QPalette::Base));
}

void HexView::setPlaceholderText(const QString &text)
{
    m_placeholderText = text;
    if (m_data.isEmpty())
        viewport()->update();
}

HexView::Range HexView::selection() const
{
    if (m_anchor < 0 || m_data.isEmpty())
        return {};
    return { std::min(m_anchor, m_cursor), std::abs(m_cursor - m_anchor) + 1 };
}

QByteArray HexView::selectedBytes() const
{
    const Range range = selection();
    return m_data.mid(range.start, range.length);
}

void HexView::setSelection(qint64 start, qint64 length, Pane pane)
{
    if (length <= 0 || m_data.isEmpty()) {
        clearSelection();
        return;
    }
    start = std::clamp<qint64>(start, 0, m_data.size() - 1);
    const qint64 last = std::min(start + length, qint64(m_data.size())) - 1;
    selectFromTo(start, last, pane == Pane::Ascii ? Pane::Ascii : Pane::Hex);
    // The start wins when the range is taller than the viewport.
    scrollToOffset(start);
}

void HexView::selectAll()
{
    if (m_data.isEmpty())
        return;
    const qint64 keepScroll = verticalScrollBar()->value();
    selectFromTo(0, m_data.size() - 1, m_activePane);
    verticalScrollBar()->setValue(int(keepScroll));
}

void HexView::clearSelection()
{
    const Range before = selection();
    m_anchor = -1;
    updateActions();
    viewport()->update();
    emitIfChanged(before);
}

QString HexView::selectionAsHex() const
{
    return QString::fromLatin1(selectedBytes().toHex(' '));
}

QString HexView::selectionAsText() const
{
    // UTF-8 keeps line breaks and non-ASCII text readable; bytes that are not UTF-8 become
    // U+FFFD. The exact bytes travel alongside as application/octet-stream.
    return QString::fromUtf8(selectedBytes());
}

void HexView::copyHex()
{
    if (selection().length > 0)
        QGuiApplication::clipboard()->setText(selectionAsHex());
}

void HexView::copyText()
{
    if (selection().length == 0)
        return;
    auto *mime = new QMimeData;
    mime->setText(selectionAsText());
    mime->setData(QStringLiteral("application/octet-stream"), selectedBytes());
    QGuiApplication::clipboard()->setMimeData(mime);
}

// Geometry ----------------------------------------------------------------------------------

HexGeometry HexView::geometry() const
{
    HexGeometry geometry = m_metrics;
    geometry.scrollX = horizontalScrollBar()->value();
    geometry.firstRow = firstVisibleRow();
    return geometry;
}

void HexView::fitRowLength()
{
    // Measured against the room left beside a vertical scroll bar, shown or not: a row length
    // that made the bar appear must not then have to give way to it.
    const int room = maximumViewportSize().width() - verticalScrollBar()->sizeHint().width()
        - 2 * m_metrics.margin;
    const int bytesPerRow
        = HexLayout::bytesPerRowFitting(m_data.size(), qFloor(room / m_metrics.charWidth));
    if (bytesPerRow == layout().bytesPerRow())
        return;
    // The byte at the top left stays on screen.
    const qint64 topByte = firstVisibleRow() * layout().bytesPerRow();
    m_metrics.layout = HexLayout(m_data.size(), bytesPerRow);
    updateScrollBars();
    verticalScrollBar()->setValue(int(std::min<qint64>(layout().rowOf(topByte), INT_MAX)));
    viewport()->update();
}

void HexView::updateScrollBars()
{
    const int visible = visibleRowCount();
    const qint64 maxFirst = std::max<qint64>(0, m_metrics.layout.rowCount() - visible);
    verticalScrollBar()->setRange(0, int(std::min<qint64>(maxFirst, INT_MAX)));
    verticalScrollBar()->setPageStep(std::max(1, visible));

    const int contentWidth = m_data.isEmpty() ? 0 : qCeil(m_metrics.contentWidth());
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(qCeil(m_metrics.charWidth));
}

void HexView::updateActions()
{
    const bool selected = selection().length > 0;
    m_copyHexAction->setEnabled(selected);
    m_copyTextAction->setEnabled(selected);
    m_selectAllAction->setEnabled(!m_data.isEmpty());
}

QSize HexView::sizeHint() const
{
    HexGeometry full = m_metrics;
    full.layout = HexLayout(m_data.size());
    return { widthFor(full), 2 * m_metrics.margin + 12 * m_metrics.rowHeight + 2 * frameWidth() };
}

QSize HexView::minimumSizeHint() const
{
    // Never so narrow that a row of 8 bytes loses its ASCII column.
    HexGeometry eight = m_metrics;
    eight.layout = HexLayout(m_data.size(), HexLayout::BytesPerGroup);
    return { widthFor(eight), QAbstractScrollArea::minimumSizeHint().height() };
}

int HexView::widthFor(const HexGeometry &geometry) const
{
    return qCeil(geometry.contentWidth()) + 2 * frameWidth()
        + verticalScrollBar()->sizeHint().width();
}

int HexView::visibleRowCount() const
{
    return std::max(0, (viewport()->height() - m_metrics.margin) / m_metrics.rowHeight);
}

qint64 HexView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

QRect HexView::byteRect(qint64 offset, Pane pane) const
{
    return geometry().byteRect(offset, pane, visibleRowCount());
}

HexView::Pane HexView::paneAt(const QPoint &viewportPos) const
{
    return geometry().paneAt(viewportPos);
}

qint64 HexView::offsetAt(const QPoint &viewportPos) const
{
    return geometry().offsetAt(viewportPos);
}

void HexView::scrollToOffset(qint64 offset)
{
    if (offset < 0 || offset >= m_data.size())
        return;
    const qint64 row = layout().rowOf(offset);
    const qint64 first = firstVisibleRow();
    const int visible = std::max(1, visibleRowCount());
    if (row < first)
        verticalScrollBar()->setValue(int(row));
    else if (row >= first + visible)
        verticalScrollBar()->setValue(int(row - visible + 1));

    const int column = layout().columnOf(offset);
    const HexGeometry::Span span = geometry().byteSpan(
        m_activePane == Pane::Ascii ? Pane::Ascii : Pane::Hex, column, column);
    QScrollBar *bar = horizontalScrollBar();
    if (span.left < 0)
        bar->setValue(bar->value() + qFloor(span.left) - m_metrics.margin);
    else if (span.right > viewport()->width())
        bar->setValue(bar->value() + qCeil(span.right) - viewport()->width() + m_metrics.margin);
}

// Selection ---------------------------------------------------------------------------------

void HexView::selectFromTo(qint64 anchor, qint64 cursor, Pane pane)
{
    const Range before = selection();
    m_anchor = anchor;
    m_cursor = cursor;
    m_activePane = pane;
    scrollToOffset(cursor);
    updateActions();
    viewport()->update();
    emitIfChanged(before);
}

void HexView::moveCursor(qint64 offset, bool extend)
{
    if (m_data.isEmpty())
        return;
    offset = std::clamp<qint64>(offset, 0, m_data.size() - 1);
    if (m_anchor < 0) {
        // Nothing selected yet: the first key selects the byte under the cursor.
        m_cursor = std::min<qint64>(m_cursor, m_data.size() - 1);
        selectFromTo(m_cursor, m_cursor, m_activePane);
        return;
    }
    selectFromTo(extend ? m_anchor : offset, offset, m_activePane);
}

void HexView::emitIfChanged(const Range &before)
{
    const Range after = selection();
    if (after != before)
        Q_EMIT selectionChanged(after.start, after.length);
}

// Events ------------------------------------------------------------------------------------

bool HexView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Copy and Select All act on this view while it has focus, not on whatever window-wide
        // action shares their keys.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key == QKeySequence::Copy || key == QKeySequence::SelectAll || isCopyTextKey(key)) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool HexView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 offset = offsetAt(help->pos());
        if (offset < 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), chunkToolTip(offset), viewport(),
                byteRect(offset, paneAt(help->pos())));
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    fitRowLength();
    updateScrollBars();
}

void HexView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
        m_metrics.setFont(font());
        fitRowLength();
        updateScrollBars();
        updateGeometry();
        viewport()->update();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange: viewport()->update(); break;
    default: break;
    }
}

void HexView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void HexView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copyHex();
        return;
    }
    if (isCopyTextKey(event)) {
        copyText();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        selectAll();
        return;
    }

    const qint64 rowStart = m_cursor - layout().columnOf(m_cursor);
    const int rowLength = layout().bytesPerRow();
    const qint64 page = qint64(std::max(1, visibleRowCount())) * rowLength;
    struct Move
    {
        QKeySequence::StandardKey move;
        QKeySequence::StandardKey select;
        qint64 target;
    };
    const Move moves[] = {
        { QKeySequence::MoveToNextChar, QKeySequence::SelectNextChar, m_cursor + 1 },
        { QKeySequence::MoveToPreviousChar, QKeySequence::SelectPreviousChar, m_cursor - 1 },
        { QKeySequence::MoveToNextLine, QKeySequence::SelectNextLine, m_cursor + rowLength },
        { QKeySequence::MoveToPreviousLine, QKeySequence::SelectPreviousLine,
            m_cursor - rowLength },
        { QKeySequence::MoveToNextPage, QKeySequence::SelectNextPage, m_cursor + page },
        { QKeySequence::MoveToPreviousPage, QKeySequence::SelectPreviousPage, m_cursor - page },
        { QKeySequence::MoveToStartOfLine, QKeySequence::SelectStartOfLine, rowStart },
        { QKeySequence::MoveToEndOfLine, QKeySequence::SelectEndOfLine, rowStart + rowLength - 1 },
        { QKeySequence::MoveToStartOfDocument, QKeySequence::SelectStartOfDocument, 0 },
        { QKeySequence::MoveToEndOfDocument, QKeySequence::SelectEndOfDocument,
            qint64(m_data.size()) - 1 },
    };
    for (const Move &move : moves) {
        if (event == move.move || event == move.select) {
            moveCursor(move.target, event == move.select);
            return;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const qint64 offset = offsetAt(pos);
    if (offset < 0)
        return;
    const bool extend = event->modifiers().testFlag(Qt::ShiftModifier) && m_anchor >= 0;
    selectFromTo(extend ? m_anchor : offset, offset, paneAt(pos));
    m_dragging = true;
}

void HexView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging || !event->buttons().testFlag(Qt::LeftButton) || m_data.isEmpty()) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    // Past the top or bottom edge this picks the row just off screen, and selecting it
    // scrolls by a row: dragging out of the view scrolls it.
    selectFromTo(
        m_anchor, geometry().offsetNear(event->position().toPoint(), m_activePane), m_activePane);
}

void HexView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    event->accept();
}

void HexView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const qint64 offset = event->button() == Qt::LeftButton ? offsetAt(pos) : -1;
    if (offset < 0) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    const Range chunk = chunkRange(chunkAt(offset));
    selectFromTo(chunk.start, chunk.start + chunk.length - 1, paneAt(pos));
    m_dragging = false;
}

void HexView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(m_copyHexAction);
    menu.addAction(m_copyTextAction);
    menu.addSeparator();
    menu.addAction(m_selectAllAction);
    menu.exec(event->globalPos());
}

void HexView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void HexView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

// Painting ----------------------------------------------------------------------------------

void HexView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    if (m_data.isEmpty()) {
        paintPlaceholder(painter);
        return;
    }
    painter.setFont(font());
    HexPainter(painter, geometry(), m_data, m_chunks, palette(),
        { selection(), m_activePane, m_cursor, hasFocus() })
        .paint(event->rect());
}

void HexView::paintPlaceholder(QPainter &painter)
{
    if (m_placeholderText.isEmpty())
        return;
    painter.setFont(QApplication::font(this));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    int flags = 0;
    const QRect area = placeholderArea(viewport()->rect(), painter.fontMetrics(), m_placeholderText,
                                       4 * m_metrics.margin, &flags);
    painter.drawText(area, flags, m_placeholderText);
}

QRect HexView::placeholderArea(const QRect &viewport, const QFontMetrics &metrics, const QString &text, int margin,
                               int *flags)
{
    const QRect centred = viewport.adjusted(margin, margin, -margin, -margin);
    *flags = Qt::AlignCenter | Qt::TextWordWrap;
    if (metrics.boundingRect(centred, *flags, text).height() <= centred.height())
        return centred;
    *flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    return viewport.adjusted(margin, 0, -margin, 0);
}
