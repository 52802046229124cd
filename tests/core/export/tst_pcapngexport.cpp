// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioninfo.h"
#include "exportformat.h"
#include "session.h"
#include "workbench.h"

#include "handmadesession.h"
#include "sessionreader.h"
#include "testpayloads.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>
#include <optional>

// The pcapng export, read back by programs that did not write it: a block reader written here
// from the pcapng specification, and Wireshark's tshark, which must see well-formed frames with
// good checksums, no TCP analysis warnings, and streams that reassemble to exactly the bytes of
// the log. Sessions are made by hand (exact frame-by-frame expectations) and from real loopback
// traffic through a Workbench.

using TestPayloads::allByteValues;
using TestPayloads::sawtooth;

namespace {

constexpr int TimeoutMs = 30000;
const QDateTime StartedAt
    = QDateTime::fromString(QStringLiteral("2024-05-01T12:00:00.000Z"), Qt::ISODateWithMs);
const qint64 StartUs = StartedAt.toMSecsSinceEpoch() * 1000;
constexpr qint64 NsPerUs = 1000; // the hand-made sessions here count in µs, as pcapng does

ConnectionInfo identity(ConnectionId id, ConnectionRole role, const QString &name,
    const QString &local, quint16 localPort, const QString &peer, quint16 peerPort,
    ConnectionId parent = 0)
{
    ConnectionInfo info;
    info.id = id;
    info.role = role;
    info.name = name;
    info.parent = parent;
    if (!local.isEmpty())
        info.localAddress = QHostAddress(local);
    info.localPort = localPort;
    if (!peer.isEmpty())
        info.peerAddress = QHostAddress(peer);
    info.peerPort = peerPort;
    return info;
}

// --- A pcapng reader, from the specification --------------------------------------------------

struct Block
{
    quint32 type = 0;
    QByteArray body; // between the two length fields
    QList<std::pair<quint16, QByteArray>> options;
};

struct Packet
{
    quint32 interfaceId = 0;
    quint64 timestampUs = 0;
    QByteArray data;
    QString comment;
    quint32 flags = 0;
};

quint32 le32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}
quint16 le16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

// Options start at 'at' in the body and run to its end.
bool parseOptions(const QByteArray &body, qsizetype at, Block *block, QString *why)
{
    while (at < body.size()) {
        if (at + 4 > body.size()) {
            *why = QStringLiteral("option header cut at %1").arg(at);
            return false;
        }
        const quint16 code = le16(body, at);
        const quint16 length = le16(body, at + 2);
        if (code == 0) {
            if (length != 0 || at + 4 != body.size()) {
                *why = QStringLiteral("opt_endofopt is not last or has a length");
                return false;
            }
            return true;
        }
        const qsizetype padded = (length + 3) / 4 * 4;
        if (at + 4 + padded > body.size()) {
            *why = QStringLiteral("option %1 overruns its block").arg(code);
            return false;
        }
        if (body.mid(at + 4 + length, padded - length) != QByteArray(padded - length, '\0')) {
            *why = QStringLiteral("option %1 padding is not zero").arg(code);
            return false;
        }
        block->options.append({ code, body.mid(at + 4, length) });
        at += 4 + padded;
    }
    if (!block->options.isEmpty()) {
        *why = QStringLiteral("options without opt_endofopt");
        return false;
    }
    return true;
}

std::optional<QList<Block>> readBlocks(const QByteArray &file, QString *why)
{
    QList<Block> blocks;
    qsizetype at = 0;
    while (at < file.size()) {
        if (at + 12 > file.size()) {
            *why = QStringLiteral("block header cut at %1").arg(at);
            return std::nullopt;
        }
        Block block;
        block.type = le32(file, at);
        const quint32 length = le32(file, at + 4);
        if (length % 4 != 0 || length < 12 || at + length > file.size()
            || le32(file, at + length - 4) != length) {
            *why = QStringLiteral("bad block length %1 at %2").arg(length).arg(at);
            return std::nullopt;
        }
        block.body = file.mid(at + 8, length - 12);
        qsizetype optionsAt = 0;
        if (block.type == 0x0A0D0D0A) {
            optionsAt = 16;
        } else if (block.type == 1) {
            optionsAt = 8;
        } else if (block.type == 6) {
            const quint32 captured = le32(block.body, 12);
            optionsAt = 20 + (captured + 3) / 4 * 4;
            if (block.body.mid(20 + captured, optionsAt - 20 - captured)
                != QByteArray(optionsAt - 20 - captured, '\0')) {
                *why = QStringLiteral("packet padding is not zero at %1").arg(at);
                return std::nullopt;
            }
        }
        if (optionsAt > block.body.size() || !parseOptions(block.body, optionsAt, &block, why))
            return std::nullopt;
        blocks.append(block);
        at += length;
    }
    return blocks;
}

QList<Packet> packetsOf(const QList<Block> &blocks)
{
    QList<Packet> packets;
    for (const Block &block : blocks) {
        if (block.type != 6)
            continue;
        Packet packet;
        packet.interfaceId = le32(block.body, 0);
        packet.timestampUs = quint64(le32(block.body, 4)) << 32 | le32(block.body, 8);
        packet.data = block.body.mid(20, le32(block.body, 12));
        for (const auto &[code, value] : block.options) {
            if (code == 1)
                packet.comment = QString::fromUtf8(value);
            else if (code == 2 && value.size() == 4)
                packet.flags = le32(value, 0);
        }
        packets.append(packet);
    }
    return packets;
}

// --- tshark ------------------------------------------------------------------------------------

QString tshark()
{
    return QStandardPaths::findExecutable(QStringLiteral("tshark"));
}

#define REQUIRE_TSHARK()                                                                           \
    QVERIFY2(!tshark().isEmpty(),                                                                  \
        "tshark is not on PATH: install the Debian package 'tshark' (scripts/setup does)")

bool runTshark(const QStringList &arguments, QByteArray *out, QString *why)
{
    QProcess process;
    process.start(tshark(), arguments);
    if (!process.waitForFinished(TimeoutMs)) {
        *why = QStringLiteral("tshark did not finish: ") + process.errorString();
        process.kill();
        process.waitForFinished();
        return false;
    }
    *out = process.readAllStandardOutput();
    // As root, tshark warns on stderr that running as root "could be dangerous": not an error.
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *why = QStringLiteral("tshark %1 failed: %2")
                   .arg(arguments.join(QLatin1Char(' ')),
                       QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    return true;
}

// One row per frame, one column per field; checksums verified.
std::optional<QList<QStringList>> tsharkFields(
    const QString &file, const QStringList &fields, QString *why, const QString &filter = {})
{
    QStringList arguments = { QStringLiteral("-r"), file, QStringLiteral("-o"),
        QStringLiteral("tcp.check_checksum:TRUE"), QStringLiteral("-o"),
        QStringLiteral("ip.check_checksum:TRUE"), QStringLiteral("-T"), QStringLiteral("fields"),
        QStringLiteral("-E"), QStringLiteral("separator=/t"), QStringLiteral("-E"),
        QStringLiteral("occurrence=a"), QStringLiteral("-E"), QStringLiteral("aggregator=|") };
    if (!filter.isEmpty())
        arguments << QStringLiteral("-Y") << filter;
    for (const QString &field : fields)
        arguments << QStringLiteral("-e") << field;
    QByteArray out;
    if (!runTshark(arguments, &out, why))
        return std::nullopt;
    QList<QStringList> rows;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty())
            rows.append(QString::fromUtf8(line).split(QLatin1Char('\t')));
    }
    return rows;
}

// What "Follow TCP Stream" shows: the bytes each side sent, and who the sides are.
struct FollowedStream
{
    QString node0; // the side that sent the first frame: the client
    QString node1;
    QByteArray fromNode0;
    QByteArray fromNode1;
};

// tshark -z follow,tcp,raw,N prints, between two lines of '=':
//   Follow: tcp,raw / Filter: ... / Node 0: ADDR:PORT / Node 1: ADDR:PORT
//   then one line of hex per segment, indented by a tab when node 1 sent it.
std::optional<FollowedStream> follow(const QString &file, int stream, QString *why)
{
    QByteArray out;
    if (!runTshark({ QStringLiteral("-r"), file, QStringLiteral("-q"), QStringLiteral("-z"),
                       QStringLiteral("follow,tcp,raw,%1").arg(stream) },
            &out, why))
        return std::nullopt;
    FollowedStream followed;
    bool inData = false;
    int rules = 0;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("=====")) {
            ++rules;
            inData = false;
            continue;
        }
        if (rules != 1)
            continue;
        if (line.startsWith("Node 0: ")) {
            followed.node0 = QString::fromUtf8(line.mid(8));
            inData = true; // the nodes are the last lines before the data
        } else if (line.startsWith("Node 1: ")) {
            followed.node1 = QString::fromUtf8(line.mid(8));
            inData = true;
        } else if (inData && !line.isEmpty()) {
            if (line.startsWith('\t'))
                followed.fromNode1 += QByteArray::fromHex(line.mid(1));
            else
                followed.fromNode0 += QByteArray::fromHex(line);
        }
    }
    if (rules < 2) {
        *why = QStringLiteral("unexpected follow output: ") + QString::fromUtf8(out.left(500));
        return std::nullopt;
    }
    return followed;
}

// As ConnectionInfo writes endpoints: "127.0.0.1:4000", "[::1]:4000".
QString endpointText(const QString &address, const QString &port)
{
    return formatEndpoint(QHostAddress(address), quint16(port.toUInt()));
}

QString flagNames(const QString &hex)
{
    bool ok = false;
    const uint flags = hex.toUInt(&ok, 16);
    if (!ok)
        return QStringLiteral("?") + hex;
    QString names;
    const std::pair<uint, char> bits[]
        = { { 0x02, 'S' }, { 0x01, 'F' }, { 0x04, 'R' }, { 0x08, 'P' }, { 0x10, 'A' } };
    for (const auto &[bit, name] : bits) {
        if (flags & bit)
            names += QLatin1Char(name);
    }
    return names;
}

// "10.0.0.1:50000>10.0.0.2:80 S seq=0 ack=0 len=0"
const QStringList FrameFields = { QStringLiteral("ip.src"), QStringLiteral("ipv6.src"),
    QStringLiteral("tcp.srcport"), QStringLiteral("ip.dst"), QStringLiteral("ipv6.dst"),
    QStringLiteral("tcp.dstport"), QStringLiteral("tcp.flags"), QStringLiteral("tcp.seq"),
    QStringLiteral("tcp.ack"), QStringLiteral("tcp.len") };

QString frameSummary(const QStringList &row)
{
    const QString src = row.at(0) + row.at(1);
    const QString dst = row.at(3) + row.at(4);
    const QString ack
        = flagNames(row.at(6)).contains(QLatin1Char('A')) ? row.at(8) : QStringLiteral("-");
    return QStringLiteral("%1:%2>%3:%4 %5 seq=%6 ack=%7 len=%8")
        .arg(src, row.at(2), dst, row.at(5), flagNames(row.at(6)), row.at(7), ack, row.at(9));
}

int dataEventCount(const Session &session, ConnectionId id)
{
    int count = 0;
    const TrafficLog &log = session.log();
    for (qint64 i = 0; i < log.count(); ++i) {
        const TrafficEvent &event = log.event(i);
        if (event.connection == id && isData(event.kind) && event.payloadLength > 0)
            ++count;
    }
    return count;
}

std::optional<ConnectionId> acceptedChild(const Session &session, ConnectionId listener, int number)
{
    int seen = 0;
    for (const ConnectionInfo &info : session.connections().snapshot()) {
        if (info.parent == listener && ++seen == number)
            return info.id;
    }
    return std::nullopt;
}

// A client C1 10.0.0.1:50000 -> 10.0.0.2:80 that connects, writes 3000 bytes, reads 10, and
// then ends as each row says.
const QString C = QStringLiteral("10.0.0.1:50000");
const QString S = QStringLiteral("10.0.0.2:80");
const QStringList HandshakeAndData = {
    C + QLatin1Char('>') + S + QStringLiteral(" S seq=0 ack=- len=0"),
    S + QLatin1Char('>') + C + QStringLiteral(" SA seq=0 ack=1 len=0"),
    C + QLatin1Char('>') + S + QStringLiteral(" A seq=1 ack=1 len=0"),
    C + QLatin1Char('>') + S + QStringLiteral(" A seq=1 ack=1 len=1460"),
    C + QLatin1Char('>') + S + QStringLiteral(" A seq=1461 ack=1 len=1460"),
    S + QLatin1Char('>') + C + QStringLiteral(" A seq=1 ack=2921 len=0"),
    C + QLatin1Char('>') + S + QStringLiteral(" PA seq=2921 ack=1 len=80"),
    S + QLatin1Char('>') + C + QStringLiteral(" A seq=1 ack=3001 len=0"),
    S + QLatin1Char('>') + C + QStringLiteral(" PA seq=1 ack=3001 len=10"),
    C + QLatin1Char('>') + S + QStringLiteral(" A seq=3001 ack=11 len=0"),
};

struct CloseStep
{
    EventKind kind;
    QString detail;
    EventFacts facts;
};

const EventFacts FinByUs = EventFacts::ending(CloseKind::Fin, CloseSide::Us);
const EventFacts FinByPeer = EventFacts::ending(CloseKind::Fin, CloseSide::Peer);
const EventFacts RstByUs = EventFacts::ending(CloseKind::Reset, CloseSide::Us);
const EventFacts RstByPeer = EventFacts::ending(CloseKind::Reset, CloseSide::Peer);
const EventFacts ResetError = EventFacts::failure(ErrorCode::ResetByPeer);

} // namespace

Q_DECLARE_METATYPE(QList<CloseStep>)

class tst_PcapngExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsharkRuns();
    void blockLayout();
    void handMadeFrames_data();
    void handMadeFrames();
    void ipv6SegmentsAndMappedAddresses();
    void bothEndsInTheSessionExportOnce();
    void nothingForListenersAndUnconnected();
    void sameSessionSameBytes();
    void liveLoopback();

private:
    QTemporaryDir m_dir;
    QString writeFile(const QString &name, const QByteArray &bytes);
};

QString tst_PcapngExport::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void tst_PcapngExport::tsharkRuns()
{
    REQUIRE_TSHARK();
    QByteArray out;
    QString why;
    QVERIFY2(runTshark({ QStringLiteral("--version") }, &out, &why), qPrintable(why));
    QVERIFY2(out.startsWith("TShark (Wireshark) "), out.constData());
}

// The section header, the interface, and each packet block as the specification lays them out.
void tst_PcapngExport::blockLayout()
{
    HandMadeSession made(StartedAt, NsPerUs);
    QVERIFY(made.started());
    made.session->setIdentity(identity(1, ConnectionRole::Client, QStringLiteral("C1"),
        QStringLiteral("10.0.0.1"), 50000, QStringLiteral("10.0.0.2"), 80));
    made.recordText(
        1000000, 1, EventKind::Connecting, QStringLiteral("socket(), connect(10.0.0.2:80)"));
    made.recordText(
        1001000, 1, EventKind::Connected, QStringLiteral("10.0.0.1:50000 → 10.0.0.2:80"));
    made.record(1002003, 1, EventKind::Sent, QByteArrayLiteral("GET / HTTP/1.0\r\n\r\n"));

    const QByteArray file = made.exported(ExportFormat::Pcapng);
    QString why;
    const auto blocks = readBlocks(file, &why);
    QVERIFY2(blocks, qPrintable(why));
    QCOMPARE(blocks->size(), 2 + 3 + 2); // SHB, IDB, handshake, the segment and its ACK

    const Block &shb = blocks->at(0);
    QCOMPARE(shb.type, 0x0A0D0D0Au);
    QCOMPARE(file.mid(8, 4), QByteArray("\x4d\x3c\x2b\x1a", 4)); // byte-order magic, little-endian
    QCOMPARE(le16(shb.body, 4), quint16(1));
    QCOMPARE(le16(shb.body, 6), quint16(0));
    QCOMPARE(shb.body.mid(8, 8), QByteArray(8, '\xff')); // section length: not given
    QCOMPARE(shb.options.size(), 2);
    QCOMPARE(shb.options.at(0).first, quint16(1));
    QVERIFY(shb.options.at(0).second.startsWith("Synthesized by SocketLab"));
    QCOMPARE(shb.options.at(1).first, quint16(4));
    QCOMPARE(shb.options.at(1).second, QByteArray("SocketLab " SOCKETLAB_VERSION));

    // The interface description, byte for byte: Ethernet, snaplen 262144, if_name "socketlab".
    const qsizetype idbAt = 8 + shb.body.size() + 4;
    const QByteArray expectedIdb = QByteArray("\x01\x00\x00\x00"
                                              "\x28\x00\x00\x00"
                                              "\x01\x00"
                                              "\x00\x00"
                                              "\x00\x00\x04\x00"
                                              "\x02\x00\x09\x00"
                                              "socketlab\0\0\0"
                                              "\x00\x00\x00\x00"
                                              "\x28\x00\x00\x00",
        40);
    QCOMPARE(file.mid(idbAt, 40), expectedIdb);

    const QList<Packet> packets = packetsOf(*blocks);
    QCOMPARE(packets.size(), 5);
    const QList<quint64> times = { 1000000, 1001000, 1001000, 1002003, 1002003 };
    const QList<quint32> directions = { 2, 1, 2, 2, 1 }; // outbound from C1, inbound to it
    for (qsizetype i = 0; i < packets.size(); ++i) {
        QCOMPARE(packets.at(i).interfaceId, 0u);
        QCOMPARE(packets.at(i).timestampUs, quint64(StartUs) + times.at(i));
        QCOMPARE(packets.at(i).flags, directions.at(i));
    }
    QCOMPARE(
        packets.at(0).comment, QStringLiteral("C1 connecting: socket(), connect(10.0.0.2:80)"));
    QCOMPARE(packets.at(1).comment, QString());
    QCOMPARE(packets.at(2).comment, QStringLiteral("C1 connected: 10.0.0.1:50000 → 10.0.0.2:80"));
    QCOMPARE(packets.at(3).comment, QStringLiteral("C1 sent: write() of 18 bytes"));
    QCOMPARE(packets.at(4).comment, QString());

    // The data segment, header by header: Ethernet, IPv4 (checksum computed by hand), TCP.
    const QByteArray frame = packets.at(3).data;
    QCOMPARE(frame.size(), 14 + 20 + 20 + 18);
    QCOMPARE(frame.left(14),
        QByteArray("\x02\x00\x00\x00\x00\x02"
                   "\x02\x00\x00\x00\x00\x01"
                   "\x08\x00",
            14));
    const QByteArray ip = frame.mid(14, 20);
    QCOMPARE(ip.left(10),
        QByteArray("\x45\x00\x00\x3a\x00\x02\x40\x00\x40\x06", 10)); // ID 2: third from C1
    QCOMPARE(ip.mid(12), QByteArray("\x0a\x00\x00\x01\x0a\x00\x00\x02", 8));
    quint32 sum = 0;
    for (int i = 0; i < 20; i += 2)
        sum += qFromBigEndian<quint16>(ip.constData() + i);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    QCOMPARE(sum, 0xffffu); // a header with a correct checksum sums to all ones
    QCOMPARE(frame.mid(14 + 20, 4), QByteArray("\xc3\x50\x00\x50", 4)); // ports 50000, 80
    QCOMPARE(quint8(frame.at(14 + 20 + 12)), quint8(0x50)); // 20-byte header
    QCOMPARE(quint8(frame.at(14 + 20 + 13)), quint8(0x18)); // PSH, ACK
    QCOMPARE(frame.mid(14 + 40), QByteArrayLiteral("GET / HTTP/1.0\r\n\r\n"));
}

void tst_PcapngExport::handMadeFrames_data()
{
    QTest::addColumn<QList<CloseStep>>("steps");
    QTest::addColumn<QStringList>("ending");
    const QString cs = C + QLatin1Char('>') + S;
    const QString sc = S + QLatin1Char('>') + C;

    QTest::newRow("we close, then the peer")
        << QList<CloseStep> { { EventKind::Closing, QStringLiteral("close(): FIN sent"), FinByUs },
               { EventKind::Closed, QStringLiteral("closed by us"), FinByUs } }
        << QStringList { cs + QStringLiteral(" FA seq=3001 ack=11 len=0"),
               sc + QStringLiteral(" A seq=11 ack=3002 len=0"),
               sc + QStringLiteral(" FA seq=11 ack=3002 len=0"),
               cs + QStringLiteral(" A seq=3002 ack=12 len=0") };
    QTest::newRow("the peer closes")
        << QList<CloseStep> { { EventKind::Closed,
               QStringLiteral("peer closed the connection (FIN)"), FinByPeer } }
        << QStringList { sc + QStringLiteral(" FA seq=11 ack=3001 len=0"),
               cs + QStringLiteral(" FA seq=3001 ack=12 len=0"),
               sc + QStringLiteral(" A seq=12 ack=3002 len=0") };
    QTest::newRow("we abort") << QList<CloseStep> {
        { EventKind::Closed, QStringLiteral("aborted: RST sent, unsent data discarded"), RstByUs }
    } << QStringList { cs + QStringLiteral(" RA seq=3001 ack=11 len=0") };
    // A session recorded in German: the texts are no guide, the facts are (issue 13 item 11).
    QTest::newRow("we abort, in German") << QList<CloseStep> {
        { EventKind::Closed, QStringLiteral("abgebrochen: RST gesendet, ungesendete Daten verworfen"), RstByUs }
    } << QStringList { cs + QStringLiteral(" RA seq=3001 ack=11 len=0") };
    QTest::newRow("the peer resets, in German")
        << QList<CloseStep> { { EventKind::Error, QStringLiteral("Verbindung vom Gegenüber zurückgesetzt"), ResetError },
               { EventKind::Closed, QStringLiteral("Gegenüber hat die Verbindung zurückgesetzt (RST)"), RstByPeer } }
        << QStringList { sc + QStringLiteral(" RA seq=11 ack=3001 len=0") };
    QTest::newRow("we abort after FIN")
        << QList<CloseStep> { { EventKind::Closing,
                                  QStringLiteral("close(): FIN follows the 3 queued bytes"), FinByUs },
               { EventKind::Closed, QStringLiteral("aborted: RST sent, unsent data discarded"), RstByUs } }
        << QStringList { cs + QStringLiteral(" FA seq=3001 ack=11 len=0"),
               sc + QStringLiteral(" A seq=11 ack=3002 len=0"),
               cs + QStringLiteral(" RA seq=3002 ack=11 len=0") };
    QTest::newRow("the peer resets")
        << QList<CloseStep> { { EventKind::Error, QStringLiteral("Connection reset by peer"), ResetError },
               { EventKind::Closed, QStringLiteral("connection reset by peer (RST)"), RstByPeer } }
        << QStringList { sc + QStringLiteral(" RA seq=11 ack=3001 len=0") };
    QTest::newRow("reset known from the error only") << QList<CloseStep> {
        { EventKind::Error, QStringLiteral("Connection reset by peer"), ResetError },
        { EventKind::Closed, QStringLiteral("closed: The remote host closed the connection") }
    } << QStringList { sc + QStringLiteral(" RA seq=11 ack=3001 len=0") };
    QTest::newRow("still open") << QList<CloseStep> {} << QStringList {};
}

void tst_PcapngExport::handMadeFrames()
{
    QFETCH(QList<CloseStep>, steps);
    QFETCH(QStringList, ending);
    REQUIRE_TSHARK();

    HandMadeSession made(StartedAt, NsPerUs);
    QVERIFY(made.started());
    made.session->setIdentity(identity(1, ConnectionRole::Client, QStringLiteral("C1"),
        QStringLiteral("10.0.0.1"), 50000, QStringLiteral("10.0.0.2"), 80));
    made.recordText(
        1000000, 1, EventKind::Connecting, QStringLiteral("socket(), connect(10.0.0.2:80)"));
    made.recordText(
        1001000, 1, EventKind::Connected, QStringLiteral("10.0.0.1:50000 → 10.0.0.2:80"));
    made.record(1002000, 1, EventKind::Sent, sawtooth(3000));
    made.record(1003000, 1, EventKind::Received, QByteArrayLiteral("0123456789"));
    made.recordText(1003500, 1, EventKind::Note, QStringLiteral("a note makes no frame"));
    qint64 us = 1004000;
    for (const CloseStep &step : steps)
        made.recordText(us++, 1, step.kind, step.detail, step.facts);

    const QString path
        = writeFile(QStringLiteral("handmade.pcapng"), made.exported(ExportFormat::Pcapng));
    QVERIFY(!path.isEmpty());
    QString why;
    const auto rows = tsharkFields(path,
        FrameFields
            + QStringList { QStringLiteral("frame.time_epoch"), QStringLiteral("frame.comment"),
                QStringLiteral("tcp.checksum.status"), QStringLiteral("ip.checksum.status") },
        &why);
    QVERIFY2(rows, qPrintable(why));
    QStringList actual;
    for (const QStringList &row : *rows)
        actual << frameSummary(row);
    const QStringList expected = HandshakeAndData + ending;
    if (actual != expected)
        qWarning("frames:\n%s", qPrintable(actual.join(QLatin1Char('\n'))));
    QCOMPARE(actual, expected);

    for (const QStringList &row : *rows) {
        QCOMPARE(row.at(12), QStringLiteral("1")); // TCP checksum good
        QCOMPARE(row.at(13), QStringLiteral("1")); // IPv4 header checksum good
    }
    QCOMPARE(rows->at(0).at(10), QStringLiteral("1714564801.000000000"));
    QCOMPARE(rows->at(1).at(10), QStringLiteral("1714564801.001000000"));
    QCOMPARE(rows->at(3).at(10), QStringLiteral("1714564801.002000000"));
    QCOMPARE(rows->at(8).at(10), QStringLiteral("1714564801.003000000"));
    QCOMPARE(rows->at(3).at(11), QStringLiteral("C1 sent: write() of 3000 bytes"));
    QCOMPARE(rows->at(4).at(11), QString());
    QCOMPARE(rows->at(8).at(11), QStringLiteral("C1 received: read() returned 10 bytes"));
    // The first close frame carries the note of the first step that makes frames (an Error
    // makes none), at that step's time.
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).kind == EventKind::Error)
            continue;
        const QStringList &row = rows->at(HandshakeAndData.size());
        QCOMPARE(row.at(10),
            QStringLiteral("1714564801.%1").arg(4000000 + i * 1000, 9, 10, QLatin1Char('0')));
        QCOMPARE(row.at(11),
            QStringLiteral("C1 %1: %2").arg(eventKindName(steps.at(i).kind), steps.at(i).detail));
        break;
    }

    const auto flagged = tsharkFields(
        path, { QStringLiteral("frame.number") }, &why, QStringLiteral("tcp.analysis.flags"));
    QVERIFY2(flagged, qPrintable(why));
    QCOMPARE(flagged->size(), 0);

    const auto followed = follow(path, 0, &why);
    QVERIFY2(followed, qPrintable(why));
    QCOMPARE(followed->node0, C);
    QCOMPARE(followed->node1, S);
    QCOMPARE(followed->fromNode0, sawtooth(3000));
    QCOMPARE(followed->fromNode1, QByteArrayLiteral("0123456789"));
}

// IPv6 segments carry at most 1440 bytes; an IPv4-mapped address is written as IPv4.
void tst_PcapngExport::ipv6SegmentsAndMappedAddresses()
{
    REQUIRE_TSHARK();
    HandMadeSession made(StartedAt, NsPerUs);
    QVERIFY(made.started());
    made.session->setIdentity(identity(1, ConnectionRole::Accepted, QStringLiteral("L1.1"),
        QStringLiteral("::1"), 4000, QStringLiteral("::1"), 40000));
    made.session->setIdentity(identity(2, ConnectionRole::Accepted, QStringLiteral("L2.1"),
        QStringLiteral("::ffff:127.0.0.1"), 4001, QStringLiteral("::ffff:127.0.0.2"), 40001));
    made.recordText(10, 1, EventKind::Accepted,
        QStringLiteral("accept() returned a new socket for [::1]:40000"));
    made.recordText(20, 2, EventKind::Accepted,
        QStringLiteral("accept() returned a new socket for 127.0.0.2:40001"));
    made.record(30, 1, EventKind::Received, sawtooth(3000, 1));
    made.record(40, 2, EventKind::Sent, sawtooth(3000, 2));

    const QString path
        = writeFile(QStringLiteral("v6.pcapng"), made.exported(ExportFormat::Pcapng));
    QString why;
    const auto rows = tsharkFields(path,
        FrameFields
            + QStringList { QStringLiteral("tcp.checksum.status"),
                QStringLiteral("frame.comment") },
        &why);
    QVERIFY2(rows, qPrintable(why));
    QStringList actual;
    for (const QStringList &row : *rows)
        actual << frameSummary(row);
    const QStringList expected = {
        // L1.1: the peer [::1]:40000 is the client.
        QStringLiteral("::1:40000>::1:4000 S seq=0 ack=- len=0"),
        QStringLiteral("::1:4000>::1:40000 SA seq=0 ack=1 len=0"),
        QStringLiteral("::1:40000>::1:4000 A seq=1 ack=1 len=0"),
        // L2.1, over IPv4
        QStringLiteral("127.0.0.2:40001>127.0.0.1:4001 S seq=0 ack=- len=0"),
        QStringLiteral("127.0.0.1:4001>127.0.0.2:40001 SA seq=0 ack=1 len=0"),
        QStringLiteral("127.0.0.2:40001>127.0.0.1:4001 A seq=1 ack=1 len=0"),
        // 3000 bytes over IPv6: 1440 + 1440 + 120
        QStringLiteral("::1:40000>::1:4000 A seq=1 ack=1 len=1440"),
        QStringLiteral("::1:40000>::1:4000 A seq=1441 ack=1 len=1440"),
        QStringLiteral("::1:4000>::1:40000 A seq=1 ack=2881 len=0"),
        QStringLiteral("::1:40000>::1:4000 PA seq=2881 ack=1 len=120"),
        QStringLiteral("::1:4000>::1:40000 A seq=1 ack=3001 len=0"),
        // over IPv4: 1460 + 1460 + 80
        QStringLiteral("127.0.0.1:4001>127.0.0.2:40001 A seq=1 ack=1 len=1460"),
        QStringLiteral("127.0.0.1:4001>127.0.0.2:40001 A seq=1461 ack=1 len=1460"),
        QStringLiteral("127.0.0.2:40001>127.0.0.1:4001 A seq=1 ack=2921 len=0"),
        QStringLiteral("127.0.0.1:4001>127.0.0.2:40001 PA seq=2921 ack=1 len=80"),
        QStringLiteral("127.0.0.2:40001>127.0.0.1:4001 A seq=1 ack=3001 len=0"),
    };
    if (actual != expected)
        qWarning("frames:\n%s", qPrintable(actual.join(QLatin1Char('\n'))));
    QCOMPARE(actual, expected);
    for (const QStringList &row : *rows)
        QCOMPARE(row.at(10), QStringLiteral("1"));
    QCOMPARE(rows->at(2).at(11),
        QStringLiteral("L1.1 accepted: accept() returned a new socket for [::1]:40000"));
    QCOMPARE(rows->at(6).at(11), QStringLiteral("L1.1 received: read() returned 3000 bytes"));

    const auto v6 = follow(path, 0, &why);
    QVERIFY2(v6, qPrintable(why));
    QCOMPARE(v6->node0, QStringLiteral("[::1]:40000"));
    QCOMPARE(v6->fromNode0, sawtooth(3000, 1));
    QCOMPARE(v6->fromNode1, QByteArray());
    const auto v4 = follow(path, 1, &why);
    QVERIFY2(v4, qPrintable(why));
    QCOMPARE(v4->node0, QStringLiteral("127.0.0.2:40001"));
    QCOMPARE(v4->fromNode1, sawtooth(3000, 2));
}

// A client of the session connected to a listener of the session: one TCP connection with two
// log entries. Its frames appear once, from the client's side, whose Sent is the server's
// Received; the accepted end's events add nothing.
void tst_PcapngExport::bothEndsInTheSessionExportOnce()
{
    REQUIRE_TSHARK();
    HandMadeSession made(StartedAt, NsPerUs);
    QVERIFY(made.started());
    made.session->setIdentity(identity(1, ConnectionRole::Listener, QStringLiteral("L1"),
        QStringLiteral("127.0.0.1"), 4000, QString(), 0));
    made.session->setIdentity(identity(2, ConnectionRole::Client, QStringLiteral("C1"),
        QStringLiteral("127.0.0.1"), 50000, QStringLiteral("127.0.0.1"), 4000));
    // The accepted end sees the client through a dual-stack lens: still the same endpoint.
    made.session->setIdentity(identity(3, ConnectionRole::Accepted, QStringLiteral("L1.1"),
        QStringLiteral("127.0.0.1"), 4000, QStringLiteral("::ffff:127.0.0.1"), 50000, 1));
    made.recordText(
        1, 1, EventKind::Listening, QStringLiteral("socket(), bind(127.0.0.1:4000), listen()"));
    made.recordText(
        2, 2, EventKind::Connecting, QStringLiteral("socket(), connect(127.0.0.1:4000)"));
    made.recordText(3, 3, EventKind::Accepted,
        QStringLiteral("accept() returned a new socket for 127.0.0.1:50000"));
    made.recordText(4, 2, EventKind::Connected, QStringLiteral("127.0.0.1:50000 → 127.0.0.1:4000"));
    made.record(5, 2, EventKind::Sent, QByteArrayLiteral("ping"));
    made.record(6, 3, EventKind::Received, QByteArrayLiteral("ping"));
    made.record(7, 3, EventKind::Sent, QByteArrayLiteral("pong!"));
    made.record(8, 2, EventKind::Received, QByteArrayLiteral("pong!"));
    made.recordText(9, 2, EventKind::Closing, QStringLiteral("close(): FIN sent"));
    made.recordText(10, 3, EventKind::Closed, QStringLiteral("peer closed the connection (FIN)"));
    made.recordText(11, 2, EventKind::Closed, QStringLiteral("closed by us"));

    const QByteArray file = made.exported(ExportFormat::Pcapng);
    const QString path = writeFile(QStringLiteral("pair.pcapng"), file);
    QString why;
    const auto rows = tsharkFields(path,
        FrameFields + QStringList { QStringLiteral("tcp.stream"), QStringLiteral("frame.comment") },
        &why);
    QVERIFY2(rows, qPrintable(why));
    QStringList actual;
    for (const QStringList &row : *rows) {
        actual << frameSummary(row);
        QCOMPARE(row.at(10), QStringLiteral("0"));
        QVERIFY2(!row.at(11).startsWith(QLatin1String("L1.1")), qPrintable(row.at(11)));
    }
    const QString cs = QStringLiteral("127.0.0.1:50000>127.0.0.1:4000");
    const QString sc = QStringLiteral("127.0.0.1:4000>127.0.0.1:50000");
    const QStringList expected = {
        cs + QStringLiteral(" S seq=0 ack=- len=0"),
        sc + QStringLiteral(" SA seq=0 ack=1 len=0"),
        cs + QStringLiteral(" A seq=1 ack=1 len=0"),
        cs + QStringLiteral(" PA seq=1 ack=1 len=4"),
        sc + QStringLiteral(" A seq=1 ack=5 len=0"),
        sc + QStringLiteral(" PA seq=1 ack=5 len=5"),
        cs + QStringLiteral(" A seq=5 ack=6 len=0"),
        cs + QStringLiteral(" FA seq=5 ack=6 len=0"),
        sc + QStringLiteral(" A seq=6 ack=6 len=0"),
        sc + QStringLiteral(" FA seq=6 ack=6 len=0"),
        cs + QStringLiteral(" A seq=6 ack=7 len=0"),
    };
    if (actual != expected)
        qWarning("frames:\n%s", qPrintable(actual.join(QLatin1Char('\n'))));
    QCOMPARE(actual, expected);

    const auto blocks = readBlocks(file, &why);
    QVERIFY2(blocks, qPrintable(why));
    QVERIFY(blocks->at(0).options.at(0).second.contains("C1 and L1.1"));
}

void tst_PcapngExport::nothingForListenersAndUnconnected()
{
    REQUIRE_TSHARK();
    HandMadeSession made(StartedAt, NsPerUs);
    QVERIFY(made.started());
    made.session->setIdentity(identity(1, ConnectionRole::Listener, QStringLiteral("L1"),
        QStringLiteral("127.0.0.1"), 4000, QString(), 0));
    ConnectionInfo client
        = identity(2, ConnectionRole::Client, QStringLiteral("C1"), QString(), 0, QString(), 4001);
    client.host = QStringLiteral("localhost");
    made.session->setIdentity(client);
    made.recordText(
        1, 1, EventKind::Listening, QStringLiteral("socket(), bind(127.0.0.1:4000), listen()"));
    made.recordText(2, 2, EventKind::LookingUp, QStringLiteral("getaddrinfo(localhost)"));
    made.recordText(
        3, 2, EventKind::Connecting, QStringLiteral("socket(), connect(127.0.0.1:4001)"));
    made.recordText(4, 2, EventKind::Error, QStringLiteral("Connection refused"));
    made.recordText(5, 2, EventKind::Closed, QStringLiteral("could not connect"));
    made.recordText(
        6, 1, EventKind::ListenStopped, QStringLiteral("close() on the listening socket"));
    made.recordText(7, 77, EventKind::Received, QStringLiteral("of a connection never described"));

    const QByteArray file = made.exported(ExportFormat::Pcapng);
    QString why;
    const auto blocks = readBlocks(file, &why);
    QVERIFY2(blocks, qPrintable(why));
    QCOMPARE(blocks->size(), 2);
    QCOMPARE(blocks->at(1).type, 1u);
    const QString path = writeFile(QStringLiteral("empty.pcapng"), file);
    const auto rows = tsharkFields(path, { QStringLiteral("frame.number") }, &why);
    QVERIFY2(rows, qPrintable(why));
    QCOMPARE(rows->size(), 0);
}

void tst_PcapngExport::sameSessionSameBytes()
{
    HandMadeSession made(StartedAt, NsPerUs);
    QVERIFY(made.started());
    made.session->setIdentity(identity(5, ConnectionRole::Client, QStringLiteral("C1"),
        QStringLiteral("10.0.0.1"), 50000, QStringLiteral("10.0.0.2"), 80));
    made.recordText(1, 5, EventKind::Connected, QStringLiteral("10.0.0.1:50000 → 10.0.0.2:80"));
    made.record(2, 5, EventKind::Sent, sawtooth(5000));
    const QByteArray first = made.exported(ExportFormat::Pcapng);
    QVERIFY(first.size() > 5000);
    QCOMPARE(made.exported(ExportFormat::Pcapng), first);
}

// Real sockets through a Workbench: every kind of connection, then the export read back.
void tst_PcapngExport::liveLoopback()
{
    REQUIRE_TSHARK();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Session session(std::make_unique<SessionClock>());
    QString error;
    QVERIFY2(session.startRecording(dir.filePath(QStringLiteral("live.socketlab")), &error),
        qPrintable(error));
    auto bench = std::make_unique<Workbench>(session);
    const SessionReader log(session);

    // 1. Both ends in the session over IPv4: binary both ways, one write > 64 kB; FIN.
    const ConnectionId l1 = bench->listen({});
    QTRY_COMPARE_WITH_TIMEOUT(log.info(l1).state, ConnectionState::Listening, TimeoutMs);
    const quint16 port1 = session.connections().find(l1)->localPort;
    const ConnectionId c1 = bench->connectTo({ QStringLiteral("127.0.0.1"), port1 });
    QTRY_COMPARE_WITH_TIMEOUT(log.info(c1).state, ConnectionState::Connected, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(acceptedChild(session, l1, 1).has_value(), TimeoutMs);
    const ConnectionId a1 = *acceptedChild(session, l1, 1);
    QTRY_COMPARE_WITH_TIMEOUT(log.info(a1).state, ConnectionState::Connected, TimeoutMs);
    const QByteArray big = sawtooth(100000, 3);
    bench->send(c1, allByteValues());
    bench->send(a1, big);
    bench->send(c1, QByteArrayLiteral("and after that, a line\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(log.info(a1).bytesIn, quint64(256 + 24), TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(log.info(c1).bytesIn, quint64(big.size()), TimeoutMs);
    bench->close(c1);
    QTRY_COMPARE_WITH_TIMEOUT(log.info(c1).state, ConnectionState::Closed, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(log.info(a1).state, ConnectionState::Closed, TimeoutMs);

    // 2. A client of the session to a plain server here (one end in the session); RST.
    QTcpServer plainServer;
    QVERIFY(plainServer.listen(QHostAddress::LocalHost, 0));
    const ConnectionId c2
        = bench->connectTo({ QStringLiteral("127.0.0.1"), plainServer.serverPort() });
    QTRY_VERIFY_WITH_TIMEOUT(plainServer.hasPendingConnections(), TimeoutMs);
    std::unique_ptr<QTcpSocket> serverSide(plainServer.nextPendingConnection());
    QTRY_COMPARE_WITH_TIMEOUT(log.info(c2).state, ConnectionState::Connected, TimeoutMs);
    const QByteArray request = sawtooth(3000, 4);
    bench->send(c2, request);
    QTRY_COMPARE_WITH_TIMEOUT(serverSide->bytesAvailable(), qint64(request.size()), TimeoutMs);
    QCOMPARE(serverSide->readAll(), request);
    serverSide->write(allByteValues());
    QTRY_COMPARE_WITH_TIMEOUT(log.info(c2).bytesIn, quint64(256), TimeoutMs);
    bench->abort(c2);
    QTRY_COMPARE_WITH_TIMEOUT(log.info(c2).state, ConnectionState::Closed, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(serverSide->state(), QAbstractSocket::UnconnectedState, TimeoutMs);

    // 3. IPv6: a plain client here to a listener of the session on ::1; the client closes (FIN).
    const ConnectionId l2 = bench->listen({ QHostAddress(QHostAddress::LocalHostIPv6), 0, false });
    QTRY_COMPARE_WITH_TIMEOUT(log.info(l2).state, ConnectionState::Listening, TimeoutMs);
    const quint16 port2 = session.connections().find(l2)->localPort;
    QTcpSocket plainClient;
    plainClient.connectToHost(QHostAddress(QHostAddress::LocalHostIPv6), port2);
    QTRY_COMPARE_WITH_TIMEOUT(plainClient.state(), QAbstractSocket::ConnectedState, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(acceptedChild(session, l2, 1).has_value(), TimeoutMs);
    const ConnectionId a2 = *acceptedChild(session, l2, 1);
    const QByteArray upload = sawtooth(5000, 5);
    plainClient.write(upload);
    QTRY_COMPARE_WITH_TIMEOUT(log.info(a2).bytesIn, quint64(upload.size()), TimeoutMs);
    bench->send(a2, allByteValues());
    QTRY_COMPARE_WITH_TIMEOUT(plainClient.bytesAvailable(), qint64(256), TimeoutMs);
    QCOMPARE(plainClient.readAll(), allByteValues());
    plainClient.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(log.info(a2).state, ConnectionState::Closed, TimeoutMs);

    // 4. IPv6 with both ends in the session; the server side closes first.
    const ConnectionId c3 = bench->connectTo({ QStringLiteral("::1"), port2 });
    QTRY_COMPARE_WITH_TIMEOUT(log.info(c3).state, ConnectionState::Connected, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(acceptedChild(session, l2, 2).has_value(), TimeoutMs);
    const ConnectionId a3 = *acceptedChild(session, l2, 2);
    QTRY_COMPARE_WITH_TIMEOUT(log.info(a3).state, ConnectionState::Connected, TimeoutMs);
    bench->send(c3, sawtooth(4000, 6));
    QTRY_COMPARE_WITH_TIMEOUT(log.info(a3).bytesIn, quint64(4000), TimeoutMs);
    bench->send(a3, QByteArrayLiteral("bye"));
    QTRY_COMPARE_WITH_TIMEOUT(log.info(c3).bytesIn, quint64(3), TimeoutMs);
    bench->close(a3);
    QTRY_COMPARE_WITH_TIMEOUT(log.info(a3).state, ConnectionState::Closed, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(log.info(c3).state, ConnectionState::Closed, TimeoutMs);

    bench.reset(); // every socket closed and the journal flushed: the log is complete

    // The pairs hold the same bytes at both ends: exporting one end loses nothing.
    QCOMPARE(log.stream(c1, EventKind::Sent), log.stream(a1, EventKind::Received));
    QCOMPARE(log.stream(a1, EventKind::Sent), log.stream(c1, EventKind::Received));
    QCOMPARE(log.stream(c3, EventKind::Sent), log.stream(a3, EventKind::Received));

    QFile out(dir.filePath(QStringLiteral("live.pcapng")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY2(exportSession(session, ExportFormat::Pcapng, out, {}, &error), qPrintable(error));
    out.close();
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray file = out.readAll();
    const QString path = out.fileName();
    QString why;
    const auto blocks = readBlocks(file, &why);
    QVERIFY2(blocks, qPrintable(why));
    const QList<Packet> packets = packetsOf(*blocks);

    // Every frame, as tshark reads it.
    const QStringList fields = FrameFields
        + QStringList { QStringLiteral("tcp.stream"), QStringLiteral("tcp.checksum.status"),
              QStringLiteral("ip.checksum.status"), QStringLiteral("frame.comment"),
              QStringLiteral("frame.time_epoch") };
    const auto rows = tsharkFields(path, fields, &why);
    QVERIFY2(rows, qPrintable(why));
    QCOMPARE(rows->size(), packets.size());

    struct Expected
    {
        QString name;
        ConnectionId ours;
        QString client; // who sent the SYN
        QString server;
        QByteArray clientToServer;
        QByteArray serverToClient;
        QString lastFlags; // of the connection's final frame
        bool rst;
    };
    const auto endpoint = [&session](ConnectionId id, bool local) {
        const auto info = session.connections().find(id);
        return local ? info->localEndpoint() : info->peerEndpoint();
    };
    // The order in which the handshakes happened, as tcp.stream numbers them.
    const QList<Expected> streams = {
        { QStringLiteral("C1 <-> L1.1"), c1, endpoint(c1, true), endpoint(c1, false),
            log.stream(c1, EventKind::Sent), log.stream(c1, EventKind::Received),
            QStringLiteral("A"), false },
        { QStringLiteral("C2 <-> plain server"), c2, endpoint(c2, true), endpoint(c2, false),
            log.stream(c2, EventKind::Sent), log.stream(c2, EventKind::Received),
            QStringLiteral("RA"), true },
        { QStringLiteral("plain client <-> L2.1"), a2, endpoint(a2, false), endpoint(a2, true),
            log.stream(a2, EventKind::Received), log.stream(a2, EventKind::Sent),
            QStringLiteral("A"), false },
        { QStringLiteral("C3 <-> L2.2"), c3, endpoint(c3, true), endpoint(c3, false),
            log.stream(c3, EventKind::Sent), log.stream(c3, EventKind::Received),
            QStringLiteral("A"), false },
    };
    QCOMPARE(streams.at(0).clientToServer.size(), 256 + 24);
    QCOMPARE(streams.at(0).serverToClient, big);
    QCOMPARE(streams.at(1).serverToClient, allByteValues());
    QCOMPARE(streams.at(2).clientToServer, upload);

    QMap<int, QStringList> flagsByStream;
    QMap<int, int> framesByStream;
    QStringList comments;
    double lastTime = 0;
    for (const QStringList &row : *rows) {
        const int stream = row.at(10).toInt();
        QVERIFY2(stream >= 0 && stream < streams.size(), qPrintable(row.join(QLatin1Char(' '))));
        const Expected &expected = streams.at(stream);
        const QString src = endpointText(row.at(0) + row.at(1), row.at(2));
        const QString dst = endpointText(row.at(3) + row.at(4), row.at(5));
        QVERIFY2((src == expected.client && dst == expected.server)
                || (src == expected.server && dst == expected.client),
            qPrintable(QStringLiteral("%1: %2 > %3").arg(expected.name, src, dst)));
        QCOMPARE(row.at(11), QStringLiteral("1")); // TCP checksum good
        const bool v6 = !row.at(1).isEmpty();
        QCOMPARE(row.at(12), v6 ? QString() : QStringLiteral("1")); // IPv4 header checksum good
        flagsByStream[stream] << flagNames(row.at(6));
        ++framesByStream[stream];
        if (!row.at(13).isEmpty())
            comments << row.at(13);
        const double time = row.at(14).toDouble();
        QVERIFY2(time >= lastTime, "frames are in time order");
        lastTime = time;
    }
    QCOMPARE(framesByStream.size(), streams.size());
    for (int stream = 0; stream < streams.size(); ++stream) {
        const Expected &expected = streams.at(stream);
        const QStringList flags = flagsByStream.value(stream);
        QCOMPARE(flags.count(QStringLiteral("S")), 1); // one handshake: no duplicate of a pair
        QCOMPARE(flags.count(QStringLiteral("SA")), 1);
        QCOMPARE(flags.last(), expected.lastFlags);
        QCOMPARE(flags.count(QStringLiteral("RA")), expected.rst ? 1 : 0);
        QCOMPARE(flags.count(QStringLiteral("FA")), expected.rst ? 0 : 2);

        const auto followed = follow(path, stream, &why);
        QVERIFY2(followed, qPrintable(why));
        QCOMPARE(followed->node0, expected.client);
        QCOMPARE(followed->node1, expected.server);
        QVERIFY2(followed->fromNode0 == expected.clientToServer, qPrintable(expected.name));
        QVERIFY2(followed->fromNode1 == expected.serverToClient, qPrintable(expected.name));
    }

    const auto flagged = tsharkFields(path,
        { QStringLiteral("frame.number"), QStringLiteral("_ws.expert.message") }, &why,
        QStringLiteral("tcp.analysis.flags"));
    QVERIFY2(flagged, qPrintable(why));
    QVERIFY2(flagged->isEmpty(),
        qPrintable(flagged->isEmpty() ? QString() : flagged->first().join(QLatin1Char(' '))));

    // A note for every write and read of the exported ends, on their first frame.
    int dataComments = 0;
    for (const QString &comment : std::as_const(comments)) {
        if (comment.contains(QLatin1String(" sent: write() of "))
            || comment.contains(QLatin1String(" received: read() returned ")))
            ++dataComments;
    }
    QCOMPARE(dataComments,
        dataEventCount(session, c1) + dataEventCount(session, c2) + dataEventCount(session, a2)
            + dataEventCount(session, c3));
    const QString c1Name = session.connections().find(c1)->name;
    QVERIFY2(comments.contains(QStringLiteral("%1 sent: write() of 256 bytes").arg(c1Name)),
        qPrintable(comments.join(QLatin1Char('\n'))));
    QVERIFY(comments.contains(QStringLiteral("%1 closed: aborted: RST sent, unsent data discarded")
                                  .arg(session.connections().find(c2)->name)));
}

QTEST_GUILESS_MAIN(tst_PcapngExport)
#include "tst_pcapngexport.moc"
