// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class LessonRunner;
struct LessonCondition;

// What a done step did, in words, from the sockets it is about: "accepted L1.1 from
// 127.0.0.1:41996", "L1 listens on 127.0.0.1:9000", "L1.1 received “hello\n” (6 B)". One line per
// condition of the step, read from the connection table when asked, so ports and byte counts
// are the real ones.
class StepOutcome
{
    Q_DECLARE_TR_FUNCTIONS(StepOutcome)

public:
    static QStringList describe(const LessonRunner &runner, int step);

private:
    static QString describe(const LessonRunner &runner, const LessonCondition &condition);
};
