// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytelogmodel.h"
#include "bytelogview.h"
#include "connectioninfopane.h"
#include "hexview.h"
#include "connectionstreams.h"
#include "connectiontreemodel.h"
#include "endpointpanel.h"
#include "lessonpanel.h"
#include "lessonrunner.h"
#include "mainwindow.h"
#include "packetdecoder.h"
#include "packetview.h"
#include "peerprocess.h"
#include "respondereditor.h"
#include "ruleform.h"
#include "session.h"
#include "sessionreader.h"
#include "workbench.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

// Lesson 1 clicked through in the real window, with the panel's own buttons.
class tst_LessonPanel : public QObject
{
    Q_OBJECT

private:
    static constexpr int TimeoutMs = 30000;

    struct Fixture
    {
        QTemporaryDir dir;
        Session session { std::make_unique<SessionClock>() };
        std::unique_ptr<Workbench> workbench;
        std::unique_ptr<MainWindow> window;

        Fixture()
        {
            QString error;
            QVERIFY2(
                session.startRecording(dir.filePath(QStringLiteral("lesson.socketlab")), &error),
                qPrintable(error));
            workbench = std::make_unique<Workbench>(session);
            window = std::make_unique<MainWindow>(*workbench);
            window->lessonPanel()->setUseSuggestedPorts(false); // tests never take a fixed port
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        }
        ~Fixture()
        {
            window.reset();
            workbench.reset();
        }
    };

    // Clicks "Email by hand" to its step 7, runs the step's command line that starts with `start`
    // in a shell (curl or python3: a mail client in another process), and expects `body` to arrive
    // as the message; then step 8 selects it in the log.
    static void deliverAsTheStepShows(Fixture &f, const QString &start, const QByteArray &body)
    {
        f.window->openLesson(QStringLiteral("email-by-hand"));
        LessonPanel *panel = f.window->lessonPanel();
        QTRY_VERIFY(panel->isVisible());
        LessonRunner *runner = panel->runner();
        for (int step = 0; step < 6; ++step) {
            QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
            QTRY_VERIFY2_WITH_TIMEOUT(panel->statusLabel()->text().startsWith(QStringLiteral("✔")),
                qPrintable(panel->statusLabel()->text()), TimeoutMs);
            QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        }
        QCOMPARE(panel->progressLabel()->text(), QStringLiteral("Step 7 of 8"));
        QVERIFY2(panel->statusLabel()->text().contains(QStringLiteral("Waiting for: delivery: a mail message")),
                 qPrintable(panel->statusLabel()->text()));

        // The step's text as the learner reads it, one command a line.
        QString text = panel->textLabel()->text();
        text.replace(QStringLiteral("<br>"), QStringLiteral("\n"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        QString command;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line.startsWith(start))
                command = line;
        }
        QVERIFY2(!command.isEmpty(), qPrintable(text));
        QVERIFY2(!command.contains(QStringLiteral("…")), qPrintable(command)); // the port is known
        QProcess client;
        client.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), command });
        PeerProcess::waitForExit(client, TimeoutMs); // the mail client's own exit status: 0
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY2_WITH_TIMEOUT(panel->statusLabel()->text().startsWith(QStringLiteral("✔")),
            qPrintable(panel->statusLabel()->text()), TimeoutMs);
        QCOMPARE(runner->idOf(QStringLiteral("mailer")), ConnectionId(0)); // Do it was not pressed
        const auto delivery = runner->infoOf(QStringLiteral("delivery"));
        QVERIFY(delivery);
        const QString expected = QStringLiteral("✔ %1 received a message of %2 bytes from %3")
                                     .arg(delivery->name)
                                     .arg(body.size())
                                     .arg(delivery->peerEndpoint());
        QVERIFY2(panel->statusLabel()->text().contains(expected),
                 qPrintable(panel->statusLabel()->text() + QStringLiteral(" lacks ") + expected));
        QCOMPARE(runner->receivedMessage(QStringLiteral("delivery")).value_or("(none)"), body);
        QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(panel->statusLabel()->text().startsWith(QStringLiteral("✔")),
            qPrintable(panel->statusLabel()->text()), TimeoutMs);
        QVERIFY(runner->isComplete());
        checkMessageSelected(f, body);
    }

    // Step 8 is up: the log's selected rows are exactly what the delivering connection received,
    // and the packet view shows them as one text: DATA, the message byte for byte, the lone dot.
    static void checkMessageSelected(Fixture &f, const QByteArray &body)
    {
        LessonRunner *runner = f.window->lessonPanel()->runner();
        QCOMPARE(runner->currentStep(), 7);
        const ConnectionId delivery = runner->idOf(QStringLiteral("delivery"));
        const SessionReader log(f.session);
        const QByteArray received = log.stream(delivery, EventKind::Received);
        // After the DATA line (smtplib writes "data"), the message byte for byte, then the lone dot.
        QCOMPARE(runner->receivedMessage(QStringLiteral("delivery")).value_or("(none)"), body);
        QVERIFY2(received.contains("\r\n" + body + ".\r\n"), received.constData());
        QItemSelectionModel *selection = f.window->logView()->selectionModel();
        QTRY_VERIFY_WITH_TIMEOUT(!selection->selectedRows().isEmpty(), TimeoutMs);
        qint64 receivedRows = 0;
        for (qint64 i = 0; i < f.session.log().count(); ++i) {
            const TrafficEvent &event = f.session.log().event(i);
            receivedRows += event.connection == delivery && event.kind == EventKind::Received ? 1 : 0;
        }
        QCOMPARE(qint64(selection->selectedRows().size()), receivedRows);
        for (const QModelIndex &row : selection->selectedRows()) {
            QCOMPARE(row.data(ByteLogModel::ConnectionIdRole).toUInt(), delivery);
            QCOMPARE(f.session.log().event(row.data(ByteLogModel::EventIndexRole).toLongLong()).kind, EventKind::Received);
        }
        QCOMPARE(f.window->currentConnection(), delivery);
        QTRY_COMPARE_WITH_TIMEOUT(f.window->packetView()->hexView()->data(), received, TimeoutMs);
        // The message itself is selected there: its headers, the empty line, the body.
        QCOMPARE(f.window->packetView()->hexView()->selectedBytes(), body);
    }

private Q_SLOTS:
    void clicksThroughTheFirstLesson()
    {
        Fixture f;
        if (QTest::currentTestFailed())
            return;
        f.window->openLesson(QStringLiteral("hello"));
        LessonPanel *panel = f.window->lessonPanel();
        QTRY_VERIFY(panel->isVisible()); // the dock was raised above the packet view
        QVERIFY(panel->loadProblems().isEmpty());
        LessonRunner *runner = panel->runner();
        QCOMPARE(runner->lesson().id, QStringLiteral("hello"));
        const int steps = runner->stepCount();
        QCOMPARE(panel->progressLabel()->text(), QStringLiteral("Step 1 of %1").arg(steps));
        QVERIFY(!panel->backButton()->isEnabled());

        for (int step = 0; step < steps; ++step) {
            QCOMPARE(panel->progressLabel()->text(),
                QStringLiteral("Step %1 of %2").arg(step + 1).arg(steps));
            QVERIFY(panel->doItButton()->isEnabled());
            QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
            QTRY_VERIFY2_WITH_TIMEOUT(panel->statusLabel()->text().startsWith(QStringLiteral("✔")),
                qPrintable(panel->statusLabel()->text()), TimeoutMs);
            QVERIFY(!panel->doItButton()->isEnabled());   // done: not done twice
            if (step == 1) {
                // The state of both ends, as the step shows it.
                QTRY_VERIFY2_WITH_TIMEOUT(
                    panel->stateLabel()->text().count(QStringLiteral("<b>connected</b>")) == 2,
                    qPrintable(panel->stateLabel()->text()), TimeoutMs);
                const auto server = runner->infoOf(QStringLiteral("server"));
                QVERIFY(server);
                QVERIFY2(panel->textLabel()->text().contains(server->localEndpoint()),
                    qPrintable(panel->textLabel()->text()));
            }
            if (step + 1 < steps) {
                QVERIFY(panel->nextButton()->isEnabled());
                QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
            }
        }
        QVERIFY(!panel->nextButton()->isEnabled());
        QVERIFY(runner->isComplete());
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->stateLabel()->text().contains(QStringLiteral("not listening")), TimeoutMs);
        const auto client = runner->infoOf(QStringLiteral("client"));
        QVERIFY(client);
        QCOMPARE(client->state, ConnectionState::Closed);
        QCOMPARE(client->bytesIn, quint64(6));

        QTest::mouseClick(panel->backButton(), Qt::LeftButton);
        QCOMPARE(panel->progressLabel()->text(),
            QStringLiteral("Step %1 of %2").arg(steps - 1).arg(steps));
        QVERIFY(panel->statusLabel()->text().startsWith(QStringLiteral("✔")));

        // Leave for another lesson and come back: the first resumes where it was.
        panel->lessonBox()->setCurrentIndex(
            panel->lessonBox()->findData(QStringLiteral("byte-stream")));
        QCOMPARE(panel->runner()->lesson().id, QStringLiteral("byte-stream"));
        QCOMPARE(panel->progressLabel()->text(),
            QStringLiteral("Step 1 of %1").arg(panel->runner()->stepCount()));
        panel->lessonBox()->setCurrentIndex(panel->lessonBox()->findData(QStringLiteral("hello")));
        QCOMPARE(panel->runner(), runner);
        QCOMPARE(panel->progressLabel()->text(),
            QStringLiteral("Step %1 of %2").arg(steps - 1).arg(steps));

        QTest::mouseClick(panel->restartButton(), Qt::LeftButton);
        QCOMPARE(panel->progressLabel()->text(), QStringLiteral("Step 1 of %1").arg(steps));
        QCOMPARE(runner->doneCount(), 0);
        QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("Do it")));
    }

    // A done step says what happened on the real sockets; the list of steps ticks the done ones,
    // marks the current one and goes back to a step when clicked.
    void outcomeInWordsAndTheListOfSteps()
    {
        Fixture f;
        if (QTest::currentTestFailed())
            return;
        f.window->openLesson(QStringLiteral("hello"));
        LessonPanel *panel = f.window->lessonPanel();
        LessonRunner *runner = panel->runner();
        QCOMPARE(panel->stepButtons().size(), runner->stepCount());
        // The title is on the button where the panel has room for every title, else in its
        // tooltip (and above the explanation).
        QVERIFY(panel->stepButtons().at(0)->text().startsWith(QStringLiteral("▶ 1.")));
        QCOMPARE(panel->stepButtons().at(0)->toolTip(), QStringLiteral("Step 1: Listen"));

        QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(runner->status(0), LessonRunner::StepStatus::Done, TimeoutMs);
        const auto server = runner->infoOf(QStringLiteral("server"));
        QVERIFY(server);
        QTRY_VERIFY2(panel->statusLabel()->text().contains(
                         QStringLiteral("✔ %1 listens on %2").arg(server->name, server->localEndpoint())),
            qPrintable(panel->statusLabel()->text()));

        QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(runner->status(1), LessonRunner::StepStatus::Done, TimeoutMs);
        const auto accepted = runner->infoOf(QStringLiteral("accepted"));
        const auto client = runner->infoOf(QStringLiteral("client"));
        QVERIFY(accepted && client);
        // The accepted socket's peer is the client's own address and port.
        const QString expected = QStringLiteral("✔ accepted %1 from 127.0.0.1:%2")
                                     .arg(accepted->name)
                                     .arg(client->localPort);
        QTRY_VERIFY2(panel->statusLabel()->text().contains(expected),
            qPrintable(panel->statusLabel()->text() + QStringLiteral(" lacks ") + expected));

        QVERIFY(panel->stepButtons().at(0)->text().startsWith(QStringLiteral("✔ 1.")));
        QVERIFY(panel->stepButtons().at(1)->text().startsWith(QStringLiteral("▶ 2.")));
        QVERIFY(panel->stepButtons().at(1)->isChecked());
        QVERIFY(!panel->stepButtons().at(2)->text().startsWith(QStringLiteral("✔")));
        QTest::mouseClick(panel->stepButtons().at(0), Qt::LeftButton);
        QCOMPARE(runner->currentStep(), 0);
        QCOMPARE(panel->progressLabel()->text(),
            QStringLiteral("Step 1 of %1").arg(runner->stepCount()));
        QVERIFY(panel->stepButtons().at(0)->text().startsWith(QStringLiteral("▶ 1.")));
    }

    // "Two processes, one computer" in the window: a Unix socket and a TCP connection side by
    // side, each step done with the panel's button, the peer's pid in the step text.
    void unixLessonRunsInThePanel()
    {
        Fixture f;
        if (QTest::currentTestFailed())
            return;
        f.window->openLesson(QStringLiteral("two-processes"));
        LessonPanel *panel = f.window->lessonPanel();
        QTRY_VERIFY(panel->isVisible());
        LessonRunner *runner = panel->runner();
        QCOMPARE(runner->lesson().id, QStringLiteral("two-processes"));
        const int steps = runner->stepCount();
        for (int step = 0; step < steps; ++step) {
            QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
            QTRY_VERIFY2_WITH_TIMEOUT(panel->statusLabel()->text().startsWith(QStringLiteral("✔")),
                qPrintable(panel->statusLabel()->text()), 60000);
            if (step == 2) {
                const auto accepted = runner->infoOf(QStringLiteral("accepted"));
                QVERIFY(accepted);
                QCOMPARE(accepted->peerCredentials.pid, QCoreApplication::applicationPid());
                QVERIFY2(panel->textLabel()->text().contains(
                             QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())),
                    qPrintable(panel->textLabel()->text()));
            }
            if (step + 1 < steps)
                QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        }
        QVERIFY(runner->isComplete());
        const auto server = runner->infoOf(QStringLiteral("server"));
        QVERIFY(server);
        QVERIFY(server->isUnix());
        QVERIFY2(!QFileInfo::exists(server->localPath), qPrintable(server->localPath));
        QCOMPARE(runner->infoOf(QStringLiteral("accepted"))->bytesIn, quint64(6 + 16 * 1024 * 1024));
        QCOMPARE(runner->infoOf(QStringLiteral("tcpaccepted"))->bytesIn, quint64(16 * 1024 * 1024));
    }

    // "Email by hand" clicked through: each step's Do it, its ✔, Next; the message's body arrives on
    // the server's socket and the client reads each reply code. At step 7 SocketLab plays the mail
    // client (the shipped script smtp-send); step 8 selects what it sent in the log.
    void emailLessonRunsInThePanel()
    {
        Fixture f;
        if (QTest::currentTestFailed())
            return;
        f.window->openLesson(QStringLiteral("email-by-hand"));
        LessonPanel *panel = f.window->lessonPanel();
        QTRY_VERIFY(panel->isVisible());
        LessonRunner *runner = panel->runner();
        QCOMPARE(runner->lesson().id, QStringLiteral("email-by-hand"));
        const int steps = runner->stepCount();
        QCOMPARE(steps, 8);
        for (int step = 0; step < steps; ++step) {
            if (step == 6) {
                // The command to type, with the real port.
                const auto server = runner->infoOf(QStringLiteral("server"));
                QVERIFY(server);
                QVERIFY2(panel->textLabel()->text().contains(
                             QStringLiteral("curl smtp://%1 --mail-from").arg(server->localEndpoint())),
                         qPrintable(panel->textLabel()->text()));
            }
            if (step < 7)
                QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
            else
                QVERIFY(!panel->doItButton()->isEnabled()); // only to look at
            QTRY_VERIFY2_WITH_TIMEOUT(panel->statusLabel()->text().startsWith(QStringLiteral("✔")),
                qPrintable(panel->statusLabel()->text()), TimeoutMs);
            if (step == 6) {
                const auto delivery = runner->infoOf(QStringLiteral("delivery"));
                const auto mailer = runner->infoOf(QStringLiteral("mailer"));
                QVERIFY(delivery && mailer);
                const QString expected = QStringLiteral("✔ %1 received a message of 151 bytes from 127.0.0.1:%2")
                                             .arg(delivery->name)
                                             .arg(mailer->localPort);
                QVERIFY2(panel->statusLabel()->text().contains(expected),
                         qPrintable(panel->statusLabel()->text() + QStringLiteral(" lacks ") + expected));
                // The script goes on to QUIT, and the server closes: all that it sent is in the log.
                QTRY_COMPARE_WITH_TIMEOUT(runner->infoOf(QStringLiteral("delivery"))->state, ConnectionState::Closed,
                                          TimeoutMs);
            }
            if (step + 1 < steps)
                QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        }
        QVERIFY(runner->isComplete());
        const SessionReader log(f.session);
        QVERIFY(log.stream(runner->idOf(QStringLiteral("mailbox")), EventKind::Received)
                    .contains("Hello Bob, this went over a socket.\r\n.\r\n"));
        const QByteArray replies = log.stream(runner->idOf(QStringLiteral("client")), EventKind::Received);
        for (const char *code : {"220 ", "250 socketlab greets", "354 ", "message accepted", "221 "})
            QVERIFY2(replies.contains(code), replies.constData());
        checkMessageSelected(f, "From: Alice <alice@lab.example>\r\nTo: Bob <bob@lab.example>\r\n"
                                "Subject: A letter by socket\r\n\r\nHello Bob,\r\n"
                                "SocketLab played the mail client for this one.\r\n");
    }

    // At the waiting step a real curl, run as the step shows it, delivers; the step turns ✔ by
    // itself and the message is in the log byte for byte.
    void emailDeliveredByCurlInThePanel()
    {
        Fixture f;
        if (QTest::currentTestFailed())
            return;
        QString curl;
        PeerProcess::findProgram(QStringLiteral("curl"), QStringLiteral("curl"), &curl);
        if (QTest::currentTestFailed())
            return;
        deliverAsTheStepShows(f, QStringLiteral("printf "), "Subject: hello\r\n\r\nHi Bob, from curl.\r\n");
    }

    // The same with Python's smtplib, the step's one-liner.
    void emailDeliveredBySmtplibInThePanel()
    {
        Fixture f;
        if (QTest::currentTestFailed())
            return;
        QString python;
        PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
        if (QTest::currentTestFailed())
            return;
        deliverAsTheStepShows(f, QStringLiteral("python3 -c "), "Subject: hello\r\n\r\nHi Bob, from Python.\r\n");
    }

    // "Talk HTTP by hand", second half, clicked through with a real browser: the page the lesson's
    // listener serves (its URL read from the step's text) is fetched by chromium headless, the
    // learner changes the page in the responder editor and saves, and chromium then gets the new
    // page. The steps that wait for the browser complete by themselves.
    void webLessonServesChromiumBeforeAndAfterTheEdit()
    {
        QString chromium;
        PeerProcess::findProgram(QStringLiteral("chromium"), QStringLiteral("chromium"), &chromium);
        if (QTest::currentTestFailed())
            return;
        Fixture f;
        if (QTest::currentTestFailed())
            return;
        f.window->openLesson(QStringLiteral("http-by-hand"));
        LessonPanel *panel = f.window->lessonPanel();
        QTRY_VERIFY(panel->isVisible());
        LessonRunner *runner = panel->runner();
        QCOMPARE(runner->stepCount(), 10);
        for (int step = 0; step < 7; ++step) {   // the hand-typed half, then the listener with rules
            QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
            QTRY_VERIFY2_WITH_TIMEOUT(panel->statusLabel()->text().startsWith(QStringLiteral("✔")),
                qPrintable(panel->statusLabel()->text()), TimeoutMs);
            QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        }
        QCOMPARE(runner->currentStep(), 7);
        static const QRegularExpression urlShape(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
        const QRegularExpressionMatch url = urlShape.match(panel->textLabel()->text());
        QVERIFY2(url.hasMatch(), qPrintable(panel->textLabel()->text()));
        QCOMPARE(url.captured(1).toUInt(), uint(runner->infoOf(QStringLiteral("web"))->localPort));

        const auto browse = [&](QByteArray *dom) {
            QTemporaryDir profile;   // chromium's, new for each run
            QProcess browser;
            browser.start(chromium, {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                                     QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                                     QStringLiteral("--disable-background-networking"),
                                     QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                                     QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--dump-dom"),
                                     url.captured(0)});
            PeerProcess::waitForExit(browser, 60000);
            *dom = browser.readAllStandardOutput();
        };
        QByteArray dom;
        browse(&dom);
        QVERIFY2(dom.contains("<h1>Hello from SocketLab</h1>"), dom.constData());
        QTRY_VERIFY2_WITH_TIMEOUT(panel->statusLabel()->text().startsWith(QStringLiteral("✔")),
            qPrintable(panel->statusLabel()->text()), TimeoutMs);
        QTest::mouseClick(panel->nextButton(), Qt::LeftButton);

        // The learner's edit, as the step says: the editor, lesson-page, rule page-answer, its body.
        EndpointPanel *endpoints = f.window->endpointPanel();
        QTest::mouseClick(endpoints->editRespondersButton(), Qt::LeftButton);
        ResponderEditor *editor = endpoints->responderEditor();
        QTRY_VERIFY(editor && editor->isVisible());
        QComboBox *choice = editor->responderField();
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_Home);
        for (int i = 0; i < choice->count() && choice->currentData().toStringList().value(0) != QLatin1String("lesson-page"); ++i)
            QTest::keyClick(choice, Qt::Key_Down);
        QCOMPARE(choice->currentData().toStringList(), (QStringList{QStringLiteral("lesson-page"), QStringLiteral("own")}));
        QListWidget *rules = editor->ruleList();
        QListWidgetItem *pageAnswer = rules->findItems(QStringLiteral("page-answer  [page]"), Qt::MatchExactly).value(0);
        QVERIFY(pageAnswer);
        rules->scrollToItem(pageAnswer);
        QTest::mouseClick(rules->viewport(), Qt::LeftButton, {}, rules->visualItemRect(pageAnswer).center());
        QPlainTextEdit *body = editor->ruleForm()->bodyField();
        body->setFocus();
        QTest::keyClick(body, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(body, QStringLiteral("<h1>Hello, edited page</h1>"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY2(editor->problemLabel()->text().startsWith(QStringLiteral("Saved as ")),
            qPrintable(editor->problemLabel()->text()));

        browse(&dom);
        QVERIFY2(dom.contains("<h1>Hello, edited page</h1>"), dom.constData());
        QTRY_VERIFY2_WITH_TIMEOUT(panel->statusLabel()->text().startsWith(QStringLiteral("✔")),
            qPrintable(panel->statusLabel()->text()), TimeoutMs);
        QCOMPARE(runner->idOf(QStringLiteral("rereader")), 0u);   // the lesson's own client never ran
        QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(runner->isComplete(), TimeoutMs);
    }

    // "File transfer" clicked through: the file arrives in many reads of varying size, and the
    // learner compares the two ends' SHA-256 in the connection info pane, as the step says.
    void fileTransferLessonRunsInThePanel()
    {
        Fixture f;
        if (QTest::currentTestFailed())
            return;
        f.window->openLesson(QStringLiteral("file-transfer"));
        LessonPanel *panel = f.window->lessonPanel();
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(panel->loadProblems().isEmpty());
        LessonRunner *runner = panel->runner();
        QCOMPARE(runner->lesson().id, QStringLiteral("file-transfer"));
        const int steps = runner->stepCount();
        QCOMPARE(steps, 5);
        for (int step = 0; step < 3; ++step) {
            QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
            QTRY_VERIFY2_WITH_TIMEOUT(panel->statusLabel()->text().startsWith(QStringLiteral("✔")),
                qPrintable(panel->statusLabel()->text()), 60000);
            QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        }
        const auto accepted = runner->infoOf(QStringLiteral("accepted"));
        const auto client = runner->infoOf(QStringLiteral("client"));
        QVERIFY(accepted && client);
        QCOMPARE(accepted->bytesIn, quint64(8 + 4 * 1024 * 1024));
        QVERIFY2(accepted->chunksIn >= 8, qPrintable(QString::number(accepted->chunksIn)));

        // Step 4 has nothing to do but look: SHA-256… on both ends shows the same digest.
        QVERIFY2(panel->statusLabel()->text().startsWith(QStringLiteral("✔")), qPrintable(panel->statusLabel()->text()));
        ConnectionStreams *streams = f.window->connectionInfoPane()->streams();
        QStringList digests;
        for (ConnectionId id : { accepted->id, client->id }) {
            QTreeView *tree = f.window->connectionView();
            QTRY_VERIFY_WITH_TIMEOUT(f.window->connectionModel()->indexOf(id).isValid(), TimeoutMs);
            const QModelIndex index = f.window->connectionModel()->indexOf(id);
            tree->scrollTo(index);   // as a user scrolls a short tree
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
            QCOMPARE(f.window->connectionInfoPane()->connection(), id);
            QTest::mouseClick(streams->digestButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!streams->digestLabel()->text().contains(QStringLiteral("computing")), TimeoutMs);
            digests << streams->digestLabel()->text();
        }
        static const QRegularExpression received(QStringLiteral("SHA-256 received: ([0-9a-f]{64})  \\(4194312 bytes\\)"));
        static const QRegularExpression sent(QStringLiteral("SHA-256 sent: ([0-9a-f]{64})  \\(4194312 bytes\\)"));
        const QRegularExpressionMatch atServer = received.match(digests.value(0));
        const QRegularExpressionMatch atClient = sent.match(digests.value(1));
        QVERIFY2(atServer.hasMatch() && atClient.hasMatch(), qPrintable(digests.join(QLatin1Char('\n'))));
        QCOMPARE(atServer.captured(1), atClient.captured(1));

        QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(panel->statusLabel()->text().startsWith(QStringLiteral("✔")),
            qPrintable(panel->statusLabel()->text()), TimeoutMs);
        QVERIFY(runner->isComplete());
    }

    // "Packets on the wire" clicked through with the capture on (CI runs as root): each step waits
    // for its packets, and says what they show; with the capture off, the same lesson runs and
    // says why there are no packets.
    void packetsOnTheWireInThePanel_data()
    {
        QTest::addColumn<bool>("capture");
        QTest::newRow("capturing") << true;
        QTest::newRow("capture off") << false;
    }

    void packetsOnTheWireInThePanel()
    {
        QFETCH(bool, capture);
        Fixture f;
        if (QTest::currentTestFailed())
            return;
        if (capture)
            f.workbench->startCapture();
        f.window->openLesson(QStringLiteral("packets-on-the-wire"));
        LessonPanel *panel = f.window->lessonPanel();
        QTRY_VERIFY(panel->isVisible());
        LessonRunner *runner = panel->runner();
        QCOMPARE(runner->lesson().id, QStringLiteral("packets-on-the-wire"));
        const int steps = runner->stepCount();
        for (int step = 0; step < steps; ++step) {
            QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
            QTRY_VERIFY2_WITH_TIMEOUT(panel->statusLabel()->text().startsWith(QStringLiteral("✔")),
                qPrintable(panel->statusLabel()->text()), TimeoutMs);
            if (step == 1 || step == 2) {
                const QString lookAt = panel->lookAtLabel()->text();
                QVERIFY2(panel->lookAtLabel()->isVisible() && lookAt.contains(QStringLiteral("On the wire:")),
                    qPrintable(lookAt));
                const QString expected = !capture ? QStringLiteral("Packets are not shown: the capture is off")
                    : step == 1                  ? QStringLiteral("carries the option MSS 536")
                                                 : QStringLiteral("but in bundles");
                QVERIFY2(lookAt.contains(expected), qPrintable(lookAt));
            }
            if (step + 1 < steps)
                QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        }
        QVERIFY(runner->isComplete());
        QCOMPARE(runner->infoOf(QStringLiteral("accepted"))->bytesIn, quint64(4096));
        QCOMPARE(runner->infoOf(QStringLiteral("bigAccepted"))->bytesIn, quint64(4096));
        // With the capture, the 4 KiB of the one write are on the wire; without, no packet is.
        quint64 sent = 0;
        const ConnectionId client = runner->idOf(QStringLiteral("client"));
        for (const WirePacket &wire : f.session.wire().range(0, f.session.wire().count())) {
            if (wire.connection == client && wire.direction == WireDirection::Out)
                sent += PacketDecoder::decode(wire.packet).payloadLength;
        }
        QCOMPARE(sent, capture ? quint64(4096) : quint64(0));
        QCOMPARE(f.session.wire().count() > 0, capture);
    }

    // The Lessons menu's shortcuts move through the steps.
    void menuMovesThroughSteps()
    {
        Fixture f;
        if (QTest::currentTestFailed())
            return;
        f.window->openLesson(QStringLiteral("half-close"));
        LessonPanel *panel = f.window->lessonPanel();
        QTRY_VERIFY(panel->isVisible());
        QTest::keyClick(f.window.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(panel->runner()->currentStep(), 1);
        QTest::keyClick(f.window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(panel->runner()->currentStep(), 0);
    }
};

QTEST_MAIN(tst_LessonPanel)
#include "tst_lessonpanel.moc"
