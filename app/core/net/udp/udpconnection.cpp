// SPDX-License-Identifier: GPL-3.0-or-later
#include "udpconnection.h"

#include "connectioninfo.h"
#include "socketerror.h"
#include "udpsocket.h"

#include <QHostInfo>

UdpConnection::UdpConnection(QObject *parent)
    : Transport(parent)
    , m_socket(new UdpSocket(this))
{
    connect(m_socket, &UdpSocket::received, this, [this](const QByteArray &bytes) { Q_EMIT received(bytes); });
    connect(m_socket, &UdpSocket::dropped, this, &Transport::datagramsDropped);
    // ECONNREFUSED here is the ICMP port-unreachable an earlier datagram brought back: an
    // answer, not an end, so the socket stays open.
    connect(m_socket, &UdpSocket::errorOccurred, this, [this](int code, const QString &reason) {
        Q_EMIT errorOccurred(errorCodeOfErrno(code), reason);
    });
}

UdpConnection::~UdpConnection() = default;

void UdpConnection::connectTo(const ParsedEndpoint &address)
{
    const QHostAddress literal(address.host);
    if (!literal.isNull()) {
        connectToAddress(literal, address.port);
        return;
    }
    Q_EMIT lookingUp(address.host);
    const quint16 port = address.port;
    const QString host = address.host;
    QHostInfo::lookupHost(host, this, [this, host, port](const QHostInfo &info) {
        if (m_closed)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            Q_EMIT errorOccurred(ErrorCode::HostNotFound, tr("Host %1 not found: %2").arg(host, info.errorString()));
            m_closed = true;
            Q_EMIT closed(CloseKind::Cancelled, CloseSide::Us, tr("not connected: the name did not resolve"));
            return;
        }
        QStringList found;
        for (const QHostAddress &address : info.addresses())
            found << address.toString();
        Q_EMIT resolved(tr("%1 is %2").arg(host, found.join(QStringLiteral(", "))));
        // connect() on UDP sends nothing, so it cannot tell a live address from a dead one: the
        // first address is the one used, as getaddrinfo() ordered them.
        connectToAddress(info.addresses().constFirst(), port);
    });
}

void UdpConnection::connectToAddress(const QHostAddress &address, quint16 port)
{
    Q_EMIT connecting(formatEndpoint(address, port));
    QString error;
    if (!m_socket->connectTo(address, port, &error)) {
        Q_EMIT errorOccurred(errorCodeOfErrno(m_socket->lastError()), error);
        m_closed = true;
        Q_EMIT closed(CloseKind::Cancelled, CloseSide::Us, tr("not connected"));
        return;
    }
    Q_EMIT connected();
}

QString UdpConnection::sendRefusal(const QByteArray &bytes) const
{
    const int limit = m_socket->maxPayload();
    if (bytes.size() <= limit)
        return QString();
    // No datagram this large can leave, so asking the kernel sends nothing: its answer (EMSGSIZE)
    // is the reason the log gives, beside the limit.
    QString reason;
    m_socket->send(bytes, &reason);
    return tr("not sent: %1 bytes is more than one UDP datagram carries (%2 bytes over %3): %4")
        .arg(bytes.size())
        .arg(limit)
        .arg(m_socket->isIPv6() ? QStringLiteral("IPv6") : QStringLiteral("IPv4"), reason);
}

bool UdpConnection::send(const QByteArray &bytes)
{
    if (!isConnected())
        return false;
    QString error;
    // Recorded as sent already: a refusal by the kernel (EMSGSIZE for the path, ECONNREFUSED
    // after an ICMP port-unreachable) says the datagram did not leave. The socket goes on.
    if (!m_socket->send(bytes, &error))
        Q_EMIT errorOccurred(errorCodeOfErrno(m_socket->lastError()),
                             tr("the datagram recorded as sent just before was not sent: %1").arg(error));
    return true;
}

void UdpConnection::close()
{
    if (m_closed)
        return;
    m_closed = true;
    const bool wasOpen = m_socket->isOpen();
    const quint64 read = m_socket->datagramsRead();
    m_socket->close();   // reads the kernel's drop counter a last time
    const quint64 dropped = m_socket->kernelDrops();
    Q_EMIT closed(CloseKind::None, CloseSide::Us,
                  wasOpen ? tr("close(); final tally: %1 datagrams recorded + %2 dropped by the kernel = %3 "
                               "reached the socket")
                                .arg(read)
                                .arg(dropped)
                                .arg(read + dropped)
                          : tr("close()"));
}

void UdpConnection::setReadingPaused(bool paused)
{
    m_socket->setReadingPaused(paused);
}

bool UdpConnection::isReadingPaused() const
{
    return m_socket->isReadingPaused();
}

void UdpConnection::setReadingHeld(bool held)
{
    m_socket->setReadingHeld(held);
}

bool UdpConnection::isConnected() const
{
    return !m_closed && m_socket->isConnected();
}

QHostAddress UdpConnection::localAddress() const
{
    return m_socket->localAddress();
}

quint16 UdpConnection::localPort() const
{
    return m_socket->localPort();
}

QHostAddress UdpConnection::peerAddress() const
{
    return m_socket->peerAddress();
}

quint16 UdpConnection::peerPort() const
{
    return m_socket->peerPort();
}

qintptr UdpConnection::socketDescriptor() const
{
    return m_socket->socketDescriptor();
}
