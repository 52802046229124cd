// SPDX-License-Identifier: GPL-3.0-or-later
// The pcapng export of a session with a capture: the real packets (the same raw sequence numbers
// and TCP timestamps as an independent capture by dumpcap run by the test), whole again where the
// capture kept only their first bytes, so that tshark's Follow TCP Stream shows the log's bytes;
// a connection whose capture started after its SYN is synthesized, and the file says so. Runs as
// root (CI does).
#include "exportformat.h"
#include "packetdecoder.h"
#include "session.h"
#include "workbench.h"

#include "independentcapture.h"
#include "peerprocess.h"
#include "workbenchfixture.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int TimeoutMs = 20000;

Workbench::ListenOptions echoListener()
{
    Workbench::ListenOptions options;
    options.echo = true;
    return options;
}

QByteArray sawtooth(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char('a' + i % 23);
    return bytes;
}

} // namespace

class TestWireExport : public QObject, private WorkbenchFixture
{
    Q_OBJECT

public:
    TestWireExport()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    void exportHasTheRealPacketsWhole();
    void captureStartedAfterTheSocketIsSynthesized();

private:
    ConnectionId connectAndEcho(quint16 port, const QByteArray &payload);
    QString exportPcapng(const QString &name);
    void verifyStreamsEqualTheLog(const QString &file, int streams);
};

// A SocketLab client to the echo listener: sends payload and waits for it to come back.
ConnectionId TestWireExport::connectAndEcho(quint16 port, const QByteArray &payload)
{
    Workbench::ConnectOptions connect;
    connect.host = QStringLiteral("127.0.0.1");
    connect.port = port;
    const ConnectionId client = m_workbench->connectTo(connect);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Connected), TimeoutMs);
        m_workbench->send(client, payload);
        QTRY_COMPARE_WITH_TIMEOUT(m_log->totals(client).bytesIn, quint64(payload.size()), TimeoutMs);
    }();
    return client;
}

QString TestWireExport::exportPcapng(const QString &name)
{
    QFile out(m_dir->filePath(name));
    if (!out.open(QIODevice::WriteOnly))
        return {};
    QString error;
    if (!exportSession(*m_session, ExportFormat::Pcapng, out, {}, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return out.fileName();
}

// Every TCP stream in the file, followed by tshark, is what one accepted connection of the session
// received (from its client) and sent (back).
void TestWireExport::verifyStreamsEqualTheLog(const QString &file, int streams)
{
    QList<QPair<QByteArray, QByteArray>> expected;
    for (const ConnectionInfo &info : m_session->connections().snapshot()) {
        if (info.role == ConnectionRole::Accepted)
            expected.append({m_log->stream(info.id, EventKind::Received), m_log->stream(info.id, EventKind::Sent)});
    }
    QCOMPARE(expected.size(), streams);
    for (int stream = 0; stream < streams; ++stream) {
        const IndependentCapture::FollowedStream followed = IndependentCapture::follow(file, stream, TimeoutMs);
        QVERIFY2(followed.ok, qPrintable(QStringLiteral("stream %1 not followed").arg(stream)));
        const QPair<QByteArray, QByteArray> got{followed.fromNode0, followed.fromNode1};
        QVERIFY2(expected.contains(got),
                 qPrintable(QStringLiteral("stream %1 (%2 -> %3): %4 and %5 bytes, not a connection's")
                                .arg(stream).arg(followed.node0, followed.node1)
                                .arg(followed.fromNode0.size()).arg(followed.fromNode1.size())));
        expected.removeOne(got);
    }
}

void TestWireExport::exportHasTheRealPacketsWhole()
{
    const QString independentFile = m_dir->filePath(QStringLiteral("independent.pcapng"));
    QProcess independent;
    IndependentCapture::start(independent, independentFile, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    m_workbench->startCapture();
    ConnectionId listener = 0;
    quint16 port = 0;
    startListener(echoListener(), &listener, &port);
    if (QTest::currentTestFailed())
        return;

    // A program we did not write, and a SocketLab client: both ends of the second are SocketLab's.
    IndependentCapture::echoWithPython(port, sawtooth(3000), TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    const ConnectionId ours = connectAndEcho(port, sawtooth(5000).toUpper());
    if (QTest::currentTestFailed())
        return;
    m_workbench->close(ours);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(ours, EventKind::Closed), TimeoutMs);
    m_workbench.reset();   // the capture's last packets are recorded
    independent.terminate();
    QVERIFY(independent.waitForFinished(TimeoutMs));

    // The capture kept only the first bytes of the large segments: the export has to refill them.
    bool cut = false;
    for (const WirePacket &wire : m_session->wire().range(0, m_session->wire().count()))
        cut = cut || quint32(wire.packet.bytes.size()) < wire.packet.originalLength;
    QVERIFY2(cut, "no packet was cut by the capture's snap length");

    const QString exported = exportPcapng(QStringLiteral("real.pcapng"));
    QVERIFY(!exported.isEmpty());
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(file.readAll().contains("Real packets of"), "the section comment does not say the packets are real");

    // The same segments as the independent capture, raw sequence numbers and timestamps included.
    const QStringList columns{QStringLiteral("tcp.srcport"), QStringLiteral("tcp.dstport"), QStringLiteral("tcp.seq_raw"),
                              QStringLiteral("tcp.ack_raw"), QStringLiteral("tcp.flags"),
                              QStringLiteral("tcp.options.timestamp.tsval"), QStringLiteral("tcp.len")};
    const QString filter = QStringLiteral("tcp.port == %1").arg(port);
    const auto theirs = IndependentCapture::fields(independentFile, filter, columns, TimeoutMs);
    const auto exportedRows
        = IndependentCapture::fields(exported, filter, columns + QStringList{QStringLiteral("frame.cap_len"),
                                                                             QStringLiteral("frame.len")},
                                     TimeoutMs);
    QVERIFY2(theirs.size() >= 20, qPrintable(QString::number(theirs.size())));
    QCOMPARE(exportedRows.size(), theirs.size());
    for (qsizetype i = 0; i < theirs.size(); ++i) {
        QCOMPARE(exportedRows.at(i).mid(0, columns.size()), theirs.at(i));
        QCOMPARE(exportedRows.at(i).at(columns.size()), exportedRows.at(i).at(columns.size() + 1));   // whole
    }
    verifyStreamsEqualTheLog(exported, 2);
}

// C1 connected before the capture started; C2, after it, widened the capture to the same port, so
// C1's later packets are captured without their SYN: C1's stream cannot be placed in the real
// packets, so it is synthesized (the file says so), and C2's is real. Both follow as the log says.
void TestWireExport::captureStartedAfterTheSocketIsSynthesized()
{
    ConnectionId listener = 0;
    quint16 port = 0;
    startListener(echoListener(), &listener, &port);
    if (QTest::currentTestFailed())
        return;
    const ConnectionId early = connectAndEcho(port, QByteArray("before the capture"));
    if (QTest::currentTestFailed())
        return;
    m_workbench->startCapture();
    const ConnectionId late = connectAndEcho(port, sawtooth(2000));
    if (QTest::currentTestFailed())
        return;
    m_workbench->send(early, sawtooth(3000));
    QTRY_COMPARE_WITH_TIMEOUT(m_log->totals(early).bytesIn, quint64(3018), TimeoutMs);
    m_workbench->close(early);
    m_workbench->close(late);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(early, EventKind::Closed) && m_log->has(late, EventKind::Closed), TimeoutMs);
    m_workbench.reset();

    bool earlyCaptured = false;
    for (const WirePacket &wire : m_session->wire().range(0, m_session->wire().count())) {
        if (wire.connection == early) {
            earlyCaptured = true;
            QVERIFY(!PacketDecoder::decode(wire.packet).has(DecodedPacket::Syn));
        }
    }
    QVERIFY2(earlyCaptured, "the capture missed the early connection's later packets");

    const QString exported = exportPcapng(QStringLiteral("late.pcapng"));
    QVERIFY(!exported.isEmpty());
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("Real packets of C2"));
    QVERIFY(content.contains("The capture started after the first packets of C1"));
    verifyStreamsEqualTheLog(exported, 2);
}

QTEST_GUILESS_MAIN(TestWireExport)
#include "tst_wireexport.moc"
