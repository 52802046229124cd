// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class ClassroomMode;
class QDockWidget;
class QMainWindow;
class QTimer;
class QTreeView;

// The Sockets tree in classroom mode: what a class reads from afar, each socket's name, state,
// peer and bytes, without scrolling sideways. The other columns (local address, chunk counts,
// duration; the connection info pane has them) are hidden while classroom mode is on, and the
// dock is widened to the columns that remain (up to half the window) as they grow; names
// and a listener's count are shorter (ConnectionTreeModel::setCompact).
class ClassroomSockets : public QObject
{
    Q_OBJECT

public:
    ClassroomSockets(QMainWindow *window, ClassroomMode *mode, QTreeView *tree, QDockWidget *dock);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setCompact(bool compact);
    void widenDock();
    // Wide enough for the columns shown (at most half the window); when the docks have just
    // been arranged, no wider than that either (at least the arrangement's sixth).
    void fitDock(bool mayNarrow);

    QMainWindow *m_window = nullptr;
    ClassroomMode *m_mode = nullptr;
    QTreeView *m_tree = nullptr;
    QDockWidget *m_dock = nullptr;
    QTimer *m_widen = nullptr;
};
