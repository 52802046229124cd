// SPDX-License-Identifier: GPL-3.0-or-later
// The Listen and Connect forms with the kind of socket chosen from the keyboard: a Unix listener
// on a typed path, a client of it, and the system's refusal (a regular file in the way) shown
// next to the field as well as in the log.
#include "connectiontreemodel.h"
#include "endpointpanel.h"
#include "sendpanel.h"

#include "peerprocess.h"
#include "udpcorpus.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

namespace {

constexpr int TimeoutMs = 15000;

// Chooses a kind in a form's combo box as a user does: focus, then the arrow key (TCP, UDP, Unix).
void chooseKind(QComboBox *kind, EndpointKind wanted)
{
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Home);
    for (int i = 0; i < kind->count() && EndpointKind(kind->currentData().toInt()) != wanted; ++i)
        QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(EndpointKind(kind->currentData().toInt()), wanted);
}

void chooseUnix(QComboBox *kind)
{
    chooseKind(kind, EndpointKind::Unix);
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

    // UDP from both forms, with Python's socket module on the other end: a bound socket gets each
    // of the corpus's datagrams as one event of exactly its size, under the sender's row; a
    // connected one sends a datagram to a Python echo peer and gets the same datagram back.
    void udpSocketsFromTheForms()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        EndpointPanel *panel = f.window->endpointPanel();
        chooseKind(panel->listenKindField(), EndpointKind::Udp);
        QVERIFY(panel->listenPortField()->isVisible());
        QVERIFY(!panel->listenPathField()->isVisible());
        typeInto(panel->listenPortField(), QStringLiteral("0"));
        QTest::keyClick(panel->listenPortField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::UdpSocket, ConnectionState::Bound), TimeoutMs);
        const ConnectionInfo socket = *f.find(ConnectionRole::UdpSocket, ConnectionState::Bound);
        QCOMPARE(socket.kind, EndpointKind::Udp);
        QVERIFY(socket.localPort != 0);

        QProcess source;
        source.start(QStringLiteral("python3"), {PeerProcess::script("udp_peer.py"), QStringLiteral("source"),
                                                 QStringLiteral("4"), QString::number(socket.localPort)});
        QVERIFY2(source.waitForFinished(TimeoutMs), qPrintable(source.errorString()));
        const QList<QByteArray> corpus = UdpCorpus::datagrams(false);
        QTRY_COMPARE_WITH_TIMEOUT(f.session.connections().find(socket.id)->chunksIn, quint64(corpus.size()),
                                  TimeoutMs);
        QList<qint64> sizes;
        const TrafficLog &log = f.session.log();
        for (qint64 i = 0; i < log.count(); ++i) {
            const TrafficEvent event = log.event(i);
            const auto row = f.session.connections().find(event.connection);
            if (event.kind == EventKind::Received && row && row->parent == socket.id)
                sizes << event.payloadLength;
        }
        QList<qint64> expected;
        for (const QByteArray &datagram : corpus)
            expected << datagram.size();
        QCOMPARE(sizes, expected);

        QProcess echo;
        echo.start(QStringLiteral("python3"),
                   {PeerProcess::script("udp_peer.py"), QStringLiteral("echo"), QStringLiteral("4")});
        quint16 echoPort = 0;
        PeerProcess::readPort(echo, &echoPort, TimeoutMs);
        if (QTest::currentTestFailed())
            return;
        chooseKind(panel->connectKindField(), EndpointKind::Udp);
        typeInto(panel->hostField(), QStringLiteral("127.0.0.1"));
        typeInto(panel->connectPortField(), QString::number(echoPort));
        QTest::keyClick(panel->connectPortField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::Client, ConnectionState::Connected), TimeoutMs);
        const ConnectionInfo client = *f.find(ConnectionRole::Client, ConnectionState::Connected);
        QCOMPARE(client.kind, EndpointKind::Udp);
        f.workbench->send(client.id, "ping");
        QTRY_COMPARE_WITH_TIMEOUT(f.session.connections().find(client.id)->chunksIn, quint64(1), TimeoutMs);
        QCOMPARE(f.session.connections().find(client.id)->bytesIn, quint64(4));
        echo.kill();
        echo.waitForFinished();
    }

    // A listener that answers like a web server, chosen in the form from the keyboard: curl (which
    // nobody here wrote) gets the http responder's page from it.
    void responderFromTheListenForm()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        EndpointPanel *panel = f.window->endpointPanel();
        QComboBox *responder = panel->listenResponderField();
        QVERIFY(responder->isVisible());
        responder->setFocus();
        QTest::keyClick(responder, Qt::Key_Home);
        for (int i = 0; i < responder->count() && responder->currentData().toString() != QLatin1String("http"); ++i)
            QTest::keyClick(responder, Qt::Key_Down);
        QCOMPARE(responder->currentData().toString(), QStringLiteral("http"));
        typeInto(panel->listenPortField(), QStringLiteral("0"));
        QTest::keyClick(panel->listenPortField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::Listener, ConnectionState::Listening), TimeoutMs);
        const ConnectionInfo listener = *f.find(ConnectionRole::Listener, ConnectionState::Listening);

        QString curl;
        PeerProcess::findProgram(QStringLiteral("curl"), QStringLiteral("curl"), &curl);
        QProcess client;
        client.start(curl, {QStringLiteral("-s"), QStringLiteral("-w"), QStringLiteral("\n%{http_code}"),
                            QStringLiteral("http://127.0.0.1:%1/").arg(listener.localPort)});
        PeerProcess::waitForExit(client, TimeoutMs);
        const QByteArray output = client.readAllStandardOutput();
        QVERIFY2(output.endsWith("\n200") && output.contains("<title>SocketLab"), output.constData());
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
