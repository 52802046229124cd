// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonfields.h"
#include "responder.h"

#include <QCoreApplication>

// What responder and script files share, parsed as strictly as lessons (a problem is thrown as
// a StrictJson::JsonProblem with its JSON path): the header of the file, and the pattern a
// responder's rule or a script's expect matches.
class RuleFields
{
    Q_DECLARE_TR_FUNCTIONS(RuleFields)

public:
    struct Header
    {
        QString name;           // lower-case letters, digits and '-'
        QString description;
        ResponderFraming framing = ResponderFraming::Chunk;
        bool caseInsensitive = false;   // the default of every match in the file
    };
    // "schema" (must be schemaVersion), "name", "description", "framing" ("chunk" or "line"; absent:
    // defaultFraming) and "caseInsensitive" of the file's top object.
    static Header parseHeader(StrictJson::JsonFields &top, qint64 schemaVersion, ResponderFraming defaultFraming);

    struct Pattern
    {
        QByteArray bytes;   // Exact/Prefix/Contains; lower-case when case-insensitive
        QString text;       // as written
        std::shared_ptr<const BoundedRegex> regex;   // Regex
    };
    // The "text" or "hex" a match other than Any compares with (Regex: a regular expression in
    // "text"); for Any, that neither is given. matchPath names the match in problems.
    static Pattern parsePattern(StrictJson::JsonFields &fields, ResponderRule::Match match, bool caseInsensitive,
                                const QString &matchPath);
};
