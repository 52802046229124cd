// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulefields.h"

#include "payloadparser.h"

#include <QRegularExpression>

using namespace StrictJson;

RuleFields::Header RuleFields::parseHeader(JsonFields &top, qint64 schemaVersion, ResponderFraming defaultFraming)
{
    const qint64 schema = top.integer(QStringLiteral("schema"), 1, 1000, 0, true);
    if (schema != schemaVersion)
        fail(QStringLiteral("schema"),
             tr("version %1 is not supported (this SocketLab reads version %2)").arg(schema).arg(schemaVersion));
    Header header;
    header.name = top.string(QStringLiteral("name"), true, 64);
    static const QRegularExpression nameShape(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!nameShape.match(header.name).hasMatch())
        fail(QStringLiteral("name"), tr("use lower-case letters, digits and '-'"));
    header.description = top.string(QStringLiteral("description"), false);
    const QString framing = top.string(QStringLiteral("framing"), false, 16);
    if (framing == QLatin1String("chunk"))
        header.framing = ResponderFraming::Chunk;
    else if (framing == QLatin1String("line"))
        header.framing = ResponderFraming::Line;
    else if (framing.isEmpty())
        header.framing = defaultFraming;
    else
        fail(QStringLiteral("framing"), tr("unknown framing '%1' (expected chunk or line)").arg(framing));
    header.caseInsensitive = top.boolean(QStringLiteral("caseInsensitive"));
    return header;
}

RuleFields::Pattern RuleFields::parsePattern(JsonFields &fields, ResponderRule::Match match, bool caseInsensitive,
                                             const QString &matchPath)
{
    const bool hasText = fields.has(QStringLiteral("text"));
    const bool hasHex = fields.has(QStringLiteral("hex"));
    Pattern pattern;
    if (match == ResponderRule::Match::Any) {
        if (hasText || hasHex)
            fail(matchPath, tr("\"any\" matches everything: leave out text and hex"));
        return pattern;
    }
    if (hasText == hasHex)
        fail(fields.pathOf(QStringLiteral("text")), tr("give exactly one of \"text\" or \"hex\""));
    const QString key = hasText ? QStringLiteral("text") : QStringLiteral("hex");
    if (match == ResponderRule::Match::Regex) {
        if (hasHex)
            fail(fields.pathOf(QStringLiteral("hex")), tr("a regular expression is text: use \"text\""));
        pattern.text = fields.string(key, true, BoundedRegex::MaxPatternLength);
        QString error;
        pattern.regex = BoundedRegex::compile(pattern.text, caseInsensitive, &error);
        if (!pattern.regex)
            fail(fields.pathOf(key), tr("not a valid regular expression: %1").arg(error));
        return pattern;
    }
    pattern.text = fields.string(key, false);
    if (pattern.text.isEmpty() && match != ResponderRule::Match::Exact)
        fail(fields.pathOf(key), tr("empty: it matches everything, say \"any\""));
    const ParsedPayload parsed = hasText ? parseEscapedText(pattern.text) : parseHexText(pattern.text);
    if (!parsed.ok())
        fail(fields.pathOf(key), parsed.error);
    pattern.bytes = caseInsensitive ? parsed.bytes.toLower() : parsed.bytes;
    return pattern;
}
