// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trafficevent.h"

#include <QList>
#include <QWidget>

class PacketLayersView;
class QCheckBox;
class QLabel;
class QTableView;
class Session;
class WirePacketModel;

// The wire: the real packets of SocketLab's sockets, one row per packet of the current connection
// (or of all), with the selected packet's layers and bytes beside them. Above them, one calm line
// says why there are no packets when there are none: capture is off, or dumpcap may not capture
// (with dumpcap's own words and how to enable it), or it ended. It only reads the session.
class WirePane : public QWidget
{
    Q_OBJECT

public:
    explicit WirePane(const Session &session, bool live, QWidget *parent = nullptr);

    // The connection the window is about; the pane shows its packets unless "All" is checked.
    void setConnection(ConnectionId id);
    // Whether packets are being recorded (Capture ▸ Record packets), for the line above them.
    void setCapturing(bool on);
    // Marks the packets that carry the bytes of what is selected in the log.
    void setLinkedPackets(const QList<qint64> &packets);

    WirePacketModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QCheckBox *allConnectionsBox() const { return m_all; }
    PacketLayersView *layers() const { return m_layers; }
    QString messageText() const; // empty while hidden

Q_SIGNALS:
    // The user selected these packets (indexes into the session's WireLog), in index order.
    void packetsSelected(const QList<qint64> &packets);

private:
    void refreshMessage();
    void refreshStatistics();
    void showSelectedPacket();

    const Session &m_session;
    bool m_live = false;
    bool m_capturing = false;
    ConnectionId m_connection = 0;
    WirePacketModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QCheckBox *m_all = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_statistics = nullptr;
    PacketLayersView *m_layers = nullptr;
};
