// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QWidget>

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addWidget(QWidget *widget, bool stretch)
{
    QLayout::addWidget(widget); // calls addItem()
    m_stretch.last() = stretch;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items << item;
    m_stretch << false;
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    m_stretch.removeAt(index);
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // All on one line when there is room.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? spacing() : 0) + item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return { width + margins.left() + margins.right(), height + margins.top() + margins.bottom() };
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = qMax(0, spacing());
    int y = area.y();
    qsizetype first = 0; // the first item of the current line
    while (first < m_items.size()) {
        // Which items fit on this line, and how tall it is.
        int used = 0;
        int lineHeight = 0;
        qsizetype end = first;
        for (; end < m_items.size(); ++end) {
            const QLayoutItem *item = m_items.at(end);
            if (item->isEmpty())
                continue;
            const int width = qMin(item->sizeHint().width(), area.width());
            const int needed = (used > 0 ? gap : 0) + width;
            if (used > 0 && used + needed > area.width())
                break;
            used += needed;
            lineHeight = qMax(lineHeight, item->sizeHint().height());
        }
        if (apply) {
            const int spare = area.width() - used;
            int x = area.x();
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem *item = m_items.at(i);
                if (item->isEmpty())
                    continue;
                int width = qMin(item->sizeHint().width(), area.width());
                if (m_stretch.at(i))
                    width += spare;
                const int height = item->sizeHint().height();
                item->setGeometry(QRect(x, y + (lineHeight - height) / 2, width, height));
                x += width + gap;
            }
        }
        if (lineHeight > 0)
            y += lineHeight + gap;
        first = end;
    }
    const QMargins margins = contentsMargins();
    return qMax(0, y - gap - area.y()) + margins.top() + margins.bottom();
}
