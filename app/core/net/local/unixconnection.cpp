// SPDX-License-Identifier: GPL-3.0-or-later
#include "unixconnection.h"

#include "socketerror.h"
#include "unixaddress.h"

#include <QSocketNotifier>

#include <cerrno>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

UnixConnection::UnixConnection(QObject *parent)
    : Transport(parent)
{
}

UnixConnection::UnixConnection(qintptr accepted, QObject *parent)
    : Transport(parent)
{
    attach(int(accepted));
    m_connected = true;
    learnEnds();
}

UnixConnection::~UnixConnection()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor);
}

void UnixConnection::attach(int descriptor)
{
    m_descriptor = descriptor;
    m_readNotifier = new QSocketNotifier(qintptr(descriptor), QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &UnixConnection::readOnce);
    m_writeNotifier = new QSocketNotifier(qintptr(descriptor), QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &UnixConnection::writePending);
    updateReading();
}

// The kernel fixed both names and the peer's credentials at connect(): read them once.
void UnixConnection::learnEnds()
{
    m_localPath = UnixAddress::localPath(m_descriptor);
    m_peerPath = UnixAddress::peerPath(m_descriptor);
    m_credentials = PeerCredentialsReader::read(m_descriptor);
}

void UnixConnection::connectTo(const ParsedEndpoint &address)
{
    if (m_descriptor >= 0 || m_finished)
        return;
    m_target = address.path;
    Q_EMIT connecting(QStringLiteral("unix:") + m_target);
    const int descriptor = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (descriptor < 0) {
        failWith(errno, QStringLiteral("socket(AF_UNIX)"));
        return;
    }
    attach(descriptor);
    sockaddr_un peer {};
    const unsigned length = UnixAddress::toSockaddr(m_target, &peer);
    // A Unix connect() completes at once (or fails at once): there is no handshake on the wire.
    if (::connect(descriptor, reinterpret_cast<const sockaddr *>(&peer), length) != 0) {
        failWith(errno, QStringLiteral("connect(%1)").arg(m_target));
        return;
    }
    m_connected = true;
    learnEnds();
    // Reported from the event loop, as a TCP client's: the caller has connected its slots.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished)
                Q_EMIT connected();
        },
        Qt::QueuedConnection);
}

void UnixConnection::failWith(int error, const QString &call)
{
    QString reason = tr("%1: %2").arg(call, qt_error_string(error));
    switch (error) {
    case ECONNREFUSED:
        reason += m_target.startsWith(QLatin1Char('@'))
            ? tr(" (nothing listens on this abstract name)")
            : tr(" (the socket file exists, but no program listens on it any more)");
        break;
    case ENOENT: reason += tr(" (no socket file at this path: is the server running?)"); break;
    case EACCES:
        reason += tr(" (the socket file's permissions, or a directory on its path, do not let this "
                     "user in)");
        break;
    case EAGAIN:
        reason += tr(" (the listener's backlog is full: it does not accept fast enough)");
        break;
    default: break;
    }
    Q_EMIT errorOccurred(errorCodeOfErrno(error), reason);
    finish(CloseKind::Cancelled, CloseSide::Unknown, tr("could not connect"));
}

bool UnixConnection::send(const QByteArray &bytes)
{
    if (!canSend())
        return false;
    m_out.append(bytes);
    writePending();
    return true;
}

// Hands the kernel what it takes now; the rest waits for the socket to be writable.
void UnixConnection::writePending()
{
    qint64 written = 0;
    while (m_descriptor >= 0 && m_outOffset < m_out.size()) {
        const ssize_t sent = ::send(m_descriptor, m_out.constData() + m_outOffset,
            size_t(m_out.size() - m_outOffset), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        if (sent < 0) {
            const int error = errno;
            const qint64 lost = bytesToWrite();
            Q_EMIT errorOccurred(errorCodeOfErrno(error), tr("send(): %1").arg(qt_error_string(error)));
            if (lost > 0)
                Q_EMIT errorOccurred(ErrorCode::UnsentDataDropped,
                                     tr("%n queued byte(s) not sent: the peer has closed its end",
                                        nullptr, int(lost)));
            // EPIPE: the peer closed its end in order; ECONNRESET: it closed with data unread.
            if (error == EPIPE)
                finish(CloseKind::Fin, CloseSide::Peer, tr("closed: the peer closed its end"));
            else if (error == ECONNRESET)
                finish(CloseKind::Reset, CloseSide::Peer, tr("closed: %1").arg(qt_error_string(error)));
            else
                finish(CloseKind::None, CloseSide::Unknown, tr("closed: %1").arg(qt_error_string(error)));
            return;
        }
        m_outOffset += sent;
        written += sent;
    }
    // Before the end of stream below: what was handed over is reported first, as TCP does.
    if (written > 0)
        Q_EMIT bytesWritten(written);
    if (m_descriptor < 0)
        return;
    if (m_outOffset >= m_out.size()) {
        m_out.clear();
        m_outOffset = 0;
    } else if (m_outOffset > (1 << 20)) {
        m_out.remove(0, m_outOffset); // keep the buffer from growing with what has left
        m_outOffset = 0;
    }
    const bool waiting = m_outOffset < m_out.size();
    m_writeNotifier->setEnabled(waiting);
    if (waiting)
        return;
    if (m_shutdownPending) {
        m_shutdownPending = false;
        m_writeShut = true;
        ::shutdown(m_descriptor, SHUT_WR);
        if (m_peerEnded)
            finish(CloseKind::Fin, CloseSide::Us, tr("closed by us after the peer's end of stream"));
    }
    if (m_closeRequested)
        finish(CloseKind::Fin, CloseSide::Us,
            m_peerEnded ? tr("closed by us after the peer's end of stream") : tr("closed by us"));
}

void UnixConnection::readOnce()
{
    if (m_descriptor < 0 || m_readingPaused || m_readingHeld || m_peerEnded) {
        updateReading();
        return;
    }
    QByteArray chunk(ReadChunk, Qt::Uninitialized);
    const ssize_t got = ::recv(m_descriptor, chunk.data(), size_t(chunk.size()), MSG_DONTWAIT);
    if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return;
    if (got < 0) {
        const int error = errno;
        // ECONNRESET: the peer closed while bytes we sent it waited unread in its queue.
        Q_EMIT errorOccurred(error == ECONNRESET ? ErrorCode::ResetByPeer : errorCodeOfErrno(error),
            error == ECONNRESET
                ? tr("Connection reset by peer: it closed with bytes it had not read")
                : tr("recv(): %1").arg(qt_error_string(error)));
        if (error == ECONNRESET)
            finish(CloseKind::Reset, CloseSide::Peer, tr("reset by the peer (it closed with unread data)"));
        else
            finish(CloseKind::None, CloseSide::Unknown, tr("closed: %1").arg(qt_error_string(error)));
        return;
    }
    if (got == 0) {
        m_peerEnded = true;
        updateReading();
        if (m_keepOpenAfterPeerEnd && !m_writeShut) {
            Q_EMIT endOfStream(
                tr("read() returned 0: the peer ended its stream and will send no more; "
                   "this end can still send"));
            return;
        }
        if (m_closeRequested || m_writeShut || bytesToWrite() == 0) {
            const bool ours = m_closeRequested || m_writeShut;
            finish(CloseKind::Fin, ours ? CloseSide::Us : CloseSide::Peer,
                ours ? tr("closed by us after the peer's end of stream")
                     : tr("peer closed the connection (end of stream)"));
            return;
        }
        // Like TCP without half-open: send what is queued, then close.
        m_closeRequested = true;
        return;
    }
    chunk.truncate(got);
    Q_EMIT received(chunk);
}

void UnixConnection::updateReading()
{
    if (m_readNotifier)
        m_readNotifier->setEnabled(
            m_descriptor >= 0 && !m_readingPaused && !m_readingHeld && !m_peerEnded);
}

void UnixConnection::setReadingPaused(bool paused)
{
    m_readingPaused = paused;
    updateReading();
}

void UnixConnection::setReadingHeld(bool held)
{
    m_readingHeld = held;
    updateReading();
}

bool UnixConnection::shutdownWrite()
{
    if (!isConnected() || m_writeShut || m_shutdownPending || m_closeRequested)
        return false;
    const qint64 queued = bytesToWrite();
    Q_EMIT closing(CloseKind::HalfClose, queued > 0 ? tr("shutdown(SHUT_WR): the end of stream follows the %1 queued "
                                   "bytes; this end still reads")
                                    .arg(queued)
                              : tr("shutdown(SHUT_WR): end of stream sent; this end still reads"));
    m_shutdownPending = true;
    writePending();
    return true;
}

void UnixConnection::close()
{
    if (m_finished || m_closeRequested)
        return;
    if (!isConnected()) {
        finish(CloseKind::Cancelled, CloseSide::Us, tr("connection attempt cancelled"));
        return;
    }
    m_closeRequested = true;
    const qint64 queued = bytesToWrite();
    // A Unix socket has no FIN: the peer's read() returns 0 once it has read everything.
    Q_EMIT closing(CloseKind::Fin, queued > 0
            ? tr("close(): the end of stream follows the %1 queued bytes").arg(queued)
            : tr("close(): end of stream sent"));
    if (queued > 0)
        return; // writePending() finishes once the kernel has taken the rest
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished)
                finish(CloseKind::Fin, CloseSide::Us, m_peerEnded ? tr("closed by us after the peer's end of stream")
                                   : tr("closed by us"));
        },
        Qt::QueuedConnection);
}

void UnixConnection::abort()
{
    if (m_finished)
        return;
    const qint64 dropped = bytesToWrite();
    m_out.clear();
    m_outOffset = 0;
    // No RST exists for a Unix socket: the peer reads an orderly end of stream, so the facts say
    // fin (by us), not rst.
    finish(m_connected ? CloseKind::Fin : CloseKind::Cancelled, CloseSide::Us, dropped > 0
            ? tr("aborted: %n unsent byte(s) discarded (a Unix socket has no RST: the peer reads "
                 "the "
                 "end of the stream)",
                nullptr, int(dropped))
            : tr("aborted (a Unix socket has no RST: the peer reads the end of the stream)"));
}

void UnixConnection::finish(CloseKind kind, CloseSide by, const QString &how)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connected = false;
    // Deleted later: finish() may run inside one of their activated() signals.
    for (QSocketNotifier *notifier : { m_readNotifier, m_writeNotifier }) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    if (m_descriptor >= 0) {
        ::close(m_descriptor);
        m_descriptor = -1;
    }
    Q_EMIT closed(kind, by, how);
}
