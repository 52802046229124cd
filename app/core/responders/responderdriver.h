// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "responderengine.h"

#include <QObject>

#include <functional>

class QTimer;

// Carries out one connection's responder answers in order, through the functions the endpoint
// host gives it (send records before it sends, as every byte SocketLab sends). A wait holds the
// steps after it, and the answers to what arrives meanwhile, so replies keep their order.
// After close or abort nothing more is done.
class ResponderDriver : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<void(const QByteArray &)> send;
        std::function<void()> close;
        std::function<void()> abort;
        std::function<void(const QString &)> note;
    };

    ResponderDriver(std::shared_ptr<const Responder> responder, const QString &connectionName,
                    const QString &peer, Hooks hooks, QObject *parent = nullptr);

    void connected();
    void received(const QByteArray &bytes);
    // Edited rules (a saved responder file): they answer from the next request on, once the
    // rules running now are at rest (ResponderEngine::atRest()); a connection is never greeted
    // twice. The counters start over.
    void reload(std::shared_ptr<const Responder> responder);

private:
    void take(const QList<ResponderEngine::Answer> &answers);
    void run();

    QString m_connectionName;
    QString m_peer;
    ResponderEngine m_engine;
    std::shared_ptr<const Responder> m_reloaded;   // waits for m_engine to be at rest
    Hooks m_hooks;
    QList<ResponderEngine::Step> m_pending;
    QTimer *m_wait = nullptr;
    bool m_ended = false;
};
