// SPDX-License-Identifier: GPL-3.0-or-later
#include "livesessions.h"

#include "docklayout.h"
#include "mainwindow.h"
#include "recordingdestination.h"
#include "statusline.h"
#include "workbench.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

LiveSessions::LiveSessions(QObject *parent)
    : QObject(parent)
{
}

LiveSessions::~LiveSessions()
{
    // Newest first; within each, the window, the workbench (closing the sockets), the session
    // (writing the end record), as the member order says.
    while (!m_live.empty())
        m_live.pop_back();
}

MainWindow *LiveSessions::start(const QString &path, Session::PathChoice choice, QString *error)
{
    Live live;
    live.session = std::make_unique<Session>(std::make_unique<SessionClock>());
    const QString journal
        = path.isEmpty() ? Session::defaultJournalPath(live.session->clock().startedAt()) : path;
    if (!RecordingDestination::startRecording(*live.session, journal, choice, current(), error))
        return nullptr;
    live.workbench = std::make_unique<Workbench>(*live.session);
    live.window = std::make_unique<MainWindow>(*live.workbench);
    MainWindow *window = live.window.get();
    connect(window, &MainWindow::newSessionRequested, this,
        [this, window](const QString &lessonId) { replace(window, lessonId); });
    m_live.push_back(std::move(live));
    return window;
}

MainWindow *LiveSessions::current() const
{
    return m_live.empty() ? nullptr : m_live.back().window.get();
}

bool LiveSessions::mayEnd(MainWindow *window) const
{
    const QString problem = window->session().recordingProblem();
    if (problem.isEmpty())
        return true; // recorded: the file keeps it, as when the window closes
    QMessageBox box(QMessageBox::Warning, tr("New session"),
        tr("This session's recording is failing: %1").arg(problem), QMessageBox::NoButton, window);
    box.setInformativeText(tr("What could not be written yet is lost when it ends. Record it "
                              "elsewhere first, or end it anyway?"));
    QPushButton *end
        = box.addButton(tr("End it and start a new session"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("Keep this session"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == end;
}

MainWindow *LiveSessions::replace(MainWindow *old, const QString &lessonId)
{
    if (!mayEnd(old))
        return nullptr;
    // The new window opens on the old one's layout, and in its place.
    old->dockLayout()->save();
    QString error;
    MainWindow *fresh = start({}, Session::PathChoice::BySocketLab, &error);
    if (!fresh) {
        old->showBanner(tr("Cannot start a new session: %1").arg(error));
        return nullptr;
    }
    fresh->setGeometry(old->geometry());
    if (old->isMaximized())
        fresh->showMaximized();
    else
        fresh->show();
    const QString previous = old->session().journalPath();
    old->close();
    fresh->statusLine()->showMessage(
        tr("New session. The previous one is kept in %1").arg(previous), 15000);
    if (!lessonId.isEmpty())
        fresh->openLesson(lessonId);
    Q_EMIT replaced(old, fresh);
    // Not now: this runs in one of the old window's actions.
    QTimer::singleShot(0, this, [this, old] { discard(old); });
    return fresh;
}

void LiveSessions::discard(MainWindow *window)
{
    for (auto it = m_live.begin(); it != m_live.end(); ++it) {
        if (it->window.get() == window) {
            // In this order, before erase() moves the later entries (member by member, which
            // would free a session before its workbench).
            it->window.reset();
            it->workbench.reset(); // closes the sockets
            it->session.reset(); // writes the end record
            m_live.erase(it);
            return;
        }
    }
}
