// SPDX-License-Identifier: GPL-3.0-or-later
// What the window shows first: --lesson opens the lesson with nothing on top of it; the welcome
// page and the recovery question never stack.
#include "appsettings.h"
#include "lessonrunner.h"
#include "lessonpanel.h"
#include "recoveryquestion.h"
#include "session.h"
#include "startpages.h"
#include "welcomedialog.h"
#include "windowfixture.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

class tst_StartPages : public QObject
{
    Q_OBJECT

private:
    static constexpr int TimeoutMs = 10000;

    template<typename Page> static int visiblePages()
    {
        int visible = 0;
        for (QWidget *widget : QApplication::topLevelWidgets())
            visible += qobject_cast<Page *>(widget) && widget->isVisible() ? 1 : 0;
        return visible;
    }

    // A session with one event whose recording process is gone, in the sessions directory.
    static QString leaveInterruptedSession()
    {
        const QString path
            = Session::sessionsDirectory() + QStringLiteral("/interrupted.socketlab");
        QDir().mkpath(Session::sessionsDirectory());
        {
            Session session(std::make_unique<SessionClock>());
            QString error;
            if (!session.startRecording(path + QStringLiteral(".live"), &error))
                qFatal("%s", qPrintable(error));
            session.recordText(1, EventKind::Note, QStringLiteral("something happened"));
            session.flush();
            QFile::copy(session.journalPath(), path);
        }
        QFile::remove(path + QStringLiteral(".live"));
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        gone.waitForStarted(TimeoutMs);
        const qint64 pid = gone.processId();
        gone.waitForFinished(TimeoutMs);
        QFile lock(path + QStringLiteral(".lock"));
        lock.open(QIODevice::WriteOnly);
        lock.write(QByteArray::number(pid) + "\nsocketlab\n" + QSysInfo::machineHostName().toUtf8()
            + "\n");
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        AppSettings().clear();
        QDir(Session::sessionsDirectory()).removeRecursively();
    }

    void lessonOpensWithoutTheWelcomePage()
    {
        leaveInterruptedSession(); // offered at the next start, not on top of the lesson
        WindowFixture f;
        f.start();
        QVERIFY(!AppSettings().welcomeShown());
        QCOMPARE(showStartPages(*f.window, QStringLiteral("byte-stream"), false), nullptr);
        QCOMPARE(visiblePages<WelcomeDialog>(), 0);
        QCOMPARE(visiblePages<RecoveryQuestion>(), 0);
        QCOMPARE(f.window->lessonPanel()->runner()->lesson().id, QStringLiteral("byte-stream"));
        QTRY_VERIFY(f.window->lessonPanel()->isVisible());
    }

    void firstStartShowsTheWelcomePage()
    {
        WindowFixture f;
        f.start();
        QDialog *page = showStartPages(*f.window, QString(), false);
        QVERIFY(qobject_cast<WelcomeDialog *>(page));
        QTRY_COMPARE(visiblePages<WelcomeDialog>(), 1);
        page->close();
    }

    void recoveryQuestionInsteadOfTheWelcomePage()
    {
        const QString path = leaveInterruptedSession();
        WindowFixture f;
        f.start();
        auto *question
            = qobject_cast<RecoveryQuestion *>(showStartPages(*f.window, QString(), false));
        QVERIFY(question);
        QTRY_COMPARE(visiblePages<RecoveryQuestion>(), 1);
        QCOMPARE(visiblePages<WelcomeDialog>(), 0);
        QVERIFY(question->text().contains(QStringLiteral("interrupted.socketlab")));
        // Open: the session in a read-only window of its own, and it is no longer interrupted.
        QTest::mouseClick(question->openButton(), Qt::LeftButton);
        QTRY_COMPARE(visiblePages<MainWindow>(), 2);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget != f.window.get() && qobject_cast<MainWindow *>(widget))
                widget->close(); // deletes itself
        }
    }
};

QTEST_MAIN(tst_StartPages)
#include "tst_startpages.moc"
