// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packetview.h"

#include <QList>
#include <QPlainTextEdit>

// Several UDP datagrams as what they are: separate messages, one after another, each with a
// header line of its own (direction, peer, length) and its own `hexdump -C` starting at offset 0.
// The opposite of the stream view, where one connection's reads run together at running offsets,
// so that a learner who selects datagram rows sees that the boundaries were kept. Empty datagrams
// are listed too: they are datagrams. Past MaxShownBytes the rest is counted, not drawn.
class DatagramListView : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr qint64 MaxShownBytes = qint64(1) << 20;

    explicit DatagramListView(QWidget *parent = nullptr);

    void showDatagrams(const QList<PacketChunk> &datagrams);
    int datagramCount() const { return m_count; }
    // The header line of datagram i, as shown ("Datagram 2 of 3 · ← in from ...").
    QString headerLine(int i) const { return m_headers.value(i); }

private:
    int m_count = 0;
    QStringList m_headers;
};
