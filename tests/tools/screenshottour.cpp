// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the README's screenshots from the real window with real loopback traffic:
//   build/tests/tools/socketlab-tour docs/images
// It listens, connects three clients, lets them talk for a few seconds, selects a stream,
// and saves QWidget::grab() of the window (workbench.png), of the packet view (packet.png), of
// the window on a dark palette (workbench-dark.png) and of the welcome page (welcome.png).
// Settings go to a temporary directory: the user's are neither read nor changed.
#include "applanguage.h"
#include "bytelogfilter.h"
#include "bytelogmodel.h"
#include "bytelogview.h"
#include "connectiontreemodel.h"
#include "mainwindow.h"
#include "packetview.h"
#include "welcomedialog.h"
#include "session.h"
#include "workbench.h"

#include <QApplication>
#include <QDockWidget>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
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
    AppLanguage::install(app, QStringLiteral("en"));   // English plurals, whatever the locale
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
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

    const auto save = [&outDir](QWidget *widget, const char *name) {
        const QString file = outDir + QLatin1Char('/') + QLatin1String(name);
        if (!widget->grab().save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return false;
        }
        std::printf("saved %s\n", qPrintable(file));
        return true;
    };
    if (!save(window.findChild<QDockWidget *>(QStringLiteral("packetDock")), "packet.png"))
        return 1;

    WelcomeDialog *welcome = window.createWelcome();
    welcome->show();
    runFor(300);
    if (!save(welcome, "welcome.png"))
        return 1;
    welcome->close();

    // The same window on a dark palette, as a dark desktop theme gives it.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b2b2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8e8e8));
    dark.setColor(QPalette::Base, QColor(0x1e1e1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x262626));
    dark.setColor(QPalette::Text, QColor(0xe8e8e8));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a9a9a));
    dark.setColor(QPalette::Button, QColor(0x353535));
    dark.setColor(QPalette::ButtonText, QColor(0xe8e8e8));
    dark.setColor(QPalette::Highlight, QColor(0x3d6fb4));
    dark.setColor(QPalette::HighlightedText, QColor(0xffffff));
    dark.setColor(QPalette::ToolTipBase, QColor(0x353535));
    dark.setColor(QPalette::ToolTipText, QColor(0xe8e8e8));
    dark.setColor(QPalette::Mid, QColor(0x505050));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a7a7a));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a7a7a));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a7a7a));
    QApplication::setPalette(dark);
    runFor(600);
    return save(&window, "workbench-dark.png") ? 0 : 1;
}