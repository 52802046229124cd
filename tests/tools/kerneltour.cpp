// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the kernel's view and classroom mode, from the real window with real loopback
// traffic, to look at (not part of the test run):
//   QT_QPA_PLATFORM=offscreen build/tests/tools/socketlab-kerneltour /tmp/shots
// Saves normal.png (a client selected: the connection info pane and the state diagram),
// closed.png (after it closed: TIME_WAIT) and classroom.png (classroom mode, a listener on all
// interfaces, eight clients).
#include "applanguage.h"
#include "classroommode.h"
#include "connectiontreemodel.h"
#include "mainwindow.h"
#include "session.h"
#include "workbench.h"

#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QStatusBar>
#include <QDockWidget>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace {

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget &window, const QString &path)
{
    if (!window.grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("saved %s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    AppLanguage::install(app, QStringLiteral("en")); // English plurals, whatever the locale
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    Session session(std::make_unique<SessionClock>());
    QString error;
    if (!session.startRecording(dir.filePath(QStringLiteral("tour.socketlab")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Workbench workbench(session);
    auto window = std::make_unique<MainWindow>(workbench);
    window->resize(1600, 1000);
    window->show();

    Workbench::ListenOptions listen;
    listen.address = QHostAddress(QHostAddress::AnyIPv4);
    listen.echo = true;
    const ConnectionId listener = workbench.listen(listen);
    runFor(200);
    const quint16 port = session.connections().find(listener)->localPort;
    QList<ConnectionId> clients;
    for (int i = 0; i < 8; ++i)
        clients << workbench.connectTo({ QStringLiteral("127.0.0.1"), port });
    runFor(500);
    for (int i = 0; i < clients.size(); ++i)
        workbench.send(clients[i], QStringLiteral("hello from client %1\n").arg(i + 1).toUtf8(), 20,
            80 + 10 * i);
    runFor(1500);
    window->connectionView()->setCurrentIndex(window->connectionModel()->indexOf(clients[0]));
    runFor(1500);
    if (!save(*window, outDir + QStringLiteral("/normal.png")))
        return 1;

    workbench.close(clients[0]);
    runFor(1500);
    if (!save(*window, outDir + QStringLiteral("/closed.png")))
        return 1;

    // The lesson pane is closed for this picture, as a teacher who is not running a lesson
    // would: beside the connection info pane it leaves the chart only its minimum height.
    if (auto *lessons = window->findChild<QDockWidget *>(QStringLiteral("lessonDock")))
        lessons->close();
    window->classroomMode()->setEnabled(true);
    window->connectionView()->setCurrentIndex(window->connectionModel()->indexOf(clients[1]));
    runFor(2000);
    const bool ok = save(*window, outDir + QStringLiteral("/classroom.png"));
    if (qEnvironmentVariableIsSet("SOCKETLAB_TOUR_SIZES")) {
        for (QDockWidget *dock : window->findChildren<QDockWidget *>())
            std::printf("%s min %d x %d, now %d x %d\n", qPrintable(dock->objectName()),
                dock->minimumSizeHint().width(), dock->minimumSizeHint().height(), dock->width(),
                dock->height());
        std::printf("screen %d x %d\n", window->screen()->availableGeometry().width(),
            window->screen()->availableGeometry().height());
        std::printf("window min %d, status min %d\n", window->minimumSizeHint().width(),
            window->statusBar()->minimumSizeHint().width());
        std::printf("central min %d, now %d; window %d\n",
            window->centralWidget()->minimumSizeHint().width(), window->centralWidget()->width(),
            window->width());
    }
    window->classroomMode()->setEnabled(false);
    return ok ? 0 : 1;
}
