// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Reads lesson files strictly: an unknown key, action or event, a wrong type, a role that is not
// declared or a template that names nothing is an error, reported as "FILE: JSON.PATH: problem"
// (e.g. "hello.json: steps[2].expect[0].kind: ..."). A lesson is data; nothing in it runs.
class LessonLoader
{
public:
    static constexpr qint64 MaxFileBytes = 256 * 1024;
    static constexpr int MaxSteps = 100;
    static constexpr int SchemaVersion = 1;

    // Where the shipped lessons are: a resource compiled into the core library.
    static QString builtInDirectory() { return QStringLiteral(":/lessons"); }

    static std::optional<Lesson> parse(
        const QByteArray &json, const QString &fileName, QString *error);
    static std::optional<Lesson> loadFile(const QString &path, QString *error);

    struct Catalogue
    {
        QList<Lesson> lessons; // by "order", then file name
        QStringList problems; // one per rejected file
    };
    // Every *.json in directory; a bad file is reported and left out, the others still load.
    static Catalogue loadDirectory(const QString &directory = builtInDirectory());
};
