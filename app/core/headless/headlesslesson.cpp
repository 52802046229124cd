// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlesslesson.h"

#include "lessonrunner.h"
#include "terminationwatcher.h"

#include <QCoreApplication>
#include <QTimer>

namespace {

// Words wrapped at width, each line indented.
QString wrapped(const QString &text, int width, const QString &indent)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines << indent + line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << indent + line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

HeadlessLesson::HeadlessLesson(
    Workbench &workbench, const Lesson &lesson, FILE *out, QObject *parent)
    : QObject(parent)
    , m_runner(new LessonRunner(workbench, lesson, this))
    , m_out(out)
{
    m_runner->setUseSuggestedPorts(false); // a lab machine may run several at once
    connect(m_runner, &LessonRunner::stepPlayed, this, &HeadlessLesson::printStep);
    connect(m_runner, &LessonRunner::finished, this, [this](bool ok) {
        m_exitCode = ok ? 0 : 1;
        print(ok ? tr("Lesson %1: all %n step(s) done", nullptr, m_runner->stepCount())
                       .arg(m_runner->lesson().id)
                 : tr("Lesson %1: stopped at step %2 of %3")
                       .arg(m_runner->lesson().id)
                       .arg(m_runner->currentStep() + 1)
                       .arg(m_runner->stepCount()));
        QCoreApplication::quit();
    });
    connect(new TerminationWatcher(this), &TerminationWatcher::terminationRequested, this, [this] {
        print(tr("Lesson %1: interrupted").arg(m_runner->lesson().id));
        QCoreApplication::quit();
    });
}

int HeadlessLesson::exec()
{
    const Lesson &lesson = m_runner->lesson();
    print(tr("Lesson %1: %2 (%n step(s))", nullptr, m_runner->stepCount())
              .arg(lesson.id, lesson.title));
    QTimer::singleShot(0, m_runner, &LessonRunner::play);
    QCoreApplication::exec();
    return m_exitCode;
}

void HeadlessLesson::printStep(int index, bool ok, const QString &outcome, qint64 elapsedMs)
{
    const LessonStep &step = m_runner->step(index);
    QStringList calls;
    for (const QString &call : step.calls)
        calls << call + QStringLiteral("()");
    print(QStringLiteral("[%1/%2] %3  %4")
              .arg(index + 1)
              .arg(m_runner->stepCount())
              .arg(m_runner->expand(step.title), calls.join(QLatin1Char(' ')))
              .trimmed());
    print(wrapped(m_runner->expand(step.text), TextWidth, QStringLiteral("      ")));
    if (const QString wire = m_runner->wireNote(index); !wire.isEmpty())
        print(wrapped(tr("On the wire: %1").arg(wire), TextWidth, QStringLiteral("      ")));
    print(ok ? tr("      ok in %1 s: %2").arg(elapsedMs / 1000.0, 0, 'f', 3).arg(outcome)
             : tr("      FAILED after %1 s: %2").arg(elapsedMs / 1000.0, 0, 'f', 3).arg(outcome));
}

void HeadlessLesson::print(const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), m_out);
    std::fflush(m_out);
}

QString HeadlessLesson::listing(const QList<Lesson> &lessons)
{
    qsizetype width = 0;   // the titles line up after the longest id
    for (const Lesson &lesson : lessons)
        width = qMax(width, lesson.id.size());
    QString text;
    for (const Lesson &lesson : lessons)
        text += QStringLiteral("%1  %2\n").arg(lesson.id, -int(width)).arg(lesson.title);
    return text;
}
