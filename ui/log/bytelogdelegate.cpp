// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytelogdelegate.h"

#include "bytelogmodel.h"
#include "fixedpitchfont.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {

QPalette::ColorGroup colourGroup(QStyle::State state)
{
    if (!(state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return (state & QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive;
}

QTextLine singleLine(QTextLayout &layout)
{
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLeadingIncluded(false);
    layout.endLayout();
    return line;
}

QIcon::Mode iconMode(QStyle::State state)
{
    if (!(state & QStyle::State_Enabled))
        return QIcon::Disabled;
    return (state & QStyle::State_Selected) ? QIcon::Selected : QIcon::Normal;
}

} // namespace

QFont ByteLogDelegate::previewFont(const QFont &like) const
{
    // Built once per size: looking a font up for every cell showed in profiles.
    // The view's size, so that classroom zoom grows the previews with the rest of the row.
    if (m_previewFont.pointSizeF() != like.pointSizeF())
        m_previewFont = FixedPitchFont::font(like.pointSizeF());
    return m_previewFont;
}

QString ByteLogDelegate::fitted(const QString &text, int width, int cellWidth)
{
    const qsizetype room = qMax(0, width) / qMax(1, cellWidth);
    if (text.size() <= room)
        return text;
    return text.left(qMax<qsizetype>(room - 1, 0)) + QChar(0x2026); // HORIZONTAL ELLIPSIS
}

void ByteLogDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = cell.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();

    // What QCommonStyle's CE_ItemViewItem does, in its order, minus the measuring.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect textRect = cell.rect.adjusted(margin, 0, -margin, 0);
    if (cell.features & QStyleOptionViewItem::HasDecoration) {
        const QSize size = cell.decorationSize;
        const QRect iconRect(textRect.left(),
            textRect.top() + (textRect.height() - size.height()) / 2, size.width(), size.height());
        cell.icon.paint(painter, iconRect, Qt::AlignCenter, iconMode(cell.state));
        textRect.setLeft(iconRect.right() + 1 + 2 * margin);
    }

    const bool dataPreview = index.column() == ByteLogModel::PreviewColumn
        && isData(EventKind(index.data(ByteLogModel::KindRole).toInt()));
    const QFont font = dataPreview ? previewFont(cell.font) : cell.font;
    QString text = cell.text;
    if (dataPreview)
        text = fitted(
            text, textRect.width(), QFontMetrics(font).horizontalAdvance(QLatin1Char('0')));
    // Shaped once: only a text wider than its cell is shaped again, elided.
    QTextLayout layout(text, font, painter->device());
    QTextLine line = singleLine(layout);
    if (line.naturalTextWidth() > textRect.width()) {
        layout.setText(QFontMetrics(font).elidedText(text, cell.textElideMode, textRect.width()));
        line = singleLine(layout);
    }
    const Qt::Alignment alignment = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
    const qreal width = line.naturalTextWidth();
    const qreal x = (alignment & Qt::AlignRight) ? textRect.right() + 1 - width
        : (alignment & Qt::AlignHCenter)         ? textRect.left() + (textRect.width() - width) / 2
                                                 : textRect.left();
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2;

    painter->save();
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->setPen(cell.palette.color(colourGroup(cell.state),
        (cell.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(x, y));
    painter->restore();

    if (cell.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(cell);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &cell, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = cell.palette.color(colourGroup(cell.state),
            (cell.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}
