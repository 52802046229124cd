// SPDX-License-Identifier: GPL-3.0-or-later
// The Workbench over loopback, end to end: commands go in through its API, plain Qt sockets in
// the test play the other end, and every check reads what the session recorded (the log, its
// payload bytes and the connection table) against what actually crossed the wire.
#include "connectioninfo.h"
#include "session.h"
#include "socketoptions.h"
#include "workbench.h"

#include "flowcontrol.h"
#include "peerreader.h"
#include "sessionreader.h"
#include "testpayloads.h"
#include "workbenchfixture.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTest>

#include <algorithm>
#include <memory>

enum class End { Accepted, Client };
Q_DECLARE_METATYPE(End)

using TestPayloads::allByteValues;
using TestPayloads::pattern;

namespace {

constexpr int TimeoutMs = 10000;
constexpr int LookupTimeoutMs = 30000; // a resolver may try several servers before it gives up

const std::pair<const char *, End> Ends[] = {
    { "accepted", End::Accepted },
    { "client", End::Client },
};

// One connection of the Workbench (id) and the plain socket at its other end (peer).
struct Wire
{
    ConnectionId id = 0;
    ConnectionId listener = 0; // End::Accepted only
    QTcpServer server; // End::Client only: where the Workbench connects
    std::unique_ptr<QTcpSocket> peer;
};

} // namespace

class tst_Workbench : public QObject, private WorkbenchFixture
{
    Q_OBJECT

public:
    tst_Workbench()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private Q_SLOTS:
    void init();
    void cleanup();

    void listenerReportsItsPort();
    void severalClientsEachAccepted();
    void workbenchClientToWorkbenchListener();
    void failedConnection_data();
    void failedConnection();
    void peerHalfClose();
    void peerReset();
    void echoReachesHalfClosedPeer_data();
    void echoReachesHalfClosedPeer();
    void peerHalfCloseReportsUnsentBytes();
    void localClose_data();
    void localClose();
    void stopListeningKeepsConnections();
    void closeListenerClosesChildren_data();
    void closeListenerClosesChildren();
    void pauseReading_data();
    void pauseReading();
    void sendRepeats_data();
    void sendRepeats();
    void bytesLoggedAreBytesOnTheWire_data();
    void bytesLoggedAreBytesOnTheWire();
    void sendAfterCloseIsRecordedAsError();
    void appendedAnnouncesEveryEventOnce();
    void ipv6Listener();

private:
    // Setting up; each fails the test on its own, so callers check QTest::currentTestFailed().
    void waitForChild(ConnectionId listener, quint16 peerPort, ConnectionId *child);
    void open(End end, Wire &wire);
};

void tst_Workbench::init()
{
    // A warning from Qt (reading a closed socket, a timer on the wrong thread) is a bug.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    createWorkbench();
}

void tst_Workbench::cleanup()
{
    destroyWorkbench();
}

// The accepted connection whose peer is on peerPort, once its Accepted event is in the log.
void tst_Workbench::waitForChild(ConnectionId listener, quint16 peerPort, ConnectionId *child)
{
    const auto find = [&] {
        for (const ConnectionInfo &connection : m_log->children(listener)) {
            if (connection.peerPort == peerPort && m_log->has(connection.id, EventKind::Accepted))
                return connection.id;
        }
        return ConnectionId(0);
    };
    QTRY_VERIFY_WITH_TIMEOUT(find() != 0, TimeoutMs);
    *child = find();
}

void tst_Workbench::open(End end, Wire &wire)
{
    if (end == End::Accepted) {
        quint16 port = 0;
        startListener({}, &wire.listener, &port);
        if (QTest::currentTestFailed())
            return;
        wire.peer = std::make_unique<QTcpSocket>();
        wire.peer->connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE_WITH_TIMEOUT(wire.peer->state(), QAbstractSocket::ConnectedState, TimeoutMs);
        waitForChild(wire.listener, wire.peer->localPort(), &wire.id);
    } else {
        QVERIFY2(
            wire.server.listen(QHostAddress::LocalHost, 0), qPrintable(wire.server.errorString()));
        Workbench::ConnectOptions options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = wire.server.serverPort();
        wire.id = m_workbench->connectTo(options);
        QTRY_VERIFY_WITH_TIMEOUT(wire.server.hasPendingConnections(), TimeoutMs);
        wire.peer.reset(wire.server.nextPendingConnection());
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(wire.id, EventKind::Connected), TimeoutMs);
    }
}

void tst_Workbench::listenerReportsItsPort()
{
    ConnectionId id = 0;
    quint16 port = 0;
    startListener({}, &id, &port);
    if (QTest::currentTestFailed())
        return;

    const ConnectionInfo listener = m_log->info(id);
    QCOMPARE(listener.role, ConnectionRole::Listener);
    QCOMPARE(listener.name, QStringLiteral("L1"));
    QCOMPARE(listener.state, ConnectionState::Listening);
    QCOMPARE(listener.localAddress, QHostAddress(QHostAddress::LocalHost));
    QVERIFY2(m_log->detail(id, EventKind::Listening).contains(listener.localEndpoint()),
        qPrintable(m_log->detail(id, EventKind::Listening)));

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, TimeoutMs);
}

// Five clients at once: five new sockets, each its own conversation, each echoing only its own
// bytes.
void tst_Workbench::severalClientsEachAccepted()
{
    constexpr int ClientCount = 5;
    Workbench::ListenOptions options;
    options.echo = true;
    ConnectionId listener = 0;
    quint16 port = 0;
    startListener(options, &listener, &port);
    if (QTest::currentTestFailed())
        return;

    std::vector<std::unique_ptr<QTcpSocket>> clients;
    std::vector<std::unique_ptr<PeerReader>> readers;
    for (int i = 0; i < ClientCount; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        readers.push_back(std::make_unique<PeerReader>(clients.back().get()));
        clients.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    QList<ConnectionId> ids;
    for (const auto &client : clients) {
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::ConnectedState, TimeoutMs);
        ConnectionId child = 0;
        waitForChild(listener, client->localPort(), &child);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!ids.contains(child), "two clients map to one accepted connection");
        ids << child;
    }

    QStringList names;
    for (int i = 0; i < ClientCount; ++i) {
        const ConnectionInfo child = m_log->info(ids[i]);
        QCOMPARE(child.parent, listener);
        QCOMPARE(child.role, ConnectionRole::Accepted);
        QCOMPARE(child.state, ConnectionState::Connected);
        QCOMPARE(child.localPort, port);
        QCOMPARE(child.peerPort, clients[size_t(i)]->localPort());
        QCOMPARE(m_log->kinds(ids[i]).constFirst(), EventKind::Accepted);
        names << child.name;
    }
    names.sort();
    QCOMPARE(names,
        QStringList({ QStringLiteral("L1.1"), QStringLiteral("L1.2"), QStringLiteral("L1.3"),
            QStringLiteral("L1.4"), QStringLiteral("L1.5") }));
    QCOMPARE(m_log->info(listener).acceptedCount, quint32(ClientCount));

    QList<QByteArray> messages;
    for (int i = 0; i < ClientCount; ++i) {
        messages << QByteArrayLiteral("client ") + QByteArray::number(i) + '\n'
                + pattern(1000 + i, quint32(i));
        clients[size_t(i)]->write(messages.constLast());
    }
    for (int i = 0; i < ClientCount; ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(readers[size_t(i)]->bytes.size(), messages[i].size(), TimeoutMs);
        QCOMPARE(readers[size_t(i)]->bytes, messages[i]);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_log->stream(ids[i], EventKind::Sent).size(), messages[i].size(), TimeoutMs);
        QCOMPARE(m_log->stream(ids[i], EventKind::Received), messages[i]);
        QCOMPARE(m_log->stream(ids[i], EventKind::Sent), messages[i]);
        verifyCountersMatchLog(ids[i]);
    }
}

// Both ends are the Workbench's: both are recorded, each with its own view of the addresses.
void tst_Workbench::workbenchClientToWorkbenchListener()
{
    ConnectionId listener = 0;
    quint16 port = 0;
    startListener({}, &listener, &port);
    if (QTest::currentTestFailed())
        return;

    Workbench::ConnectOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    const ConnectionId client = m_workbench->connectTo(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Connected), TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->children(listener).size(), 1, TimeoutMs);
    const ConnectionId server = m_log->children(listener).constFirst().id;
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(server, EventKind::Accepted), TimeoutMs);

    QCOMPARE(
        m_log->kinds(client), QList<EventKind>({ EventKind::Connecting, EventKind::Connected }));
    QCOMPARE(m_log->kinds(server), QList<EventKind> { EventKind::Accepted });
    const ConnectionInfo clientInfo = m_log->info(client);
    const ConnectionInfo serverInfo = m_log->info(server);
    QCOMPARE(clientInfo.name, QStringLiteral("C1"));
    QCOMPARE(clientInfo.role, ConnectionRole::Client);
    QCOMPARE(clientInfo.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(serverInfo.name, QStringLiteral("L1.1"));
    QCOMPARE(clientInfo.peerPort, port);
    QCOMPARE(clientInfo.localPort, serverInfo.peerPort);
    QCOMPARE(serverInfo.localPort, clientInfo.peerPort);
    QCOMPARE(clientInfo.localAddress, serverInfo.peerAddress);

    const QByteArray ping = QByteArray("ping\0\x01", 6);
    const QByteArray pong = QByteArrayLiteral("pong\xff\xfe");
    m_workbench->send(client, ping);
    m_workbench->send(server, pong);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->stream(server, EventKind::Received), ping, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->stream(client, EventKind::Received), pong, TimeoutMs);
    QCOMPARE(m_log->stream(client, EventKind::Sent), ping);
    QCOMPARE(m_log->stream(server, EventKind::Sent), pong);

    m_workbench->close(client);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Closed), TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(server, EventKind::Closed), TimeoutMs);
    QCOMPARE(m_log->kinds(client).mid(m_log->kinds(client).size() - 2),
        QList<EventKind>({ EventKind::Closing, EventKind::Closed }));
    QCOMPARE(m_log->detail(client, EventKind::Closed), QStringLiteral("closed by us"));
    QVERIFY2(m_log->detail(server, EventKind::Closed).contains(QLatin1String("FIN")),
        qPrintable(m_log->detail(server, EventKind::Closed)));
    QCOMPARE(m_log->count(server, EventKind::Error), 0);
    QCOMPARE(m_log->info(client).state, ConnectionState::Closed);
    QCOMPARE(m_log->info(server).state, ConnectionState::Closed);
    verifyCountersMatchLog(client);
    verifyCountersMatchLog(server);
}

void tst_Workbench::failedConnection_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("closedPort"); // else port 80, which the lookup never reaches
    QTest::addColumn<QList<EventKind>>("expected");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("timeoutMs");

    QTest::newRow("refused") << QStringLiteral("127.0.0.1") << true
                             << QList<EventKind>(
                                    { EventKind::Connecting, EventKind::Error, EventKind::Closed })
                             << QStringLiteral("refused") << TimeoutMs;
    // .invalid is reserved (RFC 2606): no resolver may answer for it.
    QTest::newRow("host not found")
        << QStringLiteral("nonexistent.invalid") << false
        << QList<EventKind>({ EventKind::LookingUp, EventKind::Error, EventKind::Closed })
        << QStringLiteral("nonexistent.invalid") << LookupTimeoutMs;
}

void tst_Workbench::failedConnection()
{
    QFETCH(QString, host);
    QFETCH(bool, closedPort);
    QFETCH(QList<EventKind>, expected);
    QFETCH(QString, reason);
    QFETCH(int, timeoutMs);

    Workbench::ConnectOptions options;
    options.host = host;
    options.port = 80;
    if (closedPort) {
        QTcpServer server;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
        options.port = server.serverPort();
    }
    const ConnectionId id = m_workbench->connectTo(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(id, EventKind::Closed), timeoutMs);

    QCOMPARE(m_log->kinds(id), expected);
    const ConnectionInfo connection = m_log->info(id);
    QCOMPARE(connection.state, ConnectionState::Failed);
    QVERIFY2(connection.lastError.contains(reason, Qt::CaseInsensitive),
        qPrintable(connection.lastError));
    QCOMPARE(connection.lastError, m_log->detail(id, EventKind::Error));
    QVERIFY(connection.closedNs >= 0);
}

// The peer sends, then shutdown(SHUT_WR): every byte is logged before Closed, which says FIN.
void tst_Workbench::peerHalfClose()
{
    Wire wire;
    open(End::Accepted, wire);
    if (QTest::currentTestFailed())
        return;
    PeerReader reader(wire.peer.get());

    const QByteArray data = allByteValues() + pattern(256 << 10);
    wire.peer->write(data);
    QTRY_COMPARE_WITH_TIMEOUT(wire.peer->bytesToWrite(), qint64(0), TimeoutMs);
    QVERIFY(SocketOptions::shutdownWrite(wire.peer->socketDescriptor()));

    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(wire.id, EventKind::Closed), TimeoutMs);
    QCOMPARE(m_log->stream(wire.id, EventKind::Received), data);
    const QList<EventKind> all = m_log->kinds(wire.id);
    QCOMPARE(all.constLast(), EventKind::Closed);
    QCOMPARE(all.count(EventKind::Closed), 1);
    QCOMPARE(all.count(EventKind::Error), 0);
    QVERIFY2(all.lastIndexOf(EventKind::Received) < all.indexOf(EventKind::Closed),
        "data was logged after Closed");
    QVERIFY2(m_log->detail(wire.id, EventKind::Closed).contains(QLatin1String("FIN")),
        qPrintable(m_log->detail(wire.id, EventKind::Closed)));
    QCOMPARE(m_log->info(wire.id).state, ConnectionState::Closed);
    verifyCountersMatchLog(wire.id);
    // Qt has no half-open state: the Workbench's end closes too, and the peer reads its FIN.
    QTRY_VERIFY_WITH_TIMEOUT(reader.ended, TimeoutMs);
    QCOMPARE(reader.error, QAbstractSocket::RemoteHostClosedError);
}

// The peer closes with SO_LINGER 0: RST. The log says "reset", not "FIN".
void tst_Workbench::peerReset()
{
    Wire wire;
    open(End::Accepted, wire);
    if (QTest::currentTestFailed())
        return;

    wire.peer->write("x");
    QTRY_COMPARE_WITH_TIMEOUT(
        m_log->stream(wire.id, EventKind::Received), QByteArray("x"), TimeoutMs);
    QVERIFY(SocketOptions::setResetOnClose(wire.peer->socketDescriptor()));
    wire.peer->abort();

    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(wire.id, EventKind::Closed), TimeoutMs);
    const QList<EventKind> all = m_log->kinds(wire.id);
    QCOMPARE(all.mid(all.size() - 2), QList<EventKind>({ EventKind::Error, EventKind::Closed }));
    QVERIFY2(m_log->detail(wire.id, EventKind::Error)
                 .contains(QLatin1String("reset"), Qt::CaseInsensitive),
        qPrintable(m_log->detail(wire.id, EventKind::Error)));
    QVERIFY2(m_log->detail(wire.id, EventKind::Closed).contains(QLatin1String("RST")),
        qPrintable(m_log->detail(wire.id, EventKind::Closed)));
    QCOMPARE(m_log->info(wire.id).state, ConnectionState::Closed);
    QVERIFY2(m_log->info(wire.id).lastError.contains(QLatin1String("reset"), Qt::CaseInsensitive),
        qPrintable(m_log->info(wire.id).lastError));
}

void tst_Workbench::echoReachesHalfClosedPeer_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("1 byte") << QByteArrayLiteral("?");
    QTest::newRow("4000 bytes") << pattern(4000, 1);
    QTest::newRow("all byte values") << allByteValues();
    QTest::newRow("64 KiB") << pattern(64 << 10, 2);
}

// The peer sends and half-closes at once, then reads: what `printf ... | ncat` does to an echo
// server. Qt closes the whole socket at the FIN and drops its unwritten buffer, so the echo must
// be in the kernel before Qt reads the end of the stream, or the log says Sent for bytes that
// never left.
void tst_Workbench::echoReachesHalfClosedPeer()
{
    QFETCH(QByteArray, payload);
    Workbench::ListenOptions options;
    options.echo = true;
    ConnectionId listener = 0;
    quint16 port = 0;
    startListener(options, &listener, &port);
    if (QTest::currentTestFailed())
        return;
    QTcpSocket peer;
    PeerReader reader(&peer);
    peer.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QAbstractSocket::ConnectedState, TimeoutMs);
    const quint16 peerPort = peer.localPort(); // Qt forgets it once disconnected

    peer.write(payload);
    QVERIFY(peer.flush());
    QCOMPARE(peer.bytesToWrite(), qint64(0));
    QVERIFY(SocketOptions::shutdownWrite(peer.socketDescriptor()));
    QTRY_VERIFY_WITH_TIMEOUT(reader.ended, TimeoutMs);

    ConnectionId child = 0;
    waitForChild(listener, peerPort, &child);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(child, EventKind::Closed), TimeoutMs);
    QCOMPARE(m_log->count(child, EventKind::Error), 0);
    QCOMPARE(reader.bytes.size(), payload.size());
    QCOMPARE(reader.bytes, payload);
    QCOMPARE(m_log->stream(child, EventKind::Received), payload);
    QCOMPARE(m_log->stream(child, EventKind::Sent), payload);
    verifyCountersMatchLog(child);
}

// When the peer's FIN finds bytes still queued in Qt (the peer stopped reading, so they could not
// leave), Qt drops them. The log cannot unsay its Sent event, so an Error says how many bytes
// were lost, and the peer gets exactly the others.
void tst_Workbench::peerHalfCloseReportsUnsentBytes()
{
    Wire wire;
    open(End::Accepted, wire);
    if (QTest::currentTestFailed())
        return;

    // A full read buffer makes Qt stop reading: the peer's kernel buffers fill, then ours.
    wire.peer->setReadBufferSize(1);
    const QByteArray payload = pattern(FlowControl::FloodSize);
    m_workbench->send(wire.id, payload);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(wire.id, EventKind::Sent), TimeoutMs);
    // Sent is logged when Qt takes the bytes; it hands them to the kernel a moment later, on the
    // network thread. The FIN must come after some have left, or none could have reached the peer.
    QTRY_VERIFY_WITH_TIMEOUT(wire.peer->bytesAvailable() > 0, TimeoutMs);
    QVERIFY(SocketOptions::shutdownWrite(wire.peer->socketDescriptor()));
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(wire.id, EventKind::Closed), TimeoutMs);

    const QList<EventKind> all = m_log->kinds(wire.id);
    QCOMPARE(all.mid(all.size() - 2), QList<EventKind>({ EventKind::Error, EventKind::Closed }));
    const QString error = m_log->detail(wire.id, EventKind::Error);
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^(\\d+) queued byte")).match(error);
    QVERIFY2(match.hasMatch(), qPrintable(error));
    const qsizetype unsent = match.captured(1).toLongLong();
    QVERIFY2(unsent > 0 && unsent < payload.size(), qPrintable(error));

    // Closing, the Workbench's end still delivers what had reached its kernel.
    wire.peer->setReadBufferSize(0);
    PeerReader reader(wire.peer.get());
    reader.bytes = wire.peer->readAll();
    QTRY_VERIFY_WITH_TIMEOUT(reader.ended, TimeoutMs);
    QCOMPARE(reader.bytes.size() + unsent, payload.size());
    QVERIFY2(reader.bytes == payload.left(reader.bytes.size()),
        "the peer read other bytes than the start of what was sent");
    QVERIFY2(m_log->detail(wire.id, EventKind::Closed).contains(QLatin1String("FIN")),
        qPrintable(m_log->detail(wire.id, EventKind::Closed)));
}

void tst_Workbench::localClose_data()
{
    QTest::addColumn<End>("end");
    QTest::addColumn<bool>("abort");
    for (const auto &[name, end] : Ends) {
        QTest::addRow("%s, close", name) << end << false;
        QTest::addRow("%s, abort", name) << end << true;
    }
}

// close() after a send: the peer reads every byte, then end of stream. abort(): RST at once.
void tst_Workbench::localClose()
{
    QFETCH(End, end);
    QFETCH(bool, abort);
    Wire wire;
    open(end, wire);
    if (QTest::currentTestFailed())
        return;
    PeerReader reader(wire.peer.get());

    const QByteArray data = pattern(64 << 10);
    if (abort) {
        m_workbench->abort(wire.id);
    } else {
        m_workbench->send(wire.id, data);
        m_workbench->close(wire.id);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(wire.id, EventKind::Closed), TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(reader.ended, TimeoutMs);
    const QList<EventKind> all = m_log->kinds(wire.id);
    if (abort) {
        QCOMPARE(all.constLast(), EventKind::Closed);
        QCOMPARE(all.count(EventKind::Closing), 0);
        QVERIFY2(m_log->detail(wire.id, EventKind::Closed).contains(QLatin1String("RST")),
            qPrintable(m_log->detail(wire.id, EventKind::Closed)));
    } else {
        QCOMPARE(all.mid(all.size() - 3),
            QList<EventKind>({ EventKind::Sent, EventKind::Closing, EventKind::Closed }));
        QCOMPARE(m_log->detail(wire.id, EventKind::Closed), QStringLiteral("closed by us"));
        QCOMPARE(reader.bytes, data);
        QCOMPARE(m_log->stream(wire.id, EventKind::Sent), data);
    }
    QCOMPARE(reader.error, QAbstractSocket::RemoteHostClosedError);
    QCOMPARE(m_log->info(wire.id).state, ConnectionState::Closed);
    QCOMPARE(m_log->count(wire.id, EventKind::Closed), 1);
}

// stopListening closes the listening socket only: the conversation it accepted goes on, new
// clients are refused.
void tst_Workbench::stopListeningKeepsConnections()
{
    Wire wire;
    open(End::Accepted, wire);
    if (QTest::currentTestFailed())
        return;
    PeerReader reader(wire.peer.get());
    const quint16 port = m_log->info(wire.listener).localPort;

    m_workbench->stopListening(wire.listener);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(wire.listener, EventKind::ListenStopped), TimeoutMs);
    QCOMPARE(m_log->info(wire.listener).state, ConnectionState::NotListening);

    m_workbench->send(wire.id, QByteArrayLiteral("still here"));
    QTRY_COMPARE_WITH_TIMEOUT(reader.bytes, QByteArray("still here"), TimeoutMs);
    wire.peer->write("me too");
    QTRY_COMPARE_WITH_TIMEOUT(
        m_log->stream(wire.id, EventKind::Received), QByteArray("me too"), TimeoutMs);
    QCOMPARE(m_log->info(wire.id).state, ConnectionState::Connected);

    QTcpSocket late;
    QSignalSpy lateError(&late, &QTcpSocket::errorOccurred);
    late.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE_WITH_TIMEOUT(lateError.size(), 1, TimeoutMs);
    QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);
    QCOMPARE(m_log->children(wire.listener).size(), 1);
    QCOMPARE(m_log->info(wire.listener).acceptedCount, quint32(1));
}

void tst_Workbench::closeListenerClosesChildren_data()
{
    QTest::addColumn<bool>("viaClose");
    QTest::newRow("closeListener()") << false;
    QTest::newRow("close() on the listener") << true;
}

void tst_Workbench::closeListenerClosesChildren()
{
    QFETCH(bool, viaClose);
    ConnectionId listener = 0;
    quint16 port = 0;
    startListener({}, &listener, &port);
    if (QTest::currentTestFailed())
        return;
    QTcpSocket first;
    QTcpSocket second;
    PeerReader firstReader(&first);
    PeerReader secondReader(&second);
    first.connectToHost(QHostAddress::LocalHost, port);
    second.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE_WITH_TIMEOUT(first.state(), QAbstractSocket::ConnectedState, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QAbstractSocket::ConnectedState, TimeoutMs);
    ConnectionId firstChild = 0;
    ConnectionId secondChild = 0;
    waitForChild(listener, first.localPort(), &firstChild);
    waitForChild(listener, second.localPort(), &secondChild);
    if (QTest::currentTestFailed())
        return;

    if (viaClose)
        m_workbench->close(listener);
    else
        m_workbench->closeListener(listener);
    for (ConnectionId child : { firstChild, secondChild }) {
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(child, EventKind::Closed), TimeoutMs);
        QCOMPARE(m_log->kinds(child),
            QList<EventKind>({ EventKind::Accepted, EventKind::Closing, EventKind::Closed }));
        QCOMPARE(m_log->info(child).state, ConnectionState::Closed);
    }
    QTRY_VERIFY_WITH_TIMEOUT(firstReader.ended, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(secondReader.ended, TimeoutMs);
    QCOMPARE(m_log->info(listener).state, ConnectionState::NotListening);

    QTcpSocket late;
    QSignalSpy lateError(&late, &QTcpSocket::errorOccurred);
    late.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE_WITH_TIMEOUT(lateError.size(), 1, TimeoutMs);
    QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);
}

void tst_Workbench::pauseReading_data()
{
    QTest::addColumn<End>("end");
    for (const auto &[name, end] : Ends)
        QTest::newRow(name) << end;
}

// Paused, the Workbench logs nothing and the peer's writes stall (TCP flow control); resumed,
// every byte is logged, in order.
void tst_Workbench::pauseReading()
{
    QFETCH(End, end);
    Wire wire;
    open(end, wire);
    if (QTest::currentTestFailed())
        return;

    m_workbench->setReadingPaused(wire.id, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(wire.id, EventKind::ReadingPaused), TimeoutMs);
    QVERIFY(m_log->info(wire.id).readingPaused);

    const QByteArray payload = pattern(FlowControl::FloodSize);
    FlowControl::writeUntilStalled(*wire.peer, payload, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_log->count(wire.id, EventKind::Received), 0);
    QVERIFY2(wire.peer->bytesToWrite() > 0,
        "the peer wrote everything although the Workbench stopped reading");

    m_workbench->setReadingPaused(wire.id, false);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(wire.id, EventKind::ReadingResumed), TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->info(wire.id).bytesIn, quint64(payload.size()), TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_log->stream(wire.id, EventKind::Received).size(), payload.size(), TimeoutMs);
    QVERIFY2(m_log->stream(wire.id, EventKind::Received) == payload,
        "the bytes logged differ from those the peer sent");
    QVERIFY(!m_log->info(wire.id).readingPaused);
    verifyCountersMatchLog(wire.id);
}

void tst_Workbench::sendRepeats_data()
{
    pauseReading_data();
}

// send(bytes, 5, 10 ms): five Sent events, each the same bytes, 10 ms apart; the peer reads the
// five copies back to back, and no sixth comes.
void tst_Workbench::sendRepeats()
{
    constexpr int Count = 5;
    constexpr int IntervalMs = 10;
    QFETCH(End, end);
    Wire wire;
    open(end, wire);
    if (QTest::currentTestFailed())
        return;
    PeerReader reader(wire.peer.get());

    const QByteArray bytes = QByteArray("tick\0\xff\r\n", 8);
    m_workbench->send(wire.id, bytes, Count, IntervalMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->count(wire.id, EventKind::Sent), Count, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(reader.bytes.size(), bytes.size() * Count, TimeoutMs);
    QCOMPARE(reader.bytes, bytes.repeated(Count));
    QCOMPARE(m_log->payloads(wire.id, EventKind::Sent), QList<QByteArray>(Count, bytes));

    QList<qint64> times;
    for (const TrafficEvent &event : m_log->events(wire.id)) {
        if (event.kind == EventKind::Sent)
            times << event.timeNs;
    }
    for (int i = 1; i < Count; ++i) {
        // Qt may fire a timer up to 5 % early.
        QVERIFY2(times[i] - times[i - 1] >= qint64(IntervalMs) * 900'000,
            qPrintable(QStringLiteral("Sent %1 came %2 ns after the one before")
                           .arg(i)
                           .arg(times[i] - times[i - 1])));
    }
    QVERIFY2(!QTest::qWaitFor(
                 [&] { return m_log->count(wire.id, EventKind::Sent) > Count; }, 10 * IntervalMs),
        "the repetition did not stop");
    verifyCountersMatchLog(wire.id);
}

void tst_Workbench::bytesLoggedAreBytesOnTheWire_data()
{
    QTest::addColumn<End>("end");
    QTest::addColumn<QByteArray>("fromPeer");
    QTest::addColumn<QByteArray>("toPeer");
    for (const auto &[name, end] : Ends) {
        QByteArray reversed = allByteValues();
        std::reverse(reversed.begin(), reversed.end());
        QTest::addRow("%s, all byte values", name) << end << allByteValues() << reversed;
        QTest::addRow("%s, text with CR LF and NUL", name)
            << end << QByteArray("HELO a\r\n\0MAIL\r\n", 16) << QByteArray("250 ok\r\n\0\r\n", 11);
        QTest::addRow("%s, 8 MiB", name) << end << pattern(8 << 20, 1) << pattern(8 << 20, 2);
    }
}

// Concatenating the payloads of a connection's Received events gives exactly what the peer sent,
// and its Sent events exactly what the peer read; the table's counters add up the same events.
void tst_Workbench::bytesLoggedAreBytesOnTheWire()
{
    QFETCH(End, end);
    QFETCH(QByteArray, fromPeer);
    QFETCH(QByteArray, toPeer);
    Wire wire;
    open(end, wire);
    if (QTest::currentTestFailed())
        return;
    PeerReader reader(wire.peer.get());

    wire.peer->write(fromPeer);
    m_workbench->send(wire.id, toPeer);
    QTRY_COMPARE_WITH_TIMEOUT(reader.bytes.size(), toPeer.size(), TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->info(wire.id).bytesIn, quint64(fromPeer.size()), TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_log->stream(wire.id, EventKind::Received).size(), fromPeer.size(), TimeoutMs);

    QVERIFY2(m_log->stream(wire.id, EventKind::Received) == fromPeer,
        "the Received events differ from what the peer sent");
    QVERIFY2(reader.bytes == toPeer, "the peer read other bytes than the Workbench sent");
    QVERIFY2(m_log->stream(wire.id, EventKind::Sent) == toPeer,
        "the Sent events differ from what the peer read");
    verifyCountersMatchLog(wire.id);
    QCOMPARE(m_log->info(wire.id).bytesOut, quint64(toPeer.size()));
}

void tst_Workbench::sendAfterCloseIsRecordedAsError()
{
    Wire wire;
    open(End::Accepted, wire);
    if (QTest::currentTestFailed())
        return;
    m_workbench->close(wire.id);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(wire.id, EventKind::Closed), TimeoutMs);

    m_workbench->send(wire.id, QByteArrayLiteral("too late"));
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(wire.id, EventKind::Error), TimeoutMs);
    QCOMPARE(m_log->kinds(wire.id).constLast(), EventKind::Error);
    QCOMPARE(m_log->count(wire.id, EventKind::Sent), 0);
    QVERIFY2(m_log->detail(wire.id, EventKind::Error).contains(QLatin1String("closed")),
        qPrintable(m_log->detail(wire.id, EventKind::Error)));
}

// appended(first, last) comes in the log's thread (here the main thread) although the events are
// recorded on the network thread, and its ranges cover every event exactly once, in order.
void tst_Workbench::appendedAnnouncesEveryEventOnce()
{
    QList<std::pair<qint64, qint64>> ranges;
    bool inLogThread = true;
    QObject context; // disconnects the lambda when the test returns
    connect(&m_session->log(), &TrafficLog::appended, &context, [&](qint64 first, qint64 last) {
        ranges.append({ first, last });
        inLogThread = inLogThread && QThread::currentThread() == m_session->log().thread();
    });
    Wire wire;
    open(End::Accepted, wire);
    if (QTest::currentTestFailed())
        return;
    PeerReader reader(wire.peer.get());
    const QByteArray payload = pattern(2 << 20);
    wire.peer->write(payload);
    m_workbench->send(wire.id, payload, 3, 0);
    QTRY_COMPARE_WITH_TIMEOUT(reader.bytes.size(), payload.size() * 3, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->info(wire.id).bytesIn, quint64(payload.size()), TimeoutMs);
    m_workbench->close(wire.id);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(wire.id, EventKind::Closed), TimeoutMs);

    const qint64 total = m_session->log().count();
    QTRY_VERIFY_WITH_TIMEOUT(
        !ranges.isEmpty() && ranges.constLast().second == total - 1, TimeoutMs);
    QVERIFY(inLogThread);
    qint64 next = 0;
    for (const auto &[first, last] : std::as_const(ranges)) {
        QCOMPARE(first, next);
        QVERIFY2(
            last >= first, qPrintable(QStringLiteral("empty range %1-%2").arg(first).arg(last)));
        next = last + 1;
    }
    QCOMPARE(next, total);
}

void tst_Workbench::ipv6Listener()
{
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHostIPv6, 0))
            QSKIP(qPrintable(
                QStringLiteral("this machine has no IPv6 loopback (::1): ") + probe.errorString()));
    }
    Workbench::ListenOptions options;
    options.address = QHostAddress(QHostAddress::LocalHostIPv6);
    options.echo = true;
    ConnectionId listener = 0;
    quint16 port = 0;
    startListener(options, &listener, &port);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_log->info(listener).localEndpoint(), QStringLiteral("[::1]:%1").arg(port));

    QTcpSocket client;
    PeerReader reader(&client);
    client.connectToHost(QHostAddress::LocalHostIPv6, port);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, TimeoutMs);
    ConnectionId child = 0;
    waitForChild(listener, client.localPort(), &child);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_log->info(child).peerAddress, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(m_log->info(child).localAddress, QHostAddress(QHostAddress::LocalHostIPv6));

    const QByteArray message = QByteArrayLiteral("over IPv6\n") + allByteValues();
    client.write(message);
    QTRY_COMPARE_WITH_TIMEOUT(reader.bytes.size(), message.size(), TimeoutMs);
    QCOMPARE(reader.bytes, message);
    QCOMPARE(m_log->stream(child, EventKind::Received), message);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->stream(child, EventKind::Sent), message, TimeoutMs);
}

QTEST_GUILESS_MAIN(tst_Workbench)
#include "tst_workbench.moc"
