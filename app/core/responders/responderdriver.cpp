// SPDX-License-Identifier: GPL-3.0-or-later
#include "responderdriver.h"

#include <QTimer>

#include <utility>

ResponderDriver::ResponderDriver(std::shared_ptr<const Responder> responder, const QString &connectionName,
                                 const QString &peer, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
    , m_peer(peer)
    , m_engine(std::move(responder), connectionName, peer)
    , m_hooks(std::move(hooks))
    , m_wait(new QTimer(this))
{
    m_wait->setSingleShot(true);
    connect(m_wait, &QTimer::timeout, this, &ResponderDriver::run);
}

void ResponderDriver::connected()
{
    take(m_engine.connected());
}

void ResponderDriver::received(const QByteArray &bytes)
{
    if (m_ended)
        return;
    if (m_reloaded && m_engine.atRest()) {
        const QString name = m_reloaded->name;
        m_engine = ResponderEngine(std::exchange(m_reloaded, nullptr), m_connectionName, m_peer);
        m_hooks.note(tr("responder %1: the saved rules answer from this request on").arg(name));
    }
    take(m_engine.received(bytes));
}

void ResponderDriver::reload(std::shared_ptr<const Responder> responder)
{
    m_reloaded = std::move(responder);
}

void ResponderDriver::take(const QList<ResponderEngine::Answer> &answers)
{
    for (const ResponderEngine::Answer &answer : answers) {
        if (!answer.note.isEmpty())
            m_hooks.note(answer.note);
        m_pending += answer.steps;
    }
    if (!m_wait->isActive())
        run();
}

void ResponderDriver::run()
{
    while (!m_pending.isEmpty() && !m_ended) {
        const ResponderEngine::Step step = m_pending.takeFirst();
        switch (step.kind) {
        case ResponderEngine::Step::Kind::Send:
            m_hooks.send(step.bytes);
            break;
        case ResponderEngine::Step::Kind::Wait:
            m_wait->start(step.waitMs);
            return;
        case ResponderEngine::Step::Kind::Close:
            m_ended = true;
            m_hooks.close();
            break;
        case ResponderEngine::Step::Kind::Abort:
            m_ended = true;
            m_hooks.abort();
            break;
        }
    }
    if (m_ended)
        m_pending.clear();
}
