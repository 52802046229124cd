// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cmath>

// Strict reading of JSON files that are data (lessons, responders): every key must be read or
// it is reported as unknown, and the first problem is thrown as a JsonProblem naming its JSON
// path ("steps[2].expect[0].kind"). The loader catches it and prefixes the file's name.
// The strings stay in LessonLoader's translation context, where they were first translated.

namespace StrictJson {

// The first problem found; thrown to the top of parse(), which turns it into the message.
struct JsonProblem
{
    QString path;
    QString what;
};

[[noreturn]] inline void fail(const QString &path, const QString &what)
{
    throw JsonProblem { path, what };
}

inline QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QCoreApplication::translate("LessonLoader", "a boolean");
    case QJsonValue::Double: return QCoreApplication::translate("LessonLoader", "a number");
    case QJsonValue::String: return QCoreApplication::translate("LessonLoader", "a string");
    case QJsonValue::Array: return QCoreApplication::translate("LessonLoader", "an array");
    case QJsonValue::Object: return QCoreApplication::translate("LessonLoader", "an object");
    case QJsonValue::Undefined: break;
    }
    return QCoreApplication::translate("LessonLoader", "nothing");
}

// One JSON object at a path; every key must be read or it is reported as unknown.
class JsonFields
{
    // lupdate files the strings under the class name; this keeps them in LessonLoader's context.
    Q_DECLARE_TR_FUNCTIONS(LessonLoader)

public:
    JsonFields(const QJsonValue &value, const QString &path)
        : m_path(path)
    {
        if (!value.isObject())
            fail(path, tr("expected an object, found %1").arg(typeName(value)));
        m_object = value.toObject();
    }

    QString pathOf(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    bool has(const QString &key) const { return m_object.contains(key); }

    QJsonValue take(const QString &key, bool required)
    {
        m_known.insert(key);
        if (!m_object.contains(key) && required)
            fail(pathOf(key), tr("missing"));
        return m_object.value(key);
    }

    QString string(const QString &key, bool required, int maxLength = 4000)
    {
        const QJsonValue value = take(key, required);
        if (value.isUndefined())
            return QString();
        if (!value.isString())
            fail(pathOf(key), tr("expected a string, found %1").arg(typeName(value)));
        const QString text = value.toString();
        if (required && text.trimmed().isEmpty())
            fail(pathOf(key), tr("must not be empty"));
        if (text.size() > maxLength)
            fail(pathOf(key), tr("longer than %1 characters").arg(maxLength));
        return text;
    }

    bool boolean(const QString &key, bool fallback = false)
    {
        const QJsonValue value = take(key, false);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            fail(pathOf(key), tr("expected true or false, found %1").arg(typeName(value)));
        return value.toBool();
    }

    qint64 integer(
        const QString &key, qint64 minimum, qint64 maximum, qint64 fallback, bool required = false)
    {
        const QJsonValue value = take(key, required);
        if (value.isUndefined())
            return fallback;
        const double number = value.toDouble();
        if (!value.isDouble() || number != std::floor(number))
            fail(pathOf(key), tr("expected a whole number, found %1").arg(typeName(value)));
        if (number < double(minimum) || number > double(maximum))
            fail(pathOf(key),
                tr("%1 is out of range (%2 to %3)").arg(number).arg(minimum).arg(maximum));
        return qint64(number);
    }

    QJsonArray array(const QString &key, bool required, int maxSize = 1000)
    {
        const QJsonValue value = take(key, required);
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            fail(pathOf(key), tr("expected an array, found %1").arg(typeName(value)));
        if (value.toArray().size() > maxSize)
            fail(pathOf(key), tr("more than %1 entries").arg(maxSize));
        return value.toArray();
    }

    QStringList strings(const QString &key)
    {
        const QJsonArray values = array(key, false);
        QStringList result;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i);
            if (!values.at(i).isString())
                fail(at, tr("expected a string, found %1").arg(typeName(values.at(i))));
            result << values.at(i).toString();
        }
        return result;
    }

    // Call last: anything not read is a mistake (a typo, or a field of a later schema).
    void checkNoOthers() const
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key()))
                fail(pathOf(it.key()), tr("unknown key"));
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_known;
};

inline QString indexed(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

// Reads a data file of at most maxBytes into *json; else the problem, as "NAME: reason".
inline QString readDataFile(const QString &path, qint64 maxBytes, QByteArray *json)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: %2").arg(name, file.errorString());
    *json = file.read(maxBytes + 1);
    if (json->size() > maxBytes)
        return QStringLiteral("%1: %2").arg(
            name, QCoreApplication::translate("LessonLoader", "larger than %1 bytes").arg(maxBytes));
    return QString();
}

// Parses json and hands its root to parse(const QJsonValue &), which throws a JsonProblem at the
// first problem; returns that problem as "JSON.PATH: problem", or nothing when all is well.
template<typename Parse>
QString parseDocument(const QByteArray &json, Parse &&parse)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QCoreApplication::translate("LessonLoader", "not valid JSON at byte %1: %2")
            .arg(parseError.offset)
            .arg(parseError.errorString());
    try {
        parse(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
    } catch (const JsonProblem &problem) {
        return problem.path.isEmpty() ? problem.what : QStringLiteral("%1: %2").arg(problem.path, problem.what);
    }
    return QString();
}

} // namespace StrictJson
