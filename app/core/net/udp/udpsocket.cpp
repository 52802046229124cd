// SPDX-License-Identifier: GPL-3.0-or-later
#include "udpsocket.h"

#include "udperrors.h"

#include <QMetaMethod>
#include <QNetworkInterface>
#include <QSocketNotifier>
#include <QTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <netinet/in.h>
#include <poll.h>
#include <linux/sock_diag.h>
#include <sys/socket.h>
#include <unistd.h>

#include <utility>
#include <vector>

namespace {

union SocketAddress
{
    sockaddr base;
    sockaddr_in v4;
    sockaddr_in6 v6;
    sockaddr_storage storage;
};

// An IPv4 destination of an IPv6 socket goes as an IPv4-mapped address (::ffff:a.b.c.d).
socklen_t toNative(const QHostAddress &address, quint16 port, bool ipv6Socket, SocketAddress *out)
{
    std::memset(out, 0, sizeof *out);
    if (!ipv6Socket) {
        out->v4.sin_family = AF_INET;
        out->v4.sin_port = htons(port);
        out->v4.sin_addr.s_addr = htonl(address.toIPv4Address());
        return sizeof out->v4;
    }
    out->v6.sin6_family = AF_INET6;
    out->v6.sin6_port = htons(port);
    const Q_IPV6ADDR bytes = address.protocol() == QAbstractSocket::IPv4Protocol
                                 ? QHostAddress(QStringLiteral("::ffff:") + address.toString()).toIPv6Address()
                                 : address.toIPv6Address();
    std::memcpy(&out->v6.sin6_addr, bytes.c, 16);
    if (!address.scopeId().isEmpty())
        out->v6.sin6_scope_id = if_nametoindex(address.scopeId().toLocal8Bit().constData());
    return sizeof out->v6;
}

// IPv4-mapped peers of a dual-stack socket are shown as the IPv4 addresses they are.
QHostAddress fromNative(const sockaddr_storage &native, quint16 *port)
{
    if (native.ss_family == AF_INET) {
        const auto &v4 = reinterpret_cast<const sockaddr_in &>(native);
        *port = ntohs(v4.sin_port);
        return QHostAddress(ntohl(v4.sin_addr.s_addr));
    }
    if (native.ss_family == AF_INET6) {
        const auto &v6 = reinterpret_cast<const sockaddr_in6 &>(native);
        *port = ntohs(v6.sin6_port);
        QHostAddress address(reinterpret_cast<const quint8 *>(&v6.sin6_addr));
        bool mapped = false;
        const quint32 ipv4 = address.toIPv4Address(&mapped);
        if (mapped)
            return QHostAddress(ipv4);
        return address;
    }
    *port = 0;
    return {};
}

bool describeFailure(QString *error, const char *call, int code)
{
    if (error)
        *error = UdpErrors::describe(call, code);
    return false;
}

// The receive side's buffers: shared by every socket on a thread (they are read one after the
// other), so a thousand sockets do not each hold ReadBatch x 64 KiB.
struct ReadBuffers
{
    ReadBuffers()
        : payload(size_t(UdpSocket::ReadBatch) * UdpSocket::MaxDatagram)
    {
        for (int i = 0; i < UdpSocket::ReadBatch; ++i) {
            vectors[i].iov_base = payload.data() + size_t(i) * UdpSocket::MaxDatagram;
            vectors[i].iov_len = UdpSocket::MaxDatagram;
        }
    }
    void reset()
    {
        for (int i = 0; i < UdpSocket::ReadBatch; ++i) {
            std::memset(&messages[i], 0, sizeof messages[i]);
            messages[i].msg_hdr.msg_name = &peers[i];
            messages[i].msg_hdr.msg_namelen = sizeof peers[i];
            messages[i].msg_hdr.msg_iov = &vectors[i];
            messages[i].msg_hdr.msg_iovlen = 1;
            messages[i].msg_hdr.msg_control = control[i];
            messages[i].msg_hdr.msg_controllen = sizeof control[i];
        }
    }

    std::vector<char> payload;
    iovec vectors[UdpSocket::ReadBatch] = {};
    mmsghdr messages[UdpSocket::ReadBatch] = {};
    sockaddr_storage peers[UdpSocket::ReadBatch] = {};
    alignas(cmsghdr) char control[UdpSocket::ReadBatch][CMSG_SPACE(sizeof(quint32))] = {};
};

ReadBuffers &readBuffers()
{
    thread_local ReadBuffers buffers;
    return buffers;
}

} // namespace

QHostAddress UdpSocket::peerAddress(const sockaddr_storage &peer, quint16 *port)
{
    return fromNative(peer, port);
}

bool UdpSocket::samePeer(const sockaddr_storage &a, const sockaddr_storage &b)
{
    if (a.ss_family != b.ss_family)
        return false;
    if (a.ss_family == AF_INET) {
        const auto &x = reinterpret_cast<const sockaddr_in &>(a);
        const auto &y = reinterpret_cast<const sockaddr_in &>(b);
        return x.sin_port == y.sin_port && x.sin_addr.s_addr == y.sin_addr.s_addr;
    }
    if (a.ss_family == AF_INET6) {
        const auto &x = reinterpret_cast<const sockaddr_in6 &>(a);
        const auto &y = reinterpret_cast<const sockaddr_in6 &>(b);
        return x.sin6_port == y.sin6_port && x.sin6_scope_id == y.sin6_scope_id
            && std::memcmp(&x.sin6_addr, &y.sin6_addr, sizeof x.sin6_addr) == 0;
    }
    return false;
}

UdpSocket::UdpSocket(QObject *parent)
    : QObject(parent)
{
}

bool UdpSocket::fail(QString *error, const char *call, int code)
{
    m_lastError = code;
    return describeFailure(error, call, code);
}

UdpSocket::~UdpSocket()
{
    close();
}

bool UdpSocket::open(bool ipv6, QString *error)
{
    if (m_fd >= 0)
        return true;
    const int fd = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return fail(error, "socket", errno);
    m_fd = fd;
    m_ipv6 = ipv6;
    // The kernel then attaches its count of dropped datagrams to each datagram it delivers.
    const int on = 1;
    ::setsockopt(m_fd, SOL_SOCKET, SO_RXQ_OVFL, &on, sizeof on);
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &UdpSocket::readPending);
    return true;
}

bool UdpSocket::bind(const QHostAddress &address, quint16 port, QString *error)
{
    const bool ipv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    if (address.isNull() || (address.protocol() != QAbstractSocket::IPv4Protocol && !ipv6)) {
        if (error)
            *error = tr("bind(): not an IP address");
        return false;
    }
    if (!open(ipv6, error))
        return false;
    SocketAddress native;
    const socklen_t length = toNative(address, port, m_ipv6, &native);
    if (::bind(m_fd, &native.base, length) != 0) {
        const int code = errno;
        close();
        return fail(error, "bind", code);
    }
    learnLocalAddress();
    return true;
}

bool UdpSocket::connectTo(const QHostAddress &address, quint16 port, QString *error)
{
    const bool ipv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    if (m_fd < 0 && !bind(ipv6 ? QHostAddress(QHostAddress::AnyIPv6) : QHostAddress(QHostAddress::AnyIPv4), 0, error))
        return false;
    if (ipv6 && !m_ipv6) {
        if (error)
            *error = UdpErrors::describe("connect", EAFNOSUPPORT);
        return false;
    }
    SocketAddress native;
    const socklen_t length = toNative(address, port, m_ipv6, &native);
    if (::connect(m_fd, &native.base, length) != 0)
        return fail(error, "connect", errno);
    m_connected = true;
    m_peerAddress = address;
    m_peerPort = port;
    learnLocalAddress();   // connect() chose the local address by the route to the peer
    return true;
}

void UdpSocket::learnLocalAddress()
{
    sockaddr_storage native = {};
    socklen_t length = sizeof native;
    if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&native), &length) == 0)
        m_localAddress = fromNative(native, &m_localPort);
}

void UdpSocket::close()
{
    if (m_fd < 0)
        return;
    readDropCounter();   // the final tally
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_dropPoll;
    m_dropPoll = nullptr;
    ::close(m_fd);
    m_fd = -1;
    m_connected = false;
    m_groups.clear();
}

bool UdpSocket::send(const QByteArray &bytes, QString *error)
{
    if (!m_connected)
        return fail(error, "send", EDESTADDRREQ);
    if (::send(m_fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) < 0)
        return fail(error, "send", errno);
    return true;
}

bool UdpSocket::sendTo(const QByteArray &bytes, const QHostAddress &address, quint16 port, QString *error)
{
    if (m_fd < 0
        && !bind(address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6)
                                                                     : QHostAddress(QHostAddress::AnyIPv4),
                 0, error))
        return false;
    if (address.protocol() == QAbstractSocket::IPv6Protocol && !m_ipv6)
        return fail(error, "sendto", EAFNOSUPPORT);
    SocketAddress native;
    const socklen_t length = toNative(address, port, m_ipv6, &native);
    if (::sendto(m_fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL, &native.base, length) < 0)
        return fail(error, "sendto", errno);
    return true;
}

bool UdpSocket::canSend() const
{
    pollfd descriptor = {m_fd, POLLOUT, 0};
    return m_fd >= 0 && ::poll(&descriptor, 1, 0) == 1 && (descriptor.revents & POLLOUT);
}

void UdpSocket::setReadingPaused(bool paused)
{
    m_readingPaused = paused;
    updateNotifier();
}

void UdpSocket::setReadingHeld(bool held)
{
    m_readingHeld = held;
    updateNotifier();
}

void UdpSocket::updateNotifier()
{
    const bool reading = !m_readingPaused && !m_readingHeld;
    if (m_readNotifier && m_readNotifier->isEnabled() != reading) {
        m_readNotifier->setEnabled(reading);
        // Not reading, the kernel still drops when the buffer is full: its counter is polled,
        // so the log tells of drops as they happen, not only once reading resumes.
        if (!reading) {
            if (!m_dropPoll) {
                m_dropPoll = new QTimer(this);
                connect(m_dropPoll, &QTimer::timeout, this, &UdpSocket::readDropCounter);
            }
            m_dropPoll->start(DropPollMs);
        } else if (m_dropPoll) {
            m_dropPoll->stop();
        }
        // Datagrams that arrived while paused do not wake the notifier again by themselves.
        if (reading)
            QMetaObject::invokeMethod(this, &UdpSocket::readPending, Qt::QueuedConnection);
    }
}

void UdpSocket::readPending()
{
    const quint64 readBefore = m_datagramsRead;
    readBatches();
    if (m_datagramsRead != readBefore)
        Q_EMIT readFinished();
}

void UdpSocket::readBatches()
{
    ReadBuffers &buffers = readBuffers();
    for (int batch = 0; batch < MaxBatchesPerWakeup; ++batch) {
        if (m_fd < 0 || m_readingPaused || m_readingHeld)
            return;
        buffers.reset();
        const int count = ::recvmmsg(m_fd, buffers.messages, ReadBatch, MSG_DONTWAIT, nullptr);
        if (count < 0) {
            const int code = errno;
            if (code == EAGAIN || code == EWOULDBLOCK || code == EINTR) {
                readDropCounter();
                return;
            }
            // An error queued by ICMP (ECONNREFUSED on a connected socket) is reported once and
            // cleared by this call; the socket stays usable.
            Q_EMIT errorOccurred(code, UdpErrors::describe("recvmmsg", code));
            continue;
        }
        static const QMetaMethod receivedSignal = QMetaMethod::fromSignal(&UdpSocket::received);
        const bool eachDatagram = isSignalConnected(receivedSignal);
        Datagram run[ReadBatch];
        int runLength = 0;
        const auto handOut = [&] {
            if (runLength > 0 && m_fd >= 0)
                Q_EMIT datagramsReceived(run, std::exchange(runLength, 0));
        };
        for (int i = 0; i < count && m_fd >= 0; ++i) {
            const msghdr &header = buffers.messages[i].msg_hdr;
            for (cmsghdr *c = CMSG_FIRSTHDR(&header); c; c = CMSG_NXTHDR(const_cast<msghdr *>(&header), c)) {
                if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_RXQ_OVFL) {
                    quint32 counter = 0;
                    std::memcpy(&counter, CMSG_DATA(c), sizeof counter);
                    // Reported before the datagram that revealed them: they were lost before it.
                    if (qint32(counter - m_lastDropCounter) > 0)
                        handOut();
                    countDrops(counter);
                }
            }
            ++m_datagramsRead;
            const char *bytes = static_cast<const char *>(buffers.vectors[i].iov_base);
            const auto size = qsizetype(buffers.messages[i].msg_len);
            if (eachDatagram) {
                quint16 port = 0;
                const QHostAddress peer = fromNative(buffers.peers[i], &port);
                Q_EMIT received(QByteArray(bytes, size), peer, port);
            }
            run[runLength++] = {&buffers.peers[i], bytes, size};
        }
        handOut();
        if (count < ReadBatch) {
            readDropCounter();
            return;
        }
    }
    // More is waiting: the notifier fires again on the next turn of the event loop.
}

// The counter is the socket's sk_drops: every datagram dropped since the socket was opened. A
// datagram carries its value from when it was queued, so an older datagram read after a newer
// SO_MEMINFO read may carry less: only a rise counts (modulo 2^32, as the kernel counts).
void UdpSocket::countDrops(quint32 counter)
{
    const auto rise = qint32(counter - m_lastDropCounter);
    if (rise <= 0)
        return;
    m_lastDropCounter = counter;
    m_drops += quint32(rise);
    Q_EMIT dropped(quint32(rise));
}

// Drops after the last datagram read reach no datagram's control data: with the queue drained,
// the kernel's counter is read directly (SO_MEMINFO), so the count is exact at every pause.
void UdpSocket::readDropCounter()
{
    if (m_fd < 0)
        return;
    quint32 info[SK_MEMINFO_VARS] = {};
    socklen_t length = sizeof info;
    if (::getsockopt(m_fd, SOL_SOCKET, SO_MEMINFO, info, &length) == 0 && length > SK_MEMINFO_DROPS * sizeof(quint32))
        countDrops(info[SK_MEMINFO_DROPS]);
}

bool UdpSocket::setOption(int level, int name, int value, const char *what, QString *error)
{
    if (m_fd < 0) {
        if (error)
            *error = tr("%1: the socket is not open").arg(QLatin1String(what));
        return false;
    }
    if (::setsockopt(m_fd, level, name, &value, sizeof value) != 0)
        return fail(error, "setsockopt", errno);
    return true;
}

bool UdpSocket::setBroadcast(bool on, QString *error)
{
    return setOption(SOL_SOCKET, SO_BROADCAST, on ? 1 : 0, "SO_BROADCAST", error);
}

bool UdpSocket::broadcast() const
{
    int value = 0;
    socklen_t length = sizeof value;
    return m_fd >= 0 && ::getsockopt(m_fd, SOL_SOCKET, SO_BROADCAST, &value, &length) == 0 && value != 0;
}

bool UdpSocket::setMulticastHops(int hops, QString *error)
{
    if (hops < 0 || hops > 255) {
        if (error)
            *error = tr("TTL / hop limit %1: expected 0 to 255").arg(hops);
        return false;
    }
    return m_ipv6 ? setOption(IPPROTO_IPV6, IPV6_MULTICAST_HOPS, hops, "IPV6_MULTICAST_HOPS", error)
                  : setOption(IPPROTO_IP, IP_MULTICAST_TTL, hops, "IP_MULTICAST_TTL", error);
}

bool UdpSocket::setMulticastLoopback(bool on, QString *error)
{
    return m_ipv6 ? setOption(IPPROTO_IPV6, IPV6_MULTICAST_LOOP, on, "IPV6_MULTICAST_LOOP", error)
                  : setOption(IPPROTO_IP, IP_MULTICAST_LOOP, on, "IP_MULTICAST_LOOP", error);
}

bool UdpSocket::setReceiveBufferSize(int bytes, QString *error)
{
    return setOption(SOL_SOCKET, SO_RCVBUF, bytes, "SO_RCVBUF", error);
}

bool UdpSocket::setSendBufferSize(int bytes, QString *error)
{
    return setOption(SOL_SOCKET, SO_SNDBUF, bytes, "SO_SNDBUF", error);
}

int UdpSocket::option(int level, int name) const
{
    int value = -1;
    socklen_t length = sizeof value;
    return m_fd >= 0 && ::getsockopt(m_fd, level, name, &value, &length) == 0 ? value : -1;
}

bool UdpSocket::multicastLoopback() const
{
    return (m_ipv6 ? option(IPPROTO_IPV6, IPV6_MULTICAST_LOOP) : option(IPPROTO_IP, IP_MULTICAST_LOOP)) > 0;
}

int UdpSocket::multicastHops() const
{
    return m_ipv6 ? option(IPPROTO_IPV6, IPV6_MULTICAST_HOPS) : option(IPPROTO_IP, IP_MULTICAST_TTL);
}

int UdpSocket::receiveBufferSize() const
{
    return option(SOL_SOCKET, SO_RCVBUF);
}

int UdpSocket::sendBufferSize() const
{
    return option(SOL_SOCKET, SO_SNDBUF);
}

bool UdpSocket::joinGroup(const QHostAddress &group, const QString &interfaceName, QString *error)
{
    return membership(true, group, interfaceName, error);
}

bool UdpSocket::leaveGroup(const QHostAddress &group, const QString &interfaceName, QString *error)
{
    return membership(false, group, interfaceName, error);
}

bool UdpSocket::membership(bool join, const QHostAddress &group, const QString &interfaceName, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_fd < 0)
        return refuse(tr("multicast: the socket is not open"));
    if (!group.isMulticast())
        return refuse(tr("%1 is not a multicast address (IPv4 224.0.0.0/4, IPv6 ff00::/8)").arg(group.toString()));
    const bool ipv6Group = group.protocol() == QAbstractSocket::IPv6Protocol;
    if (ipv6Group != m_ipv6)
        return refuse(m_ipv6 ? tr("%1 is an IPv4 group; this socket is IPv6").arg(group.toString())
                             : tr("%1 is an IPv6 group; this socket is IPv4").arg(group.toString()));
    int index = 0;
    if (!interfaceName.isEmpty()) {
        index = QNetworkInterface::interfaceIndexFromName(interfaceName);
        if (index <= 0)
            return refuse(tr("no such interface: %1").arg(interfaceName));
    }
    int result = 0;
    if (m_ipv6) {
        ipv6_mreq request = {};
        const Q_IPV6ADDR bytes = group.toIPv6Address();
        std::memcpy(&request.ipv6mr_multiaddr, bytes.c, 16);
        request.ipv6mr_interface = unsigned(index);
        result = ::setsockopt(m_fd, IPPROTO_IPV6, join ? IPV6_JOIN_GROUP : IPV6_LEAVE_GROUP, &request,
                              sizeof request);
    } else {
        ip_mreqn request = {};
        request.imr_multiaddr.s_addr = htonl(group.toIPv4Address());
        request.imr_ifindex = index;
        result = ::setsockopt(m_fd, IPPROTO_IP, join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, &request,
                              sizeof request);
    }
    if (result != 0) {
        const int code = errno;
        if (code == ENODEV)
            return refuse(UdpErrors::describe("setsockopt", code)
                          + tr(": no route for the group; name an interface, or add a multicast route"));
        return fail(error, "setsockopt", code);
    }
    if (join)
        m_groups.append(group);
    else
        m_groups.removeOne(group);
    return true;
}
