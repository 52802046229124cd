// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of issue 13 (peers in other processes): a burst of connects and a run of sequential
// ones against SocketLab and a python selectors echo server with the same backlog, and four
// clients that send to an echo listener without reading.
#include "orchestrator.h"

#include <QJsonObject>

namespace {

constexpr int Backlog = 4096; // SOMAXCONN: SocketLab's default, given to both servers

double number(const QJsonObject &result, const char *key)
{
    return result.value(QLatin1String(key)).toDouble();
}

QString fixed(double value, int decimals = 0)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

void Orchestrator::peers()
{
    const QString S = QStringLiteral("%1");
    const int burst = 10000, sequential = 500;
    const auto connects = [this](const QString &server, const QString &mode, int count) {
        return measure(QStringLiteral("connects"),
            { QStringLiteral("--server"), server, QStringLiteral("--mode"), mode, QStringLiteral("--count"),
                QString::number(count), QStringLiteral("--backlog"), QString::number(Backlog) },
            180000);
    };
    const QJsonObject pythonBurst = connects(QStringLiteral("python"), QStringLiteral("burst"), burst);
    const QJsonObject labBurst = connects(QStringLiteral("socketlab"), QStringLiteral("burst"), burst);
    const double pythonServed = number(pythonBurst, "served_in_window");
    const double labServed = number(labBurst, "served_in_window");
    addRow({ S.arg(8),
        QStringLiteral("10,000 non-blocking connects at once, echoed within 10 s (backlog %1; "
                       "baseline: python selectors echo server)")
            .arg(Backlog),
        fixed(pythonServed), fixed(labServed), pythonServed > 0 ? fixed(labServed / pythonServed, 2) : QString(),
        QStringLiteral("≥ baseline"), labServed >= pythonServed && labServed > 0 ? Verdict::Pass : Verdict::Fail });
    const QJsonObject pythonSequential = connects(QStringLiteral("python"), QStringLiteral("sequential"), sequential);
    const QJsonObject labSequential = connects(QStringLiteral("socketlab"), QStringLiteral("sequential"), sequential);
    const double labStalls = number(labSequential, "stalls");
    addRow({ S.arg(8), QStringLiteral("500 sequential connects: 1-second stalls (SYN retransmitted)"),
        fixed(number(pythonSequential, "stalls")), fixed(labStalls), {}, QStringLiteral("0"),
        labStalls == 0 && number(labSequential, "connected") == sequential ? Verdict::Pass : Verdict::Fail });
    for (const auto &[name, b, s] : { std::tuple { QStringLiteral("python"), pythonBurst, pythonSequential },
             std::tuple { QStringLiteral("SocketLab"), labBurst, labSequential } }) {
        detail(QStringLiteral("connects, %1: burst %2 served in 10 s, %3 in all, %4 failed, %5 s; sequential "
                              "%6 of 500 connected in %7 s, slowest connect %8 ms")
                   .arg(name, fixed(number(b, "served_in_window")), fixed(number(b, "served")),
                       fixed(number(b, "failed")), fixed(number(b, "elapsed_ms") / 1000, 1),
                       fixed(number(s, "connected")), fixed(number(s, "elapsed_ms") / 1000, 1))
                   .arg(fixed(number(s, "slowest_ms"))));
    }

    const qint64 bytes = m_settings.quick ? qint64(128) << 20 : qint64(512) << 20;
    const QJsonObject noReader = measure(QStringLiteral("noreader"),
        { QStringLiteral("--clients"), QStringLiteral("4"), QStringLiteral("--bytes"), QString::number(bytes) },
        900000);
    const double peak = number(noReader, "rssPeakMB");
    addRow({ S.arg(9),
        QStringLiteral("4 clients send %1 MiB each to echo, not reading: resident memory, peak (MB)")
            .arg(bytes >> 20),
        {}, fixed(peak), {}, QStringLiteral("< 300"),
        peak > 0 && peak < 300 && noReader.value(QLatin1String("held")).toBool() ? Verdict::Pass : Verdict::Fail });
    const int verified = int(number(noReader, "verified"));
    addRow({ S.arg(9), QStringLiteral("… then they read: clients that got every byte back, in order"), {},
        QStringLiteral("%1 / 4").arg(verified), {}, QStringLiteral("4"),
        verified == 4 ? Verdict::Pass : Verdict::Fail });
    detail(QStringLiteral("no reader: held by flow control: %1; most queued to one peer %2 MB (cap %3 MB); resident "
                          "%4 MB before, %5 MB at most while held, %6 MB at most while they read everything back")
               .arg(noReader.value(QLatin1String("held")).toBool() ? QStringLiteral("yes") : QStringLiteral("NO"),
                   fixed(number(noReader, "queuedMostMB"), 1), fixed(number(noReader, "capMB"), 1),
                   fixed(number(noReader, "rssBeforeMB")), fixed(number(noReader, "rssHeldPeakMB")), fixed(peak)));
}
