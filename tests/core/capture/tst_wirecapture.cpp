// SPDX-License-Identifier: GPL-3.0-or-later
// The wire, end to end: SocketLab's capture through the system's dumpcap compared with an
// independent capture of the same traffic (dumpcap run by the test, read back by tshark); the
// packets of another program absent; without capture rights, or with a dumpcap that fails, one
// clear message and everything else working. Runs as root (CI does): the unprivileged case runs
// the socketlab binary as nobody.
#include "exportformat.h"
#include "packetdecoder.h"
#include "udpendpoint.h"
#include "session.h"
#include "sessionloader.h"
#include "workbench.h"

#include "independentcapture.h"
#include "peerprocess.h"
#include "workbenchfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

namespace {

constexpr int TimeoutMs = 20000;

// What identifies one TCP segment in both captures.
struct Segment
{
    quint16 sourcePort = 0, destinationPort = 0;
    quint32 seq = 0, ack = 0;
    quint8 flags = 0;
    quint32 tsVal = 0;
    quint32 length = 0;
    bool operator==(const Segment &o) const
    {
        return sourcePort == o.sourcePort && destinationPort == o.destinationPort && seq == o.seq && ack == o.ack
            && flags == o.flags && tsVal == o.tsVal && length == o.length;
    }
};

Workbench::ListenOptions echoListener()
{
    Workbench::ListenOptions options;
    options.echo = true;
    return options;
}

QString describe(const Segment &s)
{
    return QStringLiteral("%1>%2 seq %3 ack %4 flags %5 ts %6 len %7")
        .arg(s.sourcePort).arg(s.destinationPort).arg(s.seq).arg(s.ack).arg(s.flags, 0, 16).arg(s.tsVal).arg(s.length);
}

} // namespace

class TestWireCapture : public QObject, private WorkbenchFixture
{
    Q_OBJECT

public:
    TestWireCapture()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    void loopbackEchoMatchesAnIndependentCapture();
    void missingDumpcapSaysSoAndSocketsWork();
    void dumpcapGarbageIsAClearProblem();
    void dumpcapExitingIsAClearProblem();
    void unprivilegedRunExplainsAndWorks();
    void killedDumpcapIsAClearProblem();
    void laterConnectionOnTheSamePortsIsItsOwn();
    void udpDatagramsMatchAnIndependentCapture();
    void headlessPrintsDatagrams();

private:
    void problemWithStandIn(const QByteArray &script, QString *problem);
};

// The packets SocketLab recorded are the packets on the wire: the same segments, in the same
// order, with the same raw sequence numbers and TCP timestamps as dumpcap run by the test saw,
// every connection's SYN among them, and none of another program's connection.
void TestWireCapture::loopbackEchoMatchesAnIndependentCapture()
{
    QTemporaryDir dir;
    const QString independentFile = dir.filePath(QStringLiteral("independent.pcapng"));
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

    // Another program's connection, at the same time, on the same machine.
    QProcess otherServer;
    otherServer.start(QStringLiteral("python3"), {PeerProcess::script("upper_server.py")});
    quint16 otherPort = 0;
    PeerProcess::readPort(otherServer, &otherPort, TimeoutMs);
    if (QTest::currentTestFailed())
        return;

    IndependentCapture::echoWithPython(port, QByteArray(3000, '7'), TimeoutMs);
    IndependentCapture::echoWithPython(otherPort, QByteArray("12345"), TimeoutMs);
    // A second listener widens the capture: a new dumpcap takes over from the first.
    ConnectionId secondListener = 0;
    quint16 secondPort = 0;
    startListener(echoListener(), &secondListener, &secondPort);
    if (QTest::currentTestFailed())
        return;
    IndependentCapture::echoWithPython(secondPort, QByteArray("second"), TimeoutMs);
    // A SocketLab client to the SocketLab listener: its SYN too, from its first packet.
    Workbench::ConnectOptions connect;
    connect.host = QStringLiteral("127.0.0.1");
    connect.port = port;
    const ConnectionId client = m_workbench->connectTo(connect);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Connected), TimeoutMs);
    m_workbench->send(client, QByteArray("hello wire"));
    QTRY_VERIFY_WITH_TIMEOUT(m_log->totals(client).bytesIn == 10, TimeoutMs);
    m_workbench->close(client);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Closed), TimeoutMs);
    PeerProcess::waitForExit(otherServer, TimeoutMs);

    const QString journal = m_session->journalPath();
    m_log.reset();
    m_workbench.reset();   // stops the capture: its last packets and statistics are recorded
    independent.terminate();
    QVERIFY(independent.waitForFinished(TimeoutMs));

    // SocketLab's packets of the first listener, once each (a packet between two SocketLab sockets
    // is both's).
    QList<Segment> ours;
    QSet<ConnectionId> connectionsWithSyn;
    for (const WirePacket &wire : m_session->wire().range(0, m_session->wire().count())) {
        const DecodedPacket packet = PacketDecoder::decode(wire.packet);
        QVERIFY2(packet.valid, qPrintable(packet.problem));
        QVERIFY2(packet.sourcePort != otherPort && packet.destinationPort != otherPort,
                 "another program's packet was recorded");
        const Segment segment{packet.sourcePort, packet.destinationPort, packet.seq, packet.ack, packet.flags,
                              packet.tsVal, packet.payloadLength};
        if (packet.has(DecodedPacket::Syn))
            connectionsWithSyn.insert(wire.connection);
        // Compared below with the independent capture of the first listener's port.
        if ((packet.sourcePort == port || packet.destinationPort == port) && !ours.contains(segment))
            ours.append(segment);
    }
    QVERIFY2(m_session->wire().problem().isEmpty(), qPrintable(m_session->wire().problem()));
    const CaptureStatistics statistics = m_session->wire().statistics();
    QVERIFY2(statistics.recorded >= quint64(ours.size()), qPrintable(QString::number(statistics.recorded)));
    QCOMPARE(statistics.dropped, quint64(0));

    // Four connections: the python clients' (L1.1, L2.1), C1 and its accepted end (L1.2).
    const QList<ConnectionInfo> connections = m_session->connections().snapshot();
    int sockets = 0;
    for (const ConnectionInfo &info : connections) {
        if (info.role == ConnectionRole::Listener)
            continue;
        ++sockets;
        QStringList seen;
        for (const WirePacket &wire : m_session->wire().range(0, m_session->wire().count()))
            if (wire.connection == info.id) {
                const DecodedPacket p = PacketDecoder::decode(wire.packet);
                seen << QStringLiteral("%1>%2 %3").arg(p.sourcePort).arg(p.destinationPort).arg(p.flagNames());
            }
        QVERIFY2(connectionsWithSyn.contains(info.id),
                 qPrintable(info.name + QStringLiteral(" (port %1) has no SYN: ").arg(info.localPort)
                            + seen.join(QStringLiteral(", "))
                            + QStringLiteral(" (%1 packets recorded in all, %2 received by dumpcap)")
                                  .arg(m_session->wire().count())
                                  .arg(statistics.received)));
    }
    QCOMPARE(sockets, 4);

    // The independent capture, read by tshark: the listener's port only.
    QString tshark;
    PeerProcess::findProgram(QStringLiteral("tshark"), QStringLiteral("tshark"), &tshark);
    if (QTest::currentTestFailed())
        return;
    QProcess reader;
    reader.start(tshark, {QStringLiteral("-r"), independentFile, QStringLiteral("-Y"),
                          QStringLiteral("tcp.port == %1").arg(port), QStringLiteral("-T"), QStringLiteral("fields"),
                          QStringLiteral("-e"), QStringLiteral("tcp.srcport"), QStringLiteral("-e"),
                          QStringLiteral("tcp.dstport"), QStringLiteral("-e"), QStringLiteral("tcp.seq_raw"),
                          QStringLiteral("-e"), QStringLiteral("tcp.ack_raw"), QStringLiteral("-e"),
                          QStringLiteral("tcp.flags"), QStringLiteral("-e"), QStringLiteral("tcp.options.timestamp.tsval"),
                          QStringLiteral("-e"), QStringLiteral("tcp.len")});
    QVERIFY(reader.waitForFinished(TimeoutMs));
    QList<Segment> theirs;
    for (const QByteArray &line : reader.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() < 7)
            continue;
        theirs.append({f[0].toUShort(), f[1].toUShort(), f[2].toUInt(), f[3].toUInt(),
                       quint8(f[4].toUInt(nullptr, 16) & 0x3F), f[5].toUInt(), f[6].toUInt()});
    }
    QVERIFY2(theirs.size() >= 10, qPrintable(QString::number(theirs.size())));
    // Where they part, and what follows: ours | theirs.
    qsizetype first = 0;
    while (first < ours.size() && first < theirs.size() && ours.at(first) == theirs.at(first))
        ++first;
    QStringList listing;
    for (qsizetype i = first; i < qMin(first + 4, qMax(ours.size(), theirs.size())); ++i)
        listing << QStringLiteral("%1: %2 | %3").arg(i).arg(i < ours.size() ? describe(ours.at(i)) : QString(),
                                                          i < theirs.size() ? describe(theirs.at(i)) : QString());
    QVERIFY2(ours.size() == theirs.size(),
             qPrintable(QStringLiteral("%1 segments, %2 in the independent capture; from %3:\n")
                            .arg(ours.size()).arg(theirs.size()).arg(first)
                        + listing.join(QLatin1Char('\n'))));
    for (qsizetype i = 0; i < ours.size(); ++i)
        QVERIFY2(ours.at(i) == theirs.at(i),
                 qPrintable(QStringLiteral("segment %1: ours %2, theirs %3").arg(i).arg(describe(ours.at(i)), describe(theirs.at(i)))));

    // Reopened, the session has the same packets and statistics.
    Session reopened(std::make_unique<SessionClock>());
    SessionLoader::Outcome outcome;
    QString error;
    QVERIFY2(SessionLoader::load(reopened, journal, &outcome, &error), qPrintable(error));
    QCOMPARE(reopened.wire().count(), m_session->wire().count());
    QCOMPARE(reopened.wire().statistics().received, statistics.received);
    QCOMPARE(reopened.wire().at(0).packet.bytes, m_session->wire().at(0).packet.bytes);
}

void TestWireCapture::missingDumpcapSaysSoAndSocketsWork()
{
    m_workbench->startCapture(false, {QStringLiteral("/nonexistent/dumpcap")});
    ConnectionId listener = 0;
    quint16 port = 0;
    startListener(echoListener(), &listener, &port);
    if (QTest::currentTestFailed())
        return;
    IndependentCapture::echoWithPython(port, QByteArray("still works"), TimeoutMs);
    const QString problem = m_session->wire().problem();
    QVERIFY2(problem.contains(QLatin1String("dumpcap")) && problem.contains(QLatin1String("not installed")), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("sudo usermod -aG wireshark $USER")), qPrintable(problem));
    QCOMPARE(m_session->wire().count(), 0);
}

// Captures through a stand-in for dumpcap (a shell script), listens with echo, and returns the
// problem the capture reports in *problem; the echo must work all the same.
void TestWireCapture::problemWithStandIn(const QByteArray &script, QString *problem)
{
    QTemporaryDir dir;
    const QString fake = dir.filePath(QStringLiteral("dumpcap"));
    QFile file(fake);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(script), script.size());
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_workbench->startCapture(false, {fake});
    ConnectionId listener = 0;
    quint16 port = 0;
    startListener(echoListener(), &listener, &port);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->wire().problem().isEmpty(), TimeoutMs);
    IndependentCapture::echoWithPython(port, QByteArray("the rest works"), TimeoutMs);
    *problem = m_session->wire().problem();
}

// A "dumpcap" that writes what is not pcapng.
void TestWireCapture::dumpcapGarbageIsAClearProblem()
{
    QString problem;
    problemWithStandIn("#!/bin/sh\nprintf 'this is not a capture file at all, no magic here'\n"
                       "sleep 1\n",
                       &problem);
    QVERIFY2(problem.contains(QLatin1String("could not be read")), qPrintable(problem));
}

// A "dumpcap" that starts capturing (a pcap file header: it opened the interface) and exits with
// an error.
void TestWireCapture::dumpcapExitingIsAClearProblem()
{
    QString problem;
    problemWithStandIn(
        "#!/bin/sh\nprintf '\\324\\303\\262\\241\\002\\000\\004\\000\\000\\000\\000\\000"
        "\\000\\000\\000\\000\\000\\000\\004\\000\\001\\000\\000\\000'\nsleep 0.5\n"
        "echo 'dumpcap: the interface went away' >&2\nexit 3\n",
        &problem);
    QVERIFY2(problem.contains(QLatin1String("The capture stopped: dumpcap exited with status 3")), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("dumpcap: the interface went away")), qPrintable(problem));
}

// As a user without capture rights (nobody; the system's dumpcap is not setuid here): the
// message on stderr says why, with dumpcap's own words and how to enable it, and the echo works.
void TestWireCapture::unprivilegedRunExplainsAndWorks()
{
    QVERIFY2(::geteuid() == 0, "run as root (CI does): the test becomes nobody with setpriv");
    QString setpriv;
    PeerProcess::findProgram(QStringLiteral("setpriv"), QStringLiteral("util-linux"), &setpriv);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
    QProcess socketlab;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
    socketlab.setProcessEnvironment(environment);
    // Into a file: PeerProcess::readLine() reads standard error for its own messages.
    const QString errorFile = dir.filePath(QStringLiteral("stderr.txt"));
    socketlab.setStandardErrorFile(errorFile);
    socketlab.start(setpriv, {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                              QStringLiteral("--clear-groups"), QStringLiteral(SOCKETLAB_BINARY),
                              QStringLiteral("--headless"), QStringLiteral("--capture"), QStringLiteral("--echo"),
                              QStringLiteral("--listen"), QStringLiteral("0"), QStringLiteral("--duration"),
                              QStringLiteral("60"), QStringLiteral("--record"),
                              dir.filePath(QStringLiteral("nobody.socketlab"))});
    QByteArray line;
    PeerProcess::readLine(socketlab, &line, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(line.contains("listening"), line.constData());
    const qsizetype colon = line.lastIndexOf(':');
    const quint16 port = line.mid(colon + 1, line.indexOf(')', colon) - colon - 1).toUShort();
    QVERIFY2(port != 0, line.constData());
    IndependentCapture::echoWithPython(port, QByteArray("nobody's echo"), TimeoutMs);
    socketlab.terminate();
    QVERIFY(socketlab.waitForFinished(TimeoutMs));
    QFile errorText(errorFile);
    QVERIFY(errorText.open(QIODevice::ReadOnly));
    const QString errors = QString::fromLocal8Bit(errorText.readAll());
    QVERIFY2(errors.count(QLatin1String("Packets are not captured")) == 1, qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("sudo dpkg-reconfigure wireshark-common")), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("sudo usermod -aG wireshark $USER")), qPrintable(errors));
    // dumpcap's own line, as it printed it.
    QVERIFY2(errors.contains(QLatin1String("permission"), Qt::CaseInsensitive), qPrintable(errors));
    const QString output = QString::fromLocal8Bit(socketlab.readAllStandardOutput());
    QVERIFY2(output.contains(QLatin1String("received")) && !output.contains(QLatin1String(" wire ")), qPrintable(output));
}

namespace {

// The dumpcap this process started (SocketLab's own child), from /proc: 0 when there is none.
pid_t dumpcapChild()
{
    const QString self = QString::number(::getpid());
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": comm may hold spaces, so read after its closing parenthesis.
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (line.contains("(dumpcap)") && fields.size() > 1 && fields.at(1) == self.toLatin1())
            return pid_t(entry.toInt());
    }
    return 0;
}

} // namespace

// dumpcap killed while capturing: one message says so, the sockets go on, the log loses nothing.
void TestWireCapture::killedDumpcapIsAClearProblem()
{
    m_workbench->startCapture();
    ConnectionId listener = 0;
    quint16 port = 0;
    startListener(echoListener(), &listener, &port);
    if (QTest::currentTestFailed())
        return;
    IndependentCapture::echoWithPython(port, QByteArray("before"), TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->wire().count() > 0, TimeoutMs);
    const pid_t dumpcap = dumpcapChild();
    QVERIFY2(dumpcap > 0, "no dumpcap child found");
    QCOMPARE(::kill(dumpcap, SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->wire().problem().isEmpty(), TimeoutMs);
    const QString problem = m_session->wire().problem();
    QVERIFY2(problem.contains(QLatin1String("The capture stopped: dumpcap stopped unexpectedly (it crashed or was killed)")),
             qPrintable(problem));
    IndependentCapture::echoWithPython(port, QByteArray(5000, 'x'), TimeoutMs);
    // Everything both echoes carried is in the log: "before" and the 5000 bytes after the kill.
    const auto bytesAccepted = [this] {
        quint64 in = 0;
        for (const ConnectionInfo &info : m_session->connections().snapshot())
            in += info.role == ConnectionRole::Accepted ? m_log->totals(info.id).bytesIn : 0;
        return in;
    };
    QTRY_COMPARE_WITH_TIMEOUT(bytesAccepted(), quint64(6 + 5000), TimeoutMs);
}

// A second connection from the same client port to the same server, once the first is closed
// (Linux reuses the TIME_WAIT pair on loopback): each SocketLab connection has its own packets,
// the closed one none of the later one's, and its log says why.
void TestWireCapture::laterConnectionOnTheSamePortsIsItsOwn()
{
    m_workbench->startCapture();
    ConnectionId listener = 0;
    quint16 port = 0;
    startListener(echoListener(), &listener, &port);
    if (QTest::currentTestFailed())
        return;
    QProcess client;
    client.start(QStringLiteral("python3"), {PeerProcess::script("reuse_client.py"), QStringLiteral("127.0.0.1"),
                                             QString::number(port)});
    QByteArray line;
    PeerProcess::readLine(client, &line, TimeoutMs);
    QVERIFY2(line.startsWith("PORT "), line.constData());
    const quint16 clientPort = line.mid(5).trimmed().toUShort();
    PeerProcess::readLine(client, &line, TimeoutMs);
    QCOMPARE(line, QByteArray("OK"));
    PeerProcess::waitForExit(client, TimeoutMs);
    QList<ConnectionInfo> accepted;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        accepted.clear();
        for (const ConnectionInfo &info : m_session->connections().snapshot())
            if (info.role == ConnectionRole::Accepted && info.peerPort == clientPort && info.isFinished())
                accepted.append(info);
        return accepted.size() == 2;
    }(), TimeoutMs);
    const ConnectionId first = accepted.at(0).id < accepted.at(1).id ? accepted.at(0).id : accepted.at(1).id;
    const ConnectionId second = first == accepted.at(0).id ? accepted.at(1).id : accepted.at(0).id;
    m_log.reset();
    m_workbench.reset();   // the capture's last packets

    QHash<ConnectionId, int> syns;
    qint64 secondSynNs = -1;
    qint64 lastOfFirstNs = -1;
    for (const WirePacket &wire : m_session->wire().range(0, m_session->wire().count())) {
        const DecodedPacket packet = PacketDecoder::decode(wire.packet);
        if (packet.has(DecodedPacket::Syn) && !packet.has(DecodedPacket::Ack)) {
            ++syns[wire.connection];
            if (wire.connection == second)
                secondSynNs = wire.timeNs;
        }
        if (wire.connection == first)
            lastOfFirstNs = qMax(lastOfFirstNs, wire.timeNs);
    }
    QCOMPARE(syns.value(first), 1);
    QCOMPARE(syns.value(second), 1);
    QVERIFY2(lastOfFirstNs < secondSynNs, qPrintable(QStringLiteral("%1 >= %2").arg(lastOfFirstNs).arg(secondSynNs)));
    SessionReader log(*m_session);
    QCOMPARE(log.stream(first, EventKind::Received), QByteArray("first"));
    QCOMPARE(log.stream(second, EventKind::Received), QByteArray("second"));
    bool noted = false;
    for (qint64 i = 0; i < m_session->log().count(); ++i) {
        const TrafficEvent &event = m_session->log().event(i);
        noted = noted || (event.connection == first && event.kind == EventKind::Note
                          && m_session->log().detailText(event).contains(QLatin1String("A later connection uses the same")));
    }
    QVERIFY2(noted, "the closed connection's log does not say why the later packets are not its");
}

// A bound UDP socket echoing the corpus of a python peer (an empty datagram up to the largest,
// 65,507 bytes): SocketLab recorded the datagrams the test's own dumpcap saw, in order, with their
// lengths and IP identifications, each under the peer's row.
void TestWireCapture::udpDatagramsMatchAnIndependentCapture()
{
    const QString independentFile = m_dir->filePath(QStringLiteral("udp.pcapng"));
    QProcess independent;
    IndependentCapture::start(independent, independentFile, TimeoutMs, QStringLiteral("udp"));
    if (QTest::currentTestFailed())
        return;
    m_workbench->startCapture();
    UdpOptions options;
    options.echo = true;
    const ConnectionId socket = m_workbench->openUdp(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(socket, EventKind::Listening), TimeoutMs);
    const quint16 port = m_log->info(socket).localPort;
    // A TCP listener opened after it is announced once a dumpcap captures both ports.
    ConnectionId listener = 0;
    quint16 tcpPort = 0;
    startListener(echoListener(), &listener, &tcpPort);
    if (QTest::currentTestFailed())
        return;
    QProcess peer;
    peer.start(QStringLiteral("python3"), {PeerProcess::script("udp_peer.py"), QStringLiteral("source"),
                                           QStringLiteral("4"), QString::number(port)});
    QByteArray line;
    PeerProcess::readLine(peer, &line, TimeoutMs);
    QCOMPARE(line, QByteArray("SENT 5"));
    PeerProcess::waitForExit(peer, TimeoutMs);
    ConnectionId row = 0;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        for (const ConnectionInfo &info : m_session->connections().snapshot())
            if (info.parent == socket && info.role == ConnectionRole::UdpPeer && info.chunksOut == 5)
                row = info.id;
        return row != 0;
    }(), TimeoutMs);
    m_log.reset();
    m_workbench.reset();
    independent.terminate();
    QVERIFY(independent.waitForFinished(TimeoutMs));

    QList<QList<QByteArray>> ours;
    for (const WirePacket &wire : m_session->wire().range(0, m_session->wire().count())) {
        const DecodedPacket packet = PacketDecoder::decode(wire.packet);
        if (packet.transport != DecodedPacket::Udp)
            continue;
        QCOMPARE(wire.connection, row);
        QCOMPARE(wire.direction, packet.sourcePort == port ? WireDirection::Out : WireDirection::In);
        ours.append({QByteArray::number(packet.sourcePort), QByteArray::number(packet.destinationPort),
                     QByteArray::number(packet.payloadLength + 8), "0x" + QByteArray::number(packet.ipId, 16).rightJustified(4, '0')});
    }
    const auto theirs = IndependentCapture::fields(independentFile, QStringLiteral("udp.port == %1").arg(port),
                                                   {QStringLiteral("udp.srcport"), QStringLiteral("udp.dstport"),
                                                    QStringLiteral("udp.length"), QStringLiteral("ip.id")},
                                                   TimeoutMs);
    QCOMPARE(theirs.size(), 10);
    QCOMPARE(ours, theirs);

    // Exported, they are those packets, whole again: each datagram's bytes as the log has them.
    QHash<quint32, QByteArray> logged;   // the corpus' lengths differ
    for (const TrafficEvent &event : SessionReader(*m_session).events(row))
        if (event.kind == EventKind::Received)
            logged.insert(event.payloadLength, m_session->log().payload(event));
    QFile file(m_dir->filePath(QStringLiteral("udp-export.pcapng")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(exportSession(*m_session, ExportFormat::Pcapng, file, {}, &error), qPrintable(error));
    file.close();
    const auto exported = IndependentCapture::fields(
        file.fileName(), QStringLiteral("udp.port == %1").arg(port),
        {QStringLiteral("udp.srcport"), QStringLiteral("udp.dstport"), QStringLiteral("udp.length"), QStringLiteral("ip.id"),
         QStringLiteral("frame.cap_len"), QStringLiteral("frame.len"), QStringLiteral("udp.payload")},
        TimeoutMs);
    QCOMPARE(exported.size(), theirs.size());
    for (qsizetype i = 0; i < exported.size(); ++i) {
        const QList<QByteArray> &fields = exported.at(i);
        QCOMPARE(fields.mid(0, 4), theirs.at(i));
        QCOMPARE(fields.at(4), fields.at(5));
        const quint32 length = fields.at(2).toUInt() - 8;
        QVERIFY(logged.contains(length));
        QCOMPARE(QByteArray::fromHex(fields.value(6)), logged.value(length));
    }
}

// socketlab --headless --capture with a connected UDP socket: one line per datagram on the wire.
void TestWireCapture::headlessPrintsDatagrams()
{
    QProcess sink;
    sink.start(QStringLiteral("python3"),
               {PeerProcess::script("udp_peer.py"), QStringLiteral("sink"), QStringLiteral("4"), QStringLiteral("2")});
    quint16 port = 0;
    PeerProcess::readPort(sink, &port, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QProcess socketlab;
    socketlab.start(QStringLiteral(SOCKETLAB_BINARY),
                    {QStringLiteral("--headless"), QStringLiteral("--capture"), QStringLiteral("--connect"),
                     QStringLiteral("udp:127.0.0.1:%1").arg(port), QStringLiteral("--send"), QStringLiteral("one\\n"),
                     QStringLiteral("--send"), QStringLiteral("two!!"), QStringLiteral("--duration"), QStringLiteral("60"),
                     QStringLiteral("--record"), m_dir->filePath(QStringLiteral("udp-headless.socketlab"))});
    // The sink has both datagrams: the run is asked to end, and prints the capture's last packets.
    PeerProcess::waitForExit(sink, TimeoutMs);
    socketlab.terminate();
    QVERIFY(socketlab.waitForFinished(TimeoutMs));
    const QString out = QString::fromUtf8(socketlab.readAllStandardOutput());
    const QRegularExpression datagram(
        QStringLiteral("(?m)^\\d+\\.\\d{6}  C1  wire  out  UDP  127\\.0\\.0\\.1:\\d+ > 127\\.0\\.0\\.1:%1  len (\\d+)$").arg(port));
    QStringList lengths;
    for (auto match = datagram.globalMatch(out); match.hasNext();)
        lengths << match.next().captured(1);
    QCOMPARE(lengths, (QStringList{QStringLiteral("4"), QStringLiteral("5")}));
}

QTEST_GUILESS_MAIN(TestWireCapture)
#include "tst_wirecapture.moc"
