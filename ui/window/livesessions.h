// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"

#include <QObject>

#include <memory>
#include <vector>

class MainWindow;
class Workbench;

// The live sessions of this process, each with its workbench and its window, and File ▸ New
// session: a fresh log and sockets without restarting. The old session ends as quitting ends
// it (its sockets closed, its recording finished and kept), and a new one starts recording in
// a new window that takes the old one's place and layout. Everything is taken down in order
// (window, workbench, session) when replaced, and the rest when this object goes.
class LiveSessions : public QObject
{
    Q_OBJECT

public:
    explicit LiveSessions(QObject *parent = nullptr);
    ~LiveSessions() override;

    // Starts recording a session to path (the default place when empty) and shows it in a new
    // window. Null, with the reason, when it cannot record.
    MainWindow *start(const QString &path, Session::PathChoice choice, QString *error);
    // The newest window.
    MainWindow *current() const;
    // Ends window's session and starts a fresh one in its place, on lessonId's lesson when not
    // empty. When the old session's recording is failing, asks first: what it could not write
    // would be lost. Null when the user kept the old session or the new one cannot record (the
    // old window's banner says why).
    MainWindow *replace(MainWindow *window, const QString &lessonId = {});

Q_SIGNALS:
    // A new window took an old one's place (the old one is closed, and deleted soon after).
    void replaced(MainWindow *old, MainWindow *fresh);

private:
    struct Live
    {
        // Declared in the order they are made, so destroyed window first, session last.
        std::unique_ptr<Session> session;
        std::unique_ptr<Workbench> workbench;
        std::unique_ptr<MainWindow> window;
    };
    bool mayEnd(MainWindow *window) const;
    void discard(MainWindow *window);

    std::vector<Live> m_live;
};
