// SPDX-License-Identifier: GPL-3.0-or-later
#include "byteformat.h"
#include "connectioninfo.h"
#include "exportformat.h"
#include "session.h"

#include "handmadesession.h"
#include "testpayloads.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The text, CSV and JSON Lines exports of a session made by hand (a ManualClock, identities and
// events recorded directly), compared byte for byte with what the format comment at the top of
// textexporters.cpp promises, then read back by Python's csv and json modules.

using TestPayloads::allByteValues;
using TestPayloads::sawtooth;

namespace {

const QDateTime StartedAt
    = QDateTime::fromString(QStringLiteral("2024-05-01T12:00:00.000Z"), Qt::ISODateWithMs);
constexpr ConnectionId ListenerId = 1;
constexpr ConnectionId AcceptedId = 2;
constexpr ConnectionId ClientId = 3;
constexpr ConnectionId UnknownId = 99;
constexpr int TimeoutMs = 30000;

const QString NoteWithSpecials = QStringLiteral("say \"hi\", then\r\nbye");

// The events every test here starts from: a listener, an accepted connection (an IPv4-mapped
// peer), a client that never connected, and an event of a connection the journal never described.
// Returns the payloads of its data events, in order.
QList<QByteArray> fillStandard(HandMadeSession &made)
{
    ConnectionInfo listener;
    listener.id = ListenerId;
    listener.role = ConnectionRole::Listener;
    listener.name = QStringLiteral("L1");
    listener.localAddress = QHostAddress(QStringLiteral("127.0.0.1"));
    listener.localPort = 4000;
    made.session->setIdentity(listener);

    ConnectionInfo accepted;
    accepted.id = AcceptedId;
    accepted.parent = ListenerId;
    accepted.role = ConnectionRole::Accepted;
    accepted.name = QStringLiteral("L1.1");
    accepted.localAddress = QHostAddress(QStringLiteral("127.0.0.1"));
    accepted.localPort = 4000;
    accepted.peerAddress = QHostAddress(QStringLiteral("::ffff:127.0.0.1"));
    accepted.peerPort = 51234;
    made.session->setIdentity(accepted);

    ConnectionInfo client;
    client.id = ClientId;
    client.role = ConnectionRole::Client;
    client.name = QStringLiteral("C1");
    client.host = QStringLiteral("localhost");
    client.peerPort = 4001;
    made.session->setIdentity(client);

    made.recordText(125000, ListenerId, EventKind::Listening,
        QStringLiteral("socket(), bind(127.0.0.1:4000), listen()"));
    made.recordText(1000000001, AcceptedId, EventKind::Accepted,
        QStringLiteral("accept() returned a new socket for 127.0.0.1:51234"));
    made.record(1204577000, AcceptedId, EventKind::Received, QByteArrayLiteral("hello\r\n"));
    made.record(1500000000, AcceptedId, EventKind::Sent, allByteValues());
    made.recordText(2000000000, AcceptedId, EventKind::Note, NoteWithSpecials);
    made.record(2250000000, AcceptedId, EventKind::Sent, QByteArray());
    made.recordText(2500000000, ClientId, EventKind::Connecting,
        QStringLiteral("socket(), connect(127.0.0.1:4001)"));
    made.recordText(2500999999, ClientId, EventKind::Error, QStringLiteral("Connection refused"),
                    EventFacts::failure(ErrorCode::ConnectionRefused));
    made.recordText(2501000000, ClientId, EventKind::Closed, QStringLiteral("could not connect"),
                    EventFacts::ending(CloseKind::Cancelled, CloseSide::Unknown));
    made.recordText(3000000000, AcceptedId, EventKind::Closed, QStringLiteral("closed by us"),
                    EventFacts::ending(CloseKind::Fin, CloseSide::Us));
    made.recordText(3000000001, UnknownId, EventKind::Note, QStringLiteral("orphan"));
    return { QByteArrayLiteral("hello\r\n"), allByteValues(), QByteArray() };
}

// Compares line by line first, so that a failure names the line that differs.
void compareLines(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> actualLines = actual.split('\n');
    const QList<QByteArray> expectedLines = expected.split('\n');
    for (qsizetype i = 0; i < qMin(actualLines.size(), expectedLines.size()); ++i) {
        if (actualLines.at(i) != expectedLines.at(i)) {
            QFAIL(qPrintable(QStringLiteral("line %1 differs:\n  actual:   %2\n  expected: %3")
                                 .arg(i + 1)
                                 .arg(QString::fromUtf8(actualLines.at(i)),
                                     QString::fromUtf8(expectedLines.at(i)))));
        }
    }
    QCOMPARE(actualLines.size(), expectedLines.size());
    QCOMPARE(actual, expected);
}

const char ExpectedText[]
    = "SocketLab session transcript\n"
      "started 2024-05-01T12:00:00.000000Z, 11 events, times in seconds since the start\n"
      "\n"
      "connections:\n"
      "  L1    listener  local 127.0.0.1:4000\n"
      "  L1.1  accepted  local 127.0.0.1:4000  peer 127.0.0.1:51234  via L1\n"
      "  C1    client    host localhost:4001\n"
      "  #99   (not described in the session)\n"
      "\n"
      "#0  0.000125  L1  listening\n"
      "    socket(), bind(127.0.0.1:4000), listen()\n"
      "\n"
      "#1  1.000000  L1.1  accepted\n"
      "    accept() returned a new socket for 127.0.0.1:51234\n"
      "\n"
      "#2  1.204577  L1.1  received  in  7 bytes\n"
      "00000000  68 65 6c 6c 6f 0d 0a                              |hello..|\n"
      "00000007\n"
      "\n"
      "#3  1.500000  L1.1  sent  out  256 bytes\n"
      "00000000  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f  |................|\n"
      "00000010  10 11 12 13 14 15 16 17  18 19 1a 1b 1c 1d 1e 1f  |................|\n"
      "00000020  20 21 22 23 24 25 26 27  28 29 2a 2b 2c 2d 2e 2f  | !\"#$%&'()*+,-./|\n"
      "00000030  30 31 32 33 34 35 36 37  38 39 3a 3b 3c 3d 3e 3f  |0123456789:;<=>?|\n"
      "00000040  40 41 42 43 44 45 46 47  48 49 4a 4b 4c 4d 4e 4f  |@ABCDEFGHIJKLMNO|\n"
      "00000050  50 51 52 53 54 55 56 57  58 59 5a 5b 5c 5d 5e 5f  |PQRSTUVWXYZ[\\]^_|\n"
      "00000060  60 61 62 63 64 65 66 67  68 69 6a 6b 6c 6d 6e 6f  |`abcdefghijklmno|\n"
      "00000070  70 71 72 73 74 75 76 77  78 79 7a 7b 7c 7d 7e 7f  |pqrstuvwxyz{|}~.|\n"
      "00000080  80 81 82 83 84 85 86 87  88 89 8a 8b 8c 8d 8e 8f  |................|\n"
      "00000090  90 91 92 93 94 95 96 97  98 99 9a 9b 9c 9d 9e 9f  |................|\n"
      "000000a0  a0 a1 a2 a3 a4 a5 a6 a7  a8 a9 aa ab ac ad ae af  |................|\n"
      "000000b0  b0 b1 b2 b3 b4 b5 b6 b7  b8 b9 ba bb bc bd be bf  |................|\n"
      "000000c0  c0 c1 c2 c3 c4 c5 c6 c7  c8 c9 ca cb cc cd ce cf  |................|\n"
      "000000d0  d0 d1 d2 d3 d4 d5 d6 d7  d8 d9 da db dc dd de df  |................|\n"
      "000000e0  e0 e1 e2 e3 e4 e5 e6 e7  e8 e9 ea eb ec ed ee ef  |................|\n"
      "000000f0  f0 f1 f2 f3 f4 f5 f6 f7  f8 f9 fa fb fc fd fe ff  |................|\n"
      "00000100\n"
      "\n"
      "#4  2.000000  L1.1  note\n"
      "    say \"hi\", then\n"
      "    bye\n"
      "\n"
      "#5  2.250000  L1.1  sent  out  0 bytes\n"
      "\n"
      "#6  2.500000  C1  connecting\n"
      "    socket(), connect(127.0.0.1:4001)\n"
      "\n"
      "#7  2.500999  C1  error\n"
      "    Connection refused\n"
      "\n"
      "#8  2.501000  C1  closed\n"
      "    could not connect\n"
      "\n"
      "#9  3.000000  L1.1  closed\n"
      "    closed by us\n"
      "\n"
      "#10  3.000000  #99  note\n"
      "    orphan\n"
      "\n";

QByteArray expectedCsv()
{
    const QByteArray accepted = "127.0.0.1:4000,127.0.0.1:51234,";
    QByteArray csv;
    csv += "index,time_s,wall_clock_iso8601,connection,kind,direction,length,local,peer,detail,"
           "payload_hex,error,close,closed_by\r\n";
    csv += "0,0.000125000,2024-05-01T12:00:00.000125Z,L1,listening,,0,127.0.0.1:4000,,"
           "\"socket(), bind(127.0.0.1:4000), listen()\",,,,\r\n";
    csv += "1,1.000000001,2024-05-01T12:00:01.000000Z,L1.1,accepted,,0," + accepted
        + "accept() returned a new socket for 127.0.0.1:51234,,,,\r\n";
    csv += "2,1.204577000,2024-05-01T12:00:01.204577Z,L1.1,received,in,7," + accepted
        + ",68656c6c6f0d0a,,,\r\n";
    csv += "3,1.500000000,2024-05-01T12:00:01.500000Z,L1.1,sent,out,256," + accepted + ","
        + allByteValues().toHex() + ",,,\r\n";
    csv += "4,2.000000000,2024-05-01T12:00:02.000000Z,L1.1,note,,0," + accepted
        + "\"say \"\"hi\"\", then\r\nbye\",,,,\r\n";
    csv += "5,2.250000000,2024-05-01T12:00:02.250000Z,L1.1,sent,out,0," + accepted + ",,,,\r\n";
    csv += "6,2.500000000,2024-05-01T12:00:02.500000Z,C1,connecting,,0,,,\"socket(), "
           "connect(127.0.0.1:4001)\",,,,\r\n";
    csv += "7,2.500999999,2024-05-01T12:00:02.500999Z,C1,error,,0,,,Connection refused,,connection-refused,,\r\n";
    csv += "8,2.501000000,2024-05-01T12:00:02.501000Z,C1,closed,,0,,,could not connect,,,cancelled,\r\n";
    csv += "9,3.000000000,2024-05-01T12:00:03.000000Z,L1.1,closed,,0," + accepted
        + "closed by us,,,fin,us\r\n";
    csv += "10,3.000000001,2024-05-01T12:00:03.000000Z,#99,note,,0,,,orphan,,,,\r\n";
    return csv;
}

// Three lines in full; the rest are checked field by field after parsing. (No raw strings in
// this file: moc 6.4 loses its way in raw strings that hold backslashes.)
const char ExpectedJsonReceived[]
    = "{\"close\":\"\",\"closed_by\":\"\",\"connection\":\"L1.1\",\"detail\":\"\",\"direction\":\"in\",\"error\":\"\",\"index\":2,\"kind\":"
      "\"received\",\"length\":7,"
      "\"local\":\"127.0.0.1:4000\",\"payload_base64\":\"aGVsbG8NCg==\",\"peer\":\"127.0.0.1:"
      "51234\","
      "\"time_s\":1.204577,\"wall_clock_iso8601\":\"2024-05-01T12:00:01.204577Z\"}";
const char ExpectedJsonNote[]
    = "{\"close\":\"\",\"closed_by\":\"\",\"connection\":\"L1.1\",\"detail\":\"say \\\"hi\\\", "
      "then\\r\\nbye\",\"direction\":\"\",\"error\":\"\",\"index\":4,\"kind\":\"note\","
      "\"length\":0,\"local\":\"127.0.0.1:4000\",\"payload_base64\":\"\",\"peer\":\"127.0.0.1:"
      "51234\","
      "\"time_s\":2,\"wall_clock_iso8601\":\"2024-05-01T12:00:02.000000Z\"}";
const char ExpectedJsonEmptySend[]
    = "{\"close\":\"\",\"closed_by\":\"\",\"connection\":\"L1.1\",\"detail\":\"\",\"direction\":\"out\",\"error\":\"\",\"index\":5,\"kind\":"
      "\"sent\",\"length\":0,"
      "\"local\":\"127.0.0.1:4000\",\"payload_base64\":\"\",\"peer\":\"127.0.0.1:51234\","
      "\"time_s\":2.25,\"wall_clock_iso8601\":\"2024-05-01T12:00:02.250000Z\"}";

// Reads the CSV with the csv module and the JSON Lines with the json module, and prints what
// it found as one JSON document: payloads as hex, details as text.
const char PythonReader[]
    = "import base64, csv, json, sys\n"
      "csv.field_size_limit(sys.maxsize)  # 70000 bytes are 140000 hex digits; the default is "
      "131072\n"
      "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
      "    rows = list(csv.reader(f, strict=True))\n"
      "with open(sys.argv[2], encoding='utf-8', newline='') as f:\n"
      "    text = f.read()\n"
      "assert text.endswith('\\n'), 'the last line has no end'\n"
      "objects = [json.loads(line) for line in text[:-1].split('\\n')]\n"
      "header, rows = rows[0], rows[1:]\n"
      "events = []\n"
      "for row, obj in zip(rows, objects):\n"
      "    fields = dict(zip(header, row))\n"
      "    events.append({\n"
      "        'fields': len(row),\n"
      "        'csv_index': int(fields['index']),\n"
      "        'csv_payload': bytes.fromhex(fields['payload_hex']).hex(),\n"
      "        'csv_detail': fields['detail'],\n"
      "        'csv_length': int(fields['length']),\n"
      "        'json_index': obj['index'],\n"
      "        'json_payload': base64.b64decode(obj['payload_base64'], validate=True).hex(),\n"
      "        'json_detail': obj['detail'],\n"
      "        'json_length': obj['length'],\n"
      "    })\n"
      "print(json.dumps({'header': header, 'rows': len(rows), 'objects': len(objects), 'events': "
      "events}))\n";

} // namespace

class tst_TextExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text();
    void csv();
    void jsonLines();
    void emptySession_data();
    void emptySession();
    void largePayloadIsSlicedInvisibly();
    void independentReaders();
};

void tst_TextExporters::text()
{
    HandMadeSession made(StartedAt);
    QVERIFY(made.started());
    fillStandard(made);
    compareLines(made.exported(ExportFormat::Text), QByteArray(ExpectedText));
}

void tst_TextExporters::csv()
{
    HandMadeSession made(StartedAt);
    QVERIFY(made.started());
    fillStandard(made);
    compareLines(made.exported(ExportFormat::Csv), expectedCsv());
}

void tst_TextExporters::jsonLines()
{
    HandMadeSession made(StartedAt);
    QVERIFY(made.started());
    const QList<QByteArray> payloads = fillStandard(made);
    const QByteArray jsonl = made.exported(ExportFormat::JsonLines);
    QVERIFY(jsonl.endsWith('\n'));
    const QList<QByteArray> lines = jsonl.left(jsonl.size() - 1).split('\n');
    QCOMPARE(lines.size(), 11);
    QCOMPARE(lines.at(2), QByteArray(ExpectedJsonReceived));
    QCOMPARE(lines.at(4), QByteArray(ExpectedJsonNote));
    QCOMPARE(lines.at(5), QByteArray(ExpectedJsonEmptySend));

    const QStringList kinds = { QStringLiteral("listening"), QStringLiteral("accepted"),
        QStringLiteral("received"), QStringLiteral("sent"), QStringLiteral("note"),
        QStringLiteral("sent"), QStringLiteral("connecting"), QStringLiteral("error"),
        QStringLiteral("closed"), QStringLiteral("closed"), QStringLiteral("note") };
    const QStringList connections = { QStringLiteral("L1"), QStringLiteral("L1.1"),
        QStringLiteral("L1.1"), QStringLiteral("L1.1"), QStringLiteral("L1.1"),
        QStringLiteral("L1.1"), QStringLiteral("C1"), QStringLiteral("C1"), QStringLiteral("C1"),
        QStringLiteral("L1.1"), QStringLiteral("#99") };
    const QList<double> times = { 0.000125, 1.000000001, 1.204577, 1.5, 2.0, 2.25, 2.5, 2.500999999,
        2.501, 3.0, 3.000000001 };
    qsizetype dataEvent = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isObject());
        const QJsonObject object = document.object();
        QCOMPARE(object.size(), 14);
        // The facts, in the keys that format 2 added (the details stay as recorded).
        const QString facts = object.value(QStringLiteral("error")).toString() + QLatin1Char('/')
            + object.value(QStringLiteral("close")).toString() + QLatin1Char('/')
            + object.value(QStringLiteral("closed_by")).toString();
        QCOMPARE(facts, i == 7 ? QStringLiteral("connection-refused//")
                 : i == 8     ? QStringLiteral("/cancelled/")
                 : i == 9     ? QStringLiteral("/fin/us")
                              : QStringLiteral("//"));
        QCOMPARE(object.value(QStringLiteral("index")).toInteger(), i);
        QCOMPARE(object.value(QStringLiteral("kind")).toString(), kinds.at(i));
        QCOMPARE(object.value(QStringLiteral("connection")).toString(), connections.at(i));
        QCOMPARE(object.value(QStringLiteral("time_s")).toDouble(), times.at(i));
        const QByteArray payload = QByteArray::fromBase64(
            object.value(QStringLiteral("payload_base64")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (kinds.at(i) == QLatin1String("sent") || kinds.at(i) == QLatin1String("received")) {
            QCOMPARE(payload, payloads.at(dataEvent));
            QCOMPARE(
                object.value(QStringLiteral("length")).toInteger(), payloads.at(dataEvent).size());
            QCOMPARE(object.value(QStringLiteral("detail")).toString(), QString());
            ++dataEvent;
        } else {
            QCOMPARE(payload, QByteArray());
            QCOMPARE(object.value(QStringLiteral("length")).toInteger(), 0);
        }
    }
    QCOMPARE(dataEvent, payloads.size());
    // The 256 byte values, through base64 and back.
    const QJsonObject sent = QJsonDocument::fromJson(lines.at(3)).object();
    QCOMPARE(
        QByteArray::fromBase64(sent.value(QStringLiteral("payload_base64")).toString().toLatin1()),
        allByteValues());
}

void tst_TextExporters::emptySession_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("text") << ExportFormat::Text
                          << QByteArray("SocketLab session transcript\n"
                                        "started 2024-05-01T12:00:00.000000Z, 0 events, times in "
                                        "seconds since the start\n\n");
    QTest::newRow("csv")
        << ExportFormat::Csv
        << QByteArray("index,time_s,wall_clock_iso8601,connection,kind,direction,length,local,peer,"
                      "detail,payload_hex,error,close,closed_by\r\n");
    QTest::newRow("jsonl") << ExportFormat::JsonLines << QByteArray();
}

void tst_TextExporters::emptySession()
{
    QFETCH(ExportFormat, format);
    QFETCH(QByteArray, expected);
    HandMadeSession made(StartedAt);
    QVERIFY(made.started());
    QCOMPARE(made.exported(format), expected);
}

// A payload longer than the slices the exporters read it in reads exactly like one piece.
void tst_TextExporters::largePayloadIsSlicedInvisibly()
{
    HandMadeSession made(StartedAt);
    QVERIFY(made.started());
    fillStandard(made);
    const QByteArray big = sawtooth(200001);
    made.record(4000000000, AcceptedId, EventKind::Received, big);

    const QByteArray text = made.exported(ExportFormat::Text);
    const QByteArray header = "#11  4.000000  L1.1  received  in  200001 bytes\n";
    QVERIFY(text.endsWith(header + hexDump(big).toUtf8() + '\n'));

    const QByteArray csv = made.exported(ExportFormat::Csv);
    QVERIFY(csv.endsWith(",in,200001,127.0.0.1:4000,127.0.0.1:51234,," + big.toHex() + ",,,\r\n"));

    const QByteArray jsonl = made.exported(ExportFormat::JsonLines);
    const QList<QByteArray> lines = jsonl.split('\n');
    QCOMPARE(lines.size(), 13); // 12 lines and the empty rest after the last LF
    const QJsonObject object = QJsonDocument::fromJson(lines.at(11)).object();
    QCOMPARE(object.value(QStringLiteral("length")).toInteger(), big.size());
    QCOMPARE(QByteArray::fromBase64(
                 object.value(QStringLiteral("payload_base64")).toString().toLatin1()),
        big);
}

void tst_TextExporters::independentReaders()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(),
        "python3 is not on PATH: install the python3 package (scripts/setup does)");

    HandMadeSession made(StartedAt);
    QVERIFY(made.started());
    QList<QByteArray> payloads = fillStandard(made);
    const QByteArray big = sawtooth(70000);
    made.record(4000000000, AcceptedId, EventKind::Received, big);
    payloads << big;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csvPath = dir.filePath(QStringLiteral("s.csv"));
    const QString jsonPath = dir.filePath(QStringLiteral("s.jsonl"));
    for (const auto &[path, format] : { std::pair { csvPath, ExportFormat::Csv },
             std::pair { jsonPath, ExportFormat::JsonLines } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(exportSession(*made.session, format, file, {}, &error), qPrintable(error));
    }

    QProcess reader;
    reader.start(
        python, { QStringLiteral("-c"), QString::fromLatin1(PythonReader), csvPath, jsonPath });
    QVERIFY2(reader.waitForFinished(TimeoutMs), "python3 did not finish");
    const QByteArray errors = reader.readAllStandardError();
    QVERIFY2(
        reader.exitStatus() == QProcess::NormalExit && reader.exitCode() == 0, errors.constData());
    QJsonParseError parseError;
    const QJsonObject result
        = QJsonDocument::fromJson(reader.readAllStandardOutput(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));

    const QStringList header = { QStringLiteral("index"), QStringLiteral("time_s"),
        QStringLiteral("wall_clock_iso8601"), QStringLiteral("connection"), QStringLiteral("kind"),
        QStringLiteral("direction"), QStringLiteral("length"), QStringLiteral("local"),
        QStringLiteral("peer"), QStringLiteral("detail"), QStringLiteral("payload_hex"),
        QStringLiteral("error"), QStringLiteral("close"), QStringLiteral("closed_by") };
    QCOMPARE(result.value(QStringLiteral("header")).toVariant().toStringList(), header);
    QCOMPARE(result.value(QStringLiteral("rows")).toInt(), 12);
    QCOMPARE(result.value(QStringLiteral("objects")).toInt(), 12);

    const QJsonArray events = result.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 12);
    const TrafficLog &log = made.session->log();
    qsizetype dataEvent = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject event = events.at(i).toObject();
        const TrafficEvent &recorded = log.event(i);
        QCOMPARE(event.value(QStringLiteral("fields")).toInt(), header.size());
        QCOMPARE(event.value(QStringLiteral("csv_index")).toInt(), int(i));
        QCOMPARE(event.value(QStringLiteral("json_index")).toInt(), int(i));
        if (isData(recorded.kind)) {
            const QByteArray expected = payloads.at(dataEvent++);
            QCOMPARE(QByteArray::fromHex(
                         event.value(QStringLiteral("csv_payload")).toString().toLatin1()),
                expected);
            QCOMPARE(QByteArray::fromHex(
                         event.value(QStringLiteral("json_payload")).toString().toLatin1()),
                expected);
            QCOMPARE(event.value(QStringLiteral("csv_length")).toInt(), int(expected.size()));
            QCOMPARE(event.value(QStringLiteral("json_length")).toInt(), int(expected.size()));
        } else {
            const QString detail = log.detailText(recorded);
            QCOMPARE(event.value(QStringLiteral("csv_detail")).toString(), detail);
            QCOMPARE(event.value(QStringLiteral("json_detail")).toString(), detail);
            QCOMPARE(event.value(QStringLiteral("csv_payload")).toString(), QString());
        }
    }
    QCOMPARE(dataEvent, payloads.size());
    // The note with a quote, a comma and CRLF came through both readers unchanged.
    QCOMPARE(
        events.at(4).toObject().value(QStringLiteral("csv_detail")).toString(), NoteWithSpecials);
    QCOMPARE(
        events.at(4).toObject().value(QStringLiteral("json_detail")).toString(), NoteWithSpecials);
}

QTEST_GUILESS_MAIN(tst_TextExporters)
#include "tst_textexporters.moc"
