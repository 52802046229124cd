// SPDX-License-Identifier: GPL-3.0-or-later
// The teacher's limits on a listener, over loopback with plain Qt sockets as the students'
// clients: a cap on open connections (the one beyond it is reset, and the log names it), pausing
// accept() (clients wait in the backlog), and a cap on the bytes one connection may send us.
#include "connectioninfo.h"
#include "session.h"
#include "workbench.h"

#include "sessionreader.h"
#include "workbenchfixture.h"

#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

namespace {

constexpr int TimeoutMs = 20000;

bool hasNoteContaining(const SessionReader &log, ConnectionId id, const QString &text)
{
    for (const QByteArray &note : log.payloads(id, EventKind::Note)) {
        if (QString::fromUtf8(note).contains(text))
            return true;
    }
    return false;
}

} // namespace

class tst_ClassroomLimits : public QObject, private WorkbenchFixture
{
    Q_OBJECT

public:
    tst_ClassroomLimits()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private:
    std::unique_ptr<QTcpSocket> connectClient(quint16 port)
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        return socket;
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    void defaultsAreGenerous()
    {
        ConnectionId listener = 0;
        quint16 port = 0;
        startListener({}, &listener, &port);
        QCOMPARE(m_log->info(listener).connectionCap, ConnectionInfo::DefaultConnectionCap);
        QVERIFY(ConnectionInfo::DefaultConnectionCap >= 1000);
        QVERIFY(ConnectionInfo::DefaultReceiveCap >= (qint64(1) << 30));
    }

    void connectionBeyondTheCapIsRefused()
    {
        Workbench::ListenOptions options;
        options.echo = true;
        options.connectionCap = 2;
        ConnectionId listener = 0;
        quint16 port = 0;
        startListener(options, &listener, &port);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(listener).connectionCap, 2, TimeoutMs);

        auto first = connectClient(port);
        auto second = connectClient(port);
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(listener).acceptedCount, 2u, TimeoutMs);
        // Bound first, so its port is known after the reset has cleared the socket's own.
        auto third = std::make_unique<QTcpSocket>();
        QVERIFY(third->bind(QHostAddress::LocalHost, 0));
        const quint16 thirdPort = third->localPort();
        third->connectToHost(QHostAddress::LocalHost, port);
        // The kernel completes the handshake; then SocketLab resets it.
        QTRY_COMPARE_WITH_TIMEOUT(third->state(), QAbstractSocket::UnconnectedState, TimeoutMs);
        QVERIFY2(third->error() == QAbstractSocket::RemoteHostClosedError
                || third->error() == QAbstractSocket::ConnectionRefusedError,
            qPrintable(third->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(hasNoteContaining(*m_log, listener,
                                     QStringLiteral("refused 127.0.0.1:%1").arg(thirdPort)),
            TimeoutMs);
        QCOMPARE(m_log->info(listener).acceptedCount, 2u);

        // The two within the cap still work.
        for (QTcpSocket *client : { first.get(), second.get() }) {
            QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
            client->write("ping");
            QTRY_COMPARE_WITH_TIMEOUT(client->bytesAvailable(), qint64(4), TimeoutMs);
            QCOMPARE(client->readAll(), QByteArray("ping"));
        }

        // The cap counts open connections: once one closes, the next is accepted.
        first->disconnectFromHost();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_log->has(m_log->children(listener).at(0).id, EventKind::Closed), TimeoutMs);
        auto fourth = connectClient(port);
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(listener).acceptedCount, 3u, TimeoutMs);
        fourth->write("pong");
        QTRY_COMPARE_WITH_TIMEOUT(fourth->bytesAvailable(), qint64(4), TimeoutMs);
        QCOMPARE(fourth->readAll(), QByteArray("pong"));
    }

    void capCanBeChangedLater()
    {
        ConnectionId listener = 0;
        quint16 port = 0;
        startListener({}, &listener, &port);
        if (QTest::currentTestFailed())
            return;
        m_workbench->setConnectionCap(listener, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(listener).connectionCap, 0, TimeoutMs);
        auto refused = connectClient(port);
        QTRY_COMPARE_WITH_TIMEOUT(refused->state(), QAbstractSocket::UnconnectedState, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            hasNoteContaining(*m_log, listener, QStringLiteral("refused 127.0.0.1:")), TimeoutMs);
        m_workbench->setConnectionCap(listener, 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(listener).connectionCap, 1, TimeoutMs);
        auto accepted = connectClient(port);
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(listener).acceptedCount, 1u, TimeoutMs);
        // The client learns of the handshake in this thread, maybe after the listener counted it.
        QTRY_COMPARE_WITH_TIMEOUT(accepted->state(), QAbstractSocket::ConnectedState, TimeoutMs);
    }

    void pausedListenerLeavesClientsInTheBacklog()
    {
        ConnectionId listener = 0;
        quint16 port = 0;
        startListener({}, &listener, &port);
        if (QTest::currentTestFailed())
            return;
        m_workbench->setAcceptingPaused(listener, true);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->info(listener).acceptingPaused, TimeoutMs);
        QVERIFY(hasNoteContaining(*m_log, listener, QStringLiteral("accepting paused")));

        auto waiting = connectClient(port);
        // The kernel completes the handshake although nobody calls accept().
        QTRY_COMPARE_WITH_TIMEOUT(waiting->state(), QAbstractSocket::ConnectedState, TimeoutMs);
        // A command queued after the connection arrived has been handled: accept() was not.
        m_workbench->setEcho(listener, true);
        QTRY_VERIFY_WITH_TIMEOUT(
            hasNoteContaining(*m_log, listener, QStringLiteral("echo on")), TimeoutMs);
        QCOMPARE(m_log->info(listener).acceptedCount, 0u);

        m_workbench->setAcceptingPaused(listener, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(listener).acceptedCount, 1u, TimeoutMs);
        QVERIFY(hasNoteContaining(*m_log, listener, QStringLiteral("accepting resumed")));
        QVERIFY(!m_log->info(listener).acceptingPaused);
        waiting->write("late");
        QTRY_COMPARE_WITH_TIMEOUT(waiting->bytesAvailable(), qint64(4), TimeoutMs);
        QCOMPARE(waiting->readAll(), QByteArray("late"));
    }

    // A listener opened with accept() never called (the backlog lesson) can be resumed too.
    void listenerOpenedPausedCanResume()
    {
        Workbench::ListenOptions options;
        options.acceptPaused = true;
        ConnectionId listener = 0;
        quint16 port = 0;
        startListener(options, &listener, &port);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(m_log->info(listener).acceptingPaused, TimeoutMs);
        auto waiting = connectClient(port);
        QTRY_COMPARE_WITH_TIMEOUT(waiting->state(), QAbstractSocket::ConnectedState, TimeoutMs);
        m_workbench->setAcceptingPaused(listener, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(listener).acceptedCount, 1u, TimeoutMs);
        QVERIFY(!m_log->info(listener).acceptingPaused);
    }

    // At its receive cap a connection stops being read, with a note; nothing already received is
    // lost, and after raising the cap the rest arrives.
    void receiveCapStopsReading()
    {
        Workbench::ListenOptions options;
        options.receiveCap = 100000;
        ConnectionId listener = 0;
        quint16 port = 0;
        startListener(options, &listener, &port);
        if (QTest::currentTestFailed())
            return;
        auto client = connectClient(port);
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(listener).acceptedCount, 1u, TimeoutMs);
        const ConnectionId accepted = m_log->children(listener).at(0).id;
        QCOMPARE(m_log->info(accepted).receiveCap, qint64(100000));

        QByteArray sent(1 << 20, Qt::Uninitialized);
        for (qsizetype i = 0; i < sent.size(); ++i)
            sent[i] = char(i * 7 + i / 251);
        client->write(sent);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(accepted, EventKind::ReadingPaused), TimeoutMs);
        QVERIFY(m_log->detail(accepted, EventKind::ReadingPaused)
                    .contains(QStringLiteral("receive cap reached")));
        const quint64 atCap = m_log->info(accepted).bytesIn;
        QVERIFY2(atCap >= 100000 && atCap < 100000 + 65536, QByteArray::number(atCap).constData());
        QVERIFY(m_log->info(accepted).readingPaused);
        QCOMPARE(m_log->stream(accepted, EventKind::Received), sent.left(qsizetype(atCap)));

        m_workbench->setReceiveCap(accepted, 0); // 0: no cap
        m_workbench->setReadingPaused(accepted, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(accepted).bytesIn, quint64(sent.size()), TimeoutMs);
        QCOMPARE(m_log->stream(accepted, EventKind::Received), sent);
    }
};

QTEST_GUILESS_MAIN(tst_ClassroomLimits)
#include "tst_classroomlimits.moc"
