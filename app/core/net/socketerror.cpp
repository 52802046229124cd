// SPDX-License-Identifier: GPL-3.0-or-later
#include "socketerror.h"

#include <cerrno>

ErrorCode errorCodeOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError: return ErrorCode::ConnectionRefused;
    case QAbstractSocket::HostNotFoundError: return ErrorCode::HostNotFound;
    case QAbstractSocket::SocketTimeoutError: return ErrorCode::Timeout;
    case QAbstractSocket::AddressInUseError: return ErrorCode::AddressInUse;
    case QAbstractSocket::SocketAccessError: return ErrorCode::PermissionDenied;
    case QAbstractSocket::SocketAddressNotAvailableError: return ErrorCode::AddressNotAvailable;
    case QAbstractSocket::NetworkError: return ErrorCode::NetworkUnreachable;
    case QAbstractSocket::SocketResourceError: return ErrorCode::OutOfResources;
    case QAbstractSocket::RemoteHostClosedError: return ErrorCode::ResetByPeer;
    default: return ErrorCode::Other;
    }
}

ErrorCode errorCodeOfErrno(int errorNumber)
{
    switch (errorNumber) {
    case ECONNREFUSED: return ErrorCode::ConnectionRefused;
    case ETIMEDOUT: return ErrorCode::Timeout;
    case EADDRINUSE: return ErrorCode::AddressInUse;
    case EACCES:
    case EPERM: return ErrorCode::PermissionDenied;
    case ECONNRESET: return ErrorCode::ResetByPeer;
    case EADDRNOTAVAIL: return ErrorCode::AddressNotAvailable;
    case ENETUNREACH:
    case EHOSTUNREACH: return ErrorCode::NetworkUnreachable;
    case EMFILE:
    case ENFILE:
    case ENOBUFS:
    case ENOMEM: return ErrorCode::OutOfResources;
    case ENOTCONN: return ErrorCode::NotConnected;
    case EPIPE: return ErrorCode::BrokenPipe;
    default: return ErrorCode::Other;
    }
}
