// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytelogview.h"

#include "bytelogmodel.h"

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
    const QFontMetrics metrics = fontMetrics();
    setColumnWidth(ByteLogModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00000.000000")) + 16);
    setColumnWidth(ByteLogModel::ConnectionColumn, metrics.horizontalAdvance(QStringLiteral("Connection")) + 24);
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
