// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

#include <initializer_list>

// Chooses an entry of a window's menu bar with the mouse, as a user does: clicks the menu's
// title, then each submenu's entry, then the entry itself. path holds the entries' texts without
// their '&' ({"File", "Export session as", "CSV…"}). An entry that opens a modal dialog returns
// once the dialog closes: answer it from a timer (FileDialogAnswer).
namespace MenuClicks {

inline QAction *entry(const QList<QAction *> &actions, const QString &text)
{
    for (QAction *action : actions) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

// False (with a test failure) when an entry is missing, disabled or its menu does not open.
inline bool choose(QMainWindow *window, std::initializer_list<const char *> texts)
{
    QStringList path;
    for (const char *text : texts)
        path << QString::fromUtf8(text);
    QMenuBar *bar = window->menuBar();
    QAction *top = entry(bar->actions(), path.value(0));
    if (!top || !top->menu()) {
        QTest::qFail(
            qPrintable(QStringLiteral("no menu %1").arg(path.value(0))), __FILE__, __LINE__);
        return false;
    }
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(top).center());
    QMenu *menu = top->menu();
    for (int i = 1; i < path.size(); ++i) {
        if (!QTest::qWaitFor([menu] { return menu->isVisible(); })) {
            QTest::qFail(qPrintable(QStringLiteral("menu %1 did not open").arg(menu->title())),
                __FILE__, __LINE__);
            return false;
        }
        QAction *action = entry(menu->actions(), path.at(i));
        if (!action || !action->isEnabled()) {
            QTest::qFail(qPrintable(QStringLiteral("no enabled entry %1").arg(path.at(i))),
                __FILE__, __LINE__);
            return false;
        }
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        if (action->menu())
            menu = action->menu();
    }
    return true;
}

} // namespace MenuClicks
