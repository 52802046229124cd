// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A disk that cannot keep up, simulated for one file: while throttling, every write() or writev()
// this process makes to that file (the journal) is slowed to bytesPerSecond, the way writes block
// when the kernel's dirty-page limit is reached on a slow disk. Everything else is unaffected.
//
// It works by defining write() and writev() in this executable: the dynamic linker binds the
// calls the journal makes (writev) and Qt makes (QFile's unbuffered writes end in ::write) to
// them ahead of the C library's. It slows only
// writes that succeeded, by sleeping after them, so no write fails or is cut short.
namespace SlowDisk {

bool throttle(const QString &path, double bytesPerSecond); // false: cannot stat path
void stop();
// How many writes were slowed: proof that the interposition took effect.
qint64 throttledWrites();

} // namespace SlowDisk
