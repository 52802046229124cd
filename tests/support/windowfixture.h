// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"
#include "session.h"
#include "workbench.h"

#include <QTemporaryDir>
#include <QTest>

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
    std::optional<ConnectionInfo> find(ConnectionRole role, ConnectionState state) const
    {
        for (const ConnectionInfo &info : session.connections().snapshot()) {
            if (info.role == role && info.state == state)
                return info;
        }
        return std::nullopt;
    }
};
