// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"
#include "journal.h"

#include <QDateTime>
#include <QFile>

// Reads a journal (the format is described in journal.h) record by record, from the start,
// without keeping payloads: each record's checksum is verified while it streams by, and an
// event record yields where its payload lies in the file.
//
// A facts record is not a record of its own here: next() puts its facts into the event before
// it. Events of format 1 files, which have none, get the facts their English detail texts
// imply (what SocketLab 1 wrote; a best effort for older sessions).
//
// Untrusted input: every length is checked against the file before it is used, so a damaged
// or hostile file gives a clear problem() and never a crash, a hang or a huge allocation.
class JournalReader
{
public:
    struct Record
    {
        Journal::RecordType type = Journal::EventRecord;
        quint64 offset = 0;          // where the record starts in the file
        TrafficEvent event;          // EventRecord
        ConnectionInfo identity;     // ConnectionRecord
        qint64 endNs = 0;            // EndRecord
        WirePacket packet;           // PacketRecord
        CaptureStatistics statistics;   // CaptureStatisticsRecord
    };
    enum class Result {
        Record,    // *record holds the next record
        End,       // the file ends after a complete record
        Damaged,   // problem() says what is wrong and where; records before it are good
    };

    bool open(const QString &path, QString *error);

    QDateTime startedAt() const { return m_startedAt; }
    qint64 fileSize() const { return m_fileSize; }
    quint64 position() const { return m_position; }   // end of the last good record

    Result next(Record *record);
    QString problem() const { return m_problem; }

private:
    Result readRecord(Record *record, bool *skipped);
    bool nextIsFacts();
    Result damaged(const QString &what);
    bool parseConnection(const QByteArray &body, ConnectionInfo *identity) const;
    static bool parsePacket(const QByteArray &body, WirePacket *packet);
    static bool parseStatistics(const QByteArray &body, CaptureStatistics *statistics);
    static bool parseEndpointFields(const QByteArray &body, qsizetype at, ConnectionInfo *identity);

    static constexpr qint64 ReadSlice = 1 << 20;

    QFile m_file;
    QDateTime m_startedAt;
    qint64 m_fileSize = 0;
    quint16 m_version = 0;   // the file's format version: what it may hold
    quint64 m_position = 0;
    EventFacts m_facts;   // of the last facts record read
    QString m_problem;
};
