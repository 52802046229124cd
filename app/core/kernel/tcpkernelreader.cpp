// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpkernelreader.h"

#include "sockdiag.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <atomic>
#include <cstring>

#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#endif

QString tcpStateName(TcpState state)
{
    switch (state) {
    case TcpState::Established: return QStringLiteral("ESTABLISHED");
    case TcpState::SynSent: return QStringLiteral("SYN_SENT");
    case TcpState::SynReceived:
    case TcpState::NewSynReceived: return QStringLiteral("SYN_RECEIVED");
    case TcpState::FinWait1: return QStringLiteral("FIN_WAIT_1");
    case TcpState::FinWait2: return QStringLiteral("FIN_WAIT_2");
    case TcpState::TimeWait: return QStringLiteral("TIME_WAIT");
    case TcpState::Closed: return QStringLiteral("CLOSED");
    case TcpState::CloseWait: return QStringLiteral("CLOSE_WAIT");
    case TcpState::LastAck: return QStringLiteral("LAST_ACK");
    case TcpState::Listen: return QStringLiteral("LISTEN");
    case TcpState::Closing: return QStringLiteral("CLOSING");
    case TcpState::Unknown: break;
    }
    return QStringLiteral("UNKNOWN");
}

namespace TcpKernelReader {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TcpKernelReader", text);
}

bool parseHex32(QByteArrayView text, quint32 *value)
{
    bool ok = false;
    const qulonglong parsed = QByteArray(text.data(), text.size()).toULongLong(&ok, 16);
    if (!ok || parsed > 0xFFFFFFFFull)
        return false;
    *value = quint32(parsed);
    return true;
}

// "0100007F:1F90" or a 32-digit IPv6 address and a port.
bool parseEndpoint(QByteArrayView text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.indexOf(':');
    if (colon != 8 && colon != 32)
        return false;
    quint32 portValue = 0;
    if (!parseHex32(text.sliced(colon + 1), &portValue) || portValue > 0xFFFF)
        return false;
    // Each 32-bit word was printed from the address's memory as a host-order number: storing
    // the number back into memory gives the address bytes in network order.
    quint8 bytes[16] = {};
    for (qsizetype word = 0; word < colon / 8; ++word) {
        quint32 value = 0;
        if (!parseHex32(text.sliced(word * 8, 8), &value))
            return false;
        std::memcpy(bytes + word * 4, &value, 4);
    }
    if (colon == 8)
        address->setAddress(qFromBigEndian<quint32>(bytes));
    else
        address->setAddress(bytes);
    *port = quint16(portValue);
    return true;
}

// IPv4-mapped IPv6 addresses (a dual-stack socket's view of an IPv4 peer) become IPv4, and the
// "any" addresses become the one the kernel prints, so equal endpoints compare equal.
QHostAddress normalised(const QHostAddress &address)
{
    if (address == QHostAddress(QHostAddress::AnyIPv4))
        return QHostAddress(QHostAddress::AnyIPv4);
    if (address == QHostAddress(QHostAddress::Any)
        || address == QHostAddress(QHostAddress::AnyIPv6))
        return QHostAddress(QHostAddress::AnyIPv6);
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool ok = false;
        const quint32 v4 = address.toIPv4Address(&ok);
        if (ok)
            return QHostAddress(v4);
    }
    QHostAddress plain(address);
    plain.setScopeId(QString());
    return plain;
}

bool isAny(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6);
}

} // namespace

QList<TableEntry> parseProcNetTcp(const QByteArray &text)
{
    QList<TableEntry> entries;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // sl local remote st tx:rx tr:when retrnsmt uid timeout inode: at least 10 fields.
        if (fields.size() < 10 || !fields[0].endsWith(':'))
            continue;
        TableEntry entry;
        quint32 state = 0, retransmits = 0;
        const QList<QByteArray> queues = fields[4].split(':');
        bool inodeOk = false;
        entry.inode = fields[9].toULongLong(&inodeOk);
        if (!parseEndpoint(fields[1], &entry.localAddress, &entry.localPort)
            || !parseEndpoint(fields[2], &entry.remoteAddress, &entry.remotePort)
            || !parseHex32(fields[3], &state) || state < 1 || state > 12 || queues.size() != 2
            || !parseHex32(queues[0], &entry.sendQueue)
            || !parseHex32(queues[1], &entry.receiveQueue) || !parseHex32(fields[6], &retransmits)
            || !inodeOk)
            continue;
        entry.state = TcpState(state);
        entry.retransmits = retransmits;
        entries << entry;
    }
    return entries;
}

std::optional<TableEntry> findEntry(const QList<TableEntry> &entries,
    const QHostAddress &localAddress, quint16 localPort, const QHostAddress &remoteAddress,
    quint16 remotePort)
{
    const QHostAddress local = normalised(localAddress);
    const QHostAddress remote = normalised(remoteAddress);
    std::optional<TableEntry> best;
    for (const TableEntry &entry : entries) {
        if (entry.localPort != localPort)
            continue;
        const QHostAddress entryLocal = normalised(entry.localAddress);
        if (remotePort == 0) {
            // A listener: an exact address beats a wildcard one on the same port.
            if (entry.state != TcpState::Listen)
                continue;
            if (entryLocal == local)
                return entry;
            if (!best && (isAny(entryLocal) || isAny(local)))
                best = entry;
            continue;
        }
        if (entry.remotePort != remotePort || entryLocal != local
            || normalised(entry.remoteAddress) != remote)
            continue;
        if (entry.state != TcpState::TimeWait)
            return entry;
        best = entry;
    }
    return best;
}

bool isSupported()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

namespace {

// TCP_INFO's state, when the socket was read, is as fresh: it is kept.
void fill(TcpKernelInfo *info, const TableEntry &entry)
{
    info->found = true;
    if (!info->fromSocket)
        info->state = entry.state;
    info->sendQueue = entry.sendQueue;
    info->receiveQueue = entry.receiveQueue;
    info->timerRetransmits = entry.retransmits;
    info->inode = entry.inode;
}

} // namespace

void readTable(TcpKernelInfo *info, const QHostAddress &localAddress, quint16 localPort,
    const QHostAddress &remoteAddress, quint16 remotePort)
{
    // Set once sock_diag has said "no such socket" of one that is open: the kernel then lacks
    // its TCP part (tcp_diag is a module, and a container may not load it), and /proc is asked.
    static std::atomic<bool> sockDiagUnreliable = false;
    info->supported = isSupported();
    if (!info->supported)
        return;
    if (!sockDiagUnreliable.load(std::memory_order_relaxed)) {
        TableEntry entry;
        const SockDiag::Answer answer
            = SockDiag::lookup(localAddress, localPort, remoteAddress, remotePort, &entry);
        if (answer == SockDiag::Answer::Found) {
            fill(info, entry);
            return;
        }
        if (answer == SockDiag::Answer::NotFound) {
            if (!info->fromSocket)
                return; // gone (or never was)
            sockDiagUnreliable.store(true, std::memory_order_relaxed);
        }
    }
    readProc(info, localAddress, localPort, remoteAddress, remotePort);
}

void readProc(TcpKernelInfo *info, const QHostAddress &localAddress, quint16 localPort,
    const QHostAddress &remoteAddress, quint16 remotePort)
{
    info->supported = isSupported();
    if (!info->supported)
        return;
    QList<TableEntry> entries;
    for (const char *path : { "/proc/net/tcp", "/proc/net/tcp6" }) {
        QFile file{QString::fromLatin1(path)};
        // tcp6 is missing when IPv6 is disabled; that is no problem.
        if (file.open(QIODevice::ReadOnly))
            entries << parseProcNetTcp(file.readAll());
    }
    if (const auto entry = findEntry(entries, localAddress, localPort, remoteAddress, remotePort))
        fill(info, *entry);
}

bool readSocket(TcpKernelInfo *info, qintptr descriptor)
{
#ifdef Q_OS_LINUX
    const int fd = int(descriptor);
    tcp_info tcp {};
    socklen_t length = sizeof tcp;
    if (descriptor < 0 || ::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &tcp, &length) != 0) {
        info->problem = tr("getsockopt(TCP_INFO) failed: %1")
                            .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    info->supported = true;
    info->found = true;
    info->fromSocket = true;
    info->state = TcpState(tcp.tcpi_state);
    info->rttUs = tcp.tcpi_rtt;
    info->rttVarianceUs = tcp.tcpi_rttvar;
    info->rtoUs = tcp.tcpi_rto;
    info->congestionWindow = tcp.tcpi_snd_cwnd;
    info->slowStartThreshold = tcp.tcpi_snd_ssthresh;
    info->sendMss = tcp.tcpi_snd_mss;
    info->receiveMss = tcp.tcpi_rcv_mss;
    info->unackedSegments = tcp.tcpi_unacked;
    info->totalRetransmits = tcp.tcpi_total_retrans;
    info->lostSegments = tcp.tcpi_lost;

    // Bytes in the send queue (SIOCOUTQ) minus those not yet sent (SIOCOUTQNSD): in flight.
    // Both fail on a listening socket.
    int queued = 0, notSent = 0;
    if (::ioctl(fd, SIOCOUTQ, &queued) == 0 && ::ioctl(fd, SIOCOUTQNSD, &notSent) == 0) {
        info->bytesInFlight = qMax(0, queued - notSent);
        info->bytesNotSent = notSent;
    }
    const auto option = [fd](int level, int name) {
        int value = -1;
        socklen_t size = sizeof value;
        return ::getsockopt(fd, level, name, &value, &size) == 0 ? value : -1;
    };
    info->sendBuffer = option(SOL_SOCKET, SO_SNDBUF);
    info->receiveBuffer = option(SOL_SOCKET, SO_RCVBUF);
    const int noDelay = option(IPPROTO_TCP, TCP_NODELAY);
    info->noDelay = noDelay < 0 ? -1 : (noDelay ? 1 : 0);
    const int keepAlive = option(SOL_SOCKET, SO_KEEPALIVE);
    info->keepAlive = keepAlive < 0 ? -1 : (keepAlive ? 1 : 0);
    return true;
#else
    Q_UNUSED(descriptor);
    info->problem = tr("TCP_INFO is not available on this platform");
    return false;
#endif
}

} // namespace TcpKernelReader
