// SPDX-License-Identifier: GPL-3.0-or-later
// What survives a kill -9. The real socketlab runs headless as an echo server that records; a
// peer here sends it mixed binary messages, reads each echo back, then keeps sending without
// waiting, and the process is killed with SIGKILL in the middle of that traffic. The journal
// flushes what it received before it echoes it (endpointhost.cpp), so every byte the peer got
// back was in the kernel's page cache before the kill: the recovered journal must hold all of
// them, in order and unchanged, and report that it was not closed; its lock marks it as
// interrupted.
#include "connectioninfo.h"
#include "session.h"
#include "sessionloader.h"

#include "peerprocess.h"
#include "peerreader.h"
#include "recorderprocess.h"
#include "sessionreader.h"
#include "testpayloads.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using TestPayloads::allByteValues;
using TestPayloads::pattern;

namespace {

constexpr int TimeoutMs = 10000;
constexpr int AcknowledgedMessages = 300;
constexpr int Trials = 10;
constexpr int FloodConnections = 4;

// Mixed binary: every byte value, NULs with line ends, and patterns of many lengths.
QByteArray message(int i)
{
    switch (i % 5) {
    case 0: return allByteValues();
    case 1: return QByteArray(1 + i % 17, '\0') + QByteArrayLiteral("\r\n");
    default: return pattern(1 + (i * 137) % 3000, quint32(i));
    }
}

} // namespace

class tst_CrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killMidTraffic_data();
    void killMidTraffic();
    void killDuringEchoFloods_data();
    void killDuringEchoFloods();
};

void tst_CrashRecovery::killMidTraffic_data()
{
    QTest::addColumn<int>("messagesInFlight"); // sent after the acknowledged ones, not waited for
    QTest::addColumn<int>("bytesInFlight"); // then one large message, not waited for
    QTest::addColumn<bool>("killDuringTheirEcho"); // wait until their echo has begun to arrive

    QTest::newRow("right after the acknowledged messages") << 0 << 0 << false;
    QTest::newRow("20 messages in flight") << 20 << 0 << false;
    QTest::newRow("500 messages in flight") << 500 << 0 << false;
    QTest::newRow("4 MiB in flight") << 0 << (4 << 20) << false;
    QTest::newRow("while the echo of 300 messages arrives") << 300 << 0 << true;
    QTest::newRow("while the echo of 4 MiB arrives") << 0 << (4 << 20) << true;
}

void tst_CrashRecovery::killMidTraffic()
{
    QFETCH(int, messagesInFlight);
    QFETCH(int, bytesInFlight);
    QFETCH(bool, killDuringTheirEcho);

    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString journal = dir.filePath(QStringLiteral("crash.socketlab"));
    QProcess process;
    quint16 port = 0;
    RecorderProcess::start(process, dir.path(), { QStringLiteral("--echo") }, journal, &port);
    if (QTest::currentTestFailed())
        return;

    QTcpSocket peer;
    PeerReader echo(&peer);
    peer.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY2(peer.waitForConnected(TimeoutMs), qPrintable(peer.errorString()));
    const quint16 peerPort = peer.localPort();

    // Acknowledged: each message's echo is read back before the next is sent.
    QByteArray sent;
    for (int i = 0; i < AcknowledgedMessages; ++i) {
        const QByteArray bytes = message(i);
        sent += bytes;
        QCOMPARE(peer.write(bytes), qint64(bytes.size()));
        while (echo.bytes.size() < sent.size())
            QVERIFY2(peer.waitForReadyRead(TimeoutMs),
                qPrintable(QStringLiteral("no echo of message %1").arg(i)));
    }
    QCOMPARE(echo.bytes, sent);
    const qsizetype acknowledged = sent.size();

    // In flight: handed to the kernel as far as it takes them, nothing waited for.
    for (int i = 0; i < messagesInFlight; ++i) {
        const QByteArray bytes = message(AcknowledgedMessages + i);
        sent += bytes;
        QCOMPARE(peer.write(bytes), qint64(bytes.size()));
        peer.flush();
    }
    if (bytesInFlight > 0) {
        const QByteArray bytes = pattern(bytesInFlight, 0xdead);
        sent += bytes;
        QCOMPARE(peer.write(bytes), qint64(bytes.size()));
        peer.flush();
    }
    if (killDuringTheirEcho) {
        while (echo.bytes.size() <= acknowledged)
            QVERIFY2(peer.waitForReadyRead(TimeoutMs), "no echo of the messages in flight");
    }

    QVERIFY(QFile::exists(journal + QStringLiteral(".lock")));
    QCOMPARE(Session::interruptedSessions(dir.path()), QStringList()); // still running
    RecorderProcess::sigkill(process, TimeoutMs);
    if (QTest::currentTestFailed())
        return;

    // Echo the server sent before it died may still be on its way: read until the end.
    const QDeadlineTimer deadline(TimeoutMs);
    while (peer.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired())
        peer.waitForReadyRead(int(qMax<qint64>(deadline.remainingTime(), 1)));
    QVERIFY2(
        peer.state() != QAbstractSocket::ConnectedState, "the connection outlived the process");
    echo.bytes += peer.readAll();
    const QByteArray echoed = echo.bytes;
    QVERIFY(echoed.size() >= acknowledged);
    QVERIFY2(echoed == sent.left(echoed.size()), "the echo is not what was sent");

    Session session(std::make_unique<SessionClock>());
    SessionLoader::Outcome outcome;
    QString error;
    QVERIFY2(SessionLoader::load(session, journal, &outcome, &error), qPrintable(error));
    QVERIFY(!outcome.closedCleanly);
    QVERIFY2(outcome.complete || !outcome.problem.isEmpty(), "an incomplete journal must say why");

    ConnectionInfo accepted;
    for (const ConnectionInfo &connection : session.connections().snapshot()) {
        if (connection.role == ConnectionRole::Accepted) {
            QCOMPARE(accepted.id, ConnectionId(0)); // only one
            accepted = connection;
        }
    }
    QVERIFY(accepted.id != 0);
    QCOMPARE(accepted.peerPort, peerPort);

    const SessionReader recorded(session);
    const QByteArray received = recorded.stream(accepted.id, EventKind::Received);
    qInfo("bytes sent %lld, acknowledged %lld, echoed %lld, in the journal %lld; %lld events%s",
        qlonglong(sent.size()), qlonglong(acknowledged), qlonglong(echoed.size()),
        qlonglong(received.size()), qlonglong(outcome.events),
        outcome.complete ? "" : qPrintable(QStringLiteral(", then: ") + outcome.problem));
    QVERIFY2(received.size() >= echoed.size(),
        qPrintable(QStringLiteral("the journal lost %1 echoed bytes")
                       .arg(echoed.size() - received.size())));
    QVERIFY2(
        received.left(echoed.size()) == echoed, "the journal's bytes differ from those echoed");
    QVERIFY2(received == sent.left(received.size()), "the journal holds bytes that were not sent");
    const QByteArray echoRecorded = recorded.stream(accepted.id, EventKind::Sent);
    QVERIFY2(echoRecorded == received.left(echoRecorded.size()),
        "the recorded echo is not what was received");

    QCOMPARE(Session::interruptedSessions(dir.path()), QStringList { journal });
}

// The sent side of the same promise: what a peer received from SocketLab is in the file. Four
// python peers (one process, tests/peers/echo_flood.py) flood the echo server and read what
// comes back without waiting; SocketLab is killed once each has had some echo, and each peer
// then says how many bytes it received and their SHA-256. Every one of those bytes must be in
// the journal as sent, the same bytes, and the sent bytes must be what was received. Repeated:
// before the journal took sent bytes ahead of the kernel, 7 kills in 10 left one connection
// short.
void tst_CrashRecovery::killDuringEchoFloods_data()
{
    QTest::addColumn<int>("trial");
    for (int trial = 1; trial <= Trials; ++trial)
        QTest::addRow("trial %d", trial) << trial;
}

void tst_CrashRecovery::killDuringEchoFloods()
{
    QString python;
    PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString journal = dir.filePath(QStringLiteral("flood.socketlab"));
    QProcess recorder;
    quint16 port = 0;
    RecorderProcess::start(recorder, dir.path(), { QStringLiteral("--echo") }, journal, &port);
    if (QTest::currentTestFailed())
        return;

    QProcess peers;
    peers.start(python, { PeerProcess::script("echo_flood.py"), QStringLiteral("127.0.0.1"),
                            QString::number(port), QString::number(FloodConnections) });
    QByteArray line;
    PeerProcess::readLine(peers, &line, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(line, QByteArray("READY"));
    RecorderProcess::sigkill(recorder, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    PeerProcess::waitForExit(peers, TimeoutMs);
    if (QTest::currentTestFailed())
        return;

    Session session(std::make_unique<SessionClock>());
    SessionLoader::Outcome outcome;
    QString error;
    QVERIFY2(SessionLoader::load(session, journal, &outcome, &error), qPrintable(error));
    const SessionReader recorded(session);
    const QList<QByteArray> lines = peers.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), FloodConnections);
    for (const QByteArray &received : lines) {
        // RECEIVED <port> <bytes> <sha256> OK
        const QList<QByteArray> fields = received.split(' ');
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields.at(4), QByteArray("OK"));
        const quint16 peerPort = fields.at(1).toUShort();
        const qsizetype peerReceived = fields.at(2).toLongLong();
        ConnectionInfo accepted;
        for (const ConnectionInfo &connection : session.connections().snapshot()) {
            if (connection.role == ConnectionRole::Accepted && connection.peerPort == peerPort)
                accepted = connection;
        }
        QVERIFY2(accepted.id != 0, received.constData());
        const QByteArray sent = recorded.stream(accepted.id, EventKind::Sent);
        const QByteArray got = recorded.stream(accepted.id, EventKind::Received);
        qInfo("%s: the peer received %lld bytes; the journal has %lld sent, %lld received",
              qPrintable(accepted.name), qlonglong(peerReceived), qlonglong(sent.size()), qlonglong(got.size()));
        QVERIFY2(sent.size() >= peerReceived,
                 qPrintable(QStringLiteral("%1: the peer received %2 bytes the journal does not have as sent")
                                .arg(accepted.name).arg(peerReceived - sent.size())));
        QCOMPARE(QCryptographicHash::hash(sent.left(peerReceived), QCryptographicHash::Sha256).toHex(),
                 fields.at(3));
        QVERIFY2(sent == got.left(sent.size()), "the recorded echo is not what was received");
    }
}

QTEST_GUILESS_MAIN(tst_CrashRecovery)

#include "tst_crashrecovery.moc"
