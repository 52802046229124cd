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

} // namespace

BoundedRegex::BoundedRegex(void *code)
    : m_code(code)
{
}

BoundedRegex::~BoundedRegex()
{
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
    return std::unique_ptr<BoundedRegex>(new BoundedRegex(code));
}

int BoundedRegex::captureCount() const
{
    uint32_t count = 0;
    pcre2_pattern_info(codeOf(m_code), PCRE2_INFO_CAPTURECOUNT, &count);
    return int(count);
}

BoundedRegex::Result BoundedRegex::match(const QByteArray &subject, QList<QByteArray> *groups) const
{
    const QByteArray bounded = subject.size() > MaxSubjectBytes ? subject.left(MaxSubjectBytes) : subject;
    // Per call, so that one compiled pattern serves any number of connections at once.
    std::unique_ptr<pcre2_match_context, decltype(&pcre2_match_context_free)> context(
        pcre2_match_context_create(nullptr), &pcre2_match_context_free);
    pcre2_set_match_limit(context.get(), MatchStepLimit);
    pcre2_set_depth_limit(context.get(), DepthLimit);
    pcre2_set_heap_limit(context.get(), HeapLimitKiB);
    std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)> data(
        pcre2_match_data_create_from_pattern(codeOf(m_code), nullptr), &pcre2_match_data_free);
    const int rc = pcre2_match(codeOf(m_code), reinterpret_cast<PCRE2_SPTR>(bounded.constData()),
                               PCRE2_SIZE(bounded.size()), 0, 0, data.get(), context.get());
    if (rc == PCRE2_ERROR_NOMATCH)
        return Result::NoMatch;
    if (rc < 0)   // a limit (match, depth, heap) or an internal error: never a match found late
        return Result::GaveUp;
    if (groups) {
        groups->clear();
        const PCRE2_SIZE *offsets = pcre2_get_ovector_pointer(data.get());
        const int count = captureCount() + 1;
        for (int i = 0; i < count; ++i) {
            const PCRE2_SIZE start = offsets[2 * i];
            const PCRE2_SIZE end = offsets[2 * i + 1];
            if (i >= rc || start == PCRE2_UNSET)
                groups->append(QByteArray());
            else
                groups->append(bounded.mid(qsizetype(start), qsizetype(end - start)));
        }
    }
    return Result::Match;
}
