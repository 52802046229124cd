// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the README's screenshots from the real window with real loopback traffic:
//   build/tests/tools/socketlab-tour docs/images
// It listens, connects three clients, lets them talk for a few seconds, selects a stream,
// and saves QWidget::grab() of the window.
#include "bytelogfilter.h"
#include "bytelogmodel.h"
#include "bytelogview.h"
#include "connectiontreemodel.h"
#include "mainwindow.h"
#include "session.h"
#include "workbench.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QItemSelectionModel>
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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
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
    window.resize(1600, 950);
    window.show();

    const ConnectionId listener = workbench.listen({QHostAddress(QHostAddress::LocalHost), 0, true});
    runFor(200);
    const quint16 port = session.connections().find(listener)->localPort;
    QList<ConnectionId> clients;
    for (int i = 0; i < 3; ++i)
        clients << workbench.connectTo({QStringLiteral("localhost"), port});
    runFor(500);
    workbench.send(clients[0], "GET /index.html HTTP/1.1\r\nHost: localhost\r\n\r\n", 60, 100);
    workbench.send(clients[1], QByteArray(6000, 'x') + QByteArray::fromHex("00ff10"), 40, 150);
    workbench.send(clients[2], "chat: hello from client 3\n", 120, 50);
    runFor(6500);

    // The first client's echoes, as the stream it read.
    window.connectionView()->setCurrentIndex(window.connectionModel()->indexOf(clients[0]));
    window.logFilter()->setConnection(clients[0]);
    QItemSelectionModel *selection = window.logView()->selectionModel();
    int selected = 0;
    for (int row = 0; row < window.logFilter()->rowCount() && selected < 3; ++row) {
        const QModelIndex index = window.logFilter()->index(row, 0);
        if (index.data(ByteLogModel::KindRole).toInt() == int(EventKind::Received)) {
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ++selected;
        }
    }
    window.logFilter()->setConnection(0);
    runFor(400);
    const QString path = outDir + QStringLiteral("/workbench.png");
    if (!window.grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    std::printf("saved %s\n", qPrintable(path));
    return 0;
}
