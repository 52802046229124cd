// SPDX-License-Identifier: GPL-3.0-or-later
#include "lesson.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QStringList templatesOf(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\{[A-Za-z][A-Za-z0-9_]*\\.[A-Za-z]+\\}"));
    QStringList found;
    for (auto matches = pattern.globalMatch(text); matches.hasNext();)
        found << matches.next().captured();
    found.sort();
    return found;
}

QString translateLessonText(const QString &lessonId, const QString &text)
{
    if (text.isEmpty())
        return text;
    const QByteArray context = "lesson:" + lessonId.toUtf8();
    const QByteArray source = text.toUtf8();
    const QString translated = QCoreApplication::translate(context.constData(), source.constData());
    // A template the translator changed would show as raw text: the English one is better.
    return templatesOf(translated) == templatesOf(text) ? translated : text;
}

} // namespace

void translateLesson(Lesson &lesson)
{
    lesson.title = translateLessonText(lesson.id, lesson.title);
    lesson.summary = translateLessonText(lesson.id, lesson.summary);
    for (LessonStep &step : lesson.steps) {
        step.title = translateLessonText(lesson.id, step.title);
        step.text = translateLessonText(lesson.id, step.text);
        step.lookAt = translateLessonText(lesson.id, step.lookAt);
        step.wire = translateLessonText(lesson.id, step.wire);
    }
}

QString lessonStateKey(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Opening: return QStringLiteral("opening");
    case ConnectionState::LookingUp: return QStringLiteral("looking-up");
    case ConnectionState::Connecting: return QStringLiteral("connecting");
    case ConnectionState::Connected: return QStringLiteral("connected");
    case ConnectionState::Listening: return QStringLiteral("listening");
    case ConnectionState::NotListening: return QStringLiteral("not-listening");
    case ConnectionState::Closing: return QStringLiteral("closing");
    case ConnectionState::Closed: return QStringLiteral("closed");
    case ConnectionState::Failed: return QStringLiteral("failed");
    case ConnectionState::PeerFinished: return QStringLiteral("peer-finished");
    case ConnectionState::Bound: return QStringLiteral("bound");
    }
    return QString();
}

QString lessonActionName(LessonActionType type)
{
    switch (type) {
    case LessonActionType::Listen: return QStringLiteral("listen");
    case LessonActionType::Connect: return QStringLiteral("connect");
    case LessonActionType::Send: return QStringLiteral("send");
    case LessonActionType::StopRepeating: return QStringLiteral("stopRepeating");
    case LessonActionType::Close: return QStringLiteral("close");
    case LessonActionType::Abort: return QStringLiteral("abort");
    case LessonActionType::ShutdownWrite: return QStringLiteral("shutdownWrite");
    case LessonActionType::PauseReading: return QStringLiteral("pauseReading");
    case LessonActionType::ResumeReading: return QStringLiteral("resumeReading");
    case LessonActionType::SetNoDelay: return QStringLiteral("setNoDelay");
    case LessonActionType::SetEcho: return QStringLiteral("setEcho");
    case LessonActionType::StopListening: return QStringLiteral("stopListening");
    case LessonActionType::CloseListener: return QStringLiteral("closeListener");
    case LessonActionType::SendFile: return QStringLiteral("sendFile");
    case LessonActionType::Bind: return QStringLiteral("bind");
    case LessonActionType::SendTo: return QStringLiteral("sendTo");
    case LessonActionType::Ping: return QStringLiteral("ping");
    case LessonActionType::ServeEchoes: return QStringLiteral("serveEchoes");
    case LessonActionType::EditReply: return QStringLiteral("editReply");
    }
    return QString();
}

QStringList lessonSocketCalls()
{
    return { QStringLiteral("socket"), QStringLiteral("bind"), QStringLiteral("listen"),
        QStringLiteral("accept"), QStringLiteral("connect"), QStringLiteral("send"),
        QStringLiteral("write"), QStringLiteral("recv"), QStringLiteral("read"),
        QStringLiteral("shutdown"), QStringLiteral("close"), QStringLiteral("setsockopt"),
        QStringLiteral("getaddrinfo"), QStringLiteral("getsockopt"), QStringLiteral("unlink"),
        QStringLiteral("sendto"), QStringLiteral("recvfrom") };
}
