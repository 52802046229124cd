// SPDX-License-Identifier: GPL-3.0-or-later
#include "currentconnection.h"

#include "session.h"

CurrentConnection::CurrentConnection(const Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

std::optional<ConnectionState> CurrentConnection::lookUpState() const
{
    const auto info = m_session.connections().find(m_id);
    return info ? std::optional(info->state) : std::nullopt;
}

void CurrentConnection::set(ConnectionId id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_announcedState = lookUpState();
    Q_EMIT changed(m_id);
}

void CurrentConnection::tableChanged()
{
    if (m_id == 0)
        return;
    const std::optional<ConnectionState> state = lookUpState();
    if (state == m_announcedState)
        return;
    if (!state && m_announcedState) {
        set(0); // gone from the session
        return;
    }
    m_announcedState = state;
    Q_EMIT changed(m_id);
}
