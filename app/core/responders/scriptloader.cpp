// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptloader.h"

#include "jsonfields.h"
#include "rulefields.h"
#include "payloadparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

using namespace StrictJson;

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(ScriptLoader)

public:
    explicit Parser(Script &script)
        : m_script(script)
    {
    }

    void parse(const QJsonValue &root)
    {
        JsonFields top(root, QString());
        const RuleFields::Header header = RuleFields::parseHeader(top, ScriptLoader::SchemaVersion, ResponderFraming::Line);
        m_script.name = header.name;
        m_script.description = header.description;
        m_script.framing = header.framing;
        m_caseInsensitive = header.caseInsensitive;
        const QJsonArray steps = top.array(QStringLiteral("steps"), true, ScriptLoader::MaxSteps);
        if (steps.isEmpty())
            fail(QStringLiteral("steps"), tr("a script needs at least one step"));
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QString at = indexed(QStringLiteral("steps"), i);
            if (!m_script.steps.isEmpty() && m_script.steps.last().kind == ScriptStep::Kind::Close)
                fail(at, tr("nothing can follow close"));
            m_script.steps << parseStep(steps.at(i), at);
        }
        top.checkNoOthers();
    }

private:
    ScriptStep parseStep(const QJsonValue &value, const QString &path)
    {
        JsonFields fields(value, path);
        ScriptStep step;
        step.name = fields.string(QStringLiteral("name"), false, 64);
        const QStringList kinds { QStringLiteral("send"), QStringLiteral("sendHex"), QStringLiteral("expect"),
                                  QStringLiteral("wait"), QStringLiteral("close") };
        QStringList given;
        for (const QString &kind : kinds) {
            if (fields.has(kind))
                given << kind;
        }
        if (given.size() != 1)
            fail(path, tr("a step has exactly one of send, sendHex, expect, wait or close"));
        const QString kind = given.first();
        if (kind == QLatin1String("send") || kind == QLatin1String("sendHex")) {
            const QString text = fields.string(kind, true, int(Responder::MaxOutputPerTrigger));
            const ParsedPayload parsed = kind == QLatin1String("send") ? parseEscapedText(text) : parseHexText(text);
            if (!parsed.ok())
                fail(fields.pathOf(kind), parsed.error);
            step.bytes = parsed.bytes;
        } else if (kind == QLatin1String("expect")) {
            parseExpect(fields, step);
        } else if (kind == QLatin1String("wait")) {
            step.kind = ScriptStep::Kind::Wait;
            step.waitMs = int(fields.integer(kind, 0, Responder::MaxWaitMs, 0, true));
        } else {
            step.kind = ScriptStep::Kind::Close;
            if (!fields.boolean(kind))
                fail(fields.pathOf(kind), tr("expected true"));
        }
        fields.checkNoOthers();
        return step;
    }

    void parseExpect(JsonFields &fields, ScriptStep &step)
    {
        step.kind = ScriptStep::Kind::Expect;
        static const QHash<QString, ResponderRule::Match> kinds {
            { QStringLiteral("any"), ResponderRule::Match::Any },
            { QStringLiteral("exact"), ResponderRule::Match::Exact },
            { QStringLiteral("prefix"), ResponderRule::Match::Prefix },
            { QStringLiteral("contains"), ResponderRule::Match::Contains },
            { QStringLiteral("regex"), ResponderRule::Match::Regex },
        };
        const QString matchPath = fields.pathOf(QStringLiteral("expect"));
        const QString match = fields.string(QStringLiteral("expect"), true, 16);
        if (!kinds.contains(match))
            fail(matchPath, tr("unknown match '%1' (expected any, exact, prefix, contains or regex)").arg(match));
        step.match = kinds.value(match);
        step.caseInsensitive = fields.boolean(QStringLiteral("caseInsensitive"), m_caseInsensitive);
        step.timeoutMs = int(fields.integer(QStringLiteral("timeoutMs"), 1, Script::MaxTimeoutMs,
                                            Script::DefaultTimeoutMs, false));
        RuleFields::Pattern pattern = RuleFields::parsePattern(fields, step.match, step.caseInsensitive, matchPath);
        step.pattern = pattern.bytes;
        step.patternText = pattern.text;
        step.regex = std::move(pattern.regex);
    }

    Script &m_script;
    bool m_caseInsensitive = false;
};

} // namespace

std::shared_ptr<const Script> ScriptLoader::parse(const QByteArray &json, const QString &fileName, QString *error)
{
    auto script = std::make_shared<Script>();
    script->fileName = fileName;
    const QString problem = parseDocument(json, [&script](const QJsonValue &root) { Parser(*script).parse(root); });
    if (!problem.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(fileName, problem);
        return nullptr;
    }
    return script;
}

std::shared_ptr<const Script> ScriptLoader::loadFile(const QString &path, QString *error)
{
    QByteArray json;
    const QString problem = readDataFile(path, MaxFileBytes, &json);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    return parse(json, QFileInfo(path).fileName(), error);
}

QStringList ScriptLoader::builtInNames()
{
    QStringList names;
    const QStringList files = QDir(builtInDirectory()).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names << QFileInfo(file).completeBaseName();
    return names;
}

std::shared_ptr<const Script> ScriptLoader::find(const QString &fileOrName, QString *error)
{
    static const QRegularExpression nameShape(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (nameShape.match(fileOrName).hasMatch() && !QFileInfo::exists(fileOrName)) {
        if (builtInNames().contains(fileOrName))
            return loadFile(QDir(builtInDirectory()).filePath(fileOrName + QStringLiteral(".json")), error);
        if (error)
            *error = QCoreApplication::translate("ScriptLoader", "%1: no such file, nor a shipped script (there are: %2)")
                         .arg(fileOrName, builtInNames().join(QStringLiteral(", ")));
        return nullptr;
    }
    return loadFile(fileOrName, error);
}
