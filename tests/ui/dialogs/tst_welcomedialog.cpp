// SPDX-License-Identifier: GPL-3.0-or-later
// The welcome page: the echo demo opens a listener and a client already talking, the lessons
// entry reaches whoever owns the lessons, and "Show this page at start" is remembered.
#include "appsettings.h"
#include "mainwindow.h"
#include "sendpanel.h"
#include "session.h"
#include "sessionloader.h"
#include "welcomedialog.h"
#include "windowfixture.h"
#include "workbench.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QCommandLinkButton>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_WelcomeDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase() { QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path()); }
    void init() { AppSettings().clear(); }

    void echoDemoTalksAtOnce()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        WelcomeDialog *welcome = f.window->createWelcome();
        welcome->show();
        QTest::mouseClick(welcome->echoDemoButton(), Qt::LeftButton);
        QVERIFY(!welcome->isVisible());

        // A listener that echoes, and a client connected to it that is the current connection.
        QTRY_VERIFY_WITH_TIMEOUT(f.window->currentConnection() != 0, 20000);
        const ConnectionId client = f.window->currentConnection();
        QTRY_COMPARE_WITH_TIMEOUT(f.session.connections().find(client)->state, ConnectionState::Connected, 20000);
        QCOMPARE(f.session.connections().find(client)->role, ConnectionRole::Client);
        int listeners = 0;
        for (const ConnectionInfo &info : f.session.connections().snapshot())
            listeners += info.isListener() && info.echo ? 1 : 0;
        QCOMPARE(listeners, 1);

        // They are already talking: a greeting went out and came back.
        QTRY_COMPARE_WITH_TIMEOUT(f.session.connections().find(client)->bytesIn, quint64(12), 20000);
        QCOMPARE(f.session.connections().find(client)->bytesOut, quint64(12));

        // The send field is ready with the same text: Enter sends it again, and it comes back.
        QLineEdit *input = f.window->sendPanel()->inputField();
        QCOMPARE(input->text(), QStringLiteral("hello, echo\\n"));
        QTRY_VERIFY_WITH_TIMEOUT(f.window->sendPanel()->sendButton()->isEnabled(), 10000);
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(f.session.connections().find(client)->bytesIn, quint64(24), 20000);
        QCOMPARE(f.session.connections().find(client)->bytesOut, quint64(24));
    }

    // The Lessons entry brings the lesson panel to the front, and tells whoever listens.
    void lessonsEntryShowsTheLessons()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        auto *dock = f.window->findChild<QDockWidget *>(QStringLiteral("lessonDock"));
        QVERIFY(dock);
        dock->hide();
        QSignalSpy lessons(f.window.get(), &MainWindow::lessonsRequested);
        WelcomeDialog *welcome = f.window->createWelcome();
        QVERIFY(welcome->lessonsButton()->isEnabled());
        welcome->show();
        QTest::mouseClick(welcome->lessonsButton(), Qt::LeftButton);
        QCOMPARE(lessons.count(), 1);
        QTRY_VERIFY(dock->isVisible());
    }

    // A read-only window has no lessons: the entry is there but disabled.
    void noLessonsInAReopenedSession()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("done.socketlab"));
        {
            Session session(std::make_unique<SessionClock>());
            QString error;
            QVERIFY2(session.startRecording(path, &error), qPrintable(error));
        }
        QString error;
        std::unique_ptr<MainWindow> window(MainWindow::openSessionFile(path, &error));
        QVERIFY2(window, qPrintable(error));
        std::unique_ptr<WelcomeDialog> welcome(window->createWelcome());
        QVERIFY(!welcome->lessonsButton()->isEnabled());
        QVERIFY(!welcome->echoDemoButton()->isEnabled());
        welcome.reset();
        QSignalSpy loaded(window->loader(), &SessionLoader::finished);
        if (window->loader()->isRunning())
            QVERIFY(loaded.wait(20000));
    }

    void showAtStartIsRemembered()
    {
        QCOMPARE(AppSettings().welcomeShown(), false);
        {
            WelcomeDialog welcome;
            QVERIFY(welcome.showAtStartBox()->isChecked());
            welcome.show();
            welcome.showAtStartBox()->setChecked(false);
            QTest::mouseClick(welcome.emptyButton(), Qt::LeftButton);
        }
        QCOMPARE(AppSettings().welcomeShown(), true);
        WelcomeDialog again;
        QVERIFY(!again.showAtStartBox()->isChecked());
    }
};

QTEST_MAIN(tst_WelcomeDialog)
#include "tst_welcomedialog.moc"
