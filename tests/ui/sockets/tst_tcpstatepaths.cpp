// SPDX-License-Identifier: GPL-3.0-or-later
// The TCP state diagram draws the RFC 793 path a connection really took, for each way a
// connection ends, on each side, with peers in another process (python3, ncat): the connection
// is clicked in the Sockets tree and closed with the Send panel's Close button, as a user does.
// Loopback passes FIN_WAIT_1 and LAST_ACK faster than the pane refreshes, so these states come
// from the recorded events; every path must still be one of the figure's.
#include "connectioninfopane.h"
#include "connectiontreemodel.h"
#include "sendpanel.h"
#include "tcpstatediagram.h"

#include "peerprocess.h"
#include "windowfixture.h"

#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeView>

namespace {

constexpr int TimeoutMs = 20000;
using S = TcpState;

QString names(const QList<TcpState> &path)
{
    QStringList all;
    for (TcpState state : path)
        all << tcpStateName(state);
    return all.join(QStringLiteral(" → "));
}

} // namespace

class tst_TcpStatePaths : public QObject
{
    Q_OBJECT

private:
    struct Fixture : WindowFixture
    {
        Fixture() { start(); }

        // keepOpen: accepted connections stay half-open at the peer's FIN, as in the
        // half-close lesson (else SocketLab closes them at once).
        void listen(bool keepOpen = false)
        {
            Workbench::ListenOptions options;
            options.keepOpenAfterPeerFin = keepOpen;
            workbench->listen(options);
            QTRY_VERIFY_WITH_TIMEOUT(find(ConnectionRole::Listener, ConnectionState::Listening), TimeoutMs);
        }
        quint16 listeningPort() const { return find(ConnectionRole::Listener, ConnectionState::Listening)->localPort; }

        void click(ConnectionId id)
        {
            QTreeView *tree = window->connectionView();
            QTRY_VERIFY_WITH_TIMEOUT(window->connectionModel()->indexOf(id).isValid(), TimeoutMs);
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                tree->visualRect(window->connectionModel()->indexOf(id)).center());
            QCOMPARE(window->connectionInfoPane()->connection(), id);
        }
        void clickClose()
        {
            QPushButton *close = window->sendPanel()->closeButton();
            QTRY_VERIFY_WITH_TIMEOUT(close->isEnabled(), TimeoutMs);
            QTest::mouseClick(close, Qt::LeftButton);
        }
        TcpStateDiagram *diagram() const { return window->connectionInfoPane()->diagram(); }
        // Waits until the diagram shows path (the pane refreshes twice a second).
        void expectPath(const QList<TcpState> &path)
        {
            QTRY_VERIFY2_WITH_TIMEOUT(diagram()->path() == path,
                qPrintable(QStringLiteral("drawn: %1\nexpected: %2").arg(names(diagram()->path()), names(path))),
                TimeoutMs);
            QCOMPARE(diagram()->state(), path.constLast());
        }
        // A closed connection's current box is the CLOSED it ended in, not the one it began at.
        void expectEndedClosed()
        {
            QCOMPARE(diagram()->state(), TcpState::Closed);
            QCOMPARE(diagram()->currentStateRect(), diagram()->stateRect(TcpState::Closed, true));
            QVERIFY(diagram()->currentStateRect() != diagram()->stateRect(TcpState::Closed, false));
        }
    };

    static void startPython(QProcess &peer, const char *script, const QStringList &arguments)
    {
        QString python;
        PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
        if (QTest::currentTestFailed())
            return;
        peer.start(python, QStringList { PeerProcess::script(script) } + arguments);
        QVERIFY(peer.waitForStarted());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The half-close lesson: the peer sends, then shutdown(SHUT_WR); our end is in CLOSE_WAIT
    // until we close, then passes LAST_ACK.
    void serverPeerHalfClosesThenWeClose()
    {
        Fixture f;
        if (QTest::currentTestFailed())
            return;
        f.listen(true);
        if (QTest::currentTestFailed())
            return;
        QProcess peer;
        startPython(peer, "halfclose_peer.py", { QStringLiteral("ask"), QString::number(f.listeningPort()) });
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::Accepted, ConnectionState::PeerFinished), TimeoutMs);
        const ConnectionId accepted = f.find(ConnectionRole::Accepted, ConnectionState::PeerFinished)->id;
        f.click(accepted);
        f.expectPath({ S::Listen, S::SynReceived, S::Established, S::CloseWait });
        QTRY_COMPARE_WITH_TIMEOUT(f.window->connectionInfoPane()->stateText(), QStringLiteral("CLOSE_WAIT"), TimeoutMs);

        f.clickClose();
        PeerProcess::waitForExit(peer, TimeoutMs);
        f.expectPath({ S::Listen, S::SynReceived, S::Established, S::CloseWait, S::LastAck, S::Closed });
        f.expectEndedClosed();
    }

    // We close first; ncat reads to the end and closes: FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT.
    void serverClosesFirst()
    {
        Fixture f;
        if (QTest::currentTestFailed())
            return;
        f.listen();
        if (QTest::currentTestFailed())
            return;
        QString ncat;
        PeerProcess::findProgram(QStringLiteral("ncat"), QStringLiteral("ncat"), &ncat);
        if (QTest::currentTestFailed())
            return;
        QProcess peer;
        peer.start(ncat, { QStringLiteral("--recv-only"), QStringLiteral("127.0.0.1"), QString::number(f.listeningPort()) });
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::Accepted, ConnectionState::Connected), TimeoutMs);
        const ConnectionId accepted = f.find(ConnectionRole::Accepted, ConnectionState::Connected)->id;
        f.click(accepted);
        f.expectPath({ S::Listen, S::SynReceived, S::Established });

        f.clickClose();
        PeerProcess::waitForExit(peer, TimeoutMs);
        f.expectPath({ S::Listen, S::SynReceived, S::Established, S::FinWait1, S::FinWait2, S::TimeWait });
    }

    // A client that closes first; the server (which never reads) closes later.
    void clientClosesFirst()
    {
        Fixture f;
        if (QTest::currentTestFailed())
            return;
        QProcess peer;
        startPython(peer, "hold_server.py", {});
        if (QTest::currentTestFailed())
            return;
        quint16 port = 0;
        PeerProcess::readPort(peer, &port, TimeoutMs);
        if (QTest::currentTestFailed())
            return;
        const ConnectionId client = f.workbench->connectTo({ QStringLiteral("127.0.0.1"), port });
        QByteArray line;
        PeerProcess::readLine(peer, &line, TimeoutMs);
        QCOMPARE(line, QByteArrayLiteral("READY"));
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::Client, ConnectionState::Connected), TimeoutMs);
        f.click(client);
        f.expectPath({ S::Closed, S::SynSent, S::Established });

        f.clickClose();
        f.expectPath({ S::Closed, S::SynSent, S::Established, S::FinWait1, S::FinWait2 });
        peer.write("close\n");
        PeerProcess::readLine(peer, &line, TimeoutMs);
        QCOMPARE(line, QByteArrayLiteral("CLOSED"));
        f.expectPath({ S::Closed, S::SynSent, S::Established, S::FinWait1, S::FinWait2, S::TimeWait });
        peer.closeWriteChannel();
        PeerProcess::waitForExit(peer, TimeoutMs);
    }

    // The server closes first: SocketLab's client reads the end of the stream and closes too
    // (passive close), so it passes CLOSE_WAIT and LAST_ACK on its own.
    void clientPeerClosesFirst()
    {
        Fixture f;
        if (QTest::currentTestFailed())
            return;
        QProcess peer;
        startPython(peer, "hold_server.py", {});
        if (QTest::currentTestFailed())
            return;
        quint16 port = 0;
        PeerProcess::readPort(peer, &port, TimeoutMs);
        if (QTest::currentTestFailed())
            return;
        const ConnectionId client = f.workbench->connectTo({ QStringLiteral("127.0.0.1"), port });
        QByteArray line;
        PeerProcess::readLine(peer, &line, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::Client, ConnectionState::Connected), TimeoutMs);
        f.click(client);
        f.expectPath({ S::Closed, S::SynSent, S::Established });
        peer.write("close\n");
        PeerProcess::readLine(peer, &line, TimeoutMs);
        QCOMPARE(line, QByteArrayLiteral("CLOSED"));
        f.expectPath({ S::Closed, S::SynSent, S::Established, S::CloseWait, S::LastAck, S::Closed });
        f.expectEndedClosed();
        peer.closeWriteChannel();
        PeerProcess::waitForExit(peer, TimeoutMs);
    }
};

QTEST_MAIN(tst_TcpStatePaths)
#include "tst_tcpstatepaths.moc"
