// SPDX-License-Identifier: GPL-3.0-or-later
#include "peercredentials.h"

#include <QCoreApplication>
#include <QFile>

#ifdef Q_OS_LINUX
#include <sys/socket.h>
#endif

namespace {
struct PeerCredentialsText
{
    Q_DECLARE_TR_FUNCTIONS(PeerCredentials)
};
} // namespace

QString PeerCredentials::text() const
{
    if (!isKnown())
        return QString();
    const QString who = program.isEmpty() ? QString::number(pid)
                                          : QStringLiteral("%1 (%2)").arg(pid).arg(program);
    return PeerCredentialsText::tr("pid %1, uid %2, gid %3").arg(who).arg(uid).arg(gid);
}

QString PeerCredentialsReader::programName(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (pid <= 0 || !comm.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(comm.readLine(64)).trimmed();
}

PeerCredentials PeerCredentialsReader::read(qintptr descriptor)
{
    PeerCredentials credentials;
#ifdef Q_OS_LINUX
    ucred peer {};
    socklen_t size = sizeof peer;
    if (descriptor < 0 || ::getsockopt(int(descriptor), SOL_SOCKET, SO_PEERCRED, &peer, &size) != 0
        || peer.pid <= 0)
        return credentials;
    credentials.pid = peer.pid;
    credentials.uid = peer.uid;
    credentials.gid = peer.gid;
    credentials.program = programName(peer.pid);
#else
    Q_UNUSED(descriptor)
#endif
    return credentials;
}
