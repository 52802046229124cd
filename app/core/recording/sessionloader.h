// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QThread;
class Session;

// Reopens a session file: checks its header at once, then replays its records into a read-only
// Session on a worker thread, so the first rows show while a large file is still being read
// and nothing is held in memory but the fixed-size events.
//
// A file that ends in a damaged or incomplete record (a crash, a kill, a copy cut short) loads
// everything before it; finished() then reports what was wrong and where.
class SessionLoader : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool complete = false;       // every record was read and valid
        bool closedCleanly = false;  // the journal has its end record
        QString problem;             // why reading stopped early, when it did
        qint64 events = 0;
        quint64 goodBytes = 0;       // the valid prefix of the file
    };

    explicit SessionLoader(QObject *parent = nullptr);
    ~SessionLoader() override;   // cancels and waits for the worker

    // Opens path into session (which must be new). Returns false with a reason when the file
    // cannot be a session at all (missing, a directory, wrong signature, a newer format).
    bool start(Session &session, const QString &path, QString *error);
    // The same, synchronously on the caller's thread (command line conversions, tests).
    static bool load(Session &session, const QString &path, Outcome *outcome, QString *error);

    bool isRunning() const;
    void cancel();
    Outcome outcome() const { return m_outcome; }

Q_SIGNALS:
    void finished(const SessionLoader::Outcome &outcome);

private:
    static Outcome replay(class JournalReader &reader, Session &session, const std::atomic<bool> &cancelled);

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    Outcome m_outcome;
};
