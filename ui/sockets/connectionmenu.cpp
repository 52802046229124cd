// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionmenu.h"

#include "byteformat.h"
#include "closewording.h"
#include "workbench.h"

#include <QInputDialog>

ConnectionMenu::ConnectionMenu(Workbench &workbench, const ConnectionInfo &info, QWidget *parent)
    : QMenu(parent)
    , m_workbench(workbench)
    , m_info(info)
{
    const ConnectionId id = info.id;
    const bool open = !info.isFinished();
    if (info.isListener()) {
        QAction *pause
            = addAction(info.acceptingPaused ? tr("Resume &accepting") : tr("Pause &accepting"),
                this, [this, id, paused = info.acceptingPaused] {
                    m_workbench.setAcceptingPaused(id, !paused);
                });
        pause->setObjectName(QStringLiteral("pauseAccepting"));
        pause->setToolTip(tr(
            "While paused, new clients complete the handshake and wait in the kernel's backlog"));
        pause->setEnabled(open);
        addAction(tr("Connection &cap (now %1)…").arg(info.connectionCap), this,
            &ConnectionMenu::askConnectionCap)
            ->setEnabled(open);
        addAction(tr("&Receive cap per connection…"), this, &ConnectionMenu::askReceiveCap)
            ->setEnabled(open);
        addSeparator();
        addAction(tr("&Stop listening"), this, [this, id] {
            m_workbench.stopListening(id);
        })->setEnabled(open);
        QAction *close = addAction(tr("C&lose listener and its connections"), this,
            [this, id] { m_workbench.closeListener(id); });
        close->setObjectName(QStringLiteral("closeListener"));
        return;
    }
    QAction *close = addAction(CloseWording::closeLabel(info.kind), this, [this, id] { m_workbench.close(id); });
    close->setObjectName(QStringLiteral("close"));
    close->setToolTip(CloseWording::closeToolTip(info.kind));
    close->setEnabled(open);
    QAction *abort = addAction(CloseWording::abortLabel(info.kind), this, [this, id] { m_workbench.abort(id); });
    abort->setObjectName(QStringLiteral("abort"));
    abort->setToolTip(CloseWording::abortToolTip(info.kind));
    abort->setEnabled(open);
    addSeparator();
    QAction *reading
        = addAction(info.readingPaused ? tr("Resume &reading") : tr("Pause &reading"), this,
            [this, id, paused = info.readingPaused] { m_workbench.setReadingPaused(id, !paused); });
    reading->setObjectName(QStringLiteral("pauseReading"));
    reading->setEnabled(open);
    addAction(tr("Receive &cap (now %1)…")
                  .arg(info.receiveCap > 0 ? formatByteCount(double(info.receiveCap)) : tr("none")),
        this, &ConnectionMenu::askReceiveCap)
        ->setEnabled(open);
}

void ConnectionMenu::askConnectionCap()
{
    bool ok = false;
    const int cap = QInputDialog::getInt(parentWidget(), tr("Connection cap"),
        tr("At most this many connections of %1 open at once; more are "
           "refused (reset) and the log names them:")
            .arg(m_info.name),
        m_info.connectionCap, 0, 1000000, 1, &ok);
    if (ok)
        m_workbench.setConnectionCap(m_info.id, cap);
}

void ConnectionMenu::askReceiveCap()
{
    bool ok = false;
    const qint64 current = m_info.receiveCap > 0 ? m_info.receiveCap >> 20 : 0;
    const int mib = QInputDialog::getInt(parentWidget(), tr("Receive cap"),
        m_info.isListener()
            ? tr("Stop reading a connection of %1 once it has sent this many MiB "
                 "(0: no cap). Applies to connections accepted from now on:")
                  .arg(m_info.name)
            : tr("Stop reading %1 once it has sent this many MiB (0: no cap):").arg(m_info.name),
        int(qMin<qint64>(current, 1 << 30)), 0, 1 << 30, 1, &ok);
    if (ok)
        m_workbench.setReceiveCap(m_info.id, qint64(mib) << 20);
}
