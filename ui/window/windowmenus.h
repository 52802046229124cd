// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class MainWindow;
class QMenu;
class SessionFiles;

// The window's menu bar: File, Socket, Edit, View, Lessons and Help, with their shortcuts.
// Every action calls what the window and its panes offer; the menus hold no state of their
// own but the list of recent sessions, rebuilt each time it opens.
class WindowMenus : public QObject
{
    Q_OBJECT

public:
    WindowMenus(MainWindow &window, SessionFiles &files);

private:
    void buildFileMenu();
    void buildSocketMenu();
    void buildCaptureMenu();
    void buildEditMenu();
    void buildViewMenu();
    void buildLanguageMenu(QMenu *parent);
    void buildLessonMenu();
    void buildHelpMenu();
    void fillRecentSessionsMenu();

    MainWindow &m_window;
    SessionFiles &m_files;
    QMenu *m_recentSessions = nullptr;
};
