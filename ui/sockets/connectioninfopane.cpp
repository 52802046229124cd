// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioninfopane.h"

#include "byteformat.h"
#include "connectioninfo.h"
#include "connectionstreams.h"
#include "session.h"
#include "tcpstatediagram.h"
#include "udpkernelreader.h"
#include "workbench.h"

#include <QFormLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

ConnectionInfoPane::ConnectionInfoPane(
    const Session &session, Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_workbench(workbench)
    , m_timer(new QTimer(this))
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_details = new QWidget;
    m_form = new QFormLayout(m_details);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setVerticalSpacing(2);
    m_state
        = addRow(tr("TCP state"), tr("The state of the socket in the kernel's TCP state machine"));
    m_stateName = qobject_cast<QLabel *>(m_form->labelForField(m_state));
    addRow(tr("Peer process"),
        tr("Who is on the other end of this Unix socket, as the kernel recorded it at connect() "
           "(SO_PEERCRED): process id, program (/proc/PID/comm), user and group. TCP cannot say this."));
    addRow(tr("Inodes"),
        tr("The socket's inode and its peer's, as ss -x shows them: they pair the two ends"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    addRow(tr("RTT"), tr("Smoothed round-trip time ± its variation, as the kernel measured them"));
    addRow(tr("Congestion window"),
        tr("How many segments may be in flight (cwnd), and the slow-start threshold"));
    addRow(tr("In flight"),
        tr("Bytes sent and not yet acknowledged by the peer, and bytes the application "
           "wrote that the kernel has not sent yet"));
    addRow(tr("Queues"),
        tr("From the kernel's socket table (sock_diag, as ss shows it): send queue (bytes not yet "
           "acknowledged) / receive queue (bytes received that the application has not read). For "
           "a listener: the backlog size / connections waiting for accept()"));
    addRow(tr("Retransmissions"),
        tr("Segments sent again since the connection began, those lost now, and "
           "the retransmission timeout (RTO): how long the kernel waits for an "
           "ACK before sending again"));
    addRow(tr("MSS"), tr("Maximum segment size, sending / receiving"));
    addRow(tr("Buffers"), tr("SO_SNDBUF / SO_RCVBUF: the kernel's send and receive buffer sizes"));
    addRow(tr("TCP_NODELAY"),
        tr("On: small writes go out at once; off: Nagle's algorithm groups them"));
    addRow(tr("SO_KEEPALIVE"), tr("On: the kernel probes an idle connection to find a dead peer"));

    m_diagram = new TcpStateDiagram;
    m_streams = new ConnectionStreams(session);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_details);
    layout->addWidget(m_streams);
    layout->addWidget(m_diagram, 1);

    m_timer->setInterval(RefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ConnectionInfoPane::refresh);
    if (m_workbench)
        connect(
            m_workbench, &Workbench::kernelInfoReady, this, &ConnectionInfoPane::showKernelInfo);
    setConnection(0);
}

QLabel *ConnectionInfoPane::addRow(const QString &label, const QString &toolTip)
{
    auto *value = new QLabel;
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setToolTip(toolTip);
    auto *name = new QLabel(label + QLatin1Char(':'));
    name->setToolTip(toolTip);
    m_form->addRow(name, value);
    m_values.insert(label, value);
    return value;
}

void ConnectionInfoPane::setConnection(ConnectionId id)
{
    m_connection = id;
    m_streams->setConnection(id);
    const auto info = m_session.connections().find(id);
    if (!info) {
        m_title->setText(tr("No connection selected"));
        showMessage(
            tr("Select a socket in the Sockets tree to see what the kernel knows about it."));
        m_diagram->setState(TcpState::Unknown);
        m_diagram->setPath({});
        return;
    }
    showRowsFor(info->kind);
    if (info->state == ConnectionState::Failed) {
        m_title->setText(tr("<b>%1</b> failed: %2").arg(info->name, info->lastError.toHtmlEscaped()));
        m_state->clear();
    } else if (info->isListener()) {
        m_title->setText(tr("<b>%1</b> listening on %2").arg(info->name, info->localEndpoint()));
    } else {
        m_title->setText(
            tr("<b>%1</b> %2 → %3").arg(info->name, info->localEndpoint(), info->peerEndpoint()));
    }
    if (neverExisted(id)) {
        showMessage(tr("bind() or listen() failed, so this socket never existed in the kernel: "
                       "there is nothing to show."));
        m_diagram->setState(TcpState::Unknown);
        m_diagram->setPath({});
        m_diagram->hide(); // no state machine ran: an empty diagram would only puzzle
        return;
    }
    if (!m_workbench)
        showMessage(tr("The kernel's view is only available for a live session: this one was "
                       "reopened from a file."));
    readNewEvents();
    showPath(id);
    refresh();
}

bool ConnectionInfoPane::neverExisted(ConnectionId id) const
{
    const auto info = m_session.connections().find(id);
    return info && info->isListener() && info->state == ConnectionState::Failed;
}

TcpPath &ConnectionInfoPane::pathOf(ConnectionId id)
{
    auto path = m_paths.find(id);
    if (path == m_paths.end()) {
        const auto info = m_session.connections().find(id);
        path = m_paths.insert(id, TcpPath(info ? info->role : ConnectionRole::Client));
    }
    return *path;
}

// The connections' lives as recorded: every event since the last call, data skipped.
void ConnectionInfoPane::readNewEvents()
{
    const TrafficLog &log = m_session.log();
    const qint64 count = log.count();
    for (; m_eventsRead < count; ++m_eventsRead) {
        const TrafficEvent &event = log.event(m_eventsRead);
        if (!isData(event.kind) && event.kind != EventKind::Note)
            pathOf(event.connection).noteEvent(event);
    }
}

void ConnectionInfoPane::showPath(ConnectionId id)
{
    const auto info = m_session.connections().find(id);
    if (info && (info->isUnix() || info->isUdp() || neverExisted(id)))
        return;
    const TcpPath &path = pathOf(id);
    m_diagram->setPath(path.states());
    m_diagram->setState(path.current());
}

void ConnectionInfoPane::refresh()
{
    m_streams->refreshCounts();
    if (m_workbench && m_connection != 0)
        m_workbench->requestKernelInfo(m_connection);
}

void ConnectionInfoPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
    refresh();
}

void ConnectionInfoPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop(); // nobody looks: do not make the network thread read /proc
}

void ConnectionInfoPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
    m_details->hide();
}

void ConnectionInfoPane::showKernelInfo(const TcpKernelInfo &info)
{
    // A previous selection's late answer still extends that connection's path.
    const bool current = info.connection == m_connection;
    if (!info.supported) {
        if (current)
            showMessage(tr(
                "The kernel's view (TCP_INFO, /proc/net/tcp) is not available on this platform."));
        return;
    }
    readNewEvents(); // what happened before the kernel was asked goes first on the path
    if (info.kind == EndpointKind::Tcp) {
        if (info.found)
            pathOf(info.connection).noteKernelState(info.state);
        else if (m_seen.value(info.connection))
            pathOf(info.connection).noteKernelState(TcpState::Closed); // the kernel forgot it
    }
    if (info.found)
        m_seen[info.connection] = true;
    if (!current || neverExisted(info.connection))
        return;
    if (info.kind == EndpointKind::Unix) {
        showUnixInfo(info);
        return;
    }
    if (info.kind == EndpointKind::Udp) {   // no state machine: the kernel's view as lines
        showMessage(UdpKernelReader::describe(info).join(QLatin1Char('\n')));
        Q_EMIT updated(info);
        return;
    }
    showPath(info.connection);
    if (!info.found) {
        showMessage(m_seen.value(info.connection)
                ? tr("CLOSED: the kernel no longer has this connection (TIME_WAIT is over, or it "
                     "ended with RST or the final ACK).")
                : tr("The kernel has no socket with these addresses (not connected yet, or already "
                     "gone)."));
        m_state->setText(tcpStateName(TcpState::Closed));
        Q_EMIT updated(info);
        return;
    }
    m_message->hide();
    m_details->show();

    const QString unknown = tr("—");
    const auto set = [this](const QString &label, const QString &text) {
        m_values.value(label)->setText(text);
    };
    const auto onOff
        = [&unknown](int value) { return value < 0 ? unknown : (value ? tr("on") : tr("off")); };
    const auto ms = [](quint32 us) {
        return QString::number(us / 1000.0, 'f', us < 10000 ? 3 : 1) + tr(" ms");
    };
    QString state = tcpStateName(info.state);
    if (!info.fromSocket && info.inode == 0 && info.state != TcpState::Listen)
        state += tr("  (closed by SocketLab; the kernel still keeps it)");
    m_state->setText(state);
    if (info.state == TcpState::Listen)
        set(tr("Queues"),
            tr("backlog %1 / %n waiting for accept()", nullptr, int(info.receiveQueue))
                .arg(info.sendQueue));
    else
        set(tr("Queues"),
            tr("send %1 / receive %2")
                .arg(formatByteCount(double(info.sendQueue)),
                    formatByteCount(double(info.receiveQueue))));
    if (info.fromSocket) {
        set(tr("RTT"),
            tr("%1 ± %2").arg(
                QString::number(info.rttUs / 1000.0, 'f', 3), ms(info.rttVarianceUs)));
        set(tr("Congestion window"),
            tr("%n segment(s)", nullptr, int(info.congestionWindow))
                + (info.slowStartThreshold < 0x7fffffff && info.slowStartThreshold > 0
                        ? tr(", ssthresh %1").arg(info.slowStartThreshold)
                        : QString()));
        set(tr("In flight"),
            tr("%1, not yet sent %2")
                .arg(info.bytesInFlight < 0 ? unknown : formatByteCount(double(info.bytesInFlight)),
                    info.bytesNotSent < 0 ? unknown : formatByteCount(double(info.bytesNotSent))));
        set(tr("Retransmissions"),
            tr("%1 (%2 lost), RTO %3")
                .arg(info.totalRetransmits)
                .arg(info.lostSegments)
                .arg(ms(info.rtoUs)));
        set(tr("MSS"), tr("%1 / %2 bytes").arg(info.sendMss).arg(info.receiveMss));
        set(tr("Buffers"),
            tr("%1 / %2").arg(formatByteCount(double(info.sendBuffer)),
                formatByteCount(double(info.receiveBuffer))));
        set(tr("TCP_NODELAY"), onOff(info.noDelay));
        set(tr("SO_KEEPALIVE"), onOff(info.keepAlive));
    } else {
        const QString closed = tr("— (closed in SocketLab)");
        for (const QString &label : { tr("RTT"), tr("Congestion window"), tr("In flight"),
                 tr("MSS"), tr("Buffers"), tr("TCP_NODELAY"), tr("SO_KEEPALIVE") })
            set(label, closed);
        set(tr("Retransmissions"),
            tr("%1 timeouts of the current segment").arg(info.timerRetransmits));
    }
    Q_EMIT updated(info);
}

void ConnectionInfoPane::showRowsFor(EndpointKind kind)
{
    const bool isUnix = kind == EndpointKind::Unix;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const bool unixRow = it.key() == tr("Peer process") || it.key() == tr("Inodes");
        const bool shared = it.value() == m_state || it.key() == tr("Queues");
        m_form->setRowVisible(it.value(), shared || unixRow == isUnix);
    }
    m_stateName->setText((isUnix ? tr("Socket state") : tr("TCP state")) + QLatin1Char(':'));
    // The TCP state machine; a Unix or UDP socket has no handshake.
    m_diagram->setVisible(!isUnix && kind != EndpointKind::Udp);
}

// A Unix socket: SocketLab holds it open, or the kernel has forgotten it.
void ConnectionInfoPane::showUnixInfo(const TcpKernelInfo &info)
{
    const auto connection = m_session.connections().find(info.connection);
    if (!info.found || !connection) {
        showMessage(info.problem.isEmpty() ? tr("The kernel has no such Unix socket any more.") : info.problem);
        Q_EMIT updated(info);
        return;
    }
    m_message->hide();
    m_details->show();
    m_state->setText(tcpStateName(info.state));
    const auto set = [this](const QString &label, const QString &text) { m_values.value(label)->setText(text); };
    const PeerCredentials &peer = connection->peerCredentials;
    set(tr("Peer process"), connection->isListener() ? tr("— (a listener has no peer)")
                            : peer.isKnown()         ? peer.text()
                                                     : tr("— (not known)"));
    set(tr("Inodes"), info.peerInode != 0 ? tr("socket %1, peer %2").arg(info.inode).arg(info.peerInode)
                                          : tr("socket %1").arg(info.inode));
    if (info.state == TcpState::Listen)
        set(tr("Queues"), tr("backlog %1 / %n waiting for accept()", nullptr, int(info.receiveQueue)).arg(info.sendQueue));
    else
        set(tr("Queues"), tr("send %1 / receive %2")
                              .arg(formatByteCount(double(info.sendQueue)), formatByteCount(double(info.receiveQueue))));
    Q_EMIT updated(info);
}

QString ConnectionInfoPane::stateText() const
{
    return m_state->text().section(QLatin1Char(' '), 0, 0);
}

QString ConnectionInfoPane::valueText(const QString &label) const
{
    const QLabel *value = m_values.value(label);
    return value ? value->text() : QString();
}
