// SPDX-License-Identifier: GPL-3.0-or-later
#include "packetselection.h"

#include "byteformat.h"
#include "session.h"

#include <QHash>

#include <algorithm>

bool PacketSelection::overLimit(qint64 *total, qint64 length, PacketSelection *selection)
{
    *total += length;
    if (*total <= MaxBytes)
        return false;
    selection->chunks.clear();
    selection->message
        = tr("The selection holds more than %1: select fewer rows.").arg(formatByteCount(double(MaxBytes)));
    return true;
}

PacketSelection PacketSelection::fromEvents(const Session &session, QList<qint64> events)
{
    PacketSelection selection;
    if (events.isEmpty())
        return selection;
    std::sort(events.begin(), events.end());
    const TrafficLog &log = session.log();
    selection.connection = log.event(events.constLast()).connection;

    // Datagrams, when every selected data row is one: then rows of several peers may mix.
    QHash<ConnectionId, QString> udpPeers;   // a UDP row's peer as text
    bool allDatagrams = true;
    bool anyData = false;
    for (qint64 index : std::as_const(events)) {
        const TrafficEvent &event = log.event(index);
        if (!isData(event.kind) || udpPeers.contains(event.connection))
            continue;
        anyData = true;
        const auto info = session.connections().find(event.connection);
        if (info && info->isUdp())
            udpPeers.insert(event.connection, info->peerAddress.isNull() ? info->name : info->peerEndpoint());
        else
            allDatagrams = false;
    }
    if (anyData && allDatagrams)
        return datagramsOf(session, events, udpPeers);

    ConnectionId connection = 0;
    qint64 total = 0;
    for (qint64 index : std::as_const(events)) {
        const TrafficEvent &event = log.event(index);
        if (!isData(event.kind))
            continue;
        if (connection != 0 && event.connection != connection) {
            selection.chunks.clear();
            selection.message = tr("The selection spans several connections: select rows of one "
                                   "connection to see its stream.");
            return selection;
        }
        connection = event.connection;
        if (overLimit(&total, event.payloadLength, &selection))
            return selection;
        selection.chunks << PacketChunk { log.payload(event),
            tr("#%1 %2 %3 at %4 s")
                .arg(index + 1)
                .arg(eventKindName(event.kind), formatByteCount(event.payloadLength))
                .arg(double(event.timeNs) / 1e9, 0, 'f', 6),
            directionOf(event.kind) };
    }
    if (selection.chunks.isEmpty()) {
        const TrafficEvent &event = log.event(events.constFirst());
        selection.message = tr("This event carries no bytes: %1 — %2")
                                .arg(eventKindName(event.kind), log.detailText(event));
    } else {
        const auto info = session.connections().find(connection);
        selection.title = info ? info->name : QString();
    }
    return selection;
}

PacketSelection PacketSelection::datagramsOf(const Session &session, const QList<qint64> &events,
                                             const QHash<ConnectionId, QString> &peers)
{
    PacketSelection selection;
    selection.datagrams = true;
    const TrafficLog &log = session.log();
    selection.connection = log.event(events.constLast()).connection;
    qint64 total = 0;
    for (qint64 index : events) {
        const TrafficEvent &event = log.event(index);
        if (!isData(event.kind))
            continue;
        if (overLimit(&total, event.payloadLength, &selection))
            return selection;
        const bool in = event.kind == EventKind::Received;
        const QString peer = peers.value(event.connection);
        const QString length = event.payloadLength == 1 ? tr("1 byte") : tr("%L1 bytes").arg(event.payloadLength);
        selection.chunks << PacketChunk { log.payload(event),
            (in ? tr("← in from %1 · %2 · #%3 at %4 s") : tr("→ out to %1 · %2 · #%3 at %4 s"))
                .arg(peer, length)
                .arg(index + 1)
                .arg(double(event.timeNs) / 1e9, 0, 'f', 6),
            directionOf(event.kind) };
    }
    const auto socket = session.connections().find(selection.connection);
    const auto parent = socket && socket->parent ? session.connections().find(socket->parent) : socket;
    selection.title = parent ? parent->name : QString();
    return selection;
}
