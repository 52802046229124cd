// SPDX-License-Identifier: GPL-3.0-or-later
#include "responderengine.h"
#include "responderloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A responder from the rules' JSON alone; the test fails (and returns null) when it does not load.
std::shared_ptr<const Responder> responderOf(const QByteArray &framing, const QByteArray &rules)
{
    const QByteArray json = "{\"schema\":1,\"name\":\"t\",\"framing\":\"" + framing + "\",\"rules\":[" + rules + "]}";
    QString error;
    auto responder = ResponderLoader::parse(json, QStringLiteral("t.json"), &error);
    if (!responder)
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return responder;
}

QByteArray sentBy(const QList<ResponderEngine::Answer> &answers)
{
    QByteArray sent;
    for (const ResponderEngine::Answer &answer : answers) {
        for (const ResponderEngine::Step &step : answer.steps) {
            if (step.kind == ResponderEngine::Step::Kind::Send)
                sent += step.bytes;
        }
    }
    return sent;
}

QDateTime fixedTime()
{
    return QDateTime(QDate(2026, 1, 2), QTime(13, 4, 5));
}

} // namespace

class tst_ResponderEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matching_data();
    void matching();
    void firstMatchWinsAndNotesNameTheRule();
    void connectGreetingWithVariables();
    void statesMoveTheConnection();
    void longLineIsCutNotBuffered();
    void catastrophicRegexDoesNotStall();
    void outputPerTriggerIsBounded();
    void waitCloseAndAbortAreSteps();
    void sendsAFileOfItsOwnFolderOnly();
};

// Each row: the framing, one rule's JSON, what arrives (chunks separated by '|'), what is sent.
void tst_ResponderEngine::matching_data()
{
    QTest::addColumn<QByteArray>("framing");
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QByteArray>("chunks");
    QTest::addColumn<QByteArray>("sent");

    const QByteArray reply = ",\"then\":[{\"reply\":\"<${input}>\"}]}";
    QTest::newRow("exact: whole chunk") << QByteArray("chunk") << "{\"name\":\"r\",\"match\":\"exact\",\"text\":\"ping\"" + reply
                                        << QByteArray("ping|ping!|pin") << QByteArray("<ping>");
    QTest::newRow("exact: case matters") << QByteArray("chunk") << "{\"name\":\"r\",\"match\":\"exact\",\"text\":\"ping\"" + reply
                                         << QByteArray("PING") << QByteArray();
    QTest::newRow("exact: case-insensitive")
        << QByteArray("chunk") << "{\"name\":\"r\",\"match\":\"exact\",\"text\":\"ping\",\"caseInsensitive\":true" + reply
        << QByteArray("PiNg") << QByteArray("<PiNg>");
    QTest::newRow("prefix") << QByteArray("chunk") << "{\"name\":\"r\",\"match\":\"prefix\",\"text\":\"GET \"" + reply
                            << QByteArray("GET /|POST /|GET") << QByteArray("<GET />");
    QTest::newRow("contains") << QByteArray("chunk") << "{\"name\":\"r\",\"match\":\"contains\",\"text\":\"lo\"" + reply
                              << QByteArray("hello|world|low") << QByteArray("<hello><low>");
    QTest::newRow("contains, escapes in the pattern")
        << QByteArray("chunk") << "{\"name\":\"r\",\"match\":\"contains\",\"text\":\"\\\\r\\\\n\\\\r\\\\n\"" + reply
        << QByteArray("a\r\n|b\r\n\r\nc") << QByteArray("<b\r\n\r\nc>");
    QTest::newRow("hex pattern") << QByteArray("chunk") << "{\"name\":\"r\",\"match\":\"prefix\",\"hex\":\"16 03 01\"" + reply
                                 << QByteArray("\x16\x03\x01\x02|\x16\x03\x03") << QByteArray("<\x16\x03\x01\x02>");
    QTest::newRow("regex with groups")
        << QByteArray("chunk")
        << QByteArray("{\"name\":\"r\",\"match\":\"regex\",\"text\":\"^(\\\\w+)=(\\\\d+)$\",\"then\":[{\"reply\":\"\\\\2 is \\\\1\\\\n\"}]}")
        << QByteArray("x=42|y=z") << QByteArray("42 is x\n");
    QTest::newRow("regex, case-insensitive")
        << QByteArray("chunk")
        << QByteArray("{\"name\":\"r\",\"match\":\"regex\",\"text\":\"^mail from:<(.*)>\",\"caseInsensitive\":true,"
                      "\"then\":[{\"reply\":\"[\\\\1]\"}]}")
        << QByteArray("MAIL FROM:<a@b>") << QByteArray("[a@b]");
    QTest::newRow("per chunk: a line in two reads is two chunks")
        << QByteArray("chunk") << "{\"name\":\"r\",\"match\":\"any\"" + reply << QByteArray("hel|lo\n")
        << QByteArray("<hel><lo\n>");
    QTest::newRow("per line: two reads are one line, one read two lines")
        << QByteArray("line") << "{\"name\":\"r\",\"match\":\"any\"" + reply << QByteArray("hel|lo\nab\r\ncd\n|e")
        << QByteArray("<hello><ab><cd>");
    QTest::newRow("per line: an empty line is a line")
        << QByteArray("line") << "{\"name\":\"r\",\"match\":\"exact\",\"text\":\"\"" + reply << QByteArray("a\r\n\r\nb\n\n")
        << QByteArray("<><>");
    QTest::newRow("once per connection")
        << QByteArray("line") << "{\"name\":\"r\",\"match\":\"any\",\"once\":true" + reply << QByteArray("a\nb\nc\n")
        << QByteArray("<a>");
    QTest::newRow("always, with the counter")
        << QByteArray("line")
        << QByteArray("{\"name\":\"r\",\"match\":\"any\",\"then\":[{\"reply\":\"${counter}:${input:upper} \"}]}")
        << QByteArray("a\nb\nc\n") << QByteArray("1:A 2:B 3:C ");
    QTest::newRow("bytes received so far")
        << QByteArray("line") << QByteArray("{\"name\":\"r\",\"match\":\"any\",\"then\":[{\"reply\":\"${received} \"}]}")
        << QByteArray("ab\n|cde\n") << QByteArray("3 7 ");
    QTest::newRow("bytes received up to each line's end")
        << QByteArray("line") << QByteArray("{\"name\":\"r\",\"match\":\"any\",\"then\":[{\"reply\":\"${received} \"}]}")
        << QByteArray("x|y\r\nab\nc|de\n") << QByteArray("4 7 11 ");
    QTest::newRow("hex reply") << QByteArray("chunk")
                               << QByteArray("{\"name\":\"r\",\"match\":\"any\",\"then\":[{\"replyHex\":\"00 ff 0d0a\"}]}")
                               << QByteArray("x") << QByteArray("\x00\xff\r\n", 4);
    QTest::newRow("a group's bytes are not read as escapes")
        << QByteArray("chunk")
        << QByteArray("{\"name\":\"r\",\"match\":\"regex\",\"text\":\"(.*)\",\"then\":[{\"reply\":\"\\\\1\"}]}")
        << QByteArray("\\x41\\n${name}") << QByteArray("\\x41\\n${name}");
}

void tst_ResponderEngine::matching()
{
    QFETCH(QByteArray, framing);
    QFETCH(QByteArray, rule);
    QFETCH(QByteArray, chunks);
    QFETCH(QByteArray, sent);
    const auto responder = responderOf(framing, rule);
    QVERIFY(responder);
    ResponderEngine engine(responder, QStringLiteral("L1.1"), QStringLiteral("127.0.0.1:4000"), fixedTime);
    QByteArray actual;
    for (const QByteArray &chunk : chunks.split('|'))
        actual += sentBy(engine.received(chunk));
    QCOMPARE(actual, sent);
}

void tst_ResponderEngine::firstMatchWinsAndNotesNameTheRule()
{
    const auto responder = responderOf("line",
                                       "{\"name\":\"hello\",\"match\":\"prefix\",\"text\":\"hel\",\"then\":[{\"reply\":\"1\"}]},"
                                       "{\"name\":\"anything\",\"match\":\"any\",\"then\":[{\"reply\":\"2\"}]}");
    QVERIFY(responder);
    ResponderEngine engine(responder, QStringLiteral("L1.1"), QString());
    const QList<ResponderEngine::Answer> answers = engine.received("help\nxyz\n");
    QCOMPARE(sentBy(answers), QByteArray("12"));
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).note, QStringLiteral("responder t: rule \"hello\" answered"));
    QCOMPARE(answers.at(1).note, QStringLiteral("responder t: rule \"anything\" answered"));
}

void tst_ResponderEngine::connectGreetingWithVariables()
{
    const auto responder = responderOf(
        "line", "{\"name\":\"hi\",\"on\":\"connect\",\"then\":[{\"reply\":\"hi ${name} at ${peer}, ${time}\\\\r\\\\n\"}]}");
    QVERIFY(responder);
    ResponderEngine engine(responder, QStringLiteral("L2.7"), QStringLiteral("[::1]:5000"), fixedTime);
    QCOMPARE(sentBy(engine.connected()), QByteArray("hi L2.7 at [::1]:5000, 13:04:05\r\n"));
    QCOMPARE(sentBy(engine.received("x\n")), QByteArray());
}

void tst_ResponderEngine::statesMoveTheConnection()
{
    const QByteArray json = R"({"schema":1,"name":"t","framing":"line","initialState":"command","rules":[
        {"name":"data","state":"command","match":"exact","text":"DATA","then":[{"reply":"354\n"}],"next":"body"},
        {"name":"other","state":"command","match":"any","then":[{"reply":"500\n"}]},
        {"name":"end","state":"body","match":"exact","text":".","then":[{"reply":"250\n"}],"next":"command"},
        {"name":"line","state":"body","match":"any"}]})";
    QString error;
    const auto responder = ResponderLoader::parse(json, QStringLiteral("t.json"), &error);
    QVERIFY2(responder, qPrintable(error));
    ResponderEngine engine(responder, QString(), QString());
    const QList<ResponderEngine::Answer> answers = engine.received("HELP\r\nDATA\r\nSubject: x\r\n\r\nbody\r\n.\r\nNOOP\r\n");
    QCOMPARE(sentBy(answers), QByteArray("500\n354\n250\n500\n"));
    QCOMPARE(answers.size(), 4);   // the body's lines answer nothing and leave no note
    QCOMPARE(answers.at(1).note, QStringLiteral("responder t: rule \"data\" answered (state command → body)"));
    QCOMPARE(engine.state(), QStringLiteral("command"));
}

void tst_ResponderEngine::longLineIsCutNotBuffered()
{
    const auto responder = responderOf("line", "{\"name\":\"r\",\"match\":\"any\",\"then\":[{\"reply\":\"${counter} \"}]}");
    QVERIFY(responder);
    ResponderEngine engine(responder, QString(), QString());
    const QByteArray huge(Responder::MaxLineBytes * 2 + 10, 'x');
    const QList<ResponderEngine::Answer> answers = engine.received(huge);
    QCOMPARE(sentBy(answers), QByteArray("1 2 "));   // two full pieces; 10 bytes wait for their line end
    QVERIFY2(answers.at(0).note.contains(QLatin1String("longer than 65536 bytes")), qPrintable(answers.at(0).note));
    QCOMPARE(sentBy(engine.received("\n")), QByteArray("3 "));
}

// The pattern backtracks exponentially on every line; the network thread must go on, and the
// rule after it still answers.
void tst_ResponderEngine::catastrophicRegexDoesNotStall()
{
    const auto responder = responderOf(
        "line", "{\"name\":\"evil\",\"match\":\"regex\",\"text\":\"^(a|aa)+$\",\"then\":[{\"reply\":\"matched\"}]},"
                "{\"name\":\"fallback\",\"match\":\"any\",\"then\":[{\"reply\":\"fallback \"}]}");
    QVERIFY(responder);
    ResponderEngine engine(responder, QString(), QString());
    const QByteArray line = QByteArray(5000, 'a') + "b\n";
    QElapsedTimer timer;
    timer.start();
    QList<ResponderEngine::Answer> answers;
    for (int i = 0; i < 3; ++i)
        answers += engine.received(line);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    QCOMPARE(sentBy(answers), QByteArray("fallback fallback fallback "));
    QVERIFY2(answers.at(0).note.contains(QLatin1String("gave up")), qPrintable(answers.at(0).note));
    QCOMPARE(sentBy(engine.received("aaaa\n")), QByteArray("matched"));
}

void tst_ResponderEngine::outputPerTriggerIsBounded()
{
    // Each ${input} is up to a line (64 KiB): twenty of them would be 1.3 MB for one line.
    QByteArray reply;
    for (int i = 0; i < 20; ++i)
        reply += "${input}";
    const auto responder = responderOf("line", "{\"name\":\"r\",\"match\":\"any\",\"then\":[{\"reply\":\"" + reply + "\"}]}");
    QVERIFY(responder);
    ResponderEngine engine(responder, QString(), QString());
    const QList<ResponderEngine::Answer> answers = engine.received(QByteArray(60000, 'y') + '\n');
    QCOMPARE(sentBy(answers).size(), Responder::MaxOutputPerTrigger);
    QVERIFY2(answers.at(0).note.contains(QLatin1String("cut at 1048576 bytes")), qPrintable(answers.at(0).note));
}

void tst_ResponderEngine::waitCloseAndAbortAreSteps()
{
    const auto responder = responderOf(
        "line", "{\"name\":\"bye\",\"match\":\"exact\",\"text\":\"bye\",\"then\":[{\"reply\":\"b\"},{\"wait\":250},{\"close\":true}]},"
                "{\"name\":\"kill\",\"match\":\"exact\",\"text\":\"kill\",\"then\":[{\"abort\":true}]}");
    QVERIFY(responder);
    ResponderEngine engine(responder, QString(), QString());
    QList<ResponderEngine::Answer> answers = engine.received("bye\n");
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).steps.size(), 3);
    QCOMPARE(answers.at(0).steps.at(1).kind, ResponderEngine::Step::Kind::Wait);
    QCOMPARE(answers.at(0).steps.at(1).waitMs, 250);
    QCOMPARE(answers.at(0).steps.at(2).kind, ResponderEngine::Step::Kind::Close);
    answers = engine.received("kill\n");
    QCOMPARE(answers.at(0).steps.size(), 1);
    QCOMPARE(answers.at(0).steps.at(0).kind, ResponderEngine::Step::Kind::Abort);
}

// "sendFile" sends a file of the responder's own folder, read when the rule answers; a symbolic
// link out of the folder, or a missing file, sends nothing and says why.
void tst_ResponderEngine::sendsAFileOfItsOwnFolderOnly()
{
    QTemporaryDir outside;
    QTemporaryDir dir;
    const auto write = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(dir.filePath(QStringLiteral("page.html")), "<p>from a file</p>"));
    QVERIFY(write(outside.filePath(QStringLiteral("secret")), "secret"));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret")), dir.filePath(QStringLiteral("link"))));
    QVERIFY(write(dir.filePath(QStringLiteral("files.json")), R"({"schema":1,"name":"files","framing":"line","rules":[
        {"name":"page","match":"exact","text":"page","then":[{"reply":"A:"},{"sendFile":"page.html"}]},
        {"name":"link","match":"exact","text":"link","then":[{"sendFile":"link"}]},
        {"name":"gone","match":"exact","text":"gone","then":[{"sendFile":"gone.txt"}]}]})"));
    QString error;
    const auto responder = ResponderLoader::loadFile(dir.filePath(QStringLiteral("files.json")), &error);
    QVERIFY2(responder, qPrintable(error));
    ResponderEngine engine(responder, QStringLiteral("L1.1"), QStringLiteral("127.0.0.1:5"));
    QList<ResponderEngine::Answer> answers = engine.received("page\n");
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.at(0).steps.size(), 2);
    QCOMPARE(answers.at(0).steps.at(0).bytes + answers.at(0).steps.at(1).bytes, QByteArray("A:<p>from a file</p>"));

    // Edited on disk, sent as it is now.
    QVERIFY(write(dir.filePath(QStringLiteral("page.html")), "<p>edited</p>"));
    answers = engine.received("page\n");
    QCOMPARE(answers.at(0).steps.at(1).bytes, QByteArray("<p>edited</p>"));

    for (const char *name : { "link", "gone" }) {
        answers = engine.received(QByteArray(name) + "\n");
        QCOMPARE(answers.size(), 1);   // the problem; the rule sent nothing, so it has no note
        QVERIFY(answers.at(0).steps.isEmpty());
        QVERIFY2(answers.at(0).note.startsWith(QStringLiteral("responder files: rule \"%1\" cannot send the file").arg(QLatin1String(name))),
                 qPrintable(answers.at(0).note));
    }
}

QTEST_GUILESS_MAIN(tst_ResponderEngine)
#include "tst_responderengine.moc"
