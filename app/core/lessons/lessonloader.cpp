// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonloader.h"

#include "endpointaddress.h"
#include "jsonfields.h"
#include "lessonfile.h"
#include "packetdecoder.h"
#include "responderloader.h"
#include "scriptloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

using namespace StrictJson;

QString tr(const char *text)
{
    return QCoreApplication::translate("LessonLoader", text);
}


class Parser
{
    Q_DECLARE_TR_FUNCTIONS(LessonLoader)

public:
    explicit Parser(Lesson &lesson)
        : m_lesson(lesson)
    {
    }

    void parse(const QJsonValue &root)
    {
        JsonFields top(root, QString());
        const qint64 schema = top.integer(QStringLiteral("schema"), 1, 1000, 0, true);
        if (schema != LessonLoader::SchemaVersion)
            fail(QStringLiteral("schema"),
                tr("version %1 is not supported (this SocketLab reads version %2)")
                    .arg(schema)
                    .arg(LessonLoader::SchemaVersion));
        m_lesson.id = top.string(QStringLiteral("id"), true, 64);
        static const QRegularExpression idShape(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        if (!idShape.match(m_lesson.id).hasMatch())
            fail(QStringLiteral("id"), tr("use lower-case letters, digits and '-'"));
        m_lesson.title = top.string(QStringLiteral("title"), true, 200);
        m_lesson.summary = top.string(QStringLiteral("summary"), false);
        m_lesson.order = int(top.integer(QStringLiteral("order"), 0, 10000, 1000));
        parseRoles(top.array(QStringLiteral("roles"), true, 32));
        const QJsonArray steps = top.array(QStringLiteral("steps"), true, LessonLoader::MaxSteps);
        if (steps.isEmpty())
            fail(QStringLiteral("steps"), tr("a lesson needs at least one step"));
        for (qsizetype i = 0; i < steps.size(); ++i)
            m_lesson.steps << parseStep(steps.at(i), indexed(QStringLiteral("steps"), i));
        top.checkNoOthers();
    }

private:
    void parseRoles(const QJsonArray &roles)
    {
        if (roles.isEmpty())
            fail(QStringLiteral("roles"), tr("a lesson needs at least one socket role"));
        for (qsizetype i = 0; i < roles.size(); ++i) {
            const QString path = indexed(QStringLiteral("roles"), i);
            JsonFields fields(roles.at(i), path);
            LessonRole role;
            role.name = fields.string(QStringLiteral("name"), true, 32);
            static const QRegularExpression nameShape(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
            if (!nameShape.match(role.name).hasMatch())
                fail(fields.pathOf(QStringLiteral("name")),
                    tr("use letters, digits and '_', starting with a letter"));
            if (m_lesson.role(role.name))
                fail(fields.pathOf(QStringLiteral("name")),
                    tr("'%1' is declared twice").arg(role.name));
            const QString type = fields.string(QStringLiteral("type"), true, 32);
            if (type == QLatin1String("listener"))
                role.type = LessonRoleType::Listener;
            else if (type == QLatin1String("client"))
                role.type = LessonRoleType::Client;
            else if (type == QLatin1String("accepted"))
                role.type = LessonRoleType::Accepted;
            else if (type == QLatin1String("udp"))
                role.type = LessonRoleType::Udp;
            else
                fail(fields.pathOf(QStringLiteral("type")),
                    tr("unknown type '%1' (expected listener, client, accepted or udp)").arg(type));
            if (role.type == LessonRoleType::Accepted) {
                role.listener = fields.string(QStringLiteral("listener"), true, 32);
                const LessonRole *listener = m_lesson.role(role.listener);
                if (!listener || listener->type != LessonRoleType::Listener)
                    fail(fields.pathOf(QStringLiteral("listener")),
                        tr("'%1' is not a listener role declared before it").arg(role.listener));
            }
            fields.checkNoOthers();
            m_lesson.roles << role;
        }
    }

    QString roleField(JsonFields &fields, const QString &key, bool required = true)
    {
        const QString name = fields.string(key, required, 32);
        if (!name.isEmpty() && !m_lesson.role(name))
            fail(fields.pathOf(key), tr("'%1' is not a declared role").arg(name));
        return name;
    }

    // Templates are {role.field}; each must name a declared role and a known field.
    void checkTemplates(const QString &text, const QString &path)
    {
        static const QRegularExpression pattern(QStringLiteral("\\{([^{}]*)\\}"));
        static const QStringList fieldNames { QStringLiteral("port"), QStringLiteral("name"),
            QStringLiteral("address"), QStringLiteral("endpoint"), QStringLiteral("peer"),
            QStringLiteral("state"), QStringLiteral("reads"), QStringLiteral("writes"),
            QStringLiteral("bytesIn"), QStringLiteral("bytesOut"), QStringLiteral("dropped"),
            QStringLiteral("pings") };
        auto matches = pattern.globalMatch(text);
        while (matches.hasNext()) {
            const QString inside = matches.next().captured(1);
            const QStringList parts = inside.split(QLatin1Char('.'));
            if (parts.size() != 2 || !m_lesson.role(parts.at(0)))
                fail(path,
                    tr("template {%1} does not name a declared role, as in {server.port}")
                        .arg(inside));
            if (!fieldNames.contains(parts.at(1)))
                fail(path,
                    tr("template {%1}: unknown field '%2' (known: %3)")
                        .arg(inside, parts.at(1), fieldNames.join(QStringLiteral(", "))));
        }
    }

    LessonStep parseStep(const QJsonValue &value, const QString &path)
    {
        JsonFields fields(value, path);
        LessonStep step;
        step.title = fields.string(QStringLiteral("title"), true, 200);
        step.text = fields.string(QStringLiteral("text"), true);
        step.lookAt = fields.string(QStringLiteral("lookAt"), false);
        step.lookAtInFile = step.lookAt;
        step.wire = fields.string(QStringLiteral("wire"), false);
        checkTemplates(step.wire, fields.pathOf(QStringLiteral("wire")));
        checkTemplates(step.title, fields.pathOf(QStringLiteral("title")));
        checkTemplates(step.text, fields.pathOf(QStringLiteral("text")));
        checkTemplates(step.lookAt, fields.pathOf(QStringLiteral("lookAt")));
        step.calls = fields.strings(QStringLiteral("calls"));
        const QStringList known = lessonSocketCalls();
        for (qsizetype i = 0; i < step.calls.size(); ++i) {
            if (!known.contains(step.calls.at(i)))
                fail(indexed(fields.pathOf(QStringLiteral("calls")), i),
                    tr("unknown socket call '%1' (known: %2)")
                        .arg(step.calls.at(i), known.join(QStringLiteral(", "))));
        }
        step.show = fields.strings(QStringLiteral("show"));
        for (qsizetype i = 0; i < step.show.size(); ++i) {
            if (!m_lesson.role(step.show.at(i)))
                fail(indexed(fields.pathOf(QStringLiteral("show")), i),
                    tr("'%1' is not a declared role").arg(step.show.at(i)));
        }
        if (fields.has(QStringLiteral("select"))) {
            step.select = roleField(fields, QStringLiteral("select"));
            const LessonRoleType type = m_lesson.role(step.select)->type;
            if (type != LessonRoleType::Client && type != LessonRoleType::Accepted)
                fail(fields.pathOf(QStringLiteral("select")),
                     tr("'%1' is not a client or accepted role: only a connection's rows can be selected")
                         .arg(step.select));
        }
        const QJsonArray actions = fields.array(QStringLiteral("do"), false, 20);
        for (qsizetype i = 0; i < actions.size(); ++i)
            step.actions << parseAction(
                actions.at(i), indexed(fields.pathOf(QStringLiteral("do")), i));
        const QJsonArray expect = fields.array(QStringLiteral("expect"), false, 20);
        for (qsizetype i = 0; i < expect.size(); ++i)
            step.expect << parseCondition(
                expect.at(i), indexed(fields.pathOf(QStringLiteral("expect")), i));
        if (step.actions.isEmpty() && step.expect.isEmpty())
            fail(path, tr("a step needs \"do\" or \"expect\" (or both)"));
        step.timeoutMs = int(
            fields.integer(QStringLiteral("timeoutMs"), 100, 600000, LessonStep::DefaultTimeoutMs));
        fields.checkNoOthers();
        return step;
    }

    // An own responder's name: not a shipped one's, which would win when looked up by name.
    QString ownCopyField(JsonFields &fields)
    {
        static const QRegularExpression shape(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        const QString name = fields.string(QStringLiteral("ownCopy"), false, 64);
        if (fields.has(QStringLiteral("ownCopy"))
            && (!shape.match(name).hasMatch() || ResponderLoader::builtInNames().contains(name)))
            fail(fields.pathOf(QStringLiteral("ownCopy")),
                 tr("'%1' is not a name for an own responder (lower-case letters, digits, '-', not a shipped "
                    "responder's)").arg(name));
        return name;
    }

    LessonAction parseAction(const QJsonValue &value, const QString &path)
    {
        JsonFields fields(value, path);
        LessonAction action;
        const QString name = fields.string(QStringLiteral("action"), true, 32);
        bool known = false;
        for (int type = int(LessonActionType::Listen); type <= int(LessonActionType::SendFile);
             ++type) {
            if (lessonActionName(LessonActionType(type)) == name) {
                action.type = LessonActionType(type);
                known = true;
            }
        }
        if (!known)
            fail(fields.pathOf(QStringLiteral("action")), tr("unknown action '%1'").arg(name));
        action.role = roleField(fields, QStringLiteral("role"));
        const LessonRoleType roleType = m_lesson.role(action.role)->type;
        const auto requireRole = [&](bool ok, const char *what) {
            if (!ok)
                fail(fields.pathOf(QStringLiteral("role")),
                    tr("'%1' %2").arg(action.role, tr(what)));
        };
        switch (action.type) {
        case LessonActionType::Listen:
            requireRole(roleType == LessonRoleType::Listener,
                QT_TRANSLATE_NOOP("LessonLoader", "is not a listener role"));
            action.port = quint16(fields.integer(QStringLiteral("port"), 0, 65535, 0));
            action.address = fields.string(QStringLiteral("address"), false, 200);
            if (!action.address.isEmpty()) {
                const ParsedEndpoint parsed = parseListenAddress(action.address);
                if (!parsed.ok())
                    fail(fields.pathOf(QStringLiteral("address")), parsed.error);
            }
            action.echo = fields.boolean(QStringLiteral("echo"));
            action.backlog = int(fields.integer(QStringLiteral("backlog"), 0, 4096, 0));
            action.acceptPaused = fields.boolean(QStringLiteral("acceptPaused"));
            action.relay = fields.boolean(QStringLiteral("relay"));
            action.keepOpenAfterPeerFin = fields.boolean(QStringLiteral("keepOpenAfterPeerFin"));
            action.responder = fields.string(QStringLiteral("responder"), false, 64);
            if (!action.responder.isEmpty() && !ResponderLoader::builtInNames().contains(action.responder))
                fail(fields.pathOf(QStringLiteral("responder")),
                     tr("no shipped responder is called '%1' (%2)")
                         .arg(action.responder, ResponderLoader::builtInNames().join(QStringLiteral(", "))));
            action.ownCopy = ownCopyField(fields);
            if (!action.ownCopy.isEmpty() && action.responder.isEmpty())
                fail(fields.pathOf(QStringLiteral("ownCopy")), tr("needs \"responder\": the shipped one to copy"));
            break;
        case LessonActionType::EditReply:
            requireRole(roleType == LessonRoleType::Listener,
                QT_TRANSLATE_NOOP("LessonLoader", "is not a listener role"));
            action.ownCopy = ownCopyField(fields);
            if (action.ownCopy.isEmpty())
                fail(path, tr("editReply needs \"ownCopy\": the listener's own responder"));
            action.rule = fields.string(QStringLiteral("rule"), true, 64);
            action.find = fields.string(QStringLiteral("find"), true, 1024);
            action.replace = fields.string(QStringLiteral("replace"), true, 1024);
            break;
        case LessonActionType::Bind: {
            requireRole(roleType == LessonRoleType::Udp, QT_TRANSLATE_NOOP("LessonLoader", "is not a udp role"));
            action.address = fields.string(QStringLiteral("address"), false, 200);
            if (!action.address.isEmpty()) {
                const ParsedEndpoint parsed = parseListenEndpoint(action.address);
                if (!parsed.ok())
                    fail(fields.pathOf(QStringLiteral("address")), parsed.error);
            }
            action.echo = fields.boolean(QStringLiteral("echo"));
            action.receiveBufferBytes = int(fields.integer(QStringLiteral("receiveBuffer"), 0, 64 << 20, 0));
            break;
        }
        case LessonActionType::Ping:
            requireRole(roleType == LessonRoleType::Udp, QT_TRANSLATE_NOOP("LessonLoader", "is not a udp role"));
            action.to = roleField(fields, QStringLiteral("to"));
            if (m_lesson.role(action.to)->type != LessonRoleType::Udp)
                fail(fields.pathOf(QStringLiteral("to")), tr("'%1' is not a udp role").arg(action.to));
            action.count = int(fields.integer(QStringLiteral("count"), 1, 100, 10));
            action.timeoutMs = int(fields.integer(QStringLiteral("timeoutMs"), 100, 10000, 1000));
            break;
        case LessonActionType::ServeEchoes:
            requireRole(roleType == LessonRoleType::Udp, QT_TRANSLATE_NOOP("LessonLoader", "is not a udp role"));
            action.ignorePercent = int(fields.integer(QStringLiteral("ignorePercent"), 0, 100, 0));
            break;
        case LessonActionType::Connect: {
            requireRole(roleType == LessonRoleType::Client || roleType == LessonRoleType::Udp,
                QT_TRANSLATE_NOOP("LessonLoader", "is not a client or udp role"));
            action.to = roleField(fields, QStringLiteral("to"));
            const LessonRoleType wanted = roleType == LessonRoleType::Udp ? LessonRoleType::Udp : LessonRoleType::Listener;
            if (m_lesson.role(action.to)->type != wanted)
                fail(fields.pathOf(QStringLiteral("to")),
                    wanted == LessonRoleType::Udp ? tr("'%1' is not a udp role").arg(action.to)
                                                  : tr("'%1' is not a listener role").arg(action.to));
            action.timeoutMs = int(fields.integer(QStringLiteral("timeoutMs"), 100, 120000, 0));
            // Linux's range for TCP_MAXSEG.
            action.maxSegmentSize = int(fields.integer(QStringLiteral("mss"), 88, 65535, 0));
            action.script = fields.string(QStringLiteral("script"), false, 64);
            if (!action.script.isEmpty() && roleType == LessonRoleType::Udp)
                fail(fields.pathOf(QStringLiteral("script")), tr("a script runs on a TCP client, not on a udp role"));
            if (!action.script.isEmpty() && !ScriptLoader::builtInNames().contains(action.script))
                fail(fields.pathOf(QStringLiteral("script")),
                     tr("no shipped script is called '%1' (%2)")
                         .arg(action.script, ScriptLoader::builtInNames().join(QStringLiteral(", "))));
            break;
        }
        case LessonActionType::SendTo:
        case LessonActionType::Send: {
            requireRole(roleType != LessonRoleType::Listener,
                QT_TRANSLATE_NOOP("LessonLoader", "is a listener: it cannot send"));
            if (action.type == LessonActionType::SendTo) {
                requireRole(roleType == LessonRoleType::Udp, QT_TRANSLATE_NOOP("LessonLoader", "is not a udp role"));
                action.to = roleField(fields, QStringLiteral("to"));
                if (m_lesson.role(action.to)->type != LessonRoleType::Udp)
                    fail(fields.pathOf(QStringLiteral("to")), tr("'%1' is not a udp role").arg(action.to));
            }
            const bool hasText = fields.has(QStringLiteral("text"));
            const bool hasFill = fields.has(QStringLiteral("fill"));
            if (hasText == hasFill)
                fail(path, tr("send needs exactly one of \"text\" or \"fill\""));
            if (hasText) {
                action.bytes = fields.string(QStringLiteral("text"), true, 64 * 1024).toUtf8();
            } else {
                const qint64 size = fields.integer(QStringLiteral("fill"), 1, 1 << 20, 0);
                static const QByteArray pattern("0123456789abcdefghijklmnopqrstuvwxyz\n");
                action.bytes = pattern.repeated(size / pattern.size() + 1).left(size);
            }
            action.count = int(fields.integer(QStringLiteral("count"), 1, 10000000, 1));
            action.intervalMs = int(fields.integer(QStringLiteral("intervalMs"), 0, 60000, 0));
            break;
        }
        case LessonActionType::SendFile: {
            requireRole(roleType != LessonRoleType::Listener,
                QT_TRANSLATE_NOOP("LessonLoader", "is a listener: it cannot send"));
            // Generated, never read from a path: a lesson names no file on the learner's disk.
            const qint64 size = fields.integer(QStringLiteral("fill"), 1, qint64(64) << 20, 0);
            if (size == 0)
                fail(path, tr("sendFile needs \"fill\": the size of the file to make and send"));
            action.bytes = generatedFileBytes(size);
            action.framed = fields.boolean(QStringLiteral("framed"));
            break;
        }
        case LessonActionType::SetNoDelay:
        case LessonActionType::SetEcho: {
            if (action.type == LessonActionType::SetNoDelay)
                requireRole(roleType != LessonRoleType::Listener,
                    QT_TRANSLATE_NOOP("LessonLoader", "is a listener role"));
            const QJsonValue on = fields.take(QStringLiteral("on"), true);
            if (!on.isBool())
                fail(fields.pathOf(QStringLiteral("on")),
                    tr("expected true or false, found %1").arg(typeName(on)));
            action.on = on.toBool();
            break;
        }
        case LessonActionType::StopListening:
        case LessonActionType::CloseListener:
            requireRole(roleType == LessonRoleType::Listener,
                QT_TRANSLATE_NOOP("LessonLoader", "is not a listener role"));
            break;
        case LessonActionType::StopRepeating:
        case LessonActionType::Close:
        case LessonActionType::Abort:
        case LessonActionType::ShutdownWrite:
        case LessonActionType::PauseReading:
        case LessonActionType::ResumeReading:
            if (action.type != LessonActionType::Close)
                requireRole(roleType != LessonRoleType::Listener,
                    QT_TRANSLATE_NOOP("LessonLoader", "is a listener role"));
            break;
        }
        fields.checkNoOthers();
        return action;
    }

    LessonCondition parseCondition(const QJsonValue &value, const QString &path)
    {
        JsonFields fields(value, path);
        LessonCondition condition;
        const QString kind = fields.string(QStringLiteral("kind"), true, 32);
        condition.role = roleField(fields, QStringLiteral("role"));
        condition.whenBound = fields.boolean(QStringLiteral("whenBound"));
        if (kind == QLatin1String("event")) {
            condition.kind = LessonConditionKind::Event;
            const QString event = fields.string(QStringLiteral("event"), true, 32);
            bool known = false;
            for (quint8 value = 0; value < 255; ++value) {
                if (isKnownEventKind(value) && eventKindName(EventKind(value)) == event) {
                    condition.event = EventKind(value);
                    known = true;
                }
            }
            if (!known)
                fail(fields.pathOf(QStringLiteral("event")), tr("unknown event '%1'").arg(event));
            if (fields.has(QStringLiteral("detailContains")))
                fail(fields.pathOf(QStringLiteral("detailContains")),
                    tr("detail texts are translated and cannot be matched: use \"error\", \"close\" "
                       "or \"closedBy\""));
            const auto fact = [&](const QString &key, auto parse, auto *into) {
                if (!fields.has(key))
                    return;
                const QString name = fields.string(key, true, 32);
                typename std::remove_reference_t<decltype(**into)> value {};
                if (!parse(name, &value))
                    fail(fields.pathOf(key), tr("unknown value '%1'").arg(name));
                *into = value;
            };
            fact(QStringLiteral("error"), errorCodeFromName, &condition.error);
            fact(QStringLiteral("close"), closeKindFromName, &condition.close);
            fact(QStringLiteral("closedBy"), closeSideFromName, &condition.closedBy);
            condition.atLeast = int(fields.integer(QStringLiteral("atLeast"), 1, 1000000, 1));
            condition.sinceStep = fields.boolean(QStringLiteral("sinceStep"));
        } else if (kind == QLatin1String("stream")) {
            condition.kind = LessonConditionKind::Stream;
            condition.direction = direction(fields);
            condition.hasEquals = fields.has(QStringLiteral("equals"));
            condition.equals = fields.string(QStringLiteral("equals"), false, 16 * 1024).toUtf8();
            condition.hasContains = fields.has(QStringLiteral("contains"));
            condition.contains
                = fields.string(QStringLiteral("contains"), false, 16 * 1024).toUtf8();
            condition.atLeastBytes
                = fields.integer(QStringLiteral("atLeastBytes"), 1, qint64(1) << 40, 0);
            if (fields.has(QStringLiteral("sameAs")))
                condition.sameAs = roleField(fields, QStringLiteral("sameAs"));
            condition.ofAccepted = fields.boolean(QStringLiteral("accepted"));
            if (condition.ofAccepted
                && (m_lesson.role(condition.role)->type != LessonRoleType::Listener || !condition.hasContains
                    || condition.hasEquals || condition.atLeastBytes != 0 || !condition.sameAs.isEmpty()
                    || fields.has(QStringLiteral("sizes"))))
                fail(fields.pathOf(QStringLiteral("accepted")),
                     tr("\"accepted\" goes with a listener role and \"contains\" alone"));
            condition.hasSizes = fields.has(QStringLiteral("sizes"));
            const QJsonArray sizes = fields.array(QStringLiteral("sizes"), false, 64);
            for (qsizetype i = 0; i < sizes.size(); ++i) {
                const double size = sizes.at(i).toDouble(-1);
                if (!sizes.at(i).isDouble() || size < 0 || size > 1 << 30 || size != std::floor(size))
                    fail(indexed(fields.pathOf(QStringLiteral("sizes")), i), tr("expected a byte count"));
                condition.sizes << qint64(size);
            }
            if (!condition.hasEquals && !condition.hasContains && condition.atLeastBytes == 0 && !condition.hasSizes
                && condition.sameAs.isEmpty())
                fail(path, tr("a stream condition needs \"equals\", \"contains\", \"sizes\", \"atLeastBytes\" or "
                              "\"sameAs\""));
        } else if (kind == QLatin1String("state")) {
            condition.kind = LessonConditionKind::State;
            const QString state = fields.string(QStringLiteral("state"), true, 32);
            bool known = false;
            for (int value = int(ConnectionState::Opening);
                 value <= int(ConnectionState::Bound); ++value) {
                if (lessonStateKey(ConnectionState(value)) == state) {
                    condition.state = ConnectionState(value);
                    known = true;
                }
            }
            if (!known)
                fail(fields.pathOf(QStringLiteral("state")), tr("unknown state '%1'").arg(state));
        } else if (kind == QLatin1String("wire")) {
            condition.kind = LessonConditionKind::Wire;
            condition.direction = direction(fields);
            const QStringList flags = fields.strings(QStringLiteral("flags"));
            for (qsizetype i = 0; i < flags.size(); ++i) {
                const quint8 flag = tcpFlagFromName(flags.at(i));
                if (flag == 0)
                    fail(indexed(fields.pathOf(QStringLiteral("flags")), i),
                         tr("unknown TCP flag '%1' (known: SYN, ACK, FIN, RST, PSH)").arg(flags.at(i)));
                condition.wireFlags |= flag;
            }
            condition.wirePayload = fields.boolean(QStringLiteral("payload"));
            condition.wireZeroWindow = fields.boolean(QStringLiteral("zeroWindow"));
            condition.wireMss = int(fields.integer(QStringLiteral("mss"), 88, 65535, -1));
            condition.atLeast = int(fields.integer(QStringLiteral("atLeast"), 1, 1000000, 1));
        } else if (kind == QLatin1String("message")) {
            // Only SMTP's DATA … lone '.' so far: "protocol" says which framing, so that another
            // protocol's messages can come without changing what this one means.
            condition.kind = LessonConditionKind::Message;
            const LessonRoleType type = m_lesson.role(condition.role)->type;
            if (type != LessonRoleType::Client && type != LessonRoleType::Accepted)
                fail(fields.pathOf(QStringLiteral("role")),
                     tr("'%1' is not a client or accepted role: a message arrives on a connection").arg(condition.role));
            const QString protocol = fields.string(QStringLiteral("protocol"), true, 16);
            if (protocol != QLatin1String("smtp"))
                fail(fields.pathOf(QStringLiteral("protocol")), tr("unknown protocol '%1' (known: smtp)").arg(protocol));
        } else {
            fail(fields.pathOf(QStringLiteral("kind")),
                tr("unknown kind '%1' (expected event, stream, state, wire or message)").arg(kind));
        }
        fields.checkNoOthers();
        return condition;
    }

    Direction direction(JsonFields &fields)
    {
        const QString direction = fields.string(QStringLiteral("direction"), true, 8);
        if (direction == QLatin1String("out"))
            return Direction::Out;
        if (direction != QLatin1String("in"))
            fail(fields.pathOf(QStringLiteral("direction")), tr("expected \"in\" or \"out\""));
        return Direction::In;
    }

    static quint8 tcpFlagFromName(const QString &name)
    {
        static const QHash<QString, quint8> flags{{QStringLiteral("FIN"), DecodedPacket::Fin},
                                                  {QStringLiteral("SYN"), DecodedPacket::Syn},
                                                  {QStringLiteral("RST"), DecodedPacket::Rst},
                                                  {QStringLiteral("PSH"), DecodedPacket::Psh},
                                                  {QStringLiteral("ACK"), DecodedPacket::Ack}};
        return flags.value(name);
    }

    Lesson &m_lesson;
};

} // namespace

std::optional<Lesson> LessonLoader::parse(
    const QByteArray &json, const QString &fileName, QString *error)
{
    const auto report = [&](const QString &message) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(fileName, message);
        return std::nullopt;
    };
    Lesson lesson;
    lesson.fileName = fileName;
    const QString problem
        = parseDocument(json, [&lesson](const QJsonValue &root) { Parser(lesson).parse(root); });
    if (!problem.isEmpty())
        return report(problem);
    const QString expectedId = QFileInfo(fileName).completeBaseName();
    if (lesson.id != expectedId)
        return report(
            tr("id: '%1' differs from the file's name (expected '%2')").arg(lesson.id, expectedId));
    translateLesson(lesson);
    return lesson;
}

std::optional<Lesson> LessonLoader::loadFile(const QString &path, QString *error)
{
    QByteArray json;
    const QString problem = readDataFile(path, MaxFileBytes, &json);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return parse(json, QFileInfo(path).fileName(), error);
}

LessonLoader::Catalogue LessonLoader::loadDirectory(const QString &directory)
{
    Catalogue catalogue;
    const QStringList names
        = QDir(directory).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QString error;
        if (auto lesson = loadFile(QDir(directory).filePath(name), &error))
            catalogue.lessons << *lesson;
        else
            catalogue.problems << error;
    }
    std::stable_sort(catalogue.lessons.begin(), catalogue.lessons.end(),
        [](const Lesson &a, const Lesson &b) { return a.order < b.order; });
    return catalogue;
}
