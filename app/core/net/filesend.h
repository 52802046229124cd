// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <functional>

class Transport;

// A file sent on a stream connection as fast as the peer takes it, in constant memory. The file
// is read a chunk at a time, and only while the socket's queue (bytes written, not yet taken by
// the kernel) is below QueueTarget: when the peer stops reading, its window closes, the kernel's
// send buffer fills, the queue stays up and nothing more is read. A file of any size costs one
// queue's worth of memory. Like RepeatedSend it only says which bytes are due; the endpoint host
// sends them, so they are recorded and gated like any other send.
class FileSend : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 ChunkBytes = 256 * 1024;
    // Enough in flight that the kernel never waits for the next read() of the file, little
    // enough that memory does not grow with the file.
    static constexpr qint64 QueueTarget = 4 * ChunkBytes;
    static constexpr int BlockedPollMs = 20;

    // mustWait: nothing more may be sent for now (the journal is behind or cannot be written).
    FileSend(Transport *transport, const QString &path, std::function<bool()> mustWait);

    // Opens the file; false with errorString() when it cannot be read.
    bool open();
    QString errorString() const { return m_file.errorString(); }
    QString path() const { return m_file.fileName(); }
    qint64 total() const { return m_total; }
    qint64 sent() const { return m_sent; }

    void start();
    // Nothing more is read or due; what was due before is already the socket's.
    void cancel();

Q_SIGNALS:
    void due(const QByteArray &bytes);
    void progressed(qint64 sent, qint64 total);
    void finished();
    // The file could not be read part-way (it shrank, an I/O error): the send stops there.
    void failed(const QString &reason);

private:
    void pump();

    Transport *m_transport;
    QFile m_file;
    std::function<bool()> m_mustWait;
    qint64 m_total = 0;
    qint64 m_sent = 0;
    bool m_running = false;
    QTimer m_retry; // while mustWait() holds the send
};
