// SPDX-License-Identifier: GPL-3.0-or-later
// "Stop repeating" can be clicked only while a repeated send has sends to come: not on a
// connection that sends once, not before, not after the repeats ran out or were stopped. Driven
// as a user does: a click on the client in the Sockets tree, the count and interval typed, Send
// and Stop repeating clicked.
#include "connectiontreemodel.h"
#include "sendpanel.h"

#include "windowfixture.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTreeView>

namespace {

constexpr int TimeoutMs = 15000;

void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

} // namespace

class tst_StopRepeating : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void enabledOnlyWhileARepeatRuns()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        const ConnectionId listener = f.workbench->listen({});
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::Listener, ConnectionState::Listening), TimeoutMs);
        const ConnectionId client
            = f.workbench->connectTo({ QStringLiteral("127.0.0.1"), f.session.connections().find(listener)->localPort });
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::Client, ConnectionState::Connected), TimeoutMs);
        QTreeView *tree = f.window->connectionView();
        QTRY_VERIFY_WITH_TIMEOUT(f.window->connectionModel()->indexOf(client).isValid(), TimeoutMs);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
            tree->visualRect(f.window->connectionModel()->indexOf(client)).center());

        SendPanel *send = f.window->sendPanel();
        QPushButton *stop = send->stopRepeatingButton();
        QCOMPARE(send->connection(), client);
        QVERIFY2(!stop->isEnabled(), "nothing repeats on a connection that was just selected");

        // One send: nothing to stop.
        typeInto(send->inputField(), QStringLiteral("once"));
        QTest::keyClick(send->inputField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(f.session.connections().find(client)->chunksOut, quint64(1), TimeoutMs);
        QVERIFY(!stop->isEnabled());

        // A long repeat: Stop repeating comes on, and its click stops the repeat and itself.
        typeInto(send->repeatBox(), QStringLiteral("100000"));
        typeInto(send->intervalBox(), QStringLiteral("5"));
        QCOMPARE(send->repeatBox()->value(), 100000);
        QCOMPARE(send->intervalBox()->value(), 5);
        QTest::mouseClick(send->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(stop->isEnabled(), TimeoutMs);
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!stop->isEnabled(), TimeoutMs);

        // A short repeat that runs out by itself turns it off again.
        typeInto(send->repeatBox(), QStringLiteral("3"));
        typeInto(send->intervalBox(), QStringLiteral("1000"));
        const quint64 before = f.session.connections().find(client)->chunksOut;
        QTest::mouseClick(send->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(stop->isEnabled(), TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(f.session.connections().find(client)->chunksOut, before + 3, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!stop->isEnabled(), TimeoutMs);
    }
};

QTEST_MAIN(tst_StopRepeating)
#include "tst_stoprepeating.moc"
