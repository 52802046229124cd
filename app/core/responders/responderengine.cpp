// SPDX-License-Identifier: GPL-3.0-or-later
#include "responderengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResponderEngine", text);
}

ResponderEngine::Answer noteOnly(const QString &note)
{
    return ResponderEngine::Answer { note, {} };
}

// A "sendFile" action's bytes: a regular file in the responder's own folder (a symbolic link that
// leads out of it is refused), at most limit bytes. Read when the rule answers, so an edited file
// is sent as it is now; bounded by the output per trigger, so the read is short.
QByteArray folderFile(const Responder &responder, const QString &name, qsizetype limit, bool *cut, QString *problem)
{
    if (responder.path.isEmpty()) {
        *problem = QCoreApplication::translate("ResponderEngine", "the responder was not read from a folder");
        return {};
    }
    const QDir folder = QFileInfo(responder.path).dir();
    const QFileInfo file(folder.filePath(name));
    const QString inside = folder.canonicalPath() + QLatin1Char('/');
    if (!file.isFile() || !file.canonicalFilePath().startsWith(inside)) {
        *problem = QCoreApplication::translate("ResponderEngine", "no file %1 in %2").arg(name, QDir::toNativeSeparators(folder.path()));
        return {};
    }
    QFile input(file.filePath());
    if (!input.open(QIODevice::ReadOnly)) {
        *problem = input.errorString();
        return {};
    }
    QByteArray bytes = input.read(limit + 1);
    *cut = bytes.size() > limit;
    bytes.truncate(limit);
    return bytes;
}

} // namespace

ResponderEngine::ResponderEngine(std::shared_ptr<const Responder> responder, const QString &connectionName,
                                 const QString &peer, Clock clock)
    : m_responder(std::move(responder))
    , m_connectionName(connectionName.toUtf8())
    , m_peer(peer.toUtf8())
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
    , m_state(m_responder->initialState)
    , m_counts(m_responder->rules.size(), 0)
    , m_notes(m_responder->rules.size())
{
}

QList<ResponderEngine::Answer> ResponderEngine::connected()
{
    QList<Answer> answers;
    for (int i = 0; i < m_responder->rules.size(); ++i) {
        const ResponderRule &rule = m_responder->rules.at(i);
        if (rule.on == ResponderRule::On::Connect && (rule.state.isEmpty() || rule.state == m_state)) {
            fire(i, {}, {}, &answers);
            break;
        }
    }
    return answers;
}

QList<ResponderEngine::Answer> ResponderEngine::received(const QByteArray &bytes)
{
    m_received += quint64(bytes.size());
    QList<Answer> answers;
    if (m_responder->framing == ResponderFraming::Chunk) {
        m_receivedThrough = m_received;
        offer(bytes, &answers);
        return answers;
    }
    // ${received} counts up to the end of the line that answers, not to the end of the read.
    const quint64 lineStart = m_received - quint64(m_line.size()) - quint64(bytes.size());
    m_line += bytes;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_line.indexOf('\n', start);
        if (end < 0)
            break;
        qsizetype length = end - start;
        if (length > 0 && m_line.at(end - 1) == '\r')
            --length;
        m_receivedThrough = lineStart + quint64(end) + 1;
        offer(QByteArrayView(m_line).sliced(start, length), &answers);
        start = end + 1;
    }
    m_line.remove(0, start);
    // A peer that never ends its line must not grow memory or a regular expression's subject
    // without bound: the first MaxLineBytes are matched as a line, and the rest goes on as the next.
    while (m_line.size() > Responder::MaxLineBytes) {
        answers.append(noteOnly(tr("responder %1: a line longer than %2 bytes is matched in pieces of %2 bytes")
                                    .arg(m_responder->name)
                                    .arg(Responder::MaxLineBytes)));
        m_receivedThrough = m_received - quint64(m_line.size()) + quint64(Responder::MaxLineBytes);
        offer(QByteArrayView(m_line).first(Responder::MaxLineBytes), &answers);
        m_line.remove(0, Responder::MaxLineBytes);
    }
    return answers;
}

void ResponderEngine::offer(QByteArrayView unit, QList<Answer> *answers)
{
    for (int i = 0; i < m_responder->rules.size(); ++i) {
        const ResponderRule &rule = m_responder->rules.at(i);
        if (rule.on != ResponderRule::On::Data || (!rule.state.isEmpty() && rule.state != m_state)
            || (rule.once && m_counts.at(i) > 0))
            continue;
        QList<QByteArray> groups;
        if (matches(rule, unit, &groups, answers)) {
            fire(i, groups, unit, answers);
            return;
        }
    }
}

bool ResponderEngine::matches(const ResponderRule &rule, QByteArrayView unit, QList<QByteArray> *groups,
                              QList<Answer> *answers)
{
    // Every line meets several rules: no copy of it for those that compare (the pattern of a
    // case-insensitive rule is lower-case already).
    const Qt::CaseSensitivity sensitivity = rule.caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    switch (rule.match) {
    case ResponderRule::Match::Any:
        return true;
    case ResponderRule::Match::Exact:
        return unit.size() == rule.pattern.size() && unit.compare(rule.pattern, sensitivity) == 0;
    case ResponderRule::Match::Prefix:
        return unit.size() >= rule.pattern.size() && unit.first(rule.pattern.size()).compare(rule.pattern, sensitivity) == 0;
    case ResponderRule::Match::Contains:
        return rule.caseInsensitive ? unit.toByteArray().toLower().contains(rule.pattern) : unit.contains(rule.pattern);
    case ResponderRule::Match::Regex:
        switch (rule.regex->match(unit, groups)) {
        case BoundedRegex::Result::Match:
            return true;
        case BoundedRegex::Result::NoMatch:
            return false;
        case BoundedRegex::Result::GaveUp:
            if (!m_gaveUpNoted) {
                m_gaveUpNoted = true;
                answers->append(noteOnly(tr("responder %1: rule \"%2\": the regular expression gave up (it "
                                            "backtracks too much); taken as no match")
                                             .arg(m_responder->name, rule.name)));
            }
            return false;
        }
    }
    return false;
}

// The same rule moving between the same states says the same thing: translated and formatted once
// per connection, not once per answer.
QString ResponderEngine::noteFor(int index, const QString &from)
{
    CachedNote &cached = m_notes[index];
    if (cached.note.isEmpty() || cached.from != from || cached.to != m_state) {
        const ResponderRule &rule = m_responder->rules.at(index);
        cached.from = from;
        cached.to = m_state;
        cached.note = from == m_state ? tr("responder %1: rule \"%2\" answered").arg(m_responder->name, rule.name)
                                      : tr("responder %1: rule \"%2\" answered (state %3 → %4)")
                                            .arg(m_responder->name, rule.name, from, m_state);
    }
    return cached.note;
}

void ResponderEngine::fire(int index, const QList<QByteArray> &groups, QByteArrayView input, QList<Answer> *answers)
{
    const ResponderRule &rule = m_responder->rules.at(index);
    const int counter = ++m_counts[index];
    QByteArray bodyLength;
    ReplyTemplate::Values values;
    values.groups = groups;
    values.variable = [&](ReplyTemplate::Variable variable) -> QByteArray {
        switch (variable) {
        case ReplyTemplate::Variable::Name:
            return m_connectionName;
        case ReplyTemplate::Variable::Peer:
            return m_peer;
        case ReplyTemplate::Variable::Counter:
            return QByteArray::number(counter);
        case ReplyTemplate::Variable::Time:
            return m_clock().toString(QStringLiteral("HH:mm:ss")).toUtf8();
        case ReplyTemplate::Variable::Received:
            return QByteArray::number(m_receivedThrough);
        case ReplyTemplate::Variable::Input:
            return input.toByteArray();
        case ReplyTemplate::Variable::BodyLength:
            return bodyLength;
        }
        return {};
    };

    Answer answer;
    qsizetype output = 0;
    bool cut = false;
    for (const ResponderAction &action : rule.actions) {
        switch (action.kind) {
        case ResponderAction::Kind::Reply: {
            const QByteArray body = action.body.expand(values);
            bodyLength = QByteArray::number(body.size());
            QByteArray bytes = action.reply.expand(values) + body;
            // Bounded per trigger: a template of many groups or ${input}s cannot multiply a line.
            if (output + bytes.size() > Responder::MaxOutputPerTrigger) {
                bytes.truncate(Responder::MaxOutputPerTrigger - output);
                cut = true;
            }
            output += bytes.size();
            if (!bytes.isEmpty())
                answer.steps.append(Step { Step::Kind::Send, bytes, 0 });
            break;
        }
        case ResponderAction::Kind::SendFile: {
            QString problem;
            bool fileCut = false;
            const QByteArray bytes
                = folderFile(*m_responder, action.file, Responder::MaxOutputPerTrigger - output, &fileCut, &problem);
            if (!problem.isEmpty())
                answers->append(noteOnly(tr("responder %1: rule \"%2\" cannot send the file %3: %4")
                                             .arg(m_responder->name, rule.name, action.file, problem)));
            cut = cut || fileCut;
            output += bytes.size();
            if (!bytes.isEmpty())
                answer.steps.append(Step { Step::Kind::Send, bytes, 0 });
            break;
        }
        case ResponderAction::Kind::Wait:
            answer.steps.append(Step { Step::Kind::Wait, {}, action.waitMs });
            break;
        case ResponderAction::Kind::Close:
            answer.steps.append(Step { Step::Kind::Close, {}, 0 });
            break;
        case ResponderAction::Kind::Abort:
            answer.steps.append(Step { Step::Kind::Abort, {}, 0 });
            break;
        }
    }
    const QString from = m_state;
    if (!rule.next.isEmpty())
        m_state = rule.next;
    // A rule that only consumes (an e-mail's body lines) leaves no note: the received rows say it.
    if (answer.steps.isEmpty() && m_state == from)
        return;
    answer.note = noteFor(index, from);
    if (cut)
        answer.note += tr("; its reply was cut at %1 bytes").arg(Responder::MaxOutputPerTrigger);
    answers->append(answer);
}
