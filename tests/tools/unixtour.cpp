// SPDX-License-Identifier: GPL-3.0-or-later
// A screenshot of a Unix socket connection from another process (socat), selected in the socket
// tree: the connection info pane names the peer process by its pid (SO_PEERCRED). To look at,
// not part of the test run:
//   xvfb-run -a build/tests/tools/socketlab-unixtour docs/images
// saves unix.png, then keeps the window up for HoldMs (for /work/shared/tools/screenshot).
#include "applanguage.h"
#include "connectiontreemodel.h"
#include "endpointaddress.h"
#include "mainwindow.h"
#include "session.h"
#include "workbench.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace {

constexpr int HoldMs = 20000;

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
    AppLanguage::install(app, QStringLiteral("en"));
    QStandardPaths::setTestModeEnabled(true);
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
    MainWindow window(workbench);
    window.resize(1600, 1000);
    window.show();

    const QString path = QStringLiteral("/tmp/socketlab-tour.sock");
    workbench.listen(Workbench::ListenOptions::at(parseUnixAddress(path), true));
    runFor(300);
    // Another process at the other end: socat copies what we feed it into the socket.
    QProcess socat;
    socat.start(
        QStringLiteral("socat"), { QStringLiteral("-"), QStringLiteral("UNIX-CONNECT:") + path });
    QTimer talk;
    int line = 0;
    QObject::connect(&talk, &QTimer::timeout, &socat, [&] {
        socat.write(QStringLiteral("line %1 from socat, another process\n").arg(++line).toUtf8());
    });
    talk.start(150);
    runFor(1500);
    ConnectionId accepted = 0;
    for (const ConnectionInfo &info : session.connections().snapshot()) {
        if (info.role == ConnectionRole::Accepted)
            accepted = info.id;
    }
    window.connectionView()->setCurrentIndex(window.connectionModel()->indexOf(accepted));
    runFor(1500);
    const QString out = outDir + QStringLiteral("/unix.png");
    if (!window.grab().save(out)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
        return 1;
    }
    std::printf("saved %s (socat is pid %lld)\n", qPrintable(out), socat.processId());
    std::fflush(stdout);
    runFor(HoldMs);
    talk.stop();
    socat.closeWriteChannel();
    socat.waitForFinished(2000);
    return 0;
}
