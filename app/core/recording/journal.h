// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blockqueue.h"
#include "capturedpacket.h"
#include "trafficevent.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QString>

#include <atomic>

struct ConnectionInfo;

// The on-disk journal of a session (.socketlab), written while the session runs, so that a
// saved session and one recovered after a crash are the same file. docs/session-format.md
// describes it for other programs; in short (all integers little-endian):
//
//   file header, 32 bytes:
//     0   8  magic 89 53 4C 42 0D 0A 1A 0A   ("\x89SLB\r\n\x1a\n": catches text-mode damage)
//     8   2  format version (4; 1 to 3 are read too)
//     10  2  header size (32)
//     12  4  flags (0)
//     16  8  session start, wall clock, milliseconds since the Unix epoch (UTC)
//     24  8  reserved (0)
//   then records, each:
//     0   4  body length N (1 ... MaxRecordBody)
//     4   4  CRC-32 (zlib) of the body
//     8   N  body: 1 byte record type, then the fields of that type
//
//   type 1, connection (identity; a later record for the same id replaces an earlier one):
//     u32 id, u32 parent id (0 = none), u8 role, u16 local port, u16 peer port,
//     then four strings, each u16 byte length + UTF-8: name, host as typed, local address,
//     peer address; since version 3 (a version 1 or 2 record ends here: TCP, no paths):
//     u8 endpoint kind (1 tcp, 2 unix), local path, peer path (strings: a file path, "@name",
//     or empty for an unnamed end), i64 peer pid (-1 unknown), i64 peer uid, i64 peer gid,
//     peer program (string, /proc/PID/comm)
//   type 2, event:
//     i64 time in ns since session start, u32 connection id, u8 event kind,
//     then the payload: the rest of the body (data bytes, or UTF-8 detail text)
//   type 3, end: i64 time in ns since session start. Written when the session closes
//     cleanly; a journal without it was interrupted (a crash, kill -9, power loss).
//   type 4, facts (since format 2): u8 error code, u8 close kind, u8 close side; the
//     machine-readable facts of the event record just before it (eventfacts.h). Written only
//     for events that have some; an event without one has none (and every event of format 1).
//   type 5, packet (since format 5): i64 session time ns, i64 capture time (ns since the Unix
//     epoch), u32 connection id, u8 direction (1 in, 2 out), u16 pcap link type, u32 length on
//     the wire, then the captured frame (the rest of the body)
//   type 6, capture statistics (since format 5): u64 packets dumpcap received, u64 dropped
//     (kernel and dumpcap), u64 recorded (SocketLab's own); the last one counts
//
// Readers skip records of types they do not know (a later version may add some), but refuse
// a file whose format version is newer than theirs.
// A reader stops at the first record that is incomplete or fails its checksum: that is where
// a killed process stopped writing.
//
// Threads: one thread appends (the network thread); flush() hands the appended bytes to the
// kernel and may be called from any thread (a JournalWriter does it on its own thread, at least
// every 200 ms); read() may be called from any thread and serves bytes from memory or the file,
// wherever they are.
class Journal
{
public:
    // 2: facts records (type 4). 3: the connection record says each end's kind, Unix path and
    // peer credentials. 4: UDP sockets (endpoint kind 3), their peer rows (roles 4 and 5) and the
    // datagram events (kinds 19 and 20). 5: packet and capture-statistics records (the wire).
    static constexpr quint16 FormatVersion = 5;
    static constexpr quint16 PacketsSinceVersion = 5;   // the first format with packet records
    static constexpr quint16 FactsSinceVersion = 2;   // the first format with facts records
    static constexpr quint16 UdpSinceVersion = 4;     // the first format with UDP rows and events
    static constexpr int HeaderSize = 32;
    static constexpr int RecordHeaderSize = 8;
    static constexpr int EventFieldsSize = 1 + 8 + 4 + 1;   // type, time, connection, kind
    static constexpr quint32 MaxRecordBody = 1u << 30;
    static constexpr int FlushThreshold = 1 << 20;          // write early past this many bytes
    static constexpr int SharedPayloadSize = 4096;          // payloads from here on are not copied
    static const QByteArray Magic;

    enum RecordType : quint8 { ConnectionRecord = 1, EventRecord = 2, EndRecord = 3, FactsRecord = 4,
                               PacketRecord = 5, CaptureStatisticsRecord = 6 };
    static constexpr int PacketFieldsSize = 1 + 8 + 8 + 4 + 1 + 2 + 4;
    static constexpr int CaptureStatisticsBodySize = 1 + 3 * 8;
    static constexpr int FactsBodySize = 1 + 3;   // type, error, close kind, close side

    Journal() = default;
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    // What is at a path the user wants to record to (see create()).
    enum class Destination {
        Free,         // nothing there, or an empty file
        Session,      // a recorded session: never recorded over
        NotASession,  // a file with other contents: recording would replace them
        SymbolicLink, // recording would write wherever it points
        NotAFile,     // a directory, a device, a pipe: never recorded to
    };
    static Destination destination(const QString &path, QString *reason);
    // Whether create() may replace a file that is not a session, or a symbolic link (which is
    // then replaced itself; what it points to is left alone), after the user said so.
    enum class Existing { Refuse, Replace };

    // Creates the file, readable by the owner only: sessions can hold secrets. Records into an
    // empty file or a new one; refuses a session (its records would be lost), anything but a
    // regular file (a device, a pipe: the journal is read back) and, unless existing says
    // Replace, a file that is not a session and a symbolic link.
    bool create(const QString &path, const QDateTime &startedAt, QString *error,
                Existing existing = Existing::Refuse);
    // For a full disk: copies the file as written so far to path (which must not exist), then
    // goes on there; the old file is removed. Payload offsets stay valid: the new file holds the
    // same bytes. Appending thread only.
    bool moveTo(const QString &path, QString *error);
    // Closes and removes the file (a session in which nothing happened). Appending thread only.
    void remove();
    // Opens an existing journal read-only; records are then read by a JournalReader.
    bool openReadOnly(const QString &path, QString *error);

    // Appending side: one thread. Returns the offset of the payload in the file.
    quint64 appendEvent(qint64 timeNs, ConnectionId connection, EventKind kind,
                        const QByteArray &payload);
    // The records appendEvent() would append for each event (its time, connection, kind and
    // payloadLength, its payload at payloads[i]), the same bytes, in one block under one lock:
    // sets each event's payloadOffset. For many small events read together (UDP datagrams).
    void appendEvents(TrafficEvent *events, const char *const *payloads, int count);
    // The facts of the event appended just before (call it only when they are not empty).
    void appendFacts(const EventFacts &facts);
    void appendConnection(const ConnectionInfo &info);
    void appendPacket(const WirePacket &packet);
    void appendCaptureStatistics(const CaptureStatistics &statistics);
    void appendEnd(qint64 timeNs);
    static QByteArray endRecord(qint64 timeNs);   // a complete end record, header included
    // Any thread; concurrent calls take turns. False when the file refused bytes (they stay in
    // memory, readable, and the next flush retries them).
    bool flush();
    quint64 unwrittenBytes() const;   // appended, not yet handed to the kernel
    quint64 writtenSize() const;      // bytes in the file: everything before this offset

    // Any thread.
    QByteArray read(quint64 offset, quint32 length) const;
    // The same into `bytes`, reusing its allocation: for callers that read event after event.
    void read(quint64 offset, quint32 length, QByteArray &bytes) const;
    quint64 size() const;   // every byte appended so far, in the file or not; a record boundary
    QString path() const;   // any thread: moveTo() changes it
    QString errorString() const;

private:
    void appendRecord(const QByteArray &body);
    void appendBlock(const QByteArray &block);
    static QByteArray record(const QByteArray &body);

    QString m_path;   // changed under m_bufferMutex too, for path()
    QFile m_writeFile;
    mutable QFile m_readFile;
    mutable QMutex m_readFileMutex;   // guards m_readFile (seek + read is not thread-safe) and
    // the window: a copy of the file from m_readWindowOffset, for reads of at most ReadWindow
    // bytes (see read()).
    static constexpr qint64 ReadWindow = 16 * 1024;
    mutable QByteArray m_readWindow;
    mutable quint64 m_readWindowOffset = 0;

    // Everything before m_flushedSize is in the file; then m_writing (being written by flush())
    // then m_pending, one block per record. m_bufferMutex guards the three and is only ever held
    // for list operations and small copies: the GUI thread takes it to read the newest previews.
    // m_flushMutex lets one flush() at a time own m_writing and the file.
    QMutex m_flushMutex;
    mutable QMutex m_bufferMutex;
    // Changed under m_bufferMutex; atomic so that a read wholly below it (a search through an
    // old log) can skip that lock.
    std::atomic<quint64> m_flushedSize = 0;
    BlockQueue m_writing;
    BlockQueue m_pending;
    QString m_error;
};
