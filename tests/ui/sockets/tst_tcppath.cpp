// SPDX-License-Identifier: GPL-3.0-or-later
// The path of RFC 793 that a connection took, from its recorded events (with their close facts)
// and the states the kernel reported twice a second: every way a connection ends, on each side.
// The window's own test (tst_connectioninfopane) drives the same with real peers.
#include "tcppath.h"

#include <QTest>

namespace {

using S = TcpState;

TrafficEvent makeEvent(EventKind kind, EventFacts facts = {})
{
    TrafficEvent e;
    e.kind = kind;
    e.facts = facts;
    return e;
}

TrafficEvent ending(EventKind kind, CloseKind close, CloseSide by)
{
    return makeEvent(kind, EventFacts::ending(close, by));
}

// One step: an event, or (kind Note) the kernel reporting state.
struct Step
{
    TrafficEvent event;
    TcpState kernel = TcpState::Unknown;
};

Step kernel(TcpState state)
{
    return { makeEvent(EventKind::Note), state };
}

} // namespace

Q_DECLARE_METATYPE(QList<Step>)

class tst_TcpPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void path_data()
    {
        QTest::addColumn<ConnectionRole>("role");
        QTest::addColumn<QList<Step>>("steps");
        QTest::addColumn<QList<TcpState>>("expected");

        const Step accepted { makeEvent(EventKind::Accepted) };
        const Step connecting { makeEvent(EventKind::Connecting) };
        const Step connected { makeEvent(EventKind::Connected) };
        const Step peerFin { ending(EventKind::EndOfStream, CloseKind::Fin, CloseSide::Peer) };
        const Step ourFin { ending(EventKind::Closing, CloseKind::Fin, CloseSide::Us) };
        const Step ourShutdown { ending(EventKind::Closing, CloseKind::HalfClose, CloseSide::Us) };
        const Step closedByUs { ending(EventKind::Closed, CloseKind::Fin, CloseSide::Us) };
        const Step closedByPeer { ending(EventKind::Closed, CloseKind::Fin, CloseSide::Peer) };
        const Step resetByPeer { ending(EventKind::Closed, CloseKind::Reset, CloseSide::Peer) };

        // The half-close lesson, server side: the kernel is first asked once the peer's FIN is in.
        QTest::newRow("server, peer half-closes")
            << ConnectionRole::Accepted << QList<Step> { kernel(S::CloseWait) }
            << QList<TcpState> { S::Listen, S::SynReceived, S::Established, S::CloseWait };
        QTest::newRow("server, peer half-closes, then we close")
            << ConnectionRole::Accepted
            << QList<Step> { accepted, peerFin, kernel(S::CloseWait), ourFin, closedByUs,
                   kernel(S::Closed) }
            << QList<TcpState> { S::Listen, S::SynReceived, S::Established, S::CloseWait,
                   S::LastAck, S::Closed };
        QTest::newRow("server, we close first")
            << ConnectionRole::Accepted
            << QList<Step> { accepted, kernel(S::Established), ourFin, kernel(S::FinWait2),
                   peerFin, closedByUs, kernel(S::TimeWait), kernel(S::Closed) }
            << QList<TcpState> { S::Listen, S::SynReceived, S::Established, S::FinWait1,
                   S::FinWait2, S::TimeWait, S::Closed };
        QTest::newRow("client, active close, kernel asked only at the end")
            << ConnectionRole::Client
            << QList<Step> { connecting, connected, ourShutdown, peerFin, closedByUs,
                   kernel(S::TimeWait) }
            << QList<TcpState> { S::Closed, S::SynSent, S::Established, S::FinWait1,
                   S::FinWait2, S::TimeWait };
        QTest::newRow("client, passive close: Qt closes after the peer's FIN")
            << ConnectionRole::Client
            << QList<Step> { connecting, connected, peerFin, closedByPeer, kernel(S::Closed) }
            << QList<TcpState> { S::Closed, S::SynSent, S::Established, S::CloseWait,
                   S::LastAck, S::Closed };
        QTest::newRow("simultaneous close, CLOSING seen")
            << ConnectionRole::Client
            << QList<Step> { connected, ourFin, kernel(S::Closing), peerFin }
            << QList<TcpState> { S::Closed, S::SynSent, S::Established, S::FinWait1, S::Closing,
                   S::TimeWait };
        QTest::newRow("reset by the peer: no FIN states")
            << ConnectionRole::Client << QList<Step> { connected, resetByPeer, kernel(S::Closed) }
            << QList<TcpState> { S::Closed, S::SynSent, S::Established, S::Closed };
        QTest::newRow("a stale kernel answer does not go back")
            << ConnectionRole::Accepted
            << QList<Step> { accepted, peerFin, kernel(S::Established), kernel(S::CloseWait) }
            << QList<TcpState> { S::Listen, S::SynReceived, S::Established, S::CloseWait };
        QTest::newRow("accepted, seen before its role was known")
            << ConnectionRole::Client << QList<Step> { accepted, peerFin }
            << QList<TcpState> { S::Listen, S::SynReceived, S::Established, S::CloseWait };
        QTest::newRow("listener")
            << ConnectionRole::Listener
            << QList<Step> { Step { makeEvent(EventKind::Listening) }, kernel(S::Listen),
                   Step { makeEvent(EventKind::ListenStopped) } }
            << QList<TcpState> { S::Closed, S::Listen, S::Closed };
    }

    void path()
    {
        QFETCH(ConnectionRole, role);
        QFETCH(QList<Step>, steps);
        QFETCH(QList<TcpState>, expected);
        TcpPath path(role);
        for (const Step &step : steps) {
            if (step.kernel != TcpState::Unknown)
                path.noteKernelState(step.kernel);
            else
                path.noteEvent(step.event);
        }
        QCOMPARE(path.states(), expected);
        QCOMPARE(path.current(), expected.constLast());
    }
};

QTEST_GUILESS_MAIN(tst_TcpPath)
#include "tst_tcppath.moc"
