// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutpriority.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace {

bool isEditingKey(const QKeyEvent &key)
{
    if (!(key.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return true; // typing
    switch (key.key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
    case Qt::Key_Insert: return true;
    default: break;
    }
    for (QKeySequence::StandardKey editing :
        { QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::Undo,
            QKeySequence::Redo, QKeySequence::SelectAll }) {
        if (key.matches(editing))
            return true;
    }
    return false;
}

} // namespace

ShortcutPriority::ShortcutPriority(QWidget &window)
    : QObject(&window)
    , m_window(window)
{
    // On the application: the shortcut override goes to whichever widget has focus, including
    // fields that panes create later.
    qApp->installEventFilter(this);
}

bool ShortcutPriority::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != &m_window)
        return false;
    const auto &key = static_cast<const QKeyEvent &>(*event);
    if (isEditingKey(key) || !isWindowShortcut(key))
        return false;
    // Not overridden: the shortcut map goes on to the window's action.
    event->ignore();
    return true;
}

bool ShortcutPriority::isWindowShortcut(const QKeyEvent &key) const
{
    const QKeySequence pressed(key.keyCombination());
    const QList<QAction *> actions = m_window.findChildren<QAction *>();
    return std::any_of(actions.cbegin(), actions.cend(), [&pressed](const QAction *action) {
        return action->isEnabled() && action->shortcuts().contains(pressed);
    });
}
