// SPDX-License-Identifier: GPL-3.0-or-later
// The UDP lessons (issue 16) clicked through in the real window with the panel's own buttons,
// and checked against what the sockets did: three datagrams of 3, 3 and 5 bytes read as three,
// the connected socket's ICMP refusal, and every flooded datagram either read or counted as
// dropped by the kernel while TCP loses nothing.
#include "lessonpanel.h"
#include "lessonrunner.h"
#include "mainwindow.h"
#include "session.h"
#include "workbench.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestUdpLessons : public QObject
{
    Q_OBJECT

    static constexpr int TimeoutMs = 60000;

    QTemporaryDir dir;
    Session session { std::make_unique<SessionClock>() };
    std::unique_ptr<Workbench> workbench;
    std::unique_ptr<MainWindow> window;

    // Opens the lesson and clicks "Do it" and "Next" through every step; *done: the runner,
    // once every step is done.
    void clickThrough(const QString &id, LessonRunner **done)
    {
        *done = nullptr;
        window->openLesson(id);
        LessonPanel *panel = window->lessonPanel();
        LessonRunner *runner = panel->runner();
        QVERIFY(runner);
        QCOMPARE(runner->lesson().id, id);
        for (int step = 0; step < runner->stepCount(); ++step) {
            QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
            QTRY_VERIFY2_WITH_TIMEOUT(panel->statusLabel()->text().startsWith(QStringLiteral("✔")),
                                      qPrintable(QStringLiteral("step %1: %2").arg(step + 1).arg(panel->statusLabel()->text())),
                                      TimeoutMs);
            if (step + 1 < runner->stepCount())
                QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        }
        QVERIFY(runner->isComplete());
        *done = runner;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(session.startRecording(dir.filePath(QStringLiteral("udp.socketlab")), &error), qPrintable(error));
        workbench = std::make_unique<Workbench>(session);
        window = std::make_unique<MainWindow>(*workbench);
        window->lessonPanel()->setUseSuggestedPorts(false);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY2(window->lessonPanel()->loadProblems().isEmpty(),
                 qPrintable(window->lessonPanel()->loadProblems().join(QLatin1Char('\n'))));
    }
    void cleanupTestCase()
    {
        window.reset();
        workbench.reset();
    }

    void datagramsKeepTheirBoundaries()
    {
        LessonRunner *runner = nullptr;
        clickThrough(QStringLiteral("datagrams"), &runner);
        QVERIFY(runner);
        QList<qint64> sizes;
        const TrafficLog &log = session.log();
        const auto receiver = runner->infoOf(QStringLiteral("receiver"));
        QVERIFY(receiver);
        for (qint64 i = 0; i < log.count(); ++i) {
            const auto info = session.connections().find(log.event(i).connection);
            if (log.event(i).kind == EventKind::Received && info && info->parent == receiver->id)
                sizes << log.event(i).payloadLength;
        }
        QCOMPARE(sizes, (QList<qint64>{3, 3, 5}));
        QCOMPARE(receiver->state, ConnectionState::Closed);
    }

    void connectedSocketHearsTheRefusal()
    {
        LessonRunner *runner = nullptr;
        clickThrough(QStringLiteral("nobody-home-udp"), &runner);
        QVERIFY(runner);
        const auto sender = runner->infoOf(QStringLiteral("sender"));
        const auto caller = runner->infoOf(QStringLiteral("caller"));
        QVERIFY(sender && caller);
        QCOMPARE(sender->bytesOut, quint64(6));
        QCOMPARE(sender->lastError, QString());   // the unconnected send heard nothing
        bool refused = false;
        const TrafficLog &log = session.log();
        for (qint64 i = 0; i < log.count(); ++i) {
            const TrafficEvent &event = log.event(i);
            refused = refused
                || (event.connection == caller->id && event.kind == EventKind::Error
                    && event.facts.error == ErrorCode::ConnectionRefused);
        }
        QVERIFY(refused);
    }

    void everyFloodedDatagramIsAccountedFor()
    {
        LessonRunner *runner = nullptr;
        clickThrough(QStringLiteral("udp-drops"), &runner);
        QVERIFY(runner);
        const auto receiver = runner->infoOf(QStringLiteral("receiver"));
        const auto sender = runner->infoOf(QStringLiteral("sender"));
        QVERIFY(receiver && sender);
        QCOMPARE(sender->chunksOut, quint64(2000));
        QVERIFY(receiver->datagramsDropped > 0);
        QCOMPARE(receiver->chunksIn + receiver->datagramsDropped, quint64(2000));
        const auto accepted = runner->infoOf(QStringLiteral("accepted"));
        QVERIFY(accepted);
        QCOMPARE(accepted->bytesIn, quint64(32) << 20);
        // The step text names the numbers it stands for.
        QVERIFY2(window->lessonPanel()->textLabel()->text().contains(
                     QStringLiteral("%1 datagrams dropped").arg(receiver->datagramsDropped)),
                 qPrintable(window->lessonPanel()->textLabel()->text()));
    }

    // Ten pings, one summary: every lost ping is one the server chose to ignore.
    void pingerCountsWhatTheServerIgnored()
    {
        LessonRunner *runner = nullptr;
        clickThrough(QStringLiteral("udp-pinger"), &runner);
        QVERIFY(runner);
        const auto client = runner->infoOf(QStringLiteral("client"));
        const auto server = runner->infoOf(QStringLiteral("server"));
        QVERIFY(client && server);
        const TrafficLog &log = session.log();
        QString summary;
        int ignored = 0;
        for (qint64 i = 0; i < log.count(); ++i) {
            const TrafficEvent &event = log.event(i);
            if (event.kind != EventKind::Note)
                continue;
            const auto info = session.connections().find(event.connection);
            if (event.connection == client->id && log.detailText(event).contains(QStringLiteral(" pings: ")))
                summary = log.detailText(event);
            else if (info && info->parent == server->id)
                ++ignored;
        }
        static const QRegularExpression shape(
            QStringLiteral("^10 pings: (\\d+) answered, (\\d+) lost \\((\\d+) %\\)(; RTT min/avg/max [0-9.]+/[0-9.]+/[0-9.]+ ms)?$"));
        const QRegularExpressionMatch match = shape.match(summary);
        QVERIFY2(match.hasMatch(), qPrintable(summary));
        const int answered = match.captured(1).toInt();
        const int lost = match.captured(2).toInt();
        QCOMPARE(answered + lost, 10);
        QCOMPARE(lost, ignored);
        QCOMPARE(match.captured(3).toInt(), lost * 10);
        QCOMPARE(client->chunksOut, quint64(10));
        QCOMPARE(client->chunksIn, quint64(answered));
        QCOMPARE(answered > 0, !match.captured(4).isEmpty());
        // The last step's text shows the result, where the learner is looking.
        QVERIFY2(window->lessonPanel()->textLabel()->text().contains(summary.toHtmlEscaped())
                     || window->lessonPanel()->textLabel()->text().contains(summary),
                 qPrintable(window->lessonPanel()->textLabel()->text()));
    }
};

QTEST_MAIN(TestUdpLessons)
#include "tst_udplessons.moc"
