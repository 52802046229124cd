// SPDX-License-Identifier: GPL-3.0-or-later
// EndpointHost, continued: a file sent on a connection (FileSend), streamed as the peer takes it,
// recorded chunk by chunk like any send, with its progress in the connection table. Split from
// endpointhost.cpp, which opens, adopts, sends and closes.
#include "endpointhost.h"

#include "filesend.h"
#include "journalgate.h"
#include "journalwriter.h"
#include "session.h"
#include "transport.h"

#include <QFileInfo>

void EndpointHost::sendFile(ConnectionId id, const QString &path, bool shutdownAfter)
{
    if (udpEndpoint(id)) {
        m_session.recordText(id, EventKind::Error,
            tr("send a file: only on a stream connection (TCP, Unix); on UDP every chunk "
               "would be a datagram that may be lost"),
            EventFacts::failure(ErrorCode::Other));
        return;
    }
    auto it = m_links.find(id);
    if (it == m_links.end()) {
        noteUnknown(id, tr("send a file"));
        return;
    }
    if (it->file) {
        m_session.recordText(id, EventKind::Error,
            tr("%1 is not sent: this connection is still sending %2")
                .arg(path, QFileInfo(it->file->path()).fileName()),
            EventFacts::failure(ErrorCode::Other));
        return;
    }
    if (!it->transport->canSend()) {
        m_session.recordText(id, EventKind::Error, tr("not connected: %1 is not sent").arg(path),
            EventFacts::failure(ErrorCode::NotConnected));
        return;
    }
    // The journal must keep up too: past its high-water mark the file waits, as reading does.
    auto *file = new FileSend(it->transport, path, [this] {
        return m_journalGate->isClosed() || m_session.unwrittenBytes() > JournalWriter::HighWater;
    });
    if (!file->open()) {
        m_session.recordText(id, EventKind::Error,
            tr("cannot read %1: %2").arg(path, file->errorString()),
            EventFacts::failure(ErrorCode::Other));
        delete file;
        return;
    }
    stopRepeating(id);
    it->file = file;
    it->shutdownAfterFile = shutdownAfter;
    const QString name = QFileInfo(path).fileName();
    m_session.recordText(id, EventKind::Note,
        tr("sending the file %1 (%2 bytes): read %3 KiB at a time, each read when the kernel "
           "has taken what was written before, so the peer's reading sets the pace")
            .arg(name)
            .arg(file->total())
            .arg(FileSend::ChunkBytes / 1024));
    m_session.connections().setFileSend(id, 0, file->total());
    connect(
        file, &FileSend::due, this, [this, id](const QByteArray &chunk) { sendNow(id, chunk); });
    connect(file, &FileSend::progressed, this, [this, id](qint64 sent, qint64 total) {
        m_session.connections().setFileSend(id, sent, total);
    });
    connect(file, &FileSend::finished, this, [this, id, name] {
        const Link link = m_links.value(id);
        if (!link.file)
            return;
        m_session.recordText(id, EventKind::Note,
            tr("the file %1 is sent: %2 bytes").arg(name).arg(link.file->total()));
        const bool shutdown = link.shutdownAfterFile;
        endFileSend(id);
        if (shutdown)
            shutdownWrite(id);
    });
    connect(file, &FileSend::failed, this, [this, id, name](const QString &reason) {
        const Link link = m_links.value(id);
        if (!link.file)
            return;
        m_session.recordText(id, EventKind::Error,
            tr("sending the file %1 stopped after %2 of %3 bytes: %4")
                .arg(name)
                .arg(link.file->sent())
                .arg(link.file->total())
                .arg(reason),
            EventFacts::failure(ErrorCode::Other));
        endFileSend(id);
    });
    file->start();
}

void EndpointHost::cancelFileSend(ConnectionId id)
{
    stopFileSend(id, tr("cancelled"));
}

void EndpointHost::stopFileSend(ConnectionId id, const QString &why)
{
    const Link link = m_links.value(id);
    if (!link.file)
        return;
    link.file->cancel();
    m_session.recordText(id, EventKind::Note,
        tr("sending the file %1 %2 after %3 of %4 bytes; nothing more of it is sent")
            .arg(QFileInfo(link.file->path()).fileName(), why)
            .arg(link.file->sent())
            .arg(link.file->total()));
    endFileSend(id);
}

void EndpointHost::endFileSend(ConnectionId id)
{
    auto it = m_links.find(id);
    if (it == m_links.end() || !it->file)
        return;
    it->file->deleteLater(); // its signals may be on the stack
    it->file = nullptr;
    it->shutdownAfterFile = false;
    m_session.connections().setFileSend(id, 0, -1);
}
