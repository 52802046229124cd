// SPDX-License-Identifier: GPL-3.0-or-later
// The flood benchmark of issue 4; see docs/performance.md. Not part of the test run:
//
//   build/tests/bench/socketlab-bench [--quick] [--dir DIR] [--only GROUP,...]
//
// One executable, several roles, chosen by the first argument:
//   (none, --quick ...)         the orchestrator: runs every scenario, prints the table
//   --run NAME [--key value]... one measurement in a fresh process, prints a RESULT line
//   --sender HOST PORT BYTES [--progress]     the flood's other end
//   --clients HOST PORT CLIENTS MESSAGES SIZE the many-connections driver
//   --udp-sender HOST PORT SECONDS SIZE       the UDP flood's sender (sendmmsg)
#include "benchapplication.h"
#include "benchsupport.h"
#include "orchestrator.h"
#include "scenarios.h"
#include "trafficsenders.h"
#include "udpscenarios.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

namespace {

const char Usage[]
    = "usage: socketlab-bench [--quick] [--dir DIR] [--only GROUP,...] [--udp-seconds S]\n"
      "  --quick   smaller floods (about 3 minutes instead of about 15)\n"
      "  --dir     where recordings are written (default: a new directory under the system's\n"
      "            temporary directory); put it on the disk you want to measure\n"
      "  --only    some of: ingest, close, memory, many, biglog, startup, slowdisk, peers, responders,\n"
      "            udp, capture\n"
      "  --udp-seconds  how long the UDP flood lasts (default 3; issue 16 measures 10)\n";

} // namespace

int main(int argc, char **argv)
{
    const qint64 mainEntry = Bench::monotonicNs();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    if (argc >= 5 && std::strcmp(argv[1], "--sender") == 0) {
        const bool progress = argc >= 6 && std::strcmp(argv[5], "--progress") == 0;
        return TrafficSenders::runSender(QString::fromLatin1(argv[2]), quint16(std::atoi(argv[3])),
            std::atoll(argv[4]), progress);
    }
    if (argc >= 6 && std::strcmp(argv[1], "--udp-sender") == 0) {
        return UdpScenarios::runSender(QString::fromLatin1(argv[2]), quint16(std::atoi(argv[3])), std::atof(argv[4]),
                                       std::atoi(argv[5]));
    }
    if (argc >= 7 && std::strcmp(argv[1], "--clients") == 0) {
        return TrafficSenders::runClients(QString::fromLatin1(argv[2]), quint16(std::atoi(argv[3])),
            std::atoi(argv[4]), std::atoi(argv[5]), std::atoi(argv[6]));
    }
    if (argc >= 3 && std::strcmp(argv[1], "--run") == 0) {
        const QString name = QString::fromLatin1(argv[2]);
        QStringList rest;
        for (int i = 3; i < argc; ++i)
            rest << QString::fromLocal8Bit(argv[i]);
        const Scenarios::Parameters parameters = Scenarios::parse(rest);
        if (Scenarios::needsWidgets(name)) {
            BenchApplication app(argc, argv);
            Bench::setStartTimes(mainEntry, Bench::monotonicNs());
            return Scenarios::run(name, parameters);
        }
        QCoreApplication app(argc, argv);
        Bench::setStartTimes(mainEntry, Bench::monotonicNs());
        return Scenarios::run(name, parameters);
    }

    QCoreApplication app(argc, argv);
    Orchestrator::Settings settings;
    const QStringList arguments = app.arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--quick")) {
            settings.quick = true;
        } else if (argument == QLatin1String("--dir") && i + 1 < arguments.size()) {
            settings.directory = arguments.at(++i);
        } else if (argument == QLatin1String("--udp-seconds") && i + 1 < arguments.size()) {
            settings.udpSeconds = qMax(arguments.at(++i).toDouble(), 0.5);
        } else if (argument == QLatin1String("--only") && i + 1 < arguments.size()) {
            settings.only = arguments.at(++i).split(QLatin1Char(','));
        } else {
            std::fputs(Usage, argument == QLatin1String("--help") ? stdout : stderr);
            return argument == QLatin1String("--help") ? 0 : 2;
        }
    }
    QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/socketlab-bench-XXXXXX"));
    if (settings.directory.isEmpty())
        settings.directory = scratch.path();
    Bench::raiseFileLimit();
    return Orchestrator(settings).run();
}
