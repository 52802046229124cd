// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureswitch.h"

#include "appsettings.h"
#include "workbench.h"

#include <QAction>

CaptureSwitch::CaptureSwitch(Workbench &workbench, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_action(new QAction(tr("Record &packets"), this))
{
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_action->setToolTip(
        tr("Capture the real packets of SocketLab's sockets through dumpcap, Wireshark's "
           "capture helper, and show them in the Wire pane"));
    m_action->setStatusTip(m_action->toolTip());
    if (AppSettings().recordPackets() && !workbench.isCapturing())
        workbench.startCapture();
    m_action->setChecked(workbench.isCapturing());
    connect(&workbench, &Workbench::capturingChanged, this, [this](bool on) {
        m_action->setChecked(on);
        Q_EMIT capturingChanged(on);
    });
    connect(m_action, &QAction::triggered, this, [this](bool on) {
        AppSettings().setRecordPackets(on);
        if (on)
            m_workbench.startCapture();
        else
            m_workbench.stopCapture();
    });
}
