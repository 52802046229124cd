// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytelogfilter.h"
#include "bytelogmodel.h"
#include "bytelogview.h"
#include "connectiontreemodel.h"
#include "mainwindow.h"
#include "session.h"
#include "workbench.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>
#include <optional>

// A live session in a shown MainWindow, for widget tests that drive real sockets. The window can
// be recreated on the same session (to test what it remembers).
struct WindowFixture
{
    QTemporaryDir dir;
    Session session { std::make_unique<SessionClock>() };
    std::unique_ptr<Workbench> workbench;
    std::unique_ptr<MainWindow> window;

    // Fails the current test when the session cannot record or the window does not show.
    void start()
    {
        QString error;
        QVERIFY2(session.startRecording(dir.filePath(QStringLiteral("gui.socketlab")), &error),
            qPrintable(error));
        workbench = std::make_unique<Workbench>(session);
        showNewWindow();
    }
    void showNewWindow()
    {
        window.reset();
        window = std::make_unique<MainWindow>(*workbench);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
    ~WindowFixture()
    {
        window.reset();
        workbench.reset();
    }
    // Clicks the connection's row in the Sockets tree, as a user does, once it is listed.
    void clickConnection(ConnectionId id, int timeoutMs = 15000) const
    {
        QTreeView *tree = window->connectionView();
        QTRY_VERIFY_WITH_TIMEOUT(window->connectionModel()->indexOf(id).isValid(), timeoutMs);
        tree->scrollTo(window->connectionModel()->indexOf(id));   // as a user scrolls a short tree
        const QRect row = tree->visualRect(window->connectionModel()->indexOf(id));
        QVERIFY(row.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, row.center());
    }
    // Clicks a row of the log as the view shows it; Ctrl adds it to the selection.
    void clickLogRow(int row, Qt::KeyboardModifiers modifiers = {}) const
    {
        ByteLogView *view = window->logView();
        const QModelIndex index = window->logFilter()->index(row, ByteLogModel::PreviewColumn);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
    }
    // A UDP socket bound to 127.0.0.1 on a port the system chooses, once the table has it bound.
    void openUdp(ConnectionId *id, quint16 *port) const
    {
        *id = workbench->openUdp(UdpOptions {});
        QTRY_VERIFY(session.connections().find(*id) && session.connections().find(*id)->state == ConnectionState::Bound);
        *port = session.connections().find(*id)->localPort;
        QVERIFY(*port != 0);
    }
    std::optional<ConnectionInfo> find(ConnectionRole role, ConnectionState state) const
    {
        for (const ConnectionInfo &info : session.connections().snapshot()) {
            if (info.role == role && info.state == state)
                return info;
        }
        return std::nullopt;
    }
};
