// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioninfo.h"

#include <QCoreApplication>

bool ConnectionInfo::isFinished() const
{
    return state == ConnectionState::Closed || state == ConnectionState::Failed
        || state == ConnectionState::NotListening;
}

qint64 ConnectionInfo::durationNs(qint64 nowNs) const
{
    if (openedNs < 0)
        return 0;
    return (closedNs >= 0 ? closedNs : nowNs) - openedNs;
}

namespace {

// Notation, like "127.0.0.1:4000", not a sentence: the same in every language, and in exports.
QString unixEnd(const QString &path, const PeerCredentials &credentials)
{
    const QString name = path.isEmpty() ? QStringLiteral("unnamed") : path;
    if (!credentials.isKnown())
        return name;
    // Concatenated, not arg(): a path may hold "%1".
    return name + QStringLiteral(" (pid ") + QString::number(credentials.pid)
        + (credentials.program.isEmpty() ? QString() : QLatin1Char(' ') + credentials.program)
        + QStringLiteral(", uid ") + QString::number(credentials.uid) + QLatin1Char(')');
}

} // namespace

QString ConnectionInfo::localEndpoint() const
{
    if (isUnix())
        return unixEnd(localPath, {});
    return formatEndpoint(localAddress, localPort);
}

QString ConnectionInfo::peerEndpoint() const
{
    if (isUnix())
        return isListener() ? QString() : unixEnd(peerPath, peerCredentials);
    return formatEndpoint(peerAddress, peerPort);
}

QString formatEndpoint(const QHostAddress &address, quint16 port)
{
    if (address.isNull())
        return {};
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        // An IPv4-mapped peer on a dual-stack listener reads better as plain IPv4.
        bool isV4 = false;
        const QHostAddress v4(address.toIPv4Address(&isV4));
        if (isV4)
            return QStringLiteral("%1:%2").arg(v4.toString()).arg(port);
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    }
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

QString connectionStateName(ConnectionState state)
{
    const char *name = "";
    switch (state) {
    case ConnectionState::Opening: name = QT_TRANSLATE_NOOP("ConnectionState", "opening"); break;
    case ConnectionState::LookingUp: name = QT_TRANSLATE_NOOP("ConnectionState", "looking up"); break;
    case ConnectionState::Connecting: name = QT_TRANSLATE_NOOP("ConnectionState", "connecting"); break;
    case ConnectionState::Connected: name = QT_TRANSLATE_NOOP("ConnectionState", "connected"); break;
    case ConnectionState::Listening: name = QT_TRANSLATE_NOOP("ConnectionState", "listening"); break;
    case ConnectionState::NotListening: name = QT_TRANSLATE_NOOP("ConnectionState", "not listening"); break;
    case ConnectionState::Closing: name = QT_TRANSLATE_NOOP("ConnectionState", "closing"); break;
    case ConnectionState::Closed: name = QT_TRANSLATE_NOOP("ConnectionState", "closed"); break;
    case ConnectionState::Failed: name = QT_TRANSLATE_NOOP("ConnectionState", "failed"); break;
    case ConnectionState::PeerFinished: name = QT_TRANSLATE_NOOP("ConnectionState", "peer sent FIN"); break;
    case ConnectionState::Bound: name = QT_TRANSLATE_NOOP("ConnectionState", "bound"); break;
    }
    return QCoreApplication::translate("ConnectionState", name);
}
