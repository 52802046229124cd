// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>

#include <sys/stat.h>

// A file's bytes, or none when it cannot be read: for comparing a file before and after.
inline QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A file's permission bits as stat() reports them (0600), or -1 when it does not exist.
inline int fileMode(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}
