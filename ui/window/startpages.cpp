// SPDX-License-Identifier: GPL-3.0-or-later
#include "startpages.h"

#include "appsettings.h"
#include "mainwindow.h"
#include "recoveryquestion.h"
#include "session.h"
#include "welcomedialog.h"

QDialog *showStartPages(MainWindow &window, const QString &lesson, bool socketsAskedFor)
{
    // A lesson asked for is what the learner wants to see: nothing goes on top of it. An
    // interrupted session is still offered at the next start.
    if (!lesson.isEmpty()) {
        window.openLesson(lesson);
        return nullptr;
    }
    QDialog *page = nullptr;
    const QStringList interrupted = Session::interruptedSessions();
    if (!interrupted.isEmpty())
        page = new RecoveryQuestion(interrupted, &window);
    else if (!AppSettings().welcomeShown() && !socketsAskedFor)
        page = window.createWelcome();
    if (page) {
        page->setAttribute(Qt::WA_DeleteOnClose);
        page->open();
    }
    return page;
}
