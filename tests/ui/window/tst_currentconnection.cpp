// SPDX-License-Identifier: GPL-3.0-or-later
// One current connection, the same in every pane. After the echo demo (started from the welcome
// page) and after each click a user makes — a row of the Sockets tree, a row of the log — the
// tree, the connection info pane, the Send panel, the chart's legend and the packet view all
// name the same connection.
#include "bytelogfilter.h"
#include "bytelogmodel.h"
#include "bytelogview.h"
#include "connectioninfopane.h"
#include "connectiontreemodel.h"
#include "hexview.h"
#include "lessonpanel.h"
#include "packetview.h"
#include "sendpanel.h"
#include "throughputchart.h"
#include "welcomedialog.h"

#include "qcustomplotinclude.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QStandardPaths>
#include <QTreeView>

namespace {

constexpr int TimeoutMs = 20000;

QString infoTitle(const WindowFixture &f)
{
    return f.window->connectionInfoPane()->findChild<QLabel *>(QStringLiteral("title"))->text();
}

QString sendTarget(const WindowFixture &f)
{
    return f.window->sendPanel()->findChild<QLabel *>(QStringLiteral("target"))->text();
}

ConnectionId treeCurrent(const WindowFixture &f)
{
    return f.window->connectionView()->currentIndex().data(ConnectionTreeModel::ConnectionIdRole).toUInt();
}

QString legend(const WindowFixture &f)
{
    return f.window->chart()->graph(ThroughputChart::SelectedIn)->name();
}

// Every pane is on id, whose name is name.
void checkEveryPaneOn(const WindowFixture &f, ConnectionId id)
{
    const QString name = f.session.connections().find(id)->name;
    const QString bold = QStringLiteral("<b>%1</b>").arg(name);
    QCOMPARE(f.window->currentConnection(), id);
    QTRY_COMPARE_WITH_TIMEOUT(treeCurrent(f), id, TimeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT(infoTitle(f).startsWith(bold), qPrintable(infoTitle(f)), TimeoutMs);
    QCOMPARE(f.window->connectionInfoPane()->connection(), id);
    QVERIFY2(sendTarget(f).contains(bold), qPrintable(sendTarget(f)));
    QCOMPARE(f.window->sendPanel()->connection(), id);
    QCOMPARE(f.window->chart()->selectedConnection(), id);
    QCOMPARE(legend(f), QStringLiteral("Received: %1").arg(name));
}

void clickTreeRow(const WindowFixture &f, ConnectionId id)
{
    QTreeView *tree = f.window->connectionView();
    QTRY_VERIFY_WITH_TIMEOUT(f.window->connectionModel()->indexOf(id).isValid(), TimeoutMs);
    const QRect row = tree->visualRect(f.window->connectionModel()->indexOf(id));
    QVERIFY(row.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, row.center());
}

// The log row (as the view shows it) of the first event of this kind on this connection.
int logRow(const WindowFixture &f, ConnectionId id, EventKind kind)
{
    const ByteLogFilter *filter = f.window->logFilter();
    for (int row = 0; row < filter->rowCount(); ++row) {
        const qint64 index = filter->index(row, 0).data(ByteLogModel::EventIndexRole).toLongLong();
        const TrafficEvent &event = f.session.log().event(index);
        if (event.connection == id && event.kind == kind)
            return row;
    }
    return -1;
}

void clickLogRow(const WindowFixture &f, int row, Qt::KeyboardModifiers modifiers = {})
{
    ByteLogView *view = f.window->logView();
    const QModelIndex index = f.window->logFilter()->index(row, ByteLogModel::PreviewColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

} // namespace

class tst_CurrentConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyPaneFollowsTheOneCurrentConnection()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        WelcomeDialog *welcome = f.window->createWelcome();
        welcome->show();
        QTest::mouseClick(welcome->echoDemoButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::Accepted, ConnectionState::Connected), TimeoutMs);
        const ConnectionId client = f.find(ConnectionRole::Client, ConnectionState::Connected)->id;
        const ConnectionId accepted = f.find(ConnectionRole::Accepted, ConnectionState::Connected)->id;
        QTRY_COMPARE_WITH_TIMEOUT(f.session.connections().find(client)->bytesIn, quint64(12), TimeoutMs);

        // The demo chose its client before the session knew it: every pane catches up.
        checkEveryPaneOn(f, client);
        if (QTest::currentTestFailed())
            return;

        // A click on the accepted connection in the tree.
        clickTreeRow(f, accepted);
        checkEveryPaneOn(f, accepted);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(f.window->packetView()->hexView()->placeholderText().contains(
                     f.session.connections().find(accepted)->name),
            qPrintable(f.window->packetView()->hexView()->placeholderText()));

        // A click on the client's echo in the log: its bytes, and every pane on the client.
        QTRY_VERIFY_WITH_TIMEOUT(logRow(f, client, EventKind::Received) >= 0, TimeoutMs);
        clickLogRow(f, logRow(f, client, EventKind::Received));
        QCOMPARE(f.window->packetView()->hexView()->data(), QByteArrayLiteral("hello, echo\n"));
        checkEveryPaneOn(f, client);
        if (QTest::currentTestFailed())
            return;

        // Clicking the client again in the tree keeps its row selected; the listener does not.
        clickTreeRow(f, client);
        checkEveryPaneOn(f, client);
        QCOMPARE(f.window->logView()->selectionModel()->selectedRows().size(), 1);
        const ConnectionId listener = f.find(ConnectionRole::Listener, ConnectionState::Listening)->id;
        clickTreeRow(f, listener);
        checkEveryPaneOn(f, listener);
        QVERIFY(f.window->logView()->selectionModel()->selectedRows().isEmpty());
        QVERIFY(f.window->packetView()->hexView()->data().isEmpty());
    }

    // The chart (and every other pane) does not stay on a connection of an earlier lesson: a
    // lesson chosen in the lesson panel starts with no connection selected.
    void aLessonStartsWithoutTheEarlierConnection()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        const ConnectionId listener = f.workbench->listen({});
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::Listener, ConnectionState::Listening), TimeoutMs);
        clickTreeRow(f, listener);
        checkEveryPaneOn(f, listener);
        if (QTest::currentTestFailed())
            return;

        QComboBox *lessons = f.window->lessonPanel()->lessonBox();
        QVERIFY(lessons->count() > 1);
        lessons->setFocus();
        QTest::keyClick(lessons, Qt::Key_Down);
        QCOMPARE(lessons->currentIndex(), 1);
        QCOMPARE(f.window->currentConnection(), ConnectionId(0));
        QCOMPARE(f.window->chart()->selectedConnection(), ConnectionId(0));
        QVERIFY(!f.window->chart()->graph(ThroughputChart::SelectedIn)->visible());
        QCOMPARE(f.window->connectionInfoPane()->connection(), ConnectionId(0));
        QCOMPARE(f.window->sendPanel()->connection(), ConnectionId(0));
        QCOMPARE(treeCurrent(f), ConnectionId(0));
    }
};

QTEST_MAIN(tst_CurrentConnection)
#include "tst_currentconnection.moc"
