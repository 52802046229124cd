// SPDX-License-Identifier: GPL-3.0-or-later
#include "peerprocess.h"
#include "sessionreader.h"
#include "workbenchfixture.h"

#include <QProcess>
#include <QTest>

// Half-close against an independent peer (Python's socket module, tests/peers/halfclose_peer.py):
// SocketLab's shutdown(SHUT_WR) keeps it reading, and a listener kept open after the peer's FIN
// still sends. Qt alone closes a socket at the peer's FIN; these check the real TCP behaviour.
class tst_HalfClose : public QObject, public WorkbenchFixture
{
    Q_OBJECT

public:
    tst_HalfClose()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private:
    static constexpr int TimeoutMs = 30000;

    // The peer's "GOT <hex>" and "END <how>" lines.
    static void readResult(QProcess &peer, QByteArray *got, QByteArray *how)
    {
        QByteArray line;
        PeerProcess::readLine(peer, &line, TimeoutMs);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(line.startsWith("GOT"), line.constData()); // readLine() trims: "GOT" when empty
        *got = QByteArray::fromHex(line.mid(3).trimmed());
        PeerProcess::readLine(peer, &line, TimeoutMs);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(line.startsWith("END "), line.constData());
        *how = line.mid(4);
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    // The peer asks and shuts down its writing; SocketLab reads the end of the stream, answers
    // on the same connection, then closes: the peer reads the answer, then FIN.
    void keptOpenAfterThePeersFin()
    {
        Workbench::ListenOptions options;
        options.keepOpenAfterPeerFin = true;
        ConnectionId listener = 0;
        quint16 port = 0;
        startListener(options, &listener, &port);
        if (QTest::currentTestFailed())
            return;
        QProcess peer;
        peer.start(QStringLiteral("python3"),
            { PeerProcess::script("halfclose_peer.py"), QStringLiteral("ask"),
                QString::number(port) });
        QTRY_COMPARE_WITH_TIMEOUT(m_log->children(listener).size(), 1, TimeoutMs);
        const ConnectionId accepted = m_log->children(listener).constFirst().id;
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(accepted, EventKind::EndOfStream), TimeoutMs);
        QCOMPARE(m_log->stream(accepted, EventKind::Received), QByteArray("question\n"));
        QCOMPARE(m_log->info(accepted).state, ConnectionState::PeerFinished);
        QVERIFY(!m_log->has(accepted, EventKind::Closed));

        m_workbench->send(accepted, "answer, part 1\n");
        m_workbench->send(
            accepted, QByteArray(300 * 1024, 'z')); // more than a send buffer takes at once
        m_workbench->close(accepted);
        QByteArray got, how;
        readResult(peer, &got, &how);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(how, QByteArray("EOF"));
        QCOMPARE(got, QByteArray("answer, part 1\n") + QByteArray(300 * 1024, 'z'));
        PeerProcess::waitForExit(peer, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(accepted, EventKind::Closed), TimeoutMs);
        QVERIFY(!m_log->has(accepted, EventKind::Error));
        QCOMPARE(m_log->stream(accepted, EventKind::Sent).size(), qsizetype(15 + 300 * 1024));
    }

    // Without the option, the peer's FIN closes the socket, as before.
    void closedAtThePeersFinByDefault()
    {
        ConnectionId listener = 0;
        quint16 port = 0;
        startListener({}, &listener, &port);
        if (QTest::currentTestFailed())
            return;
        QProcess peer;
        peer.start(QStringLiteral("python3"),
            { PeerProcess::script("halfclose_peer.py"), QStringLiteral("ask"),
                QString::number(port) });
        QByteArray got, how;
        readResult(peer, &got, &how);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(how, QByteArray("EOF"));
        QCOMPARE(got, QByteArray());
        const ConnectionId accepted = m_log->children(listener).constFirst().id;
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(accepted, EventKind::Closed), TimeoutMs);
        QVERIFY(!m_log->has(accepted, EventKind::EndOfStream));
    }

    // SocketLab asks and shuts down its writing: the peer reads the question and FIN, answers,
    // and SocketLab, still reading, gets the answer before the peer's FIN.
    void shutdownWriteKeepsReading()
    {
        QProcess peer;
        peer.start(QStringLiteral("python3"),
            { PeerProcess::script("halfclose_peer.py"), QStringLiteral("answer") });
        quint16 port = 0;
        PeerProcess::readPort(peer, &port, TimeoutMs);
        if (QTest::currentTestFailed())
            return;
        const ConnectionId client
            = m_workbench->connectTo({ QStringLiteral("127.0.0.1"), port, false, 0 });
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Connected), TimeoutMs);
        m_workbench->send(client, "question\n");
        m_workbench->shutdownWrite(client);
        QByteArray got, how;
        readResult(peer, &got, &how);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(got, QByteArray("question\n"));
        QCOMPARE(how, QByteArray("EOF"));
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Closed), TimeoutMs);
        QCOMPARE(m_log->stream(client, EventKind::Received), QByteArray("answer\n"));
        QVERIFY2(
            m_log->detail(client, EventKind::Closing).contains(QLatin1String("shutdown(SHUT_WR)")),
            qPrintable(m_log->detail(client, EventKind::Closing)));
        QVERIFY2(m_log->detail(client, EventKind::Closed).contains(QLatin1String("FIN")),
            qPrintable(m_log->detail(client, EventKind::Closed)));
        PeerProcess::waitForExit(peer, TimeoutMs);
    }

    // Nothing can be sent after shutdown(SHUT_WR): said, not silently dropped.
    void sendAfterShutdownIsRefused()
    {
        ConnectionId listener = 0;
        quint16 port = 0;
        startListener({}, &listener, &port);
        if (QTest::currentTestFailed())
            return;
        const ConnectionId client
            = m_workbench->connectTo({ QStringLiteral("127.0.0.1"), port, false, 0 });
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Connected), TimeoutMs);
        m_workbench->shutdownWrite(client);
        m_workbench->send(client, "too late");
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Error), TimeoutMs);
        QVERIFY(!m_log->has(client, EventKind::Sent));
    }
};

QTEST_GUILESS_MAIN(tst_HalfClose)
#include "tst_halfclose.moc"
