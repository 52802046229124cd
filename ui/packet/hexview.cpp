// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexview.h"

#include "connectioncolours.h"
#include "fixedpitchfont.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontMetricsF>
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
#include <iterator>

namespace {

constexpr int BytesPerRow = HexLayout::BytesPerRow;

// Ctrl+Shift+C has no QKeySequence::StandardKey of its own.
const QKeySequence CopyTextKey(Qt::CTRL | Qt::SHIFT | Qt::Key_C);

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    const auto blend = [amount](qreal a, qreal b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(blend(from.redF(), to.redF())),
        float(blend(from.greenF(), to.greenF())), float(blend(from.blueF(), to.blueF())));
}

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

    updateMetrics();
    updateScrollBars();
    updateActions();
}

HexView::~HexView() = default;

void HexView::setData(const QByteArray &bytes)
{
    const Range before = selection();
    m_data = bytes;
    m_layout = HexLayout(m_data.size());
    m_chunkStarts.clear();
    m_chunkLabels.clear();
    if (!m_data.isEmpty()) {
        m_chunkStarts.append(0);
        m_chunkLabels.append(QString());
    }
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
    struct Start
    {
        qint64 offset;
        QString label;
    };
    QList<Start> starts;
    for (qsizetype i = 0; i < offsets.size(); ++i) {
        if (offsets.at(i) >= 0 && offsets.at(i) < m_data.size())
            starts.append({ offsets.at(i), labels.value(i) });
    }
    std::stable_sort(starts.begin(), starts.end(),
        [](const Start &a, const Start &b) { return a.offset < b.offset; });

    m_chunkStarts.clear();
    m_chunkLabels.clear();
    if (m_data.isEmpty())
        return;
    if (starts.isEmpty() || starts.first().offset != 0) {
        m_chunkStarts.append(0);
        m_chunkLabels.append(QString());
    }
    for (const Start &start : std::as_const(starts)) {
        if (!m_chunkStarts.isEmpty() && m_chunkStarts.last() == start.offset)
            continue;
        m_chunkStarts.append(start.offset);
        m_chunkLabels.append(start.label);
    }
    viewport()->update();
}

int HexView::chunkAt(qint64 offset) const
{
    if (offset < 0 || offset >= m_data.size() || m_chunkStarts.isEmpty())
        return -1;
    const auto after = std::upper_bound(m_chunkStarts.cbegin(), m_chunkStarts.cend(), offset);
    return int(std::distance(m_chunkStarts.cbegin(), after)) - 1;
}

HexView::Range HexView::chunkRange(int chunk) const
{
    if (chunk < 0 || chunk >= chunkCount())
        return {};
    const qint64 start = m_chunkStarts.at(chunk);
    const qint64 end = chunk + 1 < chunkCount() ? m_chunkStarts.at(chunk + 1) : m_data.size();
    return { start, end - start };
}

bool HexView::isChunkBoundary(qint64 offset) const
{
    return offset > 0 && std::binary_search(m_chunkStarts.cbegin(), m_chunkStarts.cend(), offset);
}

QString HexView::chunkToolTip(qint64 offset) const
{
    const int chunk = chunkAt(offset);
    if (chunk < 0)
        return QString();

    QStringList lines;
    const QString label = m_chunkLabels.value(chunk);
    if (chunkCount() > 1 || !label.isEmpty()) {
        const Range range = chunkRange(chunk);
        lines << (label.isEmpty()
                ? tr("Chunk %1 of %2").arg(chunk + 1).arg(chunkCount())
                : tr("Chunk %1 of %2: %3").arg(chunk + 1).arg(chunkCount()).arg(label));
        lines
            << tr("Byte %L1 of %L2 in this chunk").arg(offset - range.start + 1).arg(range.length);
    }
    lines << tr("Offset %L1 (0x%2)").arg(offset).arg(offset, 0, 16);
    const char byte = m_data.at(offset);
    const QString value
        = tr("Value 0x%1 = %2").arg(uchar(byte), 2, 16, QLatin1Char('0')).arg(uchar(byte));
    lines << (HexLayout::isPrintable(byte) ? tr("%1 = '%2'").arg(value, QChar(QLatin1Char(byte)))
                                           : value);
    return lines.join(QLatin1Char('\n'));
}

void HexView::setChunkColours(const QList<QColor> &colours)
{
    m_chunkColours = colours;
    viewport()->update();
}

QColor HexView::chunkColour(int chunk) const
{
    if (chunk < 0)
        return QColor();
    if (!m_chunkColours.isEmpty())
        return m_chunkColours.at(chunk % m_chunkColours.size());
    // Hues far apart, none of them the usual blue of the selection; the lightness depends on
    // the base colour so the markers stand out in light and dark themes alike.
    static constexpr int Hues[] = { 30, 150, 280, 350, 190, 55, 320, 110 };
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    return ConnectionColours::readableOn(
        QColor::fromHsl(Hues[chunk % int(std::size(Hues))], dark ? 170 : 200, dark ? 150 : 115),
        palette().color(QPalette::Base));
}

QColor HexView::chunkTint(int chunk) const
{
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    return mix(base, chunkColour(chunk), dark ? 0.22 : 0.13);
}

QColor HexView::mirrorHighlight() const
{
    return mix(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.45);
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

void HexView::updateMetrics()
{
    const QFontMetricsF metrics(font());
    m_charWidth = metrics.horizontalAdvance(QLatin1Char('0'));
    // Two spare pixels keep the chunk lines, drawn on a row's edge, off the glyphs.
    m_rowHeight = qCeil(metrics.height()) + 2;
    m_baseline = (m_rowHeight - qCeil(metrics.height())) / 2 + qCeil(metrics.ascent());
    m_margin = qCeil(m_charWidth / 2) + 2;
}

void HexView::updateScrollBars()
{
    const int visible = visibleRowCount();
    const qint64 maxFirst = std::max<qint64>(0, m_layout.rowCount() - visible);
    verticalScrollBar()->setRange(0, int(std::min<qint64>(maxFirst, INT_MAX)));
    verticalScrollBar()->setPageStep(std::max(1, visible));

    const int contentWidth
        = m_data.isEmpty() ? 0 : qCeil(2 * m_margin + m_layout.rowWidth() * m_charWidth);
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(qCeil(m_charWidth));
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
    const int frame = 2 * frameWidth();
    const int width = qCeil(2 * m_margin + m_layout.rowWidth() * m_charWidth) + frame
        + verticalScrollBar()->sizeHint().width();
    return { width, 2 * m_margin + 12 * m_rowHeight + frame };
}

int HexView::visibleRowCount() const
{
    return std::max(0, (viewport()->height() - m_margin) / m_rowHeight);
}

qint64 HexView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

qreal HexView::charX(int charColumn) const
{
    return m_margin + charColumn * m_charWidth - horizontalScrollBar()->value();
}

HexView::Span HexView::byteSpan(Pane pane, int firstColumn, int lastColumn) const
{
    if (pane == Pane::Ascii)
        return { charX(m_layout.asciiColumn(firstColumn)),
            charX(m_layout.asciiColumn(lastColumn) + 1) };
    // Half a space either side, so that neighbouring bytes' cells meet.
    const qreal half = m_charWidth / 2;
    return { charX(m_layout.hexColumn(firstColumn)) - half,
        charX(m_layout.hexColumn(lastColumn) + 2) + half };
}

QRect HexView::byteRect(qint64 offset, Pane pane) const
{
    if (offset < 0 || offset >= m_data.size() || (pane != Pane::Hex && pane != Pane::Ascii))
        return QRect();
    const qint64 visibleRow = HexLayout::rowOf(offset) - firstVisibleRow();
    if (visibleRow < 0 || visibleRow > visibleRowCount())
        return QRect();
    const int column = HexLayout::columnOf(offset);
    const Span span = byteSpan(pane, column, column);
    const int left = qFloor(span.left);
    return QRect(
        left, m_margin + int(visibleRow) * m_rowHeight, qCeil(span.right) - left, m_rowHeight);
}

HexView::Pane HexView::paneAt(const QPoint &viewportPos) const
{
    if (m_data.isEmpty() || viewportPos.y() < m_margin)
        return Pane::None;
    const int charColumn = qFloor((viewportPos.x() - charX(0)) / m_charWidth);
    return m_layout.paneAt(charColumn);
}

qint64 HexView::offsetAt(const QPoint &viewportPos) const
{
    const Pane pane = paneAt(viewportPos);
    if (pane != Pane::Hex && pane != Pane::Ascii)
        return -1;
    const qint64 row = firstVisibleRow() + (viewportPos.y() - m_margin) / m_rowHeight;
    const int charColumn = qFloor((viewportPos.x() - charX(0)) / m_charWidth);
    return m_layout.offsetAt(row, m_layout.nearestByteColumn(pane, charColumn));
}

qint64 HexView::offsetNear(const QPoint &viewportPos, Pane pane) const
{
    const qreal rowsDown = qreal(viewportPos.y() - m_margin) / m_rowHeight;
    const qint64 row
        = std::clamp<qint64>(firstVisibleRow() + qFloor(rowsDown), 0, m_layout.rowCount() - 1);
    const int charColumn = qFloor((viewportPos.x() - charX(0)) / m_charWidth);
    const int column = std::max(0, m_layout.nearestByteColumn(pane, charColumn));
    return std::min(row * BytesPerRow + column, qint64(m_data.size()) - 1);
}

void HexView::scrollToOffset(qint64 offset)
{
    if (offset < 0 || offset >= m_data.size())
        return;
    const qint64 row = HexLayout::rowOf(offset);
    const qint64 first = firstVisibleRow();
    const int visible = std::max(1, visibleRowCount());
    if (row < first)
        verticalScrollBar()->setValue(int(row));
    else if (row >= first + visible)
        verticalScrollBar()->setValue(int(row - visible + 1));

    const int column = HexLayout::columnOf(offset);
    const Span span
        = byteSpan(m_activePane == Pane::Ascii ? Pane::Ascii : Pane::Hex, column, column);
    QScrollBar *bar = horizontalScrollBar();
    if (span.left < 0)
        bar->setValue(bar->value() + qFloor(span.left) - m_margin);
    else if (span.right > viewport()->width())
        bar->setValue(bar->value() + qCeil(span.right) - viewport()->width() + m_margin);
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
    updateScrollBars();
}

void HexView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
        updateMetrics();
        updateScrollBars();
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

    const qint64 rowStart = m_cursor - HexLayout::columnOf(m_cursor);
    const qint64 page = qint64(std::max(1, visibleRowCount())) * BytesPerRow;
    struct Move
    {
        QKeySequence::StandardKey move;
        QKeySequence::StandardKey select;
        qint64 target;
    };
    const Move moves[] = {
        { QKeySequence::MoveToNextChar, QKeySequence::SelectNextChar, m_cursor + 1 },
        { QKeySequence::MoveToPreviousChar, QKeySequence::SelectPreviousChar, m_cursor - 1 },
        { QKeySequence::MoveToNextLine, QKeySequence::SelectNextLine, m_cursor + BytesPerRow },
        { QKeySequence::MoveToPreviousLine, QKeySequence::SelectPreviousLine,
            m_cursor - BytesPerRow },
        { QKeySequence::MoveToNextPage, QKeySequence::SelectNextPage, m_cursor + page },
        { QKeySequence::MoveToPreviousPage, QKeySequence::SelectPreviousPage, m_cursor - page },
        { QKeySequence::MoveToStartOfLine, QKeySequence::SelectStartOfLine, rowStart },
        { QKeySequence::MoveToEndOfLine, QKeySequence::SelectEndOfLine,
            rowStart + BytesPerRow - 1 },
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
    selectFromTo(m_anchor, offsetNear(event->position().toPoint(), m_activePane), m_activePane);
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

    // Only the rows that intersect the dirty rectangle: never more than a screenful.
    const QRect dirty = event->rect();
    const qint64 first = firstVisibleRow();
    const qint64 firstRow = first + std::max(0, dirty.top() - m_margin) / m_rowHeight;
    const qint64 lastRow = std::min(
        m_layout.rowCount() - 1, first + std::max(0, dirty.bottom() - m_margin) / m_rowHeight);
    const auto rowY = [&](qint64 row) { return m_margin + int(row - first) * m_rowHeight; };

    // Backgrounds first for all rows: the chunk lines drawn later sit on row edges.
    for (qint64 row = firstRow; row <= lastRow; ++row)
        paintBackgrounds(painter, row, rowY(row));
    for (qint64 row = firstRow; row <= lastRow; ++row)
        paintText(painter, row, rowY(row));
    paintChunkMarkers(painter, firstRow, lastRow);
    paintCursor(painter, firstRow, lastRow);
}

void HexView::paintPlaceholder(QPainter &painter)
{
    if (m_placeholderText.isEmpty())
        return;
    painter.setFont(QApplication::font(this));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = 4 * m_margin;
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
        Qt::AlignCenter | Qt::TextWordWrap, m_placeholderText);
}

void HexView::paintBackgrounds(QPainter &painter, qint64 row, int y)
{
    const qint64 rowStart = row * BytesPerRow;
    const qint64 rowEnd = rowStart + m_layout.bytesInRow(row);
    const auto fill = [&](qint64 from, qint64 to, Pane pane, const QColor &colour) {
        const Span span = byteSpan(pane, int(from - rowStart), int(to - 1 - rowStart));
        painter.fillRect(QRectF(span.left, y, span.right - span.left, m_rowHeight), colour);
    };

    if (chunkCount() > 1) {
        for (int chunk = chunkAt(rowStart); chunk >= 0 && chunk < chunkCount(); ++chunk) {
            const Range range = chunkRange(chunk);
            const qint64 from = std::max(range.start, rowStart);
            const qint64 to = std::min(range.start + range.length, rowEnd);
            if (from >= to)
                break;
            const QColor tint = chunkTint(chunk);
            fill(from, to, Pane::Hex, tint);
            fill(from, to, Pane::Ascii, tint);
        }
    }

    const Range selected = selection();
    const qint64 from = std::max(selected.start, rowStart);
    const qint64 to = std::min(selected.start + selected.length, rowEnd);
    if (from < to) {
        const QColor active = palette().color(QPalette::Highlight);
        fill(from, to, Pane::Hex, m_activePane == Pane::Hex ? active : mirrorHighlight());
        fill(from, to, Pane::Ascii, m_activePane == Pane::Ascii ? active : mirrorHighlight());
    }
}

void HexView::paintText(QPainter &painter, qint64 row, int y)
{
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor dim = pal.color(QPalette::PlaceholderText);
    const int baseline = y + m_baseline;
    const int count = m_layout.bytesInRow(row);
    const char *bytes = m_data.constData() + row * BytesPerRow;

    const QString hex = m_layout.hexText(m_data, row);
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
    const QPointF hexAt(charX(m_layout.hexColumn(0)), baseline);
    const QPointF printableAt(charX(m_layout.asciiColumn(0)), baseline);
    const QPointF dotsAt(charX(m_layout.asciiColumn(0) - 1), baseline);

    painter.setPen(dim);
    painter.drawText(QPointF(charX(0), baseline), m_layout.offsetText(row));
    painter.drawText(dotsAt, dots);
    painter.setPen(text);
    painter.drawText(hexAt, hex);
    painter.drawText(printableAt, printable);

    // The selected bytes of the active pane again, in the highlighted text colour.
    const Range selected = selection();
    const qint64 rowStart = row * BytesPerRow;
    const qint64 from = std::max(selected.start, rowStart);
    const qint64 to = std::min(selected.start + selected.length, rowStart + count);
    if (from >= to)
        return;
    const Span span = byteSpan(m_activePane, int(from - rowStart), int(to - 1 - rowStart));
    const QRectF area(span.left, y, span.right - span.left, m_rowHeight);
    painter.save();
    painter.setClipRect(area);
    painter.fillRect(area, pal.color(QPalette::Highlight));
    const QColor highlighted = pal.color(QPalette::HighlightedText);
    painter.setPen(highlighted);
    if (m_activePane == Pane::Hex) {
        painter.drawText(hexAt, hex);
    } else {
        painter.drawText(printableAt, printable);
        painter.setPen(mix(highlighted, pal.color(QPalette::Highlight), 0.35));
        painter.drawText(dotsAt, dots);
    }
    painter.restore();
}

void HexView::paintChunkMarkers(QPainter &painter, qint64 firstRow, qint64 lastRow)
{
    if (chunkCount() < 2)
        return;
    // A boundary also draws a line along the bottom of its row, so start a row early.
    const qint64 from = std::max<qint64>(1, (firstRow - 1) * BytesPerRow);
    const qint64 to = (lastRow + 1) * BytesPerRow;
    const qint64 first = firstVisibleRow();
    const qreal barWidth = std::max<qreal>(2, qRound(m_charWidth / 4));

    auto it = std::lower_bound(m_chunkStarts.cbegin(), m_chunkStarts.cend(), from);
    for (; it != m_chunkStarts.cend() && *it < to; ++it) {
        const int chunk = int(std::distance(m_chunkStarts.cbegin(), it));
        const QColor colour = chunkColour(chunk);
        const int column = HexLayout::columnOf(*it);
        const int y = m_margin + int(HexLayout::rowOf(*it) - first) * m_rowHeight;
        for (const Pane pane : { Pane::Hex, Pane::Ascii }) {
            const Span row = byteSpan(pane, 0, BytesPerRow - 1);
            const qreal x = byteSpan(pane, column, column).left;
            // The step between the chunks: along the top of this row from the new chunk's first
            // byte to the end, down the bar, and back along the bottom to the row's start.
            painter.fillRect(QRectF(x, y, row.right - x, 1), colour);
            if (column > 0)
                painter.fillRect(QRectF(row.left, y + m_rowHeight - 1, x - row.left, 1), colour);
            painter.fillRect(QRectF(x - barWidth / 2, y, barWidth, m_rowHeight), colour);
        }
    }
}

void HexView::paintCursor(QPainter &painter, qint64 firstRow, qint64 lastRow)
{
    // With more than one byte selected, a frame shows which end the keys move.
    if (!hasFocus() || selection().length < 2)
        return;
    const qint64 row = HexLayout::rowOf(m_cursor);
    if (row < firstRow || row > lastRow)
        return;
    const int column = HexLayout::columnOf(m_cursor);
    const Span span = byteSpan(m_activePane, column, column);
    const int y = m_margin + int(row - firstVisibleRow()) * m_rowHeight;
    painter.setPen(QPen(palette().color(QPalette::HighlightedText), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(span.left + 0.5, y + 0.5, span.right - span.left - 1, m_rowHeight - 1));
}
