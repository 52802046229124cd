// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class Workbench;

// Capture ▸ Record packets: starts and stops the capture of the packets of SocketLab's sockets,
// and remembers the choice for the next start (AppSettings::recordPackets). The action shows what
// the workbench does, whoever started it (--capture on the command line, for one run).
class CaptureSwitch : public QObject
{
    Q_OBJECT

public:
    // Starts capturing at once when the remembered choice says so.
    explicit CaptureSwitch(Workbench &workbench, QObject *parent = nullptr);

    QAction *action() const { return m_action; }

Q_SIGNALS:
    // Capture was started or stopped, here or elsewhere.
    void capturingChanged(bool on);

private:
    Workbench &m_workbench;
    QAction *m_action = nullptr;
};
