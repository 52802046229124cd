// SPDX-License-Identifier: GPL-3.0-or-later
// The ladder of a known exchange on real sockets: a client of ours talks to our echo listener
// (both ends in the session), then the same ladder from the reopened file.
#include "connectionladder.h"
#include "sessionloader.h"

#include "workbenchfixture.h"

#include <QTest>

namespace {

constexpr int TimeoutMs = 20000;

using End = ConnectionLadder::End;

// "N>connect (SYN)": which end the arrow leaves, and its label.
QStringList describe(const ConnectionLadder &ladder)
{
    QStringList rungs;
    for (const ConnectionLadder::Rung &rung : ladder.rungs())
        rungs << (rung.from == End::Near ? QStringLiteral("N") : QStringLiteral("F"))
                + (rung.crosses ? QStringLiteral(">") : QStringLiteral("|")) + rung.label;
    return rungs;
}

} // namespace

class tst_ConnectionLadder : public QObject, public WorkbenchFixture
{
    Q_OBJECT

public:
    tst_ConnectionLadder()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    void echoExchangeAndReopened()
    {
        ConnectionId listener = 0;
        quint16 port = 0;
        startListener({ QHostAddress(QHostAddress::LocalHost), 0, true }, &listener, &port);
        if (QTest::currentTestFailed())
            return;
        const ConnectionId client
            = m_workbench->connectTo({ QStringLiteral("127.0.0.1"), port, false, 0 });
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Connected), TimeoutMs);
        m_workbench->send(client, QByteArrayLiteral("hello\n"));
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(client).bytesIn, quint64(6), TimeoutMs);
        m_workbench->close(client);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->info(client).isFinished(), TimeoutMs);

        ConnectionLadder ladder(*m_session);
        ladder.follow(client);
        ladder.update();
        const ConnectionId accepted = ladder.peer();
        QVERIFY(accepted != 0);
        QCOMPARE(m_log->info(accepted).role, ConnectionRole::Accepted);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->info(accepted).isFinished(), TimeoutMs);
        ladder.update();
        const QStringList rungs = describe(ladder);
        // The client's connect starts it; the handshake's two ends follow in either order.
        QCOMPARE(rungs.value(0), QStringLiteral("N>connect (SYN)"));
        QVERIFY2(rungs.indexOf(QStringLiteral("N>accept")) > 0,
            qPrintable(rungs.join(QLatin1Char(','))));
        QVERIFY2(rungs.indexOf(QStringLiteral("F>connected (SYN-ACK)")) > 0,
            qPrintable(rungs.join(QLatin1Char(','))));
        // Written, read at the other end, echoed, read back: in that order.
        const qsizetype written = rungs.indexOf(QStringLiteral("N>write 6 B"));
        const qsizetype read = rungs.indexOf(QStringLiteral("N>read 6 B"));
        const qsizetype echoed = rungs.indexOf(QStringLiteral("F>write 6 B"));
        const qsizetype back = rungs.indexOf(QStringLiteral("F>read 6 B"));
        QVERIFY2(written > 0 && written < read && read < echoed && echoed < back,
            qPrintable(rungs.join(QLatin1Char(','))));
        // The client's FIN, then both ends closed.
        QVERIFY2(rungs.indexOf(QStringLiteral("N>FIN")) > back,
            qPrintable(rungs.join(QLatin1Char(','))));
        QCOMPARE(
            rungs.count(QStringLiteral("N|closed")) + rungs.count(QStringLiteral("F|closed")), 2);
        // Every rung points at its event's row, in time order.
        for (qsizetype i = 1; i < ladder.rungs().size(); ++i) {
            QVERIFY(ladder.rungs().at(i).event > ladder.rungs().at(i - 1).event);
            QVERIFY(ladder.rungs().at(i).timeNs >= ladder.rungs().at(i - 1).timeNs);
        }
        QCOMPARE(ladder.endName(End::Near),
            QStringLiteral("%1 %2").arg(
                m_log->info(client).name, m_log->info(client).localEndpoint()));

        // Reopened, read-only: the same ladder.
        QVERIFY(m_session->flush());
        Session reopened(std::make_unique<SessionClock>());
        SessionLoader::Outcome outcome;
        QString error;
        QVERIFY2(SessionLoader::load(reopened, m_session->journalPath(), &outcome, &error),
            qPrintable(error));
        ConnectionLadder again(reopened);
        again.follow(client);
        again.update();
        QCOMPARE(again.peer(), accepted);
        QCOMPARE(describe(again), rungs);
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionLadder)
#include "tst_connectionladder.moc"
