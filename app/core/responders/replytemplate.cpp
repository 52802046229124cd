// SPDX-License-Identifier: GPL-3.0-or-later
#include "replytemplate.h"

#include "payloadparser.h"

#include <QCoreApplication>

namespace {

struct Named
{
    const char *name;
    ReplyTemplate::Variable variable;
};
constexpr Named variableTable[] = {
    { "name", ReplyTemplate::Variable::Name },
    { "peer", ReplyTemplate::Variable::Peer },
    { "counter", ReplyTemplate::Variable::Counter },
    { "time", ReplyTemplate::Variable::Time },
    { "received", ReplyTemplate::Variable::Received },
    { "input", ReplyTemplate::Variable::Input },
    { "bodyLength", ReplyTemplate::Variable::BodyLength },
};

QString tr(const char *text)
{
    return QCoreApplication::translate("ReplyTemplate", text);
}

} // namespace

ReplyTemplate::Part ReplyTemplate::bytesPart(const QByteArray &bytes)
{
    Part part;
    part.bytes = bytes;
    return part;
}

namespace {

} // namespace

QStringList ReplyTemplate::variableNames()
{
    QStringList names;
    for (const Named &named : variableTable)
        names << QLatin1String(named.name);
    return names;
}

ReplyTemplate ReplyTemplate::fromText(const QString &text, QString *error)
{
    ReplyTemplate result;
    QString literal;
    const auto flush = [&]() -> bool {
        if (literal.isEmpty())
            return true;
        const ParsedPayload parsed = parseEscapedText(literal);
        if (!parsed.ok()) {
            *error = parsed.error;
            return false;
        }
        result.m_parts.append(bytesPart(parsed.bytes));
        literal.clear();
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == QLatin1Char('\\') && next >= QLatin1Char('1') && next <= QLatin1Char('9')) {
            if (!flush())
                return {};
            Part part;
            part.kind = Part::Kind::Group;
            part.group = next.digitValue();
            result.m_parts.append(part);
            ++i;
        } else if (c == QLatin1Char('\\') && !next.isNull()) {
            literal += c;   // an escape for the send-field parser, \\ included
            literal += next;
            ++i;
        } else if (c == QLatin1Char('$') && next == QLatin1Char('{')) {
            const qsizetype end = text.indexOf(QLatin1Char('}'), i + 2);
            if (end < 0) {
                *error = tr("\"${\" at position %1 is not closed by \"}\"").arg(i + 1);
                return {};
            }
            const QString inside = text.mid(i + 2, end - i - 2);
            const QString name = inside.section(QLatin1Char(':'), 0, 0);
            const QString modifier = inside.section(QLatin1Char(':'), 1);
            Part part;
            part.kind = Part::Kind::Variable;
            bool known = false;
            for (const Named &named : variableTable) {
                if (name == QLatin1String(named.name)) {
                    part.variable = named.variable;
                    known = true;
                }
            }
            if (!known) {
                *error = tr("unknown variable \"%1\" at position %2 (known: %3)")
                             .arg(name)
                             .arg(i + 1)
                             .arg(variableNames().join(QStringLiteral(", ")));
                return {};
            }
            if (modifier == QLatin1String("upper"))
                part.letterCase = Case::Upper;
            else if (modifier == QLatin1String("lower"))
                part.letterCase = Case::Lower;
            else if (inside.contains(QLatin1Char(':'))) {
                *error = tr("unknown modifier \"%1\" at position %2 (known: upper, lower)").arg(modifier).arg(i + 1);
                return {};
            }
            if (!flush())
                return {};
            result.m_parts.append(part);
            i = end;
        } else {
            literal += c;
        }
    }
    if (!flush())
        return {};
    return result;
}

ReplyTemplate ReplyTemplate::fromHex(const QString &hex, QString *error)
{
    const ParsedPayload parsed = parseHexText(hex);
    if (!parsed.ok()) {
        *error = parsed.error;
        return {};
    }
    ReplyTemplate result;
    if (!parsed.bytes.isEmpty())
        result.m_parts.append(bytesPart(parsed.bytes));
    return result;
}

QByteArray ReplyTemplate::expand(const Values &values) const
{
    QByteArray out;
    for (const Part &part : m_parts) {
        switch (part.kind) {
        case Part::Kind::Bytes:
            out += part.bytes;
            break;
        case Part::Kind::Group:
            out += values.groups.value(part.group);
            break;
        case Part::Kind::Variable: {
            const QByteArray value = values.variable ? values.variable(part.variable) : QByteArray();
            out += part.letterCase == Case::Upper ? value.toUpper()
                 : part.letterCase == Case::Lower ? value.toLower()
                                                  : value;
            break;
        }
        }
    }
    return out;
}

int ReplyTemplate::highestGroup() const
{
    int highest = 0;
    for (const Part &part : m_parts) {
        if (part.kind == Part::Kind::Group)
            highest = qMax(highest, part.group);
    }
    return highest;
}

bool ReplyTemplate::uses(Variable variable) const
{
    return std::any_of(m_parts.cbegin(), m_parts.cend(), [variable](const Part &part) {
        return part.kind == Part::Kind::Variable && part.variable == variable;
    });
}

qsizetype ReplyTemplate::fixedSize() const
{
    qsizetype size = 0;
    for (const Part &part : m_parts)
        size += part.bytes.size();
    return size;
}
