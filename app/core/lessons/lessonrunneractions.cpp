// SPDX-License-Identifier: GPL-3.0-or-later
// LessonRunner's actions: what "Do it" does on the real sockets (listen, connect, send, close,
// scripts, responders), in the order the step lists them.
#include "lessonrunner.h"

#include "lessonfile.h"
#include "lessonresponders.h"
#include "responderloader.h"
#include "scriptedconversation.h"
#include "scriptloader.h"
#include "session.h"
#include "workbench.h"

#include <QDir>
#include <QTemporaryDir>

#include <algorithm>

bool LessonRunner::hasConnected(ConnectionId id) const
{
    return m_observed.value(id).kindCounts.value(int(EventKind::Connected)) > 0;
}

// A client cannot send before it is connected: an action on a role a connect of the same step
// has just begun to open waits for its "connected" (observe() resumes the step there).
void LessonRunner::performFrom(int index, int first)
{
    const QList<LessonAction> &actions = step(index).actions;
    for (int i = first; i < actions.size(); ++i) {
        const LessonAction &action = actions.at(i);
        QString problem;
        if (!perform(action, &problem)) {
            setStatus(index, StepStatus::Failed, problem);
            return;
        }
        const ConnectionId connecting = m_bindings.value(action.role);
        const bool usedLater = std::any_of(actions.begin() + i + 1, actions.end(),
                                           [&](const LessonAction &later) { return later.role == action.role; });
        if (action.type == LessonActionType::Connect && usedLater
            && !hasConnected(connecting)) {
            m_deferred = { index, i + 1, connecting };
            return;
        }
    }
    m_actionsDone[index] = true;
    if (status(index) == StepStatus::Failed)
        setStatus(index, StepStatus::Waiting);
    evaluate();
}

QTemporaryDir &LessonRunner::lessonDirectory()
{
    if (!m_socketDirectory)
        m_socketDirectory = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("socketlab-XXXXXX")));
    return *m_socketDirectory;
}

// Where a listen action puts its socket: the suggested TCP port, or its [KIND:]ADDRESS.
bool LessonRunner::listenOptions(const LessonAction &action, Workbench::ListenOptions *options, QString *problem)
{
    if (action.address.isEmpty()) {
        options->port = m_useSuggestedPorts ? action.port : 0;
        return true;
    }
    ParsedEndpoint address = parseListenAddress(action.address);
    if (address.kind == EndpointKind::Unix && !address.isAbstract() && QDir::isRelativePath(address.path)) {
        if (!lessonDirectory().isValid()) {
            *problem = tr("cannot make a directory for the socket file: %1").arg(m_socketDirectory->errorString());
            return false;
        }
        address = parseUnixAddress(m_socketDirectory->filePath(address.path));
    }
    if (!address.ok()) {
        *problem = address.error;
        return false;
    }
    const Workbench::ListenOptions parsed = Workbench::ListenOptions::at(address);
    options->kind = parsed.kind;
    options->address = parsed.address;
    options->port = parsed.port;
    options->path = parsed.path;
    return true;
}

bool LessonRunner::perform(const LessonAction &action, QString *problem)
{
    bool udpOk = false;
    if (performUdp(action, problem, &udpOk))
        return udpOk;
    const auto existing = infoOf(action.role);
    if (action.type == LessonActionType::Listen) {
        if (existing && !existing->isFinished())
            return true; // done already (by hand, or an earlier "Do it")
        Workbench::ListenOptions options;
        if (!listenOptions(action, &options, problem))
            return false;
        options.echo = action.echo;
        options.backlog = action.backlog;
        options.acceptPaused = action.acceptPaused;
        options.relay = action.relay;
        options.keepOpenAfterPeerFin = action.keepOpenAfterPeerFin;
        if (!action.ownCopy.isEmpty()) {
            options.responder = LessonResponders::freshCopy(action.responder, action.ownCopy, problem);
            if (!options.responder)
                return false;
        } else if (!action.responder.isEmpty()) {
            options.responder = ResponderLoader::find(action.responder, problem);
            if (!options.responder)
                return false;
        }
        const ConnectionId id = m_workbench.listen(options);
        if (options.port != 0)
            m_suggestedListens.insert(id, action);
        bind(action.role, id);
        return true;
    }
    if (action.type == LessonActionType::Connect) {
        if (existing && !existing->isFinished())
            return true;
        const auto listener = infoOf(action.to);
        if (listener && listener->isUnix() && listener->state == ConnectionState::Listening) {
            ParsedEndpoint path;
            path.kind = EndpointKind::Unix;
            path.path = listener->localPath;
            Workbench::ConnectOptions options = Workbench::ConnectOptions::to(path);
            return connected(action, m_workbench.connectTo(options), problem);
        }
        if (!listener || listener->localPort == 0) {
            *problem
                = tr("'%1' is not listening yet: do the step that creates it first").arg(action.to);
            return false;
        }
        QHostAddress address = listener->localAddress;
        if (address.isNull() || address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
            address = QHostAddress::LocalHost;
        else if (address == QHostAddress::AnyIPv6)
            address = QHostAddress::LocalHostIPv6;
        Workbench::ConnectOptions options;
        options.host = address.toString();
        options.port = listener->localPort;
        options.timeoutMs = action.timeoutMs;
        options.maxSegmentSize = action.maxSegmentSize;
        return connected(action, m_workbench.connectTo(options), problem);
    }
    // Bound is enough: a socket created by an earlier action of this step may not be in the
    // table yet (the Workbench queues the work), and the commands queue behind it.
    const ConnectionId id = m_bindings.value(action.role);
    if (id == 0) {
        *problem
            = tr("'%1' does not exist yet: do the step that creates it first").arg(action.role);
        return false;
    }
    switch (action.type) {
    case LessonActionType::Listen:
    case LessonActionType::Connect:
    case LessonActionType::Bind:
    case LessonActionType::SendTo:
    case LessonActionType::Ping:
    case LessonActionType::ServeEchoes: break;
    case LessonActionType::EditReply: {
        const auto edited = LessonResponders::editReply(action.ownCopy, action.rule, action.find, action.replace, problem);
        if (!edited)
            return false;
        m_workbench.reloadResponder(edited);
        break;
    }
    case LessonActionType::Send:
        m_workbench.send(id, action.bytes, action.count, action.intervalMs);
        break;
    case LessonActionType::StopRepeating: m_workbench.stopRepeating(id); break;
    case LessonActionType::Close: m_workbench.close(id); break;
    case LessonActionType::Abort: m_workbench.abort(id); break;
    case LessonActionType::ShutdownWrite: m_workbench.shutdownWrite(id); break;
    case LessonActionType::PauseReading: m_workbench.setReadingPaused(id, true); break;
    case LessonActionType::ResumeReading: m_workbench.setReadingPaused(id, false); break;
    case LessonActionType::SetNoDelay: m_workbench.setNoDelay(id, action.on); break;
    case LessonActionType::SetEcho: m_workbench.setEcho(id, action.on); break;
    case LessonActionType::StopListening: m_workbench.stopListening(id); break;
    case LessonActionType::CloseListener: m_workbench.closeListener(id); break;
    case LessonActionType::SendFile: {
        const QString path = writeLessonFile(lessonDirectory(), action.bytes, problem);
        if (path.isEmpty())
            return false;
        if (action.framed)
            m_workbench.send(id, lengthPrefix(action.bytes.size()));
        m_workbench.sendFile(id, path);
        break;
    }
    }
    return true;
}

bool LessonRunner::connected(const LessonAction &action, ConnectionId id, QString *problem)
{
    bind(action.role, id);
    if (action.script.isEmpty())
        return true;
    const auto script = ScriptLoader::find(action.script, problem);
    if (!script)
        return false;
    auto *conversation = new ScriptedConversation(m_workbench, script, id, this);
    m_scripts << conversation;
    // A script that fails says why on the step that started it, unless that step is done anyway.
    const int step = m_current;
    connect(conversation, &ScriptedConversation::finished, this,
            [this, conversation, step](bool completed, const QString &message) {
                m_scripts.removeAll(conversation);
                conversation->deleteLater();
                if (!completed && status(step) != StepStatus::Done)
                    setStatus(step, StepStatus::Failed, message);
            });
    return true;
}
