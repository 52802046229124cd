// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the bytes of a session file, reopened as the user's "Open session…" does
// (JournalReader + SessionLoader replay), then exported as text, which reads every payload back.
#include "fuzztargets.h"

#include "exportformat.h"
#include "session.h"
#include "sessionclock.h"
#include "sessionloader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

int fuzzSessionFile(const uint8_t *data, size_t size)
{
    // One scratch file per process, rewritten for each input: the reader only takes paths.
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("input.socketlab"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        if (file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    Session session(std::make_unique<SessionClock>());
    SessionLoader::Outcome outcome;
    QString error;
    if (!SessionLoader::load(session, path, &outcome, &error)) {
        if (error.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    if (!outcome.complete && outcome.problem.isEmpty())
        std::abort(); // so must a partial load
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    exportSession(session, ExportFormat::Text, out);
    return 0;
}

#ifdef SOCKETLAB_FUZZ_MAIN
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzSessionFile(data, size);
}
#endif
