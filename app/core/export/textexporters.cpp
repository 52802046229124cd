// SPDX-License-Identifier: GPL-3.0-or-later
#include "textexporters.h"

#include "byteformat.h"
#include "exportrun.h"

#include <QJsonDocument>
#include <QJsonObject>

// The text exports, all UTF-8, one record per event in log order. Their text does not depend on
// the reader's locale or language: they are files, read by programs as often as by people.
//
// Common fields:
//   index       the event's position in the log, from 0
//   time_s      seconds since the session started, 9 decimals (nanoseconds, as recorded)
//   wall_clock  the session's start (wall clock, UTC) plus time_s, ISO 8601 with microseconds:
//               2024-05-01T12:00:01.204577Z
//   connection  its name (L1, C2, L1.3), "#ID" when the journal never named it
//   kind        eventKindName(): listening, accepted, received, sent, closed, ...
//   direction   "in" (received), "out" (sent), "" for events that carry no data
//   length      payload bytes of a data event, 0 for the others
//   local/peer  the connection's endpoints, "127.0.0.1:4000" or "[::1]:4000", "" when unknown;
//               for a Unix socket its path, "@name" or "unnamed", the peer's followed by its
//               credentials: "unnamed (pid 4242 python3, uid 1000)"
//   detail      the text of an event that carries no data, "" for data events
//   payload     the bytes of a data event, exactly as recorded
//   error       the error code of an error (errorCodeName(): connection-refused, timeout, ...),
//               "" otherwise; since session format 2, added after the fields above
//   close       how a close went (closeKindName(): fin, rst, half-close, cancelled), ""
//   closed_by   who closed (closeSideName(): us, peer), ""
//
// text: a transcript for people.
//   SocketLab session transcript
//   started 2024-05-01T12:00:00.000000Z, 3 events, times in seconds since the start
//
//   connections:
//     L1    listener  local 127.0.0.1:4000
//     L1.1  accepted  local 127.0.0.1:4000  peer 127.0.0.1:51234  via L1
//
//   #0  0.000125  L1  listening
//       socket(), bind(127.0.0.1:4000), listen()
//
//   #2  1.204577  L1.1  received  in  7 bytes
//   00000000  68 65 6c 6c 6f 0d 0a                              |hello..|
//   00000007
//
//   Each event: a header line (index, time with 6 decimals, connection, kind, and for data
//   events direction and length), then the detail text indented by four spaces (one line per
//   line of the text) or the payload as `hexdump -C -v` prints it (offsets from 0 in the
//   event; nothing for an empty payload), then an empty line. Lines end in LF.
//
// csv: RFC 4180. A header row, then one row per event, lines ending in CRLF:
//   index,time_s,wall_clock_iso8601,connection,kind,direction,length,local,peer,detail,payload_hex
//   A field that holds a comma, a double quote, CR or LF is enclosed in double quotes, with its
//   double quotes doubled. payload_hex is lower-case hex, two digits a byte, no separators.
//   (A read is at most 64 KiB, 131072 hex digits: the default field limit of Python's csv
//   module. A larger write makes a longer field; readers may need their limit raised.)
//
// jsonl: JSON Lines, one compact object per event, each line ending in LF, with the keys
//   index, time_s (a number), wall_clock_iso8601, connection, kind, direction, length, local,
//   peer, detail, payload_base64 (standard alphabet, padded; "" for events without data); for a
//   Unix socket also socket ("unix"), local_path, peer_path and, when the kernel said who the
//   peer is, peer_pid, peer_uid, peer_gid, peer_program.

namespace {

QString roleName(ConnectionRole role)
{
    switch (role) {
    case ConnectionRole::Listener: return QStringLiteral("listener");
    case ConnectionRole::Client: return QStringLiteral("client");
    case ConnectionRole::Accepted: return QStringLiteral("accepted");
    case ConnectionRole::UdpSocket: return QStringLiteral("udp-socket");
    case ConnectionRole::UdpPeer: return QStringLiteral("udp-peer");
    }
    return QStringLiteral("unknown");
}

QString directionName(Direction direction)
{
    switch (direction) {
    case Direction::In: return QStringLiteral("in");
    case Direction::Out: return QStringLiteral("out");
    case Direction::None: break;
    }
    return {};
}

QString localEndpointOf(const ExportRun &run, ConnectionId id)
{
    const ConnectionInfo *info = run.connection(id);
    return info ? info->localEndpoint() : QString();
}

QString peerEndpointOf(const ExportRun &run, ConnectionId id)
{
    const ConnectionInfo *info = run.connection(id);
    return info ? info->peerEndpoint() : QString();
}

// Calls write(slice, offset, last) for each slice of a data event's payload, in order; an
// empty payload makes no call. False when a slice cannot be read or writing failed.
template<typename Write> bool forEachSlice(ExportRun &run, const TrafficEvent &event, Write write)
{
    QByteArray slice;
    for (quint64 from = 0; from < event.payloadLength; from += ExportRun::SliceBytes) {
        const auto length
            = quint32(qMin<quint64>(ExportRun::SliceBytes, event.payloadLength - from));
        if (!run.readPayload(event, from, length, &slice))
            return false;
        write(slice, from, from + length == event.payloadLength);
        if (run.failed())
            return false;
    }
    return !run.failed();
}

// --- text -----------------------------------------------------------------------------------

QString byteCountText(quint32 bytes)
{
    return bytes == 1 ? QStringLiteral("1 byte") : QStringLiteral("%1 bytes").arg(bytes);
}

void writeTranscriptHeader(ExportRun &run)
{
    QString text = QStringLiteral("SocketLab session transcript\n");
    text += QStringLiteral("started %1, %2, times in seconds since the start\n\n")
                .arg(run.wallClockText(0),
                    run.count() == 1 ? QStringLiteral("1 event")
                                     : QStringLiteral("%1 events").arg(run.count()));
    const QList<ConnectionId> ids = run.connectionsInRange();
    if (!ids.isEmpty()) {
        qsizetype nameWidth = 0;
        for (ConnectionId id : ids)
            nameWidth = qMax(nameWidth, run.connectionName(id).size());
        text += QStringLiteral("connections:\n");
        for (ConnectionId id : ids) {
            // Built by concatenation, not arg(): a name or host read from a file may hold "%1".
            QString line = QStringLiteral("  ") + run.connectionName(id).leftJustified(nameWidth)
                + QStringLiteral("  ");
            const ConnectionInfo *info = run.connection(id);
            if (!info) {
                text += line + QStringLiteral("(not described in the session)\n");
                continue;
            }
            line += roleName(info->role).leftJustified(8);
            if (!info->localEndpoint().isEmpty())
                line += QStringLiteral("  local ") + info->localEndpoint();
            if (!info->peerEndpoint().isEmpty())
                line += QStringLiteral("  peer ") + info->peerEndpoint();
            else if (!info->host.isEmpty() && info->role == ConnectionRole::Client)
                line += QStringLiteral("  host ") + info->host + QLatin1Char(':')
                    + QString::number(info->peerPort);
            if (info->parent != 0)
                line += QStringLiteral("  via ") + run.connectionName(info->parent);
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            text += line + QLatin1Char('\n');
        }
        text += QLatin1Char('\n');
    }
    run.write(text);
}

void writeTranscriptEvent(ExportRun &run, qint64 index, const TrafficEvent &event)
{
    QString header = QStringLiteral("#%1  %2  %3  %4")
                         .arg(index)
                         .arg(ExportRun::secondsText(event.timeNs, 6),
                             run.connectionName(event.connection), eventKindName(event.kind));
    if (!isData(event.kind)) {
        QString text = header + QLatin1Char('\n');
        const QString detail = run.detailText(event);
        if (!detail.isEmpty()) {
            const QStringList lines = detail.split(QLatin1Char('\n'));
            for (QString line : lines) {
                if (line.endsWith(QLatin1Char('\r')))
                    line.chop(1);
                text += QStringLiteral("    ") + line + QLatin1Char('\n');
            }
        }
        run.write(text + QLatin1Char('\n'));
        return;
    }
    header += QStringLiteral("  %1  %2\n")
                  .arg(directionName(directionOf(event.kind)), byteCountText(event.payloadLength));
    run.write(header);
    forEachSlice(run, event, [&run](const QByteArray &slice, quint64 offset, bool last) {
        QString dump = hexDump(slice, offset);
        // Each slice ends with the offset line that closes a dump; only the last one keeps it.
        if (!last)
            dump.truncate(dump.lastIndexOf(QLatin1Char('\n'), dump.size() - 2) + 1);
        run.write(dump);
    });
    run.write(QByteArray("\n"));
}

// --- csv ------------------------------------------------------------------------------------

QString csvField(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (const QChar c : text) {
        if (special.contains(c)) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// --- jsonl ----------------------------------------------------------------------------------

const QByteArray PayloadKey = QByteArrayLiteral("payload_base64");
// In compact JSON every quote inside a string is escaped, so this sequence can only be the key
// and its empty value, never text inside another value.
const QByteArray PayloadPlaceholder = QByteArrayLiteral("\"payload_base64\":\"\"");

} // namespace

bool exportText(ExportRun &run)
{
    writeTranscriptHeader(run);
    for (qint64 i = 0; i < run.count() && run.advance(i); ++i)
        writeTranscriptEvent(run, i, run.event(i));
    run.advance(run.count());
    return !run.failed();
}

bool exportCsv(ExportRun &run)
{
    run.write(QByteArrayLiteral("index,time_s,wall_clock_iso8601,connection,kind,direction,length,"
                                "local,peer,detail,payload_hex,error,close,closed_by\r\n"));
    for (qint64 i = 0; i < run.count() && run.advance(i); ++i) {
        const TrafficEvent &event = run.event(i);
        const bool data = isData(event.kind);
        const QStringList fields = {
            QString::number(i),
            ExportRun::secondsText(event.timeNs, 9),
            run.wallClockText(event.timeNs),
            run.connectionName(event.connection),
            eventKindName(event.kind),
            directionName(directionOf(event.kind)),
            QString::number(data ? event.payloadLength : 0),
            localEndpointOf(run, event.connection),
            peerEndpointOf(run, event.connection),
            data ? QString() : run.detailText(event),
        };
        QString row;
        for (const QString &field : fields)
            row += csvField(field) + QLatin1Char(',');
        run.write(row);
        // Hex never needs quoting, so the last field is streamed as it is read.
        if (data)
            forEachSlice(run, event,
                [&run](const QByteArray &slice, quint64, bool) { run.write(slice.toHex()); });
        // The facts come last: every column before them keeps its place.
        run.write(QStringLiteral(",%1,%2,%3\r\n")
                      .arg(errorCodeName(event.facts.error), closeKindName(event.facts.close),
                           closeSideName(event.facts.by)));
    }
    run.advance(run.count());
    return !run.failed();
}

// A Unix socket's end has no address to parse out of local/peer: its fields, one key each.
void addUnixFields(const ConnectionInfo *info, QJsonObject *object)
{
    if (!info || !info->isUnix())
        return;
    object->insert(QStringLiteral("socket"), QStringLiteral("unix"));
    object->insert(QStringLiteral("local_path"), info->localPath);
    object->insert(QStringLiteral("peer_path"), info->peerPath);
    const PeerCredentials &peer = info->peerCredentials;
    if (!peer.isKnown())
        return;
    object->insert(QStringLiteral("peer_pid"), peer.pid);
    object->insert(QStringLiteral("peer_uid"), peer.uid);
    object->insert(QStringLiteral("peer_gid"), peer.gid);
    object->insert(QStringLiteral("peer_program"), peer.program);
}

bool exportJsonLines(ExportRun &run)
{
    for (qint64 i = 0; i < run.count() && run.advance(i); ++i) {
        const TrafficEvent &event = run.event(i);
        const bool data = isData(event.kind);
        QJsonObject object;
        object.insert(QStringLiteral("index"), i);
        object.insert(QStringLiteral("time_s"), double(event.timeNs) / 1e9);
        object.insert(QStringLiteral("wall_clock_iso8601"), run.wallClockText(event.timeNs));
        object.insert(QStringLiteral("connection"), run.connectionName(event.connection));
        object.insert(QStringLiteral("kind"), eventKindName(event.kind));
        object.insert(QStringLiteral("direction"), directionName(directionOf(event.kind)));
        object.insert(QStringLiteral("length"), qint64(data ? event.payloadLength : 0));
        object.insert(QStringLiteral("local"), localEndpointOf(run, event.connection));
        object.insert(QStringLiteral("peer"), peerEndpointOf(run, event.connection));
        addUnixFields(run.connection(event.connection), &object);
        object.insert(QStringLiteral("detail"), data ? QString() : run.detailText(event));
        object.insert(QStringLiteral("error"), errorCodeName(event.facts.error));
        object.insert(QStringLiteral("close"), closeKindName(event.facts.close));
        object.insert(QStringLiteral("closed_by"), closeSideName(event.facts.by));
        object.insert(QString::fromLatin1(PayloadKey), QString());
        const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
        if (!data) {
            run.write(line + '\n');
            continue;
        }
        // The payload is spliced into its place as it is read, so a large one is never held
        // whole, nor its base64. Slices are a multiple of 3 bytes: their base64 concatenates.
        const qsizetype at = line.indexOf(PayloadPlaceholder) + PayloadPlaceholder.size() - 1;
        run.write(line.left(at));
        forEachSlice(run, event,
            [&run](const QByteArray &slice, quint64, bool) { run.write(slice.toBase64()); });
        run.write(line.mid(at) + '\n');
    }
    run.advance(run.count());
    return !run.failed();
}
