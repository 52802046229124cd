// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchapplication.h"

#include "benchsupport.h"

#include <QEvent>
#include <QMetaEnum>
#include <QThread>
#include <QWidget>

#include <algorithm>

BenchApplication::BenchApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
}

BenchApplication *BenchApplication::instance()
{
    return qobject_cast<BenchApplication *>(QCoreApplication::instance());
}

bool BenchApplication::notify(QObject *receiver, QEvent *event)
{
    // The GUI thread only: notify() is called for the network thread's events too. Nested
    // events are inside an outer one's time, except paints: they say which widget a frame
    // spent its time on.
    if (!m_recording || QThread::currentThread() != thread()
        || (m_depth > 0 && event->type() != QEvent::Paint))
        return QApplication::notify(receiver, event);
    // Everything about the receiver is read first: a DeferredDelete event deletes it.
    const QEvent::Type type = event->type();
    const char *className = receiver->metaObject()->className();
    const bool widget = receiver->isWidgetType();
    const bool frame
        = type == QEvent::UpdateRequest && widget && static_cast<QWidget *>(receiver)->isWindow();
    // A timer says little without its owner, nor a viewport without its view.
    const char *parentName = (!widget || type == QEvent::Paint) && receiver->parent()
        ? receiver->parent()->metaObject()->className()
        : nullptr;
    ++m_depth;
    const qint64 start = Bench::monotonicNs();
    const qint64 cpuStart = Bench::threadCpuNs();
    const bool result = QApplication::notify(receiver, event);
    const double ms = double(Bench::monotonicNs() - start) / 1e6;
    const double cpuMs = double(Bench::threadCpuNs() - cpuStart) / 1e6;
    --m_depth;

    if (frame) {
        m_frameMs << ms;
        m_frameCpuMs << cpuMs;
    }
    if (ms >= 0.05) {
        QString key = QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(type))
            + QLatin1Char(' ') + QLatin1String(className);
        if (parentName)
            key += QStringLiteral(" in ") + QLatin1String(parentName);
        Cost &cost = m_costs[key];
        ++cost.count;
        cost.totalMs += ms;
        cost.cpuMs += cpuMs;
        cost.worstMs = qMax(cost.worstMs, ms);
    }
    return result;
}

void BenchApplication::startRecording()
{
    m_costs.clear();
    m_frameMs.clear();
    m_frameCpuMs.clear();
    m_recording = true;
}

void BenchApplication::stopRecording()
{
    m_recording = false;
}

QStringList BenchApplication::summary(int lines) const
{
    QList<std::pair<QString, Cost>> all;
    for (auto it = m_costs.cbegin(); it != m_costs.cend(); ++it)
        all.append({ it.key(), it.value() });
    std::sort(all.begin(), all.end(),
        [](const auto &a, const auto &b) { return a.second.totalMs > b.second.totalMs; });
    QStringList texts;
    for (const auto &[key, cost] : all.mid(0, lines)) {
        texts << QStringLiteral("%1: %2×, %3 ms in all (%4 ms on a core), worst %5 ms")
                     .arg(key)
                     .arg(cost.count)
                     .arg(cost.totalMs, 0, 'f', 1)
                     .arg(cost.cpuMs, 0, 'f', 1)
                     .arg(cost.worstMs, 0, 'f', 1);
    }
    return texts;
}
