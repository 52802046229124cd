// SPDX-License-Identifier: GPL-3.0-or-later
// The row of issue 18: the http responder under ab -k, headless and recording, beside a bare Qt
// program that answers the same page without recording, in the same run.
#include "orchestrator.h"

#include <QJsonObject>

void Orchestrator::responders()
{
    const QString requests = m_settings.quick ? QStringLiteral("5000") : QStringLiteral("20000");
    // Each measurement runs ab this many times in a row: enough heartbeat ticks for a p99.
    const QString repeat = m_settings.quick ? QStringLiteral("2") : QStringLiteral("5");
    const auto http = [this, &requests, &repeat](const QString &server, const QString &scenario = QStringLiteral("http-responder")) {
        return measure(scenario,
            { QStringLiteral("--server"), server, QStringLiteral("--requests"), requests, QStringLiteral("--concurrency"),
                QStringLiteral("50"), QStringLiteral("--repeat"), repeat },
            360000);
    };
    const QJsonObject bare = http(QStringLiteral("bare"));
    const QJsonObject lab = http(QStringLiteral("socketlab"));
    const QJsonObject windowed = http(QStringLiteral("socketlab"), QStringLiteral("http-responder-gui"));
    const double bareRps = bare.value(QLatin1String("rps")).toDouble();
    const double labRps = lab.value(QLatin1String("rps")).toDouble();
    const int wanted = requests.toInt() * repeat.toInt();
    const bool allAnswered = lab.value(QLatin1String("complete")).toDouble() == wanted
        && lab.value(QLatin1String("failed")).toDouble() == 0 && lab.value(QLatin1String("recorded")).toDouble() == wanted;
    addRow({ QStringLiteral("18"),
        QStringLiteral("http responder, headless and recording, under ab -k -n %1 -c 50 (%2 runs): requests/s "
                       "(baseline: bare Qt responder, no recording)")
            .arg(requests, repeat),
        QString::number(bareRps, 'f', 0), QString::number(labRps, 'f', 0),
        bareRps > 0 ? QString::number(labRps / bareRps, 'f', 2) : QString(), QStringLiteral("≥ 0.5×"),
        allAnswered && bareRps > 0 && labRps >= 0.5 * bareRps ? Verdict::Pass : Verdict::Fail });
    const double windowedRps = windowed.value(QLatin1String("rps")).toDouble();
    const bool windowedAnswered = windowed.value(QLatin1String("complete")).toDouble() == wanted
        && windowed.value(QLatin1String("failed")).toDouble() == 0
        && windowed.value(QLatin1String("recorded")).toDouble() == wanted;
    addRow({ QStringLiteral("18"),
        QStringLiteral("http responder, window shown and recording, under ab -k -n %1 -c 50 (%2 runs): requests/s "
                       "(baseline: bare Qt responder, no recording)")
            .arg(requests, repeat),
        QString::number(bareRps, 'f', 0), QString::number(windowedRps, 'f', 0),
        bareRps > 0 ? QString::number(windowedRps / bareRps, 'f', 2) : QString(), QStringLiteral("≥ 0.5×"),
        windowedAnswered && bareRps > 0 && windowedRps >= 0.5 * bareRps ? Verdict::Pass : Verdict::Fail });
    const double p99 = windowed.value(QLatin1String("heartbeatP99Ms")).toDouble();
    addRow({ QStringLiteral("18"),
        QStringLiteral("GUI heartbeat during the windowed http responder runs, p99 of %1 ticks (ms late)")
            .arg(windowed.value(QLatin1String("heartbeatTicks")).toInt()),
        {}, QString::number(p99, 'f', 1), {}, QStringLiteral("≤ 33"),
        windowed.contains(QLatin1String("heartbeatP99Ms")) && p99 <= 33 ? Verdict::Pass : Verdict::Fail });
    detail(QStringLiteral("http responder: %1 complete, %2 failed, %3 kept alive, %4 answers recorded; bare: %5 "
                          "complete, %6 failed")
               .arg(lab.value(QLatin1String("complete")).toDouble())
               .arg(lab.value(QLatin1String("failed")).toDouble())
               .arg(lab.value(QLatin1String("keepalive")).toDouble())
               .arg(lab.value(QLatin1String("recorded")).toDouble())
               .arg(bare.value(QLatin1String("complete")).toDouble())
               .arg(bare.value(QLatin1String("failed")).toDouble()));
    detail(QStringLiteral("http responder, CPU time per request (the server process, every thread): bare %1 µs, "
                          "headless %2 µs, window %3 µs; window heartbeat max %4 ms")
               .arg(bare.value(QLatin1String("cpuUsPerRequest")).toDouble(), 0, 'f', 1)
               .arg(lab.value(QLatin1String("cpuUsPerRequest")).toDouble(), 0, 'f', 1)
               .arg(windowed.value(QLatin1String("cpuUsPerRequest")).toDouble(), 0, 'f', 1)
               .arg(windowed.value(QLatin1String("heartbeatMaxMs")).toDouble(), 0, 'f', 1));
}
