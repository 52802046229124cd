// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchsupport.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

// The first paint of a window, complete: the zero timer armed by its first paint event fires
// once the whole paint pass (every widget, then the flush) has returned to the event loop.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *window)
        : m_window(window)
    {
        qApp->installEventFilter(this);
    }
    ~FirstPaint() override { qApp->removeEventFilter(this); }

    bool done() const { return m_doneNs != 0; }
    qint64 doneNs() const { return m_doneNs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] { m_doneNs = Bench::monotonicNs(); });
        }
        return false;
    }

private:
    QWidget *m_window = nullptr;
    bool m_seen = false;
    qint64 m_doneNs = 0;
};
