// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesend.h"

#include "transport.h"

FileSend::FileSend(Transport *transport, const QString &path, std::function<bool()> mustWait)
    : QObject(transport)
    , m_transport(transport)
    , m_file(path)
    , m_mustWait(std::move(mustWait))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &FileSend::pump);
    // The kernel took bytes: the queue went down, there may be room for the next chunk.
    connect(transport, &Transport::bytesWritten, this, &FileSend::pump);
}

bool FileSend::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return false;
    m_total = m_file.size();
    return true;
}

void FileSend::start()
{
    m_running = true;
    // Queued: the caller records "sending the file" before the first chunk goes.
    QMetaObject::invokeMethod(this, &FileSend::pump, Qt::QueuedConnection);
}

void FileSend::cancel()
{
    m_running = false;
    m_retry.stop();
    m_file.close();
}

void FileSend::pump()
{
    if (!m_running)
        return;
    if (m_mustWait()) {
        if (!m_retry.isActive())
            m_retry.start(BlockedPollMs);
        return;
    }
    while (m_running && m_sent < m_total && m_transport->bytesToWrite() < QueueTarget
        && !m_mustWait()) {
        const QByteArray chunk = m_file.read(qMin(ChunkBytes, m_total - m_sent));
        if (chunk.isEmpty()) {
            m_running = false;
            Q_EMIT failed(m_file.atEnd()
                    ? tr("the file ended after %1 of %2 bytes: it shrank while being sent")
                          .arg(m_sent)
                          .arg(m_total)
                    : m_file.errorString());
            return;
        }
        m_sent += chunk.size();
        Q_EMIT due(chunk); // may cancel this send (the connection closed)
        Q_EMIT progressed(m_sent, m_total);
    }
    if (!m_running)
        return;
    if (m_sent >= m_total) {
        m_running = false;
        m_file.close();
        Q_EMIT finished();
    } else if (m_mustWait() && !m_retry.isActive()) {
        m_retry.start(BlockedPollMs);
    }
}
