// SPDX-License-Identifier: GPL-3.0-or-later
// A session with UDP traffic exported and read back by programs we did not write: tshark decodes
// every datagram of the pcapng with verified IP and UDP checksums, its payload equal to the
// log's, including the empty and the largest datagram; the text exports carry each datagram's
// peer, and JSON Lines has one "direction" object per datagram.
#include "exportformat.h"
#include "udpsocket.h"

#include "workbenchfixture.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

constexpr int TimeoutMs = 20000;

} // namespace

class TestUdpExport : public QObject, private WorkbenchFixture
{
    Q_OBJECT

public:
    TestUdpExport()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }
    void tsharkDecodesEveryDatagram_data();
    void tsharkDecodesEveryDatagram();
    void textExportsCarryThePeer();
    void connectedSocketIsUdpInPcapng();

private:
    // Records datagrams both ways between a SocketLab UDP socket and a plain one; returns them.
    QList<QByteArray> recordExchange(bool ipv6, ConnectionId *socket, UdpSocket *other);
};

QList<QByteArray> TestUdpExport::recordExchange(bool ipv6, ConnectionId *socket, UdpSocket *other)
{
    const QHostAddress loopback = ipv6 ? QHostAddress(QHostAddress::LocalHostIPv6) : QHostAddress(QHostAddress::LocalHost);
    UdpOptions options;
    options.address = loopback;
    options.echo = true;
    *socket = m_workbench->openUdp(options);
    QList<QByteArray> datagrams;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(*socket, EventKind::Listening), TimeoutMs);
        const quint16 port = m_log->info(*socket).localPort;
        QByteArray all(256, Qt::Uninitialized);
        for (int i = 0; i < 256; ++i)
            all[i] = char(i);
        datagrams = {QByteArray(), all, QByteArray(ipv6 ? UdpSocket::MaxPayloadIPv6 : UdpSocket::MaxPayloadIPv4, 'z'),
                     QByteArray("last")};
        QString error;
        for (const QByteArray &datagram : datagrams)
            QVERIFY2(other->sendTo(datagram, loopback, port, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(*socket).chunksOut, quint64(datagrams.size()), TimeoutMs);
    }();
    return datagrams;
}

void TestUdpExport::tsharkDecodesEveryDatagram_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("IPv4") << false;
    QTest::newRow("IPv6") << true;
}

void TestUdpExport::tsharkDecodesEveryDatagram()
{
    QFETCH(bool, ipv6);
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    QVERIFY2(!tshark.isEmpty(), "tshark is not on PATH: install the Debian package 'tshark' (scripts/setup does)");
    UdpSocket other;
    ConnectionId socket = 0;
    const QList<QByteArray> datagrams = recordExchange(ipv6, &socket, &other);
    if (QTest::currentTestFailed())
        return;
    const quint16 port = m_log->info(socket).localPort;

    const QString path = m_dir->filePath(QStringLiteral("udp.pcapng"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(exportSession(*m_session, ExportFormat::Pcapng, file, {}, &error), qPrintable(error));
    file.close();

    QProcess process;
    process.start(tshark, {QStringLiteral("-r"), path, QStringLiteral("-o"), QStringLiteral("udp.check_checksum:TRUE"),
                           QStringLiteral("-o"), QStringLiteral("ip.check_checksum:TRUE"), QStringLiteral("-T"),
                           QStringLiteral("fields"), QStringLiteral("-E"), QStringLiteral("separator=/t"),
                           QStringLiteral("-e"), QStringLiteral("udp.srcport"), QStringLiteral("-e"),
                           QStringLiteral("udp.dstport"), QStringLiteral("-e"), QStringLiteral("udp.length"),
                           QStringLiteral("-e"), QStringLiteral("udp.checksum.status"), QStringLiteral("-e"),
                           QStringLiteral("data.data"), QStringLiteral("-e"),
                           ipv6 ? QStringLiteral("ipv6.dst") : QStringLiteral("ip.dst")});
    QVERIFY(process.waitForFinished(TimeoutMs));
    QCOMPARE(process.exitCode(), 0);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    // One frame per datagram event of the log, in the log's order (echoes go after each batch
    // read), each with the log's bytes.
    struct Expected
    {
        bool in = false;
        QByteArray bytes;
    };
    QList<Expected> expected;
    const TrafficLog &log = m_session->log();
    for (qint64 i = 0; i < log.count(); ++i) {
        const TrafficEvent event = log.event(i);
        if (isData(event.kind))
            expected.append({event.kind == EventKind::Received, log.payload(event)});
    }
    QCOMPARE(expected.size(), datagrams.size() * 2);
    QVERIFY2(lines.size() == expected.size(), lines.join('\n').left(3000).constData());
    int received = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split('\t');
        const bool in = expected[i].in;
        QCOMPARE(fields.value(0).toUShort(), in ? other.localPort() : port);
        QCOMPARE(fields.value(1).toUShort(), in ? port : other.localPort());
        QCOMPARE(fields.value(2).toInt(), 8 + expected[i].bytes.size());
        QCOMPARE(fields.value(3), QByteArray("1"));   // 1 "Good" (0 bad, 2 unverified): tshark checked it
        QCOMPARE(QByteArray::fromHex(fields.value(4)), expected[i].bytes);
        QCOMPARE(QHostAddress(QString::fromLatin1(fields.value(5))),
                 ipv6 ? QHostAddress(QHostAddress::LocalHostIPv6) : QHostAddress(QHostAddress::LocalHost));
        if (in)
            QCOMPARE(expected[i].bytes, datagrams[received++]);
    }
}

void TestUdpExport::textExportsCarryThePeer()
{
    UdpSocket other;
    ConnectionId socket = 0;
    const QList<QByteArray> datagrams = recordExchange(false, &socket, &other);
    if (QTest::currentTestFailed())
        return;
    const QString peer = QStringLiteral("127.0.0.1:%1").arg(other.localPort());

    QBuffer jsonl;
    jsonl.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(exportSession(*m_session, ExportFormat::JsonLines, jsonl, {}, &error), qPrintable(error));
    QList<QByteArray> in, out;
    for (const QByteArray &line : jsonl.data().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString direction = object.value(QStringLiteral("direction")).toString();
        if (direction.isEmpty())
            continue;
        QCOMPARE(object.value(QStringLiteral("peer")).toString(), peer);
        const QByteArray payload = QByteArray::fromBase64(object.value(QStringLiteral("payload_base64")).toString().toLatin1());
        (direction == QLatin1String("in") ? in : out) << payload;
    }
    QCOMPARE(in, datagrams);    // one object per datagram, the empty one included
    QCOMPARE(out, datagrams);

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY2(exportSession(*m_session, ExportFormat::Csv, csv, {}, &error), qPrintable(error));
    QCOMPARE(csv.data().count(QStringLiteral(",received,in,").toUtf8()), datagrams.size());
    QCOMPARE(csv.data().count(peer.toUtf8()) >= datagrams.size() * 2, true);

    QBuffer text;
    text.open(QIODevice::WriteOnly);
    QVERIFY2(exportSession(*m_session, ExportFormat::Text, text, {}, &error), qPrintable(error));
    QVERIFY2(text.data().contains(peer.toUtf8()), text.data().left(2000).constData());
}

// A connected UDP socket (--connect udp:) is a client row of kind UDP: its datagrams are UDP
// frames too, not a TCP stream with a handshake.
void TestUdpExport::connectedSocketIsUdpInPcapng()
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    QVERIFY2(!tshark.isEmpty(), "tshark is not on PATH: install the Debian package 'tshark' (scripts/setup does)");
    UdpSocket other;
    QString error;
    QVERIFY2(other.bind(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    Workbench::ConnectOptions options;
    options.kind = EndpointKind::Udp;
    options.host = QStringLiteral("127.0.0.1");
    options.port = other.localPort();
    const ConnectionId client = m_workbench->connectTo(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Connected), TimeoutMs);
    m_workbench->send(client, "one");
    m_workbench->send(client, QByteArray());
    QTRY_COMPARE_WITH_TIMEOUT(m_log->info(client).chunksOut, quint64(2), TimeoutMs);
    const quint16 clientPort = m_log->info(client).localPort;
    QVERIFY2(other.sendTo("back", QHostAddress::LocalHost, clientPort, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_log->info(client).chunksIn, quint64(1), TimeoutMs);

    const QString path = m_dir->filePath(QStringLiteral("connected.pcapng"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY2(exportSession(*m_session, ExportFormat::Pcapng, file, {}, &error), qPrintable(error));
    file.close();
    QProcess process;
    process.start(tshark, {QStringLiteral("-r"), path, QStringLiteral("-T"), QStringLiteral("fields"),
                           QStringLiteral("-E"), QStringLiteral("separator=/t"), QStringLiteral("-e"),
                           QStringLiteral("frame.protocols"), QStringLiteral("-e"), QStringLiteral("udp.srcport"),
                           QStringLiteral("-e"), QStringLiteral("udp.dstport"), QStringLiteral("-e"),
                           QStringLiteral("udp.length")});
    QVERIFY(process.waitForFinished(TimeoutMs));
    QCOMPARE(process.exitCode(), 0);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    const QByteArray from = QByteArray::number(clientPort), to = QByteArray::number(other.localPort());
    // What tshark makes of the payload depends on the port; that it is UDP and not TCP does not.
    const QList<QByteArray> expected{from + "\t" + to + "\t11", from + "\t" + to + "\t8", to + "\t" + from + "\t12"};
    QCOMPARE(lines.size(), expected.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray protocols = lines[i].left(lines[i].indexOf('\t'));
        QVERIFY2(protocols.startsWith("eth:ethertype:ip:udp") && !protocols.contains("tcp"), lines[i].constData());
        QCOMPARE(lines[i].mid(lines[i].indexOf('\t') + 1), expected[i]);
    }
}

QTEST_GUILESS_MAIN(TestUdpExport)
#include "tst_udpexport.moc"
