// SPDX-License-Identifier: GPL-3.0-or-later
// The JournalReader on untrusted input. The files are written here byte by byte from the format
// comment at the top of journal.h (little-endian, zlib's CRC-32), not with the Journal class, so
// that every kind of damage can be made exactly; one test records a real Session and damages
// what it wrote. Whatever the input, the reader must give a clear problem, or the records that
// are fully before the damage and then stop; never a crash, a hang or a record it did not read.
#include "connectioninfo.h"
#include "journal.h"
#include "journalreader.h"
#include "session.h"

#include "testpayloads.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <memory>

#include <zlib.h>

Q_DECLARE_METATYPE(JournalReader::Result)

using TestPayloads::allByteValues;
using TestPayloads::pattern;

namespace {

constexpr qint64 StartMs = Q_INT64_C(1700000000123);
constexpr int RecordHeaderSize = 8; // u32 length, u32 CRC-32
constexpr int EventFieldsSize = 14; // type, i64 time, u32 connection, u8 kind
constexpr int ConnectionFixedSize = 14; // type, u32 id, u32 parent, u8 role, u16 ports x 2
constexpr qsizetype LargePayload = 3 << 20; // several of the reader's 1 MiB slices

template<typename T> void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

void putString(QByteArray &out, const QByteArray &utf8)
{
    put<quint16>(out, quint16(utf8.size()));
    out.append(utf8);
}

QByteArray flipped(QByteArray bytes, qsizetype at, char mask = char(0x5a))
{
    bytes[at] = char(bytes[at] ^ mask);
    return bytes;
}

quint32 crcOf(const QByteArray &bytes)
{
    return quint32(
        crc32(0, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())));
}

QByteArray magic()
{
    return QByteArray::fromHex("89534c420d0a1a0a");
}

QByteArray fileHeader(quint16 version = 1, quint16 headerSize = 32)
{
    QByteArray header = magic();
    put<quint16>(header, version);
    put<quint16>(header, headerSize);
    put<quint32>(header, 0); // flags
    put<qint64>(header, StartMs);
    put<quint64>(header, 0); // reserved
    return header;
}

// A record as the writer frames it: length, CRC-32 of the body, body.
QByteArray frame(const QByteArray &body)
{
    QByteArray record;
    put<quint32>(record, quint32(body.size()));
    put<quint32>(record, crcOf(body));
    return record + body;
}

// A record header that claims length, with a checksum that body would match.
QByteArray frameClaiming(quint32 length, const QByteArray &body)
{
    QByteArray record;
    put<quint32>(record, length);
    put<quint32>(record, crcOf(body));
    return record + body;
}

QByteArray eventBody(qint64 timeNs, quint32 connection, quint8 kind, const QByteArray &payload)
{
    QByteArray body(1, char(Journal::EventRecord));
    put<qint64>(body, timeNs);
    put<quint32>(body, connection);
    body.append(char(kind));
    return body + payload;
}

QByteArray connectionBody(const ConnectionInfo &info)
{
    QByteArray body(1, char(Journal::ConnectionRecord));
    put<quint32>(body, info.id);
    put<quint32>(body, info.parent);
    body.append(char(info.role));
    put<quint16>(body, info.localPort);
    put<quint16>(body, info.peerPort);
    putString(body, info.name.toUtf8());
    putString(body, info.host.toUtf8());
    putString(
        body, info.localAddress.isNull() ? QByteArray() : info.localAddress.toString().toUtf8());
    putString(
        body, info.peerAddress.isNull() ? QByteArray() : info.peerAddress.toString().toUtf8());
    return body;
}

QByteArray factsBody(quint8 error, quint8 close, quint8 by)
{
    QByteArray body(1, char(Journal::FactsRecord));
    body.append(char(error));
    body.append(char(close));
    body.append(char(by));
    return body;
}

QByteArray endBody(qint64 timeNs)
{
    QByteArray body(1, char(Journal::EndRecord));
    put<qint64>(body, timeNs);
    return body;
}

QString fingerprint(const QByteArray &bytes)
{
    if (bytes.size() <= 300)
        return QString::fromLatin1(bytes.toHex());
    return QStringLiteral("%1 bytes, sha256 %2")
        .arg(bytes.size())
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

QString describeIdentity(const ConnectionInfo &info)
{
    return QStringLiteral("id=%1 parent=%2 role=%3 name=%4 host=%5 local=%6:%7 peer=%8:%9")
        .arg(info.id)
        .arg(info.parent)
        .arg(int(info.role))
        .arg(info.name, info.host, info.localAddress.toString())
        .arg(info.localPort)
        .arg(info.peerAddress.toString())
        .arg(info.peerPort);
}

// One line per record: what a record says, so that a whole list compares at once and a
// difference names the record.
QString describe(const JournalReader::Record &record, const QByteArray &file)
{
    switch (record.type) {
    case Journal::ConnectionRecord:
        return QStringLiteral("@%1 connection %2")
            .arg(record.offset)
            .arg(describeIdentity(record.identity));
    case Journal::EventRecord: {
        const TrafficEvent &event = record.event;
        return QStringLiteral("@%1 event t=%2 connection=%3 kind=%4 payload@%5 %6")
            .arg(record.offset)
            .arg(event.timeNs)
            .arg(event.connection)
            .arg(int(event.kind))
            .arg(event.payloadOffset)
            .arg(fingerprint(
                file.mid(qsizetype(event.payloadOffset), qsizetype(event.payloadLength))));
    }
    case Journal::EndRecord:
        return QStringLiteral("@%1 end t=%2").arg(record.offset).arg(record.endNs);
    }
    return QStringLiteral("@%1 type %2 (the reader should have skipped it)")
        .arg(record.offset)
        .arg(int(record.type));
}

// A journal written record by record, with the description the reader must give of each.
class JournalBuilder
{
public:
    explicit JournalBuilder(const QByteArray &header = fileHeader())
        : bytes(header)
    {
    }

    void connection(const ConnectionInfo &info)
    {
        add(connectionBody(info),
            QStringLiteral("@%1 connection %2").arg(bytes.size()).arg(describeIdentity(info)));
    }
    void event(qint64 timeNs, quint32 connection, EventKind kind, const QByteArray &payload)
    {
        const qsizetype offset = bytes.size();
        add(eventBody(timeNs, connection, quint8(kind), payload),
            QStringLiteral("@%1 event t=%2 connection=%3 kind=%4 payload@%5 %6")
                .arg(offset)
                .arg(timeNs)
                .arg(connection)
                .arg(int(kind))
                .arg(offset + RecordHeaderSize + EventFieldsSize)
                .arg(fingerprint(payload)));
    }
    void end(qint64 timeNs)
    {
        add(endBody(timeNs), QStringLiteral("@%1 end t=%2").arg(bytes.size()).arg(timeNs));
    }
    // A record of a type from a later version: valid, and skipped by the reader.
    void unknown(quint8 type, const QByteArray &fields)
    {
        add(QByteArray(1, char(type)) + fields, QString());
    }
    // Bytes that are not a valid record: the reader must stop here.
    void damage(const QByteArray &raw) { bytes += raw; }

    struct Entry
    {
        qsizetype offset = 0;
        qsizetype end = 0;
        QString description; // empty: skipped
    };
    QByteArray bytes;
    QList<Entry> entries;

    // What the reader must return from a file cut at cut, and where its last good record ends.
    QStringList expectedBefore(qsizetype cut, qsizetype *goodEnd) const
    {
        QStringList result;
        *goodEnd = fileHeader().size();
        for (const Entry &entry : entries) {
            if (entry.end > cut)
                break;
            if (!entry.description.isEmpty())
                result << entry.description;
            *goodEnd = entry.end;
        }
        return result;
    }

private:
    void add(const QByteArray &body, const QString &description)
    {
        const qsizetype offset = bytes.size();
        bytes += frame(body);
        entries.append({ offset, bytes.size(), description });
    }
};

ConnectionInfo listenerIdentity()
{
    ConnectionInfo info;
    info.id = 1;
    info.role = ConnectionRole::Listener;
    info.name = QStringLiteral("L1");
    info.localAddress = QHostAddress(QHostAddress::LocalHost);
    info.localPort = 4000;
    return info;
}

ConnectionInfo acceptedIdentity()
{
    ConnectionInfo info;
    info.id = 2;
    info.parent = 1;
    info.role = ConnectionRole::Accepted;
    info.name = QStringLiteral("L1.1 \u00e9\u2713"); // not ASCII: UTF-8 on disk
    info.host = QStringLiteral("localhost");
    info.localAddress = QHostAddress(QHostAddress::LocalHost);
    info.localPort = 4000;
    info.peerAddress = QHostAddress(QStringLiteral("::1"));
    info.peerPort = 54321;
    return info;
}

// A small journal with a record of every type: truncated and damaged at every byte below.
JournalBuilder smallJournal()
{
    JournalBuilder journal;
    journal.connection(listenerIdentity());
    journal.event(
        1000, 1, EventKind::Listening, QByteArrayLiteral("socket(), bind(127.0.0.1:4000)"));
    journal.connection(acceptedIdentity());
    journal.event(2000, 2, EventKind::Accepted, QByteArrayLiteral("accept()"));
    journal.event(3000, 2, EventKind::Received, allByteValues());
    journal.event(4000, 2, EventKind::Sent, QByteArray()); // an empty payload
    journal.unknown(7, QByteArrayLiteral("from the future"));
    journal.event(Q_INT64_C(5000000000), 2, EventKind::Closed, QByteArrayLiteral("closed by peer"));
    journal.end(Q_INT64_C(6000000000));
    return journal;
}

struct ReadBack
{
    QStringList records;
    JournalReader::Result last = JournalReader::Result::Record;
    QString problem;
    quint64 position = 0;
};

// Reads to the end or to the damage. More records than the file could hold would be garbage
// (or a loop), so reading stops there.
ReadBack readAll(JournalReader &reader, const QByteArray &file)
{
    ReadBack result;
    const qsizetype bound = file.size() / RecordHeaderSize + 1;
    JournalReader::Record record;
    while ((result.last = reader.next(&record)) == JournalReader::Result::Record) {
        result.records << describe(record, file);
        if (result.records.size() > bound)
            break;
    }
    result.problem = reader.problem();
    result.position = reader.position();
    return result;
}

const char *resultName(JournalReader::Result result)
{
    switch (result) {
    case JournalReader::Result::Record: return "Record";
    case JournalReader::Result::End: return "End";
    case JournalReader::Result::Damaged: return "Damaged";
    }
    return "?";
}

QString atByte(qsizetype offset)
{
    return QStringLiteral("Record at byte %1:").arg(offset);
}

} // namespace

// Found by QCOMPARE through argument-dependent lookup.
char *toString(const JournalReader::Result &result)
{
    return qstrdup(resultName(result));
}

class tst_JournalReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void openRefuses_data();
    void openRefuses();
    void cutInsideTheHeader_data();
    void cutInsideTheHeader();
    void longerHeaderIsSkipped();
    void readsEveryRecord();
    void truncatedAtEveryByte_data();
    void truncatedAtEveryByte();
    void flippedByteInEveryRecord_data();
    void flippedByteInEveryRecord();
    void damagedRecord_data();
    void damagedRecord();
    void format4HoldsUdp();
    void largeRecordsStreamThroughTheChecksum();
    void recordedSessionReadsBack();
    void factsFollowTheirEvent();
    void formatOneGetsFactsFromItsTexts();
    void malformedFacts();
    void recordedSessionDamaged();

private:
    QString write(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_JournalReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
}

QString tst_JournalReader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Not a session at all: open() refuses, and says why, naming the file.
void tst_JournalReader::openRefuses_data()
{
    QTest::addColumn<QString>("kind"); // "file", "directory" or "missing"
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");

    const QString notASession = QStringLiteral("is not a SocketLab session");
    QTest::newRow("empty file") << QStringLiteral("file") << QByteArray()
                                << QStringLiteral("is empty");
    QTest::newRow("directory") << QStringLiteral("directory") << QByteArray()
                               << QStringLiteral("is not a file");
    QTest::newRow("missing") << QStringLiteral("missing") << QByteArray()
                             << QStringLiteral("does not exist");
    QTest::newRow("PNG image")
        << QStringLiteral("file")
        << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")
        << notASession;
    QTest::newRow("text file") << QStringLiteral("file")
                               << QByteArrayLiteral("just some notes\nabout sockets\n")
                               << notASession;
    QTest::newRow("one wrong byte")
        << QStringLiteral("file") << QByteArray(fileHeader()).replace(3, 1, "b") << notASession;
    QTest::newRow("text-mode damage (CRLF -> LF)")
        << QStringLiteral("file") << QByteArray(fileHeader()).remove(4, 1) << notASession;
    QTest::newRow("short and wrong")
        << QStringLiteral("file") << QByteArrayLiteral("PK") << notASession;
    QTest::newRow("the next version") << QStringLiteral("file") << QByteArray(fileHeader(Journal::FormatVersion + 1))
                               << QStringLiteral("newer SocketLab (session format %1").arg(Journal::FormatVersion + 1);
    QTest::newRow("version 65535") << QStringLiteral("file") << QByteArray(fileHeader(0xffff))
                                   << QStringLiteral("newer SocketLab (session format 65535");
    QTest::newRow("version 0") << QStringLiteral("file") << QByteArray(fileHeader(0))
                               << QStringLiteral("damaged header (version 0");
    QTest::newRow("header size 16") << QStringLiteral("file") << QByteArray(fileHeader(1, 16))
                                    << QStringLiteral("damaged header (version 1, header size 16)");
    QTest::newRow("header size past the end")
        << QStringLiteral("file") << QByteArray(fileHeader(1, 33))
        << QStringLiteral("header size 33");
}

void tst_JournalReader::openRefuses()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);

    QString path;
    if (kind == QLatin1String("file"))
        path = write(QStringLiteral("input.socketlab"), bytes);
    else if (kind == QLatin1String("directory"))
        path = m_dir->path();
    else
        path = m_dir->filePath(QStringLiteral("nothing-here.socketlab"));

    JournalReader reader;
    QString error;
    QVERIFY(!reader.open(path, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void tst_JournalReader::cutInsideTheHeader_data()
{
    QTest::addColumn<int>("size");
    for (int size = 1; size < fileHeader().size(); ++size)
        QTest::addRow("%d bytes", size) << size;
}

// The start of a real header, cut short (a copy that stopped early): said as such, including
// when the cut is inside the signature itself.
void tst_JournalReader::cutInsideTheHeader()
{
    QFETCH(int, size);
    const QString path = write(QStringLiteral("cut.socketlab"), smallJournal().bytes.left(size));
    JournalReader reader;
    QString error;
    QVERIFY(!reader.open(path, &error));
    QVERIFY2(
        error.contains(QStringLiteral("cut short inside its 32-byte header")), qPrintable(error));
}

// A later version may write a longer header (its size is in the header): records start after it.
void tst_JournalReader::longerHeaderIsSkipped()
{
    QByteArray header = fileHeader(1, 40);
    header += QByteArray(8, '\xee');
    JournalBuilder journal(header);
    journal.event(10, 1, EventKind::Note, QByteArrayLiteral("after a longer header"));
    journal.end(20);

    const QString path = write(QStringLiteral("long-header.socketlab"), journal.bytes);
    JournalReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QCOMPARE(reader.position(), quint64(40));
    const ReadBack read = readAll(reader, journal.bytes);
    QCOMPARE(read.records,
        (QStringList { journal.entries[0].description, journal.entries[1].description }));
    QCOMPARE(read.last, JournalReader::Result::End);
}

void tst_JournalReader::readsEveryRecord()
{
    const JournalBuilder journal = smallJournal();
    const QString path = write(QStringLiteral("small.socketlab"), journal.bytes);
    JournalReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QCOMPARE(reader.startedAt(), QDateTime::fromMSecsSinceEpoch(StartMs, Qt::UTC));
    QCOMPARE(reader.fileSize(), qint64(journal.bytes.size()));
    QCOMPARE(reader.position(), quint64(32));

    qsizetype goodEnd = 0;
    const QStringList expected = journal.expectedBefore(journal.bytes.size(), &goodEnd);
    QCOMPARE(expected.size(), 8); // the record of an unknown type is not among them
    const ReadBack read = readAll(reader, journal.bytes);
    QCOMPARE(read.records, expected);
    QCOMPARE(read.last, JournalReader::Result::End);
    QCOMPARE(read.problem, QString());
    QCOMPARE(read.position, quint64(journal.bytes.size()));

    // At the end it stays at the end.
    JournalReader::Record record;
    QCOMPARE(reader.next(&record), JournalReader::Result::End);
    QCOMPARE(reader.next(&record), JournalReader::Result::End);
}

// The facts of every event in the file at path, which must read to its end without damage.
void readFacts(const QString &path, QList<EventFacts> *facts)
{
    JournalReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    JournalReader::Record record;
    while (reader.next(&record) == JournalReader::Result::Record) {
        if (record.type == Journal::EventRecord)
            *facts << record.event.facts;
    }
    QCOMPARE(reader.problem(), QString());
}

// Format 2: a facts record belongs to the event before it and is not a record of its own.
void tst_JournalReader::factsFollowTheirEvent()
{
    const QByteArray bytes = fileHeader(2)
        + frame(eventBody(1, 1, quint8(EventKind::Closed), "abgebrochen: RST gesendet"))
        + frame(factsBody(0, 2, 1))
        + frame(eventBody(2, 2, quint8(EventKind::Error), "Verbindung abgelehnt"))
        + frame(factsBody(2, 0, 0))
        + frame(eventBody(3, 2, quint8(EventKind::Received), "aborted reset refused"))
        + frame(endBody(4));
    QList<EventFacts> facts;
    readFacts(write(QStringLiteral("facts.socketlab"), bytes), &facts);
    QCOMPARE(facts,
        (QList<EventFacts> { EventFacts::ending(CloseKind::Reset, CloseSide::Us),
            EventFacts::failure(ErrorCode::ConnectionRefused), EventFacts() }));
}

// Format 1 had no facts records: its English texts stand in for them, so an old session's
// pcapng export still knows who sent the RST.
void tst_JournalReader::formatOneGetsFactsFromItsTexts()
{
    const QByteArray bytes = fileHeader(1)
        + frame(eventBody(1, 1, quint8(EventKind::Error), "Connection refused"))
        + frame(eventBody(2, 1, quint8(EventKind::Closed), "could not connect"))
        + frame(eventBody(3, 2, quint8(EventKind::Closing), "shutdown(SHUT_WR): FIN sent; this end still reads"))
        + frame(eventBody(4, 2, quint8(EventKind::Closed), "aborted: RST sent, unsent data discarded"))
        + frame(eventBody(5, 3, quint8(EventKind::Error), "Connection reset by peer"))
        + frame(eventBody(6, 3, quint8(EventKind::Closed), "connection reset by peer (RST)"))
        + frame(eventBody(7, 4, quint8(EventKind::Closed), "peer closed the connection (FIN)"))
        + frame(eventBody(8, 4, quint8(EventKind::Received), "aborted"));
    QList<EventFacts> facts;
    readFacts(write(QStringLiteral("format1.socketlab"), bytes), &facts);
    QCOMPARE(facts,
        (QList<EventFacts> { EventFacts::failure(ErrorCode::ConnectionRefused),
            EventFacts::ending(CloseKind::Cancelled, CloseSide::Unknown),
            EventFacts::ending(CloseKind::HalfClose, CloseSide::Us),
            EventFacts::ending(CloseKind::Reset, CloseSide::Us),
            EventFacts::failure(ErrorCode::ResetByPeer),
            EventFacts::ending(CloseKind::Reset, CloseSide::Peer),
            EventFacts::ending(CloseKind::Fin, CloseSide::Peer), EventFacts() }));
}

void tst_JournalReader::malformedFacts()
{
    const QByteArray event = frame(eventBody(1, 1, quint8(EventKind::Closed), "x"));
    const QByteArray bytes = fileHeader(2) + event + frame(factsBody(0, 99, 0));
    const QString path = write(QStringLiteral("badfacts.socketlab"), bytes);
    JournalReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    JournalReader::Record record;
    QCOMPARE(reader.next(&record), JournalReader::Result::Record); // the event itself is good
    QCOMPARE(record.event.facts, EventFacts());
    QCOMPARE(reader.next(&record), JournalReader::Result::Damaged);
    QCOMPARE(reader.problem(),
        QStringLiteral("Record at byte %1: malformed facts record").arg(fileHeader().size() + event.size()));
}

void tst_JournalReader::truncatedAtEveryByte_data()
{
    QTest::addColumn<int>("cut");
    const qsizetype size = smallJournal().bytes.size();
    for (qsizetype cut = fileHeader().size(); cut < size; ++cut)
        QTest::addRow("cut at %d", int(cut)) << int(cut);
}

// A copy cut at any byte (the writer was killed there): every record that lies wholly before the
// cut, exactly as written, then End if the cut falls between records, else Damaged at the record
// that was cut, with the reason.
void tst_JournalReader::truncatedAtEveryByte()
{
    QFETCH(int, cut);
    const JournalBuilder journal = smallJournal();
    const QByteArray bytes = journal.bytes.left(cut);
    const QString path = write(QStringLiteral("truncated.socketlab"), bytes);

    JournalReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    const ReadBack read = readAll(reader, bytes);

    qsizetype goodEnd = 0;
    QCOMPARE(read.records, journal.expectedBefore(cut, &goodEnd));
    QCOMPARE(read.position, quint64(goodEnd));
    if (goodEnd == cut) {
        QCOMPARE(read.last, JournalReader::Result::End);
        QCOMPARE(read.problem, QString());
        return;
    }
    QCOMPARE(read.last, JournalReader::Result::Damaged);
    QVERIFY2(read.problem.startsWith(atByte(goodEnd)), qPrintable(read.problem));
    const QString reason = cut - goodEnd < RecordHeaderSize
        ? QStringLiteral("the file ends inside a record header")
        : QStringLiteral("remain (the writer stopped mid-record)");
    QVERIFY2(read.problem.contains(reason), qPrintable(read.problem));

    // Asked again, it stays where it stopped.
    JournalReader::Record record;
    QCOMPARE(reader.next(&record), JournalReader::Result::Damaged);
    QCOMPARE(reader.position(), quint64(goodEnd));
}

void tst_JournalReader::flippedByteInEveryRecord_data()
{
    QTest::addColumn<int>("at");
    const JournalBuilder journal = smallJournal();
    for (int index = 0; index < journal.entries.size(); ++index) {
        const auto &entry = journal.entries[index];
        for (qsizetype at = entry.offset; at < entry.end; ++at)
            QTest::addRow("record %d, byte %d", index, int(at - entry.offset)) << int(at);
    }
}

// One byte changed anywhere in a record: the records before it, then Damaged at that record. In
// the checksum or the body the checksum catches it and says so; in the length the reason varies
// (too long for the file, impossible, or a checksum over the wrong span) but the place does not.
void tst_JournalReader::flippedByteInEveryRecord()
{
    QFETCH(int, at);
    const JournalBuilder journal = smallJournal();
    const QByteArray bytes = flipped(journal.bytes, at);
    const QString path = write(QStringLiteral("flipped.socketlab"), bytes);

    const auto damaged = std::find_if(journal.entries.cbegin(), journal.entries.cend(),
        [at](const JournalBuilder::Entry &entry) { return entry.offset <= at && at < entry.end; });
    QVERIFY(damaged != journal.entries.cend());

    JournalReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    const ReadBack read = readAll(reader, bytes);
    qsizetype goodEnd = 0;
    QCOMPARE(read.records, journal.expectedBefore(damaged->offset, &goodEnd));
    QCOMPARE(read.last, JournalReader::Result::Damaged);
    QCOMPARE(read.position, quint64(damaged->offset));
    QVERIFY2(read.problem.startsWith(atByte(damaged->offset)), qPrintable(read.problem));
    if (at >= damaged->offset + 4)
        QVERIFY2(
            read.problem.contains(QStringLiteral("checksum mismatch")), qPrintable(read.problem));
}

void tst_JournalReader::damagedRecord_data()
{
    QTest::addColumn<QByteArray>("records"); // after the file header
    QTest::addColumn<int>("goodRecords"); // how many are read before the result
    QTest::addColumn<JournalReader::Result>("result");
    QTest::addColumn<QString>("problem"); // "" for End
    QTest::addColumn<int>("stopsAt"); // the reader's position at the end

    const QByteArray note
        = frame(eventBody(5, 1, quint8(EventKind::Note), QByteArrayLiteral("good")));
    const int afterNote = 32 + int(note.size());
    const QByteArray payload = QByteArrayLiteral("0123456789");

    QTest::newRow("length larger than the file")
        << note + frameClaiming(1000, eventBody(6, 1, quint8(EventKind::Received), payload)) << 1
        << JournalReader::Result::Damaged
        << QStringLiteral("the record says 1000 bytes but only 24 remain") << afterNote;
    QTest::newRow("length 0") << note + frameClaiming(0, QByteArray()) << 1
                              << JournalReader::Result::Damaged
                              << QStringLiteral("impossible record length 0") << afterNote;
    QTest::newRow("length 0 before more bytes")
        << note + frameClaiming(0, QByteArray()) + note << 1 << JournalReader::Result::Damaged
        << QStringLiteral("impossible record length 0") << afterNote;
    QTest::newRow("length MaxRecordBody + 1")
        << note
            + frameClaiming(
                Journal::MaxRecordBody + 1, eventBody(6, 1, quint8(EventKind::Note), payload))
        << 1 << JournalReader::Result::Damaged
        << QStringLiteral("impossible record length 1073741825") << afterNote;
    QTest::newRow("length 0xffffffff")
        << note + frameClaiming(0xffffffffu, eventBody(6, 1, quint8(EventKind::Note), payload)) << 1
        << JournalReader::Result::Damaged << QStringLiteral("impossible record length 4294967295")
        << afterNote;
    QTest::newRow("a record header cut short")
        << note + QByteArray::fromHex("0a000000") << 1 << JournalReader::Result::Damaged
        << QStringLiteral("the file ends inside a record header") << afterNote;

    const QByteArray future
        = frame(QByteArray(1, char(9)) + QByteArrayLiteral("a field from a later version"));
    QTest::newRow("unknown record type: skipped")
        << note + future + note << 2 << JournalReader::Result::End << QString()
        << afterNote + int(future.size() + note.size());
    QTest::newRow("unknown record type 0, type byte only")
        << note + frame(QByteArray(1, '\0')) + note << 2 << JournalReader::Result::End << QString()
        << afterNote + 9 + int(note.size());
    QTest::newRow("unknown record type 255, then damage")
        << note + frame(QByteArray(1, '\xff')) + QByteArray::fromHex("00") << 1
        << JournalReader::Result::Damaged << QStringLiteral("ends inside a record header")
        << afterNote + 9;
    QTest::newRow("unknown record type with a wrong checksum")
        << note + flipped(future, 4) << 1 << JournalReader::Result::Damaged
        << QStringLiteral("checksum mismatch") << afterNote;

    for (const quint8 kind : { quint8(0), quint8(quint8(EventKind::SendResumed) + 1), quint8(200), quint8(255) }) {
        QTest::addRow("unknown event kind %d", int(kind))
            << note + frame(eventBody(6, 1, kind, payload)) + note << 1
            << JournalReader::Result::Damaged << QStringLiteral("unknown event kind %1").arg(kind)
            << afterNote;
    }
    QTest::newRow("event record without its fields")
        << note + frame(eventBody(6, 1, quint8(EventKind::Note), {}).left(9)) << 1
        << JournalReader::Result::Damaged << QStringLiteral("event record too short") << afterNote;
    QTest::newRow("event record of its type byte only")
        << note + frame(QByteArray(1, char(Journal::EventRecord))) << 1
        << JournalReader::Result::Damaged << QStringLiteral("event record too short") << afterNote;
    QTest::newRow("end record too short")
        << note + frame(endBody(7).left(5)) << 1 << JournalReader::Result::Damaged
        << QStringLiteral("end record too short") << afterNote;

    const QByteArray connection = connectionBody(acceptedIdentity());
    const auto malformed = [&](const char *name, const QByteArray &body) {
        QTest::newRow(name) << note + frame(body) + note << 1 << JournalReader::Result::Damaged
                            << QStringLiteral("malformed connection record") << afterNote;
    };
    malformed("connection: name runs past the body", connection.left(ConnectionFixedSize + 2 + 3));
    malformed("connection: last string runs past the body", connection.chopped(1));
    malformed("connection: a string length only", connection.left(ConnectionFixedSize + 1));
    malformed("connection: fixed fields cut", connection.left(10));
    malformed("connection: string length 0xffff",
        connection.left(ConnectionFixedSize) + QByteArray::fromHex("ffff") + "L1");
    malformed("connection: id 0", QByteArray(connection).replace(1, 4, QByteArray(4, '\0')));
    malformed("connection: role 0", QByteArray(connection).replace(9, 1, QByteArray(1, '\0')));
    malformed("connection: role 4", QByteArray(connection).replace(9, 1, QByteArray(1, '\4')));
    QTest::newRow("connection: trailing fields from a later version are ignored")
        << note + frame(connection + QByteArrayLiteral("more")) << 2 << JournalReader::Result::End
        << QString() << afterNote + RecordHeaderSize + int(connection.size()) + 4;
}

void tst_JournalReader::damagedRecord()
{
    QFETCH(QByteArray, records);
    QFETCH(int, goodRecords);
    QFETCH(JournalReader::Result, result);
    QFETCH(QString, problem);
    QFETCH(int, stopsAt);

    const QByteArray bytes = fileHeader() + records;
    const QString path = write(QStringLiteral("damaged.socketlab"), bytes);
    JournalReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    const ReadBack read = readAll(reader, bytes);
    QCOMPARE(read.records.size(), goodRecords);
    QCOMPARE(read.records.constFirst(),
        QStringLiteral("@32 event t=5 connection=1 kind=15 payload@54 %1")
            .arg(QString::fromLatin1(QByteArrayLiteral("good").toHex())));
    QCOMPARE(read.last, result);
    QCOMPARE(read.position, quint64(stopsAt));
    if (problem.isEmpty()) {
        QCOMPARE(read.problem, QString());
        return;
    }
    QVERIFY2(read.problem.startsWith(atByte(stopsAt)), qPrintable(read.problem));
    QVERIFY2(read.problem.contains(problem), qPrintable(read.problem));
}

// Format 4 adds UDP sockets (role 4), their peers (role 5) and the kinds peer-seen (19) and
// datagrams-dropped (20); in a file of an earlier format they are damage, as damagedRecord()
// shows for format 1, and as a format 3 file shows here.
void tst_JournalReader::format4HoldsUdp()
{
    ConnectionInfo peer = acceptedIdentity();
    peer.role = ConnectionRole::UdpPeer;
    peer.kind = EndpointKind::Udp;
    const QByteArray records = frame(connectionBody(peer))
        + frame(eventBody(5, peer.id, quint8(EventKind::PeerSeen), "first"))
        + frame(eventBody(6, peer.id, quint8(EventKind::DatagramsDropped), "3 datagrams dropped"));
    const QByteArray bytes = fileHeader(4) + records;
    const QString path = write(QStringLiteral("udp.socketlab"), bytes);
    JournalReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    const ReadBack read = readAll(reader, bytes);
    QCOMPARE(read.last, JournalReader::Result::End);
    QCOMPARE(read.records.size(), 3);
    QVERIFY2(read.records[1].contains(QLatin1String("kind=19")), qPrintable(read.records[1]));
    QVERIFY2(read.records[2].contains(QLatin1String("kind=20")), qPrintable(read.records[2]));

    const QByteArray format3 = fileHeader(3) + records;
    JournalReader older;
    QVERIFY2(older.open(write(QStringLiteral("format3.socketlab"), format3), &error), qPrintable(error));
    const ReadBack damaged = readAll(older, format3);
    QCOMPARE(damaged.last, JournalReader::Result::Damaged);
    QCOMPARE(damaged.records.size(), 0);
    QVERIFY2(damaged.problem.contains(QLatin1String("malformed connection record")), qPrintable(damaged.problem));
}

// Payloads larger than the reader's slice: the checksum covers every slice, a skipped record of
// that size is stepped over, and a change in its very last byte is still caught.
void tst_JournalReader::largeRecordsStreamThroughTheChecksum()
{
    const QByteArray large = pattern(LargePayload, 7);
    JournalBuilder journal;
    journal.event(1, 3, EventKind::Received, large);
    journal.unknown(42, pattern(LargePayload, 8));
    journal.event(2, 3, EventKind::Sent, allByteValues());
    journal.end(3);

    {
        const QString path = write(QStringLiteral("large.socketlab"), journal.bytes);
        JournalReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        const ReadBack read = readAll(reader, journal.bytes);
        qsizetype goodEnd = 0;
        QCOMPARE(read.records, journal.expectedBefore(journal.bytes.size(), &goodEnd));
        QCOMPARE(read.records.size(), 3);
        QCOMPARE(read.last, JournalReader::Result::End);
    }
    for (const int record : { 0, 1 }) {
        const QByteArray bytes = flipped(journal.bytes, journal.entries[record].end - 1, 1);
        const QString path = write(QStringLiteral("large-flipped.socketlab"), bytes);
        JournalReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        const ReadBack read = readAll(reader, bytes);
        QCOMPARE(read.records.size(), qsizetype(record)); // the records before the damaged one
        QCOMPARE(read.last, JournalReader::Result::Damaged);
        QVERIFY2(read.problem.startsWith(atByte(journal.entries[record].offset)),
            qPrintable(read.problem));
        QVERIFY2(
            read.problem.contains(QStringLiteral("checksum mismatch")), qPrintable(read.problem));
    }
}

// What a real Session writes reads back as it was recorded: identities, times, ids, kinds, and
// payloads at the offsets the live log points at.
void tst_JournalReader::recordedSessionReadsBack()
{
    const QString path = m_dir->filePath(QStringLiteral("recorded.socketlab"));
    auto clock = std::make_unique<ManualClock>();
    ManualClock *time = clock.get();
    auto session = std::make_unique<Session>(std::move(clock));
    QString error;
    QVERIFY2(session->startRecording(path, &error), qPrintable(error));
    const QDateTime startedAt = session->clock().startedAt();

    QStringList expected;
    session->setIdentity(listenerIdentity());
    expected << QStringLiteral("connection %1").arg(describeIdentity(listenerIdentity()));
    session->setIdentity(acceptedIdentity());
    expected << QStringLiteral("connection %1").arg(describeIdentity(acceptedIdentity()));
    const QList<std::pair<EventKind, QByteArray>> events = {
        { EventKind::Listening, QByteArrayLiteral("socket(), bind(127.0.0.1:4000), listen()") },
        { EventKind::Accepted, QStringLiteral("accept() \u2192 [::1]:54321").toUtf8() },
        { EventKind::Received, allByteValues() },
        { EventKind::Received, QByteArray() },
        { EventKind::Sent, pattern(LargePayload, 3) },
        { EventKind::Sent, QByteArray() },
        { EventKind::Closed, QByteArrayLiteral("closed") },
    };
    for (const auto &[kind, payload] : events) {
        time->advance(1234567);
        const qint64 index = session->record(2, kind, payload);
        const TrafficEvent live = session->log().event(index);
        QCOMPARE(live.timeNs, time->nowNs());
        expected << QStringLiteral("event t=%1 connection=2 kind=%2 payload@%3 %4")
                        .arg(live.timeNs)
                        .arg(int(kind))
                        .arg(live.payloadOffset)
                        .arg(fingerprint(payload));
    }
    time->advance(1000);
    expected << QStringLiteral("end t=%1").arg(time->nowNs());
    session.reset(); // closes cleanly: the end record

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    JournalReader reader;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QCOMPARE(reader.startedAt(), startedAt);
    const ReadBack read = readAll(reader, bytes);
    QStringList withoutOffsets;
    for (const QString &record : read.records)
        withoutOffsets << record.section(QLatin1Char(' '), 1);
    QCOMPARE(withoutOffsets, expected);
    QCOMPARE(read.last, JournalReader::Result::End);
    QCOMPARE(read.position, quint64(bytes.size()));
}

// The same file, damaged after the fact: everything before the damage, then where it is.
void tst_JournalReader::recordedSessionDamaged()
{
    const QString path = m_dir->filePath(QStringLiteral("recorded.socketlab"));
    quint64 largeOffset = 0;
    {
        auto session = std::make_unique<Session>(std::make_unique<ManualClock>());
        QString error;
        QVERIFY2(session->startRecording(path, &error), qPrintable(error));
        session->setIdentity(acceptedIdentity());
        session->record(2, EventKind::Received, allByteValues());
        largeOffset = session->log()
                          .event(session->record(2, EventKind::Sent, pattern(LargePayload, 4)))
                          .payloadOffset;
        session->record(2, EventKind::Closed, QByteArrayLiteral("closed"));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray original = file.readAll();
    // One byte in the middle of the large payload.
    const qint64 at = qint64(largeOffset) + LargePayload / 2;
    QVERIFY(file.seek(at));
    QCOMPARE(file.write(QByteArray(1, char(original[at] ^ 0x80))), qint64(1));
    file.close();

    JournalReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    const ReadBack read = readAll(reader, original);
    QCOMPARE(read.records.size(), 2); // the identity and the first event
    QVERIFY2(read.records[1].contains(fingerprint(allByteValues())), qPrintable(read.records[1]));
    QCOMPARE(read.last, JournalReader::Result::Damaged);
    const quint64 recordStart = largeOffset - EventFieldsSize - RecordHeaderSize;
    QCOMPARE(read.position, recordStart);
    QVERIFY2(read.problem.startsWith(atByte(qsizetype(recordStart))), qPrintable(read.problem));
    QVERIFY2(read.problem.contains(QStringLiteral("checksum mismatch")), qPrintable(read.problem));
}

QTEST_GUILESS_MAIN(tst_JournalReader)

#include "tst_journalreader.moc"
