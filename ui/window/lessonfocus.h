// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class MainWindow;
class QDockWidget;
class QWidget;

// What the lesson's current step points at, made visible: when a step comes up, the panes its
// "Look at" names (the log's rows, the packet view, the chart, the socket tree, the connection
// info and its state diagram, the ladder, the call diagram) are shown if hidden (and hidden
// again when another lesson opens), brought to the front of their tabs and outlined for a moment; the connection the step is about becomes the
// current one everywhere (tree, log, info pane, chart, Send). A step that names a role in
// "select" has that connection's received rows selected in the log, so that the packet view
// shows what arrived as one text, and a mail message in it (LessonRunner::receivedMessage())
// selected there.
//
// Lesson files name the panes in their English "lookAt" text (docs/lessons.md lists the words);
// the words are matched in that source text, never in a translation.
class LessonFocus : public QObject
{
    Q_OBJECT

public:
    static constexpr int OutlineMs = 2500;

    explicit LessonFocus(MainWindow &window);

    // The panes (their widgets: a dock, or the log view) that lookAt names.
    QList<QWidget *> panesNamedIn(const QString &lookAt) const;
    // The outlines shown now (for tests), each over the pane it outlines.
    QList<QWidget *> outlinedPanes() const;

    // Shows, raises and outlines the panes of the current step, selects its connection.
    void focusCurrentStep();

private:
    void outline(QWidget *pane);
    void keepLessonReadable(QDockWidget *shown);

    MainWindow &m_window;
    QList<QPointer<QWidget>> m_outlines; // the frames drawn over the panes
    QList<QPointer<QWidget>> m_outlined;
    int m_seenStep = -1;
    const void *m_seenRunner = nullptr;
    // Panes a step of this lesson showed that were hidden: hidden again when another lesson
    // opens, so that one lesson's panes do not squeeze the next one's explanation.
    QList<QPointer<QDockWidget>> m_revealed;
    const void *m_revealedBy = nullptr;   // the lesson's runner
};
