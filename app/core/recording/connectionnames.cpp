// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionnames.h"

#include "connectiontable.h"

QString ConnectionNames::of(ConnectionId id) const
{
    if (auto it = m_names.constFind(id); it != m_names.constEnd())
        return *it;
    const auto info = m_table.find(id);
    if (!info)
        return QStringLiteral("#%1").arg(id);
    m_names.insert(id, info->name);
    return info->name;
}
