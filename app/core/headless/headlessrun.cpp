// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlessrun.h"

#include "session.h"
#include "terminationwatcher.h"
#include "workbench.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {

bool everySocketEnded(const ConnectionTable &table)
{
    const QList<ConnectionInfo> all = table.snapshot();
    return !all.isEmpty()
        && std::all_of(all.cbegin(), all.cend(), [](const ConnectionInfo &info) { return info.isFinished(); });
}

bool anySocketFailed(const ConnectionTable &table)
{
    const QList<ConnectionInfo> all = table.snapshot();
    return std::any_of(all.cbegin(), all.cend(), [](const ConnectionInfo &info) {
        return info.state == ConnectionState::Failed;
    });
}

} // namespace

HeadlessRun::HeadlessRun(Workbench &workbench, qint64 durationMs, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
{
    connect(new TerminationWatcher(this), &TerminationWatcher::terminationRequested, this, &HeadlessRun::stop);
    if (durationMs >= 0)
        QTimer::singleShot(durationMs, this, &HeadlessRun::stop);
    connect(&workbench.session().log(), &TrafficLog::appended, this, &HeadlessRun::checkWhetherDone);
    connect(&workbench.session(), &Session::recordingProblemChanged, this, &HeadlessRun::reportRecordingProblem,
            Qt::QueuedConnection);
}

// On stderr, where a user watching a terminal looks; stdout carries the events.
void HeadlessRun::reportRecordingProblem(const QString &problem)
{
    if (!problem.isEmpty()) {
        m_recordingStopped = true;
        std::fprintf(stderr, "socketlab: %s\n", qPrintable(problem));
    } else if (m_recordingStopped) {
        m_recordingStopped = false;
        std::fprintf(stderr, "socketlab: %s\n",
                     qPrintable(tr("the recording is written again: reading and sending resume")));
    }
    std::fflush(stderr);
}

int HeadlessRun::exec()
{
    QCoreApplication::exec();
    if (m_exitCode >= 0)
        return m_exitCode;
    return anySocketFailed(m_workbench.session().connections()) ? 1 : 0;
}

void HeadlessRun::checkWhetherDone()
{
    if (everySocketEnded(m_workbench.session().connections()))
        stop();
}

void HeadlessRun::finish(int exitCode)
{
    if (m_exitCode < 0)
        m_exitCode = exitCode;
    stop();
}

void HeadlessRun::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    QCoreApplication::quit();
}
