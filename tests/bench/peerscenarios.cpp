// SPDX-License-Identifier: GPL-3.0-or-later
#include "peerscenarios.h"

#include "benchsupport.h"

#include "outputbackpressure.h"
#include "session.h"
#include "workbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

namespace PeerScenarios {

using Scenarios::Parameters;

namespace {

QString benchScript(const char *name)
{
    return QStringLiteral(SOCKETLAB_BENCH_DIR "/") + QLatin1String(name);
}

int failWith(const QString &why)
{
    Bench::printResult({ { QStringLiteral("error"), why } });
    return 1;
}

// "RESULT a=1 b=2" -> {"a": 1, "b": 2}
void addFields(QJsonObject &result, const QByteArray &line)
{
    for (const QByteArray &field : line.mid(7).split(' ')) {
        const qsizetype equals = field.indexOf('=');
        if (equals > 0)
            result[QString::fromLatin1(field.left(equals))] = field.mid(equals + 1).toDouble();
    }
}

// SocketLab as a user runs it headless: a recording session and an echo listener.
struct EchoLab
{
    QString path;
    std::unique_ptr<Session> session;
    std::unique_ptr<Workbench> workbench;
    ConnectionId listener = 0;
    quint16 port = 0;

    ~EchoLab()
    {
        workbench.reset();
        session.reset();
        if (path.isEmpty())
            return; // never started: the python server ran instead
        QFile::remove(path);
        QFile::remove(path + QStringLiteral(".lock"));
    }

    bool start(const Parameters &parameters, const QString &name, int backlog, int connectionCap,
               QString *error)
    {
        path = parameters.value(QStringLiteral("dir"), QDir::tempPath())
            + QStringLiteral("/socketlab-bench-%1-%2.socketlab").arg(QCoreApplication::applicationPid()).arg(name);
        session = std::make_unique<Session>(std::make_unique<SessionClock>());
        if (!session->startRecording(path, error))
            return false;
        workbench = std::make_unique<Workbench>(*session);
        Workbench::ListenOptions options;
        options.echo = true;
        options.backlog = backlog;
        options.connectionCap = connectionCap;
        listener = workbench->listen(options);
        Bench::waitUntil([this] {
            const auto info = session->connections().find(listener);
            return info && info->localPort != 0;
        }, 10000);
        const auto info = session->connections().find(listener);
        port = info ? info->localPort : 0;
        if (port == 0)
            *error = QStringLiteral("SocketLab did not listen");
        return port != 0;
    }
};

// The python selectors echo server, in its own process.
bool startPythonServer(QProcess &server, int backlog, quint16 *port)
{
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral("python3"), { benchScript("selectors_echo.py"), QString::number(backlog) });
    if (!Bench::waitUntil([&server] { return server.canReadLine() || server.state() == QProcess::NotRunning; }, 10000))
        return false;
    const QByteArray line = server.readLine().trimmed();
    *port = line.startsWith("PORT ") ? line.mid(5).toUShort() : 0;
    return *port != 0;
}

// Runs burst_connects.py with arguments; its RESULT fields go into result.
bool runClients(const QStringList &arguments, QJsonObject &result, int timeoutMs)
{
    QProcess clients;
    clients.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    clients.start(QStringLiteral("python3"), QStringList { benchScript("burst_connects.py") } + arguments);
    if (!Bench::waitUntil([&clients] { return clients.state() == QProcess::NotRunning; }, timeoutMs)) {
        clients.kill();
        clients.waitForFinished(5000);
        return false;
    }
    for (const QByteArray &line : clients.readAllStandardOutput().split('\n')) {
        if (line.startsWith("RESULT "))
            addFields(result, line);
    }
    return result.contains(QLatin1String("elapsed_ms"));
}

} // namespace

// --server socketlab|python --mode burst|sequential --count N --backlog N
int runConnects(const Parameters &parameters)
{
    const bool python = parameters.value(QStringLiteral("server")) == QLatin1String("python");
    const QString mode = parameters.value(QStringLiteral("mode"), QStringLiteral("burst"));
    const int count = parameters.value(QStringLiteral("count"), QStringLiteral("10000")).toInt();
    const int backlog = parameters.value(QStringLiteral("backlog"), QStringLiteral("4096")).toInt();
    QProcess server;
    EchoLab lab;
    quint16 port = 0;
    QString error;
    if (python) {
        if (!startPythonServer(server, backlog, &port))
            return failWith(QStringLiteral("the python echo server did not start"));
    } else {
        // Every connection of the burst may be open at once: the cap must not refuse any.
        if (!lab.start(parameters, mode, backlog, qMax(count, ConnectionInfo::DefaultConnectionCap), &error))
            return failWith(error);
        port = lab.port;
    }
    QStringList arguments { mode, QString::number(port), QString::number(count) };
    if (mode == QLatin1String("burst"))
        arguments << QStringLiteral("10");
    QJsonObject result;
    const bool finished = runClients(arguments, result, 120000);
    result[QStringLiteral("rssMB")] = double(Bench::residentBytes()) / 1e6;
    if (python) {
        server.kill();
        server.waitForFinished(5000);
    }
    if (!finished)
        result[QStringLiteral("error")] = QStringLiteral("the clients did not finish");
    Bench::printResult(result);
    return finished ? 0 : 1;
}

// --clients N --bytes B: N noreader_peer.py processes each send B bytes to an echo listener
// without reading, until flow control holds them (or for 10 s); then they read everything back.
int runNoReader(const Parameters &parameters)
{
    const int clientCount = parameters.value(QStringLiteral("clients"), QStringLiteral("4")).toInt();
    const qint64 bytes = parameters.value(QStringLiteral("bytes"), QString::number(qint64(512) << 20)).toLongLong();
    EchoLab lab;
    QString error;
    if (!lab.start(parameters, QStringLiteral("noreader"), 0, ConnectionInfo::DefaultConnectionCap, &error))
        return failWith(error);
    const qint64 rssBefore = Bench::residentBytes();
    qint64 rssPeak = rssBefore, rssHeldPeak = rssBefore;
    bool reading = false;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] {
        const qint64 rss = Bench::residentBytes();
        rssPeak = qMax(rssPeak, rss);
        if (!reading)
            rssHeldPeak = qMax(rssHeldPeak, rss);
    });
    sampler.start(50);

    std::vector<std::unique_ptr<QProcess>> peers;
    std::vector<QByteArray> output(static_cast<size_t>(clientCount), QByteArray());
    for (int i = 0; i < clientCount; ++i) {
        peers.push_back(std::make_unique<QProcess>());
        peers.back()->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        peers.back()->start(QStringLiteral("python3"), { QStringLiteral(SOCKETLAB_PEERS_DIR "/noreader_peer.py"),
                                                          QString::number(lab.port), QString::number(bytes) });
    }
    const auto collect = [&] {
        for (size_t i = 0; i < peers.size(); ++i)
            output[i] += peers[i]->readAllStandardOutput();
    };
    const auto allSaid = [&](const char *word) {
        collect();
        return std::all_of(output.cbegin(), output.cend(), [word](const QByteArray &said) { return said.contains(word); });
    };
    // Held when each has stalled; 10 s at most (without back-pressure they never stall).
    Bench::waitUntil([&] { return allSaid("STALLED") || allSaid("SENT " + QByteArray::number(bytes)); }, 10000);
    const bool held = allSaid("STALLED");
    quint64 queuedMost = 0;
    for (const ConnectionInfo &connection : lab.session->connections().snapshot())
        queuedMost = qMax(queuedMost, connection.queuedOut);
    const qint64 rssHeld = Bench::residentBytes();
    reading = true;
    for (const auto &peer : peers)
        peer->write("read\n");
    const bool done = Bench::waitUntil([&] { return allSaid("DONE"); }, 600000);
    int verified = 0;
    for (const QByteArray &said : output)
        verified += said.contains("DONE sent=" + QByteArray::number(bytes) + " received=" + QByteArray::number(bytes) + " ok");
    for (const auto &peer : peers) {
        if (!peer->waitForFinished(5000))
            peer->kill();
    }
    QJsonObject result;
    result[QStringLiteral("held")] = held;
    result[QStringLiteral("verified")] = verified;
    result[QStringLiteral("clients")] = clientCount;
    result[QStringLiteral("bytes")] = double(bytes);
    result[QStringLiteral("queuedMostMB")] = double(queuedMost) / 1e6;
    result[QStringLiteral("capMB")] = double(OutputBackPressure::QueueCap) / 1e6;
    result[QStringLiteral("rssBeforeMB")] = double(rssBefore) / 1e6;
    result[QStringLiteral("rssHeldMB")] = double(rssHeld) / 1e6;
    result[QStringLiteral("rssHeldPeakMB")] = double(rssHeldPeak) / 1e6;
    result[QStringLiteral("rssPeakMB")] = double(rssPeak) / 1e6;
    if (!done)
        result[QStringLiteral("error")] = QStringLiteral("the peers did not get their echo back in 10 minutes");
    Bench::printResult(result);
    return done ? 0 : 1;
}

} // namespace PeerScenarios
