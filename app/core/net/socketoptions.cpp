// SPDX-License-Identifier: GPL-3.0-or-later
#include "socketoptions.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace SocketOptions {

bool setResetOnClose(qintptr descriptor)
{
#ifdef Q_OS_UNIX
    const linger option{1, 0};
    return ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option) == 0;
#else
    Q_UNUSED(descriptor);
    return false;
#endif
}

bool setMaxSegmentSize(qintptr descriptor, int bytes, QString *error)
{
#ifdef Q_OS_UNIX
    if (::setsockopt(int(descriptor), IPPROTO_TCP, TCP_MAXSEG, &bytes, sizeof bytes) == 0)
        return true;
    *error = QString::fromLocal8Bit(std::strerror(errno));
#else
    Q_UNUSED(descriptor);
    Q_UNUSED(bytes);
    *error = QCoreApplication::translate("SocketOptions", "not supported on this system");
#endif
    return false;
}

bool shutdownWrite(qintptr descriptor)
{
#ifdef Q_OS_UNIX
    return ::shutdown(int(descriptor), SHUT_WR) == 0;
#else
    Q_UNUSED(descriptor);
    return false;
#endif
}

qint64 sendSome(qintptr descriptor, const char *data, qint64 size, QString *error, int *errorNumber)
{
#ifdef Q_OS_UNIX
    const ssize_t sent = ::send(int(descriptor), data, size_t(size), MSG_NOSIGNAL | MSG_DONTWAIT);
    if (sent >= 0)
        return sent;
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
        return WouldBlock;
    const int failure = errno;
    if (errorNumber)
        *errorNumber = failure;
    if (error)
        *error = QString::fromLocal8Bit(std::strerror(failure));
    return -1;
#else
    Q_UNUSED(descriptor);
    Q_UNUSED(data);
    Q_UNUSED(size);
    if (errorNumber)
        *errorNumber = 0;
    if (error)
        *error = QCoreApplication::translate("SocketOptions", "not supported on this platform");
    return -1;
#endif
}

qintptr duplicate(qintptr descriptor)
{
#ifdef Q_OS_UNIX
    // Close-on-exec: a child process (a test's peer, say) must not keep the socket alive.
    const int copy = descriptor < 0 ? -1 : ::fcntl(int(descriptor), F_DUPFD_CLOEXEC, 0);
    rlimit limit{};
    if (copy >= 0 && ::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY
        && rlim_t(copy) + std::min<rlim_t>(ScarceDescriptors, limit.rlim_cur / 8) >= limit.rlim_cur) {
        ::close(copy);
        return -1;
    }
    return copy;
#else
    Q_UNUSED(descriptor);
    return -1;
#endif
}

void closeDuplicate(qintptr descriptor)
{
#ifdef Q_OS_UNIX
    if (descriptor >= 0)
        ::close(int(descriptor));
#else
    Q_UNUSED(descriptor);
#endif
}

PeerClose peerCloseKind(qintptr descriptor)
{
#if defined(Q_OS_LINUX)
    tcp_info info{};
    socklen_t length = sizeof info;
    if (::getsockopt(int(descriptor), IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return PeerClose::Unknown;
    switch (info.tcpi_state) {
    case TCP_CLOSE_WAIT:
    case TCP_LAST_ACK:
    case TCP_TIME_WAIT:
    case TCP_CLOSING:
        return PeerClose::Fin;
    case TCP_CLOSE:
        return PeerClose::Reset;
    default:
        return PeerClose::Unknown;
    }
#else
    Q_UNUSED(descriptor);
    return PeerClose::Unknown;
#endif
}

qint64 raiseOpenFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        const rlim_t wanted = limit.rlim_max;
        limit.rlim_cur = wanted;
        if (::setrlimit(RLIMIT_NOFILE, &limit) != 0)
            ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<qint64>::max() : qint64(limit.rlim_cur);
#else
    return -1;
#endif
}

} // namespace SocketOptions
