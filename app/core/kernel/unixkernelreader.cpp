// SPDX-License-Identifier: GPL-3.0-or-later
#include "unixkernelreader.h"

#include <QCoreApplication>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#endif

namespace {
struct UnixKernelText
{
    Q_DECLARE_TR_FUNCTIONS(UnixKernelReader)
};

#ifdef Q_OS_LINUX
// Reads the one answer to a request for the socket with this inode. The wire format is
// linux/unix_diag.h: a unix_diag_msg, then netlink attributes (UNIX_DIAG_PEER: the peer's inode,
// u32; UNIX_DIAG_RQLEN: unix_diag_rqlen).
bool askKernel(TcpKernelInfo *info, quint64 inode, QString *problem)
{
    const int netlink = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (netlink < 0) {
        *problem = UnixKernelText::tr("sock_diag: %1").arg(qt_error_string(errno));
        return false;
    }
    const timeval timeout { 1, 0 }; // the kernel answers at once; never hang the network thread
    ::setsockopt(netlink, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    struct
    {
        nlmsghdr header;
        unix_diag_req body;
    } request {};
    request.header.nlmsg_len = sizeof request;
    request.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    request.header.nlmsg_flags = NLM_F_REQUEST;
    request.body.sdiag_family = AF_UNIX;
    request.body.udiag_states = ~0u;
    request.body.udiag_ino = quint32(inode);
    request.body.udiag_show = UDIAG_SHOW_PEER | UDIAG_SHOW_RQLEN;
    request.body.udiag_cookie[0] = request.body.udiag_cookie[1] = ~0u; // INET_DIAG_NOCOOKIE
    sockaddr_nl kernel {};
    kernel.nl_family = AF_NETLINK;
    if (::sendto(netlink, &request, sizeof request, 0, reinterpret_cast<sockaddr *>(&kernel),
            sizeof kernel)
        < 0) {
        *problem = UnixKernelText::tr("sock_diag: %1").arg(qt_error_string(errno));
        ::close(netlink);
        return false;
    }
    alignas(nlmsghdr) char buffer[8192];
    const ssize_t got = ::recv(netlink, buffer, sizeof buffer, 0);
    const int recvError = errno;
    ::close(netlink);
    if (got < 0) {
        *problem = UnixKernelText::tr("sock_diag: %1").arg(qt_error_string(recvError));
        return false;
    }
    const auto *header = reinterpret_cast<const nlmsghdr *>(buffer);
    if (!NLMSG_OK(header, size_t(got)))
        return false;
    if (header->nlmsg_type == NLMSG_ERROR) {
        const auto *error = static_cast<const nlmsgerr *>(NLMSG_DATA(header));
        *problem = UnixKernelText::tr("sock_diag: %1").arg(qt_error_string(-error->error));
        return false;
    }
    if (header->nlmsg_type != SOCK_DIAG_BY_FAMILY
        || header->nlmsg_len < NLMSG_LENGTH(sizeof(unix_diag_msg)))
        return false;
    const auto *message = static_cast<const unix_diag_msg *>(NLMSG_DATA(header));
    info->found = true;
    // sk_state holds TCP_ESTABLISHED, TCP_LISTEN or TCP_CLOSE: the numbers of TcpState.
    info->state = TcpState(message->udiag_state);
    int left = int(header->nlmsg_len - NLMSG_LENGTH(sizeof *message));
    for (auto *attribute = reinterpret_cast<const rtattr *>(message + 1); RTA_OK(attribute, left);
         attribute = RTA_NEXT(attribute, left)) {
        if (attribute->rta_type == UNIX_DIAG_PEER && RTA_PAYLOAD(attribute) >= sizeof(quint32)) {
            quint32 peer = 0;
            std::memcpy(&peer, RTA_DATA(attribute), sizeof peer);
            info->peerInode = peer;
        } else if (attribute->rta_type == UNIX_DIAG_RQLEN
            && RTA_PAYLOAD(attribute) >= sizeof(unix_diag_rqlen)) {
            unix_diag_rqlen queues {};
            std::memcpy(&queues, RTA_DATA(attribute), sizeof queues);
            info->receiveQueue = queues.udiag_rqueue;
            info->sendQueue = queues.udiag_wqueue;
        }
    }
    return true;
}
#endif

} // namespace

namespace UnixKernelReader {

void readSocket(TcpKernelInfo *info, qintptr descriptor)
{
    info->kind = EndpointKind::Unix;
#ifdef Q_OS_LINUX
    struct stat status
    {
    };
    if (::fstat(int(descriptor), &status) != 0) {
        info->problem = UnixKernelText::tr("fstat: %1").arg(qt_error_string(errno));
        return;
    }
    info->inode = status.st_ino;
    info->fromSocket = true;
    QString problem;
    if (!askKernel(info, status.st_ino, &problem))
        info->problem = problem.isEmpty()
            ? UnixKernelText::tr("sock_diag gave no answer for this socket")
            : problem;
#else
    Q_UNUSED(descriptor)
    info->problem = UnixKernelText::tr("not available on this platform");
#endif
}

} // namespace UnixKernelReader
