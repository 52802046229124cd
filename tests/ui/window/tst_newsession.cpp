// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ New session and the Lessons menu (issue 13, item 9), chosen with the mouse from the menu
// bar: a new session closes the old one's sockets (a client of ours sees its connection end),
// finishes its recording (the file reopens complete) and starts an empty log in a new window;
// the Lessons menu lists every lesson, and one started on a session with events offers a new
// session for it.
#include "lessonpanel.h"
#include "livesessions.h"
#include "mainwindow.h"
#include "menuclicks.h"
#include "session.h"
#include "sessionloader.h"
#include "workbench.h"

#include <QComboBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

namespace {

// Clicks the button with this text in the next message box, and keeps the box's text.
class MessageBoxAnswer : public QObject
{
public:
    explicit MessageBoxAnswer(const QString &button)
    {
        connect(&m_timer, &QTimer::timeout, this, [this, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || answered)
                return;
            for (QAbstractButton *candidate : box->buttons()) {
                if (candidate->text().remove(QLatin1Char('&')) == button) {
                    answered = true;
                    text = box->text();
                    QTest::mouseClick(candidate, Qt::LeftButton);
                    return;
                }
            }
        });
        m_timer.start(50);
    }

    bool answered = false;
    QString text;

private:
    QTimer m_timer;
};

} // namespace

class TestNewSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A listener in window's session and a client of ours connected to it.
    static ConnectionId listenWithClient(MainWindow *window, QTcpSocket &client)
    {
        Workbench *workbench = window->workbench();
        const ConnectionId listener
            = workbench->listen({ QHostAddress(QHostAddress::LocalHost), 0, true });
        const auto port = [&] {
            const auto info = window->session().connections().find(listener);
            return info ? info->localPort : quint16(0);
        };
        if (!QTest::qWaitFor([&] { return port() != 0; }))
            return 0;
        client.connectToHost(QHostAddress::LocalHost, port());
        return client.waitForConnected(5000) ? listener : 0;
    }

private Q_SLOTS:
    void newSessionEndsTheOldOneAndStartsEmpty()
    {
        LiveSessions sessions;
        QString error;
        const QString first = m_dir.filePath(QStringLiteral("first.socketlab"));
        QPointer<MainWindow> old = sessions.start(first, Session::PathChoice::ByUser, &error);
        QVERIFY2(old, qPrintable(error));
        old->show();
        QVERIFY(QTest::qWaitForWindowExposed(old.data()));
        QTcpSocket client;
        QVERIFY(listenWithClient(old, client));
        QTRY_VERIFY(old->session().log().count() >= 2);

        QVERIFY(MenuClicks::choose(old, { "File", "New session" }));
        MainWindow *fresh = sessions.current();
        QVERIFY(fresh && fresh != old.data());
        QVERIFY(fresh->isVisible());
        QCOMPARE(fresh->session().log().count(), 0);
        QVERIFY(fresh->session().journalPath() != first);
        QVERIFY(fresh->statusLine() != nullptr);

        // The old session's sockets are closed (our client reads the end of the stream) and its
        // window goes; its recording is finished and kept.
        QTRY_VERIFY(client.state() == QAbstractSocket::UnconnectedState);
        QTRY_VERIFY(old.isNull());
        Session reopened(std::make_unique<SessionClock>());
        SessionLoader::Outcome outcome;
        QVERIFY2(SessionLoader::load(reopened, first, &outcome, &error), qPrintable(error));
        QVERIFY(outcome.complete);
        QVERIFY(outcome.closedCleanly);
        QVERIFY(outcome.events >= 2);

        // The new session works: it listens and records.
        QTcpSocket again;
        QVERIFY(listenWithClient(fresh, again));
        QTRY_VERIFY(fresh->session().log().count() >= 2);
    }

    void lessonsMenuListsEveryLesson()
    {
        LiveSessions sessions;
        QString error;
        MainWindow *window = sessions.start(m_dir.filePath(QStringLiteral("lessons.socketlab")),
            Session::PathChoice::ByUser, &error);
        QVERIFY2(window, qPrintable(error));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QList<Lesson> lessons = window->lessonPanel()->lessons();
        QVERIFY(lessons.size() >= 8);

        QMenu *menu = nullptr;
        for (QAction *top : window->menuBar()->actions()) {
            if (top->text().remove(QLatin1Char('&')) == QStringLiteral("Lessons"))
                menu = top->menu();
        }
        QVERIFY(menu);
        QStringList listed;
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QStringLiteral("lessonEntry"))
                // "&3 Title" for the first nine, the title alone from the tenth on.
                listed << action->text().remove(QLatin1Char('&')).remove(QRegularExpression(QStringLiteral("^[1-9] ")));
        }
        QStringList titles;
        for (const Lesson &lesson : lessons)
            titles << lesson.title;
        QCOMPARE(listed, titles);

        // On an empty session the lesson opens at once, in this session.
        const Lesson &third = lessons.at(2);
        const QByteArray entry = QStringLiteral("3 %1").arg(third.title).toUtf8();
        QVERIFY(MenuClicks::choose(window, { "Lessons", entry.constData() }));
        QCOMPARE(window->lessonPanel()->lessonBox()->currentData().toString(), third.id);
        QCOMPARE(sessions.current(), window);
    }

    void aLessonOnABusySessionOffersANewOne()
    {
        LiveSessions sessions;
        QString error;
        QPointer<MainWindow> old = sessions.start(
            m_dir.filePath(QStringLiteral("busy.socketlab")), Session::PathChoice::ByUser, &error);
        QVERIFY2(old, qPrintable(error));
        old->show();
        QVERIFY(QTest::qWaitForWindowExposed(old.data()));
        QTcpSocket client;
        QVERIFY(listenWithClient(old, client));
        const Lesson second = old->lessonPanel()->lessons().at(1);

        MessageBoxAnswer answer(QStringLiteral("New session"));
        const QByteArray entry = QStringLiteral("2 %1").arg(second.title).toUtf8();
        QVERIFY(MenuClicks::choose(old, { "Lessons", entry.constData() }));
        QVERIFY(answer.answered);
        QVERIFY2(answer.text.contains(second.title), qPrintable(answer.text));
        MainWindow *fresh = sessions.current();
        QVERIFY(fresh && fresh != old.data());
        QCOMPARE(fresh->lessonPanel()->lessonBox()->currentData().toString(), second.id);
        QTRY_VERIFY(client.state() == QAbstractSocket::UnconnectedState);
        QTRY_VERIFY(old.isNull());
    }
};

QTEST_MAIN(TestNewSession)
#include "tst_newsession.moc"
