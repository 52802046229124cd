// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonfile.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtEndian>

QByteArray generatedFileBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint64 state = 0x9e3779b97f4a7c15ULL; // xorshift64*: cheap, and no byte value is favoured
    for (qint64 i = 0; i < size; ++i) {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        bytes[i] = char((state * 0x2545f4914f6cdd1dULL) >> 56);
    }
    return bytes;
}

QByteArray lengthPrefix(qint64 size)
{
    QByteArray prefix(8, Qt::Uninitialized);
    qToBigEndian(quint64(size), prefix.data());
    return prefix;
}

QString writeLessonFile(QTemporaryDir &directory, const QByteArray &bytes, QString *problem)
{
    if (!directory.isValid()) {
        *problem = QCoreApplication::translate(
            "LessonRunner", "cannot make a directory for the lesson's file: %1")
                       .arg(directory.errorString());
        return {};
    }
    const QString path = directory.filePath(QStringLiteral("lesson-file.bin"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *problem
            = QCoreApplication::translate("LessonRunner", "cannot write the lesson's file %1: %2")
                  .arg(path, file.errorString());
        return {};
    }
    return path;
}
