// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cerrno>

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

// A disk that fills up, for real: a small tmpfs mounted in a private mount namespace (with a
// user namespace when not root). Make it before main(), while the process has one thread, as
// unshare(2) requires, and unmount it in cleanupTestCase().
struct SmallDisk
{
    QString path;
    QString problem; // why there is none, for initTestCase() to fail with

    static bool writeProcFile(const char *path, const QByteArray &text)
    {
        const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
        const bool ok
            = fd >= 0 && ::write(fd, text.constData(), size_t(text.size())) == text.size();
        if (fd >= 0)
            ::close(fd);
        return ok;
    }

    // sizeOption: tmpfs's size=, "512k".
    static SmallDisk make(const char *sizeOption)
    {
        char directory[] = "/tmp/socketlab-small-disk-XXXXXX";
        if (!::mkdtemp(directory))
            return { QString(), QStringLiteral("mkdtemp failed") };
        const uid_t uid = ::geteuid();
        const gid_t gid = ::getegid();
        if (uid == 0) {
            if (::unshare(CLONE_NEWNS) != 0)
                return { QString(),
                    QStringLiteral("unshare(CLONE_NEWNS): %1").arg(qt_error_string(errno)) };
        } else if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0
            || !writeProcFile("/proc/self/setgroups", "deny")
            || !writeProcFile(
                "/proc/self/uid_map", QByteArray::number(0) + ' ' + QByteArray::number(uid) + " 1")
            || !writeProcFile("/proc/self/gid_map",
                QByteArray::number(0) + ' ' + QByteArray::number(gid) + " 1")) {
            return { QString(),
                QStringLiteral("a user namespace: %1").arg(qt_error_string(errno)) };
        }
        const QByteArray options = QByteArray("size=") + sizeOption;
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0
            || ::mount("tmpfs", directory, "tmpfs", 0, options.constData()) != 0)
            return { QString(), QStringLiteral("mount: %1").arg(qt_error_string(errno)) };
        return { QString::fromLocal8Bit(directory), QString() };
    }

    void remove() const
    {
        ::umount2(QFile::encodeName(path).constData(), MNT_DETACH);
        ::rmdir(QFile::encodeName(path).constData());
    }
};
