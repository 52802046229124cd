// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepoutcome.h"

#include "byteformat.h"
#include "lessonrunner.h"

QStringList StepOutcome::describe(const LessonRunner &runner, int step)
{
    QStringList lines;
    for (const LessonCondition &condition : runner.step(step).expect) {
        const QString line = describe(runner, condition);
        if (!line.isEmpty() && !lines.contains(line))
            lines << line;
    }
    return lines;
}

QString StepOutcome::describe(const LessonRunner &runner, const LessonCondition &condition)
{
    const auto info = runner.infoOf(condition.role);
    if (!info)
        return {};
    const QString name = info->name;
    switch (condition.kind) {
    case LessonConditionKind::Event:
        switch (condition.event) {
        case EventKind::Listening: return tr("%1 listens on %2").arg(name, info->localEndpoint());
        case EventKind::Accepted:
            return info->peerEndpoint().isEmpty()
                ? tr("accepted %1").arg(name)
                : tr("accepted %1 from %2").arg(name, info->peerEndpoint());
        case EventKind::Connected:
            return tr("%1 connected to %2").arg(name, info->peerEndpoint());
        case EventKind::ListenStopped: return tr("%1 stopped listening").arg(name);
        default: return tr("%1: %2").arg(name, eventKindName(condition.event));
        }
    case LessonConditionKind::Stream: {
        const bool in = condition.direction == Direction::In;
        const quint64 bytes = in ? info->bytesIn : info->bytesOut;
        const QByteArray expected = condition.hasEquals ? condition.equals : condition.contains;
        if (expected.isEmpty())
            return in ? tr("%1 received %2").arg(name, formatByteCount(double(bytes)))
                      : tr("%1 sent %2").arg(name, formatByteCount(double(bytes)));
        return in ? tr("%1 received “%2” (%3 in all)")
                        .arg(name, escapeBytes(expected, 40), formatByteCount(double(bytes)))
                  : tr("%1 sent “%2” (%3 in all)")
                        .arg(name, escapeBytes(expected, 40), formatByteCount(double(bytes)));
    }
    case LessonConditionKind::State:
        return tr("%1 is %2").arg(name, connectionStateName(info->state));
    case LessonConditionKind::Wire:
        return runner.describeCondition(condition);
    case LessonConditionKind::Message: {
        const auto message = runner.receivedMessage(condition.role);
        if (!message)
            return {};
        return tr("%1 received a message of %2 bytes from %3")
            .arg(name)
            .arg(message->size())
            .arg(info->peerEndpoint());
    }
    }
    return {};
}
