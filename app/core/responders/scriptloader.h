// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "script.h"

#include <QString>
#include <QStringList>

#include <memory>

// Reads script files (docs/scripts.md) as strictly as responders: an unknown key, a wrong type,
// a step with two kinds or none, a pattern that does not compile, or a step after close is an
// error, reported as "FILE: JSON.PATH: problem" (e.g. "smtp-send.json: steps[3].timeoutMs: ...").
class ScriptLoader
{
public:
    static constexpr qint64 MaxFileBytes = 256 * 1024;
    static constexpr int MaxSteps = 500;
    static constexpr int SchemaVersion = 1;

    // The shipped scripts: a resource compiled into the core library.
    static QString builtInDirectory() { return QStringLiteral(":/scripts"); }

    static std::shared_ptr<const Script> parse(const QByteArray &json, const QString &fileName, QString *error);
    static std::shared_ptr<const Script> loadFile(const QString &path, QString *error);
    // A file's path, or the name of a shipped script ("smtp-send"), as ResponderLoader::find().
    static std::shared_ptr<const Script> find(const QString &fileOrName, QString *error);
    static QStringList builtInNames();
};
