// SPDX-License-Identifier: GPL-3.0-or-later
// The send panel on a bound UDP socket (issue 16, item 2), typed into and clicked as a person
// does, with independent peers in Python receiving: the destination field (checked as typed,
// the cursor left alone, remembered), text, hex, an empty datagram, repeats, a file as one
// datagram and a file too large for one, and Reply to the peer of a received datagram.
#include "appsettings.h"
#include "filedialoganswer.h"
#include "peerprocess.h"
#include "sendpanel.h"
#include "udpsocket.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestUdpSend : public QObject
{
    Q_OBJECT

    WindowFixture f;
    ConnectionId socket = 0;
    quint16 socketPort = 0;
    QString python;

    SendPanel *panel() const { return f.window->sendPanel(); }

    // The datagrams the session recorded as sent, oldest first.
    QList<QByteArray> sentDatagrams() const
    {
        QList<QByteArray> sent;
        const TrafficLog &log = f.session.log();
        for (qint64 i = 0; i < log.count(); ++i) {
            if (log.event(i).kind == EventKind::Sent)
                sent << log.payload(log.event(i));
        }
        return sent;
    }
    void retype(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }
    void retype(QSpinBox *box, int value)
    {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(box, QString::number(value));
        QTest::keyClick(box, Qt::Key_Tab);
    }

private Q_SLOTS:
    void initTestCase()
    {
        PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
        f.start();
        f.openUdp(&socket, &socketPort);
    }

    // Sends to a Python sink: the destination typed key by key, then text, an empty datagram,
    // hex, three repeats and a file, each exactly one datagram with exactly its bytes.
    void sendsDatagramsToTypedDestination()
    {
        QProcess sink;
        sink.start(python, {PeerProcess::script("udp_peer.py"), QStringLiteral("sink"), QStringLiteral("4"),
                            QStringLiteral("7")});
        quint16 sinkPort = 0;
        PeerProcess::readPort(sink, &sinkPort, 10000);
        if (QTest::currentTestFailed())
            return;

        f.clickConnection(socket);
        QTRY_COMPARE(panel()->connection(), socket);
        QVERIFY(panel()->destinationField()->isVisible());
        QVERIFY(panel()->replyButton()->isVisible());
        QVERIFY(!panel()->replyButton()->isEnabled());   // no peer selected yet

        // Half-typed: the message says what is wrong, the text and the cursor stay as typed.
        retype(panel()->destinationField(), QStringLiteral("127.0.0.1:"));
        QVERIFY(!panel()->messageLabel()->text().isEmpty());
        QCOMPARE(panel()->destinationField()->text(), QStringLiteral("127.0.0.1:"));
        QCOMPARE(panel()->destinationField()->cursorPosition(), 10);
        QTest::keyClicks(panel()->destinationField(), QString::number(sinkPort));
        QCOMPARE(panel()->messageLabel()->text(), QString());
        retype(panel()->destinationField(), QStringLiteral("example.org:53"));
        QVERIFY2(panel()->messageLabel()->text().contains(QStringLiteral("IP address")),
                 qPrintable(panel()->messageLabel()->text()));
        retype(panel()->destinationField(), QStringLiteral("127.0.0.1:%1").arg(sinkPort));
        QCOMPARE(panel()->messageLabel()->text(), QString());

        QLineEdit *input = panel()->inputField();
        retype(input, QStringLiteral("hello"));
        QTest::keyClick(input, Qt::Key_Return);
        // An empty field is an empty datagram: valid, sent and logged.
        retype(input, QString());
        QTest::keyClick(input, Qt::Key_Return);
        // Hex, chosen with the keyboard.
        panel()->modeBox()->setFocus();
        QTest::keyClick(panel()->modeBox(), Qt::Key_Down);
        QCOMPARE(panel()->modeBox()->currentIndex(), 1);
        retype(input, QStringLiteral("00 ff 41"));
        QTest::keyClick(input, Qt::Key_Return);
        QTest::keyClick(panel()->modeBox(), Qt::Key_Up);
        // Three repeats, 20 ms apart.
        retype(panel()->repeatBox(), 3);
        retype(panel()->intervalBox(), 20);
        retype(input, QStringLiteral("r"));
        QTest::mouseClick(panel()->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(sentDatagrams().size(), 6);
        retype(panel()->repeatBox(), 1);

        // A file is one datagram.
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("one.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray contents;
        for (int i = 0; i < 1000; ++i)
            contents.append(char(i % 256));
        file.write(contents);
        file.close();
        {
            FileDialogAnswer answer(file.fileName());
            QTest::mouseClick(panel()->sendFileButton(), Qt::LeftButton);
            QTRY_VERIFY(answer.answered);
        }

        QByteArray line;
        const QList<QByteArray> expected{"5 68656c6c6f", "0", "3 00ff41", "1 72", "1 72", "1 72",
                                         "1000 " + contents.toHex()};
        for (const QByteArray &want : expected) {
            PeerProcess::readLine(sink, &line, 10000);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(line, want);
        }
        PeerProcess::waitForExit(sink, 10000);
        QCOMPARE(sentDatagrams().size(), 7);
        QCOMPARE(sentDatagrams().at(1), QByteArray());
        QCOMPARE(AppSettings().udpDestination(), QStringLiteral("127.0.0.1:%1").arg(sinkPort));
    }

    // A file larger than a datagram carries is refused before anything is sent, the limit named.
    void refusesFileLargerThanDatagram()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("big.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(UdpSocket::MaxPayloadIPv4 + 1, 'x'));
        file.close();
        const qsizetype before = sentDatagrams().size();
        QVERIFY(!panel()->sendFile(file.fileName()));
        QVERIFY2(panel()->messageLabel()->text().contains(QLocale().toString(UdpSocket::MaxPayloadIPv4)),
                 qPrintable(panel()->messageLabel()->text()));
        QCOMPARE(sentDatagrams().size(), before);
    }

    // A peer speaks first; selecting its datagram's row in the log, then its row in the tree,
    // makes Reply go back to it, from the socket's own port.
    void replyGoesToPeerOfSelectedDatagram()
    {
        QProcess asker;
        asker.start(python, {PeerProcess::script("udp_asker.py"), QStringLiteral("4"), QString::number(socketPort),
                             QStringLiteral("ping"), QStringLiteral("2")});
        quint16 askerPort = 0;
        PeerProcess::readPort(asker, &askerPort, 10000);
        if (QTest::currentTestFailed())
            return;
        // The datagram's row in the log.
        qint64 received = -1;
        QTRY_VERIFY([&] {
            const TrafficLog &log = f.session.log();
            for (qint64 i = 0; i < log.count(); ++i) {
                if (log.event(i).kind == EventKind::Received && log.payload(log.event(i)) == "ping")
                    received = i;
            }
            return received >= 0;
        }());
        const ConnectionId peer = f.session.log().event(received).connection;
        f.window->logModel()->flush();
        int row = -1;
        QTRY_VERIFY([&] {
            for (int r = 0; r < f.window->logFilter()->rowCount(); ++r) {
                if (f.window->logFilter()->index(r, 0).data(ByteLogModel::EventIndexRole).toLongLong() == received)
                    row = r;
            }
            return row >= 0;
        }());
        f.clickLogRow(row);
        QTRY_COMPARE(panel()->connection(), peer);
        QTRY_VERIFY(panel()->replyButton()->isEnabled());
        retype(panel()->inputField(), QStringLiteral("pong"));
        QTest::mouseClick(panel()->replyButton(), Qt::LeftButton);

        // The peer row in the Sockets tree, and Enter: a reply as well.
        f.clickConnection(socket);
        QTRY_COMPARE(panel()->connection(), socket);
        QTRY_VERIFY(!panel()->replyButton()->isEnabled());
        f.clickConnection(peer);
        QTRY_VERIFY(panel()->replyButton()->isEnabled());
        retype(panel()->inputField(), QStringLiteral("again"));
        QTest::keyClick(panel()->inputField(), Qt::Key_Return);

        QByteArray line;
        for (const QByteArray &want : {QByteArray("pong"), QByteArray("again")}) {
            PeerProcess::readLine(asker, &line, 10000);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(line, QByteArray::number(want.size()) + ' ' + want.toHex() + ' ' + QByteArray::number(socketPort));
        }
        PeerProcess::waitForExit(asker, 10000);
    }
};

QTEST_MAIN(TestUdpSend)
#include "tst_udpsend.moc"
