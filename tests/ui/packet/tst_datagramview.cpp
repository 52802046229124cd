// SPDX-License-Identifier: GPL-3.0-or-later
// The packet view keeps datagram boundaries (issue 16, item 4): a Python peer sends real
// datagrams (an empty one, all 256 byte values, one byte, 1000 bytes), the test selects their
// rows in the log by clicking and with the keyboard, and the view shows one datagram as one,
// several as separate messages each with its own header line (direction, peer, length).
#include "datagramlistview.h"
#include "hexview.h"
#include "packetview.h"
#include "peerprocess.h"
#include "windowfixture.h"

#include <QTest>

class TestDatagramView : public QObject
{
    Q_OBJECT

    WindowFixture f;
    ConnectionId socket = 0;
    QList<int> rows;   // the log view's rows of the received datagrams, oldest first
    QList<QByteArray> datagrams;

    PacketView *view() const { return f.window->packetView(); }

private Q_SLOTS:
    void initTestCase()
    {
        QString python;
        PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
        f.start();
        quint16 port = 0;
        f.openUdp(&socket, &port);
        QProcess source;
        source.start(python, {PeerProcess::script("udp_peer.py"), QStringLiteral("source"), QStringLiteral("4"),
                              QString::number(port)});
        PeerProcess::waitForExit(source, 10000);
        // The corpus of udp_peer.py, without its largest datagram.
        QByteArray pattern;
        for (int i = 0; i < 1000; ++i)
            pattern.append(char((i * 7 + 3) % 256));
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        datagrams = {QByteArray(), all, QByteArray("A"), pattern};
        QTRY_VERIFY(f.session.connections().find(socket)->chunksIn == 5);
        f.window->logModel()->flush();
        QTRY_VERIFY([&] {
            rows.clear();
            for (int r = 0; r < f.window->logFilter()->rowCount(); ++r) {
                const qint64 event = f.window->logFilter()->index(r, 0).data(ByteLogModel::EventIndexRole).toLongLong();
                if (f.session.log().event(event).kind == EventKind::Received)
                    rows << r;
            }
            return rows.size() == 5;
        }());
    }

    void oneDatagramShowsOne()
    {
        f.clickLogRow(rows.at(1));
        QTRY_VERIFY(view()->hexView()->isVisibleTo(view()));
        QVERIFY(!view()->datagramList()->isVisibleTo(view()));
        QCOMPARE(view()->hexView()->data(), datagrams.at(1));
        QVERIFY2(view()->headerText().startsWith(QStringLiteral("1 datagram — ← in from 127.0.0.1:")),
                 qPrintable(view()->headerText()));
        QVERIFY(view()->headerText().contains(QStringLiteral("256 bytes")));
    }

    void emptyDatagramIsShownAsOne()
    {
        f.clickLogRow(rows.at(0));
        QTRY_VERIFY(view()->headerText().contains(QStringLiteral("0 bytes")));
        QVERIFY(view()->hexView()->data().isEmpty());
        QVERIFY(view()->hexView()->placeholderText().contains(QStringLiteral("empty datagram")));
    }

    // Ctrl-clicks: each datagram a message of its own, in order, the empty one included.
    void severalDatagramsStaySeparate()
    {
        f.clickLogRow(rows.at(0));
        for (int i = 1; i < 4; ++i)
            f.clickLogRow(rows.at(i), Qt::ControlModifier);
        QTRY_VERIFY(view()->datagramList()->isVisibleTo(view()));
        QVERIFY(!view()->hexView()->isVisibleTo(view()));
        DatagramListView *list = view()->datagramList();
        QCOMPARE(list->datagramCount(), 4);
        const QString port = QString::number(f.session.connections().find(socket)->localPort);
        for (int i = 0; i < 4; ++i) {
            const QString header = list->headerLine(i);
            QVERIFY2(header.startsWith(QStringLiteral("Datagram %1 of 4 · ← in from 127.0.0.1:").arg(i + 1)),
                     qPrintable(header));
            const QString length = datagrams.at(i).size() == 1
                ? QStringLiteral("1 byte")
                : QStringLiteral("%1 bytes").arg(QLocale().toString(datagrams.at(i).size()));
            QVERIFY2(header.contains(QStringLiteral(" · %1 · ").arg(length)), qPrintable(header));
        }
        // Every datagram starts again at offset 0: no running offset as in a stream.
        const QString text = list->toPlainText();
        QCOMPARE(text.count(QStringLiteral("\n00000000  ")), 3);
        QVERIFY(text.contains(QStringLiteral("(empty datagram: 0 bytes)")));
        QVERIFY(text.contains(QStringLiteral("00000000  41                                                |A|")));
        QVERIFY(!text.contains(QStringLiteral("00000101")));   // 256 + 1: offsets never run on
        QVERIFY2(view()->headerText().startsWith(QStringLiteral("4 datagrams, %1 bytes").arg(QLocale().toString(1257))),
                 qPrintable(view()->headerText()));
    }

    // Shift+Down in the log extends the selection row by row, as a keyboard user does.
    void keyboardSelectionAddsDatagrams()
    {
        f.clickLogRow(rows.at(2));
        QTRY_VERIFY(view()->hexView()->isVisibleTo(view()));
        ByteLogView *log = f.window->logView();
        log->setFocus();
        for (int r = rows.at(2); r < rows.at(4); ++r)
            QTest::keyClick(log, Qt::Key_Down, Qt::ShiftModifier);
        QTRY_VERIFY(view()->datagramList()->isVisibleTo(view()));
        QCOMPARE(view()->datagramList()->datagramCount(), 3);
        QVERIFY(view()->datagramList()->headerLine(2).contains(QStringLiteral("%1 bytes").arg(QLocale().toString(65507))));
    }
};

QTEST_MAIN(TestDatagramView)
#include "tst_datagramview.moc"
