// SPDX-License-Identifier: GPL-3.0-or-later
// A UDP socket's options from its right-click menu (issue 16, item 5): broadcast, joining and
// leaving a multicast group typed as a user types it, TTL, loopback, SO_RCVBUF and the peer cap,
// each answered in dialogs with key strokes; the row says what is set, and a datagram a Python
// peer sends to the group arrives. Multicast needs a route on loopback: the test runs itself in a
// network namespace it makes (NetworkNamespace).
#include "connectionmenu.h"
#include "connectiontreemodel.h"
#include "multicastjoindialog.h"
#include "networknamespace.h"
#include "peerprocess.h"
#include "windowfixture.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

namespace {

constexpr int TimeoutMs = 20000;

// Runs answer on the next modal dialog once it is shown: start it before the action opens one.
void answerNextDialog(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start(20);
}

// Types value into an input dialog's number field, replacing what it shows, and presses Enter.
void typeNumber(QWidget *dialog, const QString &value)
{
    auto *spin = dialog->findChild<QAbstractSpinBox *>();
    QVERIFY(spin);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, value);
    QTest::keyClick(spin, Qt::Key_Return);
}

} // namespace

class TestUdpSocketMenu : public QObject
{
    Q_OBJECT

    WindowFixture f;
    ConnectionId m_socket = 0;

    ConnectionInfo info() const { return f.session.connections().find(m_socket).value_or(ConnectionInfo()); }
    QString stateCell() const
    {
        return f.window->connectionModel()->indexOf(m_socket, ConnectionTreeModel::StateColumn).data().toString();
    }

    // Opens the socket's context menu in the tree and triggers the action with this object name.
    void trigger(const QString &action)
    {
        QTreeView *tree = f.window->connectionView();
        QTRY_VERIFY_WITH_TIMEOUT(f.window->connectionModel()->indexOf(m_socket).isValid(), TimeoutMs);
        Q_EMIT tree->customContextMenuRequested(tree->visualRect(f.window->connectionModel()->indexOf(m_socket)).center());
        ConnectionMenu *menu = f.window->findChild<ConnectionMenu *>();
        QVERIFY(menu);
        QAction *found = menu->findChild<QAction *>(action);
        QVERIFY2(found && found->isEnabled(), qPrintable(action));
        found->trigger();
        delete menu;
    }

    // Types text into the join dialog key by key, checks what the dialog says, and joins (or cancels
    // when the text is no group).
    void join(const QString &text, const QString &problem)
    {
        bool answered = false;
        answerNextDialog([&](QWidget *widget) {
            answered = true;
            auto *dialog = qobject_cast<MulticastJoinDialog *>(widget);
            QVERIFY(dialog);
            QTest::keyClicks(dialog->field(), text);
            QCOMPARE(dialog->field()->text(), text);
            QCOMPARE(dialog->field()->cursorPosition(), text.size());
            QVERIFY2(dialog->problemLabel()->text().contains(problem), qPrintable(dialog->problemLabel()->text()));
            const bool valid = problem.isEmpty();
            QCOMPARE(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled(), valid);
            QTest::keyClick(dialog->field(), valid ? Qt::Key_Return : Qt::Key_Escape);
        });
        trigger(QStringLiteral("join"));
        QVERIFY(answered);
    }

private Q_SLOTS:
    void initTestCase() { f.start(); }

    void optionsFromTheMenuInsideNamespace()
    {
        if (!NetworkNamespace::inside(this, QStringLiteral("ip link set lo up && ip link set lo multicast on "
                                                           "&& ip route add 224.0.0.0/4 dev lo")))
            return;
        UdpOptions options;
        options.address = QHostAddress(QHostAddress::AnyIPv4);   // group datagrams go to the group's address
        m_socket = f.workbench->openUdp(options);
        QTRY_COMPARE_WITH_TIMEOUT(info().state, ConnectionState::Bound, TimeoutMs);
        const quint16 port = info().localPort;
        QVERIFY(!info().udp.broadcast);   // a native socket starts without it, unlike QUdpSocket

        trigger(QStringLiteral("broadcast"));
        QTRY_VERIFY_WITH_TIMEOUT(info().udp.broadcast, TimeoutMs);
        QTRY_VERIFY2_WITH_TIMEOUT(stateCell().contains(QStringLiteral("broadcast allowed")), qPrintable(stateCell()),
                                  TimeoutMs);

        // Typing mistakes are said under the field and join nothing; a group joins.
        join(QStringLiteral("10.0.0.1"), QStringLiteral("not a multicast address"));
        join(QStringLiteral("239.1.2.3@"), QStringLiteral("the interface name after @ is missing"));
        QVERIFY(info().udp.multicastGroups.isEmpty());
        join(QStringLiteral("239.1.2.3@lo"), QString());
        QTRY_COMPARE_WITH_TIMEOUT(info().udp.multicastGroups, QStringList{QStringLiteral("239.1.2.3@lo")}, TimeoutMs);
        QTRY_VERIFY2_WITH_TIMEOUT(stateCell().contains(QStringLiteral("member of 239.1.2.3 on lo")),
                                  qPrintable(stateCell()), TimeoutMs);
        // The system's refusal is the socket's error, where the row shows it.
        join(QStringLiteral("239.1.2.4@nosuch0"), QString());
        QTRY_VERIFY2_WITH_TIMEOUT(stateCell().contains(QStringLiteral("no such interface: nosuch0")),
                                  qPrintable(stateCell()), TimeoutMs);

        // A peer in another process sends to the group: it arrives.
        QString python;
        PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
        QProcess peer;
        peer.start(python, {QStringLiteral("-c"),
                            QStringLiteral("import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); "
                                           "s.sendto(b'to the group', ('239.1.2.3', %1))")
                                .arg(port)});
        PeerProcess::waitForExit(peer, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(info().bytesIn, quint64(12), TimeoutMs);

        answerNextDialog([](QWidget *dialog) { typeNumber(dialog, QStringLiteral("5")); });
        trigger(QStringLiteral("hops"));
        QTRY_COMPARE_WITH_TIMEOUT(info().udp.multicastHops, 5, TimeoutMs);

        QVERIFY(info().udp.multicastLoopback);
        trigger(QStringLiteral("multicastLoopback"));
        QTRY_VERIFY_WITH_TIMEOUT(!info().udp.multicastLoopback, TimeoutMs);

        answerNextDialog([](QWidget *dialog) { typeNumber(dialog, QStringLiteral("4096")); });
        trigger(QStringLiteral("receiveBuffer"));
        QTRY_COMPARE_WITH_TIMEOUT(info().udp.receiveBuffer, 8192, TimeoutMs);   // the kernel doubles it

        answerNextDialog([](QWidget *dialog) { typeNumber(dialog, QStringLiteral("3")); });
        trigger(QStringLiteral("peerCap"));
        QTRY_COMPARE_WITH_TIMEOUT(info().connectionCap, 3, TimeoutMs);

        // Leave, from the submenu that lists the groups joined.
        QTreeView *tree = f.window->connectionView();
        Q_EMIT tree->customContextMenuRequested(tree->visualRect(f.window->connectionModel()->indexOf(m_socket)).center());
        ConnectionMenu *menu = f.window->findChild<ConnectionMenu *>();
        QVERIFY(menu);
        QMenu *leave = menu->findChild<QMenu *>(QStringLiteral("leave"));
        QVERIFY(leave && leave->isEnabled());
        QCOMPARE(leave->actions().size(), 1);
        QCOMPARE(leave->actions().first()->text(), QStringLiteral("239.1.2.3 on lo"));
        leave->actions().first()->trigger();
        delete menu;
        QTRY_VERIFY_WITH_TIMEOUT(info().udp.multicastGroups.isEmpty(), TimeoutMs);
        QTRY_VERIFY2_WITH_TIMEOUT(!stateCell().contains(QStringLiteral("member of")), qPrintable(stateCell()), TimeoutMs);
    }
};

QTEST_MAIN(TestUdpSocketMenu)
#include "tst_udpsocketmenu.moc"
