// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QProcess;

// Small pieces every measurement of the benchmark shares: clocks, resident memory, the
// open-file limit, percentiles, and the one line by which a measuring process hands its
// figures to the orchestrating one ("RESULT {json}" on stdout).
namespace Bench {

// CLOCK_MONOTONIC in nanoseconds: one clock for every process on the machine, so a parent
// can pass its "now" to a child that measures how long it took to get somewhere.
qint64 monotonicNs();
// CPU time the calling thread has used.
qint64 threadCpuNs();
// VmRSS from /proc/self/status, in bytes.
qint64 residentBytes();
// User + system CPU time of this process so far, in seconds.
double cpuSeconds();
// CPU seconds used so far by this process's threads named name (/proc/self/task/*/stat:
// "network" is the Workbench's network thread, "journal writer" the journal's).
double threadsCpuSeconds(const QByteArray &name);
// Raises the soft RLIMIT_NOFILE to the hard limit; returns the new soft limit.
qint64 raiseFileLimit();

double percentile(QList<double> values, double fraction); // nearest rank; 0 when empty

// The path of this executable, to start senders and measuring children from.
QString selfPath();
// Starts this executable with arguments; its stderr is forwarded to ours.
QProcess *startSelf(const QStringList &arguments, QObject *parent);

// When main() was entered and the application object was ready, for the start-up measurement.
void setStartTimes(qint64 mainEntryNs, qint64 applicationReadyNs);
qint64 mainEntryNs();
qint64 applicationReadyNs();

void printResult(const QJsonObject &result);
void note(const QString &text); // progress on stderr, flushed

// Runs the event loop until done() is true (checked every few ms and after every event
// batch) or timeoutMs passes; false on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

} // namespace Bench
