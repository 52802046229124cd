// SPDX-License-Identifier: GPL-3.0-or-later
#include "slowdisk.h"

#include <atomic>
#include <ctime>

#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

std::atomic<bool> active { false };
std::atomic<dev_t> device { 0 };
std::atomic<ino_t> inode { 0 };
std::atomic<double> rate { 0 };
std::atomic<qint64> startNs { 0 };
std::atomic<qint64> written { 0 };
std::atomic<qint64> slowed { 0 };

qint64 nowNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

void delayAfter(int fd, ssize_t bytes)
{
    struct stat status
    {
    };
    if (fstat(fd, &status) != 0 || !S_ISREG(status.st_mode) || status.st_dev != device.load()
        || status.st_ino != inode.load())
        return;
    ++slowed;
    // The file may not run ahead of the rate: sleep until its bytes so far are "on the disk".
    const qint64 total = written += bytes;
    const qint64 dueNs = startNs.load() + qint64(double(total) / rate.load() * 1e9);
    const qint64 wait = dueNs - nowNs();
    if (wait > 0) {
        const timespec pause { time_t(wait / 1000000000), long(wait % 1000000000) };
        nanosleep(&pause, nullptr);
    }
}

} // namespace

extern "C" ssize_t write(int fd, const void *buffer, size_t count)
{
    const ssize_t n = ssize_t(syscall(SYS_write, fd, buffer, count));
    if (n > 0 && active.load(std::memory_order_relaxed))
        delayAfter(fd, n);
    return n;
}

// The journal hands its records to the kernel with writev().
extern "C" ssize_t writev(int fd, const iovec *vectors, int count)
{
    const ssize_t n = ssize_t(syscall(SYS_writev, fd, vectors, count));
    if (n > 0 && active.load(std::memory_order_relaxed))
        delayAfter(fd, n);
    return n;
}

namespace SlowDisk {

bool throttle(const QString &path, double bytesPerSecond)
{
    struct stat status
    {
    };
    if (stat(path.toLocal8Bit().constData(), &status) != 0)
        return false;
    device = status.st_dev;
    inode = status.st_ino;
    rate = bytesPerSecond;
    written = 0;
    slowed = 0;
    startNs = nowNs();
    active = true;
    return true;
}

void stop()
{
    active = false;
}

qint64 throttledWrites()
{
    return slowed.load();
}

} // namespace SlowDisk
