// SPDX-License-Identifier: GPL-3.0-or-later
// Echo to a peer that does not read: SocketLab's queue to it stays under the cap while the peer
// keeps sending (back-pressure stops reading it, and TCP flow control stops the peer), and once
// the peer reads, it receives every byte, in order. The peer is python, in another process.
#include "outputbackpressure.h"
#include "peerprocess.h"
#include "tcpconnection.h"
#include "workbenchfixture.h"

#include <QProcess>

#include <algorithm>

namespace {

constexpr int TimeoutMs = 60000;
constexpr qint64 PeerBytes = qint64(64) << 20; // far past the cap and every socket buffer

ConnectionId onlyChild(const Session &session, ConnectionId listener)
{
    for (const ConnectionInfo &connection : session.connections().snapshot()) {
        if (connection.parent == listener)
            return connection.id;
    }
    return 0;
}

} // namespace

class tst_BackPressure : public QObject, private WorkbenchFixture
{
    Q_OBJECT

public:
    tst_BackPressure()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    // Before back-pressure, SocketLab read all 64 MiB and queued them to the peer: the peer never
    // stalled, and the queue held 60 MiB and more.
    void echoToAPeerThatDoesNotReadHoldsItsSender()
    {
        QString python;
        PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
        if (QTest::currentTestFailed())
            return;
        Workbench::ListenOptions options;
        options.echo = true;
        ConnectionId listener = 0;
        quint16 port = 0;
        startListener(options, &listener, &port);
        if (QTest::currentTestFailed())
            return;

        QProcess peer;
        peer.start(python, { PeerProcess::script("noreader_peer.py"), QString::number(port),
                               QString::number(PeerBytes) });
        // While the peer sends, the queue to it is sampled; it stops when the peer stalls (held
        // by flow control) or has sent everything (nothing held it).
        qint64 sent = 0;
        quint64 mostQueued = 0;
        bool stalled = false;
        ConnectionId child = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                child = child ? child : onlyChild(*m_session, listener);
                if (child)
                    mostQueued = qMax(mostQueued, m_log->info(child).queuedOut);
                while (peer.canReadLine()) {
                    const QList<QByteArray> fields = peer.readLine().trimmed().split(' ');
                    sent = fields.value(1).toLongLong();
                    stalled = stalled || fields.at(0) == "STALLED";
                }
                return stalled || sent >= PeerBytes || peer.state() == QProcess::NotRunning;
            }(),
            TimeoutMs);
        QVERIFY2(stalled && sent < PeerBytes,
            qPrintable(QStringLiteral("the peer sent %1 of %2 bytes without being held; SocketLab queued up "
                                      "to %3 bytes")
                           .arg(sent)
                           .arg(PeerBytes)
                           .arg(mostQueued)));
        QVERIFY(child != 0);
        // Held for a while: the queue stays where back-pressure stopped it.
        QTRY_VERIFY_WITH_TIMEOUT(m_log->info(child).queuedOut > 0, TimeoutMs);
        mostQueued = qMax(mostQueued, m_log->info(child).queuedOut);
        const quint64 bound = quint64(OutputBackPressure::QueueCap + TcpConnection::ReadChunk);
        QVERIFY2(mostQueued <= bound,
            qPrintable(QStringLiteral("queued %1 bytes, above %2").arg(mostQueued).arg(bound)));
        const QList<QByteArray> notes = m_log->payloads(child, EventKind::Note);
        QVERIFY2(std::any_of(notes.cbegin(), notes.cend(),
                     [](const QByteArray &note) { return note.contains("stops reading this connection"); }),
            notes.join('\n').constData());

        // The peer reads now: it gets every byte it sent, in order, and sends the rest.
        peer.write("read\n");
        QByteArray line;
        QTRY_VERIFY_WITH_TIMEOUT(
            (line += peer.readAllStandardOutput(), line.contains("DONE")) || peer.state() == QProcess::NotRunning,
            TimeoutMs);
        const QByteArray done = line.mid(line.indexOf("DONE")).trimmed();
        QCOMPARE(done, QByteArray("DONE sent=%1 received=%1 ok").replace("%1", QByteArray::number(PeerBytes)));
        PeerProcess::waitForExit(peer, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(child, EventKind::Closed), TimeoutMs);
        QCOMPARE(m_log->info(child).bytesIn, quint64(PeerBytes));
        QCOMPARE(m_log->info(child).bytesOut, quint64(PeerBytes));
    }
};

QTEST_GUILESS_MAIN(tst_BackPressure)
#include "tst_backpressure.moc"
