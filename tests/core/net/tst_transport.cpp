// SPDX-License-Identifier: GPL-3.0-or-later
// The interface test of Transport: one set of checks, run against every implementation: a TCP
// client, an accepted TCP connection, a Unix client and an accepted Unix connection. A row's
// "kind" column says which one; open() builds a connected pair for it, the transport under test
// on one end and a plain Qt socket (or, for the wire-level checks, a Python process) on the other.
// Where the kinds differ the test says how: a Unix socket has no FIN and no RST, only the end of
// the stream, and ECONNRESET when a peer closes with bytes it never read. A connected UDP socket
// (UdpConnection) runs the checks that apply to it, against Python peers, in the udp* functions:
// the lifecycle, one send() one datagram, one received() one datagram, the refusal, the lookup
// failure, sending before connecting; it has no stream, FIN, RST or flow control to check.
#include "connectioninfo.h"
#include "socketoptions.h"
#include "tcpconnection.h"
#include "unixconnection.h"
#include "tcplisteningsocket.h"
#include "udpconnection.h"
#include "udpsocket.h"

#include "flowcontrol.h"
#include "peerprocess.h"
#include "peerreader.h"
#include "testpayloads.h"
#include "udpcorpus.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

enum class TransportKind { Client, Accepted, UnixClient, UnixAccepted };
Q_DECLARE_METATYPE(TransportKind)

using TestPayloads::allByteValues;
using TestPayloads::pattern;

namespace {

constexpr int TimeoutMs = 10000;
constexpr int LookupTimeoutMs = 30000; // a resolver may try several servers before it gives up

const std::pair<const char *, TransportKind> Kinds[] = {
    { "client", TransportKind::Client },
    { "accepted", TransportKind::Accepted },
    { "unix client", TransportKind::UnixClient },
    { "unix accepted", TransportKind::UnixAccepted },
};

bool isUnix(TransportKind kind)
{
    return kind == TransportKind::UnixClient || kind == TransportKind::UnixAccepted;
}

bool isClient(TransportKind kind)
{
    return kind == TransportKind::Client || kind == TransportKind::UnixClient;
}

// How each kind says that a stream ended in order.
QString orderlyEnd(TransportKind kind)
{
    return isUnix(kind) ? QStringLiteral("end of stream") : QStringLiteral("FIN");
}

// A listening Unix socket for the test's side, made with the system calls themselves.
class UnixTestListener
{
public:
    UnixTestListener()
    {
        path = QStringLiteral("%1/socketlab-tst-transport-%2-%3.sock")
                   .arg(QDir::tempPath())
                   .arg(QCoreApplication::applicationPid())
                   .arg(++counter);
        ::unlink(QFile::encodeName(path).constData());
        descriptor = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un address = socketAddress(path);
        ok = descriptor >= 0 && ::bind(descriptor, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
            && ::listen(descriptor, 8) == 0;
    }
    ~UnixTestListener()
    {
        if (descriptor >= 0)
            ::close(descriptor);
        ::unlink(QFile::encodeName(path).constData());
    }
    static sockaddr_un socketAddress(const QString &path)
    {
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray bytes = QFile::encodeName(path);
        std::memcpy(address.sun_path, bytes.constData(), size_t(qMin<qsizetype>(bytes.size(), 107)));
        return address;
    }
    // A connected peer socket as a QTcpSocket: Qt's socket engine reads and writes any stream
    // descriptor (QLocalSocket is built on it).
    static std::unique_ptr<QTcpSocket> wrap(int connected)
    {
        auto socket = std::make_unique<QTcpSocket>();
        if (!socket->setSocketDescriptor(connected))
            qWarning("setSocketDescriptor: %s", qPrintable(socket->errorString()));
        return socket;
    }
    // accept(), waiting at most timeoutMs for a connection; -1 when none came.
    int acceptWithin(int timeoutMs, int flags = SOCK_CLOEXEC) const
    {
        pollfd waiting { descriptor, POLLIN, 0 };
        if (::poll(&waiting, 1, timeoutMs) != 1)
            return -1;
        return ::accept4(descriptor, nullptr, nullptr, flags);
    }
    int connectClient() const
    {
        const int client = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un address = socketAddress(path);
        if (::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            ::close(client);
            return -1;
        }
        return client;
    }

    static inline int counter = 0;
    QString path;
    int descriptor = -1;
    bool ok = false;
};

// Everything a Transport reports, in order.
class Recorder : public QObject
{
public:
    explicit Recorder(Transport *transport)
    {
        connect(transport, &Transport::lookingUp, this,
            [this] { names << QStringLiteral("lookingUp"); });
        connect(
            transport, &Transport::resolved, this, [this] { names << QStringLiteral("resolved"); });
        connect(transport, &Transport::connecting, this, [this](const QString &endpoint) {
            names << QStringLiteral("connecting");
            lastConnecting = endpoint;
        });
        connect(transport, &Transport::connected, this,
            [this] { names << QStringLiteral("connected"); });
        connect(transport, &Transport::received, this, [this](const QByteArray &bytes) {
            names << QStringLiteral("received");
            received += bytes;
            ++chunks;
            largestChunk = qMax(largestChunk, bytes.size());
        });
        connect(transport, &Transport::errorOccurred, this, [this](ErrorCode code, const QString &reason) {
            names << QStringLiteral("errorOccurred");
            errors << reason;
            errorCodes << code;
        });
        connect(transport, &Transport::closing, this, [this](CloseKind kind, const QString &why) {
            names << QStringLiteral("closing");
            closings << why;
            closingKinds << kind;
        });
        connect(transport, &Transport::closed, this, [this](CloseKind kind, CloseSide by, const QString &how) {
            names << QStringLiteral("closed");
            closes << how;
            closeFacts << EventFacts::ending(kind, by);
        });
    }

    // The signals without "received", which may come in any number of chunks.
    QStringList lifecycle() const
    {
        QStringList result = names;
        result.removeAll(QStringLiteral("received"));
        return result;
    }

    QStringList names;
    QString lastConnecting;
    QByteArray received;
    int chunks = 0;
    qsizetype largestChunk = 0;
    QStringList errors;
    QStringList closings;
    QStringList closes;
    QList<ErrorCode> errorCodes;
    QList<CloseKind> closingKinds;
    QList<EventFacts> closeFacts;
};

// A transport under test, connected over loopback to a peer.
struct Pair
{
    QTcpServer server;                      // the TCP client's peer listens here
    TcpListeningSocket listener;            // the accepted TCP transport's listener
    std::unique_ptr<UnixTestListener> unixListener;
    std::unique_ptr<QTcpSocket> peer; // null when the peer is another process
    std::unique_ptr<Transport> transport;
    std::unique_ptr<Recorder> recorder;
    QStringList openingSignals; // what the transport reported while the pair was opened
};

// The listener's next connection, as the transport under test.
void acceptTransport(Pair &pair)
{
    std::optional<AcceptedSocket> accepted;
    QObject context;
    QObject::connect(&pair.listener, &TcpListeningSocket::accepted, &context,
        [&accepted](const AcceptedSocket &socket) { accepted = socket; });
    QTRY_VERIFY_WITH_TIMEOUT(accepted.has_value(), TimeoutMs);
    pair.transport = std::make_unique<TcpConnection>(*accepted);
}

} // namespace

class tst_Transport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void establishes_data();
    void establishes();
    void sendReachesPeer_data();
    void sendReachesPeer();
    void receivedFromPeer_data();
    void receivedFromPeer();
    void closeSendsQueuedDataThenFin_data();
    void closeSendsQueuedDataThenFin();
    void abortClosesAtOnce_data();
    void abortClosesAtOnce();
    void peerSeesFinOrReset_data();
    void peerSeesFinOrReset();
    void peerFin_data();
    void peerFin();
    void peerReset_data();
    void peerReset();
    void pausedReadingAppliesFlowControl_data();
    void pausedReadingAppliesFlowControl();
    void refusedConnection();
    void hostNotFound();
    void hostNameTriesEachAddress();
    void sendBeforeConnectedFails();
    void udpEachSendIsOneDatagram_data();
    void udpEachSendIsOneDatagram();
    void udpEachReceivedIsOneDatagram_data();
    void udpEachReceivedIsOneDatagram();
    void udpRefusalIsAnAnswerNotAnEnd();
    void udpHostNotFound();
    void udpSendBeforeConnectedFails();

private:
    void addKinds();
    void open(TransportKind kind, Pair &pair);
    void openWithProcessPeer(TransportKind kind, QProcess &process, Pair &pair);
};

// A warning from Qt (reading a closed socket, say) is a bug in the transport.
void tst_Transport::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_Transport::addKinds()
{
    QTest::addColumn<TransportKind>("kind");
    for (const auto &[name, kind] : Kinds)
        QTest::newRow(name) << kind;
}

void tst_Transport::open(TransportKind kind, Pair &pair)
{
    if (isUnix(kind)) {
        pair.unixListener = std::make_unique<UnixTestListener>();
        QVERIFY2(pair.unixListener->ok, qPrintable(qt_error_string(errno)));
        if (kind == TransportKind::UnixClient) {
            pair.transport = std::make_unique<UnixConnection>();
            pair.recorder = std::make_unique<Recorder>(pair.transport.get());
            pair.transport->connectTo(parseUnixAddress(pair.unixListener->path));
            // A Unix connect() is complete when it returns: the connection waits to be accepted.
            const int accepted = pair.unixListener->acceptWithin(TimeoutMs);
            QVERIFY2(accepted >= 0, qPrintable(qt_error_string(errno)));
            pair.peer = UnixTestListener::wrap(accepted);
            QTRY_VERIFY_WITH_TIMEOUT(pair.recorder->names.contains(QStringLiteral("connected")), TimeoutMs);
        } else {
            const int client = pair.unixListener->connectClient();
            QVERIFY2(client >= 0, qPrintable(qt_error_string(errno)));
            pair.peer = UnixTestListener::wrap(client);
            const int accepted = pair.unixListener->acceptWithin(TimeoutMs, SOCK_NONBLOCK | SOCK_CLOEXEC);
            QVERIFY2(accepted >= 0, qPrintable(qt_error_string(errno)));
            pair.transport = std::make_unique<UnixConnection>(accepted);
            pair.recorder = std::make_unique<Recorder>(pair.transport.get());
        }
        QCOMPARE(pair.peer->state(), QAbstractSocket::ConnectedState);
        pair.openingSignals = pair.recorder->names;
        pair.recorder->names.clear();
        return;
    }
    if (kind == TransportKind::Client) {
        QVERIFY2(pair.server.listen(QHostAddress::LocalHost, 0), qPrintable(pair.server.errorString()));
        pair.transport = std::make_unique<TcpConnection>();
        pair.recorder = std::make_unique<Recorder>(pair.transport.get());
        pair.transport->connectTo(parseConnectAddress(QStringLiteral("127.0.0.1:%1").arg(pair.server.serverPort())));
        QTRY_VERIFY_WITH_TIMEOUT(pair.server.hasPendingConnections(), TimeoutMs);
        pair.peer.reset(pair.server.nextPendingConnection());
        QTRY_VERIFY_WITH_TIMEOUT(
            pair.recorder->names.contains(QStringLiteral("connected")), TimeoutMs);
    } else {
        QVERIFY2(pair.listener.listen(QHostAddress::LocalHost, 0), qPrintable(pair.listener.errorString()));
        pair.peer = std::make_unique<QTcpSocket>();
        pair.peer->connectToHost(QHostAddress::LocalHost, pair.listener.port());
        acceptTransport(pair);
        if (QTest::currentTestFailed())
            return;
        pair.recorder = std::make_unique<Recorder>(pair.transport.get());
        QTRY_COMPARE_WITH_TIMEOUT(pair.peer->state(), QAbstractSocket::ConnectedState, TimeoutMs);
    }
    pair.openingSignals = pair.recorder->names;
    pair.recorder->names.clear();
}

// The same pair as open(), but the peer is recv_probe.py: a process that blocks in recv() and
// reports whether its stream ended with a FIN or a RST, which a Qt peer cannot tell apart.
void tst_Transport::openWithProcessPeer(TransportKind kind, QProcess &process, Pair &pair)
{
    QString python;
    PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
    if (QTest::currentTestFailed())
        return;
    if (isUnix(kind)) {
        const QString path = QStringLiteral("%1/socketlab-tst-probe-%2.sock")
                                 .arg(QDir::tempPath())
                                 .arg(QCoreApplication::applicationPid());
        QFile::remove(path);
        if (kind == TransportKind::UnixClient) {
            process.start(python, { PeerProcess::script("recv_probe.py"), QStringLiteral("listen-unix"), path });
            QByteArray line;
            PeerProcess::readLine(process, &line, TimeoutMs);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(line, QByteArray("LISTENING"));
            pair.transport = std::make_unique<UnixConnection>();
            pair.recorder = std::make_unique<Recorder>(pair.transport.get());
            pair.transport->connectTo(parseUnixAddress(path));
            QTRY_VERIFY_WITH_TIMEOUT(pair.recorder->names.contains(QStringLiteral("connected")), TimeoutMs);
        } else {
            pair.unixListener = std::make_unique<UnixTestListener>();
            QVERIFY2(pair.unixListener->ok, qPrintable(qt_error_string(errno)));
            process.start(python, { PeerProcess::script("recv_probe.py"), QStringLiteral("connect-unix"),
                                      pair.unixListener->path });
            const int accepted = pair.unixListener->acceptWithin(TimeoutMs, SOCK_NONBLOCK | SOCK_CLOEXEC);
            QVERIFY2(accepted >= 0, qPrintable(qt_error_string(errno)));
            pair.transport = std::make_unique<UnixConnection>(accepted);
            pair.recorder = std::make_unique<Recorder>(pair.transport.get());
        }
    } else if (kind == TransportKind::Client) {
        process.start(python, { PeerProcess::script("recv_probe.py"), QStringLiteral("listen") });
        quint16 port = 0;
        PeerProcess::readPort(process, &port, TimeoutMs);
        if (QTest::currentTestFailed())
            return;
        pair.transport = std::make_unique<TcpConnection>();
        pair.recorder = std::make_unique<Recorder>(pair.transport.get());
        pair.transport->connectTo(parseConnectAddress(QStringLiteral("127.0.0.1:%1").arg(port)));
        QTRY_VERIFY_WITH_TIMEOUT(
            pair.recorder->names.contains(QStringLiteral("connected")), TimeoutMs);
    } else {
        QVERIFY2(pair.listener.listen(QHostAddress::LocalHost, 0), qPrintable(pair.listener.errorString()));
        process.start(python,
            { PeerProcess::script("recv_probe.py"), QStringLiteral("connect"),
                QString::number(pair.listener.port()) });
        acceptTransport(pair);
        if (QTest::currentTestFailed())
            return;
        pair.recorder = std::make_unique<Recorder>(pair.transport.get());
    }
    QByteArray line;
    PeerProcess::readLine(process, &line, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(line, QByteArray("READY"));
    pair.openingSignals = pair.recorder->names;
    pair.recorder->names.clear();
}

void tst_Transport::establishes_data()
{
    addKinds();
}

// Clients report connecting, then connected; an accepted connection is connected from the start
// and reports nothing. Either way both ends agree on the addresses.
void tst_Transport::establishes()
{
    QFETCH(TransportKind, kind);
    Pair pair;
    open(kind, pair);
    if (QTest::currentTestFailed())
        return;

    if (isClient(kind)) {
        QCOMPARE(pair.openingSignals,
            QStringList({ QStringLiteral("connecting"), QStringLiteral("connected") }));
        QCOMPARE(pair.recorder->lastConnecting,
            isUnix(kind) ? QStringLiteral("unix:") + pair.unixListener->path
                         : formatEndpoint(QHostAddress(QHostAddress::LocalHost), pair.server.serverPort()));
    } else {
        QCOMPARE(pair.openingSignals, QStringList());
    }
    QVERIFY(pair.transport->isConnected());
    QVERIFY(!pair.transport->isReadingPaused());
    if (isUnix(kind)) {
        // The named end is the listener's file; a client that never bound is unnamed. The peer
        // is this very process: SO_PEERCRED says so.
        QCOMPARE(pair.transport->kind(), EndpointKind::Unix);
        QCOMPARE(pair.transport->localPath(), isClient(kind) ? QString() : pair.unixListener->path);
        QCOMPARE(pair.transport->peerPath(), isClient(kind) ? pair.unixListener->path : QString());
        QCOMPARE(pair.transport->peerCredentials().pid, qint64(::getpid()));
        QCOMPARE(pair.transport->peerCredentials().uid, qint64(::getuid()));
        QCOMPARE(pair.transport->localPort(), quint16(0));
        return;
    }
    QCOMPARE(pair.transport->kind(), EndpointKind::Tcp);
    QCOMPARE(pair.transport->localAddress(), pair.peer->peerAddress());
    QCOMPARE(pair.transport->localPort(), pair.peer->peerPort());
    QCOMPARE(pair.transport->peerAddress(), pair.peer->localAddress());
    QCOMPARE(pair.transport->peerPort(), pair.peer->localPort());
}

void tst_Transport::sendReachesPeer_data()
{
    QTest::addColumn<TransportKind>("kind");
    QTest::addColumn<QByteArray>("payload");
    for (const auto &[name, kind] : Kinds) {
        QTest::addRow("%s, text", name) << kind << QByteArrayLiteral("GET / HTTP/1.0\r\n\r\n");
        QTest::addRow("%s, all byte values", name) << kind << allByteValues();
        QTest::addRow("%s, 4 MiB", name) << kind << pattern(4 << 20);
    }
}

void tst_Transport::sendReachesPeer()
{
    QFETCH(TransportKind, kind);
    QFETCH(QByteArray, payload);
    Pair pair;
    open(kind, pair);
    if (QTest::currentTestFailed())
        return;
    PeerReader reader(pair.peer.get());
    // bytesWritten reports every byte handed to the kernel: back-pressure releases on it.
    QSignalSpy written(pair.transport.get(), &Transport::bytesWritten);
    const auto writtenSum = [&written] {
        qint64 sum = 0;
        for (const QList<QVariant> &arguments : std::as_const(written))
            sum += arguments.constFirst().toLongLong();
        return sum;
    };

    QVERIFY(pair.transport->send(payload));
    QTRY_COMPARE_WITH_TIMEOUT(reader.bytes.size(), payload.size(), TimeoutMs);
    QCOMPARE(reader.bytes, payload);
    QTRY_COMPARE_WITH_TIMEOUT(pair.transport->bytesToWrite(), qint64(0), TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(writtenSum(), qint64(payload.size()), TimeoutMs);
    QCOMPARE(pair.recorder->names, QStringList());
}

void tst_Transport::receivedFromPeer_data()
{
    sendReachesPeer_data();
}

// However the bytes are cut into chunks, their concatenation is what the peer wrote, and no
// chunk is larger than one read.
void tst_Transport::receivedFromPeer()
{
    QFETCH(TransportKind, kind);
    QFETCH(QByteArray, payload);
    Pair pair;
    open(kind, pair);
    if (QTest::currentTestFailed())
        return;

    pair.peer->write(payload);
    QTRY_COMPARE_WITH_TIMEOUT(pair.recorder->received.size(), payload.size(), TimeoutMs);
    QCOMPARE(pair.recorder->received, payload);
    QVERIFY2(pair.recorder->largestChunk <= qMax(TcpConnection::ReadChunk, UnixConnection::ReadChunk),
        qPrintable(QStringLiteral("a chunk of %1 bytes").arg(pair.recorder->largestChunk)));
    QCOMPARE(pair.recorder->lifecycle(), QStringList());
}

void tst_Transport::closeSendsQueuedDataThenFin_data()
{
    addKinds();
}

// close() right after a large send: the queued bytes go first, then the FIN; closing() comes at
// once, closed() exactly once, and nothing can be sent afterwards.
void tst_Transport::closeSendsQueuedDataThenFin()
{
    QFETCH(TransportKind, kind);
    Pair pair;
    open(kind, pair);
    if (QTest::currentTestFailed())
        return;
    PeerReader reader(pair.peer.get());

    const QByteArray payload = pattern(1 << 20);
    QVERIFY(pair.transport->send(payload));
    pair.transport->close();
    QCOMPARE(pair.recorder->closings.size(), 1);
    QVERIFY2(pair.recorder->closings.constFirst().contains(orderlyEnd(kind)),
        qPrintable(pair.recorder->closings.constFirst()));

    QTRY_VERIFY_WITH_TIMEOUT(reader.ended, TimeoutMs);
    QCOMPARE(reader.bytes.size(), payload.size());
    QCOMPARE(reader.bytes, payload);
    QCOMPARE(reader.error, QAbstractSocket::RemoteHostClosedError);

    QCOMPARE(pair.recorder->lifecycle(),
        QStringList({ QStringLiteral("closing"), QStringLiteral("closed") }));
    QCOMPARE(pair.recorder->closes, QStringList { QStringLiteral("closed by us") });
    QCOMPARE(pair.recorder->closeFacts, QList { EventFacts::ending(CloseKind::Fin, CloseSide::Us) });
    QCOMPARE(pair.recorder->closingKinds, QList { CloseKind::Fin });
    QVERIFY(!pair.transport->isConnected());
    QVERIFY(!pair.transport->send(QByteArrayLiteral("too late")));
    pair.transport->close();
    pair.transport->abort();
    QCOMPARE(pair.recorder->closes.size(), 1);
}

void tst_Transport::abortClosesAtOnce_data()
{
    addKinds();
}

// abort() does not wait for the event loop: closed() has come by the time it returns.
void tst_Transport::abortClosesAtOnce()
{
    QFETCH(TransportKind, kind);
    Pair pair;
    open(kind, pair);
    if (QTest::currentTestFailed())
        return;
    PeerReader reader(pair.peer.get());

    pair.transport->abort();
    QCOMPARE(pair.recorder->lifecycle(), QStringList { QStringLiteral("closed") });
    QVERIFY2(pair.recorder->closes.constFirst().contains(
                 isUnix(kind) ? QLatin1String("no RST") : QLatin1String("RST sent")),
        qPrintable(pair.recorder->closes.constFirst()));
    // A Unix socket has no RST: the peer reads an orderly end of stream.
    QCOMPARE(pair.recorder->closeFacts,
             QList { EventFacts::ending(isUnix(kind) ? CloseKind::Fin : CloseKind::Reset, CloseSide::Us) });
    QVERIFY(!pair.transport->isConnected());

    // Qt reports a RST as RemoteHostClosedError too; peerSeesFinOrReset tells them apart.
    QTRY_VERIFY_WITH_TIMEOUT(reader.ended, TimeoutMs);
    QCOMPARE(reader.error, QAbstractSocket::RemoteHostClosedError);
    pair.transport->abort();
    pair.transport->close();
    QCOMPARE(pair.recorder->closes.size(), 1);
}

void tst_Transport::peerSeesFinOrReset_data()
{
    QTest::addColumn<TransportKind>("kind");
    QTest::addColumn<bool>("abort");
    QTest::addColumn<QByteArray>("lastWords");
    QTest::addColumn<QByteArray>("peerReports");
    for (const auto &[name, kind] : Kinds) {
        QTest::addRow("%s, close", name)
            << kind << false << QByteArrayLiteral("bye") << QByteArrayLiteral("EOF 3");
        // A Unix socket has no RST: the peer reads the end of the stream.
        QTest::addRow("%s, abort", name)
            << kind << true << QByteArray() << (isUnix(kind) ? QByteArrayLiteral("EOF 0") : QByteArrayLiteral("RESET 0"));
    }
}

// On the wire: a peer blocked in recv() gets 0 (FIN) after close() and ECONNRESET (RST) after
// abort().
void tst_Transport::peerSeesFinOrReset()
{
    QFETCH(TransportKind, kind);
    QFETCH(bool, abort);
    QFETCH(QByteArray, lastWords);
    QFETCH(QByteArray, peerReports);
    QProcess process;
    Pair pair;
    openWithProcessPeer(kind, process, pair);
    if (QTest::currentTestFailed())
        return;

    if (!lastWords.isEmpty())
        QVERIFY(pair.transport->send(lastWords));
    if (abort)
        pair.transport->abort();
    else
        pair.transport->close();
    QByteArray line;
    PeerProcess::readLine(process, &line, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(line, peerReports);
    PeerProcess::waitForExit(process, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(pair.recorder->closes.size(), 1);
}

void tst_Transport::peerFin_data()
{
    QTest::addColumn<TransportKind>("kind");
    QTest::addColumn<bool>("halfClose");
    for (const auto &[name, kind] : Kinds) {
        QTest::addRow("%s, close()", name) << kind << false;
        QTest::addRow("%s, shutdown(SHUT_WR)", name) << kind << true;
    }
}

// The peer's FIN, by a full close or a half-close: what it sent before is all received, then
// closed() says FIN, with no error. Qt has no half-open state, so our side closes too and the
// half-closed peer reads our FIN.
void tst_Transport::peerFin()
{
    QFETCH(TransportKind, kind);
    QFETCH(bool, halfClose);
    Pair pair;
    open(kind, pair);
    if (QTest::currentTestFailed())
        return;
    PeerReader reader(pair.peer.get());

    const QByteArray lastWords = QByteArrayLiteral("last words\n") + allByteValues();
    pair.peer->write(lastWords);
    QTRY_COMPARE_WITH_TIMEOUT(pair.peer->bytesToWrite(), qint64(0), TimeoutMs);
    if (halfClose)
        QVERIFY(SocketOptions::shutdownWrite(pair.peer->socketDescriptor()));
    else
        pair.peer->disconnectFromHost();

    QTRY_COMPARE_WITH_TIMEOUT(pair.recorder->closes.size(), 1, TimeoutMs);
    QCOMPARE(pair.recorder->received, lastWords);
    QCOMPARE(pair.recorder->errors, QStringList());
    QCOMPARE(pair.recorder->lifecycle(), QStringList { QStringLiteral("closed") });
    QVERIFY2(pair.recorder->closes.constFirst().contains(orderlyEnd(kind)),
        qPrintable(pair.recorder->closes.constFirst()));
    QCOMPARE(pair.recorder->closeFacts, QList { EventFacts::ending(CloseKind::Fin, CloseSide::Peer) });
    if (halfClose) {
        QTRY_VERIFY_WITH_TIMEOUT(reader.ended, TimeoutMs);
        QCOMPARE(reader.error, QAbstractSocket::RemoteHostClosedError);
    }
    QCOMPARE(pair.recorder->closes.size(), 1);
}

void tst_Transport::peerReset_data()
{
    addKinds();
}

// The peer closes with SO_LINGER 0, which sends RST. Qt reports it as RemoteHostClosedError,
// like a FIN; the transport must still say "reset" and "RST". A Unix peer resets by closing with
// bytes it has not read: our next read() fails with ECONNRESET.
void tst_Transport::peerReset()
{
    QFETCH(TransportKind, kind);
    Pair pair;
    open(kind, pair);
    if (QTest::currentTestFailed())
        return;

    pair.peer->write("doomed");
    QTRY_COMPARE_WITH_TIMEOUT(pair.recorder->received, QByteArray("doomed"), TimeoutMs);
    if (isUnix(kind)) {
        // Sent straight into the peer's queue, and the peer closes before its event loop reads it.
        QVERIFY(pair.transport->send(QByteArrayLiteral("never read")));
        QCOMPARE(pair.transport->bytesToWrite(), qint64(0));
    } else {
        QVERIFY(SocketOptions::setResetOnClose(pair.peer->socketDescriptor()));
    }
    pair.peer->abort();

    QTRY_COMPARE_WITH_TIMEOUT(pair.recorder->closes.size(), 1, TimeoutMs);
    QCOMPARE(pair.recorder->lifecycle(),
        QStringList({ QStringLiteral("errorOccurred"), QStringLiteral("closed") }));
    QVERIFY2(
        pair.recorder->errors.constFirst().contains(QLatin1String("reset"), Qt::CaseInsensitive),
        qPrintable(pair.recorder->errors.constFirst()));
    QVERIFY2(pair.recorder->closes.constFirst().contains(isUnix(kind) ? QLatin1String("reset") : QLatin1String("RST")),
        qPrintable(pair.recorder->closes.constFirst()));
    QCOMPARE(pair.recorder->errorCodes, QList { ErrorCode::ResetByPeer });
    QCOMPARE(pair.recorder->closeFacts, QList { EventFacts::ending(CloseKind::Reset, CloseSide::Peer) });
}

void tst_Transport::pausedReadingAppliesFlowControl_data()
{
    QTest::addColumn<TransportKind>("kind");
    QTest::addColumn<qsizetype>("pauseAfter"); // bytes received before the pause
    for (const auto &[name, kind] : Kinds) {
        QTest::addRow("%s, paused before data", name) << kind << qsizetype(0);
        QTest::addRow("%s, paused mid-stream", name) << kind << qsizetype(1 << 20);
    }
}

// While reading is paused no received() comes, and once the buffers between the two ends are
// full the peer cannot write any more. Resumed, every byte arrives, in order.
void tst_Transport::pausedReadingAppliesFlowControl()
{
    QFETCH(TransportKind, kind);
    QFETCH(qsizetype, pauseAfter);
    Pair pair;
    open(kind, pair);
    if (QTest::currentTestFailed())
        return;
    Transport *transport = pair.transport.get();

    int chunksAtPause = -1;
    if (pauseAfter == 0) {
        transport->setReadingPaused(true);
        chunksAtPause = 0;
    } else {
        connect(transport, &Transport::received, this, [&] {
            if (chunksAtPause < 0 && pair.recorder->received.size() >= pauseAfter) {
                transport->setReadingPaused(true);
                chunksAtPause = pair.recorder->chunks;
            }
        });
    }
    const QByteArray payload = pattern(FlowControl::FloodSize);
    FlowControl::writeUntilStalled(*pair.peer, payload, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(transport->isReadingPaused());
    QCOMPARE(pair.recorder->chunks, chunksAtPause);
    QVERIFY2(pair.peer->bytesToWrite() > 0,
        "the peer wrote everything although the transport stopped reading");

    transport->setReadingPaused(false);
    QVERIFY(!transport->isReadingPaused());
    QTRY_COMPARE_WITH_TIMEOUT(pair.recorder->received.size(), payload.size(), TimeoutMs);
    QVERIFY2(pair.recorder->received == payload, "the bytes received differ from those sent");
    QCOMPARE(pair.recorder->lifecycle(), QStringList());
}

// Listen, note the port, stop: a connect to it is refused.
void tst_Transport::refusedConnection()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
        port = server.serverPort();
    }
    TcpConnection transport;
    Recorder recorder(&transport);
    transport.connectToHost(QStringLiteral("127.0.0.1"), port);

    QTRY_COMPARE_WITH_TIMEOUT(recorder.closes.size(), 1, TimeoutMs);
    QCOMPARE(recorder.names,
        QStringList({ QStringLiteral("connecting"), QStringLiteral("errorOccurred"),
            QStringLiteral("closed") }));
    QVERIFY2(recorder.errors.constFirst().contains(QLatin1String("refused"), Qt::CaseInsensitive),
        qPrintable(recorder.errors.constFirst()));
    QCOMPARE(recorder.errorCodes, QList { ErrorCode::ConnectionRefused });
    QCOMPARE(recorder.closeFacts, QList { EventFacts::ending(CloseKind::Cancelled, CloseSide::Unknown) });
    QVERIFY(!transport.isConnected());
}

// .invalid is reserved (RFC 2606): no resolver may answer for it.
void tst_Transport::hostNotFound()
{
    const QString host = QStringLiteral("nonexistent.invalid");
    TcpConnection transport;
    Recorder recorder(&transport);
    transport.connectToHost(host, 80);

    QTRY_COMPARE_WITH_TIMEOUT(recorder.closes.size(), 1, LookupTimeoutMs);
    QCOMPARE(recorder.names,
        QStringList({ QStringLiteral("lookingUp"), QStringLiteral("errorOccurred"),
            QStringLiteral("closed") }));
    QVERIFY2(recorder.errors.constFirst().contains(host), qPrintable(recorder.errors.constFirst()));
    QCOMPARE(recorder.errorCodes, QList { ErrorCode::HostNotFound });
}

// "localhost" may resolve to ::1 first, where nothing listens: that address is refused and the
// next one tried, until 127.0.0.1 answers.
void tst_Transport::hostNameTriesEachAddress()
{
    QTcpServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
    TcpConnection transport;
    Recorder recorder(&transport);
    transport.connectToHost(QStringLiteral("localhost"), server.serverPort());

    QTRY_VERIFY_WITH_TIMEOUT(
        recorder.names.contains(QStringLiteral("connected")) || !recorder.closes.isEmpty(),
        LookupTimeoutMs);
    QCOMPARE(recorder.names.mid(0, 2),
        QStringList({ QStringLiteral("lookingUp"), QStringLiteral("resolved") }));
    QCOMPARE(recorder.names.constLast(), QStringLiteral("connected"));
    QCOMPARE(recorder.names.count(QStringLiteral("connecting")),
        recorder.names.count(QStringLiteral("errorOccurred")) + 1);
    QCOMPARE(recorder.lastConnecting,
        formatEndpoint(QHostAddress(QHostAddress::LocalHost), server.serverPort()));
    QVERIFY(transport.isConnected());
}

void tst_Transport::sendBeforeConnectedFails()
{
    TcpConnection transport;
    Recorder recorder(&transport);
    QVERIFY(!transport.send(QByteArrayLiteral("nobody listens")));
    QCOMPARE(recorder.names, QStringList());
}

void tst_Transport::udpEachSendIsOneDatagram_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("IPv4") << false;
    QTest::newRow("IPv6") << true;
}

// connect() on UDP sends nothing: connecting, then connected at once. Each send() reaches a
// Python sink as exactly one datagram (empty, all 256 byte values, the largest), and close()
// ends the socket with neither FIN nor RST.
void tst_Transport::udpEachSendIsOneDatagram()
{
    QFETCH(bool, ipv6);
    const QList<QByteArray> corpus = UdpCorpus::datagrams(ipv6);
    QProcess peer;
    peer.start(QStringLiteral("python3"), {PeerProcess::script("udp_peer.py"), QStringLiteral("sink"),
                                           ipv6 ? QStringLiteral("6") : QStringLiteral("4"),
                                           QString::number(corpus.size())});
    quint16 port = 0;
    PeerProcess::readPort(peer, &port, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    UdpConnection transport;
    Recorder recorder(&transport);
    ParsedEndpoint address = parseConnectAddress(
        QStringLiteral("udp:%1:%2").arg(ipv6 ? QStringLiteral("[::1]") : QStringLiteral("127.0.0.1")).arg(port));
    QVERIFY2(address.ok(), qPrintable(address.error));
    transport.connectTo(address);
    QCOMPARE(recorder.names, QStringList({QStringLiteral("connecting"), QStringLiteral("connected")}));
    QCOMPARE(transport.kind(), EndpointKind::Udp);
    QCOMPARE(transport.peerPort(), port);
    QVERIFY(transport.localPort() != 0);
    for (const QByteArray &datagram : corpus) {
        QCOMPARE(transport.sendRefusal(datagram), QString());
        QVERIFY(transport.send(datagram));
    }
    UdpCorpus::expectAtSink(peer, corpus, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    PeerProcess::waitForExit(peer, TimeoutMs);
    QVERIFY(!transport.sendRefusal(QByteArray(corpus.constLast().size() + 1, 'x')).isEmpty());
    QCOMPARE(recorder.errorCodes, QList<ErrorCode>());

    transport.close();
    transport.close();
    QCOMPARE(recorder.closeFacts, QList{EventFacts::ending(CloseKind::None, CloseSide::Us)});
    QVERIFY(!transport.isConnected());
    QVERIFY(!transport.send("after close"));
}

void tst_Transport::udpEachReceivedIsOneDatagram_data()
{
    udpEachSendIsOneDatagram_data();
}

// A Python echo peer sends each datagram back: each comes as one received(), equal to what was
// sent, an empty one included.
void tst_Transport::udpEachReceivedIsOneDatagram()
{
    QFETCH(bool, ipv6);
    const QList<QByteArray> corpus = UdpCorpus::datagrams(ipv6);
    QProcess peer;
    peer.start(QStringLiteral("python3"), {PeerProcess::script("udp_peer.py"), QStringLiteral("echo"),
                                           ipv6 ? QStringLiteral("6") : QStringLiteral("4")});
    quint16 port = 0;
    PeerProcess::readPort(peer, &port, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    UdpConnection transport;
    QList<QByteArray> received;
    connect(&transport, &Transport::received, this, [&received](const QByteArray &bytes) { received << bytes; });
    ParsedEndpoint address;
    address.kind = EndpointKind::Udp;
    address.host = ipv6 ? QStringLiteral("::1") : QStringLiteral("127.0.0.1");
    address.port = port;
    transport.connectTo(address);
    QVERIFY(transport.isConnected());
    for (const QByteArray &datagram : corpus)
        QVERIFY(transport.send(datagram));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), corpus.size(), TimeoutMs);
    QCOMPARE(received, corpus);
    peer.kill();
    peer.waitForFinished();
}

// Nothing listens: the datagram leaves, an ICMP port-unreachable comes back, and the kernel
// reports it on the next call as ECONNREFUSED: an error with its code, and the socket open.
void tst_Transport::udpRefusalIsAnAnswerNotAnEnd()
{
    const quint16 port = UdpCorpus::closedPort();
    QVERIFY(port != 0);
    UdpConnection transport;
    Recorder recorder(&transport);
    transport.connectTo(parseConnectAddress(QStringLiteral("udp:127.0.0.1:%1").arg(port)));
    QVERIFY(transport.send("anyone?"));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.errorCodes, QList{ErrorCode::ConnectionRefused}, TimeoutMs);
    QVERIFY2(recorder.errors.constFirst().contains(QLatin1String("ECONNREFUSED")),
             qPrintable(recorder.errors.constFirst()));
    QVERIFY(transport.isConnected());
    QCOMPARE(recorder.closes, QStringList());
}

void tst_Transport::udpHostNotFound()
{
    const QString host = QStringLiteral("nonexistent.invalid");
    UdpConnection transport;
    Recorder recorder(&transport);
    transport.connectTo(parseConnectAddress(QStringLiteral("udp:%1:53").arg(host)));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.closes.size(), 1, LookupTimeoutMs);
    QCOMPARE(recorder.names, QStringList({QStringLiteral("lookingUp"), QStringLiteral("errorOccurred"),
                                          QStringLiteral("closed")}));
    QVERIFY2(recorder.errors.constFirst().contains(host), qPrintable(recorder.errors.constFirst()));
    QCOMPARE(recorder.errorCodes, QList{ErrorCode::HostNotFound});
    QCOMPARE(recorder.closeFacts, QList{EventFacts::ending(CloseKind::Cancelled, CloseSide::Us)});
}

void tst_Transport::udpSendBeforeConnectedFails()
{
    UdpConnection transport;
    Recorder recorder(&transport);
    QVERIFY(!transport.send(QByteArrayLiteral("nobody listens")));
    QCOMPARE(recorder.names, QStringList());
}

QTEST_GUILESS_MAIN(tst_Transport)
#include "tst_transport.moc"
