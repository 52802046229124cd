// SPDX-License-Identifier: GPL-3.0-or-later
#include "udperrors.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace UdpErrors {

QString errnoName(int code)
{
    switch (code) {
    case EMSGSIZE: return QStringLiteral("EMSGSIZE");
    case ECONNREFUSED: return QStringLiteral("ECONNREFUSED");
    case EADDRINUSE: return QStringLiteral("EADDRINUSE");
    case EADDRNOTAVAIL: return QStringLiteral("EADDRNOTAVAIL");
    case EACCES: return QStringLiteral("EACCES");
    case EPERM: return QStringLiteral("EPERM");
    case EAGAIN: return QStringLiteral("EAGAIN");
    case ENETUNREACH: return QStringLiteral("ENETUNREACH");
    case EHOSTUNREACH: return QStringLiteral("EHOSTUNREACH");
    case EINVAL: return QStringLiteral("EINVAL");
    case ENODEV: return QStringLiteral("ENODEV");
    case EDESTADDRREQ: return QStringLiteral("EDESTADDRREQ");
    case ENOBUFS: return QStringLiteral("ENOBUFS");
    case EAFNOSUPPORT: return QStringLiteral("EAFNOSUPPORT");
    case ENOTCONN: return QStringLiteral("ENOTCONN");
    case EISCONN: return QStringLiteral("EISCONN");
    default: return QString::number(code);
    }
}

QString meaning(int code)
{
    switch (code) {
    case ECONNREFUSED:
        return QCoreApplication::translate("UdpErrors",
                                           "an ICMP port-unreachable came back: nothing listens on the "
                                           "peer's port");
    case EMSGSIZE:
        return QCoreApplication::translate("UdpErrors",
                                           "the datagram is larger than UDP (65,507 bytes over IPv4, 65,527 "
                                           "over IPv6) or the path allows; nothing was sent");
    case EAGAIN:
        return QCoreApplication::translate("UdpErrors", "the send buffer is full; the datagram was not sent");
    case EACCES:
        return QCoreApplication::translate("UdpErrors",
                                           "not allowed: broadcast needs SO_BROADCAST, ports below 1024 need "
                                           "administrator rights");
    default: return {};
    }
}

QString describe(const char *call, int code)
{
    QString text = QStringLiteral("%1(): %2 (%3)")
                       .arg(QLatin1String(call), QString::fromLocal8Bit(std::strerror(code)), errnoName(code));
    const QString why = meaning(code);
    if (!why.isEmpty())
        text += QStringLiteral(": ") + why;
    return text;
}

} // namespace UdpErrors
