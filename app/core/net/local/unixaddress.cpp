// SPDX-License-Identifier: GPL-3.0-or-later
#include "unixaddress.h"

#include <QFile>

#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>

namespace UnixAddress {

unsigned toSockaddr(const QString &path, sockaddr_un *address)
{
    std::memset(address, 0, sizeof *address);
    address->sun_family = AF_UNIX;
    const bool abstract = path.startsWith(QLatin1Char('@'));
    const QByteArray bytes = abstract ? path.mid(1).toUtf8() : QFile::encodeName(path);
    // The parser refused longer ones; cut rather than overflow if a caller did not ask it.
    const size_t room = sizeof address->sun_path - 1;
    const size_t size = qMin(size_t(bytes.size()), room);
    std::memcpy(address->sun_path + (abstract ? 1 : 0), bytes.constData(), size);
    // An abstract name is exactly as long as the length says (NULs included); a path ends at its
    // NUL, which the length may count.
    return unsigned(offsetof(sockaddr_un, sun_path) + size + 1);
}

QString fromSockaddr(const sockaddr_un &address, unsigned length)
{
    const size_t header = offsetof(sockaddr_un, sun_path);
    if (length <= header || address.sun_family != AF_UNIX)
        return QString();
    const size_t size = qMin(size_t(length) - header, sizeof address.sun_path);
    if (address.sun_path[0] == '\0')
        return size > 1
            ? QLatin1Char('@') + QString::fromUtf8(address.sun_path + 1, qsizetype(size - 1))
            : QString();
    return QFile::decodeName(
        QByteArray(address.sun_path, qsizetype(strnlen(address.sun_path, size))));
}

namespace {
template<typename Call> QString nameOf(qintptr descriptor, Call call)
{
    sockaddr_un address {};
    socklen_t length = sizeof address;
    if (descriptor < 0
        || call(int(descriptor), reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return QString();
    return fromSockaddr(address, length);
}
} // namespace

QString localPath(qintptr descriptor)
{
    return nameOf(descriptor, ::getsockname);
}

QString peerPath(qintptr descriptor)
{
    return nameOf(descriptor, ::getpeername);
}

} // namespace UnixAddress
