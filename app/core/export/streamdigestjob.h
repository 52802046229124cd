// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamexport.h"

#include <QObject>

#include <atomic>

class QThread;
class Session;

// The SHA-256 of one direction of a connection's stream, computed on a worker thread from the
// journal (a stream of gigabytes takes seconds), with progress. Like ExportJob: signals in the
// job's thread, progress() at most every ProgressIntervalMs, then finished() once.
class StreamDigestJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int ProgressIntervalMs = 50;

    StreamDigestJob(const Session &session, ConnectionId connection, StreamDirection direction,
        QObject *parent = nullptr);
    ~StreamDigestJob() override; // cancels, waits for the thread; finished() is then not emitted

    ConnectionId connection() const { return m_connection; }
    StreamDirection direction() const { return m_direction; }
    void start();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // ok: digest holds the SHA-256 and the byte count; else error says why.
    void finished(bool ok, const StreamDigest &digest, const QString &error);

private:
    void run(); // on the worker thread

    const Session &m_session;
    ConnectionId m_connection = 0;
    StreamDirection m_direction = StreamDirection::Received;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelRequested { false };
};
