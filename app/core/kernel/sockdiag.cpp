// SPDX-License-Identifier: GPL-3.0-or-later
#include "sockdiag.h"

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#endif

namespace SockDiag {

#ifdef Q_OS_LINUX
namespace {

// An IPv4 address, or an IPv4-mapped IPv6 one (a dual-stack socket's view of an IPv4 peer):
// the kernel hashes such connections by their IPv4 addresses. "::" is not IPv4: an IPv6 listener
// on it may refuse IPv4.
bool toIpv4(const QHostAddress &address, quint32 *ipv4)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        *ipv4 = address.toIPv4Address();
        return true;
    }
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (bytes[i] != 0)
            return false;
    }
    if (bytes[10] != 0xff || bytes[11] != 0xff)
        return false;
    *ipv4 = quint32(bytes[12]) << 24 | quint32(bytes[13]) << 16 | quint32(bytes[14]) << 8 | bytes[15];
    return true;
}

QHostAddress addressOf(quint8 family, const __be32 (&words)[4])
{
    if (family == AF_INET)
        return QHostAddress(ntohl(words[0]));
    quint8 bytes[16];
    std::memcpy(bytes, words, sizeof bytes);
    return QHostAddress(bytes);
}

struct Request
{
    nlmsghdr header;
    inet_diag_req_v2 body;
};

// Fills the request's family and addresses; the kernel takes them in network byte order.
void setAddresses(inet_diag_req_v2 *body, const QHostAddress &local, const QHostAddress &remote,
    bool listener)
{
    quint32 local4 = 0, remote4 = 0;
    const bool ipv4 = toIpv4(local, &local4) && (listener || toIpv4(remote, &remote4));
    body->sdiag_family = ipv4 ? AF_INET : AF_INET6;
    if (ipv4) {
        body->id.idiag_src[0] = htonl(local4);
        body->id.idiag_dst[0] = htonl(remote4);
        return;
    }
    const Q_IPV6ADDR localBytes = local.toIPv6Address();
    std::memcpy(body->id.idiag_src, localBytes.c, 16);
    if (!listener) {
        const Q_IPV6ADDR remoteBytes = remote.toIPv6Address();
        std::memcpy(body->id.idiag_dst, remoteBytes.c, 16);
    }
}

// Sends the request and waits for the one reply an exact lookup gets.
Answer ask(const Request &request, inet_diag_msg *reply)
{
    const int fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (fd < 0)
        return Answer::Unavailable;
    // The kernel answers at once; the timeout only guards against a broken emulation of it.
    const timeval timeout { 1, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_nl kernel {};
    kernel.nl_family = AF_NETLINK;
    Answer answer = Answer::Unavailable;
    alignas(nlmsghdr) char buffer[8192];
    if (::sendto(fd, &request, sizeof request, 0, reinterpret_cast<const sockaddr *>(&kernel),
            sizeof kernel) == ssize_t(sizeof request)) {
        ssize_t received;
        do
            received = ::recv(fd, buffer, sizeof buffer, 0);
        while (received < 0 && errno == EINTR);
        int left = int(qMax<ssize_t>(received, 0));
        for (auto *header = reinterpret_cast<const nlmsghdr *>(buffer); NLMSG_OK(header, left);
             header = NLMSG_NEXT(header, left)) {
            if (header->nlmsg_seq != request.header.nlmsg_seq)
                continue;
            if (header->nlmsg_type == NLMSG_ERROR
                && header->nlmsg_len >= NLMSG_LENGTH(sizeof(nlmsgerr))) {
                const auto *error = static_cast<const nlmsgerr *>(NLMSG_DATA(header));
                // ENOENT: no such socket. Anything else (EINVAL, EPERM…): the interface
                // cannot answer here.
                answer = error->error == -ENOENT ? Answer::NotFound : Answer::Unavailable;
                break;
            }
            if (header->nlmsg_type == SOCK_DIAG_BY_FAMILY
                && header->nlmsg_len >= NLMSG_LENGTH(sizeof(inet_diag_msg))) {
                std::memcpy(reply, NLMSG_DATA(header), sizeof *reply);
                answer = Answer::Found;
                break;
            }
        }
    }
    ::close(fd);
    return answer;
}

} // namespace

Answer lookup(const QHostAddress &localAddress, quint16 localPort,
    const QHostAddress &remoteAddress, quint16 remotePort, TcpKernelReader::TableEntry *entry)
{
    const bool listener = remotePort == 0;
    Request request {};
    request.header.nlmsg_len = sizeof request;
    request.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    // Without NLM_F_DUMP the kernel looks the socket up by its addresses instead of listing all.
    request.header.nlmsg_flags = NLM_F_REQUEST;
    request.header.nlmsg_seq = 1;
    request.body.sdiag_protocol = IPPROTO_TCP;
    request.body.idiag_states = ~0u;
    request.body.id.idiag_sport = htons(localPort);
    request.body.id.idiag_dport = htons(remotePort);
    request.body.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
    request.body.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
    setAddresses(&request.body, localAddress, remoteAddress, listener);

    inet_diag_msg reply {};
    const Answer answer = ask(request, &reply);
    if (answer != Answer::Found)
        return answer;
    // The lookup is the one for an arriving segment: for a connection that is gone it finds
    // the listener on the same port instead. That is not the socket asked for.
    const auto state = TcpState(reply.idiag_state);
    if (ntohs(reply.id.idiag_sport) != localPort || ntohs(reply.id.idiag_dport) != remotePort
        || (state == TcpState::Listen) != listener || reply.idiag_state < 1 || reply.idiag_state > 12)
        return Answer::NotFound;
    entry->localAddress = addressOf(reply.idiag_family, reply.id.idiag_src);
    entry->localPort = localPort;
    entry->remoteAddress = addressOf(reply.idiag_family, reply.id.idiag_dst);
    entry->remotePort = remotePort;
    entry->state = state;
    entry->sendQueue = reply.idiag_wqueue;
    entry->receiveQueue = reply.idiag_rqueue;
    entry->retransmits = reply.idiag_retrans;
    entry->inode = reply.idiag_inode;
    return Answer::Found;
}

#else

Answer lookup(const QHostAddress &, quint16, const QHostAddress &, quint16, TcpKernelReader::TableEntry *)
{
    return Answer::Unavailable;
}

#endif

} // namespace SockDiag
