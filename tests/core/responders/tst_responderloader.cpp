// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownresponders.h"
#include "responderloader.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_ResponderLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedRespondersLoad();
    void malformed_data();
    void malformed();
    void findByNameOrFile();
    void fileErrorsNameTheFile();
    void ownRespondersAreSavedCheckedAndFound();
};

void tst_ResponderLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(OwnResponders::directory()).removeRecursively();
}

void tst_ResponderLoader::shippedRespondersLoad()
{
    const QStringList names = ResponderLoader::builtInNames();
    QCOMPARE(names, (QStringList { QStringLiteral("chat-greeting"), QStringLiteral("echo-upper"), QStringLiteral("http"),
                                   QStringLiteral("line-counter"), QStringLiteral("smtp") }));
    for (const QString &name : names) {
        QString error;
        const auto responder = ResponderLoader::find(name, &error);
        QVERIFY2(responder, qPrintable(error));
        QCOMPARE(responder->name, name);
        QVERIFY(!responder->description.isEmpty());
    }
}

// Each row: a responder file, and the message that must name its JSON path.
void tst_ResponderLoader::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray head = R"({"schema":1,"name":"bad","rules":[)";
    QTest::newRow("not JSON") << QByteArray("{\"schema\":1,") << QStringLiteral("bad.json: not valid JSON at byte");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("bad.json: expected an object, found an array");
    QTest::newRow("schema") << QByteArray(R"({"schema":2,"name":"bad","rules":[]})")
                            << QStringLiteral("bad.json: schema: version 2 is not supported");
    QTest::newRow("name differs") << QByteArray(R"({"schema":1,"name":"good","rules":[{"name":"a","match":"any"}]})")
                                  << QStringLiteral("bad.json: name: 'good' differs from the file's name");
    QTest::newRow("no rules") << head + "]}" << QStringLiteral("bad.json: rules: a responder needs at least one rule");
    QTest::newRow("unknown key") << head + R"({"name":"a","match":"any","reply":"x"}]})"
                                 << QStringLiteral("bad.json: rules[0].reply: unknown key");
    QTest::newRow("unknown top key") << QByteArray(R"({"schema":1,"name":"bad","rules":[{"name":"a","match":"any"}],"x":1})")
                                     << QStringLiteral("bad.json: x: unknown key");
    QTest::newRow("framing") << QByteArray(R"({"schema":1,"name":"bad","framing":"word","rules":[]})")
                             << QStringLiteral("bad.json: framing: unknown framing 'word'");
    QTest::newRow("match missing") << head + R"({"name":"a"}]})" << QStringLiteral("bad.json: rules[0].match: missing");
    QTest::newRow("match unknown") << head + R"({"name":"a","match":"glob","text":"*"}]})"
                                   << QStringLiteral("bad.json: rules[0].match: unknown match 'glob'");
    QTest::newRow("text and hex") << head + R"({"name":"a","match":"exact","text":"a","hex":"41"}]})"
                                  << QStringLiteral("bad.json: rules[0].text: give exactly one of \"text\" or \"hex\"");
    QTest::newRow("bad escape") << head + R"({"name":"a","match":"exact","text":"a\\q"}]})"
                                << QStringLiteral("bad.json: rules[0].text: ");
    QTest::newRow("bad hex") << head + R"({"name":"a","match":"exact","hex":"4"}]})"
                             << QStringLiteral("bad.json: rules[0].hex: ");
    QTest::newRow("bad regex") << head + R"({"name":"a","match":"regex","text":"(a"}]})"
                               << QStringLiteral("bad.json: rules[0].text: not a valid regular expression: missing closing parenthesis");
    QTest::newRow("group without regex")
        << head + R"({"name":"a","match":"prefix","text":"a","then":[{"reply":"\\1"}]}]})"
        << QStringLiteral("bad.json: rules[0].then[0].reply: \\1 names a group, but only a regular expression has groups");
    QTest::newRow("group beyond the pattern's")
        << head + R"j({"name":"a","match":"regex","text":"(a)","then":[{"reply":"\\2"}]}]})j"
        << QStringLiteral("bad.json: rules[0].then[0].reply: \\2 names a group the regular expression does not have (it has 1)");
    QTest::newRow("unknown variable") << head + R"({"name":"a","match":"any","then":[{"reply":"${nme}"}]}]})"
                                      << QStringLiteral("bad.json: rules[0].then[0].reply: unknown variable \"nme\"");
    QTest::newRow("two actions in one") << head + R"({"name":"a","match":"any","then":[{"reply":"x","close":true}]}]})"
                                        << QStringLiteral("bad.json: rules[0].then[0]: an action has exactly one of");
    QTest::newRow("after close") << head + R"({"name":"a","match":"any","then":[{"close":true},{"reply":"x"}]}]})"
                                 << QStringLiteral("bad.json: rules[0].then[0]: nothing can follow close or abort");
    QTest::newRow("a path to send") << head + R"({"name":"a","match":"any","then":[{"sendFile":"../secret"}]}]})"
                                    << QStringLiteral("bad.json: rules[0].then[0].sendFile: a file name in the responder's folder");
    QTest::newRow("wait too long") << head + R"({"name":"a","match":"any","then":[{"wait":600000}]}]})"
                                   << QStringLiteral("bad.json: rules[0].then[0].wait: 600000 is out of range (0 to 60000)");
    QTest::newRow("state nobody is in") << QByteArray(R"({"schema":1,"name":"bad","initialState":"a","rules":[
        {"name":"x","state":"a","match":"any","next":"b"}]})")
                                        << QStringLiteral("bad.json: rules[0].next: no rule is in state 'b'");
    QTest::newRow("initial state missing") << head + R"({"name":"x","state":"a","match":"any"}]})"
                                           << QStringLiteral("bad.json: initialState: missing: the rules name states");
    QTest::newRow("two rules, one name") << head + R"({"name":"x","match":"any"},{"name":"x","match":"any"}]})"
                                         << QStringLiteral("bad.json: rules[1].name: 'x' names two rules");
    QTest::newRow("connect rule with a match")
        << head + R"({"name":"x","on":"connect","match":"any","then":[{"reply":"hi"}]}]})"
        << QStringLiteral("bad.json: rules[0].match: a connect rule matches nothing");
    QTest::newRow("bodyLength without body") << head + R"({"name":"x","match":"any","then":[{"reply":"${bodyLength}"}]}]})"
                                             << QStringLiteral("bad.json: rules[0].then[0].reply: ${bodyLength} needs a \"body\"");
}

void tst_ResponderLoader::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!ResponderLoader::parse(json, QStringLiteral("bad.json"), &actual));
    QVERIFY2(actual.startsWith(error), qPrintable(actual));
}

void tst_ResponderLoader::findByNameOrFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema":1,"name":"mine","rules":[{"name":"a","match":"any","then":[{"reply":"ok"}]}]})");
    file.close();
    QString error;
    const auto mine = ResponderLoader::find(path, &error);
    QVERIFY2(mine, qPrintable(error));
    QCOMPARE(mine->name, QStringLiteral("mine"));
    QVERIFY(!ResponderLoader::find(QStringLiteral("gopher"), &error));
    QCOMPARE(error, QStringLiteral("gopher: no such file, nor a shipped or own responder (there are: chat-greeting, "
                                   "echo-upper, http, line-counter, smtp)"));
}

void tst_ResponderLoader::fileErrorsNameTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(ResponderLoader::MaxFileBytes + 1, ' '));
    file.close();
    QString error;
    QVERIFY(!ResponderLoader::loadFile(path, &error));
    QCOMPARE(error, QStringLiteral("big.json: larger than 262144 bytes"));
    QVERIFY(!ResponderLoader::loadFile(dir.filePath(QStringLiteral("none.json")), &error));
    QVERIFY2(error.startsWith(QStringLiteral("none.json: ")), qPrintable(error));
}

// The responder editor's Save: checked exactly as loading checks, written only when it passes,
// then found by name after the shipped ones (as --responder NAME finds it), with its path.
void tst_ResponderLoader::ownRespondersAreSavedCheckedAndFound()
{
    const QByteArray good = R"({"schema":1,"name":"hello","rules":[{"name":"a","match":"any","then":[{"reply":"hi\\n"}]}]})";
    QString error;
    const auto saved = OwnResponders::save(QStringLiteral("hello"), good, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->path, OwnResponders::pathOf(QStringLiteral("hello")));
    QCOMPARE(OwnResponders::names(), QStringList { QStringLiteral("hello") });
    const auto found = ResponderLoader::find(QStringLiteral("hello"), &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->path, saved->path);
    QCOMPARE(ResponderLoader::find(QStringLiteral("http"), &error)->path, QStringLiteral(":/responders/http.json"));

    // A bad edit: refused with the file and JSON path, and the saved file is what it was.
    const QByteArray bad = R"({"schema":1,"name":"hello","rules":[{"name":"a","match":"regex","text":"(","then":[]}]})";
    QVERIFY(!OwnResponders::save(QStringLiteral("hello"), bad, &error));
    QVERIFY2(error.startsWith(QStringLiteral("hello.json: rules[0].text: not a valid regular expression")), qPrintable(error));
    QFile file(OwnResponders::pathOf(QStringLiteral("hello")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), good);
    // The name in the file must be the file's; a shipped responder's name is not taken.
    QVERIFY(!OwnResponders::save(QStringLiteral("other"), good, &error));
    QVERIFY2(error.startsWith(QStringLiteral("other.json: name: 'hello' differs")), qPrintable(error));
    QVERIFY(!OwnResponders::save(QStringLiteral("http"), QByteArray(good).replace("hello", "http"), &error));
    QCOMPARE(error, QStringLiteral("http.json: 'http' is a shipped responder: choose another name"));
    QCOMPARE(OwnResponders::names(), QStringList { QStringLiteral("hello") });

    // Removed by name only: not a shipped one, not a path that leaves the folder.
    QVERIFY(!OwnResponders::remove(QStringLiteral("http"), &error));
    QCOMPARE(error, QStringLiteral("http.json: you have no responder of that name"));
    QVERIFY(!OwnResponders::remove(QStringLiteral("../responders/hello"), &error));
    QVERIFY(QFile::exists(OwnResponders::pathOf(QStringLiteral("hello"))));
    QVERIFY2(OwnResponders::remove(QStringLiteral("hello"), &error), qPrintable(error));
    QVERIFY(OwnResponders::names().isEmpty());
    QVERIFY(!ResponderLoader::find(QStringLiteral("hello"), &error));
}

QTEST_GUILESS_MAIN(tst_ResponderLoader)
#include "tst_responderloader.moc"
