// SPDX-License-Identifier: GPL-3.0-or-later
#include "classroomsockets.h"

#include "classroommode.h"
#include "connectiontreemodel.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QTimer>
#include <QTreeView>

namespace {

constexpr int HiddenInClassroom[]
    = { ConnectionTreeModel::LocalColumn, ConnectionTreeModel::ChunksInColumn,
          ConnectionTreeModel::ChunksOutColumn, ConnectionTreeModel::DurationColumn };

} // namespace

ClassroomSockets::ClassroomSockets(
    QMainWindow *window, ClassroomMode *mode, QTreeView *tree, QDockWidget *dock)
    : QObject(window)
    , m_window(window)
    , m_mode(mode)
    , m_tree(tree)
    , m_dock(dock)
    , m_widen(new QTimer(this))
{
    // Columns resize to their contents as rows come and the font grows: widened once per batch.
    m_widen->setSingleShot(true);
    m_widen->setInterval(0);
    connect(m_widen, &QTimer::timeout, this, &ClassroomSockets::widenDock);
    connect(tree->header(), &QHeaderView::sectionResized, m_widen, qOverload<>(&QTimer::start));
    connect(mode->classroomAction(), &QAction::toggled, this, &ClassroomSockets::setCompact);
    connect(mode, &ClassroomMode::docksArranged, this, [this] { fitDock(true); });
    // Whatever resizes the docks later (the window fitted to the screen, a layout restored) may
    // narrow this one again.
    dock->installEventFilter(this);
    setCompact(mode->isEnabled());
}

bool ClassroomSockets::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dock && event->type() == QEvent::Resize && m_mode->isEnabled())
        m_widen->start();
    return QObject::eventFilter(watched, event);
}

void ClassroomSockets::setCompact(bool compact)
{
    for (int column : HiddenInClassroom)
        m_tree->setColumnHidden(column, compact);
    if (auto *model = qobject_cast<ConnectionTreeModel *>(m_tree->model()))
        model->setCompact(compact);
    if (compact)
        m_widen->start();
}

void ClassroomSockets::widenDock()
{
    fitDock(false);
}

void ClassroomSockets::fitDock(bool mayNarrow)
{
    if (!m_mode->isEnabled() || !m_dock->isVisible() || m_dock->isFloating())
        return;
    // The columns' own widths: the last one stretches to the view, so it counts what it shows.
    QHeaderView *header = m_tree->header();
    int columns = 0;
    int last = -1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (header->isSectionHidden(column))
            continue;
        if (last >= 0)
            columns += header->sectionSize(last);
        last = column;
    }
    if (last >= 0)
        columns += qMax(static_cast<const QAbstractItemView *>(m_tree)->sizeHintForColumn(last),
            header->sectionSizeHint(last));
    // What the dock has around the tree's columns: frames, margins, a vertical scroll bar.
    const int around = m_dock->width() - m_tree->viewport()->width();
    const int needed = qMin(columns + around, m_window->width() / 2);
    // Narrowed only when the docks are arranged: a teacher may have widened it on purpose.
    const int target = mayNarrow ? qMax(needed, m_window->width() / 6) : needed;
    if (target > m_dock->width() || (mayNarrow && target < m_dock->width()))
        m_window->resizeDocks({ m_dock }, { target }, Qt::Horizontal);
}
