// SPDX-License-Identifier: GPL-3.0-or-later
#include "verticalscrollarea.h"

#include <QEvent>
#include <QScrollBar>

VerticalScrollArea::VerticalScrollArea(QWidget *form, QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(form);
    form->installEventFilter(this); // a zoomed font changes the form's minimum width
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    const QSize scrolled = QScrollArea::minimumSizeHint();
    if (!widget())
        return scrolled;
    const int frame = 2 * frameWidth();
    const int bar = verticalScrollBar()->sizeHint().width();
    return { widget()->minimumSizeHint().width() + frame + bar, scrolled.height() };
}

bool VerticalScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}
