// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonresponders.h"

#include "ownresponders.h"
#include "responderloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LessonResponders", text);
}

QJsonObject readObject(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QCoreApplication::translate("LessonResponders", "%1: cannot read: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(file.read(ResponderLoader::MaxFileBytes), &error);
    if (!document.isObject())
        *problem = QCoreApplication::translate("LessonResponders", "%1: not a JSON object: %2").arg(path, error.errorString());
    return document.object();
}

} // namespace

std::shared_ptr<const Responder> LessonResponders::freshCopy(
    const QString &shipped, const QString &own, QString *problem)
{
    QJsonObject top = readObject(
        QDir(ResponderLoader::builtInDirectory()).filePath(shipped + QStringLiteral(".json")),
        problem);
    if (!problem->isEmpty())
        return nullptr;
    top.insert(QStringLiteral("name"), own);
    return OwnResponders::save(own, QJsonDocument(top).toJson(), problem);
}

std::shared_ptr<const Responder> LessonResponders::editReply(const QString &own,
    const QString &rule, const QString &find, const QString &replace, QString *problem)
{
    QJsonObject top = readObject(OwnResponders::pathOf(own), problem);
    if (!problem->isEmpty())
        return nullptr;
    QJsonArray rules = top.value(QStringLiteral("rules")).toArray();
    bool found = false;
    bool done = false;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        QJsonObject object = rules.at(i).toObject();
        if (object.value(QStringLiteral("name")).toString() != rule)
            continue;
        QJsonArray then = object.value(QStringLiteral("then")).toArray();
        for (qsizetype j = 0; j < then.size(); ++j) {
            QJsonObject action = then.at(j).toObject();
            for (const QString &key : { QStringLiteral("reply"), QStringLiteral("body") }) {
                QString text = action.value(key).toString();
                found = found || text.contains(find);
                done = done || text.contains(replace);
                if (action.contains(key))
                    action.insert(key, text.replace(find, replace));
            }
            then.replace(j, action);
        }
        object.insert(QStringLiteral("then"), then);
        rules.replace(i, object);
    }
    if (!found && !done) {
        *problem = tr("%1: rule '%2' has no reply with '%3' in it").arg(own, rule, find);
        return nullptr;
    }
    top.insert(QStringLiteral("rules"), rules);
    return OwnResponders::save(own, QJsonDocument(top).toJson(), problem);
}
