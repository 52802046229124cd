// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;
class QWidget;

// Where the panes around the log sit: sockets on the left, the lesson (while one is open), the
// packet view and the connection info on the right, sending and the chart (the ladder behind it)
// below. It keeps the layout the
// user made across starts, and can put everything back as it was on first start.
class DockLayout : public QObject
{
    Q_OBJECT

public:
    // Of the layout saved in the settings: one step up whenever the arrangement of the docks
    // changes, so that a layout saved by an older SocketLab is not restored over the new one
    // (2: the ladder behind the chart, the lesson above the packet view; 3: the wire behind the
    // chart).
    static constexpr int LayoutVersion = 3;

    enum class Pane { Sockets, Packet, ConnectionInfo, Chart, Send, Lessons, Calls, Ladder, Wire };

    struct Panes
    {
        QWidget *sockets = nullptr;
        QWidget *packet = nullptr;
        QWidget *connectionInfo = nullptr;
        QWidget *chart = nullptr;
        QWidget *send = nullptr; // null in a read-only window
        QWidget *lessons = nullptr; // null in a read-only window
        QWidget *calls = nullptr; // the lesson's call diagram; null in a read-only window
        QWidget *ladder = nullptr; // the current connection's ladder diagram
        QWidget *wire = nullptr; // the captured packets
    };

    // Docks the panes in window; call once the central widget is set.
    DockLayout(QMainWindow &window, const Panes &panes);

    QDockWidget *dock(Pane pane) const; // null for a pane the window does not have
    QList<QDockWidget *> docks() const;
    // Shows the pane's dock in front of those it shares a place with.
    void raise(Pane pane);

    // Shows the lesson and its call diagram (hidden until a lesson is opened), with room.
    void showLesson();
    // The layout of the last live window, if it is still readable; else the docks as built.
    void restoreSaved();
    void save() const;
    // Gives the docks their first-start sizes the first time the window shows, unless a saved
    // layout was restored.
    void sizeOnFirstShow();
    // Back to the docks as they are on first start; the saved layout is forgotten.
    void reset();

private:
    QDockWidget *addDock(Pane pane, const QString &title, const char *objectName, QWidget *widget);
    void sizeDocks();

    QMainWindow &m_window;
    Panes m_panes;
    QList<QDockWidget *> m_docks; // indexed by Pane, null where the window has no such pane
    QByteArray m_defaultLayout; // saveState() as built, for reset()
    bool m_sized = false;
};
