// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boundedregex.h"
#include "replytemplate.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

// A responder: a server that answers by rules (docs/responders.md). It is data read from a file
// (ResponderLoader), shared read-only by every connection it serves; each connection runs it in
// a ResponderEngine of its own. Nothing in it is code: it matches, replies, waits and closes.

// How the bytes that arrive are cut before the rules see them.
enum class ResponderFraming {
    Chunk,   // each read() as it came: what the peer wrote may arrive split or joined
    Line,    // each line, without its LF or CRLF: the way line protocols (SMTP, HTTP heads) talk
};

struct ResponderAction
{
    enum class Kind { Reply, Wait, Close, Abort, SendFile };
    Kind kind = Kind::Reply;
    ReplyTemplate reply;   // Reply: the bytes sent (for HTTP: the head)
    ReplyTemplate body;    // Reply: sent after reply; ${bodyLength} in reply is its length
    int waitMs = 0;        // Wait
    QString file;          // SendFile: a file name in the responder's own folder, never a path
};

struct ResponderRule
{
    enum class On { Connect, Data };
    enum class Match { Any, Exact, Prefix, Contains, Regex };

    QString name;
    QString state;               // empty: the rule applies in every state
    On on = On::Data;
    Match match = Match::Any;
    QByteArray pattern;          // Exact/Prefix/Contains; lower-case when caseInsensitive
    bool caseInsensitive = false;
    std::shared_ptr<const BoundedRegex> regex;   // Regex
    bool once = false;           // at most once per connection
    QList<ResponderAction> actions;
    QString next;                // empty: stay in the state
};

struct Responder
{
    // Bounds that keep one responder from stalling the network thread or flooding a peer.
    static constexpr qsizetype MaxLineBytes = BoundedRegex::MaxSubjectBytes;   // a longer line is cut
    static constexpr qsizetype MaxOutputPerTrigger = 1024 * 1024;              // bytes one match sends
    static constexpr int MaxWaitMs = 60 * 1000;

    QString name;
    QString description;
    QString fileName;
    // Where it was read from (a file's absolute path, or ":/responders/NAME.json"); empty when
    // parsed from bytes. A saved edit reloads the listeners whose responder came from that path.
    QString path;
    ResponderFraming framing = ResponderFraming::Chunk;
    QString initialState;   // empty when no rule names a state
    QList<ResponderRule> rules;
};
