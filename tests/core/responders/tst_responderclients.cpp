// SPDX-License-Identifier: GPL-3.0-or-later
// Responders answering clients that SocketLab did not write, in other processes: curl (HTTP and
// SMTP), Python's smtplib, ncat; and socketlab --headless --responder.
#include "responderloader.h"
#include "workbenchfixture.h"

#include "peerprocess.h"

#include <QFile>
#include <QDir>
#include <QTemporaryDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

namespace {

constexpr int TimeoutMs = 20000;

// A message as a mail client sends it after DATA: headers, a blank line, the body, CRLF ends.
const QByteArray mailMessage = "From: Ada <ada@example.org>\r\n"
                               "To: Bob <bob@example.org>\r\n"
                               "Subject: sockets carry mail too\r\n"
                               "\r\n"
                               "Hello Bob,\r\n"
                               "this message went through a SocketLab listener, byte for byte.\r\n"
                               "  (indented, with trailing spaces)   \r\n"
                               "Bye.\r\n";

struct HttpResponse
{
    QByteArray statusLine;
    QMap<QByteArray, QByteArray> headers;   // names in lower case
    QByteArray body;
};

// Splits what curl -i printed for one or more responses, taking each body by its Content-Length:
// a wrong length shows as a response that does not parse, or a body that is cut or overlong.
QList<HttpResponse> parseResponses(QByteArray output, QString *problem)
{
    QList<HttpResponse> responses;
    while (!output.isEmpty()) {
        const qsizetype headEnd = output.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            *problem = QStringLiteral("no end of head in: ") + QString::fromUtf8(output);
            return responses;
        }
        HttpResponse response;
        const QList<QByteArray> lines = output.left(headEnd).split('\n');
        response.statusLine = lines.first().trimmed();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            response.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        bool ok = false;
        const qsizetype length = response.headers.value("content-length").toLongLong(&ok);
        if (!ok || headEnd + 4 + length > output.size()) {
            *problem = QStringLiteral("Content-Length missing or beyond the output: ") + QString::fromUtf8(output);
            return responses;
        }
        response.body = output.mid(headEnd + 4, length);
        output.remove(0, headEnd + 4 + length);
        responses << response;
    }
    return responses;
}

} // namespace

class tst_ResponderClients : public QObject, public WorkbenchFixture
{
    Q_OBJECT

public:
    tst_ResponderClients()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    void curlGetsPageAnd404OnOneConnection();
    void curlHttp10GetsThePageBeforeTheClose();
    void curlDeliversMail();
    void pythonSmtplibDeliversMail();
    void ncatIsGreetedAndCounted();
    void headlessResponderServesCurl();
    void ownResponderByNameOnTheCommandLine();
    void udpPeersAreAnsweredEachByItsOwn();
    void headlessUdpResponderServesSocat();
    void catastrophicRegexDoesNotStallTheNetworkThread();

private:
    void listenWith(const QString &responderName, ConnectionId *listener, quint16 *port);
    QList<ConnectionInfo> acceptedBy(ConnectionId listener) const;
    void conversationOfTheOnlyConnection(ConnectionId listener, QByteArray *received, QByteArray *sent);
    void runToEnd(QProcess &process, const QString &program, const QStringList &arguments, const QByteArray &input = {});
    // Starts socketlab --headless with --listen listen --responder responder, recording into the
    // test's directory, and reads the port it bound from what it prints (kept in printed).
    void startHeadless(QProcess &socketlab, const QString &listen, const QString &responder, QByteArray *printed,
                       QString *port);
};

void tst_ResponderClients::listenWith(const QString &responderName, ConnectionId *listener, quint16 *port)
{
    QString error;
    Workbench::ListenOptions options;
    options.responder = ResponderLoader::find(responderName, &error);
    QVERIFY2(options.responder, qPrintable(error));
    startListener(options, listener, port);
}

QList<ConnectionInfo> tst_ResponderClients::acceptedBy(ConnectionId listener) const
{
    QList<ConnectionInfo> accepted;
    for (const ConnectionInfo &info : m_session->connections().snapshot()) {
        if (info.parent == listener)
            accepted << info;
    }
    return accepted;
}

// The listener's one connection, once closed: what it received and sent.
void tst_ResponderClients::conversationOfTheOnlyConnection(ConnectionId listener, QByteArray *received, QByteArray *sent)
{
    const QList<ConnectionInfo> accepted = acceptedBy(listener);
    QCOMPARE(accepted.size(), 1);
    const ConnectionId id = accepted.first().id;
    QTRY_VERIFY_WITH_TIMEOUT(m_log->count(id, EventKind::Closed) == 1, TimeoutMs);
    *received = m_log->stream(id, EventKind::Received);
    *sent = m_log->stream(id, EventKind::Sent);
}

void tst_ResponderClients::runToEnd(QProcess &process, const QString &program, const QStringList &arguments,
                                    const QByteArray &input)
{
    QString path;
    PeerProcess::findProgram(program, program == QLatin1String("python3") ? QStringLiteral("python3") : program, &path);
    if (QTest::currentTestFailed())
        return;
    process.start(path, arguments);
    QVERIFY2(process.waitForStarted(TimeoutMs), qPrintable(process.errorString()));
    process.write(input);
    process.closeWriteChannel();
    PeerProcess::waitForExit(process, TimeoutMs);
}

// Two URLs in one curl: HTTP/1.1 keeps the connection, so both answers come on one accepted socket.
void tst_ResponderClients::curlGetsPageAnd404OnOneConnection()
{
    ConnectionId listener = 0;
    quint16 port = 0;
    listenWith(QStringLiteral("http"), &listener, &port);
    QVERIFY(!QTest::currentTestFailed());
    QProcess curl;
    runToEnd(curl, QStringLiteral("curl"),
             { QStringLiteral("-sS"), QStringLiteral("-i"),
               QStringLiteral("http://127.0.0.1:%1/").arg(port), QStringLiteral("http://127.0.0.1:%1/nothing-here").arg(port) });
    QVERIFY(!QTest::currentTestFailed());
    QString problem;
    const QList<HttpResponse> responses = parseResponses(curl.readAllStandardOutput(), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).statusLine, QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(responses.at(0).headers.value("content-type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(responses.at(0).headers.value("connection"), QByteArray("keep-alive"));
    QVERIFY2(responses.at(0).body.startsWith("<!DOCTYPE html>\n"), responses.at(0).body.constData());
    QVERIFY2(responses.at(0).body.endsWith("</body></html>\n"), responses.at(0).body.constData());
    QCOMPARE(responses.at(0).headers.value("x-socketlab-connection"), QByteArray("L1.1"));
    QCOMPARE(responses.at(1).statusLine, QByteArray("HTTP/1.1 404 Not Found"));
    QCOMPARE(responses.at(1).body, QByteArray("404: this server has only the page at /\n"));
    // Keep-alive honoured: curl sent its second request on the same connection.
    const QList<ConnectionInfo> accepted = acceptedBy(listener);
    QCOMPARE(accepted.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->count(accepted.first().id, EventKind::Closed) == 1, TimeoutMs);
    QStringList notes;
    for (const QByteArray &note : m_log->payloads(accepted.first().id, EventKind::Note))
        notes << QString::fromUtf8(note);
    QVERIFY2(notes.contains(QStringLiteral("responder http: rule \"page-answer\" answered (state page → request)")),
             qPrintable(notes.join(QLatin1Char('\n'))));
    QVERIFY2(notes.contains(QStringLiteral("responder http: rule \"missing-answer\" answered (state missing → request)")),
             qPrintable(notes.join(QLatin1Char('\n'))));
}

// HTTP/1.0 without keep-alive: the responder replies and closes in the same turn. Its reply waits
// for the end of the turn (JournalGate); the close must not overtake it, or curl gets no page.
void tst_ResponderClients::curlHttp10GetsThePageBeforeTheClose()
{
    ConnectionId listener = 0;
    quint16 port = 0;
    listenWith(QStringLiteral("http"), &listener, &port);
    QVERIFY(!QTest::currentTestFailed());
    QProcess curl;
    runToEnd(curl, QStringLiteral("curl"),
             { QStringLiteral("-sS"), QStringLiteral("-i"), QStringLiteral("--http1.0"),
               QStringLiteral("http://127.0.0.1:%1/").arg(port) });
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(curl.exitCode(), 0);
    QString problem;
    const QList<HttpResponse> responses = parseResponses(curl.readAllStandardOutput(), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).statusLine, QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(responses.at(0).headers.value("connection"), QByteArray("close"));
    QVERIFY2(responses.at(0).body.endsWith("</body></html>\n"), responses.at(0).body.constData());
    QByteArray received, sent;
    conversationOfTheOnlyConnection(listener, &received, &sent);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(sent.endsWith("</body></html>\n"), sent.constData());   // recorded as sent, and it left
    const ConnectionId id = acceptedBy(listener).first().id;
    QCOMPARE(m_log->count(id, EventKind::Error), 0);   // no "recorded as sent, not sent"
}

void tst_ResponderClients::curlDeliversMail()
{
    ConnectionId listener = 0;
    quint16 port = 0;
    listenWith(QStringLiteral("smtp"), &listener, &port);
    QVERIFY(!QTest::currentTestFailed());
    QProcess curl;
    runToEnd(curl, QStringLiteral("curl"),
             { QStringLiteral("-sS"), QStringLiteral("smtp://127.0.0.1:%1").arg(port), QStringLiteral("--mail-from"),
               QStringLiteral("ada@example.org"), QStringLiteral("--mail-rcpt"), QStringLiteral("bob@example.org"),
               QStringLiteral("-T"), QStringLiteral("-") },
             mailMessage);
    QVERIFY(!QTest::currentTestFailed());
    QByteArray received;
    QByteArray sent;
    conversationOfTheOnlyConnection(listener, &received, &sent);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(received.contains("DATA\r\n" + mailMessage + ".\r\n"), received.constData());
    QVERIFY2(received.contains("RCPT TO:<bob@example.org>\r\n"), received.constData());
    QVERIFY2(sent.startsWith("220 socketlab SMTP responder ready"), sent.constData());
    QVERIFY2(sent.contains("250 2.1.5 recipient <bob@example.org> ok\r\n354 "), sent.constData());
    QVERIFY2(sent.endsWith("250 2.0.0 message accepted (it is in the log)\r\n221 2.0.0 bye\r\n"), sent.constData());
}

// smtplib speaks lower case ("ehlo", "mail FROM:", "data"): the rules match without case.
void tst_ResponderClients::pythonSmtplibDeliversMail()
{
    ConnectionId listener = 0;
    quint16 port = 0;
    listenWith(QStringLiteral("smtp"), &listener, &port);
    QVERIFY(!QTest::currentTestFailed());
    QProcess python;
    runToEnd(python, QStringLiteral("python3"),
             { PeerProcess::script("smtp_send.py"), QString::number(port), QStringLiteral("ada@example.org"),
               QStringLiteral("bob@example.org") },
             mailMessage);
    QVERIFY(!QTest::currentTestFailed());
    QByteArray received;
    QByteArray sent;
    conversationOfTheOnlyConnection(listener, &received, &sent);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(received.contains("mail FROM:<ada@example.org>"), received.constData());
    QVERIFY2(received.contains("data\r\n" + mailMessage + ".\r\n"), received.constData());
    QVERIFY2(!sent.contains("500 "), sent.constData());
    QVERIFY2(sent.contains("250-socketlab greets "), sent.constData());
}

void tst_ResponderClients::ncatIsGreetedAndCounted()
{
    ConnectionId listener = 0;
    quint16 port = 0;
    listenWith(QStringLiteral("line-counter"), &listener, &port);
    QVERIFY(!QTest::currentTestFailed());
    QProcess ncat;
    runToEnd(ncat, QStringLiteral("ncat"), { QStringLiteral("127.0.0.1"), QString::number(port) },
             "first\nsecond line\r\n");
    QVERIFY(!QTest::currentTestFailed());
    const QList<ConnectionInfo> accepted = acceptedBy(listener);
    QCOMPARE(accepted.size(), 1);
    const QByteArray expected = "hello L1.1, you are " + accepted.first().peerEndpoint().toUtf8()
                              + ": send lines, I count them\n"
                                "line 1: first (6 bytes so far)\n"
                                "line 2: second line (19 bytes so far)\n";
    QCOMPARE(ncat.readAllStandardOutput(), expected);
}

void tst_ResponderClients::startHeadless(QProcess &socketlab, const QString &listen, const QString &responder,
                                         QByteArray *printed, QString *port)
{
    socketlab.start(QStringLiteral(SOCKETLAB_BINARY),
                    {QStringLiteral("--headless"), QStringLiteral("--listen"), listen, QStringLiteral("--responder"),
                     responder, QStringLiteral("--record"), m_dir->filePath(QStringLiteral("headless.socketlab"))});
    QVERIFY(socketlab.waitForStarted(TimeoutMs));
    static const QRegularExpression bind(QStringLiteral("bind\\(127\\.0\\.0\\.1:(\\d+)\\)"));
    QRegularExpressionMatch match;
    QTRY_VERIFY2_WITH_TIMEOUT((*printed += socketlab.readAllStandardOutput(),
                               match = bind.match(QString::fromUtf8(*printed)), match.hasMatch()),
                              printed->constData(), TimeoutMs);
    *port = match.captured(1);
}

void tst_ResponderClients::headlessResponderServesCurl()
{
    QProcess socketlab;
    QByteArray printed;
    QString port;
    startHeadless(socketlab, QStringLiteral("127.0.0.1:0"), QStringLiteral("echo-upper"), &printed, &port);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(printed.contains("responder echo-upper answers the connections accepted from now on"), printed.constData());
    QProcess ncat;
    runToEnd(ncat, QStringLiteral("ncat"), { QStringLiteral("127.0.0.1"), port }, "make me loud\n");
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(ncat.readAllStandardOutput(), QByteArray("MAKE ME LOUD\n"));
    QTRY_VERIFY2_WITH_TIMEOUT((printed += socketlab.readAllStandardOutput(),
                               printed.contains("responder echo-upper: rule \"upper\" answered")),
                              printed.constData(), TimeoutMs);
    ::kill(pid_t(socketlab.processId()), SIGTERM);
    PeerProcess::waitForExit(socketlab, TimeoutMs);
}

// `--responder NAME` finds the user's own responder (saved by the editor in the data folder)
// after the shipped ones; curl is answered by it.
void tst_ResponderClients::ownResponderByNameOnTheCommandLine()
{
    QTemporaryDir data;
    const QString folder = data.filePath(QStringLiteral("SocketLab/responders"));
    QVERIFY(QDir().mkpath(folder));
    QFile file(folder + QStringLiteral("/greeter.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"schema\":1,\"name\":\"greeter\",\"framing\":\"line\",\"rules\":[{\"name\":\"hi\",\"match\":"
               "\"prefix\",\"text\":\"GET \",\"then\":[{\"reply\":\"HTTP/1.0 200 OK\\r\\nContent-Length: "
               "${bodyLength}\\r\\n\\r\\n\",\"body\":\"mine\\n\"},{\"close\":true}]}]}");
    file.close();
    QProcess socketlab;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    socketlab.setProcessEnvironment(environment);
    QByteArray printed;
    QString port;
    startHeadless(socketlab, QStringLiteral("127.0.0.1:0"), QStringLiteral("greeter"), &printed, &port);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(printed.contains("responder greeter answers the connections accepted from now on"), printed.constData());
    QProcess curl;
    runToEnd(curl, QStringLiteral("curl"), { QStringLiteral("-s"), QStringLiteral("http://127.0.0.1:%1/").arg(port) });
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(curl.readAllStandardOutput(), QByteArray("mine\n"));
    ::kill(pid_t(socketlab.processId()), SIGTERM);
    PeerProcess::waitForExit(socketlab, TimeoutMs);
}

// A responder on a UDP socket: each peer (address:port) has a conversation of its own, greeted at
// its first datagram, and each line in a datagram answered with a datagram. Two Python peers.
void tst_ResponderClients::udpPeersAreAnsweredEachByItsOwn()
{
    QString error;
    Workbench::ListenOptions options;
    options.kind = EndpointKind::Udp;
    options.responder = ResponderLoader::find(QStringLiteral("line-counter"), &error);
    QVERIFY2(options.responder, qPrintable(error));
    ConnectionId socket = 0;
    quint16 port = 0;
    startListener(options, &socket, &port);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(m_log->detail(socket, EventKind::Note).contains(QLatin1String("answers every peer's datagrams")));

    const QByteArray ask = "first\nsecond line\r\n";
    for (const QString &expectedName : {QStringLiteral("U1.1"), QStringLiteral("U1.2")}) {
        QProcess asker;
        runToEnd(asker, QStringLiteral("python3"),
                 {PeerProcess::script("udp_asker.py"), QStringLiteral("4"), QString::number(port),
                  QString::fromLatin1(ask), QStringLiteral("3")});
        QVERIFY(!QTest::currentTestFailed());
        const QList<QByteArray> lines = asker.readAllStandardOutput().split('\n');
        QVERIFY2(lines.size() >= 4 && lines.first().startsWith("PORT "), lines.join('|').constData());
        const QByteArray askerPort = lines.first().mid(5);
        QList<QByteArray> answers;
        for (qsizetype i = 1; i <= 3; ++i) {
            const QList<QByteArray> fields = lines.at(i).split(' ');   // length, hex, source port
            QCOMPARE(fields.size(), 3);
            QCOMPARE(fields.at(2).toUShort(), port);
            answers << QByteArray::fromHex(fields.at(1));
        }
        QCOMPARE(answers,
                 (QList<QByteArray>{"hello " + expectedName.toUtf8() + ", you are 127.0.0.1:" + askerPort
                                        + ": send lines, I count them\n",
                                    "line 1: first (6 bytes so far)\n",
                                    "line 2: second line (19 bytes so far)\n"}));
    }
    // What each peer received is in the log as sent on its row, recorded before it left.
    for (const ConnectionInfo &peer : acceptedBy(socket))
        QTRY_COMPARE_WITH_TIMEOUT(m_log->totals(peer.id).chunksOut, quint64(3), TimeoutMs);
    QCOMPARE(acceptedBy(socket).size(), 2);
}

// --listen udp: with --responder, and socat (which nobody here wrote) as the client.
void tst_ResponderClients::headlessUdpResponderServesSocat()
{
    QProcess socketlab;
    QByteArray printed;
    QString port;
    startHeadless(socketlab, QStringLiteral("udp:127.0.0.1:0"), QStringLiteral("echo-upper"), &printed, &port);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(printed.contains("responder echo-upper answers every peer's datagrams from now on"), printed.constData());
    QProcess socat;
    runToEnd(socat, QStringLiteral("socat"), {QStringLiteral("-"), QStringLiteral("UDP:127.0.0.1:") + port},
             "make me loud\n");
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(socat.readAllStandardOutput(), QByteArray("MAKE ME LOUD\n"));
    QTRY_VERIFY2_WITH_TIMEOUT((printed += socketlab.readAllStandardOutput(),
                               printed.contains("responder echo-upper: rule \"upper\" answered")),
                              printed.constData(), TimeoutMs);
    ::kill(pid_t(socketlab.processId()), SIGTERM);
    PeerProcess::waitForExit(socketlab, TimeoutMs);
}

// Every line backtracks exponentially in the first rule; the limit makes it give up, the fallback
// answers, and so does a second client meanwhile: the network thread is never stalled.
void tst_ResponderClients::catastrophicRegexDoesNotStallTheNetworkThread()
{
    const QString path = m_dir->filePath(QStringLiteral("evil.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"j({"schema":1,"name":"evil","framing":"line","rules":[
        {"name":"backtracker","match":"regex","text":"^(a|aa)+$","then":[{"reply":"never\n"}]},
        {"name":"fallback","match":"any","then":[{"reply":"line ${counter}\n"}]}]})j");
    file.close();
    ConnectionId listener = 0;
    quint16 port = 0;
    listenWith(path, &listener, &port);
    QVERIFY(!QTest::currentTestFailed());
    QByteArray poison;
    QByteArray expected;
    for (int i = 1; i <= 50; ++i) {
        poison += QByteArray(20000, 'a') + "!\n";
        expected += "line " + QByteArray::number(i) + "\n";
    }
    QProcess first;
    runToEnd(first, QStringLiteral("ncat"), { QStringLiteral("127.0.0.1"), QString::number(port) }, poison);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(first.readAllStandardOutput(), expected);
    QProcess second;
    runToEnd(second, QStringLiteral("ncat"), { QStringLiteral("127.0.0.1"), QString::number(port) }, "aaaa\n");
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(second.readAllStandardOutput(), QByteArray("never\n"));
    const QList<ConnectionInfo> accepted = acceptedBy(listener);
    QCOMPARE(accepted.size(), 2);
    QStringList notes;
    for (const QByteArray &note : m_log->payloads(accepted.first().id, EventKind::Note))
        notes << QString::fromUtf8(note);
    QVERIFY2(notes.first().contains(QLatin1String("rule \"backtracker\": the regular expression gave up")),
             qPrintable(notes.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_ResponderClients)
#include "tst_responderclients.moc"
