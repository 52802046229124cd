// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStandardPaths>
#include <QString>

// Where SocketLab keeps what the user makes: ~/.local/share/SocketLab (its sessions, its own
// responders). GenericDataLocation plus the application's name: AppLocalDataLocation would add
// the organisation as well, "SocketLab/SocketLab".
inline QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/')
        + QCoreApplication::applicationName();
}
