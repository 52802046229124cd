// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonloader.h"
#include "lessonrunner.h"
#include "ownresponders.h"

#include "peerprocess.h"
#include "sessionreader.h"
#include "workbenchfixture.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

// Every shipped lesson runs to its end on real sockets through the Workbench, each step done by
// "Do it"; what each lesson is about is then checked in the log itself. A lesson also follows a
// learner who does the steps by hand.
namespace {

constexpr int TimeoutMs = 30000;
constexpr int LessonTimeoutMs = 120000; // nobody-home waits for a connect timeout on purpose

Lesson shippedLesson(const QString &id)
{
    for (const Lesson &lesson : LessonLoader::loadDirectory().lessons) {
        if (lesson.id == id)
            return lesson;
    }
    return {};
}

} // namespace

class TestLessonRunner : public QObject, public WorkbenchFixture
{
    Q_OBJECT

public:
    TestLessonRunner()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private:
    // Plays the lesson through; fails the current test unless every step was done.
    void play(LessonRunner &runner)
    {
        QSignalSpy finished(&runner, &LessonRunner::finished);
        QStringList report;
        connect(&runner, &LessonRunner::stepPlayed, this,
            [&report](int index, bool ok, const QString &outcome, qint64) {
                report << QStringLiteral("step %1 %2: %3")
                              .arg(index + 1)
                              .arg(ok ? QStringLiteral("ok") : QStringLiteral("FAILED"), outcome);
            });
        runner.play();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), LessonTimeoutMs);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(report.join(QLatin1Char('\n'))));
        QCOMPARE(report.size(), runner.stepCount());
        QVERIFY(runner.isComplete());
    }

    // The index in the log of the first event of this kind on id, or -1.
    qint64 firstIndex(ConnectionId id, EventKind kind) const
    {
        const TrafficLog &log = m_session->log();
        for (qint64 i = 0; i < log.count(); ++i) {
            if (log.event(i).connection == id && log.event(i).kind == kind)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    // The lessons that copy a responder for the learner write it where tests may (~/.qttest).
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    // "Email by hand" up to the step that waits for a real mail client; then curl delivers (no Do
    // it), the step is done by itself, and the runner has the message as curl sent it.
    void emailLessonWaitsForCurl()
    {
        LessonRunner runner(*m_workbench, shippedLesson(QStringLiteral("email-by-hand")));
        runner.setUseSuggestedPorts(false);
        QCOMPARE(runner.stepCount(), 8);
        for (int step = 0; step < 6; ++step) {
            runner.doCurrentStep();
            QTRY_COMPARE_WITH_TIMEOUT(runner.status(step), LessonRunner::StepStatus::Done, TimeoutMs);
            runner.next();
        }
        QCOMPARE(runner.currentStep(), 6);
        QCOMPARE(runner.status(6), LessonRunner::StepStatus::Waiting);
        const QString waiting = runner.describeConditions(6).join(QLatin1Char('\n'));
        QCOMPARE(waiting, QStringLiteral("delivery: a mail message (DATA, the message, a line with a lone '.')"));

        const ConnectionId server = runner.idOf(QStringLiteral("server"));
        const QByteArray body = "Subject: from curl\r\n\r\nThis came from a mail client we did not write.\r\n";
        QTemporaryDir dir;
        QFile message(dir.filePath(QStringLiteral("message.txt")));
        QVERIFY(message.open(QIODevice::WriteOnly));
        message.write(body);
        message.close();
        QString curl;
        PeerProcess::findProgram(QStringLiteral("curl"), QStringLiteral("curl"), &curl);
        QProcess client;
        client.start(curl, {QStringLiteral("-sS"), QStringLiteral("smtp://%1").arg(m_log->info(server).localEndpoint()),
                            QStringLiteral("--mail-from"), QStringLiteral("alice@lab.example"), QStringLiteral("--mail-rcpt"),
                            QStringLiteral("bob@lab.example"), QStringLiteral("-T"), message.fileName()});
        PeerProcess::waitForExit(client, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(6), LessonRunner::StepStatus::Done, TimeoutMs);
        QCOMPARE(runner.idOf(QStringLiteral("mailer")), ConnectionId(0)); // the lesson opened nothing
        const ConnectionInfo delivery = m_log->info(runner.idOf(QStringLiteral("delivery")));
        QCOMPARE(delivery.parent, server);
        QVERIFY(delivery.id != runner.idOf(QStringLiteral("mailbox")));
        QCOMPARE(runner.receivedMessage(QStringLiteral("delivery")).value_or("(none)"), body);
        QCOMPARE(runner.describeConditions(6).join(QLatin1Char('\n')),
                 QStringLiteral("delivery: %1 received a message of %2 bytes from %3")
                     .arg(delivery.name)
                     .arg(body.size())
                     .arg(delivery.peerEndpoint()));
        // The headers end at the empty line: the next step holds at once.
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(7), LessonRunner::StepStatus::Done, TimeoutMs);
        QVERIFY(m_log->stream(delivery.id, EventKind::Received).contains("DATA\r\n" + body + ".\r\n"));
    }

    // The mail client script of "Do it" fails (the server is gone): the step says why.
    void emailScriptFailureFailsTheStep()
    {
        Lesson lesson = shippedLesson(QStringLiteral("email-by-hand"));
        QCOMPARE(lesson.steps.at(6).actions.at(0).script, QStringLiteral("smtp-send"));
        // A listener that accepts and never answers: the script waits for its 220 in vain.
        lesson.steps[0].actions[0].responder.clear();
        lesson.steps[6].timeoutMs = 60000;
        LessonRunner runner(*m_workbench, lesson);
        runner.setUseSuggestedPorts(false);
        runner.doCurrentStep();
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(0), LessonRunner::StepStatus::Done, TimeoutMs);
        runner.goTo(6);
        runner.doCurrentStep();
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(6), LessonRunner::StepStatus::Failed, TimeoutMs);
        QVERIFY2(runner.problem(6).startsWith(QStringLiteral("script smtp-send failed at step 1 \"greeting\"")),
                 qPrintable(runner.problem(6)));
    }

    void everyShippedLessonPlays_data()
    {
        QTest::addColumn<QString>("id");
        for (const Lesson &lesson : LessonLoader::loadDirectory().lessons)
            QTest::newRow(qPrintable(lesson.id)) << lesson.id;
    }

    void everyShippedLessonPlays()
    {
        QFETCH(QString, id);
        LessonRunner runner(*m_workbench, shippedLesson(id));
        runner.setUseSuggestedPorts(false);
        play(runner);
        if (QTest::currentTestFailed())
            return;
        const auto idOf = [&runner](const char *role) { return runner.idOf(QLatin1String(role)); };

        if (id == QLatin1String("hello")) {
            QCOMPARE(m_log->stream(idOf("accepted"), EventKind::Received), QByteArray("hello\n"));
            QCOMPARE(m_log->stream(idOf("client"), EventKind::Received), QByteArray("hello\n"));
            QCOMPARE(m_log->info(idOf("accepted")).parent, idOf("server"));
            QVERIFY(
                m_log->detail(idOf("accepted"), EventKind::Closed).contains(QLatin1String("FIN")));
        } else if (id == QLatin1String("nobody-home")) {
            QVERIFY2(m_log->detail(idOf("caller"), EventKind::Error)
                         .contains(QLatin1String("refused"), Qt::CaseInsensitive),
                qPrintable(m_log->detail(idOf("caller"), EventKind::Error)));
            QVERIFY2(m_log->detail(idOf("late"), EventKind::Error)
                         .contains(QLatin1String("timed out"), Qt::CaseInsensitive),
                qPrintable(m_log->detail(idOf("late"), EventKind::Error)));
            QVERIFY(m_log->has(idOf("first"), EventKind::Connected));
            QVERIFY(!m_log->has(idOf("late"), EventKind::Connected));
            QCOMPARE(m_log->info(idOf("busy")).acceptedCount, 0u); // accept() was never called
        } else if (id == QLatin1String("byte-stream")) {
            // Any split, the same bytes: eight writes, however many reads.
            QCOMPARE(m_log->stream(idOf("accepted"), EventKind::Received),
                QByteArray("onetwothreefourfivesixalpha\nbeta\n"));
            QCOMPARE(m_log->count(idOf("client"), EventKind::Sent), 8);
            qInfo("8 writes arrived in %d reads",
                m_log->count(idOf("accepted"), EventKind::Received));
            QVERIFY(m_log->detail(idOf("client"), EventKind::Note)
                        .contains(QLatin1String("TCP_NODELAY, 0")));
        } else if (id == QLatin1String("many-clients")) {
            QCOMPARE(m_log->info(idOf("server")).acceptedCount, 3u);
            // The chat-greeting responder greets each by the name of its socket on the server,
            // then the relay carries what the others say.
            const auto greeting = [&](const char *accepted) {
                return "welcome, you are " + m_log->info(idOf(accepted)).name.toUtf8()
                    + ": what you write goes to everyone else here\n";
            };
            QCOMPARE(m_log->stream(idOf("bob"), EventKind::Received), greeting("toBob") + "alice: hi all\n");
            QCOMPARE(m_log->stream(idOf("carol"), EventKind::Received),
                greeting("toCarol") + "alice: hi all\nbob: hello alice\n");
            QCOMPARE(m_log->stream(idOf("alice"), EventKind::Received), greeting("toAlice") + "bob: hello alice\n");
            QCOMPARE(m_log->stream(idOf("toAlice"), EventKind::Sent), greeting("toAlice") + "bob: hello alice\n");
        } else if (id == QLatin1String("http-by-hand")) {
            QVERIFY(m_log->stream(idOf("request"), EventKind::Received)
                        .startsWith("GET / HTTP/1.1\r\n"));
            const QByteArray page = m_log->stream(idOf("browser"), EventKind::Received);
            QVERIFY2(page.startsWith("HTTP/1.1 200 OK\r\n")
                    && page.endsWith("\r\n\r\nHello from SocketLab\n"),
                page.constData());
            // The second half: the responder's page, then the page as the lesson edited it, saved
            // in the learner's own responder and reloaded by the running listener.
            const QByteArray before = m_log->stream(idOf("reader"), EventKind::Received);
            const QByteArray after = m_log->stream(idOf("rereader"), EventKind::Received);
            QVERIFY2(before.startsWith("HTTP/1.1 200 OK\r\n") && before.contains("<h1>Hello from SocketLab</h1>"),
                before.constData());
            QVERIFY2(after.startsWith("HTTP/1.1 200 OK\r\n") && after.contains("<h1>Hello, edited page</h1>"),
                after.constData());
            QFile own(OwnResponders::pathOf(QStringLiteral("lesson-page")));
            QVERIFY(own.open(QIODevice::ReadOnly));
            QVERIFY(own.readAll().contains("Hello, edited page"));
        } else if (id == QLatin1String("half-close")) {
            // The FIN went one way (client → server) while data still flowed the other way.
            const qint64 finSeen = firstIndex(idOf("accepted"), EventKind::EndOfStream);
            const qint64 answered = firstIndex(idOf("accepted"), EventKind::Sent);
            const qint64 clientShut = firstIndex(idOf("client"), EventKind::Closing);
            const qint64 clientRead = firstIndex(idOf("client"), EventKind::Received);
            QVERIFY(finSeen >= 0 && answered > finSeen);
            QVERIFY(clientShut >= 0 && clientRead > clientShut);
            QCOMPARE(m_log->stream(idOf("client"), EventKind::Received),
                QByteArray("27 bytes, and then FIN\n"));
            QVERIFY(
                m_log->detail(idOf("client"), EventKind::Closed).contains(QLatin1String("FIN")));
            QVERIFY(m_log->detail(idOf("client2"), EventKind::Error)
                        .contains(QLatin1String("reset"), Qt::CaseInsensitive));
            QVERIFY(
                m_log->detail(idOf("client2"), EventKind::Closed).contains(QLatin1String("RST")));
        } else if (id == QLatin1String("flow-control")) {
            // While blocked, nothing was recorded as sent: the chart's sent rate is zero there.
            // The sender is blocked when the receiver resumes reading, and goes on only after.
            const ConnectionId sender = idOf("sender");
            const ConnectionId receiver = idOf("receiver");
            const TrafficLog &log = m_session->log();
            const qint64 readingResumed = firstIndex(receiver, EventKind::ReadingResumed);
            QVERIFY(readingResumed >= 0);
            bool blocked = false;
            int blockedSpans = 0;
            bool blockedAtResume = false;
            for (qint64 i = 0; i < log.count(); ++i) {
                const TrafficEvent &event = log.event(i);
                if (i == readingResumed)
                    blockedAtResume = blocked;
                if (event.connection != sender)
                    continue;
                if (event.kind == EventKind::SendBlocked) {
                    QVERIFY(!blocked);
                    blocked = true;
                    ++blockedSpans;
                } else if (event.kind == EventKind::SendResumed) {
                    QVERIFY(blocked);
                    blocked = false;
                } else if (event.kind == EventKind::Sent) {
                    QVERIFY2(!blocked,
                        qPrintable(QStringLiteral("sent while blocked, event %1").arg(i)));
                }
            }
            QVERIFY(blockedSpans >= 1);
            QVERIFY2(
                blockedAtResume, "the sender was not blocked when the receiver resumed reading");
            qInfo("sender blocked %d time(s) before it stopped", blockedSpans);
            QVERIFY(m_log->info(sender).bytesOut > 1024 * 1024);
            // Every byte sent arrived, once reading resumed.
            QTRY_COMPARE_WITH_TIMEOUT(
                m_log->info(idOf("receiver")).bytesIn, m_log->info(sender).bytesOut, TimeoutMs);
        } else if (id == QLatin1String("email-by-hand")) {
            // Do it played the mail client with the shipped script, on a connection of its own.
            const QByteArray message = "From: Alice <alice@lab.example>\r\nTo: Bob <bob@lab.example>\r\n"
                                       "Subject: A letter by socket\r\n\r\nHello Bob,\r\n"
                                       "SocketLab played the mail client for this one.\r\n";
            QCOMPARE(m_log->info(idOf("delivery")).parent, idOf("server"));
            QCOMPARE(m_log->info(idOf("delivery")).peerPort, m_log->info(idOf("mailer")).localPort);
            QCOMPARE(runner.receivedMessage(QStringLiteral("delivery")).value_or("(none)"), message);
            QVERIFY(m_log->stream(idOf("delivery"), EventKind::Received).contains("DATA\r\n" + message + ".\r\n"));
            // The script read every reply up to 221: the server closed after it.
            QTRY_VERIFY_WITH_TIMEOUT(m_log->stream(idOf("mailer"), EventKind::Received).contains("221 "), TimeoutMs);
        }
    }

    // The learner creates the sockets in the app, not with Do it: the runner binds them to the
    // lesson's roles from the events and completes the steps.
    void followsWhatTheLearnerDoesByHand()
    {
        LessonRunner runner(*m_workbench, shippedLesson(QStringLiteral("hello")));
        QCOMPARE(runner.stepCount(), 6);
        ConnectionId server = 0;
        quint16 port = 0;
        startListener({}, &server, &port);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(0), LessonRunner::StepStatus::Done, TimeoutMs);
        QCOMPARE(runner.idOf(QStringLiteral("server")), server);
        QVERIFY(runner.expand(QStringLiteral("port {server.port}"))
            == QStringLiteral("port %1").arg(port));

        const ConnectionId client
            = m_workbench->connectTo({ QStringLiteral("127.0.0.1"), port, false, 0 });
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(1), LessonRunner::StepStatus::Done, TimeoutMs);
        QCOMPARE(runner.idOf(QStringLiteral("client")), client);
        const ConnectionId accepted = runner.idOf(QStringLiteral("accepted"));
        QCOMPARE(m_log->info(accepted).parent, server);
        QCOMPARE(runner.status(2), LessonRunner::StepStatus::Waiting);

        m_workbench->send(client, "hel"); // not yet the whole message
        QTRY_COMPARE_WITH_TIMEOUT(
            m_log->stream(accepted, EventKind::Received), QByteArray("hel"), TimeoutMs);
        QCOMPARE(runner.status(2), LessonRunner::StepStatus::Waiting);
        m_workbench->send(client, "lo\n");
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(2), LessonRunner::StepStatus::Done, TimeoutMs);
        QCOMPARE(runner.currentStep(), 0); // steps done by hand do not move the learner on
        QCOMPARE(runner.doneCount(), 3);
    }

    // The HTTP lesson with a real web client instead of its own: the learner "opens the URL"
    // (Python's urllib, another process), the steps that wait for it complete by themselves, the
    // learner answers with Do it, and the client gets the page.
    void httpLessonServesARealClient()
    {
        LessonRunner runner(*m_workbench, shippedLesson(QStringLiteral("http-by-hand")));
        runner.setUseSuggestedPorts(false);
        runner.doCurrentStep();
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(0), LessonRunner::StepStatus::Done, TimeoutMs);
        const QString url = runner.expand(QStringLiteral("http://127.0.0.1:{server.port}/"));
        QVERIFY2(!url.contains(QStringLiteral("…")), qPrintable(url));
        QProcess browser;
        browser.start(QStringLiteral("python3"), { PeerProcess::script("http_get.py"), url });
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(1), LessonRunner::StepStatus::Done, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(2), LessonRunner::StepStatus::Done, TimeoutMs);
        QCOMPARE(runner.idOf(QStringLiteral("browser")), 0u); // the lesson's own client never ran
        QVERIFY(m_log->stream(runner.idOf(QStringLiteral("request")), EventKind::Received)
                    .startsWith("GET / HTTP/1.1\r\n"));
        runner.goTo(3);
        runner.doCurrentStep(); // the typed answer
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(3), LessonRunner::StepStatus::Done, TimeoutMs);
        runner.next();
        runner.doCurrentStep(); // close
        QByteArray line;
        PeerProcess::readLine(browser, &line, TimeoutMs);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(line, QByteArray("STATUS 200"));
        PeerProcess::readLine(browser, &line, TimeoutMs);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(QByteArray::fromHex(line.mid(5)), QByteArray("Hello from SocketLab\n"));
        PeerProcess::waitForExit(browser, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(4), LessonRunner::StepStatus::Done, TimeoutMs);
    }

    // Issue 13 item 10: "Talk HTTP by hand" says the server closes and the browser then reads the
    // end of the stream. With a Content-Length in the answer, curl and chromium closed first and
    // the step was done all the same. Now the answer has none, so the client waits for the
    // server's FIN, and the step waits for our close. Real clients, not the lesson's own.
    void httpLessonWithRealClients_data()
    {
        QTest::addColumn<QString>("client");
        QTest::newRow("curl") << QStringLiteral("curl");
        QTest::newRow("chromium") << QStringLiteral("chromium");
    }

    void httpLessonWithRealClients()
    {
        QFETCH(QString, client);
        QString program;
        PeerProcess::findProgram(client, client, &program);
        if (QTest::currentTestFailed())
            return;
        LessonRunner runner(*m_workbench, shippedLesson(QStringLiteral("http-by-hand")));
        runner.setUseSuggestedPorts(false);
        runner.doCurrentStep();
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(0), LessonRunner::StepStatus::Done, TimeoutMs);
        const QString url = runner.expand(QStringLiteral("http://127.0.0.1:{server.port}/"));

        QTemporaryDir profile; // chromium's, new for each run
        QStringList arguments;
        if (client == QLatin1String("curl"))
            arguments = { QStringLiteral("--silent"), QStringLiteral("--show-error"),
                QStringLiteral("--max-time"), QStringLiteral("60"), url };
        else
            arguments = { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"),
                QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--dump-dom"), url };
        QProcess browser;
        browser.start(program, arguments);
        const auto stop = qScopeGuard([&browser] {
            browser.kill();
            browser.waitForFinished();
        });
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(1), LessonRunner::StepStatus::Done, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(2), LessonRunner::StepStatus::Done, TimeoutMs);
        const ConnectionId request = runner.idOf(QStringLiteral("request"));
        QVERIFY(m_log->stream(request, EventKind::Received).startsWith("GET / HTTP/1.1\r\n"));

        runner.goTo(3);
        runner.doCurrentStep(); // the answer, without Content-Length
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(3), LessonRunner::StepStatus::Done, TimeoutMs);
        // The client has the body but cannot know it is complete: it waits, and the close step
        // is not done before the server closes.
        QCOMPARE(m_log->info(request).state, ConnectionState::Connected);
        QCOMPARE(runner.status(4), LessonRunner::StepStatus::Waiting);
        QCOMPARE(browser.state(), QProcess::Running);

        runner.goTo(4);
        runner.doCurrentStep(); // the server closes
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(4), LessonRunner::StepStatus::Done, TimeoutMs);
        PeerProcess::waitForExit(browser, TimeoutMs);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(browser.readAllStandardOutput().contains("Hello from SocketLab"), "the page did not arrive");
        // The step's text holds: the server closed first.
        const TrafficLog &log = m_session->log();
        EventFacts closed;
        for (qint64 i = 0; i < log.count(); ++i) {
            if (log.event(i).connection == request && log.event(i).kind == EventKind::Closed)
                closed = log.event(i).facts;
        }
        QCOMPARE(closed, EventFacts::ending(CloseKind::Fin, CloseSide::Us));
    }

    // Issue 13 item 10: "A byte stream" and "Flow control" end with "the receiver sees the end of
    // the stream"; they used to close the listener with its connections, so the receiver was
    // closed by us before the sender's FIN arrived. Now the receiver's close is the peer's FIN.
    void lessonsEndWithThePeersFin_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("receiver");
        QTest::newRow("byte-stream") << QStringLiteral("byte-stream") << QStringLiteral("accepted");
        QTest::newRow("flow-control") << QStringLiteral("flow-control") << QStringLiteral("receiver");
    }

    void lessonsEndWithThePeersFin()
    {
        QFETCH(QString, id);
        QFETCH(QString, receiver);
        LessonRunner runner(*m_workbench, shippedLesson(id));
        runner.setUseSuggestedPorts(false);
        play(runner);
        if (QTest::currentTestFailed())
            return;
        const ConnectionId accepted = runner.idOf(receiver);
        const TrafficLog &log = m_session->log();
        QList<EventFacts> closes;
        for (qint64 i = 0; i < log.count(); ++i) {
            if (log.event(i).connection == accepted && log.event(i).kind == EventKind::Closed)
                closes << log.event(i).facts;
        }
        QCOMPARE(closes, QList { EventFacts::ending(CloseKind::Fin, CloseSide::Peer) });
        QCOMPARE(m_log->stream(accepted, EventKind::Received).size(),
            m_log->stream(runner.idOf(id == QLatin1String("byte-stream") ? QStringLiteral("client")
                                                                        : QStringLiteral("sender")),
                EventKind::Sent).size());
    }

    void suggestedPortFallsBackWhenBusy()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        Lesson lesson = shippedLesson(QStringLiteral("hello"));
        lesson.steps[0].actions[0].port = occupier.serverPort();
        LessonRunner runner(*m_workbench, lesson);
        runner.doCurrentStep();
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(0), LessonRunner::StepStatus::Done, TimeoutMs);
        const auto info = runner.infoOf(QStringLiteral("server"));
        QVERIFY(info);
        QCOMPARE(info->state, ConnectionState::Listening);
        QVERIFY(info->localPort != 0 && info->localPort != occupier.serverPort());
    }

    void doItBeforeItsTurnSaysWhatIsMissing()
    {
        LessonRunner runner(*m_workbench, shippedLesson(QStringLiteral("hello")));
        runner.goTo(2);
        runner.doCurrentStep();
        QCOMPARE(runner.status(2), LessonRunner::StepStatus::Failed);
        QVERIFY2(runner.problem(2).contains(QLatin1String("'client' does not exist yet")),
            qPrintable(runner.problem(2)));
        QCOMPARE(m_session->log().count(), 0); // nothing was done
    }

    void restartClosesTheLessonsSockets()
    {
        LessonRunner runner(*m_workbench, shippedLesson(QStringLiteral("hello")));
        runner.setUseSuggestedPorts(false);
        runner.doCurrentStep();
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(0), LessonRunner::StepStatus::Done, TimeoutMs);
        runner.next();
        runner.doCurrentStep();
        QTRY_COMPARE_WITH_TIMEOUT(runner.status(1), LessonRunner::StepStatus::Done, TimeoutMs);
        const ConnectionId server = runner.idOf(QStringLiteral("server"));
        const ConnectionId client = runner.idOf(QStringLiteral("client"));
        const ConnectionId accepted = runner.idOf(QStringLiteral("accepted"));

        runner.restart();
        QCOMPARE(runner.currentStep(), 0);
        QCOMPARE(runner.doneCount(), 0);
        QCOMPARE(runner.idOf(QStringLiteral("server")), 0u);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->info(server).isFinished()
                && m_log->info(client).isFinished() && m_log->info(accepted).isFinished(),
            TimeoutMs);
        // Closed once each: no "already closed" errors.
        QVERIFY(!m_log->has(accepted, EventKind::Error));
        QVERIFY(!m_log->has(client, EventKind::Error));
    }
};

QTEST_GUILESS_MAIN(TestLessonRunner)
#include "tst_lessonrunner.moc"
