// SPDX-License-Identifier: GPL-3.0-or-later
#include "orchestrator.h"

#include "benchsupport.h"
#include "crc32.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStorageInfo>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

const QString S = QStringLiteral("%1");

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double number(const QJsonObject &result, const char *key)
{
    return result.value(QLatin1String(key)).toDouble();
}

QString fixed(double value, int decimals = 0)
{
    return QString::number(value, 'f', decimals);
}

QString gigabytes(qint64 bytes)
{
    return QStringLiteral("%1 GB").arg(double(bytes) / 1e9, 0, 'g', 3);
}

QString firstLineOf(const QString &path, const QByteArray &prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

// How fast each CRC-32 method this CPU runs checksums 64 KiB records (a flood's read size), in
// GB/s: the best of five passes over 256 MiB, in this process.
QString checksumRates()
{
    QByteArray record(65536, Qt::Uninitialized);
    for (qsizetype i = 0; i < record.size(); ++i)
        record[i] = char(i * 7 + i / 251);
    const QStringList names { QStringLiteral("zlib"), QStringLiteral("fold 128"),
        QStringLiteral("fold 256") };
    QStringList rates;
    for (const Crc32::Method method : Crc32::supportedMethods()) {
        double best = 0;
        quint32 crc = 0;
        for (int pass = 0; pass < 5; ++pass) {
            QElapsedTimer clock;
            clock.start();
            for (int i = 0; i < 4096; ++i)
                crc = Crc32::update(method, crc, record.constData(), record.size());
            best = qMax(best, 4096.0 * double(record.size()) / double(clock.nsecsElapsed()));
        }
        Q_UNUSED(crc);
        rates << QStringLiteral("%1 %2").arg(names.at(int(method)), fixed(best, 1));
    }
    return rates.join(QStringLiteral(", "));
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

} // namespace

Orchestrator::Orchestrator(const Settings &settings)
    : m_settings(settings)
{
}

bool Orchestrator::selected(const QString &group) const
{
    return m_settings.only.isEmpty() || m_settings.only.contains(group);
}

QJsonObject Orchestrator::measure(
    const QString &scenario, const QStringList &arguments, int timeoutMs)
{
    Bench::note(QStringLiteral("%1 %2").arg(scenario, arguments.join(QLatin1Char(' '))));
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList all { QStringLiteral("--run"), scenario };
    all << arguments << QStringLiteral("--dir") << m_settings.directory;
    if (scenario.startsWith(QLatin1String("startup")))
        all << QStringLiteral("--spawn-ns") << QString::number(Bench::monotonicNs());
    process.start(Bench::selfPath(), all);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return { { QStringLiteral("error"),
            QStringLiteral("%1 timed out after %2 s").arg(scenario).arg(timeoutMs / 1000) } };
    }
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (line.startsWith("RESULT ")) {
            const QJsonObject result = QJsonDocument::fromJson(line.mid(7)).object();
            if (result.contains(QLatin1String("error"))
                && !result.value(QLatin1String("error")).toString().isEmpty())
                Bench::note(QStringLiteral("%1: %2").arg(
                    scenario, result.value(QLatin1String("error")).toString()));
            return result;
        }
    }
    return { { QStringLiteral("error"),
        QStringLiteral("%1 printed no result (exit %2)").arg(scenario).arg(process.exitCode()) } };
}

void Orchestrator::detail(const QString &text)
{
    m_details << text;
}

int Orchestrator::run()
{
    QElapsedTimer clock;
    clock.start();
    printMachine();
    const QString loadBefore = loadAverage();
    if (selected(QStringLiteral("ingest")))
        ingest();
    if (selected(QStringLiteral("close")))
        closing();
    if (selected(QStringLiteral("memory")))
        memory();
    if (selected(QStringLiteral("many")))
        manyConnections();
    if (selected(QStringLiteral("biglog")))
        bigLog();
    if (selected(QStringLiteral("startup")))
        startup();
    if (selected(QStringLiteral("slowdisk")))
        slowDisk();
    if (selected(QStringLiteral("peers")))
        peers();
    if (selected(QStringLiteral("responders")))
        responders();
    if (selected(QStringLiteral("udp")))
        udp();
    if (selected(QStringLiteral("capture")))
        capture();
    if (!m_commandLatencies.isEmpty()) {
        const double worst = Bench::percentile(m_commandLatencies, 1.0);
        addRow({ S.arg(2),
            QStringLiteral("A command posted every 20 ms during the windowed floods: wait for the "
                           "network thread, p99 / max of %1 (ms)")
                .arg(m_commandLatencies.size()),
            {},
            QStringLiteral("%1 / %2").arg(
                fixed(Bench::percentile(m_commandLatencies, 0.99), 1), fixed(worst, 1)),
            {}, QStringLiteral("max ≤ 100"), worst <= 100 ? Verdict::Pass : Verdict::Fail });
    }
    printTable();
    std::printf("\nLoad average before: %s; after: %s. Whole run: %.0f s.\n",
        qPrintable(loadBefore), qPrintable(loadAverage()), double(clock.elapsed()) / 1000);
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
               [](const Row &row) { return row.verdict == Verdict::Fail; })
        ? 1
        : 0;
}

void Orchestrator::printMachine()
{
    const QStorageInfo storage(m_settings.directory);
    std::printf("SocketLab benchmark (%s), %s\n", m_settings.quick ? "--quick" : "full",
        qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)));
    std::printf("Machine: %d CPUs, %s; %s %s; Qt %s\n", QThread::idealThreadCount(),
        qPrintable(firstLineOf(QStringLiteral("/proc/cpuinfo"), "model name")),
        qPrintable(QSysInfo::kernelType()), qPrintable(QSysInfo::kernelVersion()), qVersion());
    std::printf("Memory: %s; scratch directory %s on %s (%s)\n",
        qPrintable(firstLineOf(QStringLiteral("/proc/meminfo"), "MemTotal")),
        qPrintable(m_settings.directory), storage.device().constData(),
        storage.fileSystemType().constData());
    std::printf("Platform: QT_QPA_PLATFORM=%s; load average at start: %s\n\n",
        qgetenv("QT_QPA_PLATFORM").constData(), qPrintable(loadAverage()));
    std::fflush(stdout);
}

void Orchestrator::printTable()
{
    // In scenario order: some rows (the commands' wait) are only known at the end.
    std::stable_sort(m_rows.begin(), m_rows.end(),
        [](const Row &a, const Row &b) { return a.number.toInt() < b.number.toInt(); });
    std::printf("\n| # | Scenario | Baseline | SocketLab | Ratio | Target | Result |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    for (const Row &row : std::as_const(m_rows)) {
        const char *verdict = row.verdict == Verdict::Pass ? "pass"
            : row.verdict == Verdict::Fail                 ? "**FAIL**"
                                                           : "info";
        std::printf("| %s | %s | %s | %s | %s | %s | %s |\n", qPrintable(row.number),
            qPrintable(row.scenario),
            qPrintable(row.baseline.isEmpty() ? QStringLiteral("—") : row.baseline),
            qPrintable(row.socketLab),
            qPrintable(row.ratio.isEmpty() ? QStringLiteral("—") : row.ratio),
            qPrintable(row.target.isEmpty() ? QStringLiteral("—") : row.target), verdict);
    }
    if (!m_details.isEmpty()) {
        std::printf("\nDetails:\n");
        for (const QString &line : std::as_const(m_details))
            std::printf("- %s\n", qPrintable(line));
    }
    std::fflush(stdout);
}

void Orchestrator::ingest()
{
    const qint64 bytes = m_settings.quick ? 500000000 : 2000000000;
    const int repetitions = m_settings.quick ? 3 : 5;
    // "sink-record-64k" is the bare recorder reading as SocketLab reads, 64 KiB at a time.
    const QStringList variants { QStringLiteral("sink-discard"), QStringLiteral("sink-record"),
        QStringLiteral("sink-record-64k"), QStringLiteral("headless"), QStringLiteral("gui") };
    QHash<QString, QList<double>> rates, cpu, rss;
    QList<double> delays, maxima, frameP99, commands;
    QStringList guiCosts;
    bool complete = true;
    // Interleaved, so that a disturbance (another process, the page cache writing back) does not
    // fall on one variant only.
    for (int repetition = 0; repetition < repetitions; ++repetition) {
        for (const QString &variant : variants) {
            QStringList arguments { QStringLiteral("--bytes"), QString::number(bytes) };
            QString scenario = variant;
            if (variant == QLatin1String("sink-record-64k")) {
                scenario = QStringLiteral("sink-record");
                arguments << QStringLiteral("--read-chunk") << QStringLiteral("65536");
            }
            const QJsonObject result = measure(scenario, arguments, 600000);
            complete = complete && result.value(QLatin1String("complete")).toBool();
            rates[variant] << number(result, "rateMBps");
            cpu[variant] << number(result, "cpuSeconds") / (double(bytes) / 1e9);
            rss[variant] << number(result, "rssMB");
            if (variant == QLatin1String("gui")) {
                for (const QJsonValue &delay :
                    result.value(QLatin1String("heartbeatDelaysMs")).toArray())
                    delays << delay.toDouble();
                maxima << number(result, "heartbeatMaxMs");
                frameP99 << number(result, "frameP99Ms");
                for (const QJsonValue &latency :
                    result.value(QLatin1String("commandLatenciesMs")).toArray())
                    commands << latency.toDouble();
                guiCosts.clear();
                const QJsonArray costs = result.value(QLatin1String("guiCosts")).toArray();
                for (qsizetype i = 0; i < qMin<qsizetype>(3, costs.size()); ++i)
                    guiCosts << costs.at(i).toString();
            }
        }
    }
    const double discard = median(rates[variants[0]]), record = median(rates[variants[1]]);
    const double record64k = median(rates[variants[2]]);
    const double headless = median(rates[variants[3]]), gui = median(rates[variants[4]]);
    const QString size = gigabytes(bytes);
    addRow({ S.arg(1), QStringLiteral("Ingest %1, bare discard-only sink (MB/s)").arg(size), {},
        fixed(discard), {}, {}, Verdict::Info });
    addRow({ S.arg(1),
        QStringLiteral("Ingest %1, bare recorder reading 64 KiB at a time vs bare recorder (MB/s)")
            .arg(size),
        fixed(record), fixed(record64k), fixed(record64k / record, 2), {}, Verdict::Info });
    addRow({ S.arg(1),
        QStringLiteral("Ingest %1, headless recording vs bare recorder (MB/s)").arg(size),
        fixed(record), fixed(headless), fixed(headless / record, 2), QStringLiteral("≥ 0.85"),
        headless / record >= 0.85 && complete ? Verdict::Pass : Verdict::Fail });
    addRow({ S.arg(1),
        QStringLiteral("Ingest %1, window shown, all views live vs bare recorder (MB/s)").arg(size),
        fixed(record), fixed(gui), fixed(gui / record, 2), QStringLiteral("≥ 0.70"),
        gui / record >= 0.7 && complete ? Verdict::Pass : Verdict::Fail });
    addRow({ S.arg(1), QStringLiteral("Every byte of every ingest run in the log and counters"), {},
        complete ? QStringLiteral("yes") : QStringLiteral("NO"), {}, QStringLiteral("yes"),
        complete ? Verdict::Pass : Verdict::Fail });
    // The ticks of every windowed run together: each run lasts only a few seconds.
    const double p99 = Bench::percentile(delays, 0.99);
    const double worstMax
        = maxima.isEmpty() ? 0 : *std::max_element(maxima.cbegin(), maxima.cend());
    addRow({ S.arg(2), QStringLiteral("Heartbeat during the windowed floods, p50 (ms late)"), {},
        fixed(Bench::percentile(delays, 0.5), 1), {}, {}, Verdict::Info });
    addRow({ S.arg(2),
        QStringLiteral("Heartbeat during the windowed floods, p99 of %1 ticks (ms late)")
            .arg(delays.size()),
        {}, fixed(p99, 1), {}, QStringLiteral("≤ 33"), p99 <= 33 ? Verdict::Pass : Verdict::Fail });
    addRow({ S.arg(2), QStringLiteral("Heartbeat during the windowed floods, max (ms late)"), {},
        fixed(worstMax, 1), {}, QStringLiteral("≤ 100"),
        worstMax <= 100 ? Verdict::Pass : Verdict::Fail });
    const auto list = [](const QList<double> &values) {
        QStringList texts;
        for (double value : values)
            texts << fixed(value);
        return texts.join(QStringLiteral(", "));
    };
    m_commandLatencies << commands;
    detail(
        QStringLiteral("windowed floods: a frame (the window's UpdateRequest) took %1 ms at p99 "
                       "(median of the runs); the GUI thread's biggest costs in the last run: %2")
            .arg(fixed(median(frameP99), 1), guiCosts.join(QStringLiteral("; "))));
    detail(QStringLiteral("CRC-32 of 64 KiB records (GB/s): %1; the journal uses the last")
               .arg(checksumRates()));
    for (const QString &variant : variants) {
        detail(QStringLiteral("ingest %1: runs %2 MB/s; CPU %3 s per GB; resident %4 MB at the end")
                   .arg(variant, list(rates[variant]), fixed(median(cpu[variant]), 2),
                       fixed(median(rss[variant]))));
    }
}

void Orchestrator::closing()
{
    const QJsonObject result = measure(QStringLiteral("gui-close"), {}, 120000);
    for (const char *action : { "close", "abort" }) {
        const QString key = QLatin1String(action);
        const double effect = number(result, qPrintable(key + QStringLiteral("EffectMs")));
        const bool closed = result.value(key + QStringLiteral("Closed")).toBool();
        addRow({ S.arg(2),
            QStringLiteral("%1 button during a flood: click to Closed event (ms)")
                .arg(key == QLatin1String("close") ? QStringLiteral("Close (FIN)")
                                                   : QStringLiteral("Abort (RST)")),
            {}, closed ? fixed(effect, 1) : QStringLiteral("never"), {}, QStringLiteral("≤ 100"),
            closed && effect <= 100 ? Verdict::Pass : Verdict::Fail });
        detail(QStringLiteral("%1: flood at %2 MB/s before the click; the GUI saw the connection "
                              "closed %3 ms after it")
                   .arg(key, fixed(number(result, qPrintable(key + QStringLiteral("FloodMBps")))),
                       fixed(number(result, qPrintable(key + QStringLiteral("SeenMs"))), 1)));
    }
}

void Orchestrator::memory()
{
    const qint64 bytes = m_settings.quick ? 2000000000 : 8000000000;
    const QJsonObject recorder = measure(QStringLiteral("sink-record"),
        { QStringLiteral("--bytes"), QString::number(bytes) }, 900000);
    const QJsonObject result = measure(
        QStringLiteral("gui"), { QStringLiteral("--bytes"), QString::number(bytes) }, 900000);
    for (const QJsonValue &latency : result.value(QLatin1String("commandLatenciesMs")).toArray())
        m_commandLatencies << latency.toDouble();
    const double rss = number(result, "rssMB");
    const double slope = number(result, "rssSlopeMBperGB");
    // Quick runs move less than 8 GB: the figure at 8 GB is extrapolated along the slope.
    const double at8 = rss + qMax(0.0, slope) * (8.0 - double(bytes) / 1e9);
    const bool complete = result.value(QLatin1String("complete")).toBool();
    addRow({ S.arg(3),
        QStringLiteral("Resident memory after %1 received, window shown (MB)")
            .arg(gigabytes(bytes)),
        fixed(number(recorder, "rssMB")), fixed(rss), {},
        m_settings.quick ? QString() : QStringLiteral("< 300"),
        m_settings.quick ? Verdict::Info
                         : (rss < 300 && complete ? Verdict::Pass : Verdict::Fail) });
    addRow({ S.arg(3), QStringLiteral("Resident memory growth per GB received (MB/GB)"), {},
        fixed(slope, 1), {}, {}, Verdict::Info });
    if (m_settings.quick) {
        addRow({ S.arg(3), QStringLiteral("Resident memory at 8 GB, extrapolated (MB)"), {},
            fixed(at8), {}, QStringLiteral("< 300"),
            at8 < 300 && complete ? Verdict::Pass : Verdict::Fail });
    }
    detail(QStringLiteral(
        "memory run: %1 MB/s over %2 (bare recorder %3 MB/s); %4 events; resident %5 MB before "
        "the flood, %6 MB max; heartbeat p99 %7 ms, max %8 ms; complete: %9")
               .arg(fixed(number(result, "rateMBps")), gigabytes(bytes),
                   fixed(number(recorder, "rateMBps")), fixed(number(result, "logEvents")),
                   fixed(number(result, "rssBeforeMB")), fixed(number(result, "rssMaxMB")),
                   fixed(number(result, "heartbeatP99Ms"), 1),
                   fixed(number(result, "heartbeatMaxMs"), 1),
                   complete ? QStringLiteral("yes") : QStringLiteral("NO")));
}

void Orchestrator::manyConnections()
{
    const QStringList arguments { QStringLiteral("--clients"), QStringLiteral("1000"),
        QStringLiteral("--messages"), QStringLiteral("100"), QStringLiteral("--size"),
        QStringLiteral("1024") };
    const QJsonObject bare = measure(QStringLiteral("many-bare"), arguments, 300000);
    const QJsonObject lab = measure(QStringLiteral("many"), arguments, 300000);
    const auto roundTrips = [](const QJsonObject &result) {
        const double seconds = number(result, "elapsedMs") / 1000;
        return seconds > 0 ? number(result, "roundTrips") / seconds : 0;
    };
    const double bareRate = roundTrips(bare), labRate = roundTrips(lab);
    addRow({ S.arg(4), QStringLiteral("1,000 clients × 100 echoed 1 kB messages (round trips/s)"),
        fixed(bareRate), fixed(labRate), bareRate > 0 ? fixed(labRate / bareRate, 2) : QString(),
        {}, Verdict::Info });
    const int verified = int(number(lab, "verifiedConnections"));
    const bool allBytes = verified == 1000 && number(lab, "failed") == 0
        && number(lab, "mismatches") == 0
        && number(lab, "logBytesIn") == number(lab, "expectedBytes")
        && number(lab, "counterBytesIn") == number(lab, "expectedBytes")
        && number(lab, "logBytesOut") == number(lab, "expectedBytes")
        && number(lab, "counterBytesOut") == number(lab, "expectedBytes");
    addRow({ S.arg(4),
        QStringLiteral("Connections whose every byte is in the log and counters, both ways"), {},
        QStringLiteral("%1 / 1000").arg(verified), {}, QStringLiteral("1000"),
        allBytes ? Verdict::Pass : Verdict::Fail });
    const double p99 = number(lab, "heartbeatP99Ms");
    addRow({ S.arg(4), QStringLiteral("Heartbeat with 1,000 clients, p99 (ms late)"),
        fixed(number(bare, "heartbeatP99Ms"), 1), fixed(p99, 1), {}, QStringLiteral("≤ 50"),
        p99 <= 50 ? Verdict::Pass : Verdict::Fail });
    for (const auto &[name, result] : { std::pair { QStringLiteral("bare echo server"), bare },
             std::pair { QStringLiteral("SocketLab"), lab } }) {
        detail(
            QStringLiteral("many connections, %1: %2 of %3 clients completed, %4 failed, %5 "
                           "mismatches, peak %6 open; "
                           "%7 s; round trip p50 %8 ms, p99 %9 ms; heartbeat max %10 ms%11")
                .arg(name, fixed(number(result, "completed")), fixed(number(result, "clients")),
                    fixed(number(result, "failed")), fixed(number(result, "mismatches")),
                    fixed(number(result, "peakOpen")), fixed(number(result, "elapsedMs") / 1000, 2),
                    fixed(number(result, "rttP50Ms"), 2), fixed(number(result, "rttP99Ms"), 2))
                .arg(fixed(number(result, "heartbeatMaxMs"), 1),
                    result.value(QLatin1String("error")).toString().isEmpty()
                        ? QString()
                        : QStringLiteral("; first error: ")
                            + result.value(QLatin1String("error")).toString()));
    }
    detail(QStringLiteral("many connections, SocketLab: log holds %1 bytes in / %2 out, counters "
                          "%3 / %4, expected %5 "
                          "each way; %6 events; resident %7 MB")
               .arg(fixed(number(lab, "logBytesIn")), fixed(number(lab, "logBytesOut")),
                   fixed(number(lab, "counterBytesIn")), fixed(number(lab, "counterBytesOut")),
                   fixed(number(lab, "expectedBytes")), fixed(number(lab, "logEvents")),
                   fixed(number(lab, "rssMB"))));
}

void Orchestrator::bigLog()
{
    const QStringList arguments { QStringLiteral("--events"), QStringLiteral("1000000") };
    const QJsonObject bare = measure(QStringLiteral("biglog-bare"), arguments, 600000);
    const QJsonObject lab = measure(QStringLiteral("biglog"), arguments, 600000);
    const struct
    {
        const char *key;
        const char *label;
        double target;
    } rows[] = {
        { "connectionFilterMs", "1,000,000 events: filter by connection (ms)", 200 },
        { "textFilterMs", "1,000,000 events: filter by text (ms)", 200 },
        { "jumpToEndMs", "1,000,000 events: jump to the end (ms)", 200 },
        { "clearFilterMs", "1,000,000 events: clear the connection filter (ms)", 200 },
        { "scrollP99Ms", "1,000,000 events: scroll a page or jump, p99 (ms)", 33 },
    };
    for (const auto &row : rows) {
        const double base = number(bare, row.key), value = number(lab, row.key);
        addRow({ S.arg(5), QLatin1String(row.label), fixed(base, 1), fixed(value, 1),
            base > 0 ? fixed(value / base, 1) : QString(), QStringLiteral("< %1").arg(row.target),
            value < row.target && !lab.contains(QLatin1String("error")) ? Verdict::Pass
                                                                        : Verdict::Fail });
    }
    addRow({ S.arg(5),
        QStringLiteral("1,000,000 events: type the filter text a key at a time, all keys (ms)"),
        fixed(number(bare, "typingMs"), 1), fixed(number(lab, "typingMs"), 1), {}, {},
        Verdict::Info });
    detail(QStringLiteral(
        "big log: %1 events recorded in %2 ms from a thread, window shown with them in %3 ms; "
        "filters "
        "left %4 rows (connection), %5 (listener, in %6 ms), %7 (text); resident %8 MB")
               .arg(fixed(number(lab, "events")), fixed(number(lab, "generateMs")),
                   fixed(number(lab, "showMs")), fixed(number(lab, "connectionRows")),
                   fixed(number(lab, "listenerRows")), fixed(number(lab, "listenerFilterMs"), 1),
                   fixed(number(lab, "textRows")), fixed(number(lab, "rssMB"))));
}

void Orchestrator::startup()
{
    const int launches = m_settings.quick ? 3 : 5;
    QList<double> bare, lab, construct;
    for (int i = 0; i < launches; ++i) {
        bare << number(measure(QStringLiteral("startup-bare"), {}, 60000), "processToPaintMs");
        const QJsonObject result = measure(QStringLiteral("startup"), {}, 60000);
        lab << number(result, "processToPaintMs");
        construct << number(result, "constructMs");
    }
    const double labMedian = median(lab), labWorst = *std::max_element(lab.cbegin(), lab.cend());
    addRow({ S.arg(6),
        QStringLiteral("Start-up: process start to first window painted, median of %1 (ms)")
            .arg(launches),
        fixed(median(bare)), fixed(labMedian), fixed(labMedian / median(bare), 2),
        QStringLiteral("< 500"), labMedian < 500 ? Verdict::Pass : Verdict::Fail });
    detail(QStringLiteral("start-up: worst launch %1 ms; constructing the session, workbench and "
                          "window takes %2 ms (median)")
               .arg(fixed(labWorst), fixed(median(construct), 1)));
}

void Orchestrator::slowDisk()
{
    const qint64 bytes = m_settings.quick ? 120000000 : 400000000;
    const QJsonObject result = measure(QStringLiteral("slowdisk"),
        { QStringLiteral("--bytes"), QString::number(bytes), QStringLiteral("--disk-rate"),
            QStringLiteral("40000000"), QStringLiteral("--pause-ms"),
            m_settings.quick ? QStringLiteral("2000") : QStringLiteral("3000") },
        300000);
    const bool complete = result.value(QLatin1String("complete")).toBool();
    const double rate = number(result, "rateMBps"), disk = number(result, "diskRateMBps");
    addRow({ S.arg(7),
        QStringLiteral("Journal disk slowed to %1 MB/s: ingest rate follows it (MB/s)")
            .arg(fixed(disk)),
        fixed(disk), fixed(rate), disk > 0 ? fixed(rate / disk, 2) : QString(),
        QStringLiteral("≤ 1.05"),
        disk > 0 && rate / disk <= 1.05 ? Verdict::Pass : Verdict::Fail });
    addRow({ S.arg(7), QStringLiteral("Slow disk: every byte recorded, no error"), {},
        complete ? QStringLiteral("yes") : QStringLiteral("NO"), {}, QStringLiteral("yes"),
        complete ? Verdict::Pass : Verdict::Fail });
    const double inFlight = number(result, "maxInFlightMB"), growth = number(result, "rssGrowthMB");
    addRow({ S.arg(7), QStringLiteral("Slow disk: sender's bytes not yet recorded, max (MB)"), {},
        fixed(inFlight, 1), {}, QStringLiteral("≤ 64 (socket buffers)"),
        inFlight <= 64 ? Verdict::Pass : Verdict::Fail });
    addRow(
        { S.arg(7), QStringLiteral("Slow disk: resident memory growth (MB)"), {}, fixed(growth, 1),
            {}, QStringLiteral("≤ 50"), growth <= 50 ? Verdict::Pass : Verdict::Fail });
    const double lastSecond = number(result, "pausedLastSecondBytes");
    addRow(
        { S.arg(7), QStringLiteral("Reading paused: sender's progress in the last second (bytes)"),
            {}, fixed(lastSecond), {}, QStringLiteral("0 (blocked)"),
            lastSecond == 0 ? Verdict::Pass : Verdict::Fail });
    const double pausedGrowth = number(result, "pausedRssGrowthMB");
    addRow({ S.arg(7), QStringLiteral("Reading paused: resident memory growth (MB)"), {},
        fixed(pausedGrowth, 1), {}, QStringLiteral("≤ 10"),
        pausedGrowth <= 10 ? Verdict::Pass : Verdict::Fail });
    detail(QStringLiteral(
        "slow disk: %1 of %2 bytes recorded, journal %3 bytes, %4 journal writes slowed; reading "
        "paused: the sender got %5 MB out, %6 MB of them unread by SocketLab (kernel buffers)")
               .arg(fixed(number(result, "received")), fixed(number(result, "bytes")),
                   fixed(number(result, "journalBytes")), fixed(number(result, "throttledWrites")),
                   fixed(number(result, "pausedSentMB"), 1),
                   fixed(number(result, "pausedInFlightMB"), 1)));
}
