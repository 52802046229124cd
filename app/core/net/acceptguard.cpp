// SPDX-License-Identifier: GPL-3.0-or-later
#include "acceptguard.h"

#include "socketoptions.h"
#include "tcplisteningsocket.h"

#include <QTimer>

#include <climits>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

int openSpare()
{
#ifdef Q_OS_UNIX
    return ::open("/dev/null", O_RDONLY | O_CLOEXEC);
#else
    return -1;
#endif
}

QString openFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return QString::number(quint64(limit.rlim_cur));
#endif
    return QStringLiteral("?");
}

} // namespace

AcceptGuard::AcceptGuard(TcpListeningSocket *listener)
    : QObject(listener)
    , m_listener(listener)
    , m_retry(new QTimer(this))
    , m_spare(openSpare())
{
    m_retry->setInterval(RetryMs);
    connect(m_retry, &QTimer::timeout, this, &AcceptGuard::tick);
    connect(listener, &TcpListeningSocket::accepted, this, &AcceptGuard::check);
    connect(listener, &TcpListeningSocket::acceptFailed, this, [this](int, const QString &reason) {
        startRefusing(tr("accept() failed: %1").arg(reason));
    });
}

AcceptGuard::~AcceptGuard()
{
#ifdef Q_OS_UNIX
    if (m_spare >= 0)
        ::close(m_spare);
#endif
}

bool AcceptGuard::hasFreeDescriptors(int count)
{
#ifdef Q_OS_UNIX
    // Probe by taking them: nothing cheaper tells how many are left.
    int taken[FreeDescriptorsNeeded];
    int got = 0;
    while (got < count && got < FreeDescriptorsNeeded) {
        taken[got] = ::fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 0);
        if (taken[got] < 0)
            break;
        ++got;
    }
    for (int i = 0; i < got; ++i)
        ::close(taken[i]);
    return got == count;
#else
    Q_UNUSED(count);
    return true;
#endif
}

void AcceptGuard::setAcceptingPaused(bool paused)
{
    m_pausedByOwner = paused;
    apply();
}

void AcceptGuard::apply()
{
    m_listener->setAccepting(isAccepting());
}

void AcceptGuard::check()
{
    if (!m_refusing && !hasFreeDescriptors(FreeDescriptorsNeeded))
        startRefusing(tr("too many open files"));
}

void AcceptGuard::startRefusing(const QString &why)
{
    if (m_refusing)
        return;
    m_refusing = true;
    m_refusedTotal = 0;
    apply();
    Q_EMIT notice(
        tr("accept() paused: %1 (the open-file limit is %2); new connections are refused with a "
           "reset until some close; open connections carry on")
            .arg(why, openFileLimit()),
        true);
    m_retry->start();
    tick();
}

void AcceptGuard::tick()
{
    if (!m_listener->isListening()) {
        m_retry->stop();
        m_refusing = false;
        return;
    }
    const int refused = refusePending();
    m_refusedTotal += quint64(refused);
    if (refused > 0)
        Q_EMIT notice(
            tr("%n connection(s) refused: out of file descriptors", nullptr, refused), true);
    if (hasFreeDescriptors(FreeDescriptorsNeeded)) {
        m_retry->stop();
        m_refusing = false;
        apply();
        const int refusedMeanwhile = int(qMin<quint64>(m_refusedTotal, INT_MAX));
        Q_EMIT notice(m_pausedByOwner
                ? tr("descriptors are free again; accepting stays paused, as asked (%n "
                     "connection(s) were refused meanwhile)",
                      nullptr, refusedMeanwhile)
                : tr("accept() resumed: descriptors are free again (%n connection(s) were "
                     "refused meanwhile)",
                      nullptr, refusedMeanwhile),
            false);
    }
}

int AcceptGuard::refusePending()
{
    int refused = 0;
#ifdef Q_OS_UNIX
    if (m_spare >= 0) {
        ::close(m_spare);
        m_spare = -1;
    }
    const int listening = int(m_listener->socketDescriptor());
    while (refused < MaxRefusedPerTick) {
        const int descriptor = ::accept4(listening, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (descriptor < 0)
            break; // EAGAIN: the backlog is empty; EMFILE: the spare was not there to give
        SocketOptions::setResetOnClose(descriptor);
        ::close(descriptor);
        ++refused;
    }
    m_spare = openSpare();
#endif
    return refused;
}
