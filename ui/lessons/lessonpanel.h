// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"

#include <QHash>
#include <QList>
#include <QWidget>

class LessonRunner;
class FlowLayout;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;
class Workbench;

// Guided lessons: the list of lessons, every step of the lesson (done ones ticked, the current
// one marked, each a button to go to it), the current step's explanation, the socket calls it
// stands for set as code, what to look at, the state of the sockets it is about, what the step
// did in words once done, and large Back / Do it / Next buttons, Restart. A step completes when its expected events happen, whether the learner did it in the
// app or pressed Do it. Each lesson keeps its own runner, so leaving one and coming back
// resumes it where it was.
class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshIntervalMs = 250;
    static constexpr int MaxStepRows = 2; // of step buttons with their titles
    static constexpr int MaxWaitingShown
        = 2; // conditions a waiting step lists (all in its tooltip)

    explicit LessonPanel(Workbench &workbench, QWidget *parent = nullptr);

    QList<Lesson> lessons() const { return m_lessons; }
    // Problems with lesson files (each names its file), shown at the top of the panel.
    QStringList loadProblems() const { return m_problems; }
    // Shows the lesson with this id, resumed where it was left. False when there is none.
    bool openLesson(const QString &id);
    LessonRunner *runner() const { return m_runner; }
    // Whether listen steps use the port a lesson suggests (e.g. 9000, easy to type in a browser or
    // on another machine) or one the system chooses.
    void setUseSuggestedPorts(bool use);

    void nextStep();
    void previousStep();
    void doStep();
    void restartLesson();

    QComboBox *lessonBox() const { return m_lessonBox; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *doItButton() const { return m_doIt; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *restartButton() const { return m_restart; }
    QLabel *progressLabel() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *stateLabel() const { return m_states; }
    QLabel *textLabel() const { return m_text; }
    QLabel *callsLabel() const { return m_calls; }
    // One button per step ("✔ 1", "▶ 2", "3"), its title in the tooltip: clicking one goes there.
    QList<QToolButton *> stepButtons() const { return m_stepButtons; }
    QLabel *lookAtLabel() const { return m_lookAt; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    // Another lesson was chosen, or this one restarted: connections of what came before are no
    // longer what the window should show.
    void lessonStarted();

private:
    void selectLesson(int index);
    void refresh();
    void refreshStates();
    void refreshStepButtons();
    // How many rows the step buttons would take with every title, at the panel's width.
    int stepRowsWithTitles() const;
    void showLookAt(int index);
    // The title and the buttons that move through the lesson, larger than the text around them
    // at every zoom.
    void applyOwnFonts();

    Workbench &m_workbench;
    QList<Lesson> m_lessons;
    QStringList m_problems;
    QHash<QString, LessonRunner *> m_runners; // one per lesson opened so far
    LessonRunner *m_runner = nullptr;
    bool m_useSuggestedPorts = true;

    QComboBox *m_lessonBox = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_progress = nullptr;
    QProgressBar *m_progressBar = nullptr;
    FlowLayout *m_stepRow = nullptr;
    QList<QToolButton *> m_stepButtons;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_calls = nullptr;
    QLabel *m_lookAt = nullptr;
    QLabel *m_states = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_doIt = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_restart = nullptr;
    QTimer *m_refreshTimer = nullptr;
    quint64 m_seenTableVersion = ~quint64(0);
};
