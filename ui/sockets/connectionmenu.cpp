// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionmenu.h"

#include "byteformat.h"
#include "closewording.h"
#include "multicastjoindialog.h"
#include "workbench.h"

#include <QInputDialog>

#include <climits>

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
    if (info.role == ConnectionRole::UdpSocket && open)
        addUdpOptions();
}

// A UDP socket's options, each shown with the state the kernel reports.
void ConnectionMenu::addUdpOptions()
{
    const ConnectionId id = m_info.id;
    const UdpSocketOptions &udp = m_info.udp;
    addSeparator();
    QAction *broadcast = addAction(tr("&Broadcast allowed (SO_BROADCAST)"), this,
                                   [this, id, on = udp.broadcast] { m_workbench.setBroadcast(id, !on); });
    broadcast->setObjectName(QStringLiteral("broadcast"));
    broadcast->setCheckable(true);
    broadcast->setChecked(udp.broadcast);
    broadcast->setToolTip(tr("Without it, sendto() a broadcast address fails with EACCES"));
    addAction(tr("&Join multicast group…"), this, &ConnectionMenu::askJoin)->setObjectName(QStringLiteral("join"));
    QMenu *leave = addMenu(tr("&Leave multicast group"));
    leave->setObjectName(QStringLiteral("leave"));
    leave->setEnabled(!udp.multicastGroups.isEmpty());
    for (const QString &key : udp.multicastGroups) {
        QString ignored;
        const std::optional<MulticastGroup> group = MulticastGroup::parse(key, &ignored);
        if (group)
            leave->addAction(group->description(), this,
                             [this, id, group = *group] { m_workbench.leaveGroup(id, group.group, group.interfaceName); });
    }
    addAction(tr("Multicast &TTL / hop limit (now %1)…").arg(udp.multicastHops), this, &ConnectionMenu::askHops)
        ->setObjectName(QStringLiteral("hops"));
    QAction *loopback = addAction(tr("Multicast l&oopback (IP_MULTICAST_LOOP)"), this,
                                  [this, id, on = udp.multicastLoopback] { m_workbench.setMulticastLoopback(id, !on); });
    loopback->setObjectName(QStringLiteral("multicastLoopback"));
    loopback->setCheckable(true);
    loopback->setChecked(udp.multicastLoopback);
    loopback->setToolTip(tr("On: members of the group on this host get what this socket sends to it"));
    addAction(tr("Receive &buffer (SO_RCVBUF, now %1)…").arg(formatByteCount(double(qMax(0, udp.receiveBuffer)))), this,
              [this] { askBuffer(true); })
        ->setObjectName(QStringLiteral("receiveBuffer"));
    addAction(tr("Send b&uffer (SO_SNDBUF, now %1)…").arg(formatByteCount(double(qMax(0, udp.sendBuffer)))), this,
              [this] { askBuffer(false); })
        ->setObjectName(QStringLiteral("sendBuffer"));
    addAction(tr("&Peer cap (now %1)…").arg(m_info.connectionCap), this, &ConnectionMenu::askPeerCap)
        ->setObjectName(QStringLiteral("peerCap"));
}

void ConnectionMenu::askJoin()
{
    MulticastJoinDialog dialog(m_info.name, parentWidget());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MulticastGroup group = dialog.group();
    m_workbench.joinGroup(m_info.id, group.group, group.interfaceName);
}

void ConnectionMenu::askHops()
{
    bool ok = false;
    const int hops = QInputDialog::getInt(parentWidget(), tr("Multicast TTL"),
                                          tr("Datagrams %1 sends to a group cross at most this many routers (0: they "
                                             "stay on this host, 1: on the local network):")
                                              .arg(m_info.name),
                                          qMax(0, m_info.udp.multicastHops), 0, 255, 1, &ok);
    if (ok)
        m_workbench.setMulticastHops(m_info.id, hops);
}

void ConnectionMenu::askBuffer(bool receive)
{
    bool ok = false;
    // The kernel reports twice what was asked (its bookkeeping): ask in what the user would type.
    const int current = qMax(0, (receive ? m_info.udp.receiveBuffer : m_info.udp.sendBuffer) / 2);
    const int bytes = QInputDialog::getInt(
        parentWidget(), receive ? tr("Receive buffer") : tr("Send buffer"),
        receive ? tr("SO_RCVBUF of %1 in bytes: what the kernel holds for it before it drops datagrams (the kernel "
                     "doubles it, within net.core.rmem_max):")
                      .arg(m_info.name)
                : tr("SO_SNDBUF of %1 in bytes (the kernel doubles it, within net.core.wmem_max):").arg(m_info.name),
        current, 1, INT_MAX / 2, 1024, &ok);
    if (!ok)
        return;
    if (receive)
        m_workbench.setReceiveBufferSize(m_info.id, bytes);
    else
        m_workbench.setSendBufferSize(m_info.id, bytes);
}

void ConnectionMenu::askPeerCap()
{
    bool ok = false;
    const int cap = QInputDialog::getInt(parentWidget(), tr("Peer cap"),
                                         tr("At most this many peers of %1 get a row of their own; datagrams of "
                                            "further peers are recorded under one \"other peers\" row:")
                                             .arg(m_info.name),
                                         m_info.connectionCap, 1, 1000000, 1, &ok);
    if (ok)
        m_workbench.setPeerCap(m_info.id, cap);
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
