// SPDX-License-Identifier: GPL-3.0-or-later
// The connection info pane in the whole window: it follows the selection in the Sockets tree and
// shows what the kernel reports for a live loopback connection, before and after it is closed
// from the tree's context menu, and for a Unix connection who the peer process is.
#include "connectioninfopane.h"
#include "connectionmenu.h"
#include "connectiontreemodel.h"
#include "tcpstatediagram.h"
#include "udpendpoint.h"

#include "windowfixture.h"

#include <QAction>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

#include <unistd.h>

namespace {

constexpr int TimeoutMs = 20000;

} // namespace

class tst_ConnectionInfoPane : public QObject
{
    Q_OBJECT

private:
    // Opens the Sockets tree's context menu on id and triggers the action with this object name.
    static void triggerTreeAction(WindowFixture &f, ConnectionId id, const QString &action)
    {
        QTreeView *tree = f.window->connectionView();
        QTRY_VERIFY_WITH_TIMEOUT(f.window->connectionModel()->indexOf(id).isValid(), TimeoutMs);
        const QRect row = tree->visualRect(f.window->connectionModel()->indexOf(id));
        QVERIFY(row.isValid());
        Q_EMIT tree->customContextMenuRequested(row.center());
        ConnectionMenu *menu = f.window->findChild<ConnectionMenu *>();
        QVERIFY(menu);
        QAction *found = menu->findChild<QAction *>(action);
        QVERIFY2(found, qPrintable(action));
        QVERIFY(found->isEnabled());
        found->trigger();
        delete menu;   // a closed menu is deleted later; the next lookup must not find it
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheKernelStateOfTheSelectedConnection()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        Workbench::ListenOptions listen;
        const ConnectionId listener = f.workbench->listen(listen);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find(ConnectionRole::Listener, ConnectionState::Listening), TimeoutMs);
        Workbench::ConnectOptions options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = f.find(ConnectionRole::Listener, ConnectionState::Listening)->localPort;
        const ConnectionId client = f.workbench->connectTo(options);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find(ConnectionRole::Client, ConnectionState::Connected), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find(ConnectionRole::Accepted, ConnectionState::Connected), TimeoutMs);

        ConnectionInfoPane *pane = f.window->connectionInfoPane();
        QVERIFY(pane->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(f.window->connectionModel()->indexOf(client).isValid(), TimeoutMs);
        f.window->connectionView()->setCurrentIndex(f.window->connectionModel()->indexOf(client));
        QCOMPARE(pane->connection(), client);
        QTRY_COMPARE_WITH_TIMEOUT(pane->stateText(), QStringLiteral("ESTABLISHED"), TimeoutMs);
        QVERIFY2(pane->valueText(tr("RTT")).contains(QStringLiteral("ms")),
            qPrintable(pane->valueText(tr("RTT"))));
        QVERIFY2(pane->valueText(tr("Congestion window")).contains(QStringLiteral("segment")),
            qPrintable(pane->valueText(tr("Congestion window"))));
        QCOMPARE(pane->diagram()->state(), TcpState::Established);
        QCOMPARE(pane->diagram()->path(),
            (QList<TcpState> { TcpState::Closed, TcpState::SynSent, TcpState::Established }));

        // The listener shows LISTEN.
        f.window->connectionView()->setCurrentIndex(f.window->connectionModel()->indexOf(listener));
        QTRY_COMPARE_WITH_TIMEOUT(pane->stateText(), QStringLiteral("LISTEN"), TimeoutMs);

        // Close the client from the tree's context menu: we close first, so FIN_WAIT, then (our own
        // accepted end closes at once) TIME_WAIT, which the kernel keeps after the socket is gone.
        f.window->connectionView()->setCurrentIndex(f.window->connectionModel()->indexOf(client));
        triggerTreeAction(f, client, QStringLiteral("close"));
        QTRY_VERIFY_WITH_TIMEOUT(
            f.session.connections().find(client)->state == ConnectionState::Closed, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(pane->stateText(), QStringLiteral("TIME_WAIT"), TimeoutMs);
        QCOMPARE(pane->diagram()->state(), TcpState::TimeWait);
        QVERIFY(pane->diagram()->path().endsWith(TcpState::TimeWait));
        // FIN_WAIT_1 lasts less than a refresh on loopback, but every route from ESTABLISHED to
        // TIME_WAIT passes it.
        QVERIFY(pane->diagram()->path().contains(TcpState::FinWait1));
        QVERIFY(pane->valueText(tr("RTT")).contains(tr("closed in SocketLab")));
    }

    // A Unix connection from socat: the pane names socat by its pid (SO_PEERCRED), and pairs the
    // ends by inode: a SocketLab client's socket is its accepted end's peer.
    void showsThePeerProcessOfAUnixConnection()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        const QString socat = QStandardPaths::findExecutable(QStringLiteral("socat"));
        QVERIFY2(!socat.isEmpty(), "socat is not on PATH (Debian package socat; scripts/setup installs it)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pane.sock"));
        const ConnectionId listener = f.workbench->listen(Workbench::ListenOptions::at(parseUnixAddress(path)));
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::Listener, ConnectionState::Listening), TimeoutMs);
        QProcess peer;
        peer.start(socat, {QStringLiteral("-"), QStringLiteral("UNIX-CONNECT:") + path});
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::Accepted, ConnectionState::Connected), TimeoutMs);
        const ConnectionId accepted = f.find(ConnectionRole::Accepted, ConnectionState::Connected)->id;

        ConnectionInfoPane *pane = f.window->connectionInfoPane();
        QTRY_VERIFY_WITH_TIMEOUT(f.window->connectionModel()->indexOf(accepted).isValid(), TimeoutMs);
        f.window->connectionView()->setCurrentIndex(f.window->connectionModel()->indexOf(accepted));
        QTRY_COMPARE_WITH_TIMEOUT(pane->stateText(), QStringLiteral("ESTABLISHED"), TimeoutMs);
        QCOMPARE(pane->valueText(tr("Peer process")),
            QStringLiteral("pid %1 (socat), uid %2, gid %3").arg(peer.processId()).arg(::getuid()).arg(::getgid()));
        QVERIFY(!pane->diagram()->isVisible());   // no TCP state machine for a Unix socket
        static const QRegularExpression inodes(QStringLiteral("^socket (\\d+), peer (\\d+)$"));
        QVERIFY2(inodes.match(pane->valueText(tr("Inodes"))).hasMatch(), qPrintable(pane->valueText(tr("Inodes"))));

        // A client of our own: its socket is the peer of the connection accepted for it.
        const ConnectionId client = f.workbench->connectTo(Workbench::ConnectOptions::to(parseUnixAddress(path)));
        QTRY_VERIFY_WITH_TIMEOUT(f.session.connections().find(client)->state == ConnectionState::Connected, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(f.session.connections().find(listener)->acceptedCount, quint32(2), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(f.window->connectionModel()->indexOf(client).isValid(), TimeoutMs);
        f.window->connectionView()->setCurrentIndex(f.window->connectionModel()->indexOf(client));
        // The client's peer is this process (the listener): its answer has come when the pane
        // stops naming socat.
        const QString ours = QStringLiteral("pid %1 ").arg(QCoreApplication::applicationPid());
        QTRY_VERIFY_WITH_TIMEOUT(pane->valueText(tr("Peer process")).startsWith(ours), TimeoutMs);
        QVERIFY(inodes.match(pane->valueText(tr("Inodes"))).hasMatch());
        const QString clientSocket = inodes.match(pane->valueText(tr("Inodes"))).captured(1);
        ConnectionId second = 0;
        for (const ConnectionInfo &info : f.session.connections().snapshot()) {
            if (info.role == ConnectionRole::Accepted && info.id != accepted)
                second = info.id;
        }
        QTRY_VERIFY_WITH_TIMEOUT(f.window->connectionModel()->indexOf(second).isValid(), TimeoutMs);
        f.window->connectionView()->setCurrentIndex(f.window->connectionModel()->indexOf(second));
        QTRY_COMPARE_WITH_TIMEOUT(inodes.match(pane->valueText(tr("Inodes"))).captured(2), clientSocket, TimeoutMs);
        QCOMPARE(pane->valueText(tr("Peer process")).section(QLatin1Char(' '), 0, 1),
            QStringLiteral("pid %1").arg(QCoreApplication::applicationPid()));
        peer.closeWriteChannel();
        QVERIFY(peer.waitForFinished(TimeoutMs));
    }

    // A UDP socket selected in the tree: the pane shows the kernel's view of it (bound address,
    // buffers, drops from sock_diag and /proc/net/udp), and no TCP state machine.
    void showsTheKernelsViewOfAUdpSocket()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        const ConnectionId socket = f.workbench->openUdp(UdpOptions());
        QTRY_VERIFY_WITH_TIMEOUT(f.session.connections().find(socket)
                                     && f.session.connections().find(socket)->localPort != 0,
                                 TimeoutMs);
        const quint16 port = f.session.connections().find(socket)->localPort;
        ConnectionInfoPane *pane = f.window->connectionInfoPane();
        QTRY_VERIFY_WITH_TIMEOUT(f.window->connectionModel()->indexOf(socket).isValid(), TimeoutMs);
        f.window->connectionView()->setCurrentIndex(f.window->connectionModel()->indexOf(socket));
        const auto shown = [pane](const QString &text) {
            const QList<QLabel *> labels = pane->findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(), [&text](const QLabel *label) {
                return label->isVisible() && label->text().contains(text);
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(shown(QStringLiteral("Bound: 127.0.0.1:%1").arg(port)), TimeoutMs);
        QVERIFY(shown(QStringLiteral("0 (sock_diag), 0 (/proc/net/udp)")));
        QVERIFY(shown(QStringLiteral("SO_SNDBUF / SO_RCVBUF")));
        QVERIFY(!pane->diagram()->isVisible());   // no TCP state machine for a UDP socket
    }

    void pausesAcceptingFromTheTree()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        const ConnectionId listener = f.workbench->listen({});
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find(ConnectionRole::Listener, ConnectionState::Listening), TimeoutMs);
        triggerTreeAction(f, listener, QStringLiteral("pauseAccepting"));
        QTRY_VERIFY_WITH_TIMEOUT(
            f.session.connections().find(listener)->acceptingPaused, TimeoutMs);
        triggerTreeAction(f, listener, QStringLiteral("pauseAccepting")); // now "Resume accepting"
        QTRY_VERIFY_WITH_TIMEOUT(
            !f.session.connections().find(listener)->acceptingPaused, TimeoutMs);
    }

    void reopenedSessionSaysThereIsNoKernel()
    {
        Session session(std::make_unique<SessionClock>());
        ConnectionInfoPane pane(session, nullptr);
        ConnectionInfo info;
        info.id = session.connections().reserveId();
        info.name = QStringLiteral("C1");
        session.connections().setIdentity(info);
        pane.setConnection(info.id);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QList<QLabel *> labels = pane.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible() && label->text().contains(QStringLiteral("live session"));
        }));
    }
};

QTEST_MAIN(tst_ConnectionInfoPane)
#include "tst_connectioninfopane.moc"
