// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

// What a responder's reply says, with the parts that change per answer.
//
// Text: the send field's escapes (\r \n \t \\ \0 \xNN, PayloadParser) plus
//   \1 … \9          a regular expression's capture group, as the bytes that arrived;
//   ${name}          a variable (ReplyTemplate::Variable); ${name:upper} / ${name:lower} change
//                    its ASCII letters' case.
// What is substituted is inserted as bytes and never read as escapes again: what a peer sends
// cannot write a reply of its own choosing beyond the place it is put in.
class ReplyTemplate
{
public:
    // The variables a reply may name.
    enum class Variable { Name, Peer, Counter, Time, Received, Input, BodyLength };
    enum class Case { Keep, Upper, Lower };

    // A template of text (with escapes, groups and variables) or, hex, of fixed bytes.
    static ReplyTemplate fromText(const QString &text, QString *error);
    static ReplyTemplate fromHex(const QString &hex, QString *error);

    struct Values
    {
        QList<QByteArray> groups;   // [0] whole match, [n] group n
        // Asked only for the variables a template names: the time, say, is not formatted for
        // replies that do not show it (a responder answers thousands of requests a second).
        std::function<QByteArray(Variable)> variable;
    };
    QByteArray expand(const Values &values) const;

    int highestGroup() const;
    bool uses(Variable variable) const;
    qsizetype fixedSize() const;   // the bytes that do not vary
    bool isEmpty() const { return m_parts.isEmpty(); }

    static QStringList variableNames();

private:
    struct Part
    {
        enum class Kind { Bytes, Group, Variable } kind = Kind::Bytes;
        QByteArray bytes;
        int group = 0;
        Variable variable = Variable::Name;
        Case letterCase = Case::Keep;
    };
    static Part bytesPart(const QByteArray &bytes);
    QList<Part> m_parts;
};
