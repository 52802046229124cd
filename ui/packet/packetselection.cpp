// SPDX-License-Identifier: GPL-3.0-or-later
#include "packetselection.h"

#include "byteformat.h"
#include "session.h"

#include <algorithm>

PacketSelection PacketSelection::fromEvents(const Session &session, QList<qint64> events)
{
    PacketSelection selection;
    if (events.isEmpty())
        return selection;
    std::sort(events.begin(), events.end());
    const TrafficLog &log = session.log();
    selection.connection = log.event(events.constLast()).connection;

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
        total += event.payloadLength;
        if (total > MaxBytes) {
            selection.chunks.clear();
            selection.message = tr("The selection holds more than %1: select fewer rows.")
                                    .arg(formatByteCount(double(MaxBytes)));
            return selection;
        }
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
