// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"

#include "connectioninfo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutexLocker>
#include <QtEndian>

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <sys/uio.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SOCKETLAB_CRC32_FOLDING 1
#include <immintrin.h>
#endif

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

#ifdef SOCKETLAB_CRC32_FOLDING
// zlib's crc32() does about 2 GB/s (docs/performance.md): in a flood it took a third of the network
// thread's time.
// With carry-less multiplication (PCLMULQDQ) the message is folded 128 bits at a time, the method
// of Intel's "Fast CRC Computation for Generic Polynomials Using PCLMULQDQ": a lane carried n bits
// forward is the XOR of its two 64-bit halves multiplied by x^(n+32) and x^(n-32) mod P (the
// constants below: bit-reflected, as zlib's CRC is, and shifted left by one). Four lanes go forward
// 512 bits at a time, then are folded into one; zlib finishes with that lane and the last bytes.
// The values are zlib's crc32(0, ...) exactly: the journal's readers check them with zlib.
__attribute__((target("pclmul,sse2"))) inline __m128i carryForward(__m128i lane, __m128i constants)
{
    return _mm_xor_si128(
        _mm_clmulepi64_si128(lane, constants, 0x00), _mm_clmulepi64_si128(lane, constants, 0x11));
}

__attribute__((target("pclmul,sse2"))) quint32 foldedCrc32(const uchar *data, size_t length)
{
    Q_ASSERT(length >= 64);
    const __m128i by512 = _mm_set_epi64x(0x1c6e41596, 0x154442bd4);
    const __m128i by128 = _mm_set_epi64x(0xccaa009e, 0x1751997d0);
    const auto load
        = [](const uchar *at) { return _mm_loadu_si128(reinterpret_cast<const __m128i *>(at)); };
    // crc32(0, ...) starts from the register ~0: the same as XORing ~0 into the first 4 bytes.
    __m128i lane0 = _mm_xor_si128(load(data), _mm_cvtsi32_si128(-1));
    __m128i lane1 = load(data + 16);
    __m128i lane2 = load(data + 32);
    __m128i lane3 = load(data + 48);
    data += 64;
    length -= 64;
    for (; length >= 64; data += 64, length -= 64) {
        lane0 = _mm_xor_si128(carryForward(lane0, by512), load(data));
        lane1 = _mm_xor_si128(carryForward(lane1, by512), load(data + 16));
        lane2 = _mm_xor_si128(carryForward(lane2, by512), load(data + 32));
        lane3 = _mm_xor_si128(carryForward(lane3, by512), load(data + 48));
    }
    __m128i lane = _mm_xor_si128(carryForward(lane0, by128), lane1);
    lane = _mm_xor_si128(carryForward(lane, by128), lane2);
    lane = _mm_xor_si128(carryForward(lane, by128), lane3);
    for (; length >= 16; data += 16, length -= 16)
        lane = _mm_xor_si128(carryForward(lane, by128), load(data));
    uchar last[16];
    _mm_storeu_si128(reinterpret_cast<__m128i *>(last), lane);
    // crc32(~0, ...) continues from the register 0, which is where the folding leaves off.
    const uLong crc = crc32(0xFFFFFFFFul, last, sizeof last);
    return quint32(crc32(crc, data, uInt(length)));
}
#endif

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

// What the journal stores in each record header: zlib's CRC-32 of the body.
quint32 checksum(const char *data, qsizetype length)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data);
#ifdef SOCKETLAB_CRC32_FOLDING
    static const bool folding = __builtin_cpu_supports("pclmul");
    if (folding && length >= 64)
        return foldedCrc32(bytes, size_t(length));
#endif
    return quint32(crc32(0, bytes, uInt(length)));
}

} // namespace

Journal::~Journal()
{
    if (m_writeFile.isOpen())
        flush();
}

bool Journal::create(const QString &path, const QDateTime &startedAt, QString *error)
{
    m_path = path;
    // The journal is where payloads are read back from: /dev/null would blank them, a FIFO
    // would block here, and chmod below would lock others out of a shared device.
    const QFileInfo existing(path);
    if (existing.exists() && !existing.isFile()) {
        *error = tr("Cannot record to %1: not a regular file").arg(path);
        return false;
    }
    m_writeFile.setFileName(path);
    // Unbuffered: write() then returns what the kernel took, so flush() knows which bytes are
    // really in the file. The journal buffers by itself.
    // Created owner-only, so there is no moment at which others may open it; an older file
    // being replaced is restricted too.
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!m_writeFile.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered,
                          ownerOnly)) {
        *error = tr("Cannot record to %1: %2").arg(path, m_writeFile.errorString());
        return false;
    }
    m_writeFile.setPermissions(ownerOnly);

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
    QByteArray block(RecordHeaderSize + bodyLength, Qt::Uninitialized);
    char *header = block.data();
    char *body = header + RecordHeaderSize;
    body[0] = char(EventRecord);
    qToLittleEndian(timeNs, body + 1);
    qToLittleEndian(connection, body + 9);
    body[13] = char(kind);
    std::memcpy(body + EventFieldsSize, payload.constData(), size_t(payload.size()));
    qToLittleEndian(bodyLength, header);
    qToLittleEndian(checksum(body, bodyLength), header + 4);

    QMutexLocker lock(&m_bufferMutex);
    const quint64 start = m_flushedSize + m_writing.size() + m_pending.size();
    m_pending.append(block);
    return start + RecordHeaderSize + EventFieldsSize;
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
    put<quint32>(bytes, checksum(body.constData(), body.size()));
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

QString Journal::errorString() const
{
    QMutexLocker lock(&m_bufferMutex);
    return m_error;
}
