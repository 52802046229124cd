// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonfocus.h"

#include "bytelogview.h"
#include "docklayout.h"
#include "hexview.h"
#include "lessonpanel.h"
#include "lessonrunner.h"
#include "mainwindow.h"
#include "packetview.h"
#include "session.h"

#include <QDockWidget>
#include <QFrame>
#include <QPointer>
#include <QTimer>

namespace {

// The words a lesson's "lookAt" uses for each pane, lower case, in the file's English.
struct PaneWords
{
    DockLayout::Pane pane;
    QStringList words;
};

const QList<PaneWords> &dockWords()
{
    static const QList<PaneWords> words {
        { DockLayout::Pane::Packet, { QStringLiteral("packet view") } },
        { DockLayout::Pane::Chart, { QStringLiteral("chart") } },
        { DockLayout::Pane::Sockets,
            { QStringLiteral("socket tree"), QStringLiteral("socket list"),
                QStringLiteral("in the tree"), QStringLiteral("one tree") } },
        { DockLayout::Pane::ConnectionInfo,
            { QStringLiteral("connection info"), QStringLiteral("state diagram") } },
        { DockLayout::Pane::Ladder, { QStringLiteral("ladder") } },
        { DockLayout::Pane::Calls, { QStringLiteral("call diagram") } },
    };
    return words;
}

const QStringList &logWords()
{
    static const QStringList words { QStringLiteral("row"), QStringLiteral("the log"),
        QStringLiteral("log row") };
    return words;
}

} // namespace

LessonFocus::LessonFocus(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    LessonPanel *panel = window.lessonPanel();
    if (!panel)
        return;
    // A step came up: the panel refreshes on every change of its runner.
    auto *poll = new QTimer(this);
    poll->setInterval(LessonPanel::RefreshIntervalMs);
    connect(poll, &QTimer::timeout, this, [this, panel] {
        const LessonRunner *runner = panel->runner();
        if (!runner || !panel->isVisible())
            return;
        if (runner == m_seenRunner && runner->currentStep() == m_seenStep)
            return;
        m_seenRunner = runner;
        m_seenStep = runner->currentStep();
        focusCurrentStep();
    });
    poll->start();
}

QList<QWidget *> LessonFocus::panesNamedIn(const QString &lookAt) const
{
    const QString text = lookAt.toLower();
    QList<QWidget *> panes;
    for (const PaneWords &entry : dockWords()) {
        QDockWidget *dock = m_window.dockLayout()->dock(entry.pane);
        if (!dock)
            continue;
        for (const QString &word : entry.words) {
            if (text.contains(word)) {
                panes << dock;
                break;
            }
        }
    }
    for (const QString &word : logWords()) {
        if (text.contains(word)) {
            panes << m_window.logView();
            break;
        }
    }
    return panes;
}

QList<QWidget *> LessonFocus::outlinedPanes() const
{
    QList<QWidget *> panes;
    for (int i = 0; i < m_outlines.size(); ++i) {
        if (m_outlines.at(i) && m_outlined.value(i))
            panes << m_outlined.at(i);
    }
    return panes;
}

// A pane the lesson shows under itself (a classroom layout hid it) gets a fifth of the
// height: the step's explanation above it still reads whole on a 1280×720 projector.
void LessonFocus::keepLessonReadable(QDockWidget *shown)
{
    QDockWidget *lessons = m_window.dockLayout()->dock(DockLayout::Pane::Lessons);
    if (!lessons || lessons->isHidden() || shown == lessons
        || m_window.dockWidgetArea(shown) != m_window.dockWidgetArea(lessons))
        return;
    // Once the pane just shown is back in the window's layout.
    QTimer::singleShot(0, this, [this, lessons, shown = QPointer<QDockWidget>(shown)] {
        // Stacked in one column, not side by side or tabbed.
        if (!shown || shown->isHidden() || lessons->isHidden() || shown->x() != lessons->x()
            || shown->y() == lessons->y())
            return;
        const int height = lessons->height() + shown->height();
        m_window.resizeDocks({ lessons, shown }, { height - height / 5, height / 5 }, Qt::Vertical);
    });
}

void LessonFocus::focusCurrentStep()
{
    const LessonRunner *runner = m_window.lessonPanel() ? m_window.lessonPanel()->runner() : nullptr;
    if (!runner)
        return;
    if (runner != m_revealedBy) {
        for (const QPointer<QDockWidget> &dock : std::as_const(m_revealed)) {
            if (dock)
                dock->hide();
        }
        m_revealed.clear();
        m_revealedBy = runner;
    }
    const LessonStep &step = runner->step(runner->currentStep());
    for (QWidget *pane : panesNamedIn(step.lookAtInFile)) {
        if (auto *dock = qobject_cast<QDockWidget *>(pane)) {
            const bool wasHidden = dock->isHidden();
            dock->show(); // a lesson shows the panes it needs, hidden or behind a tab
            dock->raise();
            if (wasHidden) {
                m_revealed << dock;
                keepLessonReadable(dock);
            }
        }
        outline(pane);
    }
    // The rows the step asks to read: all that its connection received, selected together.
    if (const ConnectionId id = step.select.isEmpty() ? 0 : runner->idOf(step.select)) {
        const TrafficLog &log = m_window.session().log();
        QList<qint64> received;
        for (qint64 i = 0; i < log.count(); ++i) {
            if (log.event(i).connection == id && log.event(i).kind == EventKind::Received)
                received << i;
        }
        if (!received.isEmpty()) {
            m_window.selectEventRows(received);
            // A mail message among them: its bytes selected in the packet view, which scrolls to
            // its first header line.
            HexView *hex = m_window.packetView()->hexView();
            const auto message = runner->receivedMessage(step.select);
            const qsizetype at = message && !message->isEmpty() ? hex->data().indexOf(*message) : -1;
            if (at >= 0)
                hex->setSelection(at, message->size(), HexView::Pane::Ascii);
            return; // the selection made its connection the current one
        }
    }
    // The step's connection, everywhere: the last one it shows that exists (the newest).
    for (qsizetype i = step.show.size() - 1; i >= 0; --i) {
        const ConnectionId id = runner->idOf(step.show.at(i));
        if (id != 0) {
            m_window.setCurrentConnection(id);
            break;
        }
    }
}

void LessonFocus::outline(QWidget *pane)
{
    // A frame over the pane, transparent to the mouse: an outline in the lesson's amber.
    auto *frame = new QFrame(pane);
    frame->setObjectName(QStringLiteral("lessonLookAt"));
    frame->setAttribute(Qt::WA_TransparentForMouseEvents);
    frame->setStyleSheet(QStringLiteral(
        "QFrame#lessonLookAt { border: 4px solid #E69F00; border-radius: 4px; background: transparent; }"));
    frame->setGeometry(pane->rect());
    frame->show();
    frame->raise();
    m_outlines << frame;
    m_outlined << pane;
    QTimer::singleShot(OutlineMs, frame, [this, frame] {
        const qsizetype index = m_outlines.indexOf(frame);
        if (index >= 0) {
            m_outlines.removeAt(index);
            m_outlined.removeAt(index);
        }
        frame->deleteLater();
    });
}
