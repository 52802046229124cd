// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownresponders.h"

#include "datadirectory.h"
#include "responderloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

QString OwnResponders::directory()
{
    return dataDirectory() + QStringLiteral("/responders");
}

QStringList OwnResponders::names()
{
    QStringList names;
    const QStringList files
        = QDir(directory()).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names << QFileInfo(file).completeBaseName();
    return names;
}

QString OwnResponders::pathOf(const QString &name)
{
    return QDir(directory()).filePath(name + QStringLiteral(".json"));
}

std::shared_ptr<const Responder> OwnResponders::save(
    const QString &name, const QByteArray &json, QString *error)
{
    const QString fileName = name + QStringLiteral(".json");
    const auto fail = [error](const QString &problem) {
        if (error)
            *error = problem;
        return nullptr;
    };
    if (ResponderLoader::builtInNames().contains(name))
        return fail(tr("%1: '%2' is a shipped responder: choose another name").arg(fileName, name));
    if (json.size() > ResponderLoader::MaxFileBytes)
        return fail(
            tr("%1: larger than %2 bytes").arg(fileName).arg(ResponderLoader::MaxFileBytes));
    if (!ResponderLoader::parse(json, fileName, error))
        return nullptr;
    if (!QDir().mkpath(directory()))
        return fail(tr("%1: cannot create the folder %2").arg(fileName, directory()));
    QSaveFile file(pathOf(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(tr("%1: cannot write: %2").arg(pathOf(name), file.errorString()));
    return ResponderLoader::loadFile(pathOf(name), error);
}

bool OwnResponders::remove(const QString &name, QString *error)
{
    // Only a name from the list: a name with a '/' or '..' cannot reach a file elsewhere.
    if (!names().contains(name)) {
        *error = tr("%1: you have no responder of that name").arg(name + QStringLiteral(".json"));
        return false;
    }
    QFile file(pathOf(name));
    if (!file.remove()) {
        *error = tr("%1: cannot remove: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}
