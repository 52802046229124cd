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

// Widths and row height follow the font, so zooming (classroom mode) never truncates a column.
void ByteLogView::fitColumnsToFont()
{
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    const QFontMetrics metrics = fontMetrics();
    setColumnWidth(ByteLogModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00000.000000")) + 16);
    setColumnWidth(ByteLogModel::ConnectionColumn, metrics.horizontalAdvance(ByteLogModel::tr("Connection")) + 24);
    setColumnWidth(ByteLogModel::DirectionColumn, metrics.horizontalAdvance(QStringLiteral("listen-stopped")) + 16);
    setColumnWidth(ByteLogModel::LengthColumn, metrics.horizontalAdvance(QStringLiteral("16777216")) + 16);
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
