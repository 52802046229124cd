// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioninfo.h"
#include "journal.h"

#include "filesizelimit.h"
#include "testpayloads.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <memory>
#include <optional>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include <zlib.h>

// The file is read back here by a parser written from the format comment at the top of
// journal.h, not from journal.cpp: what another program would do with a .socketlab file.

namespace {

const QDateTime StartedAt = QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1700000000123), Qt::UTC);

// --- A reader of the documented format ----------------------------------------------------

struct Cursor
{
    const QByteArray &data;
    qsizetype at = 0;
    bool ok = true;

    bool has(qsizetype n) const { return ok && n >= 0 && at + n <= data.size(); }
    template<typename T> T le()
    {
        if (!has(sizeof(T))) {
            ok = false;
            return T();
        }
        T value = 0;
        for (size_t i = 0; i < sizeof(T); ++i)
            value |= T(quint8(data.at(at + qsizetype(i)))) << (8 * i);
        at += sizeof(T);
        return value;
    }
    QByteArray bytes(qsizetype n)
    {
        if (!has(n)) {
            ok = false;
            return {};
        }
        const QByteArray result = data.mid(at, n);
        at += n;
        return result;
    }
    QString string()
    {
        const quint16 length = le<quint16>();
        return QString::fromUtf8(bytes(length));
    }
};

struct FileHeader
{
    QByteArray magic;
    quint16 version = 0;
    quint16 headerSize = 0;
    quint32 flags = 0;
    qint64 startMs = 0;
    quint64 reserved = 0;
};

struct Record
{
    qsizetype fileOffset = 0; // where the record (its length field) starts
    quint8 type = 0;
    // type 1
    quint32 id = 0;
    quint32 parent = 0;
    quint8 role = 0;
    quint16 localPort = 0;
    quint16 peerPort = 0;
    QString name, host, localAddress, peerAddress;
    quint8 endpointKind = 0;   // format 3
    QString localPath, peerPath, program;
    qint64 pid = 0, uid = 0, gid = 0;
    // type 2
    qint64 timeNs = 0;
    quint32 connection = 0;
    quint8 kind = 0;
    QByteArray payload;
    qsizetype payloadOffset = 0;
};

struct ParsedFile
{
    FileHeader header;
    QList<Record> records;
    qsizetype end = 0; // where parsing stopped: the first incomplete or damaged record
    QString stopReason;
};

ParsedFile parseJournal(const QByteArray &data)
{
    ParsedFile file;
    Cursor in { data };
    file.header.magic = in.bytes(8);
    file.header.version = in.le<quint16>();
    file.header.headerSize = in.le<quint16>();
    file.header.flags = in.le<quint32>();
    file.header.startMs = qint64(in.le<quint64>());
    file.header.reserved = in.le<quint64>();
    if (!in.ok) {
        file.stopReason = QStringLiteral("short header");
        return file;
    }
    in.at = file.header.headerSize;
    while (in.at < data.size()) {
        const qsizetype start = in.at;
        const quint32 length = in.le<quint32>();
        const quint32 crc = in.le<quint32>();
        if (!in.ok || length < 1 || length > (1u << 30) || !in.has(length)) {
            file.stopReason = QStringLiteral("incomplete record at %1").arg(start);
            file.end = start;
            return file;
        }
        const QByteArray body = in.bytes(length);
        if (quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size())))
            != crc) {
            file.stopReason = QStringLiteral("checksum mismatch at %1").arg(start);
            file.end = start;
            return file;
        }
        Cursor b { body };
        Record record;
        record.fileOffset = start;
        record.type = b.le<quint8>();
        if (record.type == 1) {
            record.id = b.le<quint32>();
            record.parent = b.le<quint32>();
            record.role = b.le<quint8>();
            record.localPort = b.le<quint16>();
            record.peerPort = b.le<quint16>();
            record.name = b.string();
            record.host = b.string();
            record.localAddress = b.string();
            record.peerAddress = b.string();
            record.endpointKind = b.le<quint8>();
            record.localPath = b.string();
            record.peerPath = b.string();
            record.pid = qint64(b.le<quint64>());
            record.uid = qint64(b.le<quint64>());
            record.gid = qint64(b.le<quint64>());
            record.program = b.string();
            if (b.ok && b.at != body.size())
                b.ok = false; // a connection record has nothing after its format 3 fields
        } else if (record.type == 2) {
            record.timeNs = qint64(b.le<quint64>());
            record.connection = b.le<quint32>();
            record.kind = b.le<quint8>();
            record.payloadOffset = start + 8 + b.at;
            record.payload = b.bytes(body.size() - b.at);
        } else {
            b.ok = false;
        }
        if (!b.ok) {
            file.stopReason = QStringLiteral("malformed body at %1").arg(start);
            file.end = start;
            return file;
        }
        file.records << record;
    }
    file.end = in.at;
    return file;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Bytes that differ from one offset to the next, so a shifted or mixed-up read shows.
QByteArray pattern(qsizetype size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = 2463534242u + quint32(seed);
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = char(x);
    }
    return bytes;
}

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return mode_t(-1);
    return info.st_mode & 07777;
}

struct Appended
{
    qint64 timeNs;
    ConnectionId connection;
    EventKind kind;
    QByteArray payload;
    quint64 offset;
};

} // namespace

class tst_Journal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createWritesTheDocumentedHeader();
    void createdOwnerOnly();
    void replacedFileBecomesOwnerOnly();
    void createFails_data();
    void createFails();
    void createRefusesDevicesAndPipes_data();
    void createRefusesDevicesAndPipes();
    void eventsRoundTrip_data();
    void eventsRoundTrip();
    void appendEventsWritesWhatAppendEventWrites();
    void connectionRecords();
    void readOutOfRange();
    void concurrentReadsWhileWriting();
    void writeFailureLosesNothing();
    void smallWriteToFullDiskLosesNothing();
    void openReadOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Journal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Journal::createWritesTheDocumentedHeader()
{
    const QString path = m_dir->filePath(QStringLiteral("header.socketlab"));
    Journal journal;
    QString error;
    QVERIFY2(journal.create(path, StartedAt, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(journal.path(), path);
    QCOMPARE(journal.errorString(), QString());

    // The header is on disk at once, byte for byte.
    const QByteArray bytes = fileBytes(path);
    QCOMPARE(bytes.size(), 32);
    QCOMPARE(bytes.left(8), QByteArray::fromHex("89534c420d0a1a0a"));
    QCOMPARE(bytes.mid(8, 2), QByteArray::fromHex("0500")); // version 5
    QCOMPARE(bytes.mid(10, 2), QByteArray::fromHex("2000")); // header size 32
    QCOMPARE(bytes.mid(12, 4), QByteArray(4, '\0')); // flags
    // 1700000000123 = 0x18bcfe5687b, little-endian
    QCOMPARE(bytes.mid(16, 8), QByteArray::fromHex("7b68e5cf8b010000"));
    QCOMPARE(bytes.mid(24, 8), QByteArray(8, '\0')); // reserved

    const ParsedFile parsed = parseJournal(bytes);
    QCOMPARE(parsed.header.magic, Journal::Magic);
    QCOMPARE(parsed.header.version, quint16(5));
    QCOMPARE(parsed.header.headerSize, quint16(32));
    QCOMPARE(parsed.header.flags, quint32(0));
    QCOMPARE(parsed.header.startMs, StartedAt.toMSecsSinceEpoch());
    QCOMPARE(parsed.header.reserved, quint64(0));
    QVERIFY(parsed.records.isEmpty());
    QCOMPARE(journal.read(0, 32), bytes);
}

void tst_Journal::createdOwnerOnly()
{
    // Whatever the umask allows, a session file is for its owner only: it can hold secrets.
    const mode_t savedUmask = ::umask(0);
    const QString path = m_dir->filePath(QStringLiteral("private.socketlab"));
    Journal journal;
    QString error;
    const bool created = journal.create(path, StartedAt, &error);
    ::umask(savedUmask);
    QVERIFY2(created, qPrintable(error));
    QCOMPARE(QString::number(modeOf(path), 8), QStringLiteral("600"));
    QCOMPARE(QFile::permissions(path), // the "user" bits mirror the owner's: it is us
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser);
}

void tst_Journal::replacedFileBecomesOwnerOnly()
{
    const QString path = m_dir->filePath(QStringLiteral("old.socketlab"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        QVERIFY(old.write(QByteArray(1000, 'x')) == 1000);
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0664) == 0);
    Journal journal;
    QString error;
    // Not a session: replaced only when asked to (the window asks the user).
    QVERIFY(!journal.create(path, StartedAt, &error));
    QCOMPARE(fileBytes(path), QByteArray(1000, 'x'));
    QVERIFY2(journal.create(path, StartedAt, &error, Journal::Existing::Replace), qPrintable(error));
    QCOMPARE(QString::number(modeOf(path), 8), QStringLiteral("600"));
    QCOMPARE(fileBytes(path).size(), 32); // truncated
}

void tst_Journal::createFails_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("directory does not exist") << QStringLiteral("missing");
    QTest::newRow("parent is a file") << QStringLiteral("file");
    QTest::newRow("path is a directory") << QStringLiteral("directory");
    QTest::newRow("directory not writable") << QStringLiteral("read-only");
    QTest::newRow("empty path") << QStringLiteral("empty");
}

void tst_Journal::createFails()
{
    QFETCH(QString, what);
    QString path;
    if (what == QLatin1String("missing")) {
        path = m_dir->filePath(QStringLiteral("no/such/dir/x.socketlab"));
    } else if (what == QLatin1String("file")) {
        QFile file(m_dir->filePath(QStringLiteral("plain")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        path = file.fileName() + QStringLiteral("/x.socketlab");
    } else if (what == QLatin1String("directory")) {
        path = m_dir->path();
    } else if (what == QLatin1String("read-only")) {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only directories");
        const QString dir = m_dir->filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkdir(dir));
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0500) == 0);
        path = dir + QStringLiteral("/x.socketlab");
    }

    Journal journal;
    QString error;
    QVERIFY(!journal.create(path, StartedAt, &error));
    ::chmod(QFile::encodeName(m_dir->filePath(QStringLiteral("ro"))).constData(), 0700);
    QVERIFY(!error.trimmed().isEmpty());
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    if (!path.isEmpty())
        QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(!QFileInfo(path).isFile(), "no file is left behind");
    QVERIFY(!journal.flush());
}

void tst_Journal::createRefusesDevicesAndPipes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("/dev/full") << QStringLiteral("full");
    QTest::newRow("/dev/null") << QStringLiteral("null");
    QTest::newRow("fifo") << QStringLiteral("fifo");
}

// The journal is where payloads are read back from, so it must be a regular file: /dev/null
// would blank every payload, /dev/full cannot take a byte, a FIFO cannot be read back (and
// opening it would wait for a reader). Refusing also keeps create() from making a device
// that others use owner-only.
void tst_Journal::createRefusesDevicesAndPipes()
{
    QFETCH(QString, kind);
    QString path;
    int fifoReader = -1;
    if (kind == QLatin1String("fifo")) {
        path = m_dir->filePath(QStringLiteral("fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0644) == 0);
        // A reader, so that a regression fails instead of hanging in open().
        fifoReader = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(fifoReader >= 0);
    } else if (::geteuid() == 0) {
        // As root, a private node of the same device, so that a regression cannot chmod the
        // system's; others cannot chmod /dev/full or /dev/null anyway.
        path = m_dir->filePath(kind);
        const dev_t device = makedev(1, kind == QLatin1String("full") ? 7 : 3);
        if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, device) != 0)
            QSKIP("no private device node (no CAP_MKNOD); the system's devices are not risked");
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0666) == 0);
    } else {
        path = QStringLiteral("/dev/") + kind;
    }
    const mode_t before = modeOf(path);

    Journal journal;
    QString error;
    const bool created = journal.create(path, StartedAt, &error);
    if (fifoReader >= 0)
        ::close(fifoReader);
    QVERIFY(!created);
    QVERIFY(!error.trimmed().isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    QCOMPARE(QString::number(modeOf(path), 8), QString::number(before, 8));
    QVERIFY(!journal.flush());
}

void tst_Journal::eventsRoundTrip_data()
{
    QTest::addColumn<QList<QByteArray>>("payloads");
    const QByteArray all = TestPayloads::allByteValues();
    QTest::newRow("empty") << QList<QByteArray> { QByteArray() };
    QTest::newRow("one byte") << QList<QByteArray> { QByteArray(1, '\0') };
    QTest::newRow("every byte value") << QList<QByteArray> { all };
    QByteArray reversed = all;
    std::reverse(reversed.begin(), reversed.end());
    QTest::newRow("every byte value, reversed") << QList<QByteArray> { reversed };
    QTest::newRow("several, empty between") << QList<QByteArray> { QByteArrayLiteral("hi\r\n"),
        QByteArray(), all, QByteArray(), QByteArrayLiteral("bye") };
    QTest::newRow("just under the flush threshold")
        << QList<QByteArray> { pattern(Journal::FlushThreshold - 100, 1) };
    QTest::newRow("16 MB") << QList<QByteArray> { pattern(16 * 1024 * 1024, 2) };
    QTest::newRow("small, 16 MB, small")
        << QList<QByteArray> { all, pattern(16 * 1024 * 1024, 3), QByteArrayLiteral("tail") };
}

// Every payload reads back exactly, before and after flush, and the file holds each event as
// documented, at the offset appendEvent() returned.
void tst_Journal::eventsRoundTrip()
{
    QFETCH(QList<QByteArray>, payloads);
    const QString path = m_dir->filePath(QStringLiteral("events.socketlab"));
    Journal journal;
    QString error;
    QVERIFY2(journal.create(path, StartedAt, &error), qPrintable(error));

    QList<Appended> appended;
    for (int i = 0; i < payloads.size(); ++i) {
        const Appended event { Q_INT64_C(1) << (20 + i), ConnectionId(0xfedc0000u + quint32(i)),
            EventKind(1 + (i * 5) % int(EventKind::Note)), payloads.at(i), 0 };
        appended << event;
        appended.last().offset
            = journal.appendEvent(event.timeNs, event.connection, event.kind, event.payload);
        // Readable at once, wherever its bytes are now.
        QVERIFY2(
            journal.read(appended.last().offset, quint32(event.payload.size())) == event.payload,
            qPrintable(QStringLiteral("payload %1 just after appending").arg(i)));
    }
    const bool wholeInMemory = quint64(fileBytes(path).size()) == quint64(Journal::HeaderSize);
    if (wholeInMemory) // small payloads stay in memory until flush()
        QVERIFY(journal.unwrittenBytes() > 0);
    for (const Appended &event : std::as_const(appended))
        QVERIFY(journal.read(event.offset, quint32(event.payload.size())) == event.payload);

    QVERIFY2(journal.flush(), qPrintable(journal.errorString()));
    QCOMPARE(journal.unwrittenBytes(), quint64(0));
    QCOMPARE(journal.errorString(), QString());
    for (const Appended &event : std::as_const(appended)) {
        QVERIFY(journal.read(event.offset, quint32(event.payload.size())) == event.payload);
        // Parts of a payload, too: a preview, the middle, the last byte.
        const quint32 size = quint32(event.payload.size());
        QVERIFY(journal.read(event.offset, qMin(size, 64u)) == event.payload.left(64));
        if (size > 2) {
            QVERIFY(journal.read(event.offset + 1, size - 2) == event.payload.mid(1, size - 2));
            QVERIFY(journal.read(event.offset + size - 1, 1) == event.payload.right(1));
        }
    }

    const QByteArray bytes = fileBytes(path);
    const ParsedFile parsed = parseJournal(bytes);
    QVERIFY2(parsed.stopReason.isEmpty(), qPrintable(parsed.stopReason));
    QCOMPARE(parsed.end, bytes.size());
    QCOMPARE(parsed.header.startMs, StartedAt.toMSecsSinceEpoch());
    QCOMPARE(parsed.records.size(), appended.size());
    qsizetype expectedAt = Journal::HeaderSize;
    for (int i = 0; i < appended.size(); ++i) {
        const Record &record = parsed.records.at(i);
        const Appended &event = appended.at(i);
        QCOMPARE(record.fileOffset, expectedAt);
        QCOMPARE(record.type, quint8(2));
        QCOMPARE(record.timeNs, event.timeNs);
        QCOMPARE(record.connection, event.connection);
        QCOMPARE(record.kind, quint8(event.kind));
        QVERIFY(record.payload == event.payload);
        QCOMPARE(quint64(record.payloadOffset), event.offset);
        expectedAt += 8 + 14 + event.payload.size();
    }
}

// Datagrams read together are appended as one block (appendEvents): the file is byte for byte
// what one appendEvent() per datagram writes, and each offset points at its payload.
void tst_Journal::appendEventsWritesWhatAppendEventWrites()
{
    const QByteArray all = TestPayloads::allByteValues();
    const QList<QByteArray> payloads { QByteArray(), all, QByteArrayLiteral("x"), pattern(65507, 4), QByteArray(),
                                       QByteArray(64, 'u') };
    Journal one, batched;
    QString error;
    QVERIFY2(one.create(m_dir->filePath(QStringLiteral("one.socketlab")), StartedAt, &error), qPrintable(error));
    QVERIFY2(batched.create(m_dir->filePath(QStringLiteral("batched.socketlab")), StartedAt, &error),
             qPrintable(error));
    // A record before, so the batch's offsets start past the header.
    QCOMPARE(batched.appendEvent(5, 1, EventKind::Note, "first"), one.appendEvent(5, 1, EventKind::Note, "first"));
    std::vector<TrafficEvent> events(size_t(payloads.size()));
    std::vector<const char *> data(size_t(payloads.size()));
    QList<quint64> offsets;
    for (int i = 0; i < payloads.size(); ++i) {
        TrafficEvent &event = events[size_t(i)];
        event.timeNs = 1000 + i;
        event.connection = ConnectionId(7 + i % 2);
        event.kind = EventKind::Received;
        event.payloadLength = quint32(payloads.at(i).size());
        data[size_t(i)] = payloads.at(i).constData();
        offsets << one.appendEvent(event.timeNs, event.connection, event.kind, payloads.at(i));
    }
    batched.appendEvents(events.data(), data.data(), int(events.size()));
    for (int i = 0; i < payloads.size(); ++i) {
        QCOMPARE(events[size_t(i)].payloadOffset, offsets.at(i));
        QVERIFY(batched.read(offsets.at(i), quint32(payloads.at(i).size())) == payloads.at(i));   // from memory
    }
    QCOMPARE(batched.size(), one.size());
    QVERIFY(one.flush());
    QVERIFY(batched.flush());
    const QByteArray bytes = fileBytes(m_dir->filePath(QStringLiteral("batched.socketlab")));
    QVERIFY(bytes == fileBytes(m_dir->filePath(QStringLiteral("one.socketlab"))));
    const ParsedFile parsed = parseJournal(bytes);
    QVERIFY2(parsed.stopReason.isEmpty(), qPrintable(parsed.stopReason));
    QCOMPARE(parsed.records.size(), payloads.size() + 1);
}

void tst_Journal::connectionRecords()
{
    const QString path = m_dir->filePath(QStringLiteral("connections.socketlab"));
    Journal journal;
    QString error;
    QVERIFY2(journal.create(path, StartedAt, &error), qPrintable(error));

    ConnectionInfo listener;
    listener.id = 1;
    listener.role = ConnectionRole::Listener;
    listener.name = QStringLiteral("L1");
    listener.localAddress = QHostAddress(QStringLiteral("127.0.0.1"));
    listener.localPort = 4000;

    ConnectionInfo accepted;
    accepted.id = 0x01020304;
    accepted.parent = 1;
    accepted.role = ConnectionRole::Accepted;
    accepted.name = QStringLiteral("L1.1 \u00e9\u4e2d");
    accepted.localAddress = QHostAddress(QStringLiteral("::1"));
    accepted.localPort = 4000;
    accepted.peerAddress = QHostAddress(QStringLiteral("::1"));
    accepted.peerPort = 65535;
    accepted.state = ConnectionState::Closed; // not part of the identity: not stored
    accepted.bytesIn = 99;

    ConnectionInfo client; // nothing learned yet: addresses are empty strings
    client.id = 7;
    client.role = ConnectionRole::Client;
    client.name = QStringLiteral("C1");
    client.host = QStringLiteral("example.com");
    client.peerPort = 80;

    journal.appendConnection(listener);
    const quint64 eventOffset
        = journal.appendEvent(5, 1, EventKind::Listening, QByteArrayLiteral("bound"));
    journal.appendConnection(accepted);
    journal.appendConnection(client);
    QVERIFY(journal.flush());

    const ParsedFile parsed = parseJournal(fileBytes(path));
    QVERIFY2(parsed.stopReason.isEmpty(), qPrintable(parsed.stopReason));
    QCOMPARE(parsed.records.size(), 4);

    const Record &l = parsed.records.at(0);
    QCOMPARE(l.type, quint8(1));
    QCOMPARE(l.id, quint32(1));
    QCOMPARE(l.parent, quint32(0));
    QCOMPARE(l.role, quint8(ConnectionRole::Listener));
    QCOMPARE(l.role, quint8(1));
    QCOMPARE(l.localPort, quint16(4000));
    QCOMPARE(l.peerPort, quint16(0));
    QCOMPARE(l.name, QStringLiteral("L1"));
    QCOMPARE(l.host, QString());
    QCOMPARE(l.localAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(l.peerAddress, QString());

    const Record &e = parsed.records.at(1);
    QCOMPARE(e.type, quint8(2));
    QCOMPARE(e.timeNs, qint64(5));
    QCOMPARE(e.connection, quint32(1));
    QCOMPARE(e.kind, quint8(EventKind::Listening));
    QCOMPARE(e.payload, QByteArrayLiteral("bound"));
    QCOMPARE(quint64(e.payloadOffset), eventOffset);

    const Record &a = parsed.records.at(2);
    QCOMPARE(a.type, quint8(1));
    QCOMPARE(a.id, quint32(0x01020304));
    QCOMPARE(a.parent, quint32(1));
    QCOMPARE(a.role, quint8(3));
    QCOMPARE(a.localPort, quint16(4000));
    QCOMPARE(a.peerPort, quint16(65535));
    QCOMPARE(a.name, accepted.name);
    QCOMPARE(a.localAddress, QStringLiteral("::1"));
    QCOMPARE(a.peerAddress, QStringLiteral("::1"));

    const Record &c = parsed.records.at(3);
    QCOMPARE(c.role, quint8(2));
    QCOMPARE(c.id, quint32(7));
    QCOMPARE(c.host, QStringLiteral("example.com"));
    QCOMPARE(c.peerPort, quint16(80));
    QCOMPARE(c.localAddress, QString());
    QCOMPARE(c.peerAddress, QString());
    QCOMPARE(c.endpointKind, quint8(EndpointKind::Tcp));
    QCOMPARE(c.pid, qint64(-1));

    // The raw bytes of the first record, from the documentation: the body's length, its
    // CRC-32, then type 1, id, parent, role, ports, four length-prefixed strings, and (format 3)
    // the kind, two empty paths, pid, uid and gid unknown (-1), and an empty program name.
    const QByteArray body = QByteArray::fromHex("01"
                                                "01000000"
                                                "00000000"
                                                "01"
                                                "a00f"
                                                "0000"
                                                "0200"
                                                "4c31"
                                                "0000"
                                                "0900"
                                                "3132372e302e302e31"
                                                "0000"
                                                "01"
                                                "0000"
                                                "0000"
                                                "ffffffffffffffff"
                                                "ffffffffffffffff"
                                                "ffffffffffffffff"
                                                "0000");
    QByteArray record = QByteArray::fromHex("40000000"); // 64 bytes
    QCOMPARE(body.size(), 64);
    const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), 64));
    for (int i = 0; i < 4; ++i)
        record.append(char((crc >> (8 * i)) & 0xff));
    record += body;
    QCOMPARE(fileBytes(path).mid(Journal::HeaderSize, record.size()).toHex(), record.toHex());
}

void tst_Journal::readOutOfRange()
{
    const QString path = m_dir->filePath(QStringLiteral("range.socketlab"));
    Journal journal;
    QString error;
    QVERIFY2(journal.create(path, StartedAt, &error), qPrintable(error));
    const quint64 offset = journal.appendEvent(0, 1, EventKind::Sent, QByteArrayLiteral("abc"));
    const quint64 end = offset + 3;
    for (int pass = 0; pass < 2; ++pass) {
        QCOMPARE(journal.read(offset, 0), QByteArray());
        QCOMPARE(journal.read(end, 10), QByteArray());
        QCOMPARE(journal.read(end + 1000, 10), QByteArray());
        QCOMPARE(journal.read(offset + 1, 100), QByteArrayLiteral("bc")); // cut at the end
        QCOMPARE(journal.read(0, 8), Journal::Magic);
        QVERIFY(journal.flush());
    }
}

// read() from another thread while the writer appends and flushes: every payload is exact,
// whether it comes from the pending buffer, the one being written, or the file.
void tst_Journal::concurrentReadsWhileWriting()
{
    const QString path = m_dir->filePath(QStringLiteral("concurrent.socketlab"));
    Journal journal;
    QString error;
    QVERIFY2(journal.create(path, StartedAt, &error), qPrintable(error));

    constexpr int Events = 4000;
    // Offsets published by the writer after appendEvent() returned.
    std::vector<std::atomic<quint64>> offsets(Events);
    for (auto &offset : offsets)
        offset.store(0);
    std::atomic<int> published { 0 };
    std::atomic<int> badAt { -1 };
    std::atomic<bool> writerDone { false };
    const auto payloadOf = [](int i) { return pattern(1 + (i * 977) % 5000, i); };

    std::unique_ptr<QThread> reader(QThread::create([&] {
        quint32 x = 1;
        for (bool last = false; !last && badAt.load() < 0;) {
            last = writerDone.load();
            const int count = published.load(std::memory_order_acquire);
            if (count == 0)
                continue;
            x = x * 1664525u + 1013904223u;
            for (int i : { count - 1, int(x % quint32(count)) }) {
                const QByteArray expected = payloadOf(i);
                if (journal.read(offsets[size_t(i)].load(), quint32(expected.size())) != expected) {
                    badAt.store(i);
                    break;
                }
            }
        }
    }));
    reader->start();
    for (int i = 0; i < Events; ++i) {
        offsets[size_t(i)].store(journal.appendEvent(i, 1, EventKind::Received, payloadOf(i)));
        published.store(i + 1, std::memory_order_release);
        if (i % 50 == 0)
            QVERIFY(journal.flush());
    }
    writerDone.store(true);
    QVERIFY(reader->wait(60000));
    QCOMPARE(badAt.load(), -1);
    QVERIFY(journal.flush());
    const ParsedFile parsed = parseJournal(fileBytes(path));
    QVERIFY2(parsed.stopReason.isEmpty(), qPrintable(parsed.stopReason));
    QCOMPARE(parsed.records.size(), Events);
}

// A disk that fills up: flush() fails and says why; every byte stays readable, from memory or
// the file; once there is room again a flush writes the rest, in order, and the file is whole.
// (create() refuses /dev/full, see createRefusesDevicesAndPipes; a file size limit is a full
// disk that lets the first part of the session reach it.)
void tst_Journal::writeFailureLosesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("full.socketlab"));
    Journal journal;
    QString error;
    QVERIFY2(journal.create(path, StartedAt, &error), qPrintable(error));

    constexpr rlim_t Limit = 1 << 20;
    const QByteArray first = pattern(600 * 1024, 11); // fits
    const QByteArray second = pattern(600 * 1024, 12); // crosses the limit: a short write
    const QByteArray third = QByteArrayLiteral("small"); // a write that fails outright
    QList<Appended> appended;
    const auto append = [&](const QByteArray &payload) {
        const qint64 time = appended.size();
        appended << Appended { time, 2, EventKind::Received, payload,
            journal.appendEvent(time, 2, EventKind::Received, payload) };
    };
    const auto allReadable = [&] {
        for (const Appended &event : std::as_const(appended)) {
            if (journal.read(event.offset, quint32(event.payload.size())) != event.payload)
                return false;
        }
        return true;
    };

    {
        FileSizeLimit limit(Limit);
        QVERIFY(limit.ok());

        append(first);
        QVERIFY2(journal.flush(), qPrintable(journal.errorString()));
        QCOMPARE(journal.errorString(), QString());

        append(second);
        QVERIFY(!journal.flush());
        const QString reason = journal.errorString();
        QVERIFY(!reason.trimmed().isEmpty());
        QVERIFY2(reason.contains(path), qPrintable(reason));
        QVERIFY2(!reason.contains(QLatin1Char('\n')), qPrintable(reason));
        QCOMPARE(fileBytes(path).size(), qsizetype(Limit)); // as much as would fit
        QVERIFY(journal.unwrittenBytes() > 0);
        QVERIFY2(allReadable(), "after a short write");

        append(third);
        QVERIFY(!journal.flush());
        QVERIFY(!journal.errorString().isEmpty());
        QCOMPARE(fileBytes(path).size(), qsizetype(Limit));
        QVERIFY2(allReadable(), "after a failed write");
        QVERIFY(!journal.flush()); // still no room: still an error, still nothing lost
        QVERIFY2(allReadable(), "after a second failed write");
    }

    // Room again.
    QVERIFY2(journal.flush(), qPrintable(journal.errorString()));
    QCOMPARE(journal.errorString(), QString());
    QCOMPARE(journal.unwrittenBytes(), quint64(0));
    QVERIFY2(allReadable(), "after the recovering flush");

    const QByteArray bytes = fileBytes(path);
    const ParsedFile parsed = parseJournal(bytes);
    QVERIFY2(parsed.stopReason.isEmpty(), qPrintable(parsed.stopReason));
    QCOMPARE(parsed.end, bytes.size());
    QCOMPARE(parsed.records.size(), appended.size());
    for (int i = 0; i < appended.size(); ++i) {
        QCOMPARE(parsed.records.at(i).timeNs, appended.at(i).timeNs);
        QVERIFY(parsed.records.at(i).payload == appended.at(i).payload);
        QCOMPARE(quint64(parsed.records.at(i).payloadOffset), appended.at(i).offset);
    }
}

// The disk is exactly full when a few small events arrive: each flush fails outright, and the
// events stay readable from memory until one succeeds.
void tst_Journal::smallWriteToFullDiskLosesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("exactly-full.socketlab"));
    Journal journal;
    QString error;
    QVERIFY2(journal.create(path, StartedAt, &error), qPrintable(error));

    constexpr rlim_t Limit = 1 << 20;
    const int recordOverhead = Journal::RecordHeaderSize + Journal::EventFieldsSize;
    const QByteArray filler = pattern(qsizetype(Limit) - Journal::HeaderSize - recordOverhead, 21);
    QList<Appended> small;
    {
        FileSizeLimit limit(Limit);
        QVERIFY(limit.ok());
        journal.appendEvent(0, 1, EventKind::Received, filler);
        QVERIFY2(journal.flush(), qPrintable(journal.errorString()));
        QCOMPARE(fileBytes(path).size(), qsizetype(Limit));

        for (int i = 0; i < 3; ++i) {
            const QByteArray payload = QByteArrayLiteral("event ") + QByteArray::number(i);
            small << Appended { i + 1, 1, EventKind::Sent, payload,
                journal.appendEvent(i + 1, 1, EventKind::Sent, payload) };
            QVERIFY(!journal.flush());
            QVERIFY2(journal.errorString().contains(path), qPrintable(journal.errorString()));
            for (const Appended &event : std::as_const(small))
                QCOMPARE(journal.read(event.offset, quint32(event.payload.size())), event.payload);
            QCOMPARE(journal.unwrittenBytes(),
                quint64(small.size() * recordOverhead + (small.size() * 7)));
            QCOMPARE(fileBytes(path).size(), qsizetype(Limit));
        }
    }
    QVERIFY2(journal.flush(), qPrintable(journal.errorString()));
    const ParsedFile parsed = parseJournal(fileBytes(path));
    QVERIFY2(parsed.stopReason.isEmpty(), qPrintable(parsed.stopReason));
    QCOMPARE(parsed.records.size(), 1 + small.size());
    for (int i = 0; i < small.size(); ++i) {
        QCOMPARE(parsed.records.at(i + 1).payload, small.at(i).payload);
        QCOMPARE(journal.read(small.at(i).offset, 7), small.at(i).payload);
    }
}

void tst_Journal::openReadOnly()
{
    const QString path = m_dir->filePath(QStringLiteral("reopen.socketlab"));
    const QByteArray all = TestPayloads::allByteValues();
    quint64 offset = 0;
    {
        Journal journal;
        QString error;
        QVERIFY2(journal.create(path, StartedAt, &error), qPrintable(error));
        offset = journal.appendEvent(1, 1, EventKind::Sent, all);
        // Not flushed: the destructor hands the rest to the file.
    }
    Journal reopened;
    QString error;
    QVERIFY2(reopened.openReadOnly(path, &error), qPrintable(error));
    QCOMPARE(reopened.read(offset, 256), all);
    QCOMPARE(reopened.read(0, 8), Journal::Magic);

    Journal missing;
    QVERIFY(!missing.openReadOnly(m_dir->filePath(QStringLiteral("nope.socketlab")), &error));
    QVERIFY(error.contains(QStringLiteral("nope.socketlab")));
}

QTEST_GUILESS_MAIN(tst_Journal)

#include "tst_journal.moc"
