// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytelogview.h"

#include "bytelogdelegate.h"
#include "bytelogmodel.h"
#include "byteformat.h"
#include "session.h"

#include <QApplication>
#include <QClipboard>
#include <QAbstractProxyModel>

#include <QHeaderView>
#include <QTimer>
#include <QScrollBar>

ByteLogView::ByteLogView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights keep a million rows cheap: the view never measures them.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    setItemDelegate(new ByteLogDelegate(this));

    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_following) {
            m_scrollingProgrammatically = true;
            bar->setValue(maximum);
            m_scrollingProgrammatically = false;
        }
    });
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (!m_scrollingProgrammatically)
            setFollowing(value >= bar->maximum());
    });
}

void ByteLogView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    fitColumnsToFont();
}

namespace {

// The columns before the preview, as wide as their widest text in this font.
int fixedWidth(const QFontMetrics &metrics, int column)
{
    switch (column) {
    case ByteLogModel::TimeColumn:
        return metrics.horizontalAdvance(QStringLiteral("00000.000000")) + 16;
    case ByteLogModel::ConnectionColumn:
        return metrics.horizontalAdvance(ByteLogModel::tr("Connection")) + 24;
    case ByteLogModel::DirectionColumn:
        return metrics.horizontalAdvance(QStringLiteral("listen-stopped")) + 16;
    case ByteLogModel::LengthColumn:
        return metrics.horizontalAdvance(QStringLiteral("16777216")) + 16;
    }
    return 0;
}

} // namespace

// Widths and row height follow the font, so zooming (classroom mode) never truncates a column.
void ByteLogView::fitColumnsToFont()
{
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    const QFontMetrics metrics = fontMetrics();
    for (int column : { ByteLogModel::TimeColumn, ByteLogModel::ConnectionColumn,
             ByteLogModel::DirectionColumn, ByteLogModel::LengthColumn })
        setColumnWidth(column, fixedWidth(metrics, column));
    fitColumnsToWidth();
}

void ByteLogView::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    if (following)
        scrollToBottom();
    Q_EMIT followingChanged(following);
}

namespace {

QModelIndexList sortedSelectedRows(const QItemSelectionModel *selection)
{
    QModelIndexList rows = selection->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

} // namespace

QString ByteLogView::selectedRowsText() const
{
    QStringList lines;
    for (const QModelIndex &row : sortedSelectedRows(selectionModel())) {
        QStringList cells;
        for (int column = 0; column < model()->columnCount(); ++column)
            cells << row.siblingAtColumn(column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void ByteLogView::copyRowsAsText()
{
    QApplication::clipboard()->setText(selectedRowsText());
}

void ByteLogView::copyBytesAsHex()
{
    auto *proxy = qobject_cast<QAbstractProxyModel *>(model());
    auto *log = qobject_cast<ByteLogModel *>(proxy ? proxy->sourceModel() : model());
    if (!log)
        return;
    QByteArray bytes;
    for (const QModelIndex &row : sortedSelectedRows(selectionModel())) {
        const TrafficEvent &event = log->session().log().event(row.data(ByteLogModel::EventIndexRole).toLongLong());
        if (isData(event.kind))
            bytes += log->session().log().payload(event);
    }
    QApplication::clipboard()->setText(hexPairs(bytes));
}

void ByteLogView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange && model())
        fitColumnsToFont();
}

void ByteLogView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    // Not inside the window's layout pass: a column shown or hidden asks for another one.
    if (model())
        QTimer::singleShot(0, this, &ByteLogView::fitColumnsToWidth);
}

// The preview is what a narrow log is read for (a projector at a large zoom, the log beside a
// lesson): when the fixed columns would leave it less than a few words, the time and then the
// length give way, whole, rather than the view scrolling sideways with "Preview" cut at its edge.
// (The length stays longer: lessons read how a stream was cut.) They come back with the room.
void ByteLogView::fitColumnsToWidth()
{
    const QFontMetrics metrics = fontMetrics();
    const int preview
        = metrics.horizontalAdvance(
              model()->headerData(ByteLogModel::PreviewColumn, Qt::Horizontal).toString())
        + 8 * metrics.averageCharWidth();
    int room = viewport()->width() - preview;
    for (int column : { ByteLogModel::ConnectionColumn, ByteLogModel::DirectionColumn })
        room -= fixedWidth(metrics, column);
    // (A hidden column's width reads 0: the widths come from the font.)
    const int time = fixedWidth(metrics, ByteLogModel::TimeColumn);
    const int length = fixedWidth(metrics, ByteLogModel::LengthColumn);
    const bool showLength = room >= length;
    const bool showTime = room >= length + time;
    if (isColumnHidden(ByteLogModel::TimeColumn) == showTime)
        setColumnHidden(ByteLogModel::TimeColumn, !showTime);
    if (isColumnHidden(ByteLogModel::LengthColumn) == showLength)
        setColumnHidden(ByteLogModel::LengthColumn, !showLength);
}
