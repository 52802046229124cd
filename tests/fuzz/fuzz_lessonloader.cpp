// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the bytes of a lesson file, parsed strictly by LessonLoader. A lesson is either
// accepted or refused with a "FILE: JSON.PATH: problem" reason, never a crash or a hang.
#include "fuzztargets.h"

#include "lessonloader.h"

#include <QByteArray>

#include <cstdlib>

int fuzzLessonLoader(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<Lesson> lesson
        = LessonLoader::parse(json, QStringLiteral("fuzz.json"), &error);
    if (!lesson && !error.startsWith(QStringLiteral("fuzz.json")))
        std::abort(); // a refusal must say which file and why
    return 0;
}

#ifdef SOCKETLAB_FUZZ_MAIN
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzLessonLoader(data, size);
}
#endif
