// SPDX-License-Identifier: GPL-3.0-or-later
// Scripts: files read strictly, the runner's steps on bytes alone, and socketlab --headless
// --script driving the shipped smtp responder end to end in another process.
#include "responderloader.h"
#include "scriptloader.h"
#include "scriptrunner.h"
#include "workbenchfixture.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int TimeoutMs = 20000;

// The mail a script delivers to the smtp responder, as docs/scripts.md shows it.
const QByteArray smtpScript = R"({
    "schema": 1,
    "name": "smtp-send",
    "description": "Delivers one message to an SMTP server, checking each reply code.",
    "framing": "line",
    "steps": [
        { "name": "greeting", "expect": "prefix", "text": "220 " },
        { "send": "EHLO lab.example\r\n" },
        { "name": "ehlo-done", "expect": "prefix", "text": "250 " },
        { "send": "MAIL FROM:<ada@example.org>\r\n" },
        { "name": "sender-ok", "expect": "prefix", "text": "250 " },
        { "send": "RCPT TO:<bob@example.org>\r\n" },
        { "name": "recipient-ok", "expect": "regex", "text": "^250 .*<bob@example\\.org>" },
        { "send": "DATA\r\n" },
        { "name": "go-ahead", "expect": "prefix", "text": "354" },
        { "send": "Subject: by script\r\n\r\nHello from a script.\r\n.\r\n" },
        { "name": "accepted", "expect": "contains", "text": "message accepted" },
        { "send": "QUIT\r\n" },
        { "name": "bye", "expect": "prefix", "text": "221" }
    ]
})";

std::shared_ptr<const Script> parsed(const QByteArray &json, QString *error)
{
    return ScriptLoader::parse(json, QStringLiteral("test.json"), error);
}

QByteArray oneStep(const QByteArray &step, const QByteArray &top = {})
{
    return R"({ "schema": 1, "name": "t", )" + top + R"( "steps": [ )" + step + " ] }";
}

// A runner on bytes alone: what it sends is collected, close is counted.
struct Harness
{
    explicit Harness(const QByteArray &json)
    {
        QString error;
        script = parsed(json, &error);
        if (!script)
            qFatal("%s", qPrintable(error));
        ScriptRunner::Hooks hooks;
        hooks.send = [this](const QByteArray &bytes) { sent += bytes; };
        hooks.close = [this] { ++closes; };
        runner = std::make_unique<ScriptRunner>(script, hooks);
        spy = std::make_unique<QSignalSpy>(runner.get(), &ScriptRunner::finished);
    }
    std::shared_ptr<const Script> script;
    std::unique_ptr<ScriptRunner> runner;
    std::unique_ptr<QSignalSpy> spy;
    QByteArray sent;
    int closes = 0;
};

} // namespace

class tst_Scripts : public QObject, public WorkbenchFixture
{
    Q_OBJECT

public:
    tst_Scripts()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    void malformedFilesNameThePath_data();
    void malformedFilesNameThePath();
    void stepsRunInOrderAndExpectSkipsLines();
    void chunkFramingMatchesWhatArrivedTogether();
    void expectTimesOutNamingTheStep();
    void peerClosingFailsAWaitingExpect();
    void headlessScriptDrivesSmtpResponder();
    void headlessScriptFailsNamingTheStep();
    void shippedScriptRunsByName();

private:
    void runHeadlessScript(const QByteArray &json, QProcess &socketlab);
    // As runHeadlessScript, with --script SCRIPT (a path or a shipped script's name).
    void runHeadlessScriptNamed(const QString &script, QProcess &socketlab);
};

void tst_Scripts::malformedFilesNameThePath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{ steps") << QStringLiteral("test.json: ");
    QTest::newRow("no steps") << QByteArray(R"({ "schema": 1, "name": "t", "steps": [] })")
                              << QStringLiteral("test.json: steps: a script needs at least one step");
    QTest::newRow("unknown key") << oneStep(R"({ "send": "x", "colour": "red" })")
                                 << QStringLiteral("test.json: steps[0].colour: unknown key");
    QTest::newRow("two kinds") << oneStep(R"({ "send": "x", "wait": 3 })")
                               << QStringLiteral("test.json: steps[0]: a step has exactly one of");
    QTest::newRow("bad regex") << oneStep(R"({ "expect": "regex", "text": "(a" })")
                               << QStringLiteral("test.json: steps[0].text: not a valid regular expression");
    QTest::newRow("bad escape") << oneStep(R"({ "send": "\\xZZ" })") << QStringLiteral("test.json: steps[0].send: ");
    QTest::newRow("timeout zero") << oneStep(R"({ "expect": "any", "timeoutMs": 0 })")
                                  << QStringLiteral("test.json: steps[0].timeoutMs: 0 is out of range (1 to 600000)");
    QTest::newRow("after close") << oneStep(R"({ "close": true }, { "send": "x" })")
                                 << QStringLiteral("test.json: steps[1]: nothing can follow close");
    QTest::newRow("framing") << oneStep(R"({ "send": "x" })", R"("framing": "word",)")
                             << QStringLiteral("test.json: framing: unknown framing 'word'");
    QTest::newRow("any with text") << oneStep(R"({ "expect": "any", "text": "x" })")
                                   << QStringLiteral("test.json: steps[0].expect: \"any\" matches everything");
}

void tst_Scripts::malformedFilesNameThePath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!parsed(json, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

// Per line, an expect passes over lines that do not match (a 250- continuation) and takes the
// first that does; bytes split anywhere still make the line.
void tst_Scripts::stepsRunInOrderAndExpectSkipsLines()
{
    Harness run(oneStep(R"({ "send": "EHLO x\r\n" }, { "expect": "prefix", "text": "250 " },
                          { "send": "QUIT\r\n" }, { "expect": "exact", "text": "221 bye" }, { "close": true })"));
    run.runner->connected();
    QCOMPARE(run.sent, QByteArray("EHLO x\r\n"));
    run.runner->received("250-first\r\n25");
    QCOMPARE(run.sent, QByteArray("EHLO x\r\n"));   // still waiting: "250-" is not "250 "
    run.runner->received("0 last\r\n");
    QCOMPARE(run.sent, QByteArray("EHLO x\r\nQUIT\r\n"));
    QCOMPARE(run.closes, 0);
    run.runner->received("221 bye\r\n");
    QCOMPARE(run.closes, 1);
    QCOMPARE(run.spy->size(), 1);
    QCOMPARE(run.spy->first().at(0).toBool(), true);
    QCOMPARE(run.spy->first().at(1).toString(), QStringLiteral("script t completed: all 5 steps done"));
}

void tst_Scripts::chunkFramingMatchesWhatArrivedTogether()
{
    Harness run(oneStep(R"({ "expect": "contains", "hex": "01 02", "caseInsensitive": true }, { "send": "ok" })",
                        R"("framing": "chunk",)"));
    run.runner->connected();
    run.runner->received(QByteArray("\x00\x01", 2));
    QVERIFY(run.sent.isEmpty());
    run.runner->received(QByteArray("\x02", 1));   // across reads: the unmatched bytes are kept
    QCOMPARE(run.sent, QByteArray("ok"));
    QCOMPARE(run.spy->size(), 1);
}

void tst_Scripts::expectTimesOutNamingTheStep()
{
    Harness run(oneStep(R"({ "send": "HELO x\r\n" }, { "name": "greeting", "expect": "prefix", "text": "220", "timeoutMs": 50 },
                          { "send": "never" })"));
    run.runner->connected();
    run.runner->received("554 go away\r\n");
    QVERIFY(run.spy->wait(TimeoutMs));
    QCOMPARE(run.spy->first().at(0).toBool(), false);
    QCOMPARE(run.spy->first().at(1).toString(),
             QStringLiteral("script t failed at step 2 \"greeting\": nothing matched within 50 ms; received and not "
                            "matched: 554 go away\\r\\n"));
    QCOMPARE(run.sent, QByteArray("HELO x\r\n"));
}

void tst_Scripts::peerClosingFailsAWaitingExpect()
{
    Harness run(oneStep(R"({ "expect": "exact", "text": "hi" })"));
    run.runner->connected();
    run.runner->peerClosed();
    QCOMPARE(run.spy->size(), 1);
    QCOMPARE(run.spy->first().at(1).toString(),
             QStringLiteral("script t failed at step 1 (expect exact \"hi\"): the connection ended"));
}

void tst_Scripts::runHeadlessScript(const QByteArray &json, QProcess &socketlab)
{
    const QString path = m_dir->filePath(QStringLiteral("script.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    runHeadlessScriptNamed(path, socketlab);
}

void tst_Scripts::runHeadlessScriptNamed(const QString &path, QProcess &socketlab)
{
    ConnectionId listener = 0;
    quint16 port = 0;
    QString error;
    Workbench::ListenOptions options;
    options.responder = ResponderLoader::find(QStringLiteral("smtp"), &error);
    QVERIFY2(options.responder, qPrintable(error));
    startListener(options, &listener, &port);
    QVERIFY(!QTest::currentTestFailed());
    socketlab.start(QStringLiteral(SOCKETLAB_BINARY),
                    { QStringLiteral("--headless"), QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(port),
                      QStringLiteral("--script"), path, QStringLiteral("--record"),
                      m_dir->filePath(QStringLiteral("client.socketlab")) });
    QVERIFY2(socketlab.waitForStarted(TimeoutMs), qPrintable(socketlab.errorString()));
    // Waited for here, not by PeerProcess::waitForExit: a failing script exits 1 on purpose.
    QTRY_COMPARE_WITH_TIMEOUT(socketlab.state(), QProcess::NotRunning, TimeoutMs);
    QCOMPARE(socketlab.exitStatus(), QProcess::NormalExit);
}

// The responder's side of the conversation is in this test's log: the script's mail arrived.
void tst_Scripts::headlessScriptDrivesSmtpResponder()
{
    QProcess socketlab;
    runHeadlessScript(smtpScript, socketlab);
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray errors = socketlab.readAllStandardError();
    QVERIFY2(socketlab.exitCode() == 0, errors.constData());
    QVERIFY2(errors.contains("script smtp-send completed: all 13 steps done"), errors.constData());
    QByteArray received;
    const ConnectionInfo accepted = [&] {
        for (const ConnectionInfo &info : m_session->connections().snapshot()) {
            if (info.role == ConnectionRole::Accepted)
                return info;
        }
        return ConnectionInfo();
    }();
    QVERIFY(accepted.id != 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->stream(accepted.id, EventKind::Received).contains("QUIT\r\n"), TimeoutMs);
    received = m_log->stream(accepted.id, EventKind::Received);
    QVERIFY2(received.contains("DATA\r\nSubject: by script\r\n\r\nHello from a script.\r\n.\r\n"), received.constData());
}

void tst_Scripts::headlessScriptFailsNamingTheStep()
{
    QByteArray json = smtpScript;
    json.replace(R"("text": "354")", R"("text": "999", "timeoutMs": 300)");
    QProcess socketlab;
    runHeadlessScript(json, socketlab);
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray errors = socketlab.readAllStandardError();
    QCOMPARE(socketlab.exitCode(), 1);
    QVERIFY2(errors.contains("script smtp-send failed at step 9 \"go-ahead\": nothing matched within 300 ms; "
                             "received and not matched: 354 end data with <CR><LF>.<CR><LF>\\r\\n"),
             errors.constData());
}

// --script smtp-send: the shipped mail client, by name, delivers its message to the responder.
void tst_Scripts::shippedScriptRunsByName()
{
    QCOMPARE(ScriptLoader::builtInNames(), QStringList { QStringLiteral("smtp-send") });
    QProcess socketlab;
    runHeadlessScriptNamed(QStringLiteral("smtp-send"), socketlab);
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray errors = socketlab.readAllStandardError();
    QVERIFY2(socketlab.exitCode() == 0, errors.constData());
    QVERIFY2(errors.contains("script smtp-send completed: all 13 steps done"), errors.constData());
    ConnectionId accepted = 0;
    for (const ConnectionInfo &info : m_session->connections().snapshot()) {
        if (info.role == ConnectionRole::Accepted)
            accepted = info.id;
    }
    QVERIFY(accepted != 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->stream(accepted, EventKind::Received).contains("QUIT\r\n"), TimeoutMs);
    const QByteArray received = m_log->stream(accepted, EventKind::Received);
    QVERIFY2(received.contains("DATA\r\nFrom: Alice <alice@lab.example>\r\nTo: Bob <bob@lab.example>\r\n"
                               "Subject: A letter by socket\r\n\r\nHello Bob,\r\n"
                               "SocketLab played the mail client for this one.\r\n.\r\n"),
             received.constData());

    // A name that is neither a file nor a shipped script is refused like a bad flag.
    QProcess refused;
    refused.start(QStringLiteral(SOCKETLAB_BINARY), { QStringLiteral("--headless"), QStringLiteral("--connect"),
                                                      QStringLiteral("127.0.0.1:9"), QStringLiteral("--script"),
                                                      QStringLiteral("smtp-sned") });
    QVERIFY(refused.waitForStarted(TimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(refused.state(), QProcess::NotRunning, TimeoutMs);
    QCOMPARE(refused.exitCode(), 2);
    const QByteArray refusal = refused.readAllStandardError();
    QVERIFY2(refusal.contains("--script smtp-sned: no such file, nor a shipped script (there are: smtp-send)"),
             refusal.constData());
}

QTEST_GUILESS_MAIN(tst_Scripts)
#include "tst_scripts.moc"
