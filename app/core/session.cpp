// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include <QDir>
#include <QStandardPaths>

Session::Session(std::unique_ptr<SessionClock> clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_log(m_journal)
{
}

Session::~Session()
{
    m_journal.flush();
}

bool Session::startRecording(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    return m_journal.create(path, m_clock->startedAt(), error);
}

QString Session::defaultJournalPath(const QDateTime &startedAt)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/sessions");
    return dir + startedAt.toLocalTime().toString(QStringLiteral("/yyyy-MM-dd_HH-mm-ss-zzz"))
        + QStringLiteral(".socketlab");
}

void Session::setIdentity(const ConnectionInfo &identity)
{
    m_journal.appendConnection(identity);
    m_connections.setIdentity(identity);
}

qint64 Session::record(ConnectionId connection, EventKind kind, const QByteArray &payload)
{
    TrafficEvent event;
    event.timeNs = m_clock->nowNs();
    event.connection = connection;
    event.kind = kind;
    event.payloadLength = quint32(payload.size());
    event.payloadOffset = m_journal.appendEvent(event.timeNs, connection, kind, payload);
    // The table first: a reader woken by the log then finds the counters already updated.
    m_connections.apply(event, isData(kind) ? QString() : QString::fromUtf8(payload));
    return m_log.append(event);
}

qint64 Session::recordText(ConnectionId connection, EventKind kind, const QString &detail)
{
    return record(connection, kind, detail.toUtf8());
}

bool Session::flush()
{
    return m_journal.flush();
}
