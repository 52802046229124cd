// SPDX-License-Identifier: GPL-3.0-or-later
// Reopening a session. A session is recorded live through a real Workbench on loopback (a
// listener, plain clients and a Workbench client, echo, every byte value, an empty send and one
// 16 MiB send), closed, and replayed by the SessionLoader both ways (load() and start()): the
// replayed log and connection table must be the live ones, event for event and byte for byte.
// Journals that were not closed (copied while open, cut short, left by a killed process) load
// what they hold and say what is missing.
#include "connectioninfo.h"
#include "journalreader.h"
#include "session.h"
#include "sessionloader.h"
#include "workbench.h"

#include "peerreader.h"
#include "recorderprocess.h"
#include "sessionreader.h"
#include "testpayloads.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QDir>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using TestPayloads::allByteValues;
using TestPayloads::pattern;

namespace {

constexpr int TimeoutMs = 10000;
constexpr int BigTimeoutMs = 120000; // 16 MiB through a loaded debug build
constexpr qsizetype BigChunk = 16 << 20;
constexpr int PlainClients = 3;
constexpr int ManyEvents = 300000; // a file that takes the loader a while

// Everything the table knows about a connection except echo, a live setting the journal does not
// keep.
QString describeConnection(const ConnectionInfo &c)
{
    return QStringLiteral("%1 id=%2 parent=%3 role=%4 host=%5 local=%6 peer=%7 state=%8 error='%9'")
               .arg(c.name)
               .arg(c.id)
               .arg(c.parent)
               .arg(int(c.role))
               .arg(c.host, formatEndpoint(c.localAddress, c.localPort),
                   formatEndpoint(c.peerAddress, c.peerPort), connectionStateName(c.state),
                   c.lastError)
        + QStringLiteral(" paused=%1 in=%2/%3 out=%4/%5 accepted=%6 opened=%7 closed=%8")
              .arg(int(c.readingPaused))
              .arg(c.bytesIn)
              .arg(c.chunksIn)
              .arg(c.bytesOut)
              .arg(c.chunksOut)
              .arg(c.acceptedCount)
              .arg(c.openedNs)
              .arg(c.closedNs);
}

QString describeEvent(const TrafficEvent &event)
{
    return QStringLiteral("t=%1 connection=%2 %3 payload@%4+%5")
        .arg(event.timeNs)
        .arg(event.connection)
        .arg(eventKindName(event.kind))
        .arg(event.payloadOffset)
        .arg(event.payloadLength);
}

// What a session holds, as any view reads it.
struct Contents
{
    QDateTime startedAt;
    QStringList events;
    QList<QByteArray> payloads;
    QStringList connections;
};

QStringList connectionsOf(const Session &session)
{
    QStringList connections;
    for (const ConnectionInfo &connection : session.connections().snapshot())
        connections << describeConnection(connection);
    return connections;
}

Contents contentsOf(const Session &session)
{
    Contents contents;
    contents.startedAt = session.clock().startedAt();
    const TrafficLog &log = session.log();
    for (qint64 i = 0; i < log.count(); ++i) {
        contents.events << describeEvent(log.event(i));
        contents.payloads << log.payload(log.event(i));
    }
    contents.connections = connectionsOf(session);
    return contents;
}

// The first count events of expected, with their payloads, are in the session.
void verifyEvents(const Session &session, const Contents &expected, qsizetype count)
{
    const Contents actual = contentsOf(session);
    QCOMPARE(actual.events, expected.events.mid(0, count));
    for (qsizetype i = 0; i < count; ++i) {
        if (actual.payloads[i] != expected.payloads[i]) {
            QFAIL(qPrintable(
                QStringLiteral("the payload of event %1 (%2) differs: %3 bytes, expected %4")
                    .arg(i)
                    .arg(expected.events[i])
                    .arg(actual.payloads[i].size())
                    .arg(expected.payloads[i].size())));
        }
    }
}

void verifySameSession(const Session &session, const Contents &expected)
{
    verifyEvents(session, expected, expected.events.size());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(connectionsOf(session), expected.connections);
    QCOMPARE(session.clock().startedAt(), expected.startedAt);
}

// The events of the many-events journal: a deterministic story, rebuilt for comparison.
QByteArray manyPayload(qint64 i)
{
    return pattern(i % 61, quint32(i));
}

EventKind manyKind(qint64 i)
{
    return i % 3 == 0 ? EventKind::Received : EventKind::Sent;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

struct RecordSpan
{
    Journal::RecordType type = Journal::EventRecord;
    quint64 offset = 0;
    quint64 end = 0;
    quint32 payloadLength = 0;
};

// Where each record of an intact journal lies.
QList<RecordSpan> recordSpans(const QString &path)
{
    QList<RecordSpan> spans;
    JournalReader reader;
    QString error;
    if (!reader.open(path, &error))
        return spans;
    JournalReader::Record record;
    quint64 start = reader.position();
    while (reader.next(&record) == JournalReader::Result::Record) {
        spans.append({ record.type, start, reader.position(), record.event.payloadLength });
        start = reader.position();
    }
    return spans;
}

enum class Cut { InsideTheBigPayload, InsideARecordHeader, OneByteShort, BeforeTheEndRecord };

// Events on disk: the journal writer flushes every JournalWriter::FlushIntervalMs.
int eventsOnDisk(const QString &path)
{
    JournalReader reader;
    QString error;
    if (!reader.open(path, &error))
        return 0;
    int events = 0;
    JournalReader::Record record;
    while (reader.next(&record) == JournalReader::Result::Record)
        events += record.type == Journal::EventRecord ? 1 : 0;
    return events;
}

} // namespace

Q_DECLARE_METATYPE(Cut)

class tst_SessionLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void roundTripLoad();
    void roundTripStart();
    void everyKindAndEmptyPayloads();
    void rowsReadableWhileLoading();
    void cancelStopsLoading();
    void destroyedWhileLoading();
    void withoutEndRecord();
    void truncatedCopy_data();
    void truncatedCopy();
    void notASession_data();
    void notASession();
    void liveLockIsNotInterrupted();
    void journalInUseIsNotRecordedOver();
    void killedRecorderIsInterrupted();
    void killedEmptyRecorderIsNotOffered();
    void sessionsDirectoryNamesTheApplicationOnce();

private:
    void recordLoopbackSession();
    void recordManyEvents();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_loopbackPath;
    Contents m_loopback;
    QString m_manyPath;
    qint64 m_manyEndNs = 0;
};

void tst_SessionLoader::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    recordLoopbackSession();
    if (QTest::currentTestFailed())
        return;
    recordManyEvents();
}

void tst_SessionLoader::init()
{
    // A warning from Qt (an unregistered signal argument, a timer on the wrong thread) is a bug.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_SessionLoader::recordLoopbackSession()
{
    m_loopbackPath = m_dir->filePath(QStringLiteral("loopback.socketlab"));
    auto session = std::make_unique<Session>(std::make_unique<SessionClock>());
    QString error;
    QVERIFY2(session->startRecording(m_loopbackPath, &error), qPrintable(error));
    auto workbench = std::make_unique<Workbench>(*session);
    const SessionReader log(*session);

    Workbench::ListenOptions listenOptions;
    listenOptions.echo = true;
    const ConnectionId listener = workbench->listen(listenOptions);
    QTRY_VERIFY_WITH_TIMEOUT(
        log.has(listener, EventKind::Listening) || log.has(listener, EventKind::ListenFailed),
        TimeoutMs);
    QVERIFY2(log.has(listener, EventKind::Listening),
        qPrintable(log.detail(listener, EventKind::ListenFailed)));
    const quint16 port = log.info(listener).localPort;

    const auto childFor = [&](quint16 peerPort) {
        for (const ConnectionInfo &child : log.children(listener)) {
            if (child.peerPort == peerPort && log.has(child.id, EventKind::Accepted))
                return child.id;
        }
        return ConnectionId(0);
    };

    std::vector<std::unique_ptr<QTcpSocket>> clients;
    std::vector<std::unique_ptr<PeerReader>> readers;
    QList<ConnectionId> children;
    for (int i = 0; i < PlainClients; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        readers.push_back(std::make_unique<PeerReader>(clients.back().get()));
        clients.back()->connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE_WITH_TIMEOUT(
            clients.back()->state(), QAbstractSocket::ConnectedState, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(childFor(clients.back()->localPort()) != 0, TimeoutMs);
        children << childFor(clients.back()->localPort());
    }

    // A Workbench client of the Workbench listener: both ends are in the session.
    Workbench::ConnectOptions connectOptions;
    connectOptions.host = QStringLiteral("127.0.0.1");
    connectOptions.port = port;
    const ConnectionId client = workbench->connectTo(connectOptions);
    QTRY_VERIFY_WITH_TIMEOUT(log.has(client, EventKind::Connected), TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(childFor(log.info(client).localPort) != 0, TimeoutMs);
    const ConnectionId clientsChild = childFor(log.info(client).localPort);

    // Every byte value from each plain client, echoed back.
    QList<QByteArray> sent;
    for (int i = 0; i < PlainClients; ++i) {
        sent << allByteValues() + pattern(1000 + 777 * i, quint32(i));
        QCOMPARE(clients[size_t(i)]->write(sent.constLast()), qint64(sent.constLast().size()));
    }
    for (int i = 0; i < PlainClients; ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(readers[size_t(i)]->bytes.size(), sent[i].size(), TimeoutMs);
        QCOMPARE(readers[size_t(i)]->bytes, sent[i]);
    }
    const QByteArray fromClient = allByteValues() + QByteArray("\r\n\0end", 6);
    workbench->send(client, fromClient);
    QTRY_COMPARE_WITH_TIMEOUT(
        log.stream(client, EventKind::Received).size(), fromClient.size(), TimeoutMs);
    QCOMPARE(log.stream(client, EventKind::Received), fromClient);

    // An empty send is recorded as such.
    const auto emptySends = [&](ConnectionId id) {
        const QList<QByteArray> payloads = log.payloads(id, EventKind::Sent);
        return payloads.count(QByteArray());
    };
    workbench->send(children[0], QByteArray());
    QTRY_COMPARE_WITH_TIMEOUT(emptySends(children[0]), qsizetype(1), TimeoutMs);

    // 16 MiB in one send: one event, one record.
    const QByteArray big = pattern(BigChunk, 0xb16);
    QElapsedTimer elapsed;
    elapsed.start();
    workbench->send(children[1], big);
    QTRY_COMPARE_WITH_TIMEOUT(readers[1]->bytes.size(), sent[1].size() + big.size(), BigTimeoutMs);
    QVERIFY(readers[1]->bytes.mid(sent[1].size()) == big);
    qInfo("16 MiB from the Workbench to a peer, recorded: %lld ms", elapsed.elapsed());

    // Connections that end differently: paused, closed by the peer, aborted (RST).
    workbench->setReadingPaused(children[2], true);
    QTRY_VERIFY_WITH_TIMEOUT(log.has(children[2], EventKind::ReadingPaused), TimeoutMs);
    clients[0]->disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(log.has(children[0], EventKind::Closed), TimeoutMs);
    workbench->abort(client);
    QTRY_VERIFY_WITH_TIMEOUT(log.has(client, EventKind::Closed), TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(log.has(clientsChild, EventKind::Closed), TimeoutMs);

    workbench.reset(); // closes the rest; nothing is recorded after this
    m_loopback = contentsOf(*session);
    session.reset(); // the end record
    QVERIFY(!QFile::exists(m_loopbackPath + QStringLiteral(".lock")));

    qsizetype bigEvents = 0;
    for (const QByteArray &payload : std::as_const(m_loopback.payloads))
        bigEvents += payload == big ? 1 : 0;
    QCOMPARE(bigEvents, qsizetype(1));
    QVERIFY(m_loopback.payloads.contains(QByteArray()));
    QCOMPARE(m_loopback.connections.size(), 1 + PlainClients + 2);
}

// Many small events, written straight into a session (no sockets needed for the loader).
void tst_SessionLoader::recordManyEvents()
{
    m_manyPath = m_dir->filePath(QStringLiteral("many.socketlab"));
    auto clock = std::make_unique<ManualClock>();
    ManualClock *time = clock.get();
    Session session(std::move(clock));
    QString error;
    QVERIFY2(session.startRecording(m_manyPath, &error), qPrintable(error));
    ConnectionInfo identity;
    identity.id = 1;
    identity.role = ConnectionRole::Client;
    identity.name = QStringLiteral("C1");
    session.setIdentity(identity);
    for (qint64 i = 0; i < ManyEvents; ++i) {
        time->set(1000 * (i + 1));
        session.record(1, manyKind(i), manyPayload(i));
    }
    time->advance(1000);
    m_manyEndNs = time->nowNs();
}

// load(): synchronously, on this thread.
void tst_SessionLoader::roundTripLoad()
{
    Session session(std::make_unique<SessionClock>());
    SessionLoader::Outcome outcome;
    QString error;
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY2(SessionLoader::load(session, m_loopbackPath, &outcome, &error), qPrintable(error));
    qInfo("load() of a %lld-byte journal: %lld ms", qlonglong(QFileInfo(m_loopbackPath).size()),
        elapsed.elapsed());

    QVERIFY(session.isReadOnly());
    QCOMPARE(session.journalPath(), m_loopbackPath);
    QVERIFY(outcome.complete);
    QVERIFY(outcome.closedCleanly);
    QCOMPARE(outcome.problem, QString());
    QCOMPARE(outcome.events, qint64(m_loopback.events.size()));
    QCOMPARE(outcome.goodBytes, quint64(QFileInfo(m_loopbackPath).size()));
    verifySameSession(session, m_loopback);
    if (QTest::currentTestFailed())
        return;
    // The reopened clock stands at the end: past the last event, and still.
    QVERIFY(session.clock().isFrozen());
    const qint64 now = session.clock().nowNs();
    QVERIFY(now >= session.log().event(session.log().count() - 1).timeNs);
    QCOMPARE(session.clock().nowNs(), now);
}

// start(): on the loader's thread, announced as the rows arrive.
void tst_SessionLoader::roundTripStart()
{
    Session session(std::make_unique<SessionClock>());
    SessionLoader loader;
    QSignalSpy finished(&loader, &SessionLoader::finished);
    QSignalSpy appended(&session.log(), &TrafficLog::appended);
    QString error;
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY2(loader.start(session, m_loopbackPath, &error), qPrintable(error));
    QVERIFY(finished.wait(TimeoutMs));
    qInfo("start() of the same journal, to finished(): %lld ms", elapsed.elapsed());
    QCOMPARE(finished.count(), 1);

    const auto outcome = finished.at(0).at(0).value<SessionLoader::Outcome>();
    QVERIFY(outcome.complete);
    QVERIFY(outcome.closedCleanly);
    QCOMPARE(outcome.problem, QString());
    QCOMPARE(outcome.events, qint64(m_loopback.events.size()));
    QCOMPARE(outcome.goodBytes, quint64(QFileInfo(m_loopbackPath).size()));
    QCOMPARE(loader.outcome().events, outcome.events);
    QTRY_VERIFY(!loader.isRunning());
    verifySameSession(session, m_loopback);
    if (QTest::currentTestFailed())
        return;
    // Every row was announced, once, in order, before finished().
    qint64 next = 0;
    for (const QList<QVariant> &range : std::as_const(appended)) {
        QCOMPARE(range.at(0).toLongLong(), next);
        next = range.at(1).toLongLong() + 1;
    }
    QCOMPARE(next, session.log().count());
}

// Every kind of event, empty payloads included (a socket never reads zero bytes, so these are
// recorded directly), on a clock the test moves: times and the end of the session come back.
void tst_SessionLoader::everyKindAndEmptyPayloads()
{
    const QString path = m_dir->filePath(QStringLiteral("kinds.socketlab"));
    auto clock = std::make_unique<ManualClock>();
    ManualClock *time = clock.get();
    auto live = std::make_unique<Session>(std::move(clock));
    QString error;
    QVERIFY2(live->startRecording(path, &error), qPrintable(error));

    ConnectionInfo listener;
    listener.id = 1;
    listener.role = ConnectionRole::Listener;
    listener.name = QStringLiteral("L1");
    listener.localAddress = QHostAddress(QStringLiteral("::1"));
    listener.localPort = 4000;
    live->setIdentity(listener);
    ConnectionInfo accepted;
    accepted.id = 2;
    accepted.parent = 1;
    accepted.role = ConnectionRole::Accepted;
    accepted.name = QStringLiteral("L1.1 \u2713");
    accepted.localAddress = listener.localAddress;
    accepted.localPort = 4000;
    accepted.peerAddress = QHostAddress(QStringLiteral("::1"));
    accepted.peerPort = 50000;
    live->setIdentity(accepted);

    for (quint8 kind = quint8(EventKind::Listening); kind <= quint8(EventKind::Note); ++kind) {
        time->advance(1000 + kind);
        const EventKind eventKind = EventKind(kind);
        const ConnectionId id
            = eventKind == EventKind::Listening || eventKind == EventKind::ListenStopped ? 1 : 2;
        if (isData(eventKind)) {
            live->record(id, eventKind, allByteValues());
            live->record(id, eventKind, QByteArray());
        } else {
            live->recordText(
                id, eventKind, QStringLiteral("%1 \u2014 detail").arg(eventKindName(eventKind)));
        }
    }
    time->advance(Q_INT64_C(5000000000));
    const qint64 endNs = time->nowNs();
    const Contents expected = contentsOf(*live);
    live.reset();

    Session session(std::make_unique<SessionClock>());
    SessionLoader::Outcome outcome;
    QVERIFY2(SessionLoader::load(session, path, &outcome, &error), qPrintable(error));
    QVERIFY(outcome.complete);
    QVERIFY(outcome.closedCleanly);
    QCOMPARE(outcome.events, qint64(expected.events.size()));
    verifySameSession(session, expected);
    QCOMPARE(session.clock().nowNs(), endNs);
}

// A big file through start(): the first rows are there, readable, while the loader still runs.
void tst_SessionLoader::rowsReadableWhileLoading()
{
    Session session(std::make_unique<SessionClock>());
    SessionLoader loader;
    struct
    {
        bool seen = false;
        bool loaderRunning = false;
        bool afterFinished = false;
        qint64 rows = 0;
        QString event;
        QByteArray payload;
    } first;
    bool finished = false;
    qint64 announcedUpTo = -1;
    bool announcedInOrder = true;
    connect(&session.log(), &TrafficLog::appended, &loader, [&](qint64 from, qint64 to) {
        announcedInOrder = announcedInOrder && from == announcedUpTo + 1 && to >= from;
        announcedUpTo = to;
        if (first.seen)
            return;
        first.seen = true;
        first.loaderRunning = loader.isRunning();
        first.afterFinished = finished;
        first.rows = session.log().count();
        first.event = describeEvent(session.log().event(0));
        first.payload = session.log().payload(session.log().event(0));
    });
    connect(&loader, &SessionLoader::finished, &loader, [&] { finished = true; });

    QElapsedTimer elapsed;
    elapsed.start();
    QString error;
    QVERIFY2(loader.start(session, m_manyPath, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(finished, BigTimeoutMs);
    qInfo("start() of %d events: %lld ms; the first announcement came with %lld rows", ManyEvents,
        elapsed.elapsed(), first.rows);

    QVERIFY(first.seen);
    QVERIFY2(!first.afterFinished, "rows were first announced after finished()");
    QVERIFY2(first.loaderRunning, "the loader had stopped before the first rows were announced");
    QVERIFY2(first.rows < ManyEvents, qPrintable(QString::number(first.rows)));
    QCOMPARE(first.payload, manyPayload(0));
    QCOMPARE(first.event,
        QStringLiteral("t=1000 connection=1 received payload@%1+0")
            .arg(session.log().event(0).payloadOffset));
    QVERIFY(announcedInOrder);
    QCOMPARE(announcedUpTo, qint64(ManyEvents - 1));

    const SessionLoader::Outcome outcome = loader.outcome();
    QVERIFY(outcome.complete);
    QVERIFY(outcome.closedCleanly);
    QCOMPARE(outcome.events, qint64(ManyEvents));
    QCOMPARE(session.log().count(), qint64(ManyEvents));
    for (qint64 i = 0; i < ManyEvents; ++i) {
        const TrafficEvent &event = session.log().event(i);
        if (event.timeNs != 1000 * (i + 1) || event.kind != manyKind(i) || event.connection != 1
            || session.log().payload(event) != manyPayload(i))
            QFAIL(qPrintable(
                QStringLiteral("event %1 differs: %2").arg(i).arg(describeEvent(event))));
    }
    QCOMPARE(session.connections().find(1)->chunksIn + session.connections().find(1)->chunksOut,
        quint64(ManyEvents));
    QCOMPARE(session.clock().nowNs(), m_manyEndNs);
}

void tst_SessionLoader::cancelStopsLoading()
{
    Session session(std::make_unique<SessionClock>());
    SessionLoader loader;
    bool runningWhenCancelled = false;
    connect(&session.log(), &TrafficLog::appended, &loader, [&] {
        if (!runningWhenCancelled && loader.isRunning()) {
            runningWhenCancelled = true;
            loader.cancel();
        }
    });
    QSignalSpy finished(&loader, &SessionLoader::finished);
    QString error;
    QVERIFY2(loader.start(session, m_manyPath, &error), qPrintable(error));
    QVERIFY(finished.wait(BigTimeoutMs));
    QVERIFY2(runningWhenCancelled, "the loader finished before it could be cancelled");

    const SessionLoader::Outcome outcome = loader.outcome();
    QVERIFY(!outcome.complete);
    QVERIFY(!outcome.closedCleanly);
    QVERIFY2(outcome.problem.contains(QStringLiteral("cancelled")), qPrintable(outcome.problem));
    QVERIFY2(outcome.events < ManyEvents, qPrintable(QString::number(outcome.events)));
    QCOMPARE(session.log().count(), outcome.events);
    QVERIFY(outcome.goodBytes < quint64(QFileInfo(m_manyPath).size()));
    const qint64 last = outcome.events - 1;
    QCOMPARE(session.log().event(last).timeNs, 1000 * (last + 1));
    QCOMPARE(session.log().payload(session.log().event(last)), manyPayload(last));
}

// Closing a window while its file still loads: the loader stops and waits for its thread.
void tst_SessionLoader::destroyedWhileLoading()
{
    Session session(std::make_unique<SessionClock>());
    auto loader = std::make_unique<SessionLoader>();
    QString error;
    QVERIFY2(loader->start(session, m_manyPath, &error), qPrintable(error));
    loader.reset();
    const qint64 count = session.log().count();
    QVERIFY(count <= ManyEvents);
    if (count > 0) {
        const TrafficEvent &last = session.log().event(count - 1);
        QCOMPARE(last.timeNs, 1000 * count);
        QCOMPARE(session.log().payload(last), manyPayload(count - 1));
    }
    QCoreApplication::processEvents(); // queued announcements find the log still there
}

// A journal copied while its session still records (flushed first): everything in it, and no
// end record. The session's own file, read while open, is the same; once closed it is complete.
void tst_SessionLoader::withoutEndRecord()
{
    const QString path = m_dir->filePath(QStringLiteral("open.socketlab"));
    const QString copy = m_dir->filePath(QStringLiteral("copy.socketlab"));
    auto live = std::make_unique<Session>(std::make_unique<SessionClock>());
    QString error;
    QVERIFY2(live->startRecording(path, &error), qPrintable(error));
    ConnectionInfo identity;
    identity.id = 1;
    identity.role = ConnectionRole::Client;
    identity.name = QStringLiteral("C1");
    identity.host = QStringLiteral("example.org");
    identity.peerPort = 80;
    live->setIdentity(identity);
    live->recordText(1, EventKind::Connecting, QStringLiteral("connect(93.184.216.34:80)"));
    live->recordText(
        1, EventKind::Connected, QStringLiteral("10.0.0.2:40000 \u2192 93.184.216.34:80"));
    live->record(1, EventKind::Sent, QByteArray());
    live->record(1, EventKind::Sent, allByteValues());
    live->record(1, EventKind::Received, QByteArray());
    live->record(1, EventKind::Received, pattern(100000, 9));
    QVERIFY(live->flush());
    QVERIFY(QFile::copy(path, copy));
    const Contents expected = contentsOf(*live);

    for (const QString &file : { copy, path }) {
        Session session(std::make_unique<SessionClock>());
        SessionLoader::Outcome outcome;
        QVERIFY2(SessionLoader::load(session, file, &outcome, &error), qPrintable(error));
        QVERIFY(outcome.complete);
        QVERIFY(!outcome.closedCleanly);
        QCOMPARE(outcome.problem, QString());
        QCOMPARE(outcome.events, qint64(expected.events.size()));
        QCOMPARE(outcome.goodBytes, quint64(QFileInfo(copy).size()));
        verifySameSession(session, expected);
        if (QTest::currentTestFailed())
            return;
    }

    live.reset();
    Session session(std::make_unique<SessionClock>());
    SessionLoader::Outcome outcome;
    QVERIFY2(SessionLoader::load(session, path, &outcome, &error), qPrintable(error));
    QVERIFY(outcome.complete);
    QVERIFY(outcome.closedCleanly);
    QCOMPARE(outcome.events, qint64(expected.events.size()));
}

void tst_SessionLoader::truncatedCopy_data()
{
    QTest::addColumn<Cut>("cut");
    QTest::newRow("inside the 16 MiB payload") << Cut::InsideTheBigPayload;
    QTest::newRow("inside the header of the next record") << Cut::InsideARecordHeader;
    QTest::newRow("one byte short") << Cut::OneByteShort;
    QTest::newRow("just before the end record") << Cut::BeforeTheEndRecord;
}

// A copy of a real journal cut short: the records before the cut load, and the outcome says
// where reading stopped and why.
void tst_SessionLoader::truncatedCopy()
{
    QFETCH(Cut, cut);
    const QList<RecordSpan> spans = recordSpans(m_loopbackPath);
    QVERIFY(spans.size() > 3);
    QCOMPARE(spans.constLast().type, Journal::EndRecord);
    const auto big = std::find_if(spans.cbegin(), spans.cend(), [](const RecordSpan &span) {
        return span.type == Journal::EventRecord && span.payloadLength == BigChunk;
    });
    QVERIFY(big != spans.cend() && big + 1 != spans.cend());

    qint64 at = 0;
    switch (cut) {
    case Cut::InsideTheBigPayload: at = qint64(big->offset) + 8 + 14 + BigChunk / 2; break;
    case Cut::InsideARecordHeader: at = qint64((big + 1)->offset) + 5; break;
    case Cut::OneByteShort: at = qint64(spans.constLast().end) - 1; break;
    case Cut::BeforeTheEndRecord: at = qint64(spans.constLast().offset); break;
    }
    qint64 events = 0;
    quint64 goodEnd = 32;
    for (const RecordSpan &span : spans) {
        if (qint64(span.end) > at)
            break;
        events += span.type == Journal::EventRecord ? 1 : 0;
        goodEnd = span.end;
    }

    const QString copy = m_dir->filePath(QStringLiteral("truncated.socketlab"));
    QVERIFY(writeFile(copy, fileBytes(m_loopbackPath).left(at)));
    Session session(std::make_unique<SessionClock>());
    SessionLoader::Outcome outcome;
    QString error;
    QVERIFY2(SessionLoader::load(session, copy, &outcome, &error), qPrintable(error));
    QVERIFY(!outcome.closedCleanly);
    QCOMPARE(outcome.events, events);
    QCOMPARE(outcome.goodBytes, goodEnd);
    if (cut == Cut::BeforeTheEndRecord) {
        QVERIFY(outcome.complete); // nothing is damaged; the session just was not closed
        QCOMPARE(outcome.problem, QString());
    } else {
        QVERIFY(!outcome.complete);
        QVERIFY2(outcome.problem.startsWith(QStringLiteral("Record at byte %1: ").arg(goodEnd)),
            qPrintable(outcome.problem));
        QVERIFY2(outcome.problem.contains(QStringLiteral("the writer stopped mid-record")),
            qPrintable(outcome.problem));
    }
    verifyEvents(session, m_loopback, events);
    QCOMPARE(session.clock().startedAt(), m_loopback.startedAt);
}

void tst_SessionLoader::notASession_data()
{
    QTest::addColumn<QString>("name"); // "" for the directory itself
    QTest::addColumn<QByteArray>("bytes"); // written unless null
    QTest::addColumn<QString>("mentions");

    QTest::newRow("missing") << QStringLiteral("missing.socketlab") << QByteArray()
                             << QStringLiteral("does not exist");
    QTest::newRow("directory") << QString() << QByteArray() << QStringLiteral("is not a file");
    QTest::newRow("empty") << QStringLiteral("empty.socketlab") << QByteArray("")
                           << QStringLiteral("empty");
    QTest::newRow("text") << QStringLiteral("notes.socketlab")
                          << QByteArray("GET / HTTP/1.1\r\n\r\n")
                          << QStringLiteral("not a SocketLab session");
    const QByteArray newer
        = QByteArray::fromHex("89534c420d0a1a0a") + char(Journal::FormatVersion + 1)
        + QByteArray::fromHex("002000") + QByteArray(20, '\0'); // the next version
    QTest::newRow("newer format") << QStringLiteral("newer.socketlab") << newer
                                  << QStringLiteral("newer");
}

// Not a session at all: both ways refuse at once, say why, and leave the session untouched.
void tst_SessionLoader::notASession()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    const QString path = name.isEmpty() ? m_dir->path() : m_dir->filePath(name);
    if (!bytes.isNull())
        QVERIFY(writeFile(path, bytes));

    {
        Session session(std::make_unique<SessionClock>());
        SessionLoader::Outcome outcome;
        QString error;
        QVERIFY(!SessionLoader::load(session, path, &outcome, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(!session.isReadOnly());
        QCOMPARE(session.log().count(), qint64(0));
    }
    {
        Session session(std::make_unique<SessionClock>());
        SessionLoader loader;
        QSignalSpy finished(&loader, &SessionLoader::finished);
        QString error;
        QVERIFY(!loader.start(session, path, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(!loader.isRunning());
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 0);
    }
}

// This process records: its lock is held by a live process, so the session is not interrupted.
void tst_SessionLoader::liveLockIsNotInterrupted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.socketlab"));
    auto session = std::make_unique<Session>(std::make_unique<SessionClock>());
    QString error;
    QVERIFY2(session->startRecording(path, &error), qPrintable(error));
    QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
    QCOMPARE(Session::interruptedSessions(dir.path()), QStringList());
    session.reset();
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    QCOMPARE(Session::interruptedSessions(dir.path()), QStringList());
}

// A second session asked to record into a journal that is being recorded refuses, rather than
// truncating the file under the first; once the first has closed, the path is free again.
void tst_SessionLoader::journalInUseIsNotRecordedOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.socketlab"));
    auto first = std::make_unique<Session>(std::make_unique<SessionClock>());
    QString error;
    QVERIFY2(first->startRecording(path, &error), qPrintable(error));
    ConnectionInfo identity;
    identity.id = 1;
    identity.name = QStringLiteral("C1");
    first->setIdentity(identity);
    first->record(1, EventKind::Received, allByteValues());
    QVERIFY(first->flush());
    const QByteArray before = fileBytes(path);

    {
        Session second(std::make_unique<SessionClock>());
        QVERIFY(!second.startRecording(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("being recorded")), qPrintable(error));
    }
    QCOMPARE(fileBytes(path), before);
    QVERIFY(QFile::exists(path + QStringLiteral(".lock"))); // still the first one's

    first->record(1, EventKind::Received, pattern(1000));
    const Contents expected = contentsOf(*first);
    first.reset();
    Session session(std::make_unique<SessionClock>());
    SessionLoader::Outcome outcome;
    QVERIFY2(SessionLoader::load(session, path, &outcome, &error), qPrintable(error));
    QVERIFY(outcome.complete);
    QVERIFY(outcome.closedCleanly);
    verifySameSession(session, expected);

    // The lock went with the first session; the file, a session, is still never recorded over.
    Session again(std::make_unique<SessionClock>());
    QVERIFY(!again.startRecording(path, &error));
    QVERIFY2(error.contains(QStringLiteral("is a recorded session")), qPrintable(error));
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
}

// A socketlab that records and is killed (SIGKILL: no chance to clean up) leaves its lock behind:
// that marks the journal as interrupted, until releaseInterrupted().
void tst_SessionLoader::killedRecorderIsInterrupted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.socketlab"));
    QProcess process;
    quint16 port = 0;
    RecorderProcess::start(process, dir.path(), {}, path, &port);
    if (QTest::currentTestFailed())
        return;
    // Killed before its first event reached the disk, it would leave nothing to recover.
    QTRY_VERIFY(eventsOnDisk(path) > 0);
    QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
    QCOMPARE(Session::interruptedSessions(dir.path()), QStringList()); // its owner is alive

    RecorderProcess::sigkill(process, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
    QCOMPARE(Session::interruptedSessions(dir.path()), QStringList { path });

    // What it had flushed loads, without the end record. (Events younger than the journal's flush
    // interval may be missing: only echoed bytes are flushed at once; tst_crashrecovery.)
    {
        Session session(std::make_unique<SessionClock>());
        SessionLoader::Outcome outcome;
        QString error;
        QVERIFY2(SessionLoader::load(session, path, &outcome, &error), qPrintable(error));
        QVERIFY2(outcome.complete, qPrintable(outcome.problem));
        QVERIFY(!outcome.closedCleanly);
    }

    // A lock whose journal is gone marks nothing.
    QVERIFY(QFile::rename(path, path + QStringLiteral(".moved")));
    QCOMPARE(Session::interruptedSessions(dir.path()), QStringList());
    QVERIFY(QFile::rename(path + QStringLiteral(".moved"), path));
    QCOMPARE(Session::interruptedSessions(dir.path()), QStringList { path });

    Session::releaseInterrupted(path);
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    QVERIFY(QFile::exists(path));
    QCOMPARE(Session::interruptedSessions(dir.path()), QStringList());
}

// A session whose process died before anything was recorded (its journal holds no event) has
// nothing to recover: it is removed (journal and lock) instead of being offered.
void tst_SessionLoader::killedEmptyRecorderIsNotOffered()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.socketlab"));
    {
        Session session(std::make_unique<SessionClock>());
        QString error;
        QVERIFY2(session.startRecording(dir.filePath(QStringLiteral("live.socketlab")), &error),
            qPrintable(error));
        QVERIFY(session.flush());
        // The journal as a process killed now leaves it: a header, no end record.
        QVERIFY(QFile::copy(session.journalPath(), path));
    }
    // Its lock, left by a process that is gone.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForStarted(TimeoutMs));
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished(TimeoutMs));
    QFile lock(path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(pid) + "\nsocketlab\n"
        + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();

    QCOMPARE(Session::interruptedSessions(dir.path()), QStringList());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
}

// ~/.local/share/SocketLab/sessions, not .../SocketLab/SocketLab/sessions; an interrupted
// session in the old place is still offered.
void tst_SessionLoader::sessionsDirectoryNamesTheApplicationOnce()
{
    const QString organisation = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLab"));
    QCoreApplication::setApplicationName(QStringLiteral("SocketLab"));
    QStandardPaths::setTestModeEnabled(true);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString current = Session::sessionsDirectory();
    const QString legacy = Session::legacySessionsDirectory();
    const QString journal = legacy + QStringLiteral("/old.socketlab");
    QDir(legacy).removeRecursively();
    QDir(current).removeRecursively();
    QProcess process;
    quint16 port = 0;
    QTemporaryDir output;
    RecorderProcess::start(process, output.path(), {}, journal, &port);
    if (!QTest::currentTestFailed()) {
        QTRY_VERIFY(eventsOnDisk(journal) > 0);
        RecorderProcess::sigkill(process, TimeoutMs);
    }
    const QStringList interrupted = Session::interruptedSessions();
    Session::releaseInterrupted(journal);
    QDir(legacy).removeRecursively();
    QCoreApplication::setOrganizationName(organisation);
    QCoreApplication::setApplicationName(application);
    QStandardPaths::setTestModeEnabled(false);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(current, data + QStringLiteral("/SocketLab/sessions"));
    QCOMPARE(legacy, data + QStringLiteral("/SocketLab/SocketLab/sessions"));
    QCOMPARE(interrupted, QStringList { journal });
}

QTEST_GUILESS_MAIN(tst_SessionLoader)

#include "tst_sessionloader.moc"
