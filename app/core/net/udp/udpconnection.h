// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport.h"

class UdpSocket;

// A connected UDP socket (--connect udp:HOST:PORT) behind the Transport contract, like a TCP or
// Unix client: connect() fixes the peer, so only its datagrams arrive and send() needs no
// address. What differs is said for what it is: connect() sends no packet (connected() follows
// at once), each received() is exactly one datagram (an empty one too), each send() is one
// datagram, an ICMP port-unreachable comes back as errorOccurred(ConnectionRefused) on a later
// call and the socket stays open, and there is no FIN or RST: closed() carries CloseKind::None.
// The kernel's drops (receive buffer full) come as datagramsDropped(), and closed() says the
// final tally.
class UdpConnection : public Transport
{
    Q_OBJECT

public:
    explicit UdpConnection(QObject *parent = nullptr);
    ~UdpConnection() override;

    EndpointKind kind() const override { return EndpointKind::Udp; }
    void connectTo(const ParsedEndpoint &address) override;
    QString sendRefusal(const QByteArray &bytes) const override;
    bool send(const QByteArray &bytes) override;
    void close() override;
    void abort() override { close(); }   // UDP has no RST: close() is all there is
    void setReadingPaused(bool paused) override;
    bool isReadingPaused() const override;
    void setReadingHeld(bool held) override;
    bool isConnected() const override;
    qint64 bytesToWrite() const override { return 0; }   // a datagram is the kernel's, or refused
    bool shutdownWrite() override { return false; }       // no stream to shut down
    bool setNoDelay(bool) override { return false; }     // no Nagle
    void setKeepOpenAfterPeerFin(bool) override {}        // no FIN
    QHostAddress localAddress() const override;
    quint16 localPort() const override;
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;
    qintptr socketDescriptor() const override;

private:
    void connectToAddress(const QHostAddress &address, quint16 port);
    void fail(const QString &reason);

    UdpSocket *m_socket = nullptr;
    bool m_closed = false;
};
