// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonloader.h"
#include "mailmessage.h"
#include "packetdecoder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Lesson files are checked strictly: every shipped one loads, and every malformed one is refused
// with a message that names the file and the JSON path of the problem.
class TestLessonLoader : public QObject
{
    Q_OBJECT

private:
    // A small valid lesson, as text, for the malformed variants to start from.
    static QByteArray validLesson(const QString &id = QStringLiteral("sample"))
    {
        return QStringLiteral(R"({
  "schema": 1, "id": "%1", "title": "Sample",
  "roles": [ { "name": "server", "type": "listener" }, { "name": "client", "type": "client" },
             { "name": "accepted", "type": "accepted", "listener": "server" } ],
  "steps": [
    { "title": "Listen", "text": "On {server.port}", "calls": ["socket", "bind", "listen"],
      "do": [ { "action": "listen", "role": "server", "port": 9000 } ],
      "expect": [ { "kind": "event", "role": "server", "event": "listening" } ] },
    { "title": "Connect", "text": "Connect", "show": ["client", "accepted"],
      "do": [ { "action": "connect", "role": "client", "to": "server" } ],
      "expect": [ { "kind": "state", "role": "client", "state": "connected" } ] },
    { "title": "Send", "text": "Send",
      "do": [ { "action": "send", "role": "client", "text": "hi", "count": 2 } ],
      "expect": [ { "kind": "stream", "role": "accepted", "direction": "in", "equals": "hihi" } ] }
  ]
})")
            .arg(id)
            .toUtf8();
    }

    QString write(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            return QString();
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void shippedLessonsAllLoad()
    {
        const LessonLoader::Catalogue catalogue = LessonLoader::loadDirectory();
        QVERIFY2(
            catalogue.problems.isEmpty(), qPrintable(catalogue.problems.join(QLatin1Char('\n'))));
        QStringList ids;
        for (const Lesson &lesson : catalogue.lessons)
            ids << lesson.id;
        QCOMPARE(ids,
            (QStringList { QStringLiteral("hello"), QStringLiteral("nobody-home"),
                QStringLiteral("byte-stream"), QStringLiteral("many-clients"),
                QStringLiteral("http-by-hand"), QStringLiteral("half-close"),
                QStringLiteral("flow-control"), QStringLiteral("two-processes"), QStringLiteral("packets-on-the-wire"),
                QStringLiteral("file-transfer"), QStringLiteral("email-by-hand"),
                QStringLiteral("datagrams"),
                QStringLiteral("nobody-home-udp"), QStringLiteral("udp-drops"), QStringLiteral("udp-pinger") }));
        for (const Lesson &lesson : catalogue.lessons) {
            QVERIFY2(!lesson.steps.isEmpty(), qPrintable(lesson.id));
            for (const LessonStep &step : lesson.steps)
                QVERIFY2(!step.calls.isEmpty(),
                    qPrintable(lesson.id + QStringLiteral(": ") + step.title));
        }
    }

    void validLessonParses()
    {
        QString error;
        const auto lesson
            = LessonLoader::parse(validLesson(), QStringLiteral("sample.json"), &error);
        QVERIFY2(lesson, qPrintable(error));
        QCOMPARE(lesson->steps.size(), 3);
        QCOMPARE(lesson->steps.at(0).actions.at(0).port, quint16(9000));
        QCOMPARE(lesson->steps.at(2).actions.at(0).bytes, QByteArray("hi"));
        QCOMPARE(lesson->steps.at(2).actions.at(0).count, 2);
        QCOMPARE(lesson->steps.at(2).expect.at(0).equals, QByteArray("hihi"));
        QCOMPARE(lesson->roles.at(2).listener, QStringLiteral("server"));
    }

    // A step's wire text, a wire condition and a connect with TCP_MAXSEG.
    void wireKeysParse()
    {
        QByteArray json = validLesson();
        json.replace(R"("to": "server" })", R"("to": "server", "mss": 536 })");
        json.replace(R"({ "kind": "state", "role": "client", "state": "connected" } ] },)",
                     R"({ "kind": "wire", "role": "client", "direction": "out", "flags": ["SYN", "ACK"], "mss": 536,
                          "atLeast": 2 } ], "wire": "The SYN of {client.name}" },)");
        QString error;
        const auto lesson = LessonLoader::parse(json, QStringLiteral("sample.json"), &error);
        QVERIFY2(lesson, qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(json)));
        const LessonStep &connect = lesson->steps.at(1);
        QCOMPARE(connect.actions.at(0).maxSegmentSize, 536);
        QCOMPARE(connect.wire, QStringLiteral("The SYN of {client.name}"));
        const LessonCondition &wire = connect.expect.at(0);
        QCOMPARE(wire.kind, LessonConditionKind::Wire);
        QCOMPARE(wire.direction, Direction::Out);
        QCOMPARE(wire.wireFlags, quint8(DecodedPacket::Syn | DecodedPacket::Ack));
        QCOMPARE(wire.wireMss, 536);
        QCOMPARE(wire.atLeast, 2);
    }

    // A message condition, a connect that runs a shipped script, a step that selects rows.
    void messageKeysParse()
    {
        QByteArray json = validLesson();
        json.replace(R"("to": "server" })", R"("to": "server", "script": "smtp-send" })");
        json.replace(R"({ "kind": "stream", "role": "accepted", "direction": "in", "equals": "hihi" } ] })",
                     R"({ "kind": "message", "role": "accepted", "protocol": "smtp" } ], "select": "accepted" })");
        QString error;
        const auto lesson = LessonLoader::parse(json, QStringLiteral("sample.json"), &error);
        QVERIFY2(lesson, qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(json)));
        QCOMPARE(lesson->steps.at(1).actions.at(0).script, QStringLiteral("smtp-send"));
        QCOMPARE(lesson->steps.at(2).expect.at(0).kind, LessonConditionKind::Message);
        QCOMPARE(lesson->steps.at(2).expect.at(0).role, QStringLiteral("accepted"));
        QCOMPARE(lesson->steps.at(2).select, QStringLiteral("accepted"));
    }

    // What counts as a delivered SMTP message, and what it is: the bytes between the DATA line and
    // the line with a lone '.'.
    void smtpMessageIsFound_data()
    {
        QTest::addColumn<QByteArray>("received");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("whole dialogue") << QByteArray("EHLO x\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nDATA\r\n"
                                                      "Subject: s\r\n\r\nbody\r\n.\r\nQUIT\r\n")
                                        << true << QByteArray("Subject: s\r\n\r\nbody\r\n");
        QTest::newRow("no dot yet") << QByteArray("DATA\r\nSubject: s\r\n\r\nbody\r\n") << false << QByteArray();
        QTest::newRow("dot line incomplete") << QByteArray("DATA\r\nbody\r\n.") << false << QByteArray();
        QTest::newRow("no DATA") << QByteArray("HELO x\r\n.\r\n") << false << QByteArray();
        QTest::newRow("lower case, LF only") << QByteArray("data\nhi\n.\n") << true << QByteArray("hi\n");
        QTest::newRow("empty message") << QByteArray("DATA\r\n.\r\n") << true << QByteArray("");
        QTest::newRow("dot-stuffed line is not the end")
            << QByteArray("DATA\r\n..x\r\n.\r\n") << true << QByteArray("..x\r\n");
        QTest::newRow("DATA inside a word is no command")
            << QByteArray("XDATA\r\n.\r\n") << false << QByteArray();
    }

    void smtpMessageIsFound()
    {
        QFETCH(QByteArray, received);
        QFETCH(bool, found);
        QFETCH(QByteArray, message);
        const auto result = smtpMessage(received);
        QCOMPARE(result.has_value(), found);
        if (found)
            QCOMPARE(*result, message);
    }

    void malformedFileIsRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("field"); // the JSON path the message must name

        const QByteArray good = validLesson();
        const auto replaced = [&good](const char *from, const char *to) {
            QByteArray json = good;
            const qsizetype at = json.indexOf(from);
            Q_ASSERT(at >= 0);
            return json.replace(at, qstrlen(from), to);
        };
        const QString name = QStringLiteral("sample.json");
        QTest::newRow("not json") << QByteArray("{ \"schema\": 1,") << name
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("array at top")
            << QByteArray("[1, 2]") << name << QStringLiteral("expected an object");
        QTest::newRow("missing title")
            << replaced("\"title\": \"Sample\",", "") << name << QStringLiteral("title: missing");
        QTest::newRow("missing steps") << QByteArray(
            R"({"schema": 1, "id": "sample", "title": "T", "roles": [{"name": "a", "type": "client"}]})")
                                       << name << QStringLiteral("steps: missing");
        QTest::newRow("schema version") << replaced("\"schema\": 1", "\"schema\": 2") << name
                                        << QStringLiteral("schema: version 2");
        QTest::newRow("schema as text") << replaced("\"schema\": 1", "\"schema\": \"1\"") << name
                                        << QStringLiteral("schema: expected a whole number");
        QTest::newRow("unknown top key")
            << replaced("\"schema\": 1,", "\"schema\": 1, \"run\": \"rm -rf /\",") << name
            << QStringLiteral("run: unknown key");
        QTest::newRow("unknown action")
            << replaced("\"action\": \"listen\"", "\"action\": \"exec\"") << name
            << QStringLiteral("steps[0].do[0].action: unknown action 'exec'");
        QTest::newRow("unknown expect kind")
            << replaced("\"kind\": \"stream\"", "\"kind\": \"streem\"") << name
            << QStringLiteral("steps[2].expect[0].kind: unknown kind 'streem'");
        QTest::newRow("unknown event")
            << replaced("\"event\": \"listening\"", "\"event\": \"listned\"") << name
            << QStringLiteral("steps[0].expect[0].event: unknown event 'listned'");
        QTest::newRow("unknown state")
            << replaced("\"state\": \"connected\"", "\"state\": \"happy\"") << name
            << QStringLiteral("steps[1].expect[0].state: unknown state 'happy'");
        QTest::newRow("port as text")
            << replaced("\"port\": 9000", "\"port\": \"9000\"") << name
            << QStringLiteral("steps[0].do[0].port: expected a whole number, found a string");
        QTest::newRow("port out of range")
            << replaced("\"port\": 9000", "\"port\": 70000") << name
            << QStringLiteral("steps[0].do[0].port: 70000 is out of range");
        QTest::newRow("address of a kind not supported")
            << replaced("\"port\": 9000", "\"address\": \"tls:9000\"") << name
            << QStringLiteral("steps[0].do[0].address: TLS sockets are not yet supported");
        QTest::newRow("unix address too long")
            << replaced("\"port\": 9000", ("\"address\": \"unix:/" + QByteArray(120, 'x') + "\"").constData())
            << name
            << QStringLiteral("steps[0].do[0].address: '");
        QTest::newRow("count fraction")
            << replaced("\"count\": 2", "\"count\": 2.5") << name
            << QStringLiteral("steps[2].do[0].count: expected a whole number");
        QTest::newRow("text as number")
            << replaced("\"text\": \"hi\"", "\"text\": 42") << name
            << QStringLiteral("steps[2].do[0].text: expected a string, found a number");
        QTest::newRow("unknown step key")
            << replaced("\"title\": \"Send\",", "\"title\": \"Send\", \"script\": \"x\",") << name
            << QStringLiteral("steps[2].script: unknown key");
        QTest::newRow("undeclared role")
            << replaced("\"role\": \"client\", \"text\"", "\"role\": \"mallory\", \"text\"") << name
            << QStringLiteral("steps[2].do[0].role: 'mallory' is not a declared role");
        QTest::newRow("unknown responder")
            << replaced("\"action\": \"listen\", \"role\": \"server\"",
                   "\"action\": \"listen\", \"responder\": \"/bin/sh\", \"role\": \"server\"")
            << name << QStringLiteral("steps[0].do[0].responder: no shipped responder is called '/bin/sh'");
        QTest::newRow("wrong role type")
            << replaced("\"action\": \"listen\", \"role\": \"server\"",
                   "\"action\": \"listen\", \"role\": \"client\"")
            << name << QStringLiteral("steps[0].do[0].role: 'client' is not a listener role");
        QTest::newRow("unknown call")
            << replaced("\"calls\": [\"socket\", \"bind\", \"listen\"]",
                   "\"calls\": [\"socket\", \"fork\"]")
            << name << QStringLiteral("steps[0].calls[1]: unknown socket call 'fork'");
        QTest::newRow("bad template") << replaced("On {server.port}", "On {server.pork}") << name
                                      << QStringLiteral("steps[0].text: template {server.pork}");
        QTest::newRow("template role") << replaced("On {server.port}", "On {nobody.port}") << name
                                       << QStringLiteral("steps[0].text: template {nobody.port}");
        QTest::newRow("send without text") << replaced("\"text\": \"hi\", ",
            "") << name << QStringLiteral("steps[2].do[0]: send needs exactly one");
        QTest::newRow("sendFile without fill")
            << replaced("\"action\": \"send\", \"role\": \"client\", \"text\": \"hi\", \"count\": 2",
                   "\"action\": \"sendFile\", \"role\": \"client\", \"framed\": true")
            << name << QStringLiteral("steps[2].do[0]: sendFile needs \"fill\"");
        QTest::newRow("sendFile too large")
            << replaced("\"action\": \"send\", \"role\": \"client\", \"text\": \"hi\", \"count\": 2",
                   "\"action\": \"sendFile\", \"role\": \"client\", \"fill\": 67108865")
            << name << QStringLiteral("steps[2].do[0].fill");
        QTest::newRow("sendFile names a path")
            << replaced("\"action\": \"send\", \"role\": \"client\", \"text\": \"hi\", \"count\": 2",
                   "\"action\": \"sendFile\", \"role\": \"client\", \"fill\": 10, \"path\": \"/etc/passwd\"")
            << name << QStringLiteral("steps[2].do[0].path");
        QTest::newRow("sameAs unknown role")
            << replaced("\"equals\": \"hihi\"", "\"sameAs\": \"nobody\"") << name
            << QStringLiteral("steps[2].expect[0].sameAs: 'nobody' is not a declared role");
        QTest::newRow("empty expect and do")
            << replaced("\"do\": [ { \"action\": \"send\", \"role\": \"client\", \"text\": \"hi\", "
                        "\"count\": 2 } ],",
                   "\"do\": [],")
                   .replace("\"expect\": [ { \"kind\": \"stream\", \"role\": \"accepted\", "
                            "\"direction\": \"in\", \"equals\": \"hihi\" } ]",
                       "\"expect\": []")
            << name << QStringLiteral("steps[2]: a step needs");
        QTest::newRow("roles not an array")
            << replaced("\"roles\": [", "\"roles\": {\"x\": [")
                   .replace("} ],\n  \"steps\"", "} ]},\n  \"steps\"")
            << name << QStringLiteral("roles: expected an array, found an object");
        QTest::newRow("bool as string")
            << replaced("\"count\": 2", "\"count\": 2, \"intervalMs\": true") << name
            << QStringLiteral(
                   "steps[2].do[0].intervalMs: expected a whole number, found a boolean");
        QTest::newRow("mss out of range")
            << replaced("\"to\": \"server\"", "\"to\": \"server\", \"mss\": 40") << name
            << QStringLiteral("steps[1].do[0].mss: 40 is out of range");
        QTest::newRow("unknown wire flag")
            << replaced("{ \"kind\": \"state\", \"role\": \"client\", \"state\": \"connected\" }",
                   "{ \"kind\": \"wire\", \"role\": \"client\", \"direction\": \"out\", \"flags\": [\"SYN\", \"URGENT\"] }")
            << name << QStringLiteral("steps[1].expect[0].flags[1]: unknown TCP flag 'URGENT'");
        QTest::newRow("wire without direction")
            << replaced("{ \"kind\": \"state\", \"role\": \"client\", \"state\": \"connected\" }",
                   "{ \"kind\": \"wire\", \"role\": \"client\", \"flags\": [\"SYN\"] }")
            << name << QStringLiteral("steps[1].expect[0].direction: missing");
        QTest::newRow("id differs from file")
            << good << QStringLiteral("other.json") << QStringLiteral("id: 'sample' differs");
        // UDP: sendTo and bind need udp roles; sizes are byte counts.
        QTest::newRow("sendTo from a client")
            << replaced("\"action\": \"send\", \"role\": \"client\"",
                   "\"action\": \"sendTo\", \"to\": \"client\", \"role\": \"client\"")
            << name << QStringLiteral("steps[2].do[0].role: 'client' is not a udp role");
        QTest::newRow("bind a listener")
            << replaced("\"action\": \"listen\", \"role\": \"server\"", "\"action\": \"bind\", \"role\": \"server\"")
            << name << QStringLiteral("steps[0].do[0].role: 'server' is not a udp role");
        QTest::newRow("sizes not numbers")
            << replaced("\"equals\": \"hihi\"", "\"sizes\": [2, \"2\"]") << name
            << QStringLiteral("steps[2].expect[0].sizes[1]: expected a byte count");
        // The message condition: a known protocol, on a socket that receives; scripts by name.
        const char *stream = "{ \"kind\": \"stream\", \"role\": \"accepted\", \"direction\": \"in\", \"equals\": \"hihi\" }";
        QTest::newRow("message on a listener")
            << replaced(stream, "{ \"kind\": \"message\", \"role\": \"server\", \"protocol\": \"smtp\" }") << name
            << QStringLiteral("steps[2].expect[0].role: 'server' is not a client or accepted role");
        QTest::newRow("message without protocol")
            << replaced(stream, "{ \"kind\": \"message\", \"role\": \"accepted\" }") << name
            << QStringLiteral("steps[2].expect[0].protocol: missing");
        QTest::newRow("message of an unknown protocol")
            << replaced(stream, "{ \"kind\": \"message\", \"role\": \"accepted\", \"protocol\": \"smtpp\" }") << name
            << QStringLiteral("steps[2].expect[0].protocol: unknown protocol 'smtpp' (known: smtp)");
        QTest::newRow("message with a stream's key")
            << replaced(stream,
                   "{ \"kind\": \"message\", \"role\": \"accepted\", \"protocol\": \"smtp\", \"contains\": \"hi\" }")
            << name << QStringLiteral("steps[2].expect[0].contains");
        QTest::newRow("message kind misspelt")
            << replaced(stream, "{ \"kind\": \"mesage\", \"role\": \"accepted\", \"protocol\": \"smtp\" }") << name
            << QStringLiteral("steps[2].expect[0].kind: unknown kind 'mesage' (expected event, stream, state, wire or message)");
        QTest::newRow("unknown script")
            << replaced("\"to\": \"server\"", "\"to\": \"server\", \"script\": \"smtp-sned\"") << name
            << QStringLiteral("steps[1].do[0].script: no shipped script is called 'smtp-sned' (smtp-send)");
        QTest::newRow("script on a udp connect")
            << QByteArray(R"({ "schema": 1, "id": "sample", "title": "Sample",
  "roles": [ { "name": "a", "type": "udp" }, { "name": "b", "type": "udp" } ],
  "steps": [ { "title": "Connect", "text": "Connect",
    "do": [ { "action": "connect", "role": "a", "to": "b", "script": "smtp-send" } ] } ] })")
            << name << QStringLiteral("steps[0].do[0].script: a script runs on a TCP client, not on a udp role");
        QTest::newRow("select a listener")
            << replaced("\"title\": \"Send\", \"text\": \"Send\",", "\"title\": \"Send\", \"text\": \"Send\", \"select\": \"server\",")
            << name << QStringLiteral("steps[2].select: 'server' is not a client or accepted role");
        QTest::newRow("accepted of a client")
            << replaced("\"listener\": \"server\"", "\"listener\": \"client\"") << name
            << QStringLiteral("roles[2].listener: 'client' is not a listener role");
    }

    void malformedFileIsRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fileName);
        QFETCH(QString, field);
        const QString path = write(fileName, json);
        QVERIFY(!path.isEmpty());
        QString error;
        const auto lesson = LessonLoader::loadFile(path, &error);
        QVERIFY2(!lesson, "a malformed lesson was accepted");
        QVERIFY2(error.startsWith(fileName + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(field),
            qPrintable(QStringLiteral("'%1' does not name '%2'").arg(error, field)));
        QFile::remove(path);
    }

    // A bad file among good ones is reported by name; the good ones still load.
    void directoryReportsBadFilesAndKeepsGoodOnes()
    {
        QTemporaryDir dir;
        QFile good(dir.filePath(QStringLiteral("sample.json")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(validLesson());
        good.close();
        QFile bad(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(validLesson(QStringLiteral("broken")).replace("\"listening\"", "\"listen\""));
        bad.close();
        const LessonLoader::Catalogue catalogue = LessonLoader::loadDirectory(dir.path());
        QCOMPARE(catalogue.lessons.size(), 1);
        QCOMPARE(catalogue.lessons.at(0).id, QStringLiteral("sample"));
        QCOMPARE(catalogue.problems.size(), 1);
        QVERIFY2(catalogue.problems.at(0).startsWith(
                     QStringLiteral("broken.json: steps[0].expect[0].event")),
            qPrintable(catalogue.problems.at(0)));
    }

    void oversizedFileIsRejected()
    {
        const QString path
            = write(QStringLiteral("huge.json"), QByteArray(LessonLoader::MaxFileBytes + 10, ' '));
        QString error;
        QVERIFY(!LessonLoader::loadFile(path, &error));
        QVERIFY2(error.startsWith(QStringLiteral("huge.json: larger than")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLessonLoader)
#include "tst_lessonloader.moc"
