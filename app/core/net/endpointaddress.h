// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

// Parsing of what users type for endpoints, in fields, on the command line and in lessons. Every
// failure carries a one-line reason fit to show next to the field.
//
//   [KIND:]ADDRESS KIND is tcp (the default), unix, and later udp and tls; it is a whole word
//                  before the first ':' ("tcp:localhost:80" to reach a host named "unix")
//   unix ADDRESS   a file path (/tmp/lab.sock) or an abstract name (@lab: Linux only, no file)
//                  of at most MaxUnixAddressBytes bytes, as sun_path holds it
//   port:          0 ... 65535, digits only
//   HOST:PORT      host is a name, an IPv4 literal, or an IPv6 literal in brackets: [::1]:80
//                  (brackets hold IPv6 only; an all-digit last label is a bad IPv4 address)
//   [ADDR:]PORT    for listeners: a bare port binds 127.0.0.1; ADDR must be an IP literal
// What kind of socket an endpoint is. The numeric values are stored in session files: append,
// never renumber.
enum class EndpointKind : quint8 { Tcp = 1, Unix = 2, Udp = 3, Tls = 4 };

// The word that names a kind in addresses and exports: "tcp", "unix", "udp", "tls".
QString endpointKindName(EndpointKind kind);
// Whether this version of SocketLab opens sockets of this kind; the parser refuses the others
// with a reason.
bool isEndpointKindSupported(EndpointKind kind);

struct ParsedEndpoint
{
    // sockaddr_un's sun_path is 108 bytes on Linux: a path needs its terminating NUL, an abstract
    // name its leading NUL.
    static constexpr int MaxUnixAddressBytes = 107;

    EndpointKind kind = EndpointKind::Tcp;
    QString path;               // unix: a file path, or "@name" for an abstract name
    QString host;               // as typed, brackets removed
    QHostAddress address;       // set when host is an IP literal
    quint16 port = 0;
    QString error;

    bool ok() const { return error.isEmpty(); }
    bool isAbstract() const { return kind == EndpointKind::Unix && path.startsWith(QLatin1Char('@')); }
    // Back to text that parses to the same endpoint: "unix:/tmp/lab.sock", "127.0.0.1:4000",
    // "[::1]:80"; TCP has no prefix, as users type it.
    QString text() const;
};

ParsedEndpoint parsePort(const QString &text);
ParsedEndpoint parseHost(const QString &text);               // a host without a port
ParsedEndpoint parseHostAndPort(const QString &text);        // HOST:PORT, for connecting
ParsedEndpoint parseListenEndpoint(const QString &text);     // [ADDR:]PORT, for listening
ParsedEndpoint parseUnixAddress(const QString &text);        // a path or @name, no "unix:"
ParsedEndpoint parseListenAddress(const QString &text);      // [KIND:]ADDRESS, for listening
ParsedEndpoint parseConnectAddress(const QString &text);     // [KIND:]ADDRESS, for connecting
