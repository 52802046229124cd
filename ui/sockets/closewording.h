// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpointaddress.h"

#include <QString>

// What Close and Abort do depends on the kind of socket: TCP ends with a FIN or a RST, a Unix
// socket has neither. Buttons and menus that act on one connection name what really happens.
namespace CloseWording {

QString closeLabel(EndpointKind kind);   // with a mnemonic (&)
QString closeToolTip(EndpointKind kind);
QString abortLabel(EndpointKind kind);   // with a mnemonic (&)
QString abortToolTip(EndpointKind kind);

}   // namespace CloseWording
