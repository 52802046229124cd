// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QTemporaryDir;

// The file a lesson sends (the sendFile action): made by SocketLab, never read from a path the
// lesson names. Its bytes are pseudo-random (every value, no text), the same on every run.
QByteArray generatedFileBytes(qint64 size);

// The framing the file-transfer lesson teaches: the file's length as 8 bytes, big-endian, then
// the file. The receiver reads 8 bytes, then exactly that many more, and knows where it ends.
QByteArray lengthPrefix(qint64 size);

// Writes bytes to a new file in directory; its path, or empty with *problem.
QString writeLessonFile(QTemporaryDir &directory, const QByteArray &bytes, QString *problem);
