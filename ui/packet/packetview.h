// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trafficevent.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QWidget>

class DatagramListView;
class HexView;
class QLabel;

// One read() or write() worth of bytes, as the packet view lists it.
struct PacketChunk
{
    QByteArray bytes;
    QString label; // "#12 received 512 B at 0.532 s"
    Direction direction = Direction::None; // In: read(), Out: write()
};

// The bytes the application read (or wrote), chunk after chunk as the calls returned them, in
// one hex view with the chunk boundaries marked; a header line sums them up and names the
// selected bytes. Events without bytes show a message instead. A stream of both directions
// is told apart as Wireshark's Follow Stream does: each chunk in its direction's colour, as the
// log shows it (received blue, sent red), and the header says how much went each way.
class PacketView : public QWidget
{
    Q_OBJECT

public:
    explicit PacketView(QWidget *parent = nullptr);
    ~PacketView() override;

    // title says whose bytes these are ("C1 received"); chunks without bytes are skipped.
    void showChunks(const QList<PacketChunk> &chunks, const QString &title = QString());
    // UDP datagrams: one in the hex view, several as separate messages (DatagramListView).
    void showDatagrams(const QList<PacketChunk> &datagrams, const QString &title = QString());
    void showMessage(const QString &text); // "Selected event has no payload: connected"
    void clear();

    HexView *hexView() const { return m_hexView; }
    DatagramListView *datagramList() const { return m_datagrams; }
    QString headerText() const;

private:
    void updateHeader();
    void showHexView(bool hex);   // else the datagram list

    QLabel *m_header = nullptr;
    HexView *m_hexView = nullptr;
    DatagramListView *m_datagrams = nullptr;
    QString m_summary; // the header without the selection
};
