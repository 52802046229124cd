// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectiontable.h"
#include "journal.h"
#include "sessionclock.h"
#include "trafficlog.h"

#include <QObject>

#include <memory>

// One recorded session: its clock, the journal on disk, the event log and the connection
// table. Everything that happens reaches these four through record() and setIdentity(), on
// the one writer thread; views on any thread read the log and the table.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(std::unique_ptr<SessionClock> clock, QObject *parent = nullptr);
    ~Session() override;

    // Starts the journal at path; before this succeeds nothing can be recorded.
    bool startRecording(const QString &path, QString *error);
    // The default place for a new session's journal, under the user's data directory.
    static QString defaultJournalPath(const QDateTime &startedAt);

    const TrafficLog &log() const { return m_log; }
    const ConnectionTable &connections() const { return m_connections; }
    ConnectionTable &connections() { return m_connections; }
    const SessionClock &clock() const { return *m_clock; }
    const Journal &journal() const { return m_journal; }
    QString journalPath() const { return m_journal.path(); }

    // Writer thread only.
    void setIdentity(const ConnectionInfo &identity);
    qint64 record(ConnectionId connection, EventKind kind, const QByteArray &payload = {});
    qint64 recordText(ConnectionId connection, EventKind kind, const QString &detail);
    bool flush();
    quint64 unflushedBytes() const { return m_journal.bufferedBytes(); }

private:
    std::unique_ptr<SessionClock> m_clock;
    Journal m_journal;
    TrafficLog m_log;
    ConnectionTable m_connections;
};
