// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "responder.h"

#include <QString>
#include <QStringList>

#include <memory>

// Reads responder files (docs/responders.md) as strictly as lessons: an unknown key, a wrong
// type, a state no rule is in, a group the pattern does not have, or a pattern that does not
// compile is an error, reported as "FILE: JSON.PATH: problem" (e.g. "smtp.json: rules[3].text:
// ..."). A responder is data; nothing in it runs.
class ResponderLoader
{
public:
    static constexpr qint64 MaxFileBytes = 256 * 1024;
    static constexpr int MaxRules = 200;
    static constexpr int MaxActions = 20;
    static constexpr int SchemaVersion = 1;

    // The shipped responders: a resource compiled into the core library.
    static QString builtInDirectory() { return QStringLiteral(":/responders"); }

    static std::shared_ptr<const Responder> parse(const QByteArray &json, const QString &fileName, QString *error);
    static std::shared_ptr<const Responder> loadFile(const QString &path, QString *error);
    // A file's path, or the name of a shipped responder ("http", "smtp"), or else of an own one
    // (OwnResponders: the user's responders folder).
    static std::shared_ptr<const Responder> find(const QString &fileOrName, QString *error);
    static QStringList builtInNames();
};
