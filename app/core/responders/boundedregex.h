// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

// A regular expression that cannot stall the thread that runs it. Qt 6.4's QRegularExpression
// sets no match limit, so a pattern like ^(a+)+$ against "aaaa…b" backtracks for hours; this
// calls PCRE2 directly with a limit on match steps, on backtracking depth and on heap (the JIT's
// 32 KiB stack in their place when the pattern is compiled to machine code), and on the length
// of the subject. Past a limit the answer is Gave up, never a late Match.
// Patterns are UTF-8 (Perl syntax); subjects are bytes, matched as UTF-8: bytes that are not
// UTF-8 match nothing in a pattern (not even '.'), the text around them matches as usual.
class BoundedRegex
{
public:
    static constexpr quint32 MatchStepLimit = 200000;   // pcre2 "match limit": calls to match()
    static constexpr quint32 DepthLimit = 5000;          // backtracking depth
    static constexpr quint32 HeapLimitKiB = 2048;
    static constexpr qsizetype MaxSubjectBytes = 64 * 1024;
    static constexpr int MaxPatternLength = 2000;

    enum class Result { NoMatch, Match, GaveUp };

    // Null, with *error set (a one-line reason with its position), when the pattern is invalid.
    static std::unique_ptr<BoundedRegex> compile(const QString &pattern, bool caseInsensitive, QString *error);
    ~BoundedRegex();
    BoundedRegex(const BoundedRegex &) = delete;
    BoundedRegex &operator=(const BoundedRegex &) = delete;

    int captureCount() const;
    // groups[0] is the whole match, groups[n] capture n (empty when it did not take part).
    // A subject longer than MaxSubjectBytes is matched on its first MaxSubjectBytes bytes.
    Result match(QByteArrayView subject, QList<QByteArray> *groups = nullptr) const;

private:
    explicit BoundedRegex(void *code);
    void *m_code = nullptr;      // pcre2_code_8, kept out of the header
    void *m_context = nullptr;   // pcre2_match_context_8 with the limits: read-only while matching
    int m_captureCount = 0;
};
