// SPDX-License-Identifier: GPL-3.0-or-later
// A listener that failed to bind says "failed" in every pane: typed into the Listen form on the
// port another listener already holds, then clicked in the Sockets tree, it must not borrow the
// other listener's socket in the connection info pane ("listening on …, TCP state LISTEN") nor
// be called a listener in the Send panel.
#include "connectioninfopane.h"
#include "connectiontreemodel.h"
#include "endpointpanel.h"
#include "sendpanel.h"
#include "tcpstatediagram.h"

#include "windowfixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeView>

#include <algorithm>

namespace {

constexpr int TimeoutMs = 15000;

void typeInto(QLineEdit *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
    QCOMPARE(field->text(), text);
}

std::optional<ConnectionInfo> listenerIn(const WindowFixture &f, ConnectionState state)
{
    return f.find(ConnectionRole::Listener, state);
}

} // namespace

class tst_FailedListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aListenerThatFailedToBindSaysFailedEverywhere()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        EndpointPanel *panel = f.window->endpointPanel();
        typeInto(panel->listenPortField(), QStringLiteral("0"));
        QTest::keyClick(panel->listenPortField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(listenerIn(f, ConnectionState::Listening), TimeoutMs);
        const ConnectionInfo first = *listenerIn(f, ConnectionState::Listening);
        QVERIFY(first.localPort != 0);

        typeInto(panel->listenPortField(), QString::number(first.localPort));
        QTest::keyClick(panel->listenPortField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(listenerIn(f, ConnectionState::Failed), TimeoutMs);
        const ConnectionInfo failed = *listenerIn(f, ConnectionState::Failed);
        QCOMPARE(failed.lastError.isEmpty(), false);

        QTreeView *tree = f.window->connectionView();
        QTRY_VERIFY_WITH_TIMEOUT(f.window->connectionModel()->indexOf(failed.id).isValid(), TimeoutMs);
        const QRect row = tree->visualRect(f.window->connectionModel()->indexOf(failed.id));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(f.window->currentConnection(), failed.id);

        // The pane asks the kernel, as its timer does; the answer must not be the other socket's.
        ConnectionInfoPane *pane = f.window->connectionInfoPane();
        QSignalSpy answers(f.workbench.get(), &Workbench::kernelInfoReady);
        pane->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(answers.cbegin(), answers.cend(),
                [&](const QList<QVariant> &answer) {
                    return answer.at(0).value<TcpKernelInfo>().connection == failed.id;
                }),
            TimeoutMs);
        for (const QList<QVariant> &answer : std::as_const(answers)) {
            const auto info = answer.at(0).value<TcpKernelInfo>();
            if (info.connection == failed.id)
                QVERIFY2(!info.found, "the kernel's answer for the failed listener is another socket");
        }
        const QString title = pane->findChild<QLabel *>(QStringLiteral("title"))->text();
        QVERIFY2(title.contains(QLatin1String("failed")), qPrintable(title));
        QVERIFY2(!title.contains(QLatin1String("listening")), qPrintable(title));
        QVERIFY2(title.contains(failed.lastError), qPrintable(title));
        QVERIFY2(pane->stateText() != QLatin1String("LISTEN"), qPrintable(pane->stateText()));
        QCOMPARE(pane->diagram()->state(), TcpState::Unknown);

        const QString target = f.window->sendPanel()->findChild<QLabel *>(QStringLiteral("target"))->text();
        QVERIFY2(target.contains(QLatin1String("failed")), qPrintable(target));
        QVERIFY2(!target.contains(QLatin1String("listens")), qPrintable(target));
        QVERIFY(!f.window->sendPanel()->closeButton()->isEnabled());

        // The listener that did bind is still shown as itself.
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
            tree->visualRect(f.window->connectionModel()->indexOf(first.id)).center());
        QTRY_COMPARE_WITH_TIMEOUT(pane->stateText(), QStringLiteral("LISTEN"), TimeoutMs);
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("title"))->text().contains(QLatin1String("listening on")));
    }
};

QTEST_MAIN(tst_FailedListener)
#include "tst_failedlistener.moc"
