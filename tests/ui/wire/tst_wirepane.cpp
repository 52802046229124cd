// SPDX-License-Identifier: GPL-3.0-or-later
// The Wire pane as a user meets it: Capture ▸ Record packets chosen in the menu (remembered), a
// Python client with a small MSS (TCP_MAXSEG 536) talking to a SocketLab echo listener, the
// handshake and the segments in the pane; clicking a read() row in the log marks the segments that
// carried its bytes, clicking a segment marks the reads; a field clicked in the layers tree
// selects its bytes in the hex view. As root (CI runs as root); and as nobody (the test runs itself
// through setpriv), where Ctrl+Shift+E gives one calm message in the pane and the sockets work.
#include "appsettings.h"
#include "bytelogfilter.h"
#include "bytelogmodel.h"
#include "captureswitch.h"
#include "docklayout.h"
#include "hexview.h"
#include "mainwindow.h"
#include "packetdecoder.h"
#include "packetlayersview.h"
#include "session.h"
#include "wirepacketmodel.h"
#include "wirepane.h"
#include "workbench.h"

#include "menuclicks.h"
#include "peerprocess.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <unistd.h>

namespace {

constexpr int TimeoutMs = 20000;
const char *const ChildVariable = "SOCKETLAB_WIRE_TEST_AS_NOBODY";

QString cell(const WirePacketModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

ConnectionId listenEcho(WindowFixture &f, quint16 *port)
{
    const ConnectionId listener
        = f.workbench->listen({ QHostAddress(QHostAddress::LocalHost), 0, true });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(f.session.connections().find(listener)
                && f.session.connections().find(listener)->state == ConnectionState::Listening,
            TimeoutMs);
    }();
    *port = f.session.connections().find(listener)->localPort;
    return listener;
}

// The log rows (as the filter shows them) whose flags the wire model or the log model marks.
QList<qint64> linkedRows(const QAbstractItemModel *model, int role, int indexRole)
{
    QList<qint64> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(role).toBool())
            rows << model->index(row, 0).data(indexRole).toLongLong();
    return rows;
}

} // namespace

class TestWirePane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordPacketsShowsTheSegmentsAndLinksThem();
    void unprivilegedShowsOneCalmMessage();
};

void TestWirePane::recordPacketsShowsTheSegmentsAndLinksThem()
{
    QVERIFY2(::geteuid() == 0, "run as root (CI does): capture needs dumpcap's rights");
    WindowFixture f;
    f.start();
    if (QTest::currentTestFailed())
        return;
    MainWindow *window = f.window.get();
    WirePane *wire = window->wirePane();
    WirePacketModel *model = wire->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(wire->messageText().contains(QLatin1String("Record packets")),
        qPrintable(wire->messageText()));

    QVERIFY(MenuClicks::choose(window, { "Capture", "Record packets" }));
    QVERIFY(f.workbench->isCapturing());
    QVERIFY(window->captureSwitch()->action()->isChecked());
    QVERIFY(AppSettings().recordPackets());
    QTRY_VERIFY(!window->dockLayout()->dock(DockLayout::Pane::Wire)->visibleRegion().isEmpty());

    quint16 port = 0;
    const ConnectionId listener = listenEcho(f, &port);
    if (QTest::currentTestFailed())
        return;
    QProcess client;
    client.start(QStringLiteral("python3"),
        { PeerProcess::script("maxseg_echo_client.py"), QStringLiteral("127.0.0.1"),
            QString::number(port), QStringLiteral("536"), QStringLiteral("3000") });
    QByteArray line;
    PeerProcess::readLine(client, &line, TimeoutMs);
    QCOMPARE(line, QByteArray("OK 3000"));
    PeerProcess::waitForExit(client, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        f.find(ConnectionRole::Accepted, ConnectionState::Closed).has_value(), TimeoutMs);
    const ConnectionInfo accepted = *f.find(ConnectionRole::Accepted, ConnectionState::Closed);
    f.clickConnection(accepted.id);
    QCOMPARE(model->connection(), accepted.id);

    // The handshake, in the order it happened, with the options the client's SYN carried.
    const auto fins = [model] {
        int count = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            count += cell(model, row, WirePacketModel::FlagsColumn).contains(QLatin1String("FIN"));
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(fins(), 2, TimeoutMs);
    QCOMPARE(cell(model, 0, WirePacketModel::DirectionColumn), QStringLiteral("← in"));
    QCOMPARE(cell(model, 0, WirePacketModel::FlagsColumn), QStringLiteral("SYN"));
    QCOMPARE(cell(model, 0, WirePacketModel::SeqColumn), QStringLiteral("0"));
    QVERIFY2(cell(model, 0, WirePacketModel::DetailsColumn).contains(QLatin1String("MSS 536")),
        qPrintable(cell(model, 0, WirePacketModel::DetailsColumn)));
    QCOMPARE(cell(model, 1, WirePacketModel::DirectionColumn), QStringLiteral("→ out"));
    QCOMPARE(cell(model, 1, WirePacketModel::FlagsColumn), QStringLiteral("SYN-ACK"));
    QCOMPARE(cell(model, 1, WirePacketModel::AckColumn), QStringLiteral("1"));
    QCOMPARE(cell(model, 2, WirePacketModel::FlagsColumn), QStringLiteral("ACK"));
    QCOMPARE(cell(model, 2, WirePacketModel::SeqColumn), QStringLiteral("1"));
    // The third packet's window, scaled by the shift the client announced in its SYN.
    const DecodedPacket syn
        = PacketDecoder::decode(f.session.wire().at(model->packetIndex(0)).packet);
    const DecodedPacket third
        = PacketDecoder::decode(f.session.wire().at(model->packetIndex(2)).packet);
    QVERIFY(syn.windowScale >= 0);
    QCOMPARE(cell(model, 2, WirePacketModel::WindowColumn),
        QString::number(quint64(third.window) << syn.windowScale));

    // The segments that came in, where they sit in the stream (from the pane's own columns).
    struct Segment
    {
        int row = 0;
        quint64 start = 0, end = 0;
    };
    QList<Segment> incoming;
    for (int row = 0; row < model->rowCount(); ++row) {
        const quint64 length = cell(model, row, WirePacketModel::LengthColumn).toULongLong();
        if (cell(model, row, WirePacketModel::DirectionColumn) != QStringLiteral("← in")
            || length == 0)
            continue;
        const quint64 start = cell(model, row, WirePacketModel::SeqColumn).toULongLong() - 1;
        incoming.append({ row, start, start + length });
    }
    QVERIFY2(incoming.size() >= 2, qPrintable(QString::number(incoming.size())));
    // The reads, where they sit in the same stream (from the log).
    struct Read
    {
        qint64 event = 0;
        quint64 start = 0, end = 0;
    };
    QList<Read> reads;
    quint64 offset = 0;
    for (qint64 event = 0; event < f.session.log().count(); ++event) {
        const TrafficEvent &e = f.session.log().event(event);
        if (e.connection == accepted.id && e.kind == EventKind::Received) {
            reads.append({ event, offset, offset + e.payloadLength });
            offset += e.payloadLength;
        }
    }
    QCOMPARE(offset, 3000u);

    // A read clicked in the log: the segments its bytes came in are marked.
    const Read read = reads.last();
    ByteLogModel *logModel = window->logModel();
    logModel->flush();
    const int logRow
        = window->logFilter()->mapFromSource(logModel->index(int(read.event), 0)).row();
    QVERIFY(logRow >= 0);
    f.clickLogRow(logRow);
    QList<qint64> expected;
    for (const Segment &segment : std::as_const(incoming))
        if (segment.start < read.end && read.start < segment.end)
            expected << model->packetIndex(segment.row);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(
        linkedRows(model, WirePacketModel::LinkedRole, WirePacketModel::PacketIndexRole), expected);

    // A segment clicked in the wire: the reads its bytes went into are marked in the log.
    const Segment segment = incoming.at(incoming.size() / 2);
    QTableView *view = wire->view();
    const QModelIndex time = model->index(segment.row, WirePacketModel::TimeColumn);
    view->scrollTo(time);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(time).center());
    QList<qint64> expectedReads;
    for (const Read &r : std::as_const(reads))
        if (r.start < segment.end && segment.start < r.end)
            expectedReads << r.event;
    QVERIFY(!expectedReads.isEmpty());
    QCOMPARE(linkedRows(logModel, ByteLogModel::LinkedRole, ByteLogModel::EventIndexRole),
        expectedReads);

    // Its layers: the TCP header's source port, clicked in the tree, is selected in the hex view.
    QTreeWidget *tree = wire->layers()->tree();
    QTreeWidgetItem *tcp = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == QStringLiteral("Transmission Control Protocol"))
            tcp = tree->topLevelItem(i);
    QVERIFY2(tcp, "no TCP layer in the tree");
    QTreeWidgetItem *sourcePort = tcp->child(0);
    QCOMPARE(sourcePort->text(0), QStringLiteral("Source port"));
    QCOMPARE(sourcePort->text(1), QString::number(accepted.peerPort));
    tree->scrollToItem(sourcePort);
    QTest::mouseClick(
        tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(sourcePort).center());
    QByteArray portBytes;
    portBytes.append(char(accepted.peerPort >> 8)).append(char(accepted.peerPort & 0xFF));
    QCOMPARE(wire->layers()->hexView()->selectedBytes(), portBytes);
    QCOMPARE(wire->layers()->hexView()->selection().length, 2);
    // For the README: SOCKETLAB_WIRE_SCREENSHOT=FILE.png saves the window as it is now, at
    // 1280×720.
    if (const QString shot = qEnvironmentVariable("SOCKETLAB_WIRE_SCREENSHOT"); !shot.isEmpty()) {
        window->resize(1280, 720);
        QTest::qWait(300); // only for the picture: the layout settles
        QVERIFY(window->grab().save(shot));
    }

    // "All connections" shows the listener's own packets too (none here) and the client's: as many.
    QTest::mouseClick(wire->allConnectionsBox(), Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), int(f.session.wire().count()));
    Q_UNUSED(listener);

    // Off again, remembered.
    QVERIFY(MenuClicks::choose(window, { "Capture", "Record packets" }));
    QVERIFY(!f.workbench->isCapturing());
    QVERIFY(!AppSettings().recordPackets());
    QTRY_VERIFY(wire->messageText().contains(QLatin1String("Record packets")));

    // Reopened, read-only: the same packets in the same pane.
    const QString path = f.session.journalPath();
    f.window.reset();
    f.workbench.reset(); // its last packets recorded, the journal flushed
    const qint64 recorded = f.session.wire().count();
    QString error;
    std::unique_ptr<MainWindow> reopened(MainWindow::openSessionFile(path, &error));
    QVERIFY2(reopened, qPrintable(error));
    reopened->show();
    QVERIFY(!reopened->captureSwitch());
    WirePacketModel *again = reopened->wirePane()->model();
    QVERIFY(recorded > 0);
    QTRY_COMPARE_WITH_TIMEOUT(again->rowCount(), int(recorded), TimeoutMs);
    QCOMPARE(reopened->wirePane()->messageText(), QString());
    QCOMPARE(cell(again, 0, WirePacketModel::FlagsColumn), QStringLiteral("SYN"));
}

// The test runs itself as nobody (below): there, dumpcap may not capture.
void TestWirePane::unprivilegedShowsOneCalmMessage()
{
    QVERIFY2(::geteuid() == 0, "run as root (CI does): the test becomes nobody with setpriv");
    QString setpriv;
    PeerProcess::findProgram(QStringLiteral("setpriv"), QStringLiteral("util-linux"), &setpriv);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(ChildVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    environment.insert(QStringLiteral("TMPDIR"), dir.path());
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(setpriv,
        { QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
            QStringLiteral("--clear-groups"), QCoreApplication::applicationFilePath() });
    QVERIFY(child.waitForStarted(TimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(child.state(), QProcess::NotRunning, 3 * TimeoutMs);
    const QString output = QString::fromLocal8Bit(child.readAll());
    QVERIFY2(
        child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(
                 QLatin1String("PASS   : TestWirePaneAsNobody::ctrlShiftEExplainsAndSocketsWork")),
        qPrintable(output));
}

// Run as nobody by unprivilegedShowsOneCalmMessage().
class TestWirePaneAsNobody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ctrlShiftEExplainsAndSocketsWork()
    {
        QVERIFY2(::geteuid() != 0, "only as nobody");
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        MainWindow *window = f.window.get();
        QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(f.workbench->isCapturing());
        WirePane *wire = window->wirePane();
        // dumpcap is tried with the first socket to capture: the listener.
        quint16 port = 0;
        listenEcho(f, &port);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(
            wire->messageText().contains(QLatin1String("sudo dpkg-reconfigure wireshark-common")),
            TimeoutMs);
        const QString message = wire->messageText();
        QVERIFY2(message.contains(QLatin1String("sudo usermod -aG wireshark $USER")),
            qPrintable(message));
        // dumpcap's own line, as it printed it.
        QVERIFY2(message.contains(QLatin1String("permission"), Qt::CaseInsensitive),
            qPrintable(message));
        QCOMPARE(message.count(QLatin1String("Packets are not captured")), 1);
        // No dialog: the message is where the packets would be.
        for (QWidget *widget : QApplication::topLevelWidgets())
            QVERIFY2(
                !(qobject_cast<QDialog *>(widget) && widget->isVisible()), "a dialog was shown");

        // Everything else works: the echo listener answers a real client.
        QProcess client;
        client.start(QStringLiteral("python3"),
            { PeerProcess::script("echo_client.py"), QStringLiteral("127.0.0.1"),
                QString::number(port) });
        client.write("nobody's echo");
        client.closeWriteChannel();
        QByteArray line;
        PeerProcess::readLine(client, &line, TimeoutMs);
        QCOMPARE(line, QByteArray("OK 13"));
        PeerProcess::waitForExit(client, TimeoutMs);
        QCOMPARE(f.session.wire().count(), 0);
        QCOMPARE(wire->model()->rowCount(), 0);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    QTEST_SET_MAIN_SOURCE_PATH
    if (qEnvironmentVariableIsSet(ChildVariable)) {
        TestWirePaneAsNobody test;
        return QTest::qExec(&test, argc, argv);
    }
    TestWirePane test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wirepane.moc"
