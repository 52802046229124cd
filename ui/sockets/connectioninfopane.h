// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tcpkernelinfo.h"
#include "tcppath.h"

#include <QHash>
#include <QList>
#include <QWidget>

class ConnectionStreams;
class QFormLayout;
class QLabel;
class QTimer;
class Session;
class TcpStateDiagram;
class Workbench;

// What the operating system knows about the selected connection, refreshed about twice a second
// while the pane is visible: TCP state, RTT, congestion window, queues, retransmissions and socket
// options, and the state diagram with the path the connection took. For a Unix socket: who the
// peer process is (SO_PEERCRED), the socket's and its peer's inodes, and the queues (UNIX_DIAG). The pane asks the Workbench
// (the socket lives on the network thread) and shows the answer when it comes back.
//
// The path (TcpPath) comes from the connection's recorded events and the states the kernel
// reported: loopback passes SYN_SENT, FIN_WAIT_1 or LAST_ACK faster than a refresh, and the
// events say which of them the connection went through. A socket that never existed (a listener
// whose bind() failed) says so and is not looked up: its port belongs to another socket.
class ConnectionInfoPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshIntervalMs = 500;

    // workbench is null for a reopened session: there is no kernel to ask.
    ConnectionInfoPane(const Session &session, Workbench *workbench, QWidget *parent = nullptr);

    void setConnection(ConnectionId id);
    ConnectionId connection() const { return m_connection; }
    // Asks now, outside the timer (the timer runs only while the pane is visible).
    void refresh();

    // What the pane shows, for tests: the state name as displayed ("ESTABLISHED"), and the value
    // shown for a row label such as tr("RTT").
    QString stateText() const;
    QString valueText(const QString &label) const;
    TcpStateDiagram *diagram() const { return m_diagram; }
    ConnectionStreams *streams() const { return m_streams; }

Q_SIGNALS:
    void updated(const TcpKernelInfo &info);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showKernelInfo(const TcpKernelInfo &info);
    void showUnixInfo(const TcpKernelInfo &info);
    void showRowsFor(EndpointKind kind);
    void showMessage(const QString &text);
    QLabel *addRow(const QString &label, const QString &toolTip);
    // A listener whose bind() or listen() failed: the kernel never had its socket.
    bool neverExisted(ConnectionId id) const;
    void readNewEvents();
    TcpPath &pathOf(ConnectionId id);
    void showPath(ConnectionId id);

    const Session &m_session;
    Workbench *m_workbench = nullptr;
    ConnectionId m_connection = 0;
    QTimer *m_timer = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_details = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_values;
    QLabel *m_state = nullptr;
    QLabel *m_stateName = nullptr;
    TcpStateDiagram *m_diagram = nullptr;
    ConnectionStreams *m_streams = nullptr;   // its bytes: save, SHA-256
    QHash<ConnectionId, TcpPath> m_paths;
    qint64 m_eventsRead = 0; // the session's events [0, m_eventsRead) are on the paths
    QHash<ConnectionId, bool> m_seen; // the kernel had this socket at some point
};
