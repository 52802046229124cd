// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

// Parsing of what users type for endpoints, in fields and on the command line. Every failure
// carries a one-line reason fit to show next to the field.
//
//   port:          0 ... 65535, digits only
//   HOST:PORT      host is a name, an IPv4 literal, or an IPv6 literal in brackets: [::1]:80
//                  (brackets hold IPv6 only; an all-digit last label is a bad IPv4 address)
//   [ADDR:]PORT    for listeners: a bare port binds 127.0.0.1; ADDR must be an IP literal
struct ParsedEndpoint
{
    QString host;               // as typed, brackets removed
    QHostAddress address;       // set when host is an IP literal
    quint16 port = 0;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

ParsedEndpoint parsePort(const QString &text);
ParsedEndpoint parseHost(const QString &text);               // a host without a port
ParsedEndpoint parseHostAndPort(const QString &text);        // HOST:PORT, for connecting
ParsedEndpoint parseListenEndpoint(const QString &text);     // [ADDR:]PORT, for listening

