// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packetview.h"
#include "trafficevent.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class Session;

// What the packet view shows for a selection of log rows: the data rows of one connection as
// one stream in order, a chunk wherever one read() or write() ended — or, when that cannot
// be shown, a message that says why. UDP rows are datagrams instead: separate messages, from
// any peers of the selection, each labelled with its direction, peer and length, empty ones
// included.
struct PacketSelection
{
    Q_DECLARE_TR_FUNCTIONS(PacketSelection)

public:
    static constexpr qint64 MaxBytes = qint64(64) << 20;

    // events: indexes into the session's log, in any order.
    static PacketSelection fromEvents(const Session &session, QList<qint64> events);

    QList<PacketChunk> chunks;
    QString title; // whose bytes: the connection's name
    QString message; // shown instead of chunks when there are none
    ConnectionId connection = 0; // the connection of the newest selected row
    bool datagrams = false;       // the chunks are UDP datagrams, each a message of its own

private:
    // Adds length to *total; past MaxBytes, empties the selection and says why.
    static bool overLimit(qint64 *total, qint64 length, PacketSelection *selection);
    // events sorted; peers: each UDP row's peer as text.
    static PacketSelection datagramsOf(const Session &session, const QList<qint64> &events,
                                       const QHash<ConnectionId, QString> &peers);
};
