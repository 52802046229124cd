// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"

#include "connectioninfo.h"
#include "crc32.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutexLocker>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

const QByteArray Journal::Magic = QByteArrayLiteral("\x89SLB\r\n\x1a\n");

namespace {

template<typename T>
void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

void putString(QByteArray &out, const QString &text)
{
    QByteArray utf8 = text.toUtf8().left(0xffff);
    put<quint16>(out, quint16(utf8.size()));
    out.append(utf8);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Journal", text);
}

// Writes the blocks in order with as few system calls as it can (writev), going on after short
// writes. Returns how many bytes the file took; when that is less than all, *error says why.
quint64 writeBlocks(int fd, const QList<QByteArray> &blocks, int *error)
{
    constexpr int MaxVectors = 1024;   // IOV_MAX on Linux
    quint64 written = 0;
    qsizetype block = 0;
    qsizetype offset = 0;   // into blocks[block]: where a short write stopped
    while (block < blocks.size()) {
        iovec vectors[MaxVectors];
        int count = 0;
        for (qsizetype i = block; i < blocks.size() && count < MaxVectors; ++i, ++count) {
            const qsizetype skip = i == block ? offset : 0;
            vectors[count].iov_base = const_cast<char *>(blocks.at(i).constData()) + skip;
            vectors[count].iov_len = size_t(blocks.at(i).size() - skip);
        }
        const ssize_t n = ::writev(fd, vectors, count);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = n < 0 ? errno : ENOSPC;
            break;
        }
        written += quint64(n);
        for (qsizetype left = n; left > 0;) {
            const qsizetype rest = blocks.at(block).size() - offset;
            if (left < rest) {
                offset += left;
                break;
            }
            left -= rest;
            ++block;
            offset = 0;
        }
    }
    return written;
}

} // namespace

Journal::~Journal()
{
    if (m_writeFile.isOpen())
        flush();
}

Journal::Destination Journal::destination(const QString &path, QString *reason)
{
    const QFileInfo info(path);
    if (info.isSymLink()) {
        *reason = tr("%1 is a symbolic link (to %2): recording would write wherever it points")
                      .arg(path, info.symLinkTarget());
        return Destination::SymbolicLink;
    }
    if (!info.exists())
        return Destination::Free;
    if (!info.isFile()) {
        *reason = tr("Cannot record to %1: not a regular file").arg(path);
        return Destination::NotAFile;
    }
    if (info.size() == 0)
        return Destination::Free;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.read(Magic.size()) == Magic) {
        *reason = tr("%1 is a recorded session: SocketLab never records over one (its %2 bytes would "
                     "be lost); choose a new file name, or open it with --open")
                      .arg(path).arg(info.size());
        return Destination::Session;
    }
    *reason = tr("%1 is not a SocketLab session: recording would replace its %2 bytes; choose a new "
                 "file name")
                  .arg(path).arg(info.size());
    return Destination::NotASession;
}

bool Journal::create(const QString &path, const QDateTime &startedAt, QString *error, Existing existing)
{
    m_path = path;
    QString reason;
    const Destination found = destination(path, &reason);
    const bool replace = existing == Existing::Replace
        && (found == Destination::NotASession || found == Destination::SymbolicLink);
    if (found != Destination::Free && !replace) {
        *error = reason;
        return false;
    }
    // A link is replaced, not followed: what it points to is not ours to overwrite.
    if (found == Destination::SymbolicLink && !QFile::remove(path)) {
        *error = tr("Cannot record to %1: cannot remove the symbolic link").arg(path);
        return false;
    }
    // Created owner-only, so there is no moment at which others may open it; an older file
    // being replaced is restricted too. O_NOFOLLOW: a link made since the check above is
    // refused rather than followed; O_EXCL where nothing was there, for the same reason.
    int flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC;
    if (QFileInfo(path).exists())
        flags |= found == Destination::NotASession ? O_TRUNC : 0;
    else
        flags |= O_EXCL;
    const int fd = ::open(QFile::encodeName(path).constData(), flags, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        *error = tr("Cannot record to %1: %2").arg(path, qt_error_string(errno));
        return false;
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    // Unbuffered: write() then returns what the kernel took, so flush() knows which bytes are
    // really in the file. The journal buffers by itself.
    if (!m_writeFile.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = tr("Cannot record to %1: %2").arg(path, m_writeFile.errorString());
        return false;
    }

    QByteArray header = Magic;
    put<quint16>(header, FormatVersion);
    put<quint16>(header, HeaderSize);
    put<quint32>(header, 0);
    put<qint64>(header, startedAt.toMSecsSinceEpoch());
    put<quint64>(header, 0);
    Q_ASSERT(header.size() == HeaderSize);
    m_pending.append(header);
    if (!flush()) {
        *error = m_error;
        return false;
    }
    m_readFile.setFileName(path);
    if (!m_readFile.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read back %1: %2").arg(path, m_readFile.errorString());
        return false;
    }
    return true;
}

bool Journal::moveTo(const QString &path, QString *error)
{
    QMutexLocker flushing(&m_flushMutex);   // the file stays as it is while it is copied
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        *error = tr("Cannot record to %1: %2").arg(path, qt_error_string(errno));
        return false;
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    const auto fail = [&](int code) {
        *error = tr("Cannot record to %1: %2").arg(path, qt_error_string(code));
        ::close(fd);
        ::unlink(QFile::encodeName(path).constData());
        return false;
    };
    // Only this function and flush() change m_flushedSize, and flush() waits for the mutex.
    const quint64 size = m_flushedSize;
    {
        QMutexLocker reading(&m_readFileMutex);
        QByteArray slice;
        for (quint64 done = 0; done < size;) {
            if (!m_readFile.seek(qint64(done)))
                return fail(EIO);
            slice = m_readFile.read(qint64(qMin<quint64>(size - done, 1 << 20)));
            if (slice.isEmpty())
                return fail(EIO);
            for (qsizetype at = 0; at < slice.size();) {
                const ssize_t n = ::write(fd, slice.constData() + at, size_t(slice.size() - at));
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0)
                    return fail(n < 0 ? errno : ENOSPC);
                at += n;
            }
            done += quint64(slice.size());
        }
        if (::fsync(fd) != 0)
            return fail(errno);
        m_readFile.close();
        m_readFile.setFileName(path);
        m_readWindow.clear();
        m_readWindowOffset = 0;
        if (!m_readFile.open(QIODevice::ReadOnly))
            return fail(EIO);
    }
    m_writeFile.close();
    m_writeFile.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle);
    QFile::remove(m_path);   // its bytes are all in the new file: this frees the full disk
    QMutexLocker lock(&m_bufferMutex);
    m_path = path;
    return true;
}

void Journal::remove()
{
    QMutexLocker flushing(&m_flushMutex);
    QMutexLocker reading(&m_readFileMutex);
    m_writeFile.close();
    m_readFile.close();
    QFile::remove(m_path);
}

bool Journal::openReadOnly(const QString &path, QString *error)
{
    m_path = path;
    m_readFile.setFileName(path);
    if (!m_readFile.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, m_readFile.errorString());
        return false;
    }
    m_flushedSize = quint64(m_readFile.size());
    return true;
}

quint64 Journal::appendEvent(qint64 timeNs, ConnectionId connection, EventKind kind,
                             const QByteArray &payload)
{
    // The record is built, and checksummed, before the lock is taken. Fields: type at 0, time
    // at 1, connection at 9, kind at 13 (see the format above the class).
    static_assert(EventFieldsSize == 14);
    const quint32 bodyLength = quint32(EventFieldsSize + payload.size());
    // A large payload is not copied: the queue shares it after a block of the record's header
    // and fields, and writev() takes both. Small ones go in that block, one allocation fewer.
    const bool shared = payload.size() >= SharedPayloadSize;
    QByteArray block(RecordHeaderSize + EventFieldsSize + (shared ? 0 : payload.size()),
                     Qt::Uninitialized);
    char *header = block.data();
    char *fields = header + RecordHeaderSize;
    fields[0] = char(EventRecord);
    qToLittleEndian(timeNs, fields + 1);
    qToLittleEndian(connection, fields + 9);
    fields[13] = char(kind);
    if (!shared)
        std::memcpy(fields + EventFieldsSize, payload.constData(), size_t(payload.size()));
    qToLittleEndian(bodyLength, header);
    const quint32 crc = Crc32::update(0, fields, EventFieldsSize);
    qToLittleEndian(Crc32::update(crc, payload.constData(), payload.size()), header + 4);

    QMutexLocker lock(&m_bufferMutex);
    const quint64 start = m_flushedSize + m_writing.size() + m_pending.size();
    m_pending.append(block);
    if (shared)
        m_pending.append(payload);
    return start + RecordHeaderSize + EventFieldsSize;
}

void Journal::appendEvents(TrafficEvent *events, const char *const *payloads, int count)
{
    qsizetype total = 0;
    for (int i = 0; i < count; ++i)
        total += RecordHeaderSize + EventFieldsSize + qsizetype(events[i].payloadLength);
    QByteArray block(total, Qt::Uninitialized);
    char *at = block.data();
    for (int i = 0; i < count; ++i) {
        TrafficEvent &event = events[i];
        char *fields = at + RecordHeaderSize;
        fields[0] = char(EventRecord);
        qToLittleEndian(event.timeNs, fields + 1);
        qToLittleEndian(event.connection, fields + 9);
        fields[13] = char(event.kind);
        std::memcpy(fields + EventFieldsSize, payloads[i], event.payloadLength);
        qToLittleEndian(quint32(EventFieldsSize + event.payloadLength), at);
        qToLittleEndian(Crc32::update(0, fields, qsizetype(EventFieldsSize + event.payloadLength)), at + 4);
        // For now the offset within the block; the block's place is known under the lock.
        event.payloadOffset = quint64(fields + EventFieldsSize - block.constData());
        at = fields + EventFieldsSize + event.payloadLength;
    }
    QMutexLocker lock(&m_bufferMutex);
    const quint64 start = m_flushedSize + m_writing.size() + m_pending.size();
    m_pending.append(block);
    lock.unlock();
    for (int i = 0; i < count; ++i)
        events[i].payloadOffset += start;
}

void Journal::appendConnection(const ConnectionInfo &info)
{
    QByteArray body;
    body.append(char(ConnectionRecord));
    put<quint32>(body, info.id);
    put<quint32>(body, info.parent);
    body.append(char(info.role));
    put<quint16>(body, info.localPort);
    put<quint16>(body, info.peerPort);
    putString(body, info.name);
    putString(body, info.host);
    putString(body, info.localAddress.isNull() ? QString() : info.localAddress.toString());
    putString(body, info.peerAddress.isNull() ? QString() : info.peerAddress.toString());
    body.append(char(info.kind));
    putString(body, info.localPath);
    putString(body, info.peerPath);
    put<qint64>(body, info.peerCredentials.pid);
    put<qint64>(body, info.peerCredentials.uid);
    put<qint64>(body, info.peerCredentials.gid);
    putString(body, info.peerCredentials.program);
    appendRecord(body);
}

void Journal::appendFacts(const EventFacts &facts)
{
    QByteArray body;
    body.append(char(FactsRecord));
    body.append(char(facts.error));
    body.append(char(facts.close));
    body.append(char(facts.by));
    Q_ASSERT(body.size() == FactsBodySize);
    appendRecord(body);
}

void Journal::appendPacket(const WirePacket &packet)
{
    QByteArray body;
    body.reserve(PacketFieldsSize + packet.packet.bytes.size());
    body.append(char(PacketRecord));
    put<qint64>(body, packet.timeNs);
    put<qint64>(body, packet.packet.wallNs);
    put<quint32>(body, packet.connection);
    body.append(char(packet.direction));
    put<quint16>(body, packet.packet.linkType);
    put<quint32>(body, packet.packet.originalLength);
    body.append(packet.packet.bytes);
    appendRecord(body);
}

void Journal::appendCaptureStatistics(const CaptureStatistics &statistics)
{
    QByteArray body;
    body.append(char(CaptureStatisticsRecord));
    put<quint64>(body, statistics.received);
    put<quint64>(body, statistics.dropped);
    put<quint64>(body, statistics.recorded);
    appendRecord(body);
}

void Journal::appendEnd(qint64 timeNs)
{
    appendBlock(endRecord(timeNs));
}

QByteArray Journal::endRecord(qint64 timeNs)
{
    QByteArray body;
    body.append(char(EndRecord));
    put<qint64>(body, timeNs);
    return record(body);
}

QByteArray Journal::record(const QByteArray &body)
{
    QByteArray bytes;
    put<quint32>(bytes, quint32(body.size()));
    put<quint32>(bytes, Crc32::update(0, body.constData(), body.size()));
    return bytes + body;
}

void Journal::appendRecord(const QByteArray &body)
{
    appendBlock(record(body));
}

void Journal::appendBlock(const QByteArray &block)
{
    QMutexLocker lock(&m_bufferMutex);
    m_pending.append(block);
}

bool Journal::flush()
{
    QMutexLocker flushing(&m_flushMutex);
    if (!m_writeFile.isOpen())
        return false;
    {
        QMutexLocker lock(&m_bufferMutex);
        if (m_pending.isEmpty())
            return m_error.isEmpty();
        m_writing.swap(m_pending);
    }
    // Written without the lock, so readers are never held up by a slow disk. A short write
    // (the disk filled up) is followed by one that fails and says why.
    int error = 0;
    const quint64 written = writeBlocks(m_writeFile.handle(), m_writing.blocks(), &error);
    BlockQueue done;   // declared before the lock: its blocks are freed after it is released
    QMutexLocker lock(&m_bufferMutex);
    m_flushedSize += written;
    if (written < m_writing.size()) {
        // Keep the bytes: they are still readable from memory, and a later flush retries.
        m_error = tr("Writing %1 failed: %2").arg(m_path, qt_error_string(error));
        m_writing.dropFront(written);
        m_writing.append(m_pending);
        m_pending.swap(m_writing);
        m_writing.clear();
        return false;
    }
    done.swap(m_writing);
    m_error.clear();
    return true;
}

quint64 Journal::size() const
{
    QMutexLocker lock(&m_bufferMutex);
    return m_flushedSize + m_writing.size() + m_pending.size();
}

quint64 Journal::unwrittenBytes() const
{
    QMutexLocker lock(&m_bufferMutex);
    return m_writing.size() + m_pending.size();
}

quint64 Journal::writtenSize() const
{
    QMutexLocker lock(&m_bufferMutex);
    return m_flushedSize;
}

QByteArray Journal::read(quint64 offset, quint32 length) const
{
    QByteArray bytes;
    read(offset, length, bytes);
    return bytes;
}

void Journal::read(quint64 offset, quint32 length, QByteArray &bytes) const
{
    bytes.resize(0);   // keeps the allocation for the caller's next read
    // A record can straddle the end of the file (after a short write, its tail is pending):
    // the bytes past the file's end are copied from memory while the lock holds them in place,
    // and follow the part read from the file.
    const quint64 end = offset + length;
    // Bytes below the file's end never change: when all of them are there, no lock is needed
    // to know it. Written bytes are counted only after write() returned (release, acquire).
    quint64 fileEnd = m_flushedSize.load(std::memory_order_acquire);
    QByteArray tail;
    if (end > fileEnd) {
        QMutexLocker lock(&m_bufferMutex);
        fileEnd = m_flushedSize;
        QByteArray &inMemory = offset >= fileEnd ? bytes : tail;
        const quint64 writingEnd = fileEnd + m_writing.size();
        const quint64 from = qMax(offset, fileEnd);
        if (from < qMin(end, writingEnd))
            m_writing.copy(from - fileEnd, qMin(end, writingEnd) - fileEnd, inMemory);
        if (end > qMax(from, writingEnd))
            m_pending.copy(qMax(from, writingEnd) - writingEnd, end - writingEnd, inMemory);
    }
    if (offset >= fileEnd)
        return;
    // Bytes below the file's end never change, so the file is read without the buffer lock.
    const qint64 inFile = qint64(qMin(end, fileEnd) - offset);
    QMutexLocker lock(&m_readFileMutex);
    if (inFile <= ReadWindow) {
        // Small reads (previews, a search through every event's first bytes) mostly land just
        // after the previous one: they are served from a copy of the file around it, saving a
        // seek and a read system call each. For the same reason as above the copy never goes stale.
        const quint64 windowEnd = m_readWindowOffset + quint64(m_readWindow.size());
        if (offset < m_readWindowOffset || offset + quint64(inFile) > windowEnd) {
            // Refilled in place: a search refills it thousands of times.
            m_readWindow.resize(qsizetype(qMin(quint64(ReadWindow), fileEnd - offset)));
            const qint64 got = m_readFile.seek(qint64(offset))
                ? m_readFile.read(m_readWindow.data(), m_readWindow.size())
                : -1;
            m_readWindow.resize(qMax<qsizetype>(got, 0));
            m_readWindowOffset = offset;
            if (got <= 0)
                return;
        }
        const qsizetype available
            = qMin<qsizetype>(inFile, m_readWindow.size() - qsizetype(offset - m_readWindowOffset));
        if (available > 0) {
            bytes.resize(available);
            std::memcpy(bytes.data(), m_readWindow.constData() + (offset - m_readWindowOffset),
                size_t(available));
        }
    } else {
        if (!m_readFile.seek(qint64(offset)))
            return;
        bytes = m_readFile.read(inFile);
    }
    if (bytes.size() == inFile && !tail.isEmpty())
        bytes += tail;
}

QString Journal::path() const
{
    QMutexLocker lock(&m_bufferMutex);
    return m_path;
}

QString Journal::errorString() const
{
    QMutexLocker lock(&m_bufferMutex);
    return m_error;
}
