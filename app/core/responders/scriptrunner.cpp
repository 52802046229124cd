// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptrunner.h"

#include "byteformat.h"

#include <QTimer>

namespace {

QString matchName(ResponderRule::Match match)
{
    switch (match) {
    case ResponderRule::Match::Any:
        return QStringLiteral("any");
    case ResponderRule::Match::Exact:
        return QStringLiteral("exact");
    case ResponderRule::Match::Prefix:
        return QStringLiteral("prefix");
    case ResponderRule::Match::Contains:
        return QStringLiteral("contains");
    case ResponderRule::Match::Regex:
        return QStringLiteral("regex");
    }
    return {};
}

} // namespace

ScriptRunner::ScriptRunner(std::shared_ptr<const Script> script, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_script(std::move(script))
    , m_hooks(std::move(hooks))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        const ScriptStep &step = m_script->steps.at(m_next);
        if (step.kind == ScriptStep::Kind::Expect) {
            fail(tr("nothing matched within %1 ms").arg(step.timeoutMs));
            return;
        }
        m_waiting = false;
        ++m_next;
        run();
    });
}

QString ScriptRunner::stepName(int index) const
{
    const ScriptStep &step = m_script->steps.at(index);
    if (!step.name.isEmpty())
        return tr("step %1 \"%2\"").arg(index + 1).arg(step.name);
    switch (step.kind) {
    case ScriptStep::Kind::Send:
        return tr("step %1 (send)").arg(index + 1);
    case ScriptStep::Kind::Expect:
        if (step.match == ResponderRule::Match::Any)
            return tr("step %1 (expect any)").arg(index + 1);
        return tr("step %1 (expect %2 \"%3\")").arg(index + 1).arg(matchName(step.match), step.patternText);
    case ScriptStep::Kind::Wait:
        return tr("step %1 (wait %2 ms)").arg(index + 1).arg(step.waitMs);
    case ScriptStep::Kind::Close:
        return tr("step %1 (close)").arg(index + 1);
    }
    return {};
}

void ScriptRunner::connected()
{
    if (m_started)
        return;
    m_started = true;
    run();
}

void ScriptRunner::received(const QByteArray &bytes)
{
    if (m_done)
        return;
    m_unmatched += bytes;
    // A peer that talks and talks without ever matching must not grow memory without bound:
    // the oldest bytes go (a line protocol keeps its lines whole enough to match).
    if (m_unmatched.size() > Script::MaxUnmatchedBytes)
        m_unmatched.remove(0, m_unmatched.size() - Script::MaxUnmatchedBytes);
    if (m_started && m_waiting && m_script->steps.at(m_next).kind == ScriptStep::Kind::Expect && tryExpect()) {
        m_timer->stop();
        m_waiting = false;
        ++m_next;
        run();
    }
}

void ScriptRunner::peerClosed()
{
    if (m_done)
        return;
    if (!m_started) {
        fail(tr("the connection ended before the script began"));
        return;
    }
    // Steps that only send would fail too; a wait or an expect says so now rather than later.
    fail(tr("the connection ended"));
}

void ScriptRunner::run()
{
    while (!m_done && !m_waiting) {
        if (m_next >= m_script->steps.size()) {
            m_done = true;
            Q_EMIT finished(true, tr("script %1 completed: all %2 steps done").arg(m_script->name).arg(m_script->steps.size()));
            return;
        }
        const ScriptStep &step = m_script->steps.at(m_next);
        switch (step.kind) {
        case ScriptStep::Kind::Send:
            m_hooks.send(step.bytes);
            ++m_next;
            break;
        case ScriptStep::Kind::Expect:
            if (tryExpect()) {
                ++m_next;
                break;
            }
            m_waiting = true;
            m_timer->start(step.timeoutMs);
            break;
        case ScriptStep::Kind::Wait:
            m_waiting = true;
            m_timer->start(step.waitMs);
            break;
        case ScriptStep::Kind::Close:
            ++m_next;
            m_hooks.close();
            break;
        }
    }
}

// Takes what the current expect matches out of the unmatched bytes: per line, through the first
// line that matches (the lines before it are passed over, as expect(1) does); per chunk, all of it.
bool ScriptRunner::tryExpect()
{
    const ScriptStep &step = m_script->steps.at(m_next);
    if (m_script->framing == ResponderFraming::Chunk) {
        if (m_unmatched.isEmpty() || !matches(step, m_unmatched))
            return false;
        m_unmatched.clear();
        return true;
    }
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_unmatched.indexOf('\n', start);
        if (end < 0)
            return false;
        qsizetype length = end - start;
        if (length > 0 && m_unmatched.at(end - 1) == '\r')
            --length;
        if (matches(step, m_unmatched.mid(start, length))) {
            m_unmatched.remove(0, end + 1);
            return true;
        }
        start = end + 1;
    }
}

bool ScriptRunner::matches(const ScriptStep &step, const QByteArray &unit) const
{
    const QByteArray subject = step.caseInsensitive && step.match != ResponderRule::Match::Regex ? unit.toLower() : unit;
    switch (step.match) {
    case ResponderRule::Match::Any:
        return true;
    case ResponderRule::Match::Exact:
        return subject == step.pattern;
    case ResponderRule::Match::Prefix:
        return subject.startsWith(step.pattern);
    case ResponderRule::Match::Contains:
        return subject.contains(step.pattern);
    case ResponderRule::Match::Regex:
        // A pattern that gives up (backtracks too much) is no match: the timeout then says so.
        return step.regex->match(subject) == BoundedRegex::Result::Match;
    }
    return false;
}

void ScriptRunner::fail(const QString &why)
{
    m_done = true;
    m_timer->stop();
    QString message = tr("script %1 failed at %2: %3").arg(m_script->name, stepName(qMin(m_next, int(m_script->steps.size()) - 1)), why);
    if (!m_unmatched.isEmpty())
        message += tr("; received and not matched: %1").arg(escapeBytes(m_unmatched, 200));
    Q_EMIT finished(false, message);
}
