// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listener.h"

class UdpEndpoint;

// A bound UDP socket (--listen udp:[ADDR:]PORT) behind the Listener contract, so the host opens
// it like a TCP or Unix listener. What differs is said for what it is: there is no listen() and
// no accept() (nextPendingConnection() is always nullptr), one socket serves every peer, and each
// peer is a row the UdpEndpoint records itself, datagram by datagram (recordInto()). stop()
// closes the socket, with the final tally of the kernel's drops.
class UdpListener : public Listener
{
    Q_OBJECT

public:
    explicit UdpListener(QObject *parent = nullptr);
    ~UdpListener() override;

    EndpointKind kind() const override { return EndpointKind::Udp; }
    ConnectionRole role() const override { return ConnectionRole::UdpSocket; }
    void recordInto(Session &session, JournalGate &gate, ConnectionId id, bool echo) override;
    void setReadingHeld(bool held) override;
    bool listen(const ParsedEndpoint &address, int backlog, QString *error) override;
    int backlog() const override { return 0; }   // UDP has no listen() and no backlog
    bool isListening() const override;
    void stop() override;
    // Nothing to accept: the nearest thing, not reading, is *Pause reading*.
    void setAcceptingPaused(bool paused) override { Q_UNUSED(paused) }
    bool isAcceptingPaused() const override { return false; }
    Transport *nextPendingConnection() override { return nullptr; }
    ParsedEndpoint boundAddress() const override;
    QString systemCalls() const override;
    qintptr socketDescriptor() const override;

    // The socket and its peer rows; null before recordInto().
    UdpEndpoint *endpoint() const { return m_endpoint; }

private:
    UdpEndpoint *m_endpoint = nullptr;
};
