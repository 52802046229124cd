// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boundedregex.h"
#include "responder.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

// A script: a client that talks by rules (docs/scripts.md). A sequence of steps run on one
// connection, in order: send bytes, expect something to arrive (with a timeout), wait, close.
// The "expect" idea of chat(8) and expect(1), for protocol demos and for checking one's own
// server. Like a responder it is data read from a file (ScriptLoader); nothing in it runs.
struct ScriptStep
{
    enum class Kind { Send, Expect, Wait, Close };
    Kind kind = Kind::Send;
    QString name;                  // empty: the step is named by its number and what it does
    QByteArray bytes;              // Send
    ResponderRule::Match match = ResponderRule::Match::Any;   // Expect
    QByteArray pattern;            // Expect Exact/Prefix/Contains; lower-case when caseInsensitive
    QString patternText;           // Expect: as written, for the step's description
    bool caseInsensitive = false;
    std::shared_ptr<const BoundedRegex> regex;   // Expect Regex
    int timeoutMs = 0;             // Expect
    int waitMs = 0;                // Wait
};

struct Script
{
    static constexpr int DefaultTimeoutMs = 5000;
    static constexpr int MaxTimeoutMs = 10 * 60 * 1000;
    static constexpr qsizetype MaxUnmatchedBytes = BoundedRegex::MaxSubjectBytes;

    QString name;
    QString description;
    QString fileName;
    // Line: an expect tries each line that arrived (without its LF or CRLF) until one matches.
    // Chunk: it tries everything that arrived since the last match, as one text.
    ResponderFraming framing = ResponderFraming::Line;
    QList<ScriptStep> steps;
};
