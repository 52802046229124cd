// SPDX-License-Identifier: GPL-3.0-or-later
#include "closewording.h"

#include <QCoreApplication>

namespace CloseWording {

QString closeLabel(EndpointKind kind)
{
    return kind == EndpointKind::Unix ? QCoreApplication::translate("CloseWording", "Cl&ose") : QCoreApplication::translate("CloseWording", "Cl&ose (FIN)");
}

QString closeToolTip(EndpointKind kind)
{
    return kind == EndpointKind::Unix
        ? QCoreApplication::translate("CloseWording", "close(): send what is queued, then close; the peer reads the end of the stream")
        : QCoreApplication::translate("CloseWording", "close(): send what is queued, then FIN; the peer reads the end of the stream");
}

QString abortLabel(EndpointKind kind)
{
    return kind == EndpointKind::Unix ? QCoreApplication::translate("CloseWording", "&Abort (discard unsent)") : QCoreApplication::translate("CloseWording", "&Abort (RST)");
}

QString abortToolTip(EndpointKind kind)
{
    return kind == EndpointKind::Unix
        ? QCoreApplication::translate("CloseWording", "Abort: close at once, discarding what is not sent yet. A Unix socket has no RST: the peer "
             "reads the end of the stream, or 'connection reset' if bytes it sent were still unread here")
        : QCoreApplication::translate("CloseWording", "Abort: close immediately with a TCP RST; the peer sees 'connection reset'");
}

}   // namespace CloseWording
