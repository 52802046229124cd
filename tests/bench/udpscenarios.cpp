// SPDX-License-Identifier: GPL-3.0-or-later
#include "udpscenarios.h"

#include "benchapplication.h"
#include "benchsupport.h"
#include "firstpaint.h"
#include "heartbeat.h"

#include "connectioninfo.h"
#include "mainwindow.h"
#include "session.h"
#include "udpendpoint.h"
#include "workbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include <arpa/inet.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace UdpScenarios {

namespace {

constexpr int Batch = 64;   // datagrams per sendmmsg() / recvmmsg()
constexpr int SenderGraceMs = 30000;

int failWith(const QString &why)
{
    Bench::printResult({ { QStringLiteral("error"), why } });
    return 1;
}

double seconds(const Scenarios::Parameters &parameters)
{
    bool ok = false;
    const double value = parameters.value(QStringLiteral("seconds")).toDouble(&ok);
    return ok && value > 0 ? value : 3;
}

int size(const Scenarios::Parameters &parameters)
{
    bool ok = false;
    const int value = parameters.value(QStringLiteral("size")).toInt(&ok);
    return ok && value >= 0 ? value : 64;
}

// The sender runs in its own process; its "SENT n" line is the invariant's right-hand side.
struct Sender
{
    QProcess process;
    qint64 startNs = 0;
    qint64 endNs = 0;

    void start(quint16 port, const Scenarios::Parameters &parameters)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&process, &QProcess::finished, &process, [this] { endNs = Bench::monotonicNs(); });
        startNs = Bench::monotonicNs();
        process.start(Bench::selfPath(), { QStringLiteral("--udp-sender"), QStringLiteral("127.0.0.1"),
                                           QString::number(port), QString::number(seconds(parameters)),
                                           QString::number(size(parameters)) });
    }
    bool finished(int timeoutMs)
    {
        if (!Bench::waitUntil([this] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
            process.kill();
            process.waitForFinished(2000);
            return false;
        }
        return true;
    }
    qint64 sent()
    {
        const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
        return fields.size() == 2 && fields.at(0) == "SENT" ? fields.at(1).toLongLong() : -1;
    }
    double durationSeconds() const { return double(endNs - startNs) / 1e9; }
};

quint32 dropCounter(int fd)
{
    quint32 info[SK_MEMINFO_VARS] = {};
    socklen_t length = sizeof info;
    return ::getsockopt(fd, SOL_SOCKET, SO_MEMINFO, info, &length) == 0 ? info[SK_MEMINFO_DROPS] : 0;
}

} // namespace

int runSender(const QString &host, quint16 port, double seconds, int size)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    ::inet_pton(AF_INET, host.toLatin1().constData(), &to.sin_addr);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
        std::perror("udp sender");
        return 1;
    }
    std::vector<char> payload(size_t(qMax(size, 0)), 'u');
    iovec vector { payload.data(), payload.size() };
    mmsghdr messages[Batch] = {};
    for (mmsghdr &message : messages) {
        message.msg_hdr.msg_iov = &vector;
        message.msg_hdr.msg_iovlen = 1;
    }
    const qint64 endNs = Bench::monotonicNs() + qint64(seconds * 1e9);
    qint64 sent = 0;
    while (Bench::monotonicNs() < endNs) {
        const int count = ::sendmmsg(fd, messages, Batch, 0);
        if (count > 0)
            sent += count;
        else if (count < 0 && errno != EINTR && errno != ENOBUFS && errno != EAGAIN && errno != ECONNREFUSED) {
            std::perror("sendmmsg");
            break;
        }
    }
    std::printf("SENT %lld\n", static_cast<long long>(sent));
    std::fflush(stdout);
    ::close(fd);
    return 0;
}

// The baseline: recvmmsg() into one buffer, thrown away, on the same default receive buffer.
int runBareSink(const Scenarios::Parameters &parameters)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return failWith(QString::fromLocal8Bit(std::strerror(errno)));
    std::vector<char> buffer(size_t(Batch) * 2048);
    iovec vectors[Batch];
    mmsghdr messages[Batch] = {};
    for (int i = 0; i < Batch; ++i) {
        vectors[i] = { buffer.data() + i * 2048, 2048 };
        messages[i].msg_hdr.msg_iov = &vectors[i];
        messages[i].msg_hdr.msg_iovlen = 1;
    }
    Sender sender;
    const double cpuBefore = Bench::cpuSeconds();
    sender.start(ntohs(address.sin_port), parameters);
    qint64 received = 0;
    // The sink reads on the main thread as SocketLab's network thread does, and lets the event
    // loop see the sender's exit between batches.
    bool senderDone = false;
    QObject::connect(&sender.process, &QProcess::finished, &sender.process, [&senderDone] { senderDone = true; });
    const qint64 deadline = Bench::monotonicNs() + qint64((seconds(parameters) * 1000 + SenderGraceMs) * 1e6);
    while (Bench::monotonicNs() < deadline) {
        pollfd readable { fd, POLLIN, 0 };
        ::poll(&readable, 1, 5);
        int count;
        while ((count = ::recvmmsg(fd, messages, Batch, MSG_DONTWAIT, nullptr)) > 0)
            received += count;
        QCoreApplication::processEvents();
        if (senderDone && count < 0)
            break;   // the sender is gone and the queue is empty
    }
    const qint64 sent = sender.sent();
    const qint64 dropped = dropCounter(fd);
    ::close(fd);
    QJsonObject result;
    result[QStringLiteral("sent")] = double(sent);
    result[QStringLiteral("recorded")] = double(received);
    result[QStringLiteral("dropped")] = double(dropped);
    result[QStringLiteral("seconds")] = sender.durationSeconds();
    result[QStringLiteral("perSecond")] = double(received) / sender.durationSeconds();
    result[QStringLiteral("cpuUsPerDatagram")] = received > 0 ? (Bench::cpuSeconds() - cpuBefore) * 1e6 / double(received) : 0;
    result[QStringLiteral("rssMB")] = double(Bench::residentBytes()) / 1e6;
    result[QStringLiteral("rssMaxMB")] = result.value(QLatin1String("rssMB"));
    Bench::printResult(result);
    return sent > 0 ? 0 : 1;
}

// SocketLab as the user runs it: a recording session, one bound UDP socket on loopback, and with
// a window the main window shown with the socket selected.
int runLab(const Scenarios::Parameters &parameters, bool withWindow)
{
    const QString path = parameters.value(QStringLiteral("dir"), QDir::tempPath())
        + QStringLiteral("/socketlab-bench-%1-udp.socketlab").arg(QCoreApplication::applicationPid());
    auto session = std::make_unique<Session>(std::make_unique<SessionClock>());
    QString error;
    if (!session->startRecording(path, &error))
        return failWith(error);
    auto workbench = std::make_unique<Workbench>(*session);
    std::unique_ptr<MainWindow> window;
    if (withWindow) {
        window = std::make_unique<MainWindow>(*workbench);
        FirstPaint painted(window.get());
        window->show();
        if (!Bench::waitUntil([&] { return painted.done(); }, 10000))
            return failWith(QStringLiteral("the window was never painted"));
    }
    const ConnectionId socket = workbench->openUdp(UdpOptions());
    const auto info = [&] { return session->connections().find(socket); };
    Bench::waitUntil([&] { return info() && info()->localPort != 0; }, 10000);
    if (!info() || info()->localPort == 0)
        return failWith(QStringLiteral("the UDP socket did not bind"));
    if (window)
        window->setCurrentConnection(socket);

    Heartbeat heartbeat;
    qint64 rssMax = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] { rssMax = qMax(rssMax, Bench::residentBytes()); });
    sampler.start(100);
    heartbeat.start();
    // With the window: what the GUI thread spent its time on meanwhile (the heaviest kinds).
    BenchApplication *application = BenchApplication::instance();
    if (application)
        application->startRecording();
    Sender sender;
    const double cpuBefore = Bench::cpuSeconds();
    const double networkCpuBefore = Bench::threadsCpuSeconds("network");
    sender.start(info()->localPort, parameters);
    const bool senderFinished = sender.finished(int(seconds(parameters) * 1000) + SenderGraceMs);
    const qint64 sent = sender.sent();
    // What is still queued is read: the invariant holds once recorded + dropped reach sent.
    const auto accounted = [&] { return qint64(info()->chunksIn + info()->datagramsDropped); };
    const bool balanced = Bench::waitUntil([&] { return accounted() >= sent; }, 30000);
    heartbeat.stop();
    sampler.stop();
    if (application)
        application->stopRecording();
    const qint64 recorded = qint64(info()->chunksIn);
    const qint64 dropped = qint64(info()->datagramsDropped);
    // CPU time per datagram: the whole process (every thread), and the network thread alone.
    const double cpuUs = (Bench::cpuSeconds() - cpuBefore) * 1e6;
    const double networkCpuUs = (Bench::threadsCpuSeconds("network") - networkCpuBefore) * 1e6;

    QJsonObject result;
    result[QStringLiteral("sent")] = double(sent);
    result[QStringLiteral("recorded")] = double(recorded);
    result[QStringLiteral("dropped")] = double(dropped);
    result[QStringLiteral("balanced")] = senderFinished && balanced && recorded + dropped == sent;
    result[QStringLiteral("seconds")] = sender.durationSeconds();
    result[QStringLiteral("perSecond")] = double(recorded) / sender.durationSeconds();
    result[QStringLiteral("cpuUsPerDatagram")] = recorded > 0 ? cpuUs / double(recorded) : 0;
    result[QStringLiteral("networkCpuUsPerDatagram")] = recorded > 0 ? networkCpuUs / double(recorded) : 0;
    result[QStringLiteral("logEvents")] = double(session->log().count());
    result[QStringLiteral("rssMB")] = double(Bench::residentBytes()) / 1e6;
    result[QStringLiteral("rssMaxMB")] = double(qMax(rssMax, Bench::residentBytes())) / 1e6;
    if (withWindow) {
        result[QStringLiteral("heartbeatTicks")] = heartbeat.ticks();
        result[QStringLiteral("heartbeatP99Ms")] = heartbeat.percentile(0.99);
        result[QStringLiteral("heartbeatMaxMs")] = heartbeat.maximum();
        if (application)
            result[QStringLiteral("guiCosts")] = QJsonArray::fromStringList(application->summary(5));
    }
    window.reset();
    workbench.reset();
    session.reset();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".lock"));
    Bench::printResult(result);
    return 0;
}

} // namespace UdpScenarios
