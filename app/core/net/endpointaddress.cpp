// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointaddress.h"

#include "byteformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

#include <sys/un.h>

static_assert(ParsedEndpoint::MaxUnixAddressBytes + 1 == sizeof(sockaddr_un::sun_path),
              "sun_path holds the address and one NUL");

namespace {

// lupdate cannot give a free tr() a context; EndpointAddress::tr() it can.
struct EndpointAddress
{
    Q_DECLARE_TR_FUNCTIONS(EndpointAddress)
};

ParsedEndpoint failure(const QString &error)
{
    ParsedEndpoint result;
    result.error = printableLine(error);
    return result;
}

// RFC 1123 host names: dot-separated labels of 1 to 63 letters, digits and '-' (plus '_', seen
// in the wild), not starting or ending with '-'; 253 characters at most, not counting the
// optional final dot.
bool isHostName(const QString &host)
{
    QString name = host;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return false;
    static const QRegularExpression label(
        QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
    const QStringList labels = name.split(QLatin1Char('.'));
    return std::all_of(labels.cbegin(), labels.cend(),
        [](const QString &part) { return label.match(part).hasMatch(); });
}

// Splits "host:port" / "[v6]:port", keeping the brackets for parseHost() to check. Returns
// false with an error when the shape is wrong.
bool splitHostPort(const QString &text, QString *host, QString *port, QString *error)
{
    if (text.startsWith(QLatin1Char('['))) {
        const int close = text.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = EndpointAddress::tr("Missing ']' after the IPv6 address");
            return false;
        }
        if (close + 1 >= text.size() || text.at(close + 1) != QLatin1Char(':')) {
            *error = EndpointAddress::tr("Expected ':PORT' after ']'");
            return false;
        }
        *host = text.left(close + 1);
        *port = text.mid(close + 2);
        return true;
    }
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0) {
        *error = EndpointAddress::tr("Expected HOST:PORT");
        return false;
    }
    if (text.indexOf(QLatin1Char(':')) != colon) {
        *error = EndpointAddress::tr("Put an IPv6 address in brackets: [::1]:PORT");
        return false;
    }
    *host = text.left(colon);
    *port = text.mid(colon + 1);
    return true;
}

// Splits "kind:address" when the text starts with a kind's word; else the kind is TCP.
EndpointKind splitKind(const QString &text, QString *address)
{
    static const std::pair<QLatin1String, EndpointKind> kinds[] = {
        {QLatin1String("tcp"), EndpointKind::Tcp},
        {QLatin1String("unix"), EndpointKind::Unix},
        {QLatin1String("udp"), EndpointKind::Udp},
        {QLatin1String("tls"), EndpointKind::Tls},
    };
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const QString word = text.left(colon);
        for (const auto &[name, kind] : kinds) {
            if (word.compare(name, Qt::CaseInsensitive) == 0) {
                *address = text.mid(colon + 1);
                return kind;
            }
        }
    }
    *address = text;
    return EndpointKind::Tcp;
}

ParsedEndpoint unsupported(EndpointKind kind)
{
    return failure(EndpointAddress::tr("%1 sockets are not yet supported by this version of SocketLab; "
                                       "use tcp: or unix:")
                       .arg(endpointKindName(kind).toUpper()));
}

} // namespace

QString endpointKindName(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Tcp:
        return QStringLiteral("tcp");
    case EndpointKind::Unix:
        return QStringLiteral("unix");
    case EndpointKind::Udp:
        return QStringLiteral("udp");
    case EndpointKind::Tls:
        return QStringLiteral("tls");
    }
    return QStringLiteral("tcp");
}

bool isEndpointKindSupported(EndpointKind kind)
{
    return kind == EndpointKind::Tcp || kind == EndpointKind::Unix || kind == EndpointKind::Udp;
}

QString ParsedEndpoint::text() const
{
    if (kind == EndpointKind::Unix)
        return QStringLiteral("unix:") + path;
    const QString shown = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(host) : host;
    const QString prefix = kind == EndpointKind::Tcp ? QString() : endpointKindName(kind) + QLatin1Char(':');
    return QStringLiteral("%1%2:%3").arg(prefix, shown).arg(port);
}

ParsedEndpoint parsePort(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return failure(EndpointAddress::tr("Enter a port number (0 to 65535)"));
    for (QChar c : trimmed) {
        if (!c.isDigit() || c.unicode() > 127)
            return failure(EndpointAddress::tr("A port is a number; '%1' is not a digit").arg(c));
    }
    bool ok = false;
    const uint value = trimmed.toUInt(&ok);
    if (!ok || value > 65535 || trimmed.size() > 5)
        return failure(EndpointAddress::tr("Port %1 is out of range (0 to 65535)").arg(trimmed));
    ParsedEndpoint result;
    result.port = quint16(value);
    return result;
}

ParsedEndpoint parseHost(const QString &text)
{
    QString host = text.trimmed();
    const bool bracketed = host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'));
    if (bracketed)
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty())
        return failure(EndpointAddress::tr("Enter a host name or address"));
    ParsedEndpoint result;
    result.host = host;
    if (result.address.setAddress(host)
        && (!bracketed || result.address.protocol() == QAbstractSocket::IPv6Protocol))
        return result;
    if (bracketed || host.contains(QLatin1Char(':')))
        return failure(EndpointAddress::tr("'%1' is not a valid IPv6 address").arg(host));
    // A name never ends in an all-digit label (RFC 1123 2.1): "256.0.0.1" is a mistyped
    // address, not something to look up.
    static const QRegularExpression numericEnd(QStringLiteral("(^|\\.)[0-9]+\\.?$"));
    if (numericEnd.match(host).hasMatch())
        return failure(EndpointAddress::tr("'%1' is not a valid IPv4 address").arg(host));
    if (!isHostName(host))
        return failure(EndpointAddress::tr("'%1' is not a valid host name").arg(host));
    return result;
}

ParsedEndpoint parseHostAndPort(const QString &text)
{
    QString host, port, error;
    if (!splitHostPort(text.trimmed(), &host, &port, &error))
        return failure(error);
    ParsedEndpoint result = parseHost(host);
    if (!result.ok())
        return result;
    const ParsedEndpoint parsedPort = parsePort(port);
    if (!parsedPort.ok())
        return parsedPort;
    result.port = parsedPort.port;
    return result;
}

ParsedEndpoint parseListenEndpoint(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1Char(':'))) {
        ParsedEndpoint result = parsePort(trimmed);
        if (result.ok()) {
            result.address = QHostAddress(QHostAddress::LocalHost);
            result.host = result.address.toString();
        }
        return result;
    }
    ParsedEndpoint result = parseHostAndPort(trimmed);
    if (result.ok() && result.address.isNull())
        return failure(
            EndpointAddress::tr("Listen on an IP address (such as 127.0.0.1 or ::1), not a name"));
    return result;
}

ParsedEndpoint parseUnixAddress(const QString &text)
{
    // Not trimmed: blanks are legal in a file name, and the user sees what they typed.
    if (text.isEmpty())
        return failure(EndpointAddress::tr("Enter a socket file path (/tmp/lab.sock) or an abstract name (@lab)"));
    if (text.contains(QChar(0)))
        return failure(EndpointAddress::tr("A Unix socket address cannot hold a NUL character"));
    const bool abstract = text.startsWith(QLatin1Char('@'));
    if (abstract && text.size() == 1)
        return failure(EndpointAddress::tr("Enter a name after '@' (an abstract socket name, such as @lab)"));
    const qsizetype bytes = abstract ? text.mid(1).toUtf8().size() : QFile::encodeName(text).size();
    if (bytes > ParsedEndpoint::MaxUnixAddressBytes)
        return failure(EndpointAddress::tr("'%1' is %2 bytes long; a Unix socket address holds at most %3 "
                                           "(sun_path): choose a shorter path")
                           .arg(text).arg(bytes).arg(ParsedEndpoint::MaxUnixAddressBytes));
    if (!abstract && text.endsWith(QLatin1Char('/')))
        return failure(EndpointAddress::tr("'%1' names a directory; a socket needs a file name").arg(text));
    ParsedEndpoint result;
    result.kind = EndpointKind::Unix;
    result.path = text;
    return result;
}

ParsedEndpoint parseListenAddress(const QString &text)
{
    QString address;
    const EndpointKind kind = splitKind(text.trimmed(), &address);
    if (!isEndpointKindSupported(kind))
        return unsupported(kind);
    if (kind == EndpointKind::Unix)
        return parseUnixAddress(address);
    ParsedEndpoint result = parseListenEndpoint(address);
    result.kind = kind;
    return result;
}

ParsedEndpoint parseConnectAddress(const QString &text)
{
    QString address;
    const EndpointKind kind = splitKind(text.trimmed(), &address);
    if (!isEndpointKindSupported(kind))
        return unsupported(kind);
    if (kind == EndpointKind::Unix)
        return parseUnixAddress(address);
    ParsedEndpoint result = parseHostAndPort(address);
    if (result.ok() && result.port == 0)
        return failure(EndpointAddress::tr("port 0 cannot be connected to"));
    result.kind = kind;
    return result;
}
