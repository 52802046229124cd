// SPDX-License-Identifier: GPL-3.0-or-later
#include "udpkernelreader.h"

#include "byteformat.h"
#include "connectioninfo.h"

#include <QCoreApplication>
#include <QFile>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#endif

namespace {
struct UdpKernelText
{
    Q_DECLARE_TR_FUNCTIONS(UdpKernelReader)
};

#ifdef Q_OS_LINUX
QHostAddress addressOf(const sockaddr_storage &native, quint16 *port)
{
    if (native.ss_family == AF_INET) {
        const auto &v4 = reinterpret_cast<const sockaddr_in &>(native);
        *port = ntohs(v4.sin_port);
        return QHostAddress(ntohl(v4.sin_addr.s_addr));
    }
    if (native.ss_family == AF_INET6) {
        const auto &v6 = reinterpret_cast<const sockaddr_in6 &>(native);
        *port = ntohs(v6.sin6_port);
        return QHostAddress(reinterpret_cast<const quint8 *>(&v6.sin6_addr));
    }
    *port = 0;
    return {};
}

int intOption(int fd, int name)
{
    int value = -1;
    socklen_t length = sizeof value;
    return ::getsockopt(fd, SOL_SOCKET, name, &value, &length) == 0 ? value : -1;
}

// A dump of the family's UDP sockets (there are few: a UDP socket lives as long as its program
// holds it), the one with our inode picked out. An exact lookup would need the kernel's cookie.
bool askKernel(TcpKernelInfo *info, int family, quint64 inode, QString *problem)
{
    const int netlink = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (netlink < 0) {
        *problem = UdpKernelText::tr("sock_diag: %1").arg(qt_error_string(errno));
        return false;
    }
    const timeval timeout { 1, 0 }; // the kernel answers at once; never hang the network thread
    ::setsockopt(netlink, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    struct
    {
        nlmsghdr header;
        inet_diag_req_v2 body;
    } request {};
    request.header.nlmsg_len = sizeof request;
    request.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    request.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    request.header.nlmsg_seq = 1;
    request.body.sdiag_family = quint8(family);
    request.body.sdiag_protocol = IPPROTO_UDP;
    request.body.idiag_states = ~0u;
    request.body.idiag_ext = 1 << (INET_DIAG_SKMEMINFO - 1);
    sockaddr_nl kernel {};
    kernel.nl_family = AF_NETLINK;
    if (::sendto(netlink, &request, sizeof request, 0, reinterpret_cast<sockaddr *>(&kernel), sizeof kernel) < 0) {
        *problem = UdpKernelText::tr("sock_diag: %1").arg(qt_error_string(errno));
        ::close(netlink);
        return false;
    }
    alignas(nlmsghdr) static thread_local char buffer[32768];
    bool done = false;
    while (!done) {
        const ssize_t got = ::recv(netlink, buffer, sizeof buffer, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            *problem = UdpKernelText::tr("sock_diag: %1").arg(qt_error_string(errno));
            break;
        }
        int left = int(got);
        for (auto *header = reinterpret_cast<const nlmsghdr *>(buffer); NLMSG_OK(header, left);
             header = NLMSG_NEXT(header, left)) {
            if (header->nlmsg_type == NLMSG_DONE) {
                done = true;
                break;
            }
            if (header->nlmsg_type == NLMSG_ERROR) {
                const auto *error = static_cast<const nlmsgerr *>(NLMSG_DATA(header));
                *problem = UdpKernelText::tr("sock_diag: %1").arg(qt_error_string(-error->error));
                done = true;
                break;
            }
            if (header->nlmsg_type != SOCK_DIAG_BY_FAMILY || header->nlmsg_len < NLMSG_LENGTH(sizeof(inet_diag_msg)))
                continue;
            const auto *message = static_cast<const inet_diag_msg *>(NLMSG_DATA(header));
            if (message->idiag_inode != inode || info->found)
                continue;
            info->found = true;
            info->state = TcpState(message->idiag_state);
            info->receiveQueue = message->idiag_rqueue;
            info->sendQueue = message->idiag_wqueue;
            int attributesLeft = int(header->nlmsg_len - NLMSG_LENGTH(sizeof(inet_diag_msg)));
            for (auto *attribute = reinterpret_cast<const rtattr *>(message + 1); RTA_OK(attribute, attributesLeft);
                 attribute = RTA_NEXT(attribute, attributesLeft)) {
                if (attribute->rta_type == INET_DIAG_SKMEMINFO
                    && RTA_PAYLOAD(attribute) > SK_MEMINFO_DROPS * sizeof(quint32)) {
                    quint32 values[SK_MEMINFO_VARS] = {};
                    std::memcpy(values, RTA_DATA(attribute), qMin<size_t>(RTA_PAYLOAD(attribute), sizeof values));
                    info->drops = values[SK_MEMINFO_DROPS];
                }
            }
        }
    }
    ::close(netlink);
    return info->found;
}
#endif
} // namespace

namespace UdpKernelReader {

qint64 procDrops(const QByteArray &procNetUdp, quint64 inode)
{
    // "sl local rem st tx:rx tr:when retrnsmt uid timeout inode ref pointer drops": the inode is
    // the tenth field, the drops the last.
    const QList<QByteArray> lines = procNetUdp.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() < 13)
            continue;
        bool ok = false;
        if (fields.at(9).toULongLong(&ok) != inode || !ok)
            continue;
        const qint64 drops = fields.last().toLongLong(&ok);
        return ok ? drops : -1;
    }
    return -1;
}

void readSocket(TcpKernelInfo *info, qintptr descriptor)
{
    info->kind = EndpointKind::Udp;
#ifdef Q_OS_LINUX
    const int fd = int(descriptor);
    sockaddr_storage native {};
    socklen_t length = sizeof native;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&native), &length) != 0) {
        info->problem = UdpKernelText::tr("getsockname(): %1").arg(qt_error_string(errno));
        return;
    }
    const int family = native.ss_family;
    info->localAddress = addressOf(native, &info->localPort);
    length = sizeof native;
    native = {};
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&native), &length) == 0)
        info->peerAddress = addressOf(native, &info->peerPort);
    info->fromSocket = true;
    info->receiveBuffer = intOption(fd, SO_RCVBUF);
    info->sendBuffer = intOption(fd, SO_SNDBUF);
    struct stat status {};
    if (::fstat(fd, &status) != 0) {
        info->problem = UdpKernelText::tr("fstat(): %1").arg(qt_error_string(errno));
        return;
    }
    info->inode = status.st_ino;
    QString problem;
    if (!askKernel(info, family, info->inode, &problem))
        info->problem = problem.isEmpty() ? UdpKernelText::tr("sock_diag does not list this socket") : problem;
    QFile table(family == AF_INET6 ? QStringLiteral("/proc/net/udp6") : QStringLiteral("/proc/net/udp"));
    if (table.open(QIODevice::ReadOnly))
        info->procDrops = procDrops(table.readAll(), info->inode);
#else
    Q_UNUSED(descriptor)
    info->problem = UdpKernelText::tr("not available on this platform");
#endif
}

QStringList describe(const TcpKernelInfo &info)
{
    QStringList lines;
    lines << UdpKernelText::tr("Bound: %1").arg(formatEndpoint(info.localAddress, info.localPort));
    lines << (info.peerPort != 0
                  ? UdpKernelText::tr("Connected to: %1 (only its datagrams arrive)")
                        .arg(formatEndpoint(info.peerAddress, info.peerPort))
                  : UdpKernelText::tr("Connected to: — (not connected: datagrams from anyone arrive)"));
    lines << UdpKernelText::tr("Buffers: send %1 / receive %2 (SO_SNDBUF / SO_RCVBUF, as the kernel doubled them)")
                 .arg(formatByteCount(double(info.sendBuffer)), formatByteCount(double(info.receiveBuffer)));
    if (info.found) {
        lines << UdpKernelText::tr("Queues: send %1 / receive %2 (bytes the kernel holds, its bookkeeping included)")
                     .arg(formatByteCount(double(info.sendQueue)), formatByteCount(double(info.receiveQueue)));
    }
    const QString unknown = UdpKernelText::tr("—");
    lines << UdpKernelText::tr("Dropped by the kernel (receive buffer full): %1 (sock_diag), %2 (/proc/net/udp)")
                 .arg(info.drops < 0 ? unknown : QString::number(info.drops),
                      info.procDrops < 0 ? unknown : QString::number(info.procDrops));
    if (!info.problem.isEmpty())
        lines << info.problem;
    return lines;
}

} // namespace UdpKernelReader
