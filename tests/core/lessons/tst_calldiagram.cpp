// SPDX-License-Identifier: GPL-3.0-or-later
// The call diagram after each step of lessons 1 (hello), 2 (nobody-home) and 6 (half-close),
// of the UDP lessons datagrams and nobody-home-udp and of the Unix lesson two-processes, each
// step done by "Do it" on real sockets: which calls are lit, with which arguments and results,
// and which arrows were seen. The diagram is also read again from the reopened file.
#include "calldiagram.h"
#include "lessonloader.h"
#include "lessonrunner.h"
#include "sessionloader.h"

#include "workbenchfixture.h"

#include <QTest>

namespace {

constexpr int TimeoutMs = 30000;
constexpr int ConnectTimeoutMs = 120000; // nobody-home waits for a connect timeout on purpose

using Side = CallDiagram::Side;
using Call = CallDiagram::Call;
using Arrow = CallDiagram::Arrow;

Lesson shippedLesson(const QString &id)
{
    for (const Lesson &lesson : LessonLoader::loadDirectory().lessons) {
        if (lesson.id == id)
            return lesson;
    }
    return {};
}

// "server: socket bind listen | client: socket connect=0 | arrows: handshake": the lit calls
// (with a result where one is known) and the arrows seen, for one readable comparison.
QString litCalls(const CallDiagram &diagram)
{
    QStringList sides;
    for (Side side : { Side::Server, Side::Client }) {
        QStringList lit;
        for (Call call : diagram.calls(side)) {
            const CallDiagram::CallState state = diagram.state(side, call);
            if (state.lit)
                lit << CallDiagram::callName(call)
                        + (state.failed ? QStringLiteral("!") : QString());
        }
        sides << (side == Side::Server ? QStringLiteral("server: ") : QStringLiteral("client: "))
                + lit.join(QLatin1Char(' '));
    }
    QStringList arrows;
    const char *const names[]
        = { "handshake", ">data", "<data", ">fin", "<fin", "rst", "unreachable" };
    for (int arrow = 0; arrow <= int(Arrow::Unreachable); ++arrow) {
        if (diagram.arrow(Arrow(arrow)).seen)
            arrows << QLatin1String(names[arrow]);
    }
    return sides.join(QStringLiteral(" | ")) + QStringLiteral(" | arrows: ")
        + arrows.join(QLatin1Char(' '));
}

} // namespace

class tst_CallDiagram : public QObject, public WorkbenchFixture
{
    Q_OBJECT

public:
    tst_CallDiagram()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private:
    // Does the current step, waits until it is done, updates the diagram, goes to the next step.
    void doStep(LessonRunner &runner, CallDiagram &diagram)
    {
        const int step = runner.currentStep();
        diagram.followLessonStep(runner);
        runner.doCurrentStep();
        QTRY_VERIFY2_WITH_TIMEOUT(runner.status(step) == LessonRunner::StepStatus::Done,
            qPrintable(runner.describeConditions(step).join(QLatin1Char('\n'))), ConnectTimeoutMs);
        // A condition on a socket's state ("bound") holds as the table changes, a moment before
        // the socket's event is in the log that the diagram reads: wait for each one's event.
        const auto hasEvent = [this](ConnectionId id) {
            const TrafficLog &log = m_session->log();
            for (qint64 i = 0; i < log.count(); ++i) {
                if (log.event(i).connection == id)
                    return true;
            }
            return false;
        };
        for (const LessonCondition &condition : runner.step(step).expect)
            QTRY_VERIFY_WITH_TIMEOUT(hasEvent(runner.idOf(condition.role)), ConnectTimeoutMs);
        diagram.followLessonStep(runner);
        diagram.update();
        runner.next();
    }

    QString text(const CallDiagram &diagram, Side side, Call call)
    {
        const CallDiagram::CallState state = diagram.state(side, call);
        return state.text + QStringLiteral(" = ") + state.result;
    }

    QString name(LessonRunner &runner, const QString &role)
    {
        return runner.infoOf(role) ? runner.infoOf(role)->name : QString();
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    void hello()
    {
        LessonRunner runner(*m_workbench, shippedLesson(QStringLiteral("hello")));
        runner.setUseSuggestedPorts(false);
        CallDiagram diagram(*m_session);

        doStep(runner, diagram); // Listen
        const ConnectionInfo server = *runner.infoOf(QStringLiteral("server"));
        QCOMPARE(
            litCalls(diagram), QStringLiteral("server: socket bind listen | client:  | arrows: "));
        QCOMPARE(text(diagram, Side::Server, Call::Socket),
            QStringLiteral("socket(AF_INET, SOCK_STREAM, 0) = %1").arg(server.name));
        QCOMPARE(text(diagram, Side::Server, Call::Bind),
            QStringLiteral("bind(%1, 127.0.0.1:%2) = 0").arg(server.name).arg(server.localPort));

        doStep(runner, diagram); // Connect, accept
        const ConnectionInfo client = *runner.infoOf(QStringLiteral("client"));
        const ConnectionInfo accepted = *runner.infoOf(QStringLiteral("accepted"));
        QCOMPARE(diagram.accepted(), accepted.id);
        QCOMPARE(litCalls(diagram),
            QStringLiteral(
                "server: socket bind listen accept | client: socket connect | arrows: handshake"));
        QCOMPARE(text(diagram, Side::Client, Call::Connect),
            QStringLiteral("connect(%1, 127.0.0.1:%2) = 0").arg(client.name).arg(server.localPort));
        QCOMPARE(text(diagram, Side::Server, Call::Accept),
            QStringLiteral("accept(%1) = %2 (127.0.0.1:%3)")
                .arg(server.name, accepted.name)
                .arg(client.localPort));

        doStep(runner, diagram); // Send hello
        QCOMPARE(litCalls(diagram),
            QStringLiteral("server: socket bind listen accept recv | client: socket connect send | "
                           "arrows: handshake >data"));
        QCOMPARE(text(diagram, Side::Client, Call::Send),
            QStringLiteral("send(%1, 6) = 6").arg(client.name));
        QCOMPARE(text(diagram, Side::Server, Call::Recv),
            QStringLiteral("recv(%1, 6) = 6").arg(accepted.name));
        QCOMPARE(diagram.arrow(Arrow::DataToServer).label, QStringLiteral("6 B"));

        doStep(runner, diagram); // Echo it back
        QCOMPARE(litCalls(diagram),
            QStringLiteral("server: socket bind listen accept recv send | client: socket connect "
                           "send recv | arrows: handshake >data <data"));
        QCOMPARE(diagram.state(Side::Client, Call::Recv).bytes, 6);

        doStep(runner, diagram); // Close (FIN)
        QCOMPARE(litCalls(diagram),
            QStringLiteral("server: socket bind listen accept recv send close | client: socket "
                           "connect send recv close | arrows: handshake >data <data >fin <fin"));
        QCOMPARE(text(diagram, Side::Client, Call::Close),
            QStringLiteral("close(%1) = 0").arg(client.name));
        QCOMPARE(text(diagram, Side::Server, Call::Recv),
            QStringLiteral("recv(%1) = 0 (end of stream)").arg(accepted.name));

        doStep(runner, diagram); // Stop listening: the conversation stays in the picture
        QCOMPARE(diagram.client(), client.id);
        QCOMPARE(text(diagram, Side::Server, Call::Close),
            QStringLiteral("close(%1) = 0").arg(server.name));

        // The same picture from the file, reopened.
        const QString before = litCalls(diagram);
        const QString path = m_session->journalPath();
        QVERIFY(m_session->flush());
        Session reopened(std::make_unique<SessionClock>());
        SessionLoader::Outcome outcome;
        QString error;
        QVERIFY2(SessionLoader::load(reopened, path, &outcome, &error), qPrintable(error));
        CallDiagram again(reopened);
        again.follow(server.id, client.id);
        again.update();
        QCOMPARE(again.accepted(), accepted.id);
        QCOMPARE(litCalls(again), before);
    }

    void nobodyHome()
    {
        LessonRunner runner(*m_workbench, shippedLesson(QStringLiteral("nobody-home")));
        runner.setUseSuggestedPorts(false);
        CallDiagram diagram(*m_session);

        doStep(runner, diagram); // Find a free port: listen, then close
        QCOMPARE(litCalls(diagram),
            QStringLiteral("server: socket bind listen close | client:  | arrows: "));

        doStep(runner, diagram); // Connect: refused
        const ConnectionInfo ghost = *runner.infoOf(QStringLiteral("ghost"));
        QCOMPARE(litCalls(diagram),
            QStringLiteral("server: socket bind listen close | client: socket connect! | arrows: "
                           "handshake rst"));
        QCOMPARE(text(diagram, Side::Client, Call::Connect),
            QStringLiteral("connect(%1, 127.0.0.1:%2) = -1 ECONNREFUSED")
                .arg(name(runner, QStringLiteral("caller")))
                .arg(ghost.localPort));
        QVERIFY(!diagram.arrow(Arrow::Reset).fromClient); // the server's kernel refused

        doStep(runner, diagram); // A listener that never accepts
        QCOMPARE(
            litCalls(diagram), QStringLiteral("server: socket bind listen | client:  | arrows: "));

        doStep(runner, diagram); // Fill the backlog: connected, never accepted
        QCOMPARE(litCalls(diagram),
            QStringLiteral(
                "server: socket bind listen | client: socket connect | arrows: handshake"));
        QCOMPARE(diagram.accepted(), ConnectionId(0));

        doStep(runner, diagram); // One more: timed out
        QCOMPARE(litCalls(diagram),
            QStringLiteral(
                "server: socket bind listen | client: socket connect! | arrows: handshake"));
        QVERIFY(
            text(diagram, Side::Client, Call::Connect).endsWith(QStringLiteral("= -1 ETIMEDOUT")));
    }

    void halfClose()
    {
        LessonRunner runner(*m_workbench, shippedLesson(QStringLiteral("half-close")));
        runner.setUseSuggestedPorts(false);
        CallDiagram diagram(*m_session);

        doStep(runner, diagram); // A server that stays open
        doStep(runner, diagram); // Connect
        QCOMPARE(litCalls(diagram),
            QStringLiteral(
                "server: socket bind listen accept | client: socket connect | arrows: handshake"));
        doStep(runner, diagram); // Ask, then shutdown(SHUT_WR)
        const QString client = name(runner, QStringLiteral("client"));
        QCOMPARE(litCalls(diagram),
            QStringLiteral("server: socket bind listen accept recv | client: socket connect send "
                           "shutdown | arrows: handshake >data >fin"));
        QCOMPARE(text(diagram, Side::Client, Call::Shutdown),
            QStringLiteral("shutdown(%1, SHUT_WR) = 0").arg(client));
        QCOMPARE(
            diagram.state(Side::Server, Call::Recv).result, QStringLiteral("0 (end of stream)"));

        doStep(runner, diagram); // The peer keeps talking
        QCOMPARE(litCalls(diagram),
            QStringLiteral("server: socket bind listen accept recv send | client: socket connect "
                           "send recv shutdown | arrows: handshake >data <data >fin"));
        doStep(runner, diagram); // Now the server closes
        QCOMPARE(litCalls(diagram),
            QStringLiteral(
                "server: socket bind listen accept recv send close | client: socket connect send "
                "recv shutdown close | arrows: handshake >data <data >fin <fin"));

        doStep(runner, diagram); // Another connection: a new pair, drawn from the start
        QCOMPARE(diagram.client(), runner.idOf(QStringLiteral("client2")));
        QCOMPARE(litCalls(diagram),
            QStringLiteral(
                "server: socket bind listen accept | client: socket connect | arrows: handshake"));
        doStep(runner, diagram); // Abort: RST
        QCOMPARE(litCalls(diagram),
            QStringLiteral("server: socket bind listen accept close | client: socket connect close "
                           "| arrows: handshake rst"));
        QCOMPARE(text(diagram, Side::Server, Call::Close),
            QStringLiteral("close(%1) SO_LINGER 0 = 0")
                .arg(name(runner, QStringLiteral("accepted2"))));
        QVERIFY(!diagram.arrow(Arrow::Reset).fromClient); // the server aborted
    }

    // The datagram picture: no listen or accept, sendto() and recvfrom() with each datagram's
    // size kept apart (3, 3 and 5 bytes, never 11), and arrows that count datagrams.
    void datagrams()
    {
        LessonRunner runner(*m_workbench, shippedLesson(QStringLiteral("datagrams")));
        runner.setUseSuggestedPorts(false);
        CallDiagram diagram(*m_session);

        doStep(runner, diagram); // A socket for datagrams
        const ConnectionInfo receiver = *runner.infoOf(QStringLiteral("receiver"));
        QVERIFY(diagram.datagrams());
        QCOMPARE(diagram.listener(), receiver.id);
        QCOMPARE(diagram.calls(Side::Server),
            (QList<Call> { Call::Socket, Call::Bind, Call::RecvFrom, Call::SendTo, Call::Close }));
        QCOMPARE(litCalls(diagram), QStringLiteral("server: socket bind | client:  | arrows: "));
        QCOMPARE(text(diagram, Side::Server, Call::Socket),
            QStringLiteral("socket(AF_INET, SOCK_DGRAM, 0) = %1").arg(receiver.name));
        QCOMPARE(text(diagram, Side::Server, Call::Bind),
            QStringLiteral("bind(%1, %2) = 0").arg(receiver.name, receiver.localEndpoint()));
        QVERIFY(receiver.localPort != 0);

        doStep(runner, diagram); // The receiver is busy
        QCOMPARE(litCalls(diagram), QStringLiteral("server: socket bind | client:  | arrows: "));

        doStep(runner, diagram); // Three datagrams
        const ConnectionInfo sender = *runner.infoOf(QStringLiteral("sender"));
        QCOMPARE(diagram.client(), sender.id);
        QCOMPARE(diagram.calls(Side::Client),
            (QList<Call> { Call::Socket, Call::SendTo, Call::RecvFrom, Call::Close }));
        QCOMPARE(litCalls(diagram),
            QStringLiteral("server: socket bind | client: socket sendto | arrows: >data"));
        QCOMPARE(text(diagram, Side::Client, Call::Socket),
            QStringLiteral("socket(AF_INET, SOCK_DGRAM, 0) = %1").arg(sender.name));
        QCOMPARE(text(diagram, Side::Client, Call::SendTo),
            QStringLiteral("sendto(%1, 5, %2) = 5").arg(sender.name, receiver.localEndpoint()));
        QCOMPARE(diagram.state(Side::Client, Call::SendTo).count, 3);
        QCOMPARE(diagram.state(Side::Client, Call::SendTo).firstSizes, (QList<qint64> { 3, 3, 5 }));
        QCOMPARE(diagram.arrow(Arrow::DataToServer).count, 3);
        QCOMPARE(diagram.arrow(Arrow::DataToServer).bytes, 11);

        doStep(runner, diagram); // Three receives
        QCOMPARE(diagram.client(), sender.id); // the step names the receiver only
        QCOMPARE(litCalls(diagram),
            QStringLiteral("server: socket bind recvfrom | client: socket sendto | arrows: >data"));
        const CallDiagram::CallState received = diagram.state(Side::Server, Call::RecvFrom);
        QCOMPARE(received.count, 3);
        QCOMPARE(received.bytes, 11);
        QCOMPARE(received.firstSizes, (QList<qint64> { 3, 3, 5 }));
        QCOMPARE(text(diagram, Side::Server, Call::RecvFrom),
            QStringLiteral("recvfrom(%1, 5) = 5 from 127.0.0.1:%2")
                .arg(receiver.name)
                .arg(runner.infoOf(QStringLiteral("sender"))->localPort));

        doStep(runner, diagram); // Close
        QCOMPARE(litCalls(diagram),
            QStringLiteral("server: socket bind recvfrom close | client: socket sendto close | "
                           "arrows: >data"));
        QCOMPARE(text(diagram, Side::Server, Call::Close),
            QStringLiteral("close(%1) = 0").arg(receiver.name));

        // The same picture from the file, reopened.
        const QString before = litCalls(diagram);
        const QString path = m_session->journalPath();
        QVERIFY(m_session->flush());
        Session reopened(std::make_unique<SessionClock>());
        SessionLoader::Outcome outcome;
        QString error;
        QVERIFY2(SessionLoader::load(reopened, path, &outcome, &error), qPrintable(error));
        CallDiagram again(reopened);
        again.follow(receiver.id, sender.id);
        again.update();
        QCOMPARE(litCalls(again), before);
        QCOMPARE(again.state(Side::Server, Call::RecvFrom).firstSizes, (QList<qint64> { 3, 3, 5 }));
    }

    // A connected UDP socket: connect() sends nothing, and the ICMP port-unreachable that its
    // datagram brought back is the next call's -1 ECONNREFUSED.
    void nobodyHomeUdp()
    {
        LessonRunner runner(*m_workbench, shippedLesson(QStringLiteral("nobody-home-udp")));
        runner.setUseSuggestedPorts(false);
        CallDiagram diagram(*m_session);

        doStep(runner, diagram); // Find a free port: bind, then close
        const ConnectionInfo ghost = *runner.infoOf(QStringLiteral("ghost"));
        QCOMPARE(
            litCalls(diagram), QStringLiteral("server: socket bind close | client:  | arrows: "));

        doStep(runner, diagram); // Send into the void: nothing comes back
        QCOMPARE(diagram.client(), runner.idOf(QStringLiteral("sender")));
        QCOMPARE(litCalls(diagram),
            QStringLiteral("server: socket bind close | client: socket sendto | arrows: >data"));

        doStep(runner, diagram); // Connected: refused
        const ConnectionInfo caller = *runner.infoOf(QStringLiteral("caller"));
        QCOMPARE(diagram.client(), caller.id);
        QCOMPARE(diagram.listener(), ghost.id);
        QCOMPARE(diagram.calls(Side::Client),
            (QList<Call> {
                Call::Socket, Call::Connect, Call::SendTo, Call::RecvFrom, Call::Close }));
        QCOMPARE(litCalls(diagram),
            QStringLiteral("server: socket bind close | client: socket connect sendto recvfrom! | "
                           "arrows: >data unreachable"));
        QCOMPARE(text(diagram, Side::Client, Call::Connect),
            QStringLiteral("connect(%1, %2) = 0").arg(caller.name, ghost.localEndpoint()));
        QCOMPARE(text(diagram, Side::Client, Call::SendTo),
            QStringLiteral("send(%1, 6) = 6").arg(caller.name));
        QCOMPARE(text(diagram, Side::Client, Call::RecvFrom),
            QStringLiteral("recv(%1) = -1 ECONNREFUSED").arg(caller.name));

        doStep(runner, diagram); // Clean up: the picture keeps its server
        QCOMPARE(diagram.client(), caller.id);
        QCOMPARE(diagram.listener(), ghost.id);
        QCOMPARE(text(diagram, Side::Client, Call::Close),
            QStringLiteral("close(%1) = 0").arg(caller.name));
    }

    // The Unix lesson: AF_UNIX, bind() and connect() with the socket's path, and no TCP packets
    // named on the arrows (no SYN, no FIN).
    void twoProcesses()
    {
        LessonRunner runner(*m_workbench, shippedLesson(QStringLiteral("two-processes")));
        runner.setUseSuggestedPorts(false);
        CallDiagram diagram(*m_session);

        doStep(runner, diagram); // A file name instead of a port
        const ConnectionInfo server = *runner.infoOf(QStringLiteral("server"));
        QCOMPARE(diagram.family(), QStringLiteral("AF_UNIX"));
        QVERIFY(server.localPath.endsWith(QStringLiteral("two-processes.sock")));
        QCOMPARE(
            litCalls(diagram), QStringLiteral("server: socket bind listen | client:  | arrows: "));
        QCOMPARE(text(diagram, Side::Server, Call::Socket),
            QStringLiteral("socket(AF_UNIX, SOCK_STREAM, 0) = %1").arg(server.name));
        QCOMPARE(text(diagram, Side::Server, Call::Bind),
            QStringLiteral("bind(%1, %2) = 0").arg(server.name, server.localPath));

        doStep(runner, diagram); // Connect by file name, accept
        const ConnectionInfo client = *runner.infoOf(QStringLiteral("client"));
        const ConnectionInfo accepted = *runner.infoOf(QStringLiteral("accepted"));
        QCOMPARE(litCalls(diagram),
            QStringLiteral(
                "server: socket bind listen accept | client: socket connect | arrows: handshake"));
        QCOMPARE(text(diagram, Side::Client, Call::Connect),
            QStringLiteral("connect(%1, %2) = 0").arg(client.name, server.localPath));
        QCOMPARE(text(diagram, Side::Server, Call::Accept),
            QStringLiteral("accept(%1) = %2").arg(server.name, accepted.name));
        QCOMPARE(diagram.arrow(Arrow::Handshake).label, QStringLiteral("connected"));

        doStep(runner, diagram); // Who is on the other end
        QCOMPARE(text(diagram, Side::Server, Call::Recv),
            QStringLiteral("recv(%1, 6) = 6").arg(accepted.name));
        for (int step = 3; step < 7; ++step)
            doStep(runner, diagram); // the TCP pair beside it, 16 MiB each way
        doStep(runner, diagram); // Close, and the file goes
        // The step names the two listeners only: the Unix pair's closing, read again.
        diagram.follow(server.id, client.id, accepted.id);
        diagram.update();
        QVERIFY(diagram.arrow(Arrow::FinFromClient).seen);
        QCOMPARE(diagram.arrow(Arrow::FinFromClient).label, QStringLiteral("EOF"));
        QCOMPARE(text(diagram, Side::Client, Call::Close),
            QStringLiteral("close(%1) = 0").arg(client.name));
    }

    // A Unix socket's diagram says AF_UNIX and names the path.
    void unixSockets()
    {
        ConnectionId listener = 0;
        const QString path = m_dir->filePath(QStringLiteral("lab.sock"));
        Workbench::ListenOptions options;
        options.kind = EndpointKind::Unix;
        options.path = path;
        listener = m_workbench->listen(options);
        QTRY_VERIFY(m_session->connections().find(listener)
            && m_session->connections().find(listener)->state == ConnectionState::Listening);
        CallDiagram diagram(*m_session);
        diagram.follow(listener, 0);
        diagram.update();
        QCOMPARE(diagram.family(), QStringLiteral("AF_UNIX"));
        QCOMPARE(text(diagram, Side::Server, Call::Bind),
            QStringLiteral("bind(%1, %2) = 0")
                .arg(m_session->connections().find(listener)->name, path));
    }
};

QTEST_GUILESS_MAIN(tst_CallDiagram)
#include "tst_calldiagram.moc"
