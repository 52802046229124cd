// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window on the offscreen platform, driven through its widgets as a user would.
#include "bytelogfilter.h"
#include "bytelogmodel.h"
#include "bytelogview.h"
#include "connectiontreemodel.h"
#include "endpointpanel.h"
#include "hexview.h"
#include "mainwindow.h"
#include "packetview.h"
#include "sendpanel.h"
#include "exportjob.h"
#include "session.h"
#include "sessionloader.h"
#include "throughputchart.h"
#include "windowfixture.h"
#include "workbench.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QSignalSpy>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    // The shared window fixture, started at once, and a look at the log's rows.
    struct Fixture : WindowFixture
    {
        Fixture() { start(); }
        // Rows of the log (through the filter the view shows) whose event is of this kind.
        QList<int> rowsOfKind(EventKind kind) const
        {
            QList<int> rows;
            const ByteLogFilter *filter = window->logFilter();
            for (int row = 0; row < filter->rowCount(); ++row)
                if (filter->index(row, 0).data(ByteLogModel::KindRole).toInt() == int(kind))
                    rows << row;
            return rows;
        }
    };

private Q_SLOTS:
    // At the size of a laptop's screen, every field's hint is whole: a cut one ("…recall earlier
    // sen") is what a user sees first in an empty field.
    void placeholdersFitTheirFields()
    {
        Fixture f;
        f.window->resize(1400, 880);
        QTRY_COMPARE(f.window->size(), QSize(1400, 880));
        int checked = 0;
        for (QLineEdit *edit : f.window->findChildren<QLineEdit *>()) {
            if (!edit->isVisibleTo(f.window.get()) || edit->placeholderText().isEmpty())
                continue;
            QStyleOptionFrame option;
            option.initFrom(edit);
            option.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
            const int room
                = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit).width()
                - 4; // QLineEdit's own margin, 2 px each side
            const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
            QVERIFY2(needed <= room,
                qPrintable(QStringLiteral("\"%1\" needs %2 px, the field has %3")
                               .arg(edit->placeholderText())
                               .arg(needed)
                               .arg(room)));
            ++checked;
        }
        QVERIFY(checked >= 3); // the log's search, the send field, the connect port at least
    }

    void listenConnectSendThroughTheWidgets()
    {
        Fixture f;
        EndpointPanel *endpoints = f.window->endpointPanel();

        // Listen on 127.0.0.1, port chosen by the system, with echo.
        endpoints->bindAddressField()->setCurrentText(QStringLiteral("127.0.0.1"));
        endpoints->listenPortField()->setText(QStringLiteral("0"));
        endpoints->listenEchoBox()->setChecked(true);
        QTest::mouseClick(endpoints->listenButton(), Qt::LeftButton);
        QTRY_VERIFY(f.find(ConnectionRole::Listener, ConnectionState::Listening));
        const quint16 port = f.find(ConnectionRole::Listener, ConnectionState::Listening)->localPort;
        QVERIFY(port != 0);

        // Connect to it by typing host and port, then Enter.
        endpoints->hostField()->setText(QStringLiteral("127.0.0.1"));
        QTest::keyClicks(endpoints->connectPortField(), QString::number(port));
        QTest::keyClick(endpoints->connectPortField(), Qt::Key_Return);
        QTRY_VERIFY(f.find(ConnectionRole::Client, ConnectionState::Connected));
        QTRY_VERIFY(f.find(ConnectionRole::Accepted, ConnectionState::Connected));
        const ConnectionInfo client = *f.find(ConnectionRole::Client, ConnectionState::Connected);

        // The tree shows the client; selecting it makes it the send target.
        ConnectionTreeModel *tree = f.window->connectionModel();
        QTRY_VERIFY(tree->indexOf(client.id).isValid());
        f.window->connectionView()->setCurrentIndex(tree->indexOf(client.id));
        QCOMPARE(f.window->sendPanel()->connection(), client.id);

        // Type text with escapes and a CRLF ending; Enter sends.
        SendPanel *send = f.window->sendPanel();
        send->lineEndingBox()->setCurrentIndex(2);
        // (QTest::keyClicks mangles backslashes on the offscreen platform, so the escapes are set.)
        send->inputField()->setText(QStringLiteral("hello\\tworld"));
        QTest::keyClicks(send->inputField(), QStringLiteral("!"));
        QTRY_VERIFY2(send->sendButton()->isEnabled(), qPrintable(send->messageLabel()->text() + QLatin1Char('|') + send->inputField()->text()));
        QTest::keyClick(send->inputField(), Qt::Key_Return);

        const QByteArray expected = QByteArrayLiteral("hello\tworld!\r\n");
        // Sent by the client, received by the accepted socket, echoed, received by the client.
        QTRY_COMPARE(f.rowsOfKind(EventKind::Received).size(), 2);
        QTRY_COMPARE(f.rowsOfKind(EventKind::Sent).size(), 2);
        const int sentRow = f.rowsOfKind(EventKind::Sent).constFirst();
        const QModelIndex preview = f.window->logFilter()->index(sentRow, ByteLogModel::PreviewColumn);
        QCOMPARE(preview.data().toString(), QStringLiteral("hello\\tworld!\\r\\n"));
        QCOMPARE(f.window->logFilter()->index(sentRow, ByteLogModel::LengthColumn).data().toInt(), expected.size());

        // Selecting the row shows its bytes in the packet view.
        f.window->logView()->selectRow(sentRow);
        QCOMPARE(f.window->packetView()->hexView()->data(), expected);

        // Selecting both received rows of different connections asks for one connection.
        const QList<int> received = f.rowsOfKind(EventKind::Received);
        QItemSelectionModel *selection = f.window->logView()->selectionModel();
        selection->clearSelection();
        for (int row : received)
            selection->select(f.window->logFilter()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(f.window->packetView()->hexView()->data().isEmpty());
        QVERIFY(f.window->packetView()->hexView()->placeholderText().contains(QStringLiteral("several connections")));
    }

    void severalRowsOfOneConnectionShowTheStream()
    {
        Fixture f;
        const ConnectionId listener = f.workbench->listen({});
        QTRY_VERIFY(f.find(ConnectionRole::Listener, ConnectionState::Listening));
        const quint16 port = f.session.connections().find(listener)->localPort;
        const ConnectionId client = f.workbench->connectTo({QStringLiteral("127.0.0.1"), port});
        QTRY_VERIFY(f.find(ConnectionRole::Client, ConnectionState::Connected));
        f.workbench->send(client, "one");
        QTRY_COMPARE(f.rowsOfKind(EventKind::Received).size(), 1);
        f.workbench->send(client, "two");
        QTRY_COMPARE(f.rowsOfKind(EventKind::Received).size(), 2);

        QItemSelectionModel *selection = f.window->logView()->selectionModel();
        for (int row : f.rowsOfKind(EventKind::Received))
            selection->select(f.window->logFilter()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        HexView *hex = f.window->packetView()->hexView();
        QCOMPARE(hex->data(), QByteArrayLiteral("onetwo"));
        QCOMPARE(hex->chunkBoundaries(), (QList<qint64>{0, 3}));
    }

    void badInputIsExplainedNextToTheField_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("message");
        QTest::newRow("letters in port") << QStringLiteral("localhost") << QStringLiteral("80a") << QStringLiteral("not a digit");
        QTest::newRow("port out of range") << QStringLiteral("localhost") << QStringLiteral("70000") << QStringLiteral("out of range");
        QTest::newRow("port zero") << QStringLiteral("localhost") << QStringLiteral("0") << QStringLiteral("Port 0");
        QTest::newRow("empty host") << QString() << QStringLiteral("80") << QStringLiteral("host");
        QTest::newRow("malformed IPv6") << QStringLiteral("[::g]") << QStringLiteral("80") << QStringLiteral("IPv6");
    }

    void badInputIsExplainedNextToTheField()
    {
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, message);
        Fixture f;
        EndpointPanel *endpoints = f.window->endpointPanel();
        endpoints->hostField()->setText(host);
        endpoints->connectPortField()->setText(port);
        QVERIFY(!endpoints->connectButton()->isEnabled());
        QVERIFY(endpoints->connectMessage()->isVisible());
        QVERIFY2(endpoints->connectMessage()->text().contains(message, Qt::CaseInsensitive),
                 qPrintable(endpoints->connectMessage()->text()));
    }

    void listenerOnAllInterfacesWarns()
    {
        Fixture f;
        EndpointPanel *endpoints = f.window->endpointPanel();
        endpoints->bindAddressField()->setCurrentText(QStringLiteral("0.0.0.0"));
        QVERIFY(endpoints->listenButton()->isEnabled());
        QVERIFY(endpoints->listenMessage()->text().contains(QStringLiteral("every network")));
        endpoints->listenPortField()->setText(QStringLiteral("port"));
        QVERIFY(!endpoints->listenButton()->isEnabled());
    }

    void malformedEscapeBlocksSending()
    {
        Fixture f;
        SendPanel *send = f.window->sendPanel();
        send->inputField()->setText(QStringLiteral("bad \\q escape"));
        QVERIFY(!send->sendButton()->isEnabled());
        QVERIFY(send->messageLabel()->text().contains(QStringLiteral("\\q")));
        send->modeBox()->setCurrentIndex(1);   // hex
        send->inputField()->setText(QStringLiteral("48 6"));
        QVERIFY(send->messageLabel()->text().isEmpty());   // half a pair: not an error until Send
        QTest::keyClick(send->inputField(), Qt::Key_Return);
        QVERIFY(!send->messageLabel()->text().isEmpty());
    }

    void reopenedSessionShowsTheSameRowsReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kept.socketlab"));
        qint64 events = 0;
        {
            Session session(std::make_unique<SessionClock>());
            QString error;
            QVERIFY2(session.startRecording(path, &error), qPrintable(error));
            Workbench workbench(session);
            const ConnectionId listener = workbench.listen({QHostAddress(QHostAddress::LocalHost), 0, true});
            QTRY_VERIFY(session.connections().find(listener) && session.connections().find(listener)->localPort);
            const ConnectionId client =
                workbench.connectTo({QStringLiteral("127.0.0.1"), session.connections().find(listener)->localPort});
            QTRY_COMPARE(session.connections().find(client)->state, ConnectionState::Connected);
            workbench.send(client, QByteArrayLiteral("kept") + char(0) + QByteArrayLiteral("bytes"));
            QTRY_COMPARE(session.connections().find(client)->bytesIn, quint64(10));
            workbench.close(client);
            QTRY_COMPARE(session.connections().find(client)->state, ConnectionState::Closed);
            events = session.log().count();
        }

        QString error;
        std::unique_ptr<MainWindow> window(MainWindow::openSessionFile(path, &error));
        QVERIFY2(window, qPrintable(error));
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->show();
        QSignalSpy finished(window->loader(), &SessionLoader::finished);
        QVERIFY(finished.count() == 1 || finished.wait());
        QVERIFY(window->isReadOnly());
        QVERIFY(!window->endpointPanel());
        QVERIFY(!window->sendPanel());
        QCOMPARE(window->bannerText(), QString());   // closed cleanly: nothing to warn about
        QTRY_VERIFY(window->logModel()->rowCount() >= events);   // + the listener's stop on close

        // The same bytes come back in the packet view.
        int receivedRow = -1;
        for (int row = 0; row < window->logFilter()->rowCount() && receivedRow < 0; ++row)
            if (window->logFilter()->index(row, 0).data(ByteLogModel::KindRole).toInt() == int(EventKind::Received))
                receivedRow = row;
        QVERIFY(receivedRow >= 0);
        window->logView()->selectRow(receivedRow);
        QCOMPARE(window->packetView()->hexView()->data(), QByteArrayLiteral("kept") + char(0) + QByteArrayLiteral("bytes"));

        // A copy cut inside its last record opens with a warning where the user looks.
        const QString cut = dir.filePath(QStringLiteral("cut.socketlab"));
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QFile damaged(cut);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(original.readAll().chopped(3));
        damaged.close();
        std::unique_ptr<MainWindow> partial(MainWindow::openSessionFile(cut, &error));
        QVERIFY2(partial, qPrintable(error));
        partial->setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy partialFinished(partial->loader(), &SessionLoader::finished);
        QVERIFY(partialFinished.count() == 1 || partialFinished.wait());
        QVERIFY2(partial->bannerText().contains(QStringLiteral("mid-record")), qPrintable(partial->bannerText()));

        // Not a session at all: refused with the reason, no window.
        QVERIFY(!MainWindow::openSessionFile(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("not a file")), qPrintable(error));
    }

    void exportRunsWithProgressWhileTheWindowWorks()
    {
        Fixture f;
        const ConnectionId listener = f.workbench->listen({QHostAddress(QHostAddress::LocalHost), 0, true});
        QTRY_VERIFY(f.find(ConnectionRole::Listener, ConnectionState::Listening));
        const ConnectionId client = f.workbench->connectTo({QStringLiteral("127.0.0.1"), f.session.connections().find(listener)->localPort});
        QTRY_VERIFY(f.find(ConnectionRole::Client, ConnectionState::Connected));
        f.workbench->send(client, QByteArray(300000, 'z'));
        QTRY_COMPARE(f.session.connections().find(client)->bytesIn, quint64(300000));

        const QString path = f.dir.filePath(QStringLiteral("out.csv"));
        QSignalSpy done(f.window.get(), &MainWindow::exportFinished);
        f.window->startExport(ExportFormat::Csv, path);
        QVERIFY(f.window->runningExport());
        QVERIFY(done.wait(30000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY(!f.window->runningExport());
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains(QByteArrayLiteral("7a").repeated(1000)));   // the payload, as hex

        // A destination that cannot be written: the reason shows in the banner.
        f.window->startExport(ExportFormat::Text, f.dir.path());
        QVERIFY(done.wait(30000));
        QCOMPARE(done.at(1).at(0).toBool(), false);
        QVERIFY2(f.window->bannerText().contains(f.dir.path()), qPrintable(f.window->bannerText()));
    }

    void stopRepeatingStopsAtOnce()
    {
        Fixture f;
        const ConnectionId listener = f.workbench->listen({QHostAddress(QHostAddress::LocalHost), 0, false});
        QTRY_VERIFY(f.find(ConnectionRole::Listener, ConnectionState::Listening));
        const ConnectionId client = f.workbench->connectTo({QStringLiteral("127.0.0.1"), f.session.connections().find(listener)->localPort});
        QTRY_VERIFY(f.find(ConnectionRole::Client, ConnectionState::Connected));
        f.window->setCurrentConnection(client);
        SendPanel *send = f.window->sendPanel();
        send->inputField()->setText(QStringLiteral("tick"));
        send->repeatBox()->setValue(100000);
        send->intervalBox()->setValue(5);
        QTest::mouseClick(send->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(f.session.connections().find(client)->chunksOut >= 3);
        QTest::mouseClick(send->stopRepeatingButton(), Qt::LeftButton);
        f.workbench->send(client, "end");   // queued after the stop: nothing may follow it
        QTRY_VERIFY(f.rowsOfKind(EventKind::Sent).size() > 0
                    && f.session.log().payload(f.session.log().event(f.session.log().count() - 1)) == "end");
        const qint64 sentAtEnd = qint64(f.session.connections().find(client)->chunksOut);
        // One more round trip through the network thread: still nothing new.
        f.workbench->send(client, "end");
        QTRY_COMPARE(qint64(f.session.connections().find(client)->chunksOut), sentAtEnd + 1);
        QVERIFY(sentAtEnd < 1000);
    }

    void chartAndRowsLeaveTheWindow()
    {
        Fixture f;
        const ConnectionId listener = f.workbench->listen({QHostAddress(QHostAddress::LocalHost), 0, true});
        QTRY_VERIFY(f.find(ConnectionRole::Listener, ConnectionState::Listening));
        const ConnectionId client = f.workbench->connectTo({QStringLiteral("127.0.0.1"), f.session.connections().find(listener)->localPort});
        QTRY_VERIFY(f.find(ConnectionRole::Client, ConnectionState::Connected));
        f.workbench->send(client, QByteArrayLiteral("AB"));
        QTRY_COMPARE(f.rowsOfKind(EventKind::Received).size(), 2);

        const QString png = f.dir.filePath(QStringLiteral("chart.png"));
        const QString pdf = f.dir.filePath(QStringLiteral("chart.pdf"));
        QString error;
        QVERIFY2(f.window->chart()->save(png, QSize(800, 450), ThroughputChart::SavedRange::Shown, &error),
                 qPrintable(error));
        QVERIFY2(f.window->chart()->save(pdf, QSize(800, 450), ThroughputChart::SavedRange::WholeSession, &error),
                 qPrintable(error));
        QFile pngFile(png), pdfFile(pdf);
        QVERIFY(pngFile.open(QIODevice::ReadOnly) && pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pngFile.read(8) == QByteArrayLiteral("\x89PNG\r\n\x1a\n"));
        QVERIFY(pdfFile.read(5) == QByteArrayLiteral("%PDF-"));

        ByteLogView *view = f.window->logView();
        for (int row : f.rowsOfKind(EventKind::Received))
            view->selectionModel()->select(f.window->logFilter()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->copyBytesAsHex();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("41 42 41 42"));
        view->copyRowsAsText();
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).endsWith(QStringLiteral("\t2\tAB")), qPrintable(lines.at(0)));
    }

    void bindFailureShowsTheSystemsReason()
    {
        Fixture f;
        const ConnectionId first = f.workbench->listen({});
        QTRY_VERIFY(f.find(ConnectionRole::Listener, ConnectionState::Listening));
        const quint16 port = f.session.connections().find(first)->localPort;
        EndpointPanel *endpoints = f.window->endpointPanel();
        endpoints->listenPortField()->setText(QString::number(port));
        QTest::mouseClick(endpoints->listenButton(), Qt::LeftButton);
        QTRY_VERIFY(f.find(ConnectionRole::Listener, ConnectionState::Failed));
        const QList<int> failures = f.rowsOfKind(EventKind::ListenFailed);
        QTRY_COMPARE(f.rowsOfKind(EventKind::ListenFailed).size(), 1);
        const QString text = f.window->logFilter()
                                 ->index(f.rowsOfKind(EventKind::ListenFailed).constFirst(), ByteLogModel::PreviewColumn)
                                 .data()
                                 .toString();
        QVERIFY2(text.contains(QStringLiteral("in use"), Qt::CaseInsensitive), qPrintable(text));
        const ConnectionInfo failed = *f.find(ConnectionRole::Listener, ConnectionState::Failed);
        QTRY_VERIFY(f.window->connectionModel()->indexOf(failed.id).isValid());
        const QString state = f.window->connectionModel()
                                  ->indexOf(failed.id, ConnectionTreeModel::StateColumn)
                                  .data()
                                  .toString();
        QVERIFY2(state.contains(QStringLiteral("in use"), Qt::CaseInsensitive), qPrintable(state));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
