// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of issue 16: 64-byte UDP datagrams from a fast sender process into SocketLab,
// headless and with the window shown, beside a bare recvmmsg() sink in the same run.
#include "orchestrator.h"

#include <QJsonArray>
#include <QJsonObject>

void Orchestrator::udp()
{
    const QString seconds = QString::number(m_settings.udpSeconds);
    const auto flood = [this, &seconds](const QString &scenario) {
        return measure(scenario, { QStringLiteral("--seconds"), seconds, QStringLiteral("--size"), QStringLiteral("64") },
                       int(m_settings.udpSeconds * 1000) + 120000);
    };
    const QJsonObject bare = flood(QStringLiteral("udp-sink"));
    const QJsonObject headless = flood(QStringLiteral("udp-headless"));
    const QJsonObject gui = flood(QStringLiteral("udp-gui"));
    const auto rate = [](const QJsonObject &result) { return result.value(QLatin1String("perSecond")).toDouble(); };
    const auto number = [](const QJsonObject &result, const char *key) {
        return qint64(result.value(QLatin1String(key)).toDouble());
    };
    const double bareRate = rate(bare);
    const auto ratioRow = [&](const QString &row, const QString &what, const QJsonObject &lab, double target) {
        const double labRate = rate(lab);
        const bool balanced = lab.value(QLatin1String("balanced")).toBool();
        addRow({ row, what, QString::number(bareRate, 'f', 0), QString::number(labRate, 'f', 0),
                 bareRate > 0 ? QString::number(labRate / bareRate, 'f', 2) : QString(),
                 QStringLiteral("≥ %1×").arg(target),
                 balanced && bareRate > 0 && labRate >= target * bareRate ? Verdict::Pass : Verdict::Fail });
    };
    ratioRow(QStringLiteral("19a"),
             QStringLiteral("UDP, 64-byte datagrams for %1 s from a sendmmsg() process: datagrams recorded/s, headless "
                            "(baseline: bare recvmmsg() sink)")
                 .arg(seconds),
             headless, 0.8);
    ratioRow(QStringLiteral("19b"), QStringLiteral("the same with the window shown"), gui, 0.5);
    const double p99 = gui.value(QLatin1String("heartbeatP99Ms")).toDouble();
    const double max = gui.value(QLatin1String("heartbeatMaxMs")).toDouble();
    addRow({ QStringLiteral("19c"), QStringLiteral("UDP flood, window shown: GUI heartbeat p99 / max"), QString(),
             QStringLiteral("%1 / %2 ms").arg(p99, 0, 'f', 1).arg(max, 0, 'f', 1), QString(),
             QStringLiteral("≤ 33 / ≤ 100 ms"), p99 <= 33 && max <= 100 ? Verdict::Pass : Verdict::Fail });
    for (const auto &[name, result] : { std::pair { QStringLiteral("bare sink"), bare },
                                        std::pair { QStringLiteral("headless"), headless },
                                        std::pair { QStringLiteral("window"), gui } }) {
        detail(QStringLiteral("UDP %1: sent %2, recorded %3 + dropped by the kernel %4 = %5 (%6), %7 s, resident %8 "
                              "MB (max %9 MB), CPU %11 µs per datagram (network thread %12 µs)%10")
                   .arg(name)
                   .arg(number(result, "sent"))
                   .arg(number(result, "recorded"))
                   .arg(number(result, "dropped"))
                   .arg(number(result, "recorded") + number(result, "dropped"))
                   .arg(number(result, "recorded") + number(result, "dropped") == number(result, "sent")
                            ? QStringLiteral("= sent")
                            : QStringLiteral("≠ sent"))
                   .arg(result.value(QLatin1String("seconds")).toDouble(), 0, 'f', 2)
                   .arg(result.value(QLatin1String("rssMB")).toDouble(), 0, 'f', 0)
                   .arg(result.value(QLatin1String("rssMaxMB")).toDouble(), 0, 'f', 0)
                   .arg(result.contains(QLatin1String("error"))
                            ? QStringLiteral(": ") + result.value(QLatin1String("error")).toString()
                            : QString())
                   .arg(result.value(QLatin1String("cpuUsPerDatagram")).toDouble(), 0, 'f', 3)
                   .arg(result.value(QLatin1String("networkCpuUsPerDatagram")).toDouble(), 0, 'f', 3));
    }
    for (const QJsonValue &line : gui.value(QLatin1String("guiCosts")).toArray())
        detail(QStringLiteral("UDP window, GUI thread: %1").arg(line.toString()));
    const bool invariant = headless.value(QLatin1String("balanced")).toBool() && gui.value(QLatin1String("balanced")).toBool();
    addRow({ QStringLiteral("19d"), QStringLiteral("UDP flood: recorded + dropped by the kernel = sent (headless, window)"),
             QString(), invariant ? QStringLiteral("holds") : QStringLiteral("broken"), QString(),
             QStringLiteral("exact"), invariant ? Verdict::Pass : Verdict::Fail });
}
