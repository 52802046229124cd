// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectiontable.h"
#include "journal.h"
#include "sessionclock.h"
#include "trafficlog.h"
#include "wirelog.h"

#include <QAtomicInteger>
#include <QLockFile>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

// One session: its clock, the journal on disk, the event log and the connection table.
//
// A live session is recording: everything that happens reaches these four through record()
// and setIdentity(), on the one writer thread (the network thread); views on any thread read
// the log and the table. A reopened session is read-only: a SessionLoader replays its journal
// into the same log and table, so every view works the same on both.
//
// While recording, a JournalWriter thread hands the journal to the kernel, so a slow disk never
// holds up the writer thread. While recording, a lock file (journal path + ".lock") marks the session as in use; one left
// behind by a process that is gone marks an interrupted session, which can be recovered.
class JournalWriter;

class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(std::unique_ptr<SessionClock> clock, QObject *parent = nullptr);
    ~Session() override;   // a recording session writes its end record

    // Who named the journal's file: a file SocketLab named is removed at the end when nothing
    // happened in the session; one the user named is always left where they asked for it.
    enum class PathChoice { ByUser, BySocketLab };
    // Starts the journal at path; before this succeeds nothing can be recorded. Refuses a path
    // that a live session (in any process) is recording to, and whatever Journal::create refuses
    // (an existing session, a file that is not one, a symbolic link).
    bool startRecording(const QString &path, QString *error, PathChoice choice = PathChoice::ByUser,
                        Journal::Existing existing = Journal::Existing::Refuse);
    // Opens a journal to be replayed by a SessionLoader; the session is then read-only.
    bool openForReading(const QString &path, const QDateTime &startedAt, QString *error);
    bool isReadOnly() const { return m_readOnly; }

    // ~/.local/share/SocketLab/sessions: the application's name once (sessions of versions
    // before 0.2 are in legacySessionsDirectory(), .../SocketLab/SocketLab/sessions).
    static QString sessionsDirectory();
    static QString legacySessionsDirectory();
    // The default place for a new session's journal, under the user's data directory.
    static QString defaultJournalPath(const QDateTime &startedAt);
    // Journals in directory whose recording process died without closing them. One that holds
    // no event has nothing to recover: it is removed, with a line on the log, and not listed.
    static QStringList interruptedSessions(const QString &directory);
    // The same in sessionsDirectory() and legacySessionsDirectory().
    static QStringList interruptedSessions();
    // Forgets that path was interrupted (removes its stale lock), after recovery or discard.
    static void releaseInterrupted(const QString &path);

    const TrafficLog &log() const { return m_log; }
    const WireLog &wire() const { return m_wire; }
    WireLog &wire() { return m_wire; }
    const ConnectionTable &connections() const { return m_connections; }
    ConnectionTable &connections() { return m_connections; }
    const SessionClock &clock() const { return *m_clock; }
    SessionClock &clock() { return *m_clock; }
    const Journal &journal() const { return m_journal; }
    QString journalPath() const { return m_journal.path(); }

    // Writer thread only.
    void setIdentity(const ConnectionInfo &identity);
    // An error (error, listen-failed) always has an error code: Other when none is given.
    qint64 record(ConnectionId connection, EventKind kind, const QByteArray &payload = {},
                  EventFacts facts = {});
    qint64 recordText(ConnectionId connection, EventKind kind, const QString &detail,
                      const EventFacts &facts = {});
    // Bytes read together (the datagrams of one recvmmsg()), each one Received event exactly
    // as record() makes it, in order; the journal, the table and the log are each taken once
    // for all of them. Each payload is at most 64 KiB.
    struct Received
    {
        ConnectionId connection;
        const char *bytes;
        qsizetype size;
    };
    static constexpr int MaxReceivedAtOnce = 64;
    void recordReceived(const Received *received, int count);
    // A captured packet of one of this session's sockets (the wire), at timeNs session time (its
    // capture time on the session's clock).
    void recordPacket(qint64 timeNs, ConnectionId connection, WireDirection direction, const CapturedPacket &packet);
    void recordCaptureStatistics(const CaptureStatistics &statistics);

    // Any thread. flush() writes what is recorded now and returns when it is in the file (or
    // the file refused it); it waits for a write the journal writer has under way.
    bool flush();
    quint64 unwrittenBytes() const { return m_journal.unwrittenBytes(); }
    // Moves the recording to a new file (a full disk): see Journal::moveTo. Writer thread only.
    bool moveRecording(const QString &path, QString *error);
    // Why the journal cannot be written now, empty while it can (EndpointHost sets it on the
    // network thread; any thread reads it). recordingProblemChanged() announces each change.
    QString recordingProblem() const;
    void setRecordingProblem(const QString &problem);
    // Whether the network thread reads nothing until the journal catches up (EndpointHost).
    bool isReadingHeld() const { return m_readingHeld.loadRelaxed(); }
    void setReadingHeld(bool held) { m_readingHeld.storeRelaxed(held); }

    // Loader thread only, read-only sessions: what the journal holds, as it was recorded.
    void replayIdentity(const ConnectionInfo &identity);
    void replayEvent(const TrafficEvent &event);
    void replayPacket(const WirePacket &packet);
    // Once replayed: how much of the file is valid records (a damaged tail is left out of a copy)
    // and whether it ends with an end record. Any thread reads them.
    void setReplayed(quint64 validBytes, bool closedCleanly);
    quint64 replayedValidBytes() const { return m_replayedValidBytes.load(); }
    bool replayedClosedCleanly() const { return m_replayedClosedCleanly.load(); }

Q_SIGNALS:
    // The journal file holds everything before size. Emitted on the journal writer's thread:
    // receivers connect with a context object on their own thread.
    void journalWritten(quint64 size);
    // The journal file refused bytes; emitted on the journal writer's thread, like the above.
    void journalFailed();
    // Emitted on the thread that changed it (the network thread).
    void recordingProblemChanged(const QString &problem);

private:
    std::unique_ptr<SessionClock> m_clock;
    Journal m_journal;
    TrafficLog m_log;
    WireLog m_wire;
    ConnectionTable m_connections;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<JournalWriter> m_writer;   // while recording
    bool m_readOnly = false;
    PathChoice m_pathChoice = PathChoice::ByUser;
    mutable QMutex m_problemMutex;   // guards m_recordingProblem
    QString m_recordingProblem;
    QAtomicInteger<bool> m_readingHeld = false;
    std::atomic<quint64> m_replayedValidBytes = 0;
    std::atomic<bool> m_replayedClosedCleanly = false;
};
