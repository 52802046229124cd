// SPDX-License-Identifier: GPL-3.0-or-later
#include "unixlistener.h"

#include "socketerror.h"
#include "unixaddress.h"
#include "unixconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

// Whether a program accepts connections on the socket file at path: connect() is refused when
// none does (a stale file). A full backlog (EAGAIN) means a live listener too.
bool hasLiveListener(const QString &path, int *error)
{
    const int probe = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (probe < 0) {
        *error = errno;
        return false;
    }
    sockaddr_un address {};
    const unsigned length = UnixAddress::toSockaddr(path, &address);
    const bool live = ::connect(probe, reinterpret_cast<const sockaddr *>(&address), length) == 0
        || errno == EAGAIN || errno == EINPROGRESS;
    *error = live ? 0 : errno;
    ::close(probe);
    return live;
}

QString directoryOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

} // namespace

UnixListener::UnixListener(QObject *parent)
    : Listener(parent)
{
}

UnixListener::~UnixListener()
{
    stop();
}

// What is at the path before bind(): nothing, or a stale socket file (removed), or a reason to
// refuse.
bool UnixListener::clearPath(QString *error)
{
    const QString &path = m_address.path;
    struct stat status
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return true; // nothing there (or a directory we cannot look into: bind() says which)
    if (S_ISDIR(status.st_mode)) {
        *error = tr("%1 is a directory; a socket needs a file name of its own").arg(path);
        return false;
    }
    if (S_ISREG(status.st_mode)) {
        *error
            = tr("%1 is a regular file, not a socket: SocketLab does not overwrite it").arg(path);
        return false;
    }
    if (!S_ISSOCK(status.st_mode)) {
        *error = tr("%1 exists and is not a socket file").arg(path);
        return false;
    }
    int probeError = 0;
    if (hasLiveListener(path, &probeError)) {
        *error = tr("%1 is in use: another program listens on this socket").arg(path);
        return false;
    }
    if (probeError != ECONNREFUSED) {
        *error = tr("%1 is a socket file that cannot be checked: %2")
                     .arg(path, qt_error_string(probeError));
        return false;
    }
    if (::unlink(QFile::encodeName(path).constData()) != 0) {
        *error = tr("%1 is a stale socket file that cannot be removed: %2")
                     .arg(path, qt_error_string(errno));
        return false;
    }
    Q_EMIT notice(tr("unlink(%1): removed a stale socket file; nothing listened on it (connect() "
                     "was refused)")
                      .arg(path),
        false);
    return true;
}

bool UnixListener::listen(const ParsedEndpoint &address, int backlog, QString *error)
{
    stop();
    m_address = address;
    m_listenError = ErrorCode::Other; // until it succeeds; the steps below say which
    if (!address.isAbstract() && !clearPath(error))
        return false;
    const int descriptor = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (descriptor < 0) {
        m_listenError = errorCodeOfErrno(errno);
        *error = tr("socket(AF_UNIX): %1").arg(qt_error_string(errno));
        return false;
    }
    sockaddr_un local {};
    const unsigned length = UnixAddress::toSockaddr(address.path, &local);
    if (::bind(descriptor, reinterpret_cast<const sockaddr *>(&local), length) != 0) {
        const int bindError = errno;
        m_listenError = errorCodeOfErrno(bindError);
        ::close(descriptor);
        QString reason = qt_error_string(bindError);
        if (bindError == ENOENT || bindError == ENOTDIR)
            reason += tr(" (the directory %1 does not exist)").arg(directoryOf(address.path));
        else if (bindError == EACCES || bindError == EROFS)
            reason += tr(" (this user may not create files in %1)").arg(directoryOf(address.path));
        else if (bindError == EADDRINUSE)
            reason += address.isAbstract() ? tr(" (another socket has this abstract name)")
                                           : tr(" (a file appeared at this path)");
        *error = reason;
        return false;
    }
    if (!address.isAbstract()) {
        struct stat status
        {
        };
        m_ownsFile = ::stat(QFile::encodeName(address.path).constData(), &status) == 0;
        m_fileDevice = status.st_dev;
        m_fileInode = status.st_ino;
    }
    if (::listen(descriptor, backlog > 0 ? backlog : DefaultBacklog) != 0) {
        m_listenError = errorCodeOfErrno(errno);
        *error = tr("listen(): %1").arg(qt_error_string(errno));
        ::close(descriptor);
        removeSocketFile();
        return false;
    }
    m_descriptor = descriptor;
    m_backlog = backlog > 0 ? backlog : DefaultBacklog;
    m_listenError = ErrorCode::None;
    m_notifier = new QSocketNotifier(qintptr(descriptor), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixListener::newConnection);
    updateNotifier();
    return true;
}

void UnixListener::stop()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater(); // stop() may run inside its activated() signal
        m_notifier = nullptr;
    }
    if (m_retry)
        m_retry->stop();
    if (m_descriptor >= 0) {
        ::close(m_descriptor);
        m_descriptor = -1;
    }
    removeSocketFile();
}

// Only the file bind() made: if someone replaced it meanwhile, theirs stays.
void UnixListener::removeSocketFile()
{
    if (!m_ownsFile)
        return;
    m_ownsFile = false;
    const QByteArray path = QFile::encodeName(m_address.path);
    struct stat status
    {
    };
    if (::lstat(path.constData(), &status) == 0 && quint64(status.st_dev) == m_fileDevice
        && quint64(status.st_ino) == m_fileInode && ::unlink(path.constData()) == 0)
        Q_EMIT notice(tr("unlink(%1): the socket file is removed").arg(m_address.path), false);
}

void UnixListener::setAcceptingPaused(bool paused)
{
    m_paused = paused;
    updateNotifier();
}

void UnixListener::updateNotifier()
{
    if (m_notifier)
        m_notifier->setEnabled(!m_paused && !(m_retry && m_retry->isActive()));
}

Transport *UnixListener::nextPendingConnection()
{
    if (m_descriptor < 0 || m_paused)
        return nullptr;
    for (;;) {
        const int accepted
            = ::accept4(m_descriptor, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (accepted >= 0) {
            if (m_starved) {
                m_starved = false;
                Q_EMIT notice(tr("accept() works again: descriptors are free"), false);
            }
            return new UnixConnection(qintptr(accepted), this);
        }
        if (errno == EINTR || errno == ECONNABORTED)
            continue;
        if (errno == EMFILE || errno == ENFILE) {
            // The connection stays in the backlog; the notifier would fire again at once.
            if (!m_retry) {
                m_retry = new QTimer(this);
                m_retry->setSingleShot(true);
                connect(m_retry, &QTimer::timeout, this, [this] {
                    updateNotifier();
                    Q_EMIT newConnection();
                });
            }
            if (!m_starved)
                Q_EMIT notice(tr("accept(): %1; waiting connections stay in the backlog")
                                  .arg(qt_error_string(errno)),
                    true);
            m_starved = true;
            m_retry->start(RetryMs);
            updateNotifier();
        }
        return nullptr;
    }
}

QString UnixListener::systemCalls() const
{
    return tr("socket(AF_UNIX), bind(%1), listen(backlog %2)").arg(m_address.path).arg(m_backlog);
}
