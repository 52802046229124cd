// SPDX-License-Identifier: GPL-3.0-or-later
// The binary as people use nc -u, socat and nc -N: --listen udp:, --connect udp:, --echo and
// --send, against independent peers (socat, Python), and bind failures in the words of the
// system, as root and as nobody.
#include "peerprocess.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

constexpr int TimeoutMs = 20000;

QStringList headless(const QTemporaryDir &dir, const QStringList &arguments)
{
    return QStringList{QStringLiteral("--headless"), QStringLiteral("--record"),
                       dir.filePath(QStringLiteral("run.socketlab"))}
        + arguments;
}

// The port of "bind(127.0.0.1:PORT)" in the first lines the run prints.
quint16 boundPort(QProcess &run)
{
    static const QRegularExpression bound(QStringLiteral("bind\\((?:127\\.0\\.0\\.1|\\[::1\\]):(\\d+)\\)"));
    QByteArray seen;
    quint16 port = 0;
    [&] {
        QTRY_VERIFY2_WITH_TIMEOUT((seen += run.readAllStandardOutput(), bound.match(QString::fromUtf8(seen)).hasMatch()),
                                  seen.constData(), TimeoutMs);
        port = quint16(bound.match(QString::fromUtf8(seen)).captured(1).toUInt());
    }();
    return port;
}

} // namespace

class TestUdpCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void udpEchoAnswersPeers_data();
    void udpEchoAnswersPeers();
    void connectUdpSendsEachValueAsOneDatagram();
    void sendOnTcpEndsWithFinAndTheRunEndsWithThePeer();
    void bindFailuresNameTheReason_data();
    void bindFailuresNameTheReason();
    void joinIsCheckedWhereItIsTyped();
    void joinInsideNamespace();
};

void TestUdpCommandLine::udpEchoAnswersPeers_data()
{
    QTest::addColumn<QString>("listen");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("package");
    QTest::addColumn<QStringList>("arguments");   // %1: SocketLab's port
    QTest::newRow("socat, IPv4") << QStringLiteral("udp:0") << QStringLiteral("socat") << QStringLiteral("socat")
                                 << QStringList{QStringLiteral("-"), QStringLiteral("UDP:127.0.0.1:%1")};
    QTest::newRow("socat, IPv6") << QStringLiteral("udp:[::1]:0") << QStringLiteral("socat") << QStringLiteral("socat")
                                 << QStringList{QStringLiteral("-"), QStringLiteral("UDP6:[::1]:%1")};
    QTest::newRow("ncat -u, IPv4") << QStringLiteral("udp:0") << QStringLiteral("ncat") << QStringLiteral("ncat")
                                   << QStringList{QStringLiteral("-u"), QStringLiteral("127.0.0.1"), QStringLiteral("%1")};
    QTest::newRow("ncat -u, IPv6") << QStringLiteral("udp:[::1]:0") << QStringLiteral("ncat") << QStringLiteral("ncat")
                                   << QStringList{QStringLiteral("-6"), QStringLiteral("-u"), QStringLiteral("::1"),
                                                  QStringLiteral("%1")};
}

// --listen udp: --echo answers the tools people use for UDP today, over IPv4 and IPv6: one
// datagram in, the same datagram back to its sender, and the tally when the run ends.
void TestUdpCommandLine::udpEchoAnswersPeers()
{
    QFETCH(QString, listen);
    QFETCH(QString, program);
    QFETCH(QString, package);
    QFETCH(QStringList, arguments);
    QString tool;
    PeerProcess::findProgram(program, package, &tool);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir dir;
    QProcess run;
    run.start(QStringLiteral(SOCKETLAB_BINARY),
              headless(dir, {QStringLiteral("--listen"), listen, QStringLiteral("--echo")}));
    const quint16 port = boundPort(run);
    QVERIFY(port != 0);
    for (QString &argument : arguments)
        argument = argument.arg(port);
    QProcess peer;
    peer.start(tool, arguments);
    QVERIFY(peer.waitForStarted());
    peer.write("ping\n");
    QByteArray answer;
    QTRY_VERIFY2_WITH_TIMEOUT((answer += peer.readAllStandardOutput()) == "ping\n", answer.constData(), TimeoutMs);
    QByteArray out;
    QTRY_VERIFY2_WITH_TIMEOUT((out += run.readAllStandardOutput()).contains("sent"), out.constData(), TimeoutMs);
    QVERIFY2(out.contains("U1.1") && out.contains("peer-seen") && out.contains("received"), out.constData());
    peer.kill();
    peer.waitForFinished();
    run.terminate();
    QVERIFY(run.waitForFinished(TimeoutMs));
    out += run.readAllStandardOutput();
    QVERIFY2(out.contains("final tally: 1 datagrams recorded + 0 dropped by the kernel = 1 reached the socket"),
             out.constData());
}

void TestUdpCommandLine::connectUdpSendsEachValueAsOneDatagram()
{
    QProcess sink;
    sink.start(QStringLiteral("python3"),
               {PeerProcess::script("udp_peer.py"), QStringLiteral("sink"), QStringLiteral("4"), QStringLiteral("3")});
    quint16 port = 0;
    PeerProcess::readPort(sink, &port, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir dir;
    QProcess run;
    run.start(QStringLiteral(SOCKETLAB_BINARY),
              headless(dir, {QStringLiteral("--connect"), QStringLiteral("udp:127.0.0.1:%1").arg(port),
                             QStringLiteral("--send"), QStringLiteral("one\\n"), QStringLiteral("--send"), QString(),
                             QStringLiteral("--send"), QStringLiteral("\\x00\\xff"), QStringLiteral("--duration"),
                             QStringLiteral("30")}));
    const QList<QByteArray> expected{"4 6f6e650a", "0", "2 00ff"};
    for (const QByteArray &wanted : expected) {
        QByteArray line;
        PeerProcess::readLine(sink, &line, TimeoutMs);
        QCOMPARE(line, wanted);
    }
    run.terminate();
    QVERIFY(run.waitForFinished(TimeoutMs));
    const QByteArray out = run.readAllStandardOutput();
    QCOMPARE(out.count(" sent "), 3);
}

void TestUdpCommandLine::sendOnTcpEndsWithFinAndTheRunEndsWithThePeer()
{
    // A server that reads to the end of the stream, then answers and closes: it answers only
    // when the client's FIN comes (as a server does for nc -N).
    QProcess server;
    server.start(QStringLiteral("python3"), {PeerProcess::script("halfclose_peer.py"), QStringLiteral("answer")});
    quint16 port = 0;
    PeerProcess::readPort(server, &port, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir dir;
    QProcess run;
    run.start(QStringLiteral(SOCKETLAB_BINARY),
              headless(dir, {QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(port),
                             QStringLiteral("--send"), QStringLiteral("first "), QStringLiteral("--send"),
                             QStringLiteral("second")}));
    // No --duration: the run ends by itself once the server has answered and closed.
    QTRY_COMPARE_WITH_TIMEOUT(run.state(), QProcess::NotRunning, TimeoutMs);
    const QByteArray out = run.readAllStandardOutput();
    QCOMPARE(run.exitCode(), 0);
    QByteArray line;
    PeerProcess::readLine(server, &line, TimeoutMs);
    QCOMPARE(line, QByteArray("GOT ") + QByteArray("first second").toHex());
    PeerProcess::readLine(server, &line, TimeoutMs);
    QCOMPARE(line, QByteArray("END EOF"));
    QVERIFY2(out.contains("closing") && out.contains("received") && out.contains("answer\\n"), out.constData());
}

void TestUdpCommandLine::bindFailuresNameTheReason_data()
{
    QTest::addColumn<QString>("listen");
    QTest::addColumn<bool>("asNobody");
    QTest::addColumn<QString>("reason");
    QTest::newRow("bad address") << QStringLiteral("udp:203.0.113.77:0") << false << QStringLiteral("EADDRNOTAVAIL");
    QTest::newRow("permission") << QStringLiteral("udp:1") << true << QStringLiteral("EACCES");
}

void TestUdpCommandLine::bindFailuresNameTheReason()
{
    QFETCH(QString, listen);
    QFETCH(bool, asNobody);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadOther | QFileDevice::WriteOther
                                                  | QFileDevice::ExeOther));
    QStringList command = QStringList{QStringLiteral(SOCKETLAB_BINARY)} + headless(dir, {QStringLiteral("--listen"), listen});
    if (asNobody && ::geteuid() == 0) {
        QString setpriv;
        PeerProcess::findProgram(QStringLiteral("setpriv"), QStringLiteral("util-linux"), &setpriv);
        if (QTest::currentTestFailed())
            return;
        command = QStringList{setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), QStringLiteral("--inh-caps=-all")}
            + command;
    }
    QProcess run;
    run.start(command.takeFirst(), command);
    QVERIFY(run.waitForFinished(TimeoutMs));
    const QByteArray out = run.readAllStandardOutput();
    QCOMPARE(run.exitCode(), 1);
    QVERIFY2(out.contains("listen-failed") && out.contains(reason.toUtf8()), out.constData());
}

// --join: a group that is not multicast, or nothing to join with, fails like a bad flag; an
// interface the kernel does not have is an error event with the reason, and the socket stays.
void TestUdpCommandLine::joinIsCheckedWhereItIsTyped()
{
    QTemporaryDir dir;
    const auto runWith = [&dir](const QStringList &arguments, QByteArray *out, QByteArray *err) {
        QProcess run;
        run.start(QStringLiteral(SOCKETLAB_BINARY), headless(dir, arguments));
        if (!run.waitForFinished(TimeoutMs))
            return -1;
        *out = run.readAllStandardOutput();
        *err = run.readAllStandardError();
        return run.exitCode();
    };
    QByteArray out, err;
    QCOMPARE(runWith({QStringLiteral("--listen"), QStringLiteral("udp:0"), QStringLiteral("--join"),
                      QStringLiteral("10.1.2.3")},
                     &out, &err),
             2);
    QVERIFY2(err.contains("--join 10.1.2.3: not a multicast address"), err.constData());
    QCOMPARE(runWith({QStringLiteral("--listen"), QStringLiteral("0"), QStringLiteral("--join"),
                      QStringLiteral("239.1.2.3")},
                     &out, &err),
             2);
    QVERIFY2(err.contains("--join needs a --listen udp: socket"), err.constData());
    QCOMPARE(runWith({QStringLiteral("--listen"), QStringLiteral("udp:0.0.0.0:0"), QStringLiteral("--join"),
                      QStringLiteral("239.1.2.3@nosuch0"), QStringLiteral("--duration"), QStringLiteral("0.5")},
                     &out, &err),
             0);
    QVERIFY2(out.contains("no such interface: nosuch0") && out.contains("bind(0.0.0.0:"), out.constData());
}

// --join on the interface named, in a network namespace the test makes (lo up, a route for
// 224.0.0.0/4): the run says it joined, and a datagram to the group is recorded.
void TestUdpCommandLine::joinInsideNamespace()
{
    QString unshare;
    PeerProcess::findProgram(QStringLiteral("unshare"), QStringLiteral("util-linux"), &unshare);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir dir;
    // The sender waits (10 s at most) until the kernel lists the membership (/proc/net/igmp has
    // 239.1.2.3 as 030201EF) and then sends to the port SocketLab bound, the namespace's only UDP
    // socket (/proc/net/udp).
    const QString sender = QStringLiteral(
        "import socket, time\n"
        "deadline = time.time() + 10\n"
        "while '030201EF' not in open('/proc/net/igmp').read() and time.time() < deadline: time.sleep(0.01)\n"
        "port = int(open('/proc/net/udp').read().splitlines()[1].split()[1].split(':')[1], 16)\n"
        "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
        "s.sendto(b'to the group', ('239.1.2.3', port))\n");
    const QString script = QStringLiteral(
        "ip link set lo up && ip link set lo multicast on && ip route add 224.0.0.0/4 dev lo || exit 97; "
        "\"$0\" \"$@\" & python3 -c \"$SENDER\"; wait $!");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SENDER"), sender);
    QProcess run;
    run.setProcessEnvironment(environment);
    run.start(unshare, QStringList{QStringLiteral("-n"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                                   QStringLiteral(SOCKETLAB_BINARY)}
                           + headless(dir, {QStringLiteral("--listen"), QStringLiteral("udp:0.0.0.0:0"),
                                            QStringLiteral("--join"), QStringLiteral("239.1.2.3@lo"),
                                            QStringLiteral("--duration"), QStringLiteral("3")}));
    QVERIFY(run.waitForFinished(TimeoutMs));
    const QByteArray out = run.readAllStandardOutput();
    QVERIFY2(run.exitCode() == 0,
             qPrintable(QStringLiteral("in a new network namespace (unshare -n needs CAP_SYS_ADMIN or user "
                                       "namespaces; 97: ip could not set up lo): exit %1\n%2\n%3")
                            .arg(run.exitCode())
                            .arg(QString::fromUtf8(out), QString::fromUtf8(run.readAllStandardError()))));
    QVERIFY2(out.contains("joined multicast group 239.1.2.3 on lo"), out.constData());
    QVERIFY2(out.contains("to the group"), out.constData());
}

QTEST_GUILESS_MAIN(TestUdpCommandLine)
#include "tst_udpcommandline.moc"
