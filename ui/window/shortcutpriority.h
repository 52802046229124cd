// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QKeyEvent;
class QWidget;

// Gives a window's shortcuts priority over the keys its text fields claim for themselves. On
// X11 a line edit takes Emacs-style keys (Ctrl+E: end of line, Ctrl+K: delete to the end), so
// File ▸ Export did nothing while the cursor was in the send field. The fields keep what
// editing needs (typing, moving the cursor, deleting, copy, cut, paste, undo, select all);
// any other key that one of the window's actions has as its shortcut goes to that action.
class ShortcutPriority : public QObject
{
    Q_OBJECT

public:
    explicit ShortcutPriority(QWidget &window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isWindowShortcut(const QKeyEvent &key) const;

    QWidget &m_window;
};
