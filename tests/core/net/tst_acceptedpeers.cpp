// SPDX-License-Identifier: GPL-3.0-or-later
// What a listener knows of the peers it accepts: clients (python, in another process) that send
// and reset before accept() takes their connection are still recorded under the address accept()
// returned, and each one is in the pcapng export as tshark reads it.
#include "exportformat.h"
#include "peerprocess.h"
#include "workbenchfixture.h"

#include <QFile>
#include <QProcess>
#include <QSet>

#include <algorithm>

namespace {

constexpr int TimeoutMs = 30000;
constexpr int ClientCount = 20;

QList<ConnectionInfo> childrenOf(const Session &session, ConnectionId listener)
{
    QList<ConnectionInfo> children;
    for (const ConnectionInfo &connection : session.connections().snapshot()) {
        if (connection.parent == listener)
            children << connection;
    }
    return children;
}

} // namespace

class tst_AcceptedPeers : public QObject, private WorkbenchFixture
{
    Q_OBJECT

public:
    tst_AcceptedPeers()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    // Accepting is paused while the clients connect, send and reset, so every one has reset
    // before accept() takes it (in a busy server that happens by itself): getpeername() fails,
    // and before the listener accepted natively each was recorded "for " nobody, and left out
    // of the pcapng export.
    void resetBeforeAcceptKeepsThePeerAddress()
    {
        QString python, tshark;
        PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
        PeerProcess::findProgram(QStringLiteral("tshark"), QStringLiteral("tshark"), &tshark);
        if (QTest::currentTestFailed())
            return;
        Workbench::ListenOptions options;
        options.acceptPaused = true;
        ConnectionId listener = 0;
        quint16 port = 0;
        startListener(options, &listener, &port);
        if (QTest::currentTestFailed())
            return;

        QProcess peer;
        peer.start(python, { PeerProcess::script("reset_after_send.py"), QString::number(port),
                               QString::number(ClientCount) });
        QByteArray line;
        PeerProcess::readLine(peer, &line, TimeoutMs);
        if (QTest::currentTestFailed())
            return;
        PeerProcess::waitForExit(peer, TimeoutMs);
        QVERIFY2(line.startsWith("PORTS "), line.constData());
        QSet<quint16> clientPorts;
        for (const QByteArray &field : line.mid(6).split(' '))
            clientPorts.insert(field.toUShort());
        QCOMPARE(clientPorts.size(), ClientCount);

        m_workbench->setAcceptingPaused(listener, false);
        const auto allClosed = [&] {
            const QList<ConnectionInfo> children = childrenOf(*m_session, listener);
            return children.size() == ClientCount
                && std::all_of(children.cbegin(), children.cend(), [this](const ConnectionInfo &child) {
                       return m_log->has(child.id, EventKind::Closed);
                   });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allClosed(), TimeoutMs);

        QSet<quint16> recorded;
        for (const ConnectionInfo &child : childrenOf(*m_session, listener)) {
            QCOMPARE(child.peerAddress, QHostAddress(QHostAddress::LocalHost));
            QVERIFY2(clientPorts.contains(child.peerPort),
                qPrintable(QStringLiteral("%1 has peer port %2").arg(child.name).arg(child.peerPort)));
            recorded.insert(child.peerPort);
            QCOMPARE(child.localPort, port);
            QCOMPARE(m_log->detail(child.id, EventKind::Accepted),
                QStringLiteral("accept() returned a new socket for 127.0.0.1:%1").arg(child.peerPort));
            // What arrived before the reset is read, then the reset is reported.
            QCOMPARE(m_log->stream(child.id, EventKind::Received), QByteArray("hello"));
            QVERIFY2(m_log->detail(child.id, EventKind::Closed).contains(QStringLiteral("reset")),
                qPrintable(m_log->detail(child.id, EventKind::Closed)));
        }
        QCOMPARE(recorded, clientPorts);

        // Every client's handshake and hello is in the export, from its own port.
        const QString exported = m_dir->filePath(QStringLiteral("resets.pcapng"));
        {
            QFile file(exported);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QString error;
            QVERIFY2(exportSession(*m_session, ExportFormat::Pcapng, file, {}, &error), qPrintable(error));
        }
        QProcess reader;
        reader.start(tshark, { QStringLiteral("-r"), exported, QStringLiteral("-T"), QStringLiteral("fields"),
                                 QStringLiteral("-e"), QStringLiteral("tcp.srcport"), QStringLiteral("-e"),
                                 QStringLiteral("tcp.dstport"), QStringLiteral("-e"), QStringLiteral("tcp.flags.syn"),
                                 QStringLiteral("-e"), QStringLiteral("tcp.payload") });
        QVERIFY(reader.waitForFinished(TimeoutMs));
        QCOMPARE(reader.exitCode(), 0);
        QSet<quint16> synFrom, helloFrom;
        for (const QByteArray &row : reader.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> fields = row.split('\t');
            if (fields.size() < 4 || fields.at(1).toUShort() != port)
                continue;
            const quint16 from = fields.at(0).toUShort();
            if (fields.at(2) == "1" || fields.at(2) == "True")
                synFrom.insert(from);
            if (QByteArray::fromHex(fields.at(3)) == "hello")
                helloFrom.insert(from);
        }
        QCOMPARE(synFrom, clientPorts);
        QCOMPARE(helloFrom, clientPorts);
    }
};

QTEST_GUILESS_MAIN(tst_AcceptedPeers)
#include "tst_acceptedpeers.moc"
