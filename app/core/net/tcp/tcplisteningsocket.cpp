// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcplisteningsocket.h"

#include <QNetworkInterface>
#include <QPointer>
#include <QSocketNotifier>

#include <cerrno>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

const int TcpListeningSocket::DefaultBacklog = SOMAXCONN;

namespace {

// The sockaddr for address:port; *dualStack when QHostAddress::Any asks for IPv6 and IPv4 at once.
socklen_t socketAddress(const QHostAddress &address, quint16 port, sockaddr_storage *storage,
                        bool *dualStack)
{
    *storage = {};
    *dualStack = address.protocol() == QAbstractSocket::AnyIPProtocol;
    if (*dualStack || address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        if (!*dualStack) {
            const Q_IPV6ADDR bytes = address.toIPv6Address();
            memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
            const QString scope = address.scopeId();
            bool numeric = false;
            const uint index = scope.toUInt(&numeric);
            in6->sin6_scope_id = numeric ? index : uint(QNetworkInterface::interfaceIndexFromName(scope));
        }
        return sizeof(sockaddr_in6);
    }
    auto *in4 = reinterpret_cast<sockaddr_in *>(storage);
    in4->sin_family = AF_INET;
    in4->sin_port = htons(port);
    in4->sin_addr.s_addr = htonl(address.toIPv4Address());
    return sizeof(sockaddr_in);
}

quint16 portOf(const sockaddr_storage &storage)
{
    if (storage.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 &>(storage).sin6_port);
    if (storage.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in &>(storage).sin_port);
    return 0;
}

// accept(2): errors that concern the one connection being taken (it was reset or aborted before
// accept4() reached it, or the network under it went away): the next one may be fine.
bool concernsOneConnection(int error)
{
    switch (error) {
    case EINTR:
    case ECONNABORTED:
    case EPROTO:
    case ENOPROTOOPT:
    case EHOSTDOWN:
    case ENONET:
    case EHOSTUNREACH:
    case EOPNOTSUPP:
    case ENETDOWN:
    case ENETUNREACH:
    case EPERM: // a firewall rule refused it
        return true;
    default:
        return false;
    }
}

} // namespace

TcpListeningSocket::TcpListeningSocket(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<AcceptedSocket>();
}

TcpListeningSocket::~TcpListeningSocket()
{
    close();
}

bool TcpListeningSocket::listen(const QHostAddress &address, quint16 port, int backlog)
{
    close();
    m_errorString.clear();
    m_errorCode = 0;
    sockaddr_storage storage {};
    bool dualStack = false;
    const socklen_t length = socketAddress(address, port, &storage, &dualStack);
    const int descriptor = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP);
    if (descriptor < 0) {
        fail(QStringLiteral("socket()"), errno);
        return false;
    }
    const auto failWith = [this, descriptor](const char *step) {
        fail(QLatin1String(step), errno);
        ::close(descriptor);
        return false;
    };
    // As QTcpServer does: a restarted server binds its port again while the previous run's
    // connections are still in TIME_WAIT.
    const int on = 1;
    if (::setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) != 0)
        return failWith("setsockopt(SO_REUSEADDR)");
    if (storage.ss_family == AF_INET6) {
        const int v6Only = dualStack ? 0 : 1;
        if (::setsockopt(descriptor, IPPROTO_IPV6, IPV6_V6ONLY, &v6Only, sizeof v6Only) != 0)
            return failWith("setsockopt(IPV6_V6ONLY)");
    }
    if (::bind(descriptor, reinterpret_cast<const sockaddr *>(&storage), length) != 0)
        return failWith("bind()");
    if (::listen(descriptor, backlog > 0 ? backlog : DefaultBacklog) != 0)
        return failWith("listen()");
    sockaddr_storage bound {};
    socklen_t boundLength = sizeof bound;
    if (::getsockname(descriptor, reinterpret_cast<sockaddr *>(&bound), &boundLength) != 0)
        return failWith("getsockname()");

    m_descriptor = descriptor;
    m_address = address;
    m_port = portOf(bound);
    m_backlog = backlog > 0 ? backlog : DefaultBacklog;
    m_notifier = new QSocketNotifier(m_descriptor, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TcpListeningSocket::acceptPending);
    updateNotifier();
    return true;
}

void TcpListeningSocket::close()
{
    if (m_descriptor < 0)
        return;
    // The notifier watches the descriptor: it goes first.
    delete m_notifier;
    m_notifier = nullptr;
    ::close(int(m_descriptor));
    m_descriptor = -1;
}

void TcpListeningSocket::setAccepting(bool accepting)
{
    m_accepting = accepting;
    updateNotifier();
}

void TcpListeningSocket::updateNotifier()
{
    // Level-triggered: re-enabled while connections wait, it fires at once.
    if (m_notifier)
        m_notifier->setEnabled(m_accepting);
}

int TcpListeningSocket::acceptPending()
{
    int count = 0;
    const QPointer<TcpListeningSocket> alive(this);
    while (m_descriptor >= 0 && m_accepting) {
        sockaddr_storage peer {};
        socklen_t peerLength = sizeof peer;
        const int descriptor = ::accept4(int(m_descriptor), reinterpret_cast<sockaddr *>(&peer),
                                         &peerLength, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (descriptor < 0) {
            const int error = errno;
            if (error == EAGAIN || error == EWOULDBLOCK)
                break; // the queue is empty
            if (concernsOneConnection(error))
                continue;
            Q_EMIT acceptFailed(error, qt_error_string(error));
            break;
        }
        AcceptedSocket socket;
        socket.descriptor = descriptor;
        socket.peerAddress = QHostAddress(reinterpret_cast<const sockaddr *>(&peer));
        socket.peerPort = portOf(peer);
        sockaddr_storage local {};
        socklen_t localLength = sizeof local;
        if (::getsockname(descriptor, reinterpret_cast<sockaddr *>(&local), &localLength) == 0) {
            socket.localAddress = QHostAddress(reinterpret_cast<const sockaddr *>(&local));
            socket.localPort = portOf(local);
        } else {
            socket.localAddress = m_address;
            socket.localPort = m_port;
        }
        ++count;
        Q_EMIT accepted(socket);
        if (!alive)
            break; // a receiver deleted the listener
    }
    return count;
}

void TcpListeningSocket::fail(const QString &step, int errorCode)
{
    m_errorCode = errorCode;
    // bind() is where a listener usually fails, and its caller says so already.
    m_errorString = step == QLatin1String("bind()") ? qt_error_string(errorCode)
                                                    : tr("%1: %2").arg(step, qt_error_string(errorCode));
}
