// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlessrun.h"

#include "session.h"
#include "workbench.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
// The classic self-pipe: a signal handler may only write(); the event loop reads the pipe.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
#endif

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
#ifdef Q_OS_UNIX
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        m_signalNotifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
        connect(m_signalNotifier, &QSocketNotifier::activated, this, &HeadlessRun::stop);
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
#endif
    if (durationMs >= 0)
        QTimer::singleShot(durationMs, this, &HeadlessRun::stop);
    connect(&workbench.session().log(), &TrafficLog::appended, this, &HeadlessRun::checkWhetherDone);
}

HeadlessRun::~HeadlessRun()
{
#ifdef Q_OS_UNIX
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    for (int &fd : signalPipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#endif
}

int HeadlessRun::exec()
{
    QCoreApplication::exec();
    return anySocketFailed(m_workbench.session().connections()) ? 1 : 0;
}

void HeadlessRun::checkWhetherDone()
{
    if (everySocketEnded(m_workbench.session().connections()))
        stop();
}

void HeadlessRun::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    QCoreApplication::quit();
}
