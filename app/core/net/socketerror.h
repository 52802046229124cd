// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventfacts.h"

#include <QAbstractSocket>

// Our stable error codes (eventfacts.h) from what Qt and the system report.
ErrorCode errorCodeOf(QAbstractSocket::SocketError error);
ErrorCode errorCodeOfErrno(int errorNumber);
