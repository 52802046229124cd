// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tcpkernelinfo.h"
#include "workbench.h"

#include <QSignalSpy>
#include <QTest>

// Asks a Workbench what the kernel knows about one socket and waits for the answer, as the
// connection info pane does on its timer. Fails the current test when no answer comes.
inline void readKernelInfo(
    Workbench &workbench, ConnectionId id, TcpKernelInfo *info, int timeoutMs)
{
    QSignalSpy spy(&workbench, &Workbench::kernelInfoReady);
    workbench.requestKernelInfo(id);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(spy.cbegin(), spy.cend(),
                                 [id](const QList<QVariant> &args) {
                                     return args.at(0).value<TcpKernelInfo>().connection == id;
                                 }),
        timeoutMs);
    for (const QList<QVariant> &args : std::as_const(spy)) {
        if (args.at(0).value<TcpKernelInfo>().connection == id)
            *info = args.at(0).value<TcpKernelInfo>();
    }
}

// The kernel's state for id, or Unknown when the kernel has no such socket (any more).
inline TcpState kernelState(Workbench &workbench, ConnectionId id, int timeoutMs)
{
    TcpKernelInfo info;
    readKernelInfo(workbench, id, &info, timeoutMs);
    return info.found ? info.state : TcpState::Unknown;
}
