// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamdigestjob.h"

#include <QElapsedTimer>
#include <QThread>

StreamDigestJob::StreamDigestJob(
    const Session &session, ConnectionId connection, StreamDirection direction, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_connection(connection)
    , m_direction(direction)
{
}

StreamDigestJob::~StreamDigestJob()
{
    if (m_thread) {
        m_cancelRequested.store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void StreamDigestJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("sha256"));
    m_thread->start();
}

void StreamDigestJob::run()
{
    QElapsedTimer sinceReport;
    const auto report = [&](qint64 done, qint64 total) {
        if (m_cancelRequested.load(std::memory_order_relaxed))
            return false;
        if (!sinceReport.isValid() || sinceReport.elapsed() >= ProgressIntervalMs) {
            sinceReport.start();
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
        }
        return true;
    };
    QString error;
    const std::optional<StreamDigest> digest
        = digestStream(m_session, m_connection, m_direction, report, &error);
    QMetaObject::invokeMethod(
        this,
        [this, digest, error] {
            // Posted as the worker's last act: the thread is ending, or has ended.
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
            Q_EMIT finished(digest.has_value(), digest.value_or(StreamDigest {}), error);
        },
        Qt::QueuedConnection);
}
