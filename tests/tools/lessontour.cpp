// SPDX-License-Identifier: GPL-3.0-or-later
// A screenshot of the lesson panel while a lesson runs, from the real window:
//   build/tests/tools/socketlab-lesson-tour docs/images [LESSON [STEPS [WIDTHxHEIGHT]]]
// It opens the lesson, presses Do it and Next for the first STEPS steps (default 3 of "hello"),
// and saves QWidget::grab() of the window (1600×950 unless given, e.g. 1280x720 for a
// projector under xvfb-run -s "-screen 0 1280x720x24") as lesson.png.
#include "applanguage.h"
#include "lessonpanel.h"
#include "lessonrunner.h"
#include "mainwindow.h"
#include "session.h"
#include "workbench.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    AppLanguage::install(app, QStringLiteral("en")); // English plurals, whatever the locale
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    const QString lesson = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("hello");
    const int steps = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 3;
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    Session session(std::make_unique<SessionClock>());
    QString error;
    if (!session.startRecording(dir.filePath(QStringLiteral("lesson.socketlab")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Workbench workbench(session);
    MainWindow window(workbench);
    const QStringList size
        = QString::fromLocal8Bit(argc > 4 ? argv[4] : "1600x950").split(QLatin1Char('x'));
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.lessonPanel()->setUseSuggestedPorts(false);
    window.show();
    window.openLesson(lesson);
    runFor(300);
    LessonPanel *panel = window.lessonPanel();
    for (int step = 0; step < steps; ++step) {
        if (step > 0)
            panel->nextStep();
        panel->doStep();
        runFor(600);
    }
    runFor(400);
    const QString path = outDir + QStringLiteral("/lesson.png");
    if (!window.grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    std::printf("saved %s (step %d of %d)\n", qPrintable(path), panel->runner()->currentStep() + 1,
        panel->runner()->stepCount());
    return 0;
}
