// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenfit.h"

#include <QScreen>
#include <QWidget>

void fitWindowToScreen(QWidget *window)
{
    if (window->isFullScreen() || window->isMaximized())
        return; // the window system sizes those
    const QRect screen = window->screen()->availableGeometry();
    QRect frame = window->frameGeometry();
    // Frame margins are only known once shown; before that the frame is the window.
    const QSize margins = frame.size() - window->size();
    const QSize size(qMin(window->width(), screen.width() - margins.width()),
        qMin(window->height(), screen.height() - margins.height()));
    if (size != window->size())
        window->resize(size);
    frame.setSize(size + margins);
    QPoint topLeft = frame.topLeft();
    topLeft.setX(qBound(screen.left(), topLeft.x(), screen.right() + 1 - frame.width()));
    topLeft.setY(qBound(screen.top(), topLeft.y(), screen.bottom() + 1 - frame.height()));
    if (topLeft != window->frameGeometry().topLeft())
        window->move(topLeft);
}
