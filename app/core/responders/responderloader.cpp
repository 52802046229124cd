// SPDX-License-Identifier: GPL-3.0-or-later
#include "responderloader.h"

#include "jsonfields.h"
#include "ownresponders.h"
#include "rulefields.h"
#include "payloadparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace {

using namespace StrictJson;

QString tr(const char *text)
{
    return QCoreApplication::translate("ResponderLoader", text);
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(ResponderLoader)

public:
    explicit Parser(Responder &responder)
        : m_responder(responder)
    {
    }

    void parse(const QJsonValue &root)
    {
        JsonFields top(root, QString());
        const RuleFields::Header header
            = RuleFields::parseHeader(top, ResponderLoader::SchemaVersion, ResponderFraming::Chunk);
        m_responder.name = header.name;
        m_responder.description = header.description;
        m_responder.framing = header.framing;
        m_caseInsensitive = header.caseInsensitive;
        m_responder.initialState = top.string(QStringLiteral("initialState"), false, 64);
        const QJsonArray rules = top.array(QStringLiteral("rules"), true, ResponderLoader::MaxRules);
        if (rules.isEmpty())
            fail(QStringLiteral("rules"), tr("a responder needs at least one rule"));
        for (qsizetype i = 0; i < rules.size(); ++i)
            m_responder.rules << parseRule(rules.at(i), indexed(QStringLiteral("rules"), i));
        top.checkNoOthers();
        checkStates();
    }

private:
    ResponderRule parseRule(const QJsonValue &value, const QString &path)
    {
        JsonFields fields(value, path);
        ResponderRule rule;
        rule.name = fields.string(QStringLiteral("name"), true, 64);
        if (m_ruleNames.contains(rule.name))
            fail(fields.pathOf(QStringLiteral("name")), tr("'%1' names two rules").arg(rule.name));
        m_ruleNames.insert(rule.name);
        rule.state = fields.string(QStringLiteral("state"), false, 64);
        if (fields.has(QStringLiteral("state")))
            checkStateName(rule.state, fields.pathOf(QStringLiteral("state")));
        const QString on = fields.string(QStringLiteral("on"), false, 16);
        if (on == QLatin1String("connect"))
            rule.on = ResponderRule::On::Connect;
        else if (!on.isEmpty() && on != QLatin1String("data"))
            fail(fields.pathOf(QStringLiteral("on")), tr("unknown trigger '%1' (expected connect or data)").arg(on));
        rule.caseInsensitive = fields.boolean(QStringLiteral("caseInsensitive"), m_caseInsensitive);
        rule.once = fields.boolean(QStringLiteral("once"));
        parseMatch(fields, rule);
        const QJsonArray actions = fields.array(QStringLiteral("then"), false, ResponderLoader::MaxActions);
        int groupsAvailable = rule.regex ? rule.regex->captureCount() : 0;
        for (qsizetype i = 0; i < actions.size(); ++i) {
            const QString at = indexed(fields.pathOf(QStringLiteral("then")), i);
            rule.actions << parseAction(actions.at(i), at, groupsAvailable, rule);
            const auto kind = rule.actions.last().kind;
            if ((kind == ResponderAction::Kind::Close || kind == ResponderAction::Kind::Abort) && i + 1 < actions.size())
                fail(at, tr("nothing can follow close or abort"));
        }
        rule.next = fields.string(QStringLiteral("next"), false, 64);
        if (fields.has(QStringLiteral("next")))
            checkStateName(rule.next, fields.pathOf(QStringLiteral("next")));
        if (!rule.next.isEmpty())
            m_nextPaths.insert(rule.next, fields.pathOf(QStringLiteral("next")));
        if (rule.actions.isEmpty() && rule.next.isEmpty() && rule.on == ResponderRule::On::Connect)
            fail(path, tr("a connect rule needs \"then\" or \"next\""));
        fields.checkNoOthers();
        return rule;
    }

    void parseMatch(JsonFields &fields, ResponderRule &rule)
    {
        const bool hasText = fields.has(QStringLiteral("text"));
        const bool hasHex = fields.has(QStringLiteral("hex"));
        const QString match = fields.string(QStringLiteral("match"), false, 16);
        const QString matchPath = fields.pathOf(QStringLiteral("match"));
        if (rule.on == ResponderRule::On::Connect) {
            if (!match.isEmpty() || hasText || hasHex)
                fail(matchPath, tr("a connect rule matches nothing: leave out match, text and hex"));
            return;
        }
        static const QHash<QString, ResponderRule::Match> kinds {
            { QStringLiteral("any"), ResponderRule::Match::Any },
            { QStringLiteral("exact"), ResponderRule::Match::Exact },
            { QStringLiteral("prefix"), ResponderRule::Match::Prefix },
            { QStringLiteral("contains"), ResponderRule::Match::Contains },
            { QStringLiteral("regex"), ResponderRule::Match::Regex },
        };
        if (match.isEmpty())
            fail(matchPath, tr("missing (any, exact, prefix, contains or regex)"));
        if (!kinds.contains(match))
            fail(matchPath, tr("unknown match '%1' (expected any, exact, prefix, contains or regex)").arg(match));
        rule.match = kinds.value(match);
        RuleFields::Pattern pattern = RuleFields::parsePattern(fields, rule.match, rule.caseInsensitive, matchPath);
        rule.pattern = pattern.bytes;
        rule.regex = std::move(pattern.regex);
    }

    ResponderAction parseAction(const QJsonValue &value, const QString &path, int groupsAvailable,
                                const ResponderRule &rule)
    {
        JsonFields fields(value, path);
        ResponderAction action;
        const QStringList kinds { QStringLiteral("reply"), QStringLiteral("replyHex"), QStringLiteral("wait"),
                                  QStringLiteral("close"), QStringLiteral("abort"), QStringLiteral("sendFile") };
        QStringList given;
        for (const QString &kind : kinds) {
            if (fields.has(kind))
                given << kind;
        }
        if (given.size() != 1)
            fail(path, tr("an action has exactly one of reply, replyHex, wait, close, abort or sendFile"));
        const QString kind = given.first();
        if (kind == QLatin1String("reply")) {
            action.reply = parseTemplate(fields, QStringLiteral("reply"), groupsAvailable, rule, false);
            if (fields.has(QStringLiteral("body")))
                action.body = parseTemplate(fields, QStringLiteral("body"), groupsAvailable, rule, true);
            else if (action.reply.uses(ReplyTemplate::Variable::BodyLength))
                fail(fields.pathOf(QStringLiteral("reply")), tr("${bodyLength} needs a \"body\""));
            if (action.reply.fixedSize() + action.body.fixedSize() > Responder::MaxOutputPerTrigger)
                fail(path, tr("longer than %1 bytes").arg(Responder::MaxOutputPerTrigger));
        } else if (kind == QLatin1String("replyHex")) {
            QString error;
            action.reply = ReplyTemplate::fromHex(fields.string(kind, true, int(Responder::MaxOutputPerTrigger)), &error);
            if (!error.isEmpty())
                fail(fields.pathOf(kind), error);
        } else if (kind == QLatin1String("sendFile")) {
            // A name, not a path: the file is in the responder's own folder and nowhere else.
            static const QRegularExpression fileShape(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]*$"));
            action.kind = ResponderAction::Kind::SendFile;
            action.file = fields.string(kind, true, 128);
            if (!fileShape.match(action.file).hasMatch())
                fail(fields.pathOf(kind), tr("a file name in the responder's folder (letters, digits, '.', '_', '-'; "
                                             "no path)"));
        } else if (kind == QLatin1String("wait")) {
            action.kind = ResponderAction::Kind::Wait;
            action.waitMs = int(fields.integer(kind, 0, Responder::MaxWaitMs, 0, true));
        } else {
            action.kind = kind == QLatin1String("close") ? ResponderAction::Kind::Close : ResponderAction::Kind::Abort;
            if (!fields.boolean(kind))
                fail(fields.pathOf(kind), tr("expected true"));
        }
        fields.checkNoOthers();
        return action;
    }

    ReplyTemplate parseTemplate(JsonFields &fields, const QString &key, int groupsAvailable,
                                const ResponderRule &rule, bool isBody)
    {
        const QString at = fields.pathOf(key);
        QString error;
        const ReplyTemplate result
            = ReplyTemplate::fromText(fields.string(key, false, int(Responder::MaxOutputPerTrigger)), &error);
        if (!error.isEmpty())
            fail(at, error);
        if (result.highestGroup() > groupsAvailable)
            fail(at, groupsAvailable == 0
                         ? tr("\\%1 names a group, but only a regular expression has groups").arg(result.highestGroup())
                         : tr("\\%1 names a group the regular expression does not have (it has %2)")
                               .arg(result.highestGroup())
                               .arg(groupsAvailable));
        if (isBody && result.uses(ReplyTemplate::Variable::BodyLength))
            fail(at, tr("a body cannot contain its own length"));
        if (rule.on == ResponderRule::On::Connect && result.uses(ReplyTemplate::Variable::Input))
            fail(at, tr("${input} is what arrived: a connect rule has none"));
        return result;
    }

    void checkStateName(const QString &name, const QString &path)
    {
        static const QRegularExpression shape(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
        if (!shape.match(name).hasMatch())
            fail(path, tr("a state name uses letters, digits, '_' and '-', starting with a letter"));
    }

    // Every state a rule moves to, and the initial one, must have rules: a typo would strand the
    // connection in a state where nothing answers.
    void checkStates()
    {
        QSet<QString> states;
        for (const ResponderRule &rule : std::as_const(m_responder.rules)) {
            if (!rule.state.isEmpty())
                states.insert(rule.state);
        }
        for (auto it = m_nextPaths.cbegin(); it != m_nextPaths.cend(); ++it) {
            if (!states.contains(it.key()))
                fail(it.value(), tr("no rule is in state '%1'").arg(it.key()));
        }
        if (m_responder.initialState.isEmpty()) {
            if (!states.isEmpty())
                fail(QStringLiteral("initialState"), tr("missing: the rules name states"));
        } else if (!states.contains(m_responder.initialState)) {
            fail(QStringLiteral("initialState"), tr("no rule is in state '%1'").arg(m_responder.initialState));
        }
    }

    Responder &m_responder;
    bool m_caseInsensitive = false;
    QSet<QString> m_ruleNames;
    QHash<QString, QString> m_nextPaths;   // a state moved to -> the first place that names it
};

} // namespace

std::shared_ptr<const Responder> ResponderLoader::parse(const QByteArray &json, const QString &fileName, QString *error)
{
    const auto report = [&](const QString &message) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(fileName, message);
        return nullptr;
    };
    auto responder = std::make_shared<Responder>();
    responder->fileName = fileName;
    const QString problem = parseDocument(json, [&responder](const QJsonValue &root) { Parser(*responder).parse(root); });
    if (!problem.isEmpty())
        return report(problem);
    const QString expectedName = QFileInfo(fileName).completeBaseName();
    if (responder->name != expectedName)
        return report(tr("name: '%1' differs from the file's name (expected '%2')").arg(responder->name, expectedName));
    return responder;
}

std::shared_ptr<const Responder> ResponderLoader::loadFile(const QString &path, QString *error)
{
    QByteArray json;
    const QString problem = readDataFile(path, MaxFileBytes, &json);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    auto responder = parse(json, QFileInfo(path).fileName(), error);
    if (!responder)
        return nullptr;
    auto located = std::make_shared<Responder>(*responder);
    located->path = path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).absoluteFilePath();
    return located;
}

QStringList ResponderLoader::builtInNames()
{
    QStringList names;
    const QStringList files = QDir(builtInDirectory()).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names << QFileInfo(file).completeBaseName();
    return names;
}

std::shared_ptr<const Responder> ResponderLoader::find(const QString &fileOrName, QString *error)
{
    static const QRegularExpression nameShape(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (nameShape.match(fileOrName).hasMatch() && !QFileInfo::exists(fileOrName)) {
        if (builtInNames().contains(fileOrName))
            return loadFile(QDir(builtInDirectory()).filePath(fileOrName + QStringLiteral(".json")), error);
        if (OwnResponders::names().contains(fileOrName))
            return loadFile(OwnResponders::pathOf(fileOrName), error);
        if (error)
            *error = tr("%1: no such file, nor a shipped or own responder (there are: %2)")
                         .arg(fileOrName, (builtInNames() + OwnResponders::names()).join(QStringLiteral(", ")));
        return nullptr;
    }
    return loadFile(fileOrName, error);
}
