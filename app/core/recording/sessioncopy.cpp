// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncopy.h"

#include "session.h"

#include <QCoreApplication>
#include <QIODevice>

bool copySession(const Session &session, QIODevice &out, const ExportProgress &progress, QString *error)
{
    constexpr quint32 Slice = 1 << 20;
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    const Journal &journal = session.journal();
    // Taken once: the journal may grow meanwhile, and this size is a record boundary. A reopened
    // file may end in damage: only what its loader found valid is copied.
    const bool replayed = session.isReadOnly() && session.replayedValidBytes() > 0;
    const quint64 size = replayed ? session.replayedValidBytes() : journal.size();
    for (quint64 done = 0; done < size;) {
        if (progress && !progress(qint64(done), qint64(size)))
            return fail(QCoreApplication::translate("SessionCopy", "Cancelled"));
        const QByteArray slice = journal.read(done, quint32(qMin<quint64>(Slice, size - done)));
        if (slice.isEmpty())
            return fail(QCoreApplication::translate("SessionCopy", "Cannot read back %1 at byte %2")
                            .arg(journal.path()).arg(done));
        if (out.write(slice) != slice.size())
            return fail(out.errorString());
        done += quint64(slice.size());
    }
    const bool closed = session.isReadOnly() && (!replayed || session.replayedClosedCleanly());
    if (!closed && out.write(Journal::endRecord(session.clock().nowNs())) < 0)
        return fail(out.errorString());
    if (progress)
        progress(qint64(size), qint64(size));
    return true;
}
