// SPDX-License-Identifier: GPL-3.0-or-later
// The wire, end to end: SocketLab's capture through the system's dumpcap compared with an
// independent capture of the same traffic (dumpcap run by the test, read back by tshark); the
// packets of another program absent; without capture rights, or with a dumpcap that fails, one
// clear message and everything else working. Runs as root (CI does): the unprivileged case runs
// the socketlab binary as nobody.
#include "packetdecoder.h"
#include "session.h"
#include "sessionloader.h"
#include "workbench.h"

#include "peerprocess.h"
#include "workbenchfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

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

private:
    void runEcho(quint16 port, const QByteArray &payload);
    void problemWithStandIn(const QByteArray &script, QString *problem);
    void startIndependentCapture(QProcess &dumpcap, const QString &file);
};

void TestWireCapture::startIndependentCapture(QProcess &dumpcap, const QString &file)
{
    QString program;
    PeerProcess::findProgram(QStringLiteral("dumpcap"), QStringLiteral("wireshark-common"), &program);
    if (QTest::currentTestFailed())
        return;
    dumpcap.start(program, {QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-f"), QStringLiteral("tcp"),
                            QStringLiteral("-q"), QStringLiteral("-w"), file});
    // It writes the file's header once the interface is open and the filter set.
    QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo(file).size() > 0 || dumpcap.state() == QProcess::NotRunning,
                              "the test's dumpcap did not start", TimeoutMs);
    QVERIFY2(dumpcap.state() == QProcess::Running,
             qPrintable(QStringLiteral("the test's dumpcap ended (the test must run as root): ")
                        + QString::fromLocal8Bit(dumpcap.readAllStandardError())));
}

void TestWireCapture::runEcho(quint16 port, const QByteArray &payload)
{
    QProcess client;
    client.start(QStringLiteral("python3"), {PeerProcess::script("echo_client.py"), QStringLiteral("127.0.0.1"),
                                             QString::number(port)});
    client.write(payload);
    client.closeWriteChannel();
    QByteArray line;
    PeerProcess::readLine(client, &line, TimeoutMs);
    QCOMPARE(line, QByteArray("OK ") + QByteArray::number(payload.size()));
    PeerProcess::waitForExit(client, TimeoutMs);
}

// The packets SocketLab recorded are the packets on the wire: the same segments, in the same
// order, with the same raw sequence numbers and TCP timestamps as dumpcap run by the test saw,
// every connection's SYN among them, and none of another program's connection.
void TestWireCapture::loopbackEchoMatchesAnIndependentCapture()
{
    QTemporaryDir dir;
    const QString independentFile = dir.filePath(QStringLiteral("independent.pcapng"));
    QProcess independent;
    startIndependentCapture(independent, independentFile);
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

    runEcho(port, QByteArray(3000, '7'));
    runEcho(otherPort, QByteArray("12345"));
    // A second listener widens the capture: a new dumpcap takes over from the first.
    ConnectionId secondListener = 0;
    quint16 secondPort = 0;
    startListener(echoListener(), &secondListener, &secondPort);
    if (QTest::currentTestFailed())
        return;
    runEcho(secondPort, QByteArray("second"));
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
                 qPrintable(info.name + QStringLiteral(" (port %1) has no SYN: ").arg(info.localPort) + seen.join(QStringLiteral(", "))));
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
    runEcho(port, QByteArray("still works"));
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
    runEcho(port, QByteArray("the rest works"));
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
    runEcho(port, QByteArray("nobody's echo"));
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

QTEST_GUILESS_MAIN(TestWireCapture)
#include "tst_wirecapture.moc"
