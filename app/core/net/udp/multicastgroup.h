// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <optional>

// A multicast membership as the user names it, on the command line (--join) and in the window:
// "GROUP" or "GROUP@INTERFACE" (an IPv6 group has colons, never an @). The same text is the key a
// socket's row keeps its memberships by, so a membership shown can be left again.
struct MulticastGroup
{
    Q_DECLARE_TR_FUNCTIONS(MulticastGroup)

public:
    QHostAddress group;       // IPv4 224.0.0.0/4 or IPv6 ff00::/8
    QString interfaceName;    // empty: the system chooses by its routes

    // The group, or why the text names none ("not a multicast address …").
    static std::optional<MulticastGroup> parse(const QString &text, QString *error);
    QString key() const;          // "239.1.2.3@lo", "ff02::1:3"
    QString description() const;  // "239.1.2.3 on lo", "239.1.2.3 on the system's choice of interface"
};
