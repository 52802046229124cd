// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

struct sockaddr_un;

// sockaddr_un and the text SocketLab shows for it: a file path, "@name" for a Linux abstract name
// (sun_path starts with a NUL, no file exists), or empty for an unnamed socket (a client that
// never called bind(), and the peer an accepted connection sees).
namespace UnixAddress {

// Fills address from a path or "@name" that parseUnixAddress() accepted; returns its length.
unsigned toSockaddr(const QString &path, sockaddr_un *address);
QString fromSockaddr(const sockaddr_un &address, unsigned length);
QString localPath(qintptr descriptor); // getsockname()
QString peerPath(qintptr descriptor); // getpeername()

} // namespace UnixAddress
