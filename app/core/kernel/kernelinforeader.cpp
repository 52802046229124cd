// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernelinforeader.h"

#include "tcpkernelreader.h"
#include "udpkernelreader.h"
#include "unixkernelreader.h"

KernelInfoReader::KernelInfoReader(QObject *parent)
    : QObject(parent)
{
    m_tableReader.setMaxThreadCount(1);
}

KernelInfoReader::~KernelInfoReader()
{
    // A table read still running emits from this object: it ends first.
    m_tableReader.waitForDone();
}

void KernelInfoReader::read(
    ConnectionId id, const std::optional<ConnectionInfo> &identity, qintptr descriptor)
{
    TcpKernelInfo info;
    info.connection = id;
    info.supported = TcpKernelReader::isSupported();
    if (!info.supported) {
        info.problem = tr("not available on this platform");
        Q_EMIT infoRead(info);
        return;
    }
    if (identity && identity->isUnix()) {
        // A Unix socket is in the kernel's table only while it is open: one lookup by inode.
        info.kind = EndpointKind::Unix;
        if (descriptor >= 0)
            UnixKernelReader::readSocket(&info, descriptor);
        else
            info.problem = tr("the socket is closed: the kernel has forgotten it");
        Q_EMIT infoRead(info);
        return;
    }
    if (identity && identity->isUdp()) {
        // Like a Unix socket, a UDP socket leaves nothing behind in the kernel once closed.
        info.kind = EndpointKind::Udp;
        if (descriptor >= 0)
            UdpKernelReader::readSocket(&info, descriptor);
        else
            info.problem = tr("the socket is closed: the kernel has forgotten it");
        Q_EMIT infoRead(info);
        return;
    }
    if (descriptor >= 0)
        TcpKernelReader::readSocket(&info, descriptor);

    // The table also knows sockets we closed, and has the queue sizes of a listener's backlog.
    // A listener without a socket is not in it (it failed to bind, or was closed, and a
    // listening socket leaves nothing behind): what listens on its port now is another's.
    const bool socketlessListener = identity && identity->isListener() && descriptor < 0;
    if (!identity || socketlessListener || identity->localPort == 0
        || (!identity->isListener() && identity->peerPort == 0)) {
        Q_EMIT infoRead(info);
        return;
    }
    const QHostAddress local = identity->localAddress;
    const quint16 localPort = identity->localPort;
    const QHostAddress peer = identity->isListener() ? QHostAddress() : identity->peerAddress;
    const quint16 peerPort = identity->isListener() ? 0 : identity->peerPort;
    {
        // Polled by a pane, asked by a click: the queue holds each socket once.
        QMutexLocker lock(&m_waitingLock);
        if (m_waiting.contains(id))
            return;
        m_waiting.insert(id);
    }
    m_tableReader.start([this, id, info, local, localPort, peer, peerPort]() mutable {
        {
            QMutexLocker lock(&m_waitingLock);
            m_waiting.remove(id);
        }
        TcpKernelReader::readTable(&info, local, localPort, peer, peerPort);
        Q_EMIT infoRead(info);
    });
}
