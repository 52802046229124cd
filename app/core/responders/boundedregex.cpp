// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundedregex.h"

#include <QCoreApplication>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace {

pcre2_code *codeOf(void *code)
{
    return static_cast<pcre2_code *>(code);
}

// Match data is written while matching, so each thread has its own, kept between matches and
// grown to the most groups asked for: a responder matches every line it reads, and allocating
// it (and PCRE2's backtracking frames, which live in it) per match was a cost per line.
pcre2_match_data *threadMatchData(int pairs)
{
    struct Cache
    {
        pcre2_match_data *data = nullptr;
        ~Cache() { pcre2_match_data_free(data); }
    };
    thread_local Cache cache;
    if (!cache.data || int(pcre2_get_ovector_count(cache.data)) < pairs) {
        pcre2_match_data_free(cache.data);
        cache.data = pcre2_match_data_create(uint32_t(pairs), nullptr);
    }
    return cache.data;
}

} // namespace

BoundedRegex::BoundedRegex(void *code)
    : m_code(code)
{
    pcre2_match_context *context = pcre2_match_context_create(nullptr);
    pcre2_set_match_limit(context, MatchStepLimit);
    pcre2_set_depth_limit(context, DepthLimit);
    pcre2_set_heap_limit(context, HeapLimitKiB);
    m_context = context;
    uint32_t count = 0;
    pcre2_pattern_info(codeOf(m_code), PCRE2_INFO_CAPTURECOUNT, &count);
    m_captureCount = int(count);
}

BoundedRegex::~BoundedRegex()
{
    pcre2_match_context_free(static_cast<pcre2_match_context *>(m_context));
    pcre2_code_free(codeOf(m_code));
}

std::unique_ptr<BoundedRegex> BoundedRegex::compile(const QString &pattern, bool caseInsensitive, QString *error)
{
    if (pattern.size() > MaxPatternLength) {
        *error = QCoreApplication::translate("BoundedRegex", "longer than %1 characters").arg(MaxPatternLength);
        return nullptr;
    }
    const QByteArray utf8 = pattern.toUtf8();
    // Invalid UTF-8 in what arrives is matched, not refused: the network sends any bytes.
    // \C (one code unit) could split a character, so it is refused as a pattern.
    uint32_t options = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_NEVER_BACKSLASH_C;
    if (caseInsensitive)
        options |= PCRE2_CASELESS;
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code *code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(utf8.constData()), PCRE2_SIZE(utf8.size()),
                                     options, &errorCode, &errorOffset, nullptr);
    if (!code) {
        PCRE2_UCHAR message[256];
        pcre2_get_error_message(errorCode, message, sizeof message);
        *error = QCoreApplication::translate("BoundedRegex", "%1 (at character %2)")
                     .arg(QString::fromUtf8(reinterpret_cast<const char *>(message)))
                     .arg(QString::fromUtf8(utf8.left(qsizetype(errorOffset))).size() + 1);
        return nullptr;
    }
    // Compiled to machine code where PCRE2 can (x86-64 here): a responder matches every line it
    // reads, and the interpreter was a third of its cost under ab. The match-step limit holds for
    // JIT code too; running out of the JIT's stack is giving up as well. Where JIT is not
    // available the interpreter matches, with every limit.
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    return std::unique_ptr<BoundedRegex>(new BoundedRegex(code));
}

int BoundedRegex::captureCount() const
{
    return m_captureCount;
}

BoundedRegex::Result BoundedRegex::match(QByteArrayView subject, QList<QByteArray> *groups) const
{
    const QByteArrayView bounded = subject.first(qMin(subject.size(), MaxSubjectBytes));
    pcre2_match_data *data = threadMatchData(m_captureCount + 1);
    if (!data)
        return Result::GaveUp;
    const int rc = pcre2_match(codeOf(m_code), reinterpret_cast<PCRE2_SPTR>(bounded.constData()),
                               PCRE2_SIZE(bounded.size()), 0, 0, data,
                               static_cast<pcre2_match_context *>(m_context));
    if (rc == PCRE2_ERROR_NOMATCH)
        return Result::NoMatch;
    if (rc < 0)   // a limit (match, depth, heap) or an internal error: never a match found late
        return Result::GaveUp;
    if (groups) {
        groups->clear();
        const PCRE2_SIZE *offsets = pcre2_get_ovector_pointer(data);
        const int count = m_captureCount + 1;
        for (int i = 0; i < count; ++i) {
            const PCRE2_SIZE start = offsets[2 * i];
            const PCRE2_SIZE end = offsets[2 * i + 1];
            if (i >= rc || start == PCRE2_UNSET)
                groups->append(QByteArray());
            else
                groups->append(bounded.sliced(qsizetype(start), qsizetype(end - start)).toByteArray());
        }
    }
    return Result::Match;
}
