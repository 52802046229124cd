// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"
#include "session.h"

#include <QCryptographicHash>
#include <QList>
#include <QMetaType>
#include <QTest>

Q_DECLARE_METATYPE(EventKind)

// Names, not numbers, in QCOMPARE's messages.
inline char *toString(const EventKind &kind)
{
    return qstrdup(qPrintable(eventKindName(kind)));
}

inline char *toString(const ConnectionState &state)
{
    return qstrdup(qPrintable(connectionStateName(state)));
}

// What a Session recorded about one connection, read the way any view reads it: from the log,
// the journal's payload bytes and the connection table. Safe while the network thread records;
// each call sees the events published so far.
class SessionReader
{
public:
    explicit SessionReader(const Session &session)
        : m_session(session)
    {
    }

    QList<TrafficEvent> events(ConnectionId id) const
    {
        QList<TrafficEvent> result;
        const TrafficLog &log = m_session.log();
        const qint64 total = log.count();
        for (qint64 i = 0; i < total; ++i) {
            if (log.event(i).connection == id)
                result << log.event(i);
        }
        return result;
    }

    QList<EventKind> kinds(ConnectionId id) const
    {
        QList<EventKind> result;
        for (const TrafficEvent &event : events(id))
            result << event.kind;
        return result;
    }

    int count(ConnectionId id, EventKind kind) const { return int(kinds(id).count(kind)); }
    bool has(ConnectionId id, EventKind kind) const { return count(id, kind) > 0; }

    QList<QByteArray> payloads(ConnectionId id, EventKind kind) const
    {
        QList<QByteArray> result;
        for (const TrafficEvent &event : events(id)) {
            if (event.kind == kind)
                result << m_session.log().payload(event);
        }
        return result;
    }

    // The payloads of every such event, concatenated: for Received and Sent, the byte stream.
    QByteArray stream(ConnectionId id, EventKind kind) const
    {
        QByteArray result;
        for (const QByteArray &payload : payloads(id, kind))
            result += payload;
        return result;
    }

    // The SHA-256 (hex) of that byte stream and its length, read a payload at a time: for floods
    // too large to hold. Fails the current test if a payload is shorter than its event says.
    QByteArray streamSha256(ConnectionId id, EventKind kind, qint64 *bytes) const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        *bytes = 0;
        for (const TrafficEvent &event : events(id)) {
            if (event.kind != kind)
                continue;
            const QByteArray payload = m_session.log().payload(event);
            if (payload.size() != qsizetype(event.payloadLength)) {
                QTest::qFail("a payload read back shorter than its event", __FILE__, __LINE__);
                return {};
            }
            hash.addData(payload);
            *bytes += payload.size();
        }
        return hash.result().toHex();
    }

    // The detail text of the last such event, or an empty string.
    QString detail(ConnectionId id, EventKind kind) const
    {
        const QList<QByteArray> all = payloads(id, kind);
        return all.isEmpty() ? QString() : QString::fromUtf8(all.constLast());
    }

    ConnectionInfo info(ConnectionId id) const
    {
        return m_session.connections().find(id).value_or(ConnectionInfo());
    }

    QList<ConnectionInfo> children(ConnectionId listener) const
    {
        QList<ConnectionInfo> result;
        for (const ConnectionInfo &connection : m_session.connections().snapshot()) {
            if (connection.parent == listener)
                result << connection;
        }
        return result;
    }

    // Sums over the log, to hold against the table's counters.
    struct Totals
    {
        quint64 bytesIn = 0;
        quint64 bytesOut = 0;
        quint64 chunksIn = 0;
        quint64 chunksOut = 0;
    };
    Totals totals(ConnectionId id) const
    {
        Totals result;
        for (const TrafficEvent &event : events(id)) {
            if (event.kind == EventKind::Received) {
                result.bytesIn += event.payloadLength;
                ++result.chunksIn;
            } else if (event.kind == EventKind::Sent) {
                result.bytesOut += event.payloadLength;
                ++result.chunksOut;
            }
        }
        return result;
    }

private:
    const Session &m_session;
};
