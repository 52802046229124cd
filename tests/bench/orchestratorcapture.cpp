// SPDX-License-Identifier: GPL-3.0-or-later
// The row of issue 17: a loopback flood into a headless, recording SocketLab with the capture on
// (dumpcap recording the flood's packets beside the log), against the same flood without it, in
// the same run; the capture's memory and its drop count.
#include "benchsupport.h"
#include "orchestrator.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

void Orchestrator::capture()
{
    // 2 GB as issue 17 asks; --quick floods 500 MB.
    const qint64 bytes = m_settings.quick ? 500000000 : 2000000000;
    const int repetitions = m_settings.quick ? 2 : 3;
    QList<double> plain, captured, rssMax, packets, received, dropped;
    bool complete = true;
    QString problem;
    // Interleaved, so that a disturbance falls on both variants alike.
    for (int repetition = 0; repetition < repetitions; ++repetition) {
        for (const bool withCapture : {false, true}) {
            QStringList arguments{QStringLiteral("--bytes"), QString::number(bytes)};
            if (withCapture)
                arguments << QStringLiteral("--capture") << QStringLiteral("1");
            const QJsonObject result = measure(QStringLiteral("headless"), arguments, 600000);
            complete = complete && result.value(QLatin1String("complete")).toBool();
            const double rate = result.value(QLatin1String("rateMBps")).toDouble();
            if (!withCapture) {
                plain << rate;
                continue;
            }
            captured << rate;
            rssMax << result.value(QLatin1String("rssMaxMB")).toDouble();
            packets << result.value(QLatin1String("wirePackets")).toDouble();
            received << result.value(QLatin1String("captureReceived")).toDouble();
            dropped << result.value(QLatin1String("captureDropped")).toDouble();
            if (problem.isEmpty())
                problem = result.value(QLatin1String("captureProblem")).toString();
        }
    }
    const auto median = [](QList<double> values) {
        if (values.isEmpty())
            return 0.0;
        std::sort(values.begin(), values.end());
        const qsizetype middle = values.size() / 2;
        return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
    };
    const double without = median(plain), with = median(captured);
    const double worstRss = rssMax.isEmpty() ? 0 : *std::max_element(rssMax.cbegin(), rssMax.cend());
    const QString size = QStringLiteral("%1 GB").arg(double(bytes) / 1e9, 0, 'g', 3);
    const bool capturing = problem.isEmpty() && median(packets) > 0;
    addRow({QStringLiteral("20a"),
            QStringLiteral("Ingest %1, headless recording with the capture on vs without (MB/s)").arg(size),
            QString::number(without, 'f', 0), QString::number(with, 'f', 0),
            without > 0 ? QString::number(with / without, 'f', 2) : QString(), QStringLiteral("≥ 0.5"),
            capturing && complete && with >= 0.5 * without ? Verdict::Pass : Verdict::Fail});
    addRow({QStringLiteral("20b"), QStringLiteral("Ingest %1 with the capture on: resident memory, max of the runs (MB)").arg(size),
            {}, QString::number(worstRss, 'f', 0), {}, QStringLiteral("< 300"),
            worstRss < 300 ? Verdict::Pass : Verdict::Fail});
    addRow({QStringLiteral("20c"),
            QStringLiteral("Ingest %1 with the capture on: packets recorded / received by dumpcap / dropped by the kernel "
                           "or dumpcap (median)")
                .arg(size),
            {},
            QStringLiteral("%1 / %2 / %3")
                .arg(median(packets), 0, 'f', 0)
                .arg(median(received), 0, 'f', 0)
                .arg(median(dropped), 0, 'f', 0),
            {}, {}, Verdict::Info});
    addRow({QStringLiteral("20d"), QStringLiteral("Every byte of every capture-on and capture-off run in the log"), {},
            complete ? QStringLiteral("yes") : QStringLiteral("NO"), {}, QStringLiteral("yes"),
            complete ? Verdict::Pass : Verdict::Fail});

    // The window with the capture on: the Wire pane and the chart's packets follow the flood too.
    const QJsonObject windowed = measure(
        QStringLiteral("gui"), {QStringLiteral("--bytes"), QString::number(bytes), QStringLiteral("--capture"),
                                QStringLiteral("1")},
        600000);
    QList<double> delays;
    for (const QJsonValue &delay : windowed.value(QLatin1String("heartbeatDelaysMs")).toArray())
        delays << delay.toDouble();
    const double p99 = Bench::percentile(delays, 0.99);
    const double worst = windowed.value(QLatin1String("heartbeatMaxMs")).toDouble();
    const bool windowComplete = windowed.value(QLatin1String("complete")).toBool() && !delays.isEmpty();
    addRow({QStringLiteral("20e"),
            QStringLiteral("Ingest %1 with the capture on, window shown: GUI heartbeat p99 / max of %2 ticks (ms late)")
                .arg(size)
                .arg(delays.size()),
            {}, QStringLiteral("%1 / %2").arg(p99, 0, 'f', 1).arg(worst, 0, 'f', 1), {}, QStringLiteral("≤ 33 / ≤ 100"),
            windowComplete && p99 <= 33 && worst <= 100 ? Verdict::Pass : Verdict::Fail});
    const auto list = [](const QList<double> &values) {
        QStringList texts;
        for (double value : values)
            texts << QString::number(value, 'f', 0);
        return texts.join(QStringLiteral(", "));
    };
    detail(QStringLiteral("capture: runs without %1 MB/s, with %2 MB/s; dropped %3%4")
               .arg(list(plain), list(captured), list(dropped),
                    problem.isEmpty() ? QString() : QStringLiteral("; the capture said: ") + problem));
}
