// SPDX-License-Identifier: GPL-3.0-or-later
// The peer rows under a UDP socket in the Sockets tree (issue 16, item 3): two Python peers send
// to the socket, SocketLab replies to one, and each peer's row shows its datagrams and bytes in
// and out and when it was first and last seen; closing the socket (its Close button) ends them all.
#include "connectiontreemodel.h"
#include "peerprocess.h"
#include "sendpanel.h"
#include "windowfixture.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class TestUdpPeerRows : public QObject
{
    Q_OBJECT

    WindowFixture f;

    QString cell(ConnectionId id, int column) const
    {
        return f.window->connectionModel()->indexOf(id, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { f.start(); }

    void peerRowsCountAndEndWithTheSocket()
    {
        QString python;
        PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
        ConnectionId socket = 0;
        quint16 port = 0;
        f.openUdp(&socket, &port);

        // One peer sends the corpus of udp_peer.py (5 datagrams, 66,764 bytes), another one ping.
        QProcess source;
        source.start(python, {PeerProcess::script("udp_peer.py"), QStringLiteral("source"), QStringLiteral("4"),
                              QString::number(port)});
        PeerProcess::waitForExit(source, 10000);
        QProcess asker;
        asker.start(python, {PeerProcess::script("udp_asker.py"), QStringLiteral("4"), QString::number(port),
                             QStringLiteral("ping"), QStringLiteral("1")});
        quint16 askerPort = 0;
        PeerProcess::readPort(asker, &askerPort, 10000);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(f.session.connections().find(socket)->chunksIn, quint64(6));

        ConnectionId corpusPeer = 0;
        ConnectionId askerPeer = 0;
        for (const ConnectionInfo &info : f.session.connections().snapshot()) {
            if (info.parent != socket)
                continue;
            (info.peerPort == askerPort ? askerPeer : corpusPeer) = info.id;
        }
        QVERIFY(corpusPeer && askerPeer);

        // A reply to the asker, from its row, with the send panel.
        f.clickConnection(askerPeer);
        QTRY_VERIFY(f.window->sendPanel()->replyButton()->isEnabled());
        QLineEdit *input = f.window->sendPanel()->inputField();
        input->setFocus();
        QTest::keyClicks(input, QStringLiteral("pong"));
        QTest::keyClick(input, Qt::Key_Return);
        QByteArray line;
        PeerProcess::readLine(asker, &line, 10000);
        QCOMPARE(line, QByteArray("4 706f6e67 ") + QByteArray::number(port));

        QTRY_COMPARE(cell(askerPeer, ConnectionTreeModel::ChunksOutColumn), QStringLiteral("1"));
        QCOMPARE(cell(askerPeer, ConnectionTreeModel::ChunksInColumn), QStringLiteral("1"));
        QCOMPARE(cell(corpusPeer, ConnectionTreeModel::ChunksInColumn), QStringLiteral("5"));
        QCOMPARE(cell(corpusPeer, ConnectionTreeModel::ChunksOutColumn), QStringLiteral("0"));
        QCOMPARE(f.session.connections().find(corpusPeer)->bytesIn, quint64(0 + 256 + 1 + 1000 + 65507));
        QVERIFY(!cell(corpusPeer, ConnectionTreeModel::BytesInColumn).isEmpty());
        // Seen from the first datagram to the last: on the row, and in words in its tooltip.
        const auto asked = f.session.connections().find(askerPeer);
        QVERIFY(asked->lastDataNs > asked->openedNs);
        QCOMPARE(cell(askerPeer, ConnectionTreeModel::StateColumn),
                 QStringLiteral("seen %1–%2 s")
                     .arg(double(asked->openedNs) / 1e9, 0, 'f', 3)
                     .arg(double(asked->lastDataNs) / 1e9, 0, 'f', 3));
        const QString tip = f.window->connectionModel()->indexOf(askerPeer).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("1 datagram(s) in, 1 out")), qPrintable(tip));
        QCOMPARE(cell(askerPeer, ConnectionTreeModel::PeerColumn), QStringLiteral("127.0.0.1:%1").arg(askerPort));

        // Closing the socket, with its button, ends every peer row.
        f.clickConnection(socket);
        QTRY_COMPARE(f.window->sendPanel()->connection(), socket);
        QTest::mouseClick(f.window->sendPanel()->closeButton(), Qt::LeftButton);
        QTRY_COMPARE(f.session.connections().find(socket)->state, ConnectionState::Closed);
        QTRY_VERIFY(f.session.connections().find(corpusPeer)->isFinished());
        QVERIFY(f.session.connections().find(askerPeer)->isFinished());
        QTRY_COMPARE(cell(askerPeer, ConnectionTreeModel::StateColumn), QStringLiteral("closed"));
        PeerProcess::waitForExit(asker, 10000);
    }
};

QTEST_MAIN(TestUdpPeerRows)
#include "tst_udppeerrows.moc"
