// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class ClassroomMode;
class QAbstractButton;
class QAction;
class QActionGroup;
class QButtonGroup;
class QDockWidget;
class QMainWindow;
class QWidget;

// The arrangements of the docks for a room, offered when classroom mode starts (a bar above the
// log) and in View ▸ Classroom layout: Lesson (the lesson, its call diagram and the log),
// Traffic (the log and a large chart), Inspect (the log, the packet view and the ladder), or the
// user's own (what they arranged in classroom mode last time). The choice is remembered;
// leaving classroom mode puts the docks back as they were (ClassroomMode).
class ClassroomLayouts : public QObject
{
    Q_OBJECT

public:
    enum class Preset { Lesson, Traffic, Inspect, Own };
    // The bar goes into the window's central QVBoxLayout, below the address banner.
    ClassroomLayouts(QMainWindow *window, ClassroomMode *mode);

    Preset preset() const { return m_preset; }
    // Arranges the docks (in classroom mode) and remembers the choice.
    void apply(Preset preset);
    QList<QAction *> actions() const;
    QWidget *chooser() const { return m_chooser; }
    QAbstractButton *chooserButton(Preset preset) const;

    static QString key(Preset preset);

private:
    void entered();
    void arrange();
    void sizePanes();

    QMainWindow *m_window = nullptr;
    ClassroomMode *m_mode = nullptr;
    Preset m_preset = Preset::Own;
    QActionGroup *m_actions = nullptr;
    QButtonGroup *m_buttons = nullptr;
    QWidget *m_chooser = nullptr;
    QList<QPointer<QDockWidget>> m_frontDocks; // in front before classroom mode

};
