// SPDX-License-Identifier: GPL-3.0-or-later
// The Listen and Connect forms with the kind of socket chosen from the keyboard: a Unix listener
// on a typed path, a client of it, and the system's refusal (a regular file in the way) shown
// next to the field as well as in the log.
#include "connectiontreemodel.h"
#include "endpointpanel.h"
#include "sendpanel.h"

#include "windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

namespace {

constexpr int TimeoutMs = 15000;

// Chooses the Unix kind in a form's combo box as a user does: focus, then the arrow key.
void chooseUnix(QComboBox *kind)
{
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(EndpointKind(kind->currentData().toInt()), EndpointKind::Unix);
}

void typeInto(QLineEdit *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
    QCOMPARE(field->text(), text);
}

} // namespace

class tst_EndpointPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unixListenerAndClientFromTheForms()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        EndpointPanel *panel = f.window->endpointPanel();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typed.sock"));

        QVERIFY(panel->listenPortField()->isVisible());
        QVERIFY(!panel->listenPathField()->isVisible());
        chooseUnix(panel->listenKindField());
        QVERIFY(panel->listenPathField()->isVisible());
        QVERIFY(!panel->listenPortField()->isVisible());
        QVERIFY(!panel->bindAddressField()->isVisible());
        typeInto(panel->listenPathField(), path);
        QVERIFY(panel->listenButton()->isEnabled());
        QTest::keyClick(panel->listenPathField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find(ConnectionRole::Listener, ConnectionState::Listening), TimeoutMs);
        const ConnectionInfo listener
            = *f.find(ConnectionRole::Listener, ConnectionState::Listening);
        QCOMPARE(listener.kind, EndpointKind::Unix);
        QCOMPARE(listener.localPath, path);
        QVERIFY(QFile::exists(path));

        chooseUnix(panel->connectKindField());
        QVERIFY(!panel->hostField()->isVisible());
        typeInto(panel->connectPathField(), path);
        QTest::keyClick(panel->connectPathField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find(ConnectionRole::Client, ConnectionState::Connected), TimeoutMs);
        QCOMPARE(f.find(ConnectionRole::Client, ConnectionState::Connected)->peerPath, path);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find(ConnectionRole::Accepted, ConnectionState::Connected), TimeoutMs);
        QVERIFY(!panel->connectMessage()->isVisible());

        // A Unix socket has no FIN and no RST: the send panel names what Close and Abort do.
        const ConnectionId client = f.find(ConnectionRole::Client, ConnectionState::Connected)->id;
        QTreeView *tree = f.window->connectionView();
        QTRY_VERIFY_WITH_TIMEOUT(f.window->connectionModel()->indexOf(client).isValid(), TimeoutMs);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualRect(f.window->connectionModel()->indexOf(client)).center());
        SendPanel *send = f.window->sendPanel();
        QTRY_COMPARE(send->connection(), client);
        QCOMPARE(send->closeButton()->text(), QStringLiteral("Close"));
        QCOMPARE(send->abortButton()->text(), QStringLiteral("Abort (discard unsent)"));
        QVERIFY(!send->abortButton()->toolTip().contains(QStringLiteral("TCP RST")));
        QTest::mouseClick(send->abortButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::Accepted, ConnectionState::Closed), TimeoutMs);
    }

    // What the parser refuses is shown as it is typed; what the system refuses, once it has.
    void problemsShownNextToTheField()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        EndpointPanel *panel = f.window->endpointPanel();
        chooseUnix(panel->listenKindField());
        typeInto(panel->listenPathField(), QLatin1Char('/') + QString(120, QLatin1Char('x')));
        QVERIFY(!panel->listenButton()->isEnabled());
        QVERIFY2(panel->listenMessage()->text().contains(QLatin1String("at most 107")),
            qPrintable(panel->listenMessage()->text()));

        QTemporaryDir dir;
        const QString regular = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(regular);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        typeInto(panel->listenPathField(), regular);
        QVERIFY(panel->listenButton()->isEnabled());
        QVERIFY(!panel->listenMessage()->isVisible());
        QTest::mouseClick(panel->listenButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->listenMessage()->isVisible(), TimeoutMs);
        QVERIFY2(panel->listenMessage()->text().contains(
                     QStringLiteral("%1 is a regular file, not a socket").arg(regular)),
            qPrintable(panel->listenMessage()->text()));
        QVERIFY(f.find(ConnectionRole::Listener, ConnectionState::Failed));

        chooseUnix(panel->connectKindField());
        typeInto(panel->connectPathField(), dir.filePath(QStringLiteral("nobody.sock")));
        QTest::keyClick(panel->connectPathField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(panel->connectMessage()->isVisible(), TimeoutMs);
        QVERIFY2(
            panel->connectMessage()->text().contains(QLatin1String("No such file or directory")),
            qPrintable(panel->connectMessage()->text()));
    }
};

QTEST_MAIN(tst_EndpointPanel)
#include "tst_endpointpanel.moc"
