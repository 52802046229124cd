// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"

#include <QObject>

#include <cstdio>

class LessonRunner;
class Workbench;

// socketlab --lesson NAME --headless: every step is done automatically, in turn, and each
// step's result printed:
//
//   [2/6] Connect  socket() connect() accept()
//         A client connects to 127.0.0.1:40123 ...      (the step's text, filled in)
//         ok in 0.004 s: client: connected; accepted: accepted
//
// Exit code 0 when every step was done, 1 when one failed or timed out (or on SIGINT/SIGTERM).
class HeadlessLesson : public QObject
{
    Q_OBJECT

public:
    static constexpr int TextWidth = 96;

    HeadlessLesson(
        Workbench &workbench, const Lesson &lesson, FILE *out, QObject *parent = nullptr);

    int exec();

    // The lessons and their titles, one per line, for --lesson list.
    static QString listing(const QList<Lesson> &lessons);

private:
    void printStep(int index, bool ok, const QString &outcome, qint64 elapsedMs);
    void print(const QString &text);

    LessonRunner *m_runner = nullptr;
    FILE *m_out = nullptr;
    int m_exitCode = 1;
};
