// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <QTest>

// Large files for the file-transfer tests, made fast: one MiB of random bytes, repeated, each
// copy stamped with its index in its first eight bytes, so no two MiB of the file are alike and a
// chunk sent twice, lost or out of order changes the SHA-256. Each function fails the current
// test on its own, so callers check QTest::currentTestFailed().
namespace PatternFile {

// Fails, saying why, when the filesystem of directory has less than bytes free.
inline void requireFreeSpace(const QString &directory, qint64 bytes)
{
    const QStorageInfo storage(directory);
    QVERIFY2(storage.isValid() && storage.bytesAvailable() >= bytes,
        qPrintable(QStringLiteral(
            "this test needs %1 MiB free in %2 (on %3), which has %4 MiB: free some space")
                       .arg(bytes >> 20)
                       .arg(directory, storage.rootPath())
                       .arg(storage.bytesAvailable() >> 20)));
}

// Writes size bytes to path; *sha256 is their digest (hex).
inline void write(const QString &path, qint64 size, QString *sha256)
{
    constexpr qint64 Block = qint64(1) << 20;
    QByteArray block(Block, Qt::Uninitialized);
    QRandomGenerator generator(0x50c4e71a);
    generator.fillRange(reinterpret_cast<quint32 *>(block.data()), int(Block / sizeof(quint32)));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (qint64 index = 0, written = 0; written < size; ++index) {
        memcpy(block.data(), &index, sizeof index);
        const qint64 length = qMin(Block, size - written);
        QVERIFY2(file.write(block.constData(), length) == length,
            qPrintable(QStringLiteral("writing %1: %2").arg(path, file.errorString())));
        digest.addData(QByteArrayView(block.constData(), length));
        written += length;
    }
    QVERIFY2(file.flush(), qPrintable(file.errorString()));
    *sha256 = QString::fromLatin1(digest.result().toHex());
}

// Writes a sparse file of size bytes: zeros (holes, which take no disk and read at memory speed)
// with a distinct MiB of random bytes every IslandSpacing bytes and at the end, so that a chunk
// lost, repeated or moved still changes the digest. For files larger than the test should write.
inline void writeSparse(const QString &path, qint64 size)
{
    constexpr qint64 Block = qint64(1) << 20;
    constexpr qint64 IslandSpacing = qint64(64) << 20;
    QByteArray block(Block, Qt::Uninitialized);
    QRandomGenerator generator(0x5ba45e);
    generator.fillRange(reinterpret_cast<quint32 *>(block.data()), int(Block / sizeof(quint32)));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly) && file.resize(size), qPrintable(file.errorString()));
    QList<qint64> islands;
    for (qint64 offset = 0; offset < size - Block; offset += IslandSpacing)
        islands << offset;
    islands << qMax<qint64>(0, size - Block); // the tail, up to the last byte
    for (qint64 offset : std::as_const(islands)) {
        memcpy(block.data(), &offset, sizeof offset);
        const qint64 length = qMin(Block, size - offset);
        QVERIFY2(file.seek(offset) && file.write(block.constData(), length) == length,
            qPrintable(QStringLiteral("writing %1: %2").arg(path, file.errorString())));
    }
    QVERIFY2(file.flush(), qPrintable(file.errorString()));
}

// The digest (hex) of the first bytes of a file.
inline QString sha256OfPrefix(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash digest(QCryptographicHash::Sha256);
    while (bytes > 0) {
        const QByteArray chunk = file.read(qMin(bytes, qint64(1) << 20));
        if (chunk.isEmpty())
            break;
        digest.addData(chunk);
        bytes -= chunk.size();
    }
    return QString::fromLatin1(digest.result().toHex());
}

} // namespace PatternFile
