// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>

class Transport;

// The rest of a send the user asked to repeat: the same bytes, one at a time, on a timer, so the
// event loop (and the other sockets) keep running. It only says when the next one is due; the
// endpoint host sends it, so repeats are recorded and gated like any other send.
class RepeatedSend : public QObject
{
    Q_OBJECT

public:
    // A repeat waits while more than this is queued for the kernel: the peer's window is closed,
    // and queueing more would only hide that (the log's Sent would run ahead of the wire) ...
    static constexpr qint64 MaxQueuedBytes = 256 * 1024;
    // ... and goes on once the queue is down to this: the kernel is taking bytes again, not
    // merely a few more as its buffers grow.
    static constexpr qint64 ResumeQueuedBytes = MaxQueuedBytes / 4;
    static constexpr int BlockedPollMs = 20;

    // mustWait: nothing more may be sent for now (the journal cannot be written).
    RepeatedSend(Transport *transport, const QByteArray &bytes, int count, int intervalMs,
                 std::function<bool()> mustWait);

    void start();
    // A tick already due does not send once more.
    void stop();

Q_SIGNALS:
    void due(const QByteArray &bytes);
    void blocked(qint64 queuedBytes);   // once, when the kernel stops taking bytes
    void resumed();                     // once, when it takes them again
    void finished();

private:
    void tick();

    Transport *m_transport;
    QByteArray m_bytes;
    int m_remaining;
    int m_intervalMs;
    std::function<bool()> m_mustWait;
    bool m_blocked = false;
    QTimer m_timer;
};
