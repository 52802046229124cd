// SPDX-License-Identifier: GPL-3.0-or-later
#include "multicastgroup.h"

std::optional<MulticastGroup> MulticastGroup::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    MulticastGroup result{QHostAddress(at < 0 ? trimmed : trimmed.left(at)), {}};
    if (!result.group.isMulticast()) {
        *error = tr("not a multicast address (IPv4 224.0.0.0/4, IPv6 ff00::/8)");
        return std::nullopt;
    }
    if (at >= 0 && at + 1 == trimmed.size()) {
        *error = tr("the interface name after @ is missing");
        return std::nullopt;
    }
    if (at >= 0)
        result.interfaceName = trimmed.mid(at + 1);
    return result;
}

QString MulticastGroup::key() const
{
    return interfaceName.isEmpty() ? group.toString() : group.toString() + QLatin1Char('@') + interfaceName;
}

QString MulticastGroup::description() const
{
    return tr("%1 on %2").arg(group.toString(),
                              interfaceName.isEmpty() ? tr("the system's choice of interface") : interfaceName);
}
