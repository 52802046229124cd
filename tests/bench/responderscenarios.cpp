// SPDX-License-Identifier: GPL-3.0-or-later
#include "responderscenarios.h"

#include "benchsupport.h"
#include "firstpaint.h"
#include "heartbeat.h"

#include "mainwindow.h"
#include "responderloader.h"
#include "session.h"
#include "workbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace ResponderScenarios {

namespace {

int failWith(const QString &why)
{
    Bench::printResult({ { QStringLiteral("error"), why } });
    return 1;
}

// What the http responder answers to GET / with keep-alive, less its X-SocketLab-Connection
// header: the bare server sends a response of the same size class without any rule matching.
const QByteArray bareBody = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>SocketLab</title></head>\n"
                            "<body><h1>Hello from SocketLab</h1>\n<p>The http responder sent this page; the "
                            "X-SocketLab-Connection header names the connection.</p></body></html>\n";

QByteArray bareResponse()
{
    return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
         + QByteArray::number(bareBody.size()) + "\r\nConnection: keep-alive\r\n\r\n" + bareBody;
}

// The bare responder: every request head (up to its blank line) gets the fixed response.
void serveBare(QTcpServer &server)
{
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, pending = QByteArray()]() mutable {
                pending += socket->readAll();
                qsizetype end;
                while ((end = pending.indexOf("\r\n\r\n")) >= 0) {
                    pending.remove(0, end + 4);
                    socket->write(bareResponse());
                }
            });
        }
    });
}

double abField(const QByteArray &output, const char *label)
{
    const QRegularExpression field(QLatin1String(label) + QStringLiteral(":\\s+([0-9.]+)"));
    const QRegularExpressionMatch match = field.match(QString::fromLatin1(output));
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

} // namespace

int runHttp(const Scenarios::Parameters &parameters, bool withWindow)
{
    const bool bare = parameters.value(QStringLiteral("server")) == QLatin1String("bare");
    const QString requests = parameters.value(QStringLiteral("requests"), QStringLiteral("20000"));
    const QString concurrency = parameters.value(QStringLiteral("concurrency"), QStringLiteral("50"));
    QTcpServer bareServer;
    std::unique_ptr<Session> session;
    std::unique_ptr<Workbench> workbench;
    std::unique_ptr<MainWindow> window;
    Heartbeat heartbeat;
    const QString path = parameters.value(QStringLiteral("dir"), QDir::tempPath())
        + QStringLiteral("/socketlab-bench-%1-http.socketlab").arg(QCoreApplication::applicationPid());
    quint16 port = 0;
    if (bare) {
        serveBare(bareServer);
        if (!bareServer.listen(QHostAddress::LocalHost, 0))
            return failWith(bareServer.errorString());
        port = bareServer.serverPort();
    } else {
        QString error;
        Workbench::ListenOptions options;
        options.responder = ResponderLoader::find(QStringLiteral("http"), &error);
        if (!options.responder)
            return failWith(error);
        options.connectionCap = 1000;
        session = std::make_unique<Session>(std::make_unique<SessionClock>());
        if (!session->startRecording(path, &error))
            return failWith(error);
        workbench = std::make_unique<Workbench>(*session);
        if (withWindow) {
            // As a user runs it: the window shown, every view live, the log following the traffic.
            // ab starts once the window's first paint is complete: its layout and first paint are
            // start-up, not the cost of following the traffic.
            window = std::make_unique<MainWindow>(*workbench);
            FirstPaint painted(window.get());
            window->show();
            if (!Bench::waitUntil([&] { return painted.done(); }, 10000))
                return failWith(QStringLiteral("the window was never painted"));
        }
        const ConnectionId listener = workbench->listen(options);
        Bench::waitUntil([&] {
            const auto info = session->connections().find(listener);
            return info && info->localPort != 0;
        }, 10000);
        const auto info = session->connections().find(listener);
        port = info ? info->localPort : 0;
        if (port == 0)
            return failWith(QStringLiteral("SocketLab did not listen"));
    }
    // ab runs `repeat` times on the same listener (new connections each time): a run of 20,000
    // requests lasts about a second, too few heartbeat ticks for a p99 that is not the maximum.
    const int repeat = qMax(1, parameters.value(QStringLiteral("repeat"), QStringLiteral("1")).toInt());
    double complete = 0, failed = 0, keepalive = 0, seconds = 0;
    const double cpuBefore = Bench::cpuSeconds();
    heartbeat.start();
    for (int run = 0; run < repeat; ++run) {
        QProcess ab;
        ab.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        ab.start(QStringLiteral("ab"), { QStringLiteral("-q"), QStringLiteral("-k"), QStringLiteral("-n"), requests,
                                         QStringLiteral("-c"), concurrency,
                                         QStringLiteral("http://127.0.0.1:%1/").arg(port) });
        if (!Bench::waitUntil([&ab] { return ab.state() == QProcess::NotRunning; }, 300000)) {
            ab.kill();
            ab.waitForFinished(5000);
            return failWith(QStringLiteral("ab did not finish (apache2-utils installed?)"));
        }
        const QByteArray output = ab.readAllStandardOutput();
        complete += abField(output, "Complete requests");
        failed += abField(output, "Failed requests");
        keepalive += abField(output, "Keep-Alive requests");
        seconds += abField(output, "Time taken for tests");
    }
    heartbeat.stop();
    const double cpu = Bench::cpuSeconds() - cpuBefore;
    QJsonObject result;
    if (withWindow) {
        result[QStringLiteral("heartbeatTicks")] = heartbeat.ticks();
        result[QStringLiteral("heartbeatP99Ms")] = heartbeat.percentile(0.99);
        result[QStringLiteral("heartbeatMaxMs")] = heartbeat.maximum();
    }
    // Requests per second over all the runs, as ab counts them (its own clock, first request to
    // last answer); the server's CPU time per request (this process, every thread; ab not counted).
    result[QStringLiteral("rps")] = seconds > 0 ? complete / seconds : -1;
    result[QStringLiteral("complete")] = complete;
    result[QStringLiteral("failed")] = failed;
    result[QStringLiteral("keepalive")] = keepalive;
    result[QStringLiteral("cpuUsPerRequest")] = complete > 0 ? cpu * 1e6 / complete : 0;
    if (workbench) {
        // Recorded: the answers the log holds, one note per page the rules sent.
        window.reset();
        workbench.reset();
        qint64 answered = 0;
        const TrafficLog &log = session->log();
        for (qint64 i = 0; i < log.count(); ++i) {
            const TrafficEvent event = log.event(i);
            if (event.kind == EventKind::Note && log.payload(event).contains("rule \"page-answer\" answered"))
                ++answered;
        }
        result[QStringLiteral("recorded")] = double(answered);
        session.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral(".lock"));
    }
    Bench::printResult(result);
    return result.value(QLatin1String("rps")).toDouble() > 0 ? 0 : 1;
}

} // namespace ResponderScenarios
