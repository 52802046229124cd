// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturedpacket.h"
#include "connectioninfo.h"
#include "exportformat.h"
#include "trafficevent.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;
class Session;
class TrafficLog;
class WireLog;

// One export in progress, shared by every format: the events it covers, frozen at its start
// ([0, count) of a log that may still grow), the identities of their connections, the device
// it streams to, the captured packets, its progress, and the first thing that went wrong.
//
// Any thread: it reads the session only through the log (lock-free below count) and copies of
// the connection table.
class ExportRun
{
public:
    // A multiple of 16 (hexdump lines) and of 3 (base64 groups): slices of a payload format to
    // the same text as the whole payload would.
    static constexpr quint32 SliceBytes = 48 * 1024;

    ExportRun(const Session &session, QIODevice &out, const ExportProgress &progress);

    // Input.
    qint64 count() const { return m_count; }
    TrafficEvent event(qint64 index) const;
    // The identity as the table knows it now, or nullptr when the log names an id it never
    // described (a damaged journal).
    const ConnectionInfo *connection(ConnectionId id) const;
    QString connectionName(ConnectionId id) const; // "#7" for an unknown id
    // The ids of the connections that have at least one event in range, ascending.
    QList<ConnectionId> connectionsInRange() const;
    QDateTime startedAt() const { return m_startedAt; }
    // The captured packets (the wire), frozen at the start like the events: [0, wireCount).
    qint64 wireCount() const { return m_wireCount; }
    WirePacket wirePacket(qint64 index) const;

    // Bytes [from, from + length) of a data event's payload. False (and failed()) when the
    // journal gives back fewer: an export must never quietly write other bytes than recorded.
    bool readPayload(const TrafficEvent &event, quint64 from, quint32 length, QByteArray *bytes);
    // The detail text of a non-data event.
    QString detailText(const TrafficEvent &event) const;

    // Times: "1.204577" seconds since the start, with the given number of decimals (truncated,
    // as the event happened no later than that); the wall clock as ISO 8601 UTC with
    // microseconds, "2024-05-01T12:00:01.204577Z"; microseconds since the Unix epoch.
    static QString secondsText(qint64 ns, int decimals);
    QString wallClockText(qint64 ns) const;
    qint64 wallClockUs(qint64 ns) const;

    // Output. False once anything failed; later writes are ignored.
    bool write(const QByteArray &bytes);
    bool write(const QString &text) { return write(text.toUtf8()); }

    // Reports progress; false (and failed()) when the callback cancels or something failed.
    bool advance(qint64 done);

    void fail(const QString &reason);
    bool failed() const { return !m_error.isEmpty(); }
    bool cancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }
    // A line for the user about what the export could not carry (not a failure).
    void addNote(const QString &note) { m_notes << note; }
    QStringList notes() const { return m_notes; }

private:
    const TrafficLog &m_log;
    const WireLog &m_wire;
    QIODevice &m_out;
    ExportProgress m_progress;
    qint64 m_count = 0;
    qint64 m_wireCount = 0;
    QDateTime m_startedAt;
    QHash<ConnectionId, ConnectionInfo> m_connections;
    bool m_cancelled = false;
    QString m_error;
    QStringList m_notes;
};
