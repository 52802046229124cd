// SPDX-License-Identifier: GPL-3.0-or-later
// What the socket rows tell the user about risk and pressure, in the real window on the
// offscreen platform: listeners default to loopback, a listener on every interface carries a
// warning on its row, and bytes piling up in our send queue show on the connection's row.
#include "connectiontreemodel.h"
#include "endpointpanel.h"
#include "mainwindow.h"
#include "session.h"
#include "workbench.h"

#include <QComboBox>
#include <QIcon>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace {

constexpr int TimeoutMs = 30000;

struct Window
{
    QTemporaryDir dir;
    Session session { std::make_unique<SessionClock>() };
    std::unique_ptr<Workbench> workbench;
    std::unique_ptr<MainWindow> window;

    Window()
    {
        QString error;
        QVERIFY2(session.startRecording(dir.filePath(QStringLiteral("safety.socketlab")), &error),
            qPrintable(error));
        workbench = std::make_unique<Workbench>(session);
        window = std::make_unique<MainWindow>(*workbench);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
    ~Window()
    {
        window.reset();
        workbench.reset();
    }
    std::optional<ConnectionInfo> listenerOn(const QHostAddress &address) const
    {
        for (const ConnectionInfo &info : session.connections().snapshot())
            if (info.isListener() && info.state == ConnectionState::Listening
                && info.localAddress == address)
                return info;
        return std::nullopt;
    }
    QVariant rowData(ConnectionId id, int column, int role) const
    {
        return window->connectionModel()->indexOf(id, column).data(role);
    }
    void listenThroughThePanel(const QString &address)
    {
        EndpointPanel *endpoints = window->endpointPanel();
        endpoints->bindAddressField()->setCurrentText(address);
        endpoints->listenPortField()->setText(QStringLiteral("0"));
        QVERIFY(endpoints->listenButton()->isEnabled());
        QTest::mouseClick(endpoints->listenButton(), Qt::LeftButton);
    }
};

} // namespace

class tst_SafetyDefaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listenersDefaultToLoopback()
    {
        QCOMPARE(Workbench::ListenOptions().address, QHostAddress(QHostAddress::LocalHost));
        Window w;
        QCOMPARE(w.window->endpointPanel()->bindAddressField()->currentText(),
            QStringLiteral("127.0.0.1"));
    }

    void listenerOnAllInterfacesWarnsOnItsRow()
    {
        Window w;
        w.listenThroughThePanel(QStringLiteral("127.0.0.1"));
        w.listenThroughThePanel(QStringLiteral("0.0.0.0"));
        QTRY_VERIFY_WITH_TIMEOUT(w.listenerOn(QHostAddress(QHostAddress::AnyIPv4)), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(w.listenerOn(QHostAddress(QHostAddress::LocalHost)), TimeoutMs);
        const ConnectionId exposed = w.listenerOn(QHostAddress(QHostAddress::AnyIPv4))->id;
        const ConnectionId local = w.listenerOn(QHostAddress(QHostAddress::LocalHost))->id;
        QTRY_VERIFY_WITH_TIMEOUT(
            w.window->connectionModel()->indexOf(exposed).isValid(), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(w.window->connectionModel()->indexOf(local).isValid(), TimeoutMs);

        const auto icon = w.rowData(exposed, ConnectionTreeModel::StateColumn, Qt::DecorationRole)
                              .value<QIcon>();
        QVERIFY2(!icon.isNull(), "no warning icon on the row of a listener on 0.0.0.0");
        const QString tip
            = w.rowData(exposed, ConnectionTreeModel::NameColumn, Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("Reachable from other machines")), qPrintable(tip));
        const QString state
            = w.rowData(exposed, ConnectionTreeModel::StateColumn, Qt::DisplayRole).toString();
        QVERIFY2(state.contains(QStringLiteral("all interfaces")), qPrintable(state));

        QVERIFY(w.rowData(local, ConnectionTreeModel::StateColumn, Qt::DecorationRole)
                    .value<QIcon>()
                    .isNull());
        QVERIFY(w.rowData(local, ConnectionTreeModel::NameColumn, Qt::ToolTipRole)
                    .toString()
                    .isEmpty());
        QCOMPARE(w.rowData(local, ConnectionTreeModel::StateColumn, Qt::DisplayRole).toString(),
            QStringLiteral("listening"));
    }

    // A peer that stops reading: its window closes, then our buffers fill. The row says how
    // much waits, and the window keeps answering.
    void queuedBytesShowOnTheConnectionRow()
    {
        Window w;
        QTcpServer peer;
        QVERIFY2(peer.listen(QHostAddress::LocalHost, 0), qPrintable(peer.errorString()));
        const ConnectionId client
            = w.workbench->connectTo({ QStringLiteral("127.0.0.1"), peer.serverPort() });
        QTRY_VERIFY_WITH_TIMEOUT(peer.hasPendingConnections(), TimeoutMs);
        std::unique_ptr<QTcpSocket> stalled(peer.nextPendingConnection());
        stalled->setReadBufferSize(4096); // Qt stops reading from the kernel when it holds 4 kB
        QTRY_COMPARE_WITH_TIMEOUT(
            w.session.connections().find(client)->state, ConnectionState::Connected, TimeoutMs);

        w.workbench->send(client, QByteArray(16 * 1024 * 1024, 'q'));
        QTRY_VERIFY_WITH_TIMEOUT(
            w.rowData(client, ConnectionTreeModel::StateColumn, Qt::DisplayRole)
                .toString()
                .contains(QStringLiteral("queued to send")),
            TimeoutMs);
        const QString state
            = w.rowData(client, ConnectionTreeModel::StateColumn, Qt::DisplayRole).toString();
        QVERIFY2(state.startsWith(QStringLiteral("connected, "))
                && state.contains(QStringLiteral(" MiB queued")),
            qPrintable(state));

        // The window still reacts: a field validates as it is typed.
        EndpointPanel *endpoints = w.window->endpointPanel();
        endpoints->listenPortField()->setText(QStringLiteral("70000"));
        QVERIFY(!endpoints->listenButton()->isEnabled());

        // The peer reads everything: the queue empties and the row says so.
        stalled->setReadBufferSize(0);
        qint64 read = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (read += stalled->readAll().size()) == 16 * 1024 * 1024, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            !w.rowData(client, ConnectionTreeModel::StateColumn, Qt::DisplayRole)
                 .toString()
                 .contains(QStringLiteral("queued")),
            TimeoutMs);
    }
};

QTEST_MAIN(tst_SafetyDefaults)
#include "tst_safetydefaults.moc"
