// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>

// A file's bytes, or none when it cannot be read: for comparing a file before and after.
inline QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
