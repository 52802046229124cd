// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

class Journal;
class QThread;

// Hands a journal's appended bytes to the kernel on a thread of its own. A write() can block
// for a long time when the page cache's dirty limit is reached (131-224 ms were measured, see
// docs/performance.md); on the network thread that held up every socket and every command.
//
// It writes every FlushIntervalMs, and at once when woken (a megabyte pending, an echo
// waiting). The network thread does not wait for it: it reads more slowly while the journal is
// behind by more than HighWater bytes, until the writer is back under LowWater (EndpointHost),
// so memory stays bounded and TCP flow control slows the sender.
class JournalWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMs = 100;   // the format promises <= 200 ms
    // While the file refuses bytes (a full disk), a retry every half second notices that space
    // has returned without costing anything the rest of the time.
    static constexpr int RetryIntervalMs = 500;
    // Behind by HighWater, reading stops until LowWater: a few write() stalls of slack, and a
    // bound on memory (the unwritten bytes, and the capacity of two buffers that hold them).
    static constexpr quint64 HighWater = quint64(16) << 20;
    static constexpr quint64 LowWater = quint64(4) << 20;

    explicit JournalWriter(Journal &journal, QObject *parent = nullptr);
    ~JournalWriter() override;   // stops the thread; what is left is the owner's to flush

    void wake();   // any thread: write now rather than at the next interval

Q_SIGNALS:
    // The file now holds everything before size. Emitted on the writer's thread.
    void written(quint64 size);
    // The file refused bytes (Journal::errorString() says why); they stay in memory and are
    // retried every RetryIntervalMs. Emitted on the writer's thread, after every failed attempt.
    void failed();

private:
    void run();

    Journal &m_journal;
    QThread *m_thread = nullptr;
    QMutex m_mutex;   // guards the two flags
    QWaitCondition m_wakeUp;
    bool m_woken = false;
    bool m_stopping = false;
};
