// SPDX-License-Identifier: GPL-3.0-or-later
// The lessons that show the wire, run headless as a lab machine runs them: with --capture (as
// root, as CI runs) every step waits for its packets and says what they show, and the recorded
// session has them; as a user without capture rights the same lessons run to the end and say why
// packets are not shown.
#include "packetdecoder.h"
#include "session.h"
#include "sessionloader.h"

#include "peerprocess.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestWireLessons : public QObject
{
    Q_OBJECT

private:
    static constexpr int RunTimeoutMs = 90000;

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // socketlab --lesson ID --headless --capture --record FILE, in English; through setpriv as
    // nobody when unprivileged.
    static Result run(const QString &lesson, const QString &record, bool unprivileged = false)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        QStringList arguments{QStringLiteral("--lesson"), lesson, QStringLiteral("--headless"),
                              QStringLiteral("--capture"), QStringLiteral("--record"), record};
        QString program = QStringLiteral(SOCKETLAB_BINARY);
        if (unprivileged) {
            const QString home = QFileInfo(record).absolutePath();
            environment.insert(QStringLiteral("HOME"), home);
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
            environment.insert(QStringLiteral("XDG_DATA_HOME"), home);
            PeerProcess::findProgram(QStringLiteral("setpriv"), QStringLiteral("util-linux"), &program);
            arguments.prepend(QStringLiteral(SOCKETLAB_BINARY));
            arguments = QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                    QStringLiteral("--clear-groups")}
                + arguments;
        }
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        Result result;
        if (!process.waitForFinished(RunTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("did not finish");
        } else {
            result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        }
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err += QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static ConnectionId idNamed(const Session &session, const QString &name)
    {
        for (const ConnectionInfo &info : session.connections().snapshot()) {
            if (info.name == name)
                return info.id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(::geteuid() == 0, "run as root (CI does): capture needs the rights"); }

    // MSS 536 and one write of 4 KiB: the SYN announces it, the write leaves as eight or more
    // segments of at most 536 bytes, the same 4 KiB without TCP_MAXSEG as one segment.
    void packetsOnTheWire()
    {
        QTemporaryDir dir;
        const QString record = dir.filePath(QStringLiteral("wire.socketlab"));
        const Result result = run(QStringLiteral("packets-on-the-wire"), record);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Lesson packets-on-the-wire: all 7 steps done")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("On the wire: The SYN of C1 carries the option MSS 536")),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("client sent on the wire: data")), qPrintable(result.out));
        // The packets, printed as they came: C1's data.
        static const QRegularExpression c1Data(QStringLiteral("(?m)^\\S+  C1  wire  out  \\S+  seq \\d+  ack \\S+  win \\d+  len [1-9]\\d*$"));
        QVERIFY2(c1Data.match(result.out).hasMatch(), qPrintable(result.out));

        Session session(std::make_unique<SessionClock>());
        SessionLoader::Outcome outcome;
        QString error;
        QVERIFY2(SessionLoader::load(session, record, &outcome, &error), qPrintable(error));
        const ConnectionId small = idNamed(session, QStringLiteral("C1"));
        const ConnectionId big = idNamed(session, QStringLiteral("C2"));
        QVERIFY(small != 0 && big != 0);
        // On loopback the kernel hands its segments to the device in bundles (GSO): every C1 packet
        // but the last holds whole segments of 524 bytes (MSS 536 less the 12 of the timestamps).
        constexpr quint32 Segment = 536 - 12;
        QList<quint32> smallPackets;
        quint64 smallBytes = 0;
        int bigSegments = 0;
        bool synWithMss = false;
        for (const WirePacket &wire : session.wire().range(0, session.wire().count())) {
            if (wire.direction != WireDirection::Out)
                continue;
            const DecodedPacket packet = PacketDecoder::decode(wire.packet);
            if (wire.connection == small && packet.has(DecodedPacket::Syn))
                synWithMss = packet.mss == 536;
            if (packet.payloadLength == 0)
                continue;
            if (wire.connection == small) {
                smallPackets << packet.payloadLength;
                smallBytes += packet.payloadLength;
            } else if (wire.connection == big) {
                ++bigSegments;
                QCOMPARE(packet.payloadLength, quint32(4096));   // MSS 65,483: one segment
            }
        }
        QVERIFY(synWithMss);
        QCOMPARE(smallBytes, quint64(4096));
        int segments = 0;
        for (qsizetype i = 0; i < smallPackets.size(); ++i) {
            QVERIFY2(i + 1 == smallPackets.size() || smallPackets.at(i) % Segment == 0,
                     qPrintable(QString::number(smallPackets.at(i))));
            segments += int((smallPackets.at(i) + Segment - 1) / Segment);
        }
        QCOMPARE(segments, 8);
        QCOMPARE(bigSegments, 1);
    }

    // The lessons that gained packets still run to the end with the capture, each wire condition
    // met by real packets.
    void lessonsWithPackets_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("steps");
        QTest::addColumn<QString>("shown");
        QTest::newRow("hello") << QStringLiteral("hello") << 6 << QStringLiteral("On the wire: The real handshake of C1");
        QTest::newRow("nobody-home") << QStringLiteral("nobody-home") << 6
                                     << QStringLiteral("caller received on the wire: RST");
        QTest::newRow("half-close") << QStringLiteral("half-close") << 8 << QStringLiteral("client2 received on the wire: RST");
        QTest::newRow("flow-control") << QStringLiteral("flow-control") << 6
                                      << QStringLiteral("receiver sent on the wire: window 0 (2 times)");
    }

    void lessonsWithPackets()
    {
        QFETCH(QString, id);
        QFETCH(int, steps);
        QFETCH(QString, shown);
        QTemporaryDir dir;
        const QString record = dir.filePath(QStringLiteral("lesson.socketlab"));
        const Result result = run(id, record);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Lesson %1: all %2 steps done").arg(id).arg(steps)), qPrintable(result.out));
        QVERIFY2(result.out.contains(shown), qPrintable(result.out));
        QVERIFY2(!result.out.contains(QStringLiteral("Packets are not shown")), qPrintable(result.out));
    }

    // The same from the command line, against a server we did not write: --mss 536 before connect(),
    // the note says so, and the SYN on the wire announces it.
    void mssFromTheCommandLine()
    {
        QProcess server;
        server.start(QStringLiteral("python3"), {PeerProcess::script("upper_server.py")});
        quint16 port = 0;
        PeerProcess::readPort(server, &port, RunTimeoutMs);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir dir;
        QProcess socketlab;
        socketlab.start(QStringLiteral(SOCKETLAB_BINARY),
                        {QStringLiteral("--headless"), QStringLiteral("--capture"), QStringLiteral("--connect"),
                         QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--mss"), QStringLiteral("536"),
                         QStringLiteral("--send"), QString(4096, QLatin1Char('x')), QStringLiteral("--record"),
                         dir.filePath(QStringLiteral("mss.socketlab"))});
        QVERIFY(socketlab.waitForFinished(RunTimeoutMs));
        const QString out = QString::fromUtf8(socketlab.readAllStandardOutput());
        QCOMPARE(socketlab.exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("setsockopt(TCP_MAXSEG, 536) before connect()")), qPrintable(out));
        PeerProcess::waitForExit(server, RunTimeoutMs);

        Session session(std::make_unique<SessionClock>());
        SessionLoader::Outcome outcome;
        QString error;
        QVERIFY2(SessionLoader::load(session, dir.filePath(QStringLiteral("mss.socketlab")), &outcome, &error),
                 qPrintable(error));
        int mss = -1;
        quint64 sent = 0;
        for (const WirePacket &wire : session.wire().range(0, session.wire().count())) {
            const DecodedPacket packet = PacketDecoder::decode(wire.packet);
            if (wire.direction == WireDirection::Out && packet.has(DecodedPacket::Syn))
                mss = packet.mss;
            if (wire.direction == WireDirection::Out)
                sent += packet.payloadLength;
        }
        QCOMPARE(mss, 536);
        QCOMPARE(sent, quint64(4096));
    }

    // Without the right to capture (nobody): every step done, and why the packets are not shown,
    // with how to enable capture.
    void withoutCaptureRightsTheLessonSaysWhy()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
        const Result result = run(QStringLiteral("packets-on-the-wire"), dir.filePath(QStringLiteral("nobody.socketlab")), true);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Lesson packets-on-the-wire: all 7 steps done")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("On the wire: Packets are not captured: dumpcap exited with status 1")),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("wireshark-common")), qPrintable(result.out));
        // dumpcap's own lines are said once, on standard error, not at every step.
        QVERIFY2(!result.out.contains(QStringLiteral("permission to capture")), qPrintable(result.out));
        QVERIFY2(result.err.count(QStringLiteral("permission to capture")) == 1, qPrintable(result.err));
        QVERIFY2(!result.out.contains(QStringLiteral(" wire  out ")), qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(TestWireLessons)
#include "tst_wirelessons.moc"
