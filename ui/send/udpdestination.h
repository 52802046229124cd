// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

// Where the send panel sends a datagram from a bound UDP socket: HOST:PORT as typed in its
// destination field. The host is an IP literal ([::1] for IPv6) or "localhost": a sendto() needs
// an address, and a name lookup on every keystroke would stall the window.
struct UdpDestination
{
    Q_DECLARE_TR_FUNCTIONS(UdpDestination)

public:
    QHostAddress address;
    quint16 port = 0;
    QString error;   // one line, for the label under the field

    bool ok() const { return error.isEmpty(); }
    static UdpDestination parse(const QString &text);
};
