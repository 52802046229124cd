// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalreader.h"

#include "crc32.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtEndian>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JournalReader", text);
}

template<typename T>
T get(const char *bytes)
{
    return qFromLittleEndian<T>(bytes);
}

// Reads a u16-length-prefixed UTF-8 string at *at, advancing it; false past the end.
bool getString(const QByteArray &body, qsizetype *at, QString *text)
{
    if (*at + 2 > body.size())
        return false;
    const quint16 length = get<quint16>(body.constData() + *at);
    *at += 2;
    if (*at + length > body.size())
        return false;
    *text = QString::fromUtf8(body.constData() + *at, length);
    *at += length;
    return true;
}

// Format 1 had no facts: the English detail texts its SocketLab wrote say them.
EventFacts legacyFacts(EventKind kind, const QString &detail)
{
    const auto has = [&detail](const char *text) { return detail.contains(QLatin1String(text), Qt::CaseInsensitive); };
    switch (kind) {
    case EventKind::Error:
    case EventKind::ListenFailed: {
        ErrorCode code = ErrorCode::Other;
        if (has("refused"))
            code = ErrorCode::ConnectionRefused;
        else if (has("reset by peer"))
            code = ErrorCode::ResetByPeer;
        else if (has("not found"))
            code = ErrorCode::HostNotFound;
        else if (has("timed out"))
            code = ErrorCode::Timeout;
        else if (has("in use"))
            code = ErrorCode::AddressInUse;
        else if (has("protected") || has("permission"))
            code = ErrorCode::PermissionDenied;
        else if (has("not sent"))
            code = ErrorCode::UnsentDataDropped;
        else if (has("already closed") || has("not connected"))
            code = ErrorCode::NotConnected;
        return EventFacts::failure(code);
    }
    case EventKind::Closing:
        return EventFacts::ending(has("SHUT_WR") ? CloseKind::HalfClose : CloseKind::Fin, CloseSide::Us);
    case EventKind::EndOfStream: return EventFacts::ending(CloseKind::Fin, CloseSide::Peer);
    case EventKind::Closed:
        if (has("abort"))
            return EventFacts::ending(CloseKind::Reset, CloseSide::Us);
        if (has("reset"))
            return EventFacts::ending(CloseKind::Reset, CloseSide::Peer);
        if (has("peer closed"))
            return EventFacts::ending(CloseKind::Fin, CloseSide::Peer);
        if (has("closed by us"))
            return EventFacts::ending(CloseKind::Fin, CloseSide::Us);
        if (has("cancelled") || has("could not connect") || has("lookup failed"))
            return EventFacts::ending(CloseKind::Cancelled, CloseSide::Unknown);
        return {};
    default: return {};
    }
}

bool hasLegacyFacts(EventKind kind)
{
    return kind == EventKind::Error || kind == EventKind::ListenFailed || kind == EventKind::Closing
        || kind == EventKind::EndOfStream || kind == EventKind::Closed;
}

} // namespace

bool JournalReader::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1 does not exist").arg(path);
        return false;
    }
    if (!info.isFile()) {
        *error = tr("%1 is not a file").arg(path);
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_fileSize = m_file.size();
    const QByteArray header = m_file.read(Journal::HeaderSize);
    if (header.isEmpty()) {
        *error = tr("%1 is empty: it is not a SocketLab session").arg(path);
        return false;
    }
    // A file that ends inside the signature but matches it that far was cut short: said below.
    if (!header.startsWith(Journal::Magic.left(header.size()))) {
        *error = tr("%1 is not a SocketLab session (it does not start with the session file signature)").arg(path);
        return false;
    }
    if (header.size() < Journal::HeaderSize) {
        *error = tr("%1 is cut short inside its 32-byte header").arg(path);
        return false;
    }
    const quint16 version = get<quint16>(header.constData() + 8);
    const quint16 headerSize = get<quint16>(header.constData() + 10);
    if (version > Journal::FormatVersion) {
        *error = tr("%1 was written by a newer SocketLab (session format %2; this version reads up to %3)")
                     .arg(path).arg(version).arg(Journal::FormatVersion);
        return false;
    }
    if (version == 0 || headerSize < Journal::HeaderSize || headerSize > m_fileSize) {
        *error = tr("%1 has a damaged header (version %2, header size %3)").arg(path).arg(version).arg(headerSize);
        return false;
    }
    // Exports add event times to the start time in microseconds: a start outside 1970..9999
    // is a damaged header, and would overflow that sum (found by fuzz_sessionfile).
    const qint64 startedMs = get<qint64>(header.constData() + 16);
    constexpr qint64 LastMs = 253402300799999;   // 9999-12-31T23:59:59.999Z
    if (startedMs < 0 || startedMs > LastMs) {
        *error = tr("%1 has a damaged header (start time %2 ms is outside the years 1970 to 9999)")
                     .arg(path)
                     .arg(startedMs);
        return false;
    }
    m_version = version;
    m_startedAt = QDateTime::fromMSecsSinceEpoch(startedMs, Qt::UTC);
    m_position = headerSize;
    m_file.seek(headerSize);
    return true;
}

JournalReader::Result JournalReader::damaged(const QString &what)
{
    m_problem = tr("Record at byte %1: %2").arg(m_position).arg(what);
    return Result::Damaged;
}

JournalReader::Result JournalReader::next(Record *record)
{
    Result result = Result::Record;
    bool skipped = true;
    while (result == Result::Record && skipped)
        result = readRecord(record, &skipped);
    if (result != Result::Record || record->type != Journal::EventRecord
        || m_version < Journal::FactsSinceVersion)
        return result;
    // An event's facts follow it; a damaged facts record is reported by the next call.
    Record facts;
    if (nextIsFacts() && readRecord(&facts, &skipped) == Result::Record)
        record->event.facts = m_facts;
    return result;
}

// Whether the next record is complete and says it is a facts record: a look at 9 bytes, so
// that the usual next record (an event with its payload) is read once.
bool JournalReader::nextIsFacts()
{
    char peek[Journal::RecordHeaderSize + 1];
    if (m_fileSize - qint64(m_position) < qint64(sizeof peek) || !m_file.seek(qint64(m_position))
        || m_file.read(peek, sizeof peek) != qint64(sizeof peek))
        return false;
    return get<quint32>(peek) == quint32(Journal::FactsBodySize)
        && quint8(peek[Journal::RecordHeaderSize]) == Journal::FactsRecord;
}

JournalReader::Result JournalReader::readRecord(Record *record, bool *skipped)
{
    *skipped = false;
    const qint64 remaining = m_fileSize - qint64(m_position);
    if (remaining == 0)
        return Result::End;
    if (remaining < Journal::RecordHeaderSize)
        return damaged(tr("the file ends inside a record header (the writer stopped mid-record)"));
    char header[Journal::RecordHeaderSize];
    if (!m_file.seek(qint64(m_position)) || m_file.read(header, sizeof header) != sizeof header)
        return damaged(tr("cannot read: %1").arg(m_file.errorString()));
    const quint32 length = get<quint32>(header);
    const quint32 expectedCrc = get<quint32>(header + 4);
    if (length == 0 || length > Journal::MaxRecordBody)
        return damaged(tr("impossible record length %1").arg(length));
    if (qint64(length) > remaining - Journal::RecordHeaderSize)
        return damaged(tr("the record says %1 bytes but only %2 remain (the writer stopped mid-record)")
                           .arg(length).arg(remaining - Journal::RecordHeaderSize));

    // The fixed fields are kept; a payload only streams through the checksum.
    const qint64 keep = qMin<qint64>(length, Journal::EventFieldsSize);
    QByteArray head = m_file.read(keep);
    if (head.size() != keep)
        return damaged(tr("cannot read: %1").arg(m_file.errorString()));
    const auto type = quint8(head.at(0));
    QByteArray body;
    quint32 crc = Crc32::update(0, head.constData(), head.size());
    const bool wholeBody = type == Journal::ConnectionRecord
        || (m_version >= Journal::PacketsSinceVersion
            && (type == Journal::PacketRecord || type == Journal::CaptureStatisticsRecord));
    if (wholeBody) {
        // Small: strings of at most 4 x 64 kB, a frame of at most the snap length.
        body = head + m_file.read(length - keep);
        if (body.size() != qsizetype(length))
            return damaged(tr("cannot read: %1").arg(m_file.errorString()));
        crc = Crc32::update(0, body.constData(), body.size());
    } else {
        // A format 1 event's detail text is kept when it is short: its facts are in it.
        const bool keepText = m_version < Journal::FactsSinceVersion && type == Journal::EventRecord
            && keep == Journal::EventFieldsSize && length - keep <= 4096
            && isKnownEventKind(quint8(head.at(13))) && hasLegacyFacts(EventKind(quint8(head.at(13))));
        QByteArray slice;
        for (qint64 left = qint64(length) - keep; left > 0; left -= slice.size()) {
            slice = m_file.read(qMin(left, ReadSlice));
            if (slice.isEmpty())
                return damaged(tr("cannot read: %1").arg(m_file.errorString()));
            crc = Crc32::update(crc, slice.constData(), slice.size());
            if (keepText)
                body += slice;
        }
    }
    if (crc != expectedCrc)
        return damaged(tr("checksum mismatch (the file was changed or damaged)"));

    record->offset = m_position;
    record->type = Journal::RecordType(type);
    switch (type) {
    case Journal::EventRecord: {
        if (length < quint32(Journal::EventFieldsSize))
            return damaged(tr("event record too short"));
        TrafficEvent &event = record->event;
        event.timeNs = get<qint64>(head.constData() + 1);
        event.connection = get<quint32>(head.constData() + 9);
        const auto kind = quint8(head.at(13));
        // Formats 1 to 3 have no UDP: kinds past send-resumed in such a file are damage.
        if (!isKnownEventKind(kind) || (m_version < Journal::UdpSinceVersion && kind > quint8(EventKind::SendResumed)))
            return damaged(tr("unknown event kind %1").arg(kind));
        event.kind = EventKind(kind);
        event.payloadOffset = m_position + Journal::RecordHeaderSize + Journal::EventFieldsSize;
        event.payloadLength = length - Journal::EventFieldsSize;
        event.facts = m_version < Journal::FactsSinceVersion ? legacyFacts(event.kind, QString::fromUtf8(body))
                                                             : EventFacts();
        break;
    }
    case Journal::FactsRecord:
        if (m_version < Journal::FactsSinceVersion) {
            *skipped = true;   // not a type of that version: skipped, as any unknown type
            break;
        }
        if (length != quint32(Journal::FactsBodySize) || !isKnownErrorCode(quint8(head.at(1)))
            || !isKnownCloseKind(quint8(head.at(2))) || !isKnownCloseSide(quint8(head.at(3))))
            return damaged(tr("malformed facts record"));
        m_facts = { ErrorCode(quint8(head.at(1))), CloseKind(quint8(head.at(2))), CloseSide(quint8(head.at(3))) };
        // Reached here only when it does not follow an event (next() takes those): nothing to say.
        *skipped = true;
        break;
    case Journal::ConnectionRecord:
        if (!parseConnection(body, &record->identity))
            return damaged(tr("malformed connection record"));
        break;
    case Journal::EndRecord:
        if (length < 9)
            return damaged(tr("end record too short"));
        record->endNs = get<qint64>(head.constData() + 1);
        break;
    case Journal::PacketRecord:
    case Journal::CaptureStatisticsRecord:
        if (m_version < Journal::PacketsSinceVersion) {
            *skipped = true;
            break;
        }
        if (!(type == Journal::PacketRecord ? parsePacket(body, &record->packet)
                                            : parseStatistics(body, &record->statistics)))
            return damaged(type == Journal::PacketRecord ? tr("malformed packet record")
                                                         : tr("malformed capture statistics record"));
        break;
    default:
        // A type from a later version of the same format: skip it, as journal.h promises.
        *skipped = true;
        break;
    }
    m_position += Journal::RecordHeaderSize + length;
    return Result::Record;
}

bool JournalReader::parsePacket(const QByteArray &body, WirePacket *packet)
{
    if (body.size() < Journal::PacketFieldsSize)
        return false;
    const char *data = body.constData();
    packet->timeNs = get<qint64>(data + 1);
    packet->packet.wallNs = get<qint64>(data + 9);
    packet->connection = get<quint32>(data + 17);
    const auto direction = quint8(data[21]);
    if (direction != quint8(WireDirection::In) && direction != quint8(WireDirection::Out))
        return false;
    packet->direction = WireDirection(direction);
    packet->packet.linkType = get<quint16>(data + 22);
    packet->packet.originalLength = get<quint32>(data + 24);
    packet->packet.bytes = body.mid(Journal::PacketFieldsSize);
    return true;
}

bool JournalReader::parseStatistics(const QByteArray &body, CaptureStatistics *statistics)
{
    if (body.size() < Journal::CaptureStatisticsBodySize)
        return false;
    statistics->received = get<quint64>(body.constData() + 1);
    statistics->dropped = get<quint64>(body.constData() + 9);
    statistics->recorded = get<quint64>(body.constData() + 17);
    return true;
}

bool JournalReader::parseConnection(const QByteArray &body, ConnectionInfo *identity) const
{
    constexpr qsizetype Fixed = 1 + 4 + 4 + 1 + 2 + 2;
    if (body.size() < Fixed)
        return false;
    const char *data = body.constData();
    identity->id = get<quint32>(data + 1);
    identity->parent = get<quint32>(data + 5);
    const auto role = quint8(data[9]);
    const auto lastRole = m_version < Journal::UdpSinceVersion ? ConnectionRole::Accepted : ConnectionRole::UdpPeer;
    if (identity->id == 0 || role < quint8(ConnectionRole::Listener) || role > quint8(lastRole))
        return false;
    identity->role = ConnectionRole(role);
    identity->localPort = get<quint16>(data + 10);
    identity->peerPort = get<quint16>(data + 12);
    qsizetype at = Fixed;
    QString local, peer;
    if (!getString(body, &at, &identity->name) || !getString(body, &at, &identity->host)
        || !getString(body, &at, &local) || !getString(body, &at, &peer))
        return false;
    identity->localAddress = QHostAddress(local);
    identity->peerAddress = QHostAddress(peer);
    // Format 3 adds the kind, the Unix paths and the peer's credentials; a format 1 or 2 record ends
    // before them (TCP). A tail that does not parse is fields of a later version: the record
    // stays what its first fields say.
    ConnectionInfo extended = *identity;
    if (parseEndpointFields(body, at, &extended))
        *identity = extended;
    return true;
}

bool JournalReader::parseEndpointFields(const QByteArray &body, qsizetype at, ConnectionInfo *identity)
{
    if (at >= body.size())
        return false;
    const auto kind = quint8(body.at(at++));
    if (kind < quint8(EndpointKind::Tcp) || kind > quint8(EndpointKind::Tls))
        return false;
    identity->kind = EndpointKind(kind);
    if (!getString(body, &at, &identity->localPath) || !getString(body, &at, &identity->peerPath)
        || body.size() - at < 3 * qsizetype(sizeof(qint64)))
        return false;
    PeerCredentials &credentials = identity->peerCredentials;
    credentials.pid = get<qint64>(body.constData() + at);
    credentials.uid = get<qint64>(body.constData() + at + 8);
    credentials.gid = get<qint64>(body.constData() + at + 16);
    at += 24;
    return getString(body, &at, &credentials.program);
}
