// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarios.h"

#include "benchapplication.h"
#include "benchsupport.h"
#include "firstpaint.h"
#include "heartbeat.h"
#include "peerscenarios.h"
#include "responderscenarios.h"
#include "slowdisk.h"
#include "trafficsenders.h"
#include "udpscenarios.h"

#include "bytelogfilter.h"
#include "bytelogmodel.h"
#include "bytelogview.h"
#include "connectioninfo.h"
#include "mainwindow.h"
#include "sendpanel.h"
#include "session.h"
#include "workbench.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QMainWindow>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>
#include <thread>

namespace Scenarios {

namespace {

constexpr int AcceptTimeoutMs = 10000;
constexpr double SlowestExpectedRate
    = 20e6; // bytes/s: floods get this long to finish, plus a minute

using Run = int (*)(const Parameters &);

qint64 integer(const Parameters &parameters, const QString &key, qint64 fallback)
{
    bool ok = false;
    const qint64 value = parameters.value(key).toLongLong(&ok);
    return ok ? value : fallback;
}

int timeoutFor(qint64 bytes)
{
    return int(qMin<qint64>(60000 + qint64(double(bytes) / SlowestExpectedRate * 1000), 3600000));
}

QString scratchPath(const Parameters &parameters, const QString &name)
{
    return parameters.value(QStringLiteral("dir"), QDir::tempPath())
        + QStringLiteral("/socketlab-bench-%1-%2")
              .arg(QCoreApplication::applicationPid())
              .arg(name);
}

int failWith(const QString &why)
{
    QJsonObject result;
    result[QStringLiteral("error")] = why;
    Bench::printResult(result);
    return 1;
}

double mb(double bytes)
{
    return bytes / 1e6;
}

QProcess *startSender(quint16 port, qint64 bytes, bool progress, QObject *parent)
{
    QStringList arguments { QStringLiteral("--sender"), QStringLiteral("127.0.0.1"),
        QString::number(port), QString::number(bytes) };
    if (progress)
        arguments << QStringLiteral("--progress");
    return Bench::startSelf(arguments, parent);
}

// Follows a sender's "sent N" lines.
void followProgress(QProcess *sender, qint64 *sent)
{
    QObject::connect(sender, &QProcess::readyReadStandardOutput, sender, [sender, sent] {
        while (sender->canReadLine()) {
            const QList<QByteArray> fields = sender->readLine().trimmed().split(' ');
            if (fields.size() >= 2 && (fields.at(0) == "sent" || fields.at(0) == "done"))
                *sent = fields.at(1).toLongLong();
        }
    });
}

void waitForExit(QProcess *process, int timeoutMs = 10000)
{
    if (!Bench::waitUntil(
            [process] { return process->state() == QProcess::NotRunning; }, timeoutMs)) {
        process->kill();
        process->waitForFinished(2000);
    }
}

// Runs the many-clients driver against port and returns its RESULT line.
QJsonObject runClients(quint16 port, const Parameters &parameters)
{
    QProcess *clients = Bench::startSelf(
        { QStringLiteral("--clients"), QStringLiteral("127.0.0.1"), QString::number(port),
            parameters.value(QStringLiteral("clients"), QStringLiteral("1000")),
            parameters.value(QStringLiteral("messages"), QStringLiteral("100")),
            parameters.value(QStringLiteral("size"), QStringLiteral("1024")) },
        nullptr);
    QByteArray output;
    QObject::connect(clients, &QProcess::readyReadStandardOutput, clients,
        [clients, &output] { output += clients->readAllStandardOutput(); });
    waitForExit(clients, 180000);
    output += clients->readAllStandardOutput();
    delete clients;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("RESULT "))
            return QJsonDocument::fromJson(line.mid(7)).object();
    }
    return { { QStringLiteral("error"), QStringLiteral("the clients process printed no result") } };
}

struct StreamStats
{
    qint64 bytes = 0;
    qint64 events = 0;
    qint64 firstNs = -1;
    qint64 lastNs = -1;

    double rate() const
    {
        return lastNs > firstNs ? double(bytes) / (double(lastNs - firstNs) / 1e9) : 0;
    }
};

StreamStats streamOf(const TrafficLog &log, ConnectionId id, EventKind kind)
{
    StreamStats stats;
    const qint64 count = log.count();
    for (qint64 i = 0; i < count; ++i) {
        const TrafficEvent &event = log.event(i);
        if (event.connection != id || event.kind != kind)
            continue;
        if (stats.firstNs < 0)
            stats.firstNs = event.timeNs;
        stats.lastNs = event.timeNs;
        stats.bytes += event.payloadLength;
        ++stats.events;
    }
    return stats;
}

// Least-squares slope of y over x.
double slope(const QList<QPointF> &points)
{
    if (points.size() < 3)
        return 0;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const QPointF &p : points) {
        sx += p.x();
        sy += p.y();
        sxx += p.x() * p.x();
        sxy += p.x() * p.y();
    }
    const double n = double(points.size());
    const double denominator = n * sxx - sx * sx;
    return denominator > 0 ? (n * sxy - sx * sy) / denominator : 0;
}

// The heartbeat and, in a windowed process, what the GUI thread spent its time on meanwhile.
void startWatchingGui(Heartbeat &heartbeat)
{
    heartbeat.start();
    if (BenchApplication *application = BenchApplication::instance())
        application->startRecording();
}

void stopWatchingGui(Heartbeat &heartbeat)
{
    heartbeat.stop();
    if (BenchApplication *application = BenchApplication::instance())
        application->stopRecording();
}

void addHeartbeat(QJsonObject &result, const Heartbeat &heartbeat)
{
    if (const BenchApplication *application = BenchApplication::instance()) {
        const QList<double> frames = application->frameMs();
        result[QStringLiteral("frames")] = int(frames.size());
        result[QStringLiteral("frameP50Ms")] = Bench::percentile(frames, 0.5);
        result[QStringLiteral("frameP99Ms")] = Bench::percentile(frames, 0.99);
        result[QStringLiteral("frameMaxMs")] = Bench::percentile(frames, 1.0);
        const QList<double> frameCpu = application->frameCpuMs();
        result[QStringLiteral("frameCpuP50Ms")] = Bench::percentile(frameCpu, 0.5);
        result[QStringLiteral("frameCpuP99Ms")] = Bench::percentile(frameCpu, 0.99);
        result[QStringLiteral("guiCosts")] = QJsonArray::fromStringList(application->summary(8));
    }
    result[QStringLiteral("heartbeatTicks")] = heartbeat.ticks();
    result[QStringLiteral("heartbeatP50Ms")] = heartbeat.percentile(0.5);
    result[QStringLiteral("heartbeatP99Ms")] = heartbeat.percentile(0.99);
    result[QStringLiteral("heartbeatMaxMs")] = heartbeat.maximum();
    // Each tick's delay, so that several runs can be pooled; a few hundred numbers a run.
    QJsonArray delays;
    for (double delay : heartbeat.delays())
        delays.append(qRound(delay * 100) / 100.0);
    result[QStringLiteral("heartbeatDelaysMs")] = delays;
}

constexpr int ProbeIntervalMs = 20;

// How long each posted probe (see runLabIngest) waited for the network thread: the n-th echo
// note on the listener answers the n-th probe.
QList<double> probeLatencies(
    const Session &session, ConnectionId listener, const QList<qint64> &postedNs)
{
    // The last probes may still be on their way.
    const auto notes = [&] {
        QList<qint64> times;
        const TrafficLog &log = session.log();
        for (qint64 i = 0; i < log.count(); ++i) {
            if (log.event(i).connection == listener && log.event(i).kind == EventKind::Note)
                times << log.event(i).timeNs;
        }
        return times;
    };
    Bench::waitUntil([&] { return notes().size() >= postedNs.size(); }, 5000);
    const QList<qint64> recordedNs = notes();
    QList<double> latencies;
    for (qsizetype i = 0; i < qMin(recordedNs.size(), postedNs.size()); ++i)
        latencies << double(recordedNs.at(i) - postedNs.at(i)) / 1e6;
    return latencies;
}

// SocketLab as the user runs it: a recording session, the workbench with one listener on
// loopback and, with a window, the main window shown with every view live.
class LabRig
{
public:
    LabRig(const Parameters &parameters, const QString &name, bool withWindow, bool echo)
        : m_path(scratchPath(parameters, name + QStringLiteral(".socketlab")))
        , m_withWindow(withWindow)
        , m_echo(echo)
    {
    }

    ~LabRig()
    {
        m_window.reset();
        m_workbench.reset();
        m_session.reset();
        QFile::remove(m_path);
        QFile::remove(m_path + QStringLiteral(".lock"));
    }

    bool start(QString *error)
    {
        m_session = std::make_unique<Session>(std::make_unique<SessionClock>());
        if (!m_session->startRecording(m_path, error))
            return false;
        m_workbench = std::make_unique<Workbench>(*m_session);
        if (m_capture)
            m_workbench->startCapture();   // before the listener: its port is captured from the start
        if (m_withWindow) {
            m_window = std::make_unique<MainWindow>(*m_workbench);
            FirstPaint painted(m_window.get());
            m_window->show();
            if (!Bench::waitUntil([&] { return painted.done(); }, 10000)) {
                *error = QStringLiteral("the window was never painted");
                return false;
            }
        }
        m_listener = m_workbench->listen({ QHostAddress(QHostAddress::LocalHost), 0, m_echo });
        if (!Bench::waitUntil(
                [this] {
                    const auto listener = info(m_listener);
                    return listener && listener->state == ConnectionState::Listening;
                },
                10000)) {
            *error = QStringLiteral("the listener did not start");
            return false;
        }
        m_port = info(m_listener)->localPort;
        return true;
    }

    // Record the packets (the wire) too; set before start().
    void setCapture(bool capture) { m_capture = capture; }
    // Closes every socket and stops the capture, which records its statistics.
    void stopWorkbench()
    {
        m_window.reset();
        m_workbench.reset();
    }

    Session &session() { return *m_session; }
    Workbench &workbench() { return *m_workbench; }
    MainWindow *window() { return m_window.get(); }
    ConnectionId listener() const { return m_listener; }
    quint16 port() const { return m_port; }
    QString path() const { return m_path; }

    std::optional<ConnectionInfo> info(ConnectionId id) const
    {
        return m_session->connections().find(id);
    }

    // A connection of the listener that is not in known; 0 when none came in time.
    ConnectionId waitForAccepted(const QList<ConnectionId> &known, int timeoutMs = AcceptTimeoutMs)
    {
        ConnectionId found = 0;
        Bench::waitUntil(
            [&] {
                for (const ConnectionInfo &connection : m_session->connections().snapshot()) {
                    if (connection.parent == m_listener && !known.contains(connection.id)) {
                        found = connection.id;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }

    bool waitForClosed(ConnectionId id, int timeoutMs)
    {
        return Bench::waitUntil(
            [&] {
                const auto connection = info(id);
                return connection && connection->isFinished();
            },
            timeoutMs);
    }

private:
    QString m_path;
    bool m_withWindow = false;
    bool m_echo = false;
    bool m_capture = false;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<MainWindow> m_window;
    ConnectionId m_listener = 0;
    quint16 m_port = 0;
};

// 1a, 1b: the smallest Qt program that reads a socket (readAll() on readyRead, Qt's default
// unbounded read buffer, all on the main thread) and throws the bytes away or appends them
// to a file. With --read-chunk N it reads as SocketLab does instead: Qt's read buffer capped at
// N bytes and read() N bytes at a time, which shows what the chunking alone costs.
int runBareSink(const Parameters &parameters, bool record)
{
    const qint64 bytes = integer(parameters, QStringLiteral("bytes"), qint64(1) << 30);
    const qint64 readChunk = integer(parameters, QStringLiteral("read-chunk"), 0);
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return failWith(server.errorString());
    QFile file(scratchPath(parameters, QStringLiteral("bare-recorder.bin")));
    if (record && !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failWith(file.errorString());

    QTcpSocket *socket = nullptr;
    qint64 received = 0, reads = 0, firstNs = 0, lastNs = 0;
    bool closed = false, writeFailed = false;
    const auto drain = [&] {
        while (socket->isOpen()) {
            const QByteArray chunk = readChunk > 0 ? socket->read(readChunk) : socket->readAll();
            if (chunk.isEmpty())
                return;
            const qint64 now = Bench::monotonicNs();
            if (firstNs == 0)
                firstNs = now;
            lastNs = now;
            received += chunk.size();
            ++reads;
            if (record && file.write(chunk) != chunk.size())
                writeFailed = true;
        }
    };
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        socket = server.nextPendingConnection();
        if (readChunk > 0)
            socket->setReadBufferSize(readChunk);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, drain);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [&] {
            drain();
            closed = true;
        });
    });
    const double cpuBefore = Bench::cpuSeconds();
    QProcess *sender = startSender(server.serverPort(), bytes, false, &server);
    const bool finished = Bench::waitUntil([&] { return closed; }, timeoutFor(bytes));
    const double cpu = Bench::cpuSeconds() - cpuBefore;
    waitForExit(sender);
    file.close();
    file.remove();

    QJsonObject result;
    result[QStringLiteral("bytes")] = double(bytes);
    result[QStringLiteral("received")] = double(received);
    result[QStringLiteral("complete")] = finished && received == bytes && !writeFailed;
    result[QStringLiteral("reads")] = double(reads);
    result[QStringLiteral("rateMBps")]
        = lastNs > firstNs ? mb(double(received) / (double(lastNs - firstNs) / 1e9)) : 0;
    result[QStringLiteral("cpuSeconds")] = cpu;
    result[QStringLiteral("rssMB")] = mb(double(Bench::residentBytes()));
    Bench::printResult(result);
    return 0;
}

// 1, detail: the session's record path alone, no socket: what recording costs per byte. The
// payloads are 64 KiB, as TcpConnection reads them in a flood.
int runRecordOnly(const Parameters &parameters)
{
    const qint64 bytes = integer(parameters, QStringLiteral("bytes"), qint64(1) << 30);
    const QString path = scratchPath(parameters, QStringLiteral("record.socketlab"));
    QJsonObject result;
    {
        Session session(std::make_unique<SessionClock>());
        QString error;
        if (!session.startRecording(path, &error))
            return failWith(error);
        ConnectionInfo info;
        info.id = session.connections().reserveId();
        info.name = QStringLiteral("C1");
        session.setIdentity(info);
        const QByteArray payload = TrafficSenders::floodBytes(0, 64 * 1024);
        const double cpuBefore = Bench::cpuSeconds();
        const qint64 start = Bench::monotonicNs();
        for (qint64 done = 0; done < bytes; done += payload.size())
            session.record(info.id, EventKind::Received, payload);
        session.flush();
        const double seconds = double(Bench::monotonicNs() - start) / 1e9;
        result[QStringLiteral("rateMBps")] = mb(double(bytes) / seconds);
        result[QStringLiteral("cpuSeconds")] = Bench::cpuSeconds() - cpuBefore;
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".lock"));
    Bench::printResult(result);
    return 0;
}

// 1c, 1d, 2 (heartbeat), 3: one connection flooded from another process into a recording
// SocketLab, headless or with the window.
int runLabIngest(const Parameters &parameters, bool withWindow)
{
    const qint64 bytes = integer(parameters, QStringLiteral("bytes"), qint64(1) << 30);
    const bool capture = integer(parameters, QStringLiteral("capture"), 0) != 0;
    LabRig rig(parameters, QStringLiteral("ingest"), withWindow, false);
    rig.setCapture(capture);
    QString error;
    if (!rig.start(&error))
        return failWith(error);

    Heartbeat heartbeat;
    QList<QPointF> rss; // (GB received, MB resident)
    qint64 rssMax = 0;
    const double rssBefore = mb(double(Bench::residentBytes()));
    const double cpuBefore = Bench::cpuSeconds();
    QProcess *sender = startSender(rig.port(), bytes, false, nullptr);
    const ConnectionId id = rig.waitForAccepted({});
    if (id == 0)
        return failWith(QStringLiteral("no connection was accepted"));
    // As a user clicking it: the chart and the send panel follow it.
    if (rig.window())
        rig.window()->setCurrentConnection(id);
    // Commands while the flood runs: every ProbeIntervalMs a harmless one (echo off on the
    // listener, recorded as a note) is posted to the network thread, as a button would; the note's
    // time minus the posting time is how long a Close or Abort would wait.
    QList<qint64> probesPostedNs;
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        probesPostedNs << rig.session().clock().nowNs();
        rig.workbench().setEcho(rig.listener(), false);
    });
    probe.start(ProbeIntervalMs);
    startWatchingGui(heartbeat);
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] {
        const qint64 resident = Bench::residentBytes();
        rssMax = qMax(rssMax, resident);
        if (const auto connection = rig.info(id))
            rss << QPointF(double(connection->bytesIn) / 1e9, mb(double(resident)));
    });
    sampler.start(100);
    const bool closed = rig.waitForClosed(id, timeoutFor(bytes));
    stopWatchingGui(heartbeat);
    sampler.stop();
    probe.stop();
    const QList<double> commandMs = probeLatencies(rig.session(), rig.listener(), probesPostedNs);
    const double cpu = Bench::cpuSeconds() - cpuBefore;
    const qint64 rssEnd = Bench::residentBytes();
    waitForExit(sender);
    delete sender;

    const StreamStats in = streamOf(rig.session().log(), id, EventKind::Received);
    const auto connection = rig.info(id);
    // The slope of memory over traffic, once past the start (first allocations, first paints).
    QList<QPointF> steady;
    const double gigabytes = double(bytes) / 1e9;
    for (const QPointF &point : std::as_const(rss)) {
        if (point.x() >= 0.2 * gigabytes)
            steady << point;
    }

    QJsonObject result;
    result[QStringLiteral("bytes")] = double(bytes);
    result[QStringLiteral("received")] = double(in.bytes);
    result[QStringLiteral("counterBytesIn")] = connection ? double(connection->bytesIn) : 0;
    result[QStringLiteral("complete")]
        = closed && in.bytes == bytes && connection && qint64(connection->bytesIn) == bytes;
    result[QStringLiteral("reads")] = double(in.events);
    result[QStringLiteral("rateMBps")] = mb(in.rate());
    result[QStringLiteral("cpuSeconds")] = cpu;
    result[QStringLiteral("rssBeforeMB")] = rssBefore;
    result[QStringLiteral("rssMB")] = mb(double(rssEnd));
    result[QStringLiteral("rssMaxMB")] = mb(double(rssMax));
    result[QStringLiteral("rssSlopeMBperGB")] = slope(steady);
    result[QStringLiteral("logEvents")] = double(rig.session().log().count());
    result[QStringLiteral("commands")] = int(commandMs.size());
    result[QStringLiteral("commandP50Ms")] = Bench::percentile(commandMs, 0.5);
    result[QStringLiteral("commandP99Ms")] = Bench::percentile(commandMs, 0.99);
    result[QStringLiteral("commandMaxMs")] = Bench::percentile(commandMs, 1.0);
    QJsonArray commands;
    for (double latency : commandMs)
        commands.append(qRound(latency * 100) / 100.0);
    result[QStringLiteral("commandLatenciesMs")] = commands;
    if (withWindow)
        addHeartbeat(result, heartbeat);
    if (capture) {
        rig.stopWorkbench();
        const CaptureStatistics statistics = rig.session().wire().statistics();
        result[QStringLiteral("wirePackets")] = double(rig.session().wire().count());
        result[QStringLiteral("captureReceived")] = double(statistics.received);
        result[QStringLiteral("captureDropped")] = double(statistics.dropped);
        result[QStringLiteral("captureProblem")] = rig.session().wire().problem();
        result[QStringLiteral("rssAfterStopMB")] = mb(double(Bench::residentBytes()));
    }
    Bench::printResult(result);
    return 0;
}

// 2: a connection flooded, then the Close (FIN) button, then another flood and Abort (RST):
// how long from the click until the Closed event is recorded.
int runLabClose(const Parameters &parameters)
{
    const int floodMs = int(integer(parameters, QStringLiteral("flood-ms"), 1500));
    LabRig rig(parameters, QStringLiteral("close"), true, false);
    QString error;
    if (!rig.start(&error))
        return failWith(error);

    QJsonObject result;
    QList<ConnectionId> known;
    for (const QString &action : { QStringLiteral("close"), QStringLiteral("abort") }) {
        QProcess *sender = startSender(rig.port(), 0, false, nullptr);
        const ConnectionId id = rig.waitForAccepted(known);
        if (id == 0)
            return failWith(QStringLiteral("no connection was accepted"));
        known << id;
        rig.window()->setCurrentConnection(id);
        Heartbeat heartbeat;
        heartbeat.start();
        Bench::waitUntil([] { return false; }, floodMs);
        SendPanel *panel = rig.window()->sendPanel();
        QPushButton *button
            = action == QLatin1String("close") ? panel->closeButton() : panel->abortButton();
        // The panel enables its buttons when it next polls the connection table.
        if (!Bench::waitUntil([button] { return button->isEnabled(); }, 2000))
            return failWith(QStringLiteral("the %1 button stayed disabled").arg(action));
        const qint64 floodBytes = qint64(rig.info(id)->bytesIn);
        const qint64 clickNs = rig.session().clock().nowNs();
        const qint64 clickMonotonic = Bench::monotonicNs();
        button->click();
        const bool closed = rig.waitForClosed(id, 10000);
        const qint64 seenMonotonic = Bench::monotonicNs();
        heartbeat.stop();
        qint64 closedNs = -1;
        const TrafficLog &log = rig.session().log();
        for (qint64 i = log.count() - 1; i >= 0 && closedNs < 0; --i) {
            if (log.event(i).connection == id && log.event(i).kind == EventKind::Closed)
                closedNs = log.event(i).timeNs;
        }
        waitForExit(sender);
        delete sender;
        result[action + QStringLiteral("Closed")] = closed && closedNs >= 0;
        result[action + QStringLiteral("EffectMs")]
            = closedNs >= 0 ? double(closedNs - clickNs) / 1e6 : -1;
        result[action + QStringLiteral("SeenMs")] = double(seenMonotonic - clickMonotonic) / 1e6;
        result[action + QStringLiteral("FloodMBps")] = mb(double(floodBytes) / (floodMs / 1000.0));
        result[action + QStringLiteral("HeartbeatMaxMs")] = heartbeat.maximum();
    }
    Bench::printResult(result);
    return 0;
}

// 4, baseline: a bare Qt echo server on the main thread.
int runManyBare(const Parameters &parameters)
{
    Bench::raiseFileLimit();
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return failWith(server.errorString());
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                [socket] { socket->write(socket->readAll()); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    Heartbeat heartbeat;
    heartbeat.start();
    QJsonObject result = runClients(server.serverPort(), parameters);
    heartbeat.stop();
    addHeartbeat(result, heartbeat);
    Bench::printResult(result);
    return 0;
}

// 4: SocketLab with the window, listening with echo, and every byte checked afterwards: the log
// and the counters of each connection must hold exactly the stream its client sent.
int runManyLab(const Parameters &parameters)
{
    Bench::raiseFileLimit();
    const int clients = int(integer(parameters, QStringLiteral("clients"), 1000));
    const int messages = int(integer(parameters, QStringLiteral("messages"), 100));
    const int size = int(integer(parameters, QStringLiteral("size"), 1024));
    LabRig rig(parameters, QStringLiteral("many"), true, true);
    QString error;
    if (!rig.start(&error))
        return failWith(error);

    Heartbeat heartbeat;
    startWatchingGui(heartbeat);
    QJsonObject result = runClients(rig.port(), parameters);
    stopWatchingGui(heartbeat);
    addHeartbeat(result, heartbeat);

    // Each client's FIN reaches SocketLab as a Closed event shortly after the clients finish.
    const auto children = [&] {
        QList<ConnectionInfo> accepted;
        for (const ConnectionInfo &connection : rig.session().connections().snapshot()) {
            if (connection.parent == rig.listener())
                accepted << connection;
        }
        return accepted;
    };
    Bench::waitUntil(
        [&] {
            const QList<ConnectionInfo> accepted = children();
            return accepted.size() >= clients
                && std::all_of(accepted.cbegin(), accepted.cend(),
                    [](const ConnectionInfo &c) { return c.isFinished(); });
        },
        20000);

    struct Tally
    {
        qint64 in = 0;
        qint64 out = 0;
        QByteArray head; // the first bytes received: they name the client
        QCryptographicHash inHash { QCryptographicHash::Sha1 };
        QCryptographicHash outHash { QCryptographicHash::Sha1 };
    };
    std::map<ConnectionId, std::unique_ptr<Tally>> tallies;
    for (const ConnectionInfo &connection : children())
        tallies[connection.id] = std::make_unique<Tally>();
    const TrafficLog &log = rig.session().log();
    const qint64 count = log.count();
    for (qint64 i = 0; i < count; ++i) {
        const TrafficEvent &event = log.event(i);
        if (!isData(event.kind))
            continue;
        const auto it = tallies.find(event.connection);
        if (it == tallies.end())
            continue;
        Tally &tally = *it->second;
        const QByteArray payload = log.payload(event);
        if (event.kind == EventKind::Received) {
            tally.in += payload.size();
            tally.inHash.addData(payload);
            if (tally.head.size() < 16)
                tally.head += payload.left(16 - tally.head.size());
        } else {
            tally.out += payload.size();
            tally.outHash.addData(payload);
        }
    }
    int verified = 0;
    qint64 logIn = 0, logOut = 0, counterIn = 0, counterOut = 0;
    QList<bool> clientSeen(clients, false);
    for (const ConnectionInfo &connection : children()) {
        const Tally &tally = *tallies[connection.id];
        logIn += tally.in;
        logOut += tally.out;
        counterIn += qint64(connection.bytesIn);
        counterOut += qint64(connection.bytesOut);
        // "client 0042 ..."
        const int client = tally.head.startsWith("client ") ? tally.head.mid(7, 4).toInt() : -1;
        if (client < 0 || client >= clients || clientSeen[client])
            continue;
        clientSeen[client] = true;
        QCryptographicHash expected(QCryptographicHash::Sha1);
        for (int message = 0; message < messages; ++message)
            expected.addData(TrafficSenders::clientMessage(client, message, size));
        const qint64 stream = qint64(messages) * size;
        if (tally.in == stream && tally.out == stream && qint64(connection.bytesIn) == stream
            && qint64(connection.bytesOut) == stream && tally.inHash.result() == expected.result()
            && tally.outHash.result() == expected.result())
            ++verified;
    }
    result[QStringLiteral("acceptedConnections")] = int(tallies.size());
    result[QStringLiteral("verifiedConnections")] = verified;
    result[QStringLiteral("logBytesIn")] = double(logIn);
    result[QStringLiteral("logBytesOut")] = double(logOut);
    result[QStringLiteral("counterBytesIn")] = double(counterIn);
    result[QStringLiteral("counterBytesOut")] = double(counterOut);
    result[QStringLiteral("expectedBytes")] = double(qint64(clients) * messages * size);
    result[QStringLiteral("logEvents")] = double(count);
    result[QStringLiteral("rssMB")] = mb(double(Bench::residentBytes()));
    Bench::printResult(result);
    return 0;
}

// 5: what a user does in a big log, each timed until the view has repainted (medians of 5).
struct ViewTimings
{
    double connectionFilterMs = 0;
    double clearFilterMs = 0;
    double textFilterMs = 0;
    double typingMs = 0; // the text typed a key at a time, the filter following each key
    double jumpToEndMs = 0;
    double scrollP99Ms = 0;
    double scrollMaxMs = 0;
    int connectionRows = 0;
    int textRows = 0;
};

template<typename Action> double timed(QAbstractItemView *view, Action action)
{
    const qint64 start = Bench::monotonicNs();
    action();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    view->viewport()->repaint();
    return double(Bench::monotonicNs() - start) / 1e6;
}

// setConnection(id) and setText(text) filter; setFollow(true) jumps to the end.
template<typename SetConnection, typename SetText, typename Follow>
ViewTimings measureView(QTableView *view, QAbstractItemModel *filtered, SetConnection setConnection,
    SetText setText, Follow follow, const QString &needle)
{
    // Each operation is timed Repeats times and its median kept: one run of a 150 ms operation
    // on a shared 2-core machine varies by a third.
    constexpr int Repeats = 5;
    ViewTimings timings;
    QList<double> connection, clear, text, jump;
    for (int i = 0; i < Repeats; ++i) {
        connection << timed(view, [&] { setConnection(true); });
        timings.connectionRows = filtered->rowCount();
        clear << timed(view, [&] { setConnection(false); });
        text << timed(view, [&] { setText(needle); });
        timings.textRows = filtered->rowCount();
        timed(view, [&] { setText(QString()); });
        // The user scrolled up (following stops), then asks for the end.
        timed(view, [&] {
            follow(false);
            view->scrollToTop();
        });
        jump << timed(view, [&] { follow(true); });
    }
    timings.connectionFilterMs = Bench::percentile(connection, 0.5);
    timings.clearFilterMs = Bench::percentile(clear, 0.5);
    timings.textFilterMs = Bench::percentile(text, 0.5);
    timings.jumpToEndMs = Bench::percentile(jump, 0.5);
    for (qsizetype length = 1; length <= needle.size(); ++length)
        timings.typingMs += timed(view, [&] { setText(needle.left(length)); });
    timed(view, [&] { setText(QString()); });

    QList<double> scrolls;
    QScrollBar *bar = view->verticalScrollBar();
    follow(false);
    for (int i = 0; i < 40; ++i)
        scrolls << timed(view, [bar] { bar->triggerAction(QAbstractSlider::SliderPageStepSub); });
    QRandomGenerator random(42);
    for (int i = 0; i < 40; ++i)
        scrolls << timed(view, [&] { bar->setValue(random.bounded(bar->maximum() + 1)); });
    timings.scrollP99Ms = Bench::percentile(scrolls, 0.99);
    timings.scrollMaxMs = *std::max_element(scrolls.cbegin(), scrolls.cend());
    return timings;
}

void addTimings(QJsonObject &result, const ViewTimings &timings)
{
    result[QStringLiteral("connectionFilterMs")] = timings.connectionFilterMs;
    result[QStringLiteral("connectionRows")] = timings.connectionRows;
    result[QStringLiteral("clearFilterMs")] = timings.clearFilterMs;
    result[QStringLiteral("textFilterMs")] = timings.textFilterMs;
    result[QStringLiteral("textRows")] = timings.textRows;
    result[QStringLiteral("typingMs")] = timings.typingMs;
    result[QStringLiteral("jumpToEndMs")] = timings.jumpToEndMs;
    result[QStringLiteral("scrollP99Ms")] = timings.scrollP99Ms;
    result[QStringLiteral("scrollMaxMs")] = timings.scrollMaxMs;
}

const QString Needle = QStringLiteral("needle");
constexpr int NeedleEvery = 10007;

// 5: a session of `events` events recorded from a thread (as the network thread would), then
// shown in the window.
int runBigLog(const Parameters &parameters)
{
    const qint64 events = integer(parameters, QStringLiteral("events"), 1000000);
    const QString path = scratchPath(parameters, QStringLiteral("biglog.socketlab"));
    QJsonObject result;
    {
        Session session(std::make_unique<SessionClock>());
        QString error;
        if (!session.startRecording(path, &error))
            return failWith(error);

        // 1 listener with 7 accepted connections and 8 clients, traffic spread over all of them.
        QList<ConnectionId> ids;
        ConnectionId listener = 0, client = 0;
        const qint64 generateStart = Bench::monotonicNs();
        std::thread writer([&] {
            ConnectionInfo info;
            info.id = listener = session.connections().reserveId();
            info.role = ConnectionRole::Listener;
            info.name = QStringLiteral("L1");
            info.localAddress = QHostAddress(QHostAddress::LocalHost);
            info.localPort = 4000;
            session.setIdentity(info);
            session.recordText(listener, EventKind::Listening,
                QStringLiteral("socket(), bind(127.0.0.1:4000), listen()"));
            for (int i = 0; i < 15; ++i) {
                ConnectionInfo connection;
                connection.id = session.connections().reserveId();
                connection.parent = i < 7 ? listener : 0;
                connection.role = i < 7 ? ConnectionRole::Accepted : ConnectionRole::Client;
                connection.name
                    = i < 7 ? QStringLiteral("L1.%1").arg(i + 1) : QStringLiteral("C%1").arg(i - 6);
                connection.localAddress = connection.peerAddress
                    = QHostAddress(QHostAddress::LocalHost);
                connection.localPort = quint16(i < 7 ? 4000 : 50000 + i);
                connection.peerPort = quint16(i < 7 ? 50000 + i : 4000);
                session.setIdentity(connection);
                session.recordText(connection.id,
                    i < 7 ? EventKind::Accepted : EventKind::Connected,
                    QStringLiteral("127.0.0.1:%1").arg(connection.peerPort));
                ids << connection.id;
            }
            client = ids.last();
            for (qint64 i = session.log().count(); i < events; ++i) {
                const ConnectionId id = ids.at(i % ids.size());
                if (i % 5000 == 0) {
                    session.recordText(id, EventKind::Note, QStringLiteral("note %1").arg(i));
                    continue;
                }
                QByteArray line
                    = "GET /items/" + QByteArray::number(i) + " HTTP/1.1\r\nHost: example.org\r\n";
                if (i % NeedleEvery == 0)
                    line += "X-Find: " + Needle.toLatin1() + "\r\n";
                line += QByteArray(int(i % 97), 'x') + "\r\n";
                session.record(
                    id, (i / ids.size()) % 2 ? EventKind::Sent : EventKind::Received, line);
            }
            session.flush();
        });
        writer.join();
        const double generateMs = double(Bench::monotonicNs() - generateStart) / 1e6;

        // From here the network thread is the session's writer.
        Workbench workbench(session);
        MainWindow window(workbench);
        FirstPaint painted(&window);
        const qint64 showStart = Bench::monotonicNs();
        window.show();
        Bench::waitUntil(
            [&] {
                return painted.done() && window.logModel()->rowCount() == session.log().count();
            },
            60000);
        const double showMs = double(Bench::monotonicNs() - showStart) / 1e6;

        ByteLogFilter *filter = window.logFilter();
        ByteLogView *view = window.logView();
        const ViewTimings timings = measureView(
            view, filter, [&](bool on) { filter->setConnection(on ? client : 0); },
            [&](const QString &text) { filter->setText(text); },
            [&](bool on) { view->setFollowing(on); }, Needle);
        addTimings(result, timings);
        // A listener's filter includes the connections it accepted.
        result[QStringLiteral("listenerFilterMs")]
            = timed(view, [&] { filter->setConnection(listener); });
        result[QStringLiteral("listenerRows")] = filter->rowCount();
        timed(view, [&] { filter->setConnection(0); });
        result[QStringLiteral("events")] = double(session.log().count());
        result[QStringLiteral("generateMs")] = generateMs;
        result[QStringLiteral("showMs")] = showMs;
        result[QStringLiteral("rssMB")] = mb(double(Bench::residentBytes()));
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".lock"));
    Bench::printResult(result);
    return 0;
}

// 5, baseline: Qt's own floor for the same operations, a trivial model of as many rows behind
// a QSortFilterProxyModel in a QTableView, strings built in data() as SocketLab's are.
class PlainModel : public QAbstractTableModel
{
public:
    explicit PlainModel(int rows)
        : m_rows(rows)
    {
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows;
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 5;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case 0: return QString::number(index.row() * 1e-4, 'f', 6);
        case 1: return QStringLiteral("C%1").arg(index.row() % 16);
        case 2: return QStringLiteral("← in");
        case 3: return 64;
        default: return text(index.row());
        }
    }
    static QString text(int row) { return QStringLiteral("GET /items/%1 HTTP/1.1").arg(row); }

private:
    int m_rows = 0;
};

class PlainFilter : public QSortFilterProxyModel
{
public:
    void setConnection(int connection)
    {
        m_connection = connection;
        invalidate();
    }
    void setText(const QString &text)
    {
        m_text = text;
        invalidate();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        if (m_connection >= 0 && row % 16 != m_connection)
            return false;
        return m_text.isEmpty() || PlainModel::text(row).contains(m_text, Qt::CaseInsensitive);
    }

private:
    int m_connection = -1;
    QString m_text;
};

int runBigLogBare(const Parameters &parameters)
{
    const int events = int(integer(parameters, QStringLiteral("events"), 1000000));
    PlainModel model(events);
    PlainFilter filter;
    filter.setDynamicSortFilter(false);
    filter.setSourceModel(&model);
    QMainWindow window;
    auto *view = new QTableView;
    view->setModel(&filter);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 4);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    window.setCentralWidget(view);
    window.resize(1700, 1000);
    FirstPaint painted(&window);
    window.show();
    Bench::waitUntil([&] { return painted.done(); }, 60000);

    bool following = true;
    const ViewTimings timings = measureView(
        view, &filter, [&](bool on) { filter.setConnection(on ? 15 : -1); },
        [&](const QString &text) { filter.setText(text); },
        [&](bool on) {
            following = on;
            if (on)
                view->scrollToBottom();
        },
        Needle);
    QJsonObject result;
    addTimings(result, timings);
    result[QStringLiteral("events")] = events;
    Bench::printResult(result);
    return 0;
}

// 6: from the parent's "start the process" to the window's first complete paint.
int runStartup(const Parameters &parameters, bool bare)
{
    const qint64 spawnNs = integer(parameters, QStringLiteral("spawn-ns"), Bench::mainEntryNs());
    QJsonObject result;
    std::unique_ptr<Session> session;
    std::unique_ptr<Workbench> workbench;
    std::unique_ptr<QMainWindow> window;
    const QString path = scratchPath(parameters, QStringLiteral("startup.socketlab"));
    if (bare) {
        window = std::make_unique<QMainWindow>();
        window->setCentralWidget(new QTableView);
        window->resize(1700, 1000);
    } else {
        session = std::make_unique<Session>(std::make_unique<SessionClock>());
        QString error;
        if (!session->startRecording(path, &error))
            return failWith(error);
        workbench = std::make_unique<Workbench>(*session);
        window = std::make_unique<MainWindow>(*workbench);
    }
    const qint64 constructedNs = Bench::monotonicNs();
    FirstPaint painted(window.get());
    window->show();
    if (!Bench::waitUntil([&] { return painted.done(); }, 10000))
        return failWith(QStringLiteral("the window was never painted"));
    result[QStringLiteral("processToPaintMs")] = double(painted.doneNs() - spawnNs) / 1e6;
    result[QStringLiteral("execToMainMs")] = double(Bench::mainEntryNs() - spawnNs) / 1e6;
    result[QStringLiteral("applicationMs")]
        = double(Bench::applicationReadyNs() - Bench::mainEntryNs()) / 1e6;
    result[QStringLiteral("constructMs")]
        = double(constructedNs - Bench::applicationReadyNs()) / 1e6;
    result[QStringLiteral("showToPaintMs")] = double(painted.doneNs() - constructedNs) / 1e6;
    window.reset();
    workbench.reset();
    session.reset();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".lock"));
    Bench::printResult(result);
    return 0;
}

// 7: the journal's disk slowed to disk-rate bytes/s while a sender pushes; then a reader that
// stops reading altogether (Pause reading). In both, the sender must be held back by TCP flow
// control: what it has written minus what SocketLab has recorded stays bounded, and so does
// SocketLab's memory.
int runSlowDisk(const Parameters &parameters)
{
    const qint64 bytes = integer(parameters, QStringLiteral("bytes"), qint64(256) << 20);
    const double diskRate = double(integer(parameters, QStringLiteral("disk-rate"), 40000000));
    const int pauseMs = int(integer(parameters, QStringLiteral("pause-ms"), 3000));
    LabRig rig(parameters, QStringLiteral("slowdisk"), false, false);
    QString error;
    if (!rig.start(&error))
        return failWith(error);
    QJsonObject result;

    // Phase 1: a slow disk.
    if (!SlowDisk::throttle(rig.path(), diskRate))
        return failWith(QStringLiteral("cannot throttle %1").arg(rig.path()));
    qint64 sent = 0, maxInFlight = 0, rssMax = 0;
    const qint64 rssBefore = Bench::residentBytes();
    QProcess *sender = startSender(rig.port(), bytes, true, nullptr);
    followProgress(sender, &sent);
    const ConnectionId id = rig.waitForAccepted({});
    if (id == 0)
        return failWith(QStringLiteral("no connection was accepted"));
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] {
        if (const auto connection = rig.info(id))
            maxInFlight = qMax(maxInFlight, sent - qint64(connection->bytesIn));
        rssMax = qMax(rssMax, Bench::residentBytes());
    });
    sampler.start(100);
    const bool closed = rig.waitForClosed(id, int(double(bytes) / diskRate * 3000) + 30000);
    sampler.stop();
    SlowDisk::stop();
    waitForExit(sender);
    delete sender;
    const StreamStats in = streamOf(rig.session().log(), id, EventKind::Received);
    int errors = 0;
    for (qint64 i = 0; i < rig.session().log().count(); ++i)
        errors += rig.session().log().event(i).kind == EventKind::Error ? 1 : 0;
    // The network thread flushes the journal every 100 ms.
    Bench::waitUntil([&] { return QFileInfo(rig.path()).size() >= bytes; }, 2000);
    result[QStringLiteral("bytes")] = double(bytes);
    result[QStringLiteral("received")] = double(in.bytes);
    result[QStringLiteral("complete")] = closed && in.bytes == bytes && errors == 0;
    result[QStringLiteral("journalBytes")] = double(QFileInfo(rig.path()).size());
    result[QStringLiteral("diskRateMBps")] = mb(diskRate);
    result[QStringLiteral("rateMBps")] = mb(in.rate());
    result[QStringLiteral("maxInFlightMB")] = mb(double(maxInFlight));
    result[QStringLiteral("rssGrowthMB")] = mb(double(rssMax - rssBefore));
    result[QStringLiteral("throttledWrites")] = double(SlowDisk::throttledWrites());
    result[QStringLiteral("errors")] = errors;

    // Phase 2: reading paused, as with the Pause reading button.
    sent = 0;
    QProcess *pushing = startSender(rig.port(), 0, true, nullptr);
    followProgress(pushing, &sent);
    const ConnectionId paused = rig.waitForAccepted({ id });
    if (paused == 0)
        return failWith(QStringLiteral("no second connection was accepted"));
    rig.workbench().setReadingPaused(paused, true);
    const qint64 rssPauseStart = Bench::residentBytes();
    qint64 rssPauseMax = rssPauseStart;
    QList<qint64> sentSamples;
    QTimer pauseSampler;
    QObject::connect(&pauseSampler, &QTimer::timeout, &pauseSampler, [&] {
        sentSamples << sent;
        rssPauseMax = qMax(rssPauseMax, Bench::residentBytes());
    });
    pauseSampler.start(100);
    Bench::waitUntil([] { return false; }, pauseMs);
    pauseSampler.stop();
    const auto pausedInfo = rig.info(paused);
    const qint64 lastSecond = sentSamples.size() > 10
        ? sentSamples.last() - sentSamples.at(sentSamples.size() - 11)
        : -1;
    result[QStringLiteral("pausedSentMB")] = mb(double(sent));
    result[QStringLiteral("pausedInFlightMB")]
        = mb(double(sent - qint64(pausedInfo ? pausedInfo->bytesIn : 0)));
    result[QStringLiteral("pausedLastSecondBytes")] = double(lastSecond);
    result[QStringLiteral("pausedRssGrowthMB")] = mb(double(rssPauseMax - rssPauseStart));
    rig.workbench().abort(paused);
    rig.waitForClosed(paused, 5000);
    waitForExit(pushing);
    delete pushing;
    Bench::printResult(result);
    return 0;
}

struct Entry
{
    const char *name;
    bool widgets;
    Run run;
};

const Entry Entries[] = {
    { "sink-discard", false, [](const Parameters &p) { return runBareSink(p, false); } },
    { "sink-record", false, [](const Parameters &p) { return runBareSink(p, true); } },
    { "record-only", false, runRecordOnly },
    { "headless", false, [](const Parameters &p) { return runLabIngest(p, false); } },
    { "gui", true, [](const Parameters &p) { return runLabIngest(p, true); } },
    { "gui-close", true, runLabClose },
    { "many-bare", false, runManyBare },
    { "many", true, runManyLab },
    { "biglog-bare", true, runBigLogBare },
    { "biglog", true, runBigLog },
    { "startup-bare", true, [](const Parameters &p) { return runStartup(p, true); } },
    { "startup", true, [](const Parameters &p) { return runStartup(p, false); } },
    { "slowdisk", false, runSlowDisk },
    { "connects", false, PeerScenarios::runConnects },
    { "noreader", false, PeerScenarios::runNoReader },
    { "http-responder", false, [](const Parameters &p) { return ResponderScenarios::runHttp(p, false); } },
    { "http-responder-gui", true, [](const Parameters &p) { return ResponderScenarios::runHttp(p, true); } },
    { "udp-sink", false, UdpScenarios::runBareSink },
    { "udp-headless", false, [](const Parameters &p) { return UdpScenarios::runLab(p, false); } },
    { "udp-gui", true, [](const Parameters &p) { return UdpScenarios::runLab(p, true); } },
};

const Entry *find(const QString &name)
{
    for (const Entry &entry : Entries) {
        if (name == QLatin1String(entry.name))
            return &entry;
    }
    return nullptr;
}

} // namespace

QStringList names()
{
    QStringList all;
    for (const Entry &entry : Entries)
        all << QLatin1String(entry.name);
    return all;
}

bool needsWidgets(const QString &name)
{
    const Entry *entry = find(name);
    return entry && entry->widgets;
}

Parameters parse(const QStringList &arguments)
{
    Parameters parameters;
    for (qsizetype i = 0; i + 1 < arguments.size(); i += 2) {
        QString key = arguments.at(i);
        if (key.startsWith(QLatin1String("--")))
            key = key.mid(2);
        parameters.insert(key, arguments.at(i + 1));
    }
    return parameters;
}

int run(const QString &name, const Parameters &parameters)
{
    const Entry *entry = find(name);
    if (!entry)
        return failWith(QStringLiteral("unknown scenario %1").arg(name));
    return entry->run(parameters);
}

} // namespace Scenarios
