// SPDX-License-Identifier: GPL-3.0-or-later
#include "docklayout.h"

#include "appsettings.h"
#include "screenfit.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>

namespace {

// A form that needs more room than its dock has scrolls, instead of forcing its minimum size
// on the window: the docks' minimums must add up to less than a 1280×720 screen.
QWidget *scrollable(QWidget *form)
{
    auto *area = new QScrollArea;
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(form);
    return area;
}

} // namespace

DockLayout::DockLayout(QMainWindow &window, const Panes &panes)
    : QObject(&window)
    , m_window(window)
    , m_panes(panes)
{
    m_docks.resize(int(Pane::Wire) + 1);
    window.setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    QDockWidget *sockets
        = addDock(Pane::Sockets, tr("Sockets"), "socketsDock", scrollable(panes.sockets));
    window.addDockWidget(Qt::LeftDockWidgetArea, sockets);

    QDockWidget *packet = addDock(Pane::Packet, tr("Packet"), "packetDock", panes.packet);
    window.addDockWidget(Qt::RightDockWidgetArea, packet);
    QDockWidget *info = addDock(Pane::ConnectionInfo, tr("Connection info"), "connectionInfoDock",
        scrollable(panes.connectionInfo));
    window.addDockWidget(Qt::RightDockWidgetArea, info);
    window.splitDockWidget(packet, info, Qt::Vertical);

    QDockWidget *chart = addDock(Pane::Chart, tr("Throughput"), "chartDock", panes.chart);
    window.addDockWidget(Qt::BottomDockWidgetArea, chart);
    if (panes.send) {
        QDockWidget *send = addDock(Pane::Send, tr("Send"), "sendDock", scrollable(panes.send));
        window.addDockWidget(Qt::BottomDockWidgetArea, send);
        window.splitDockWidget(send, chart, Qt::Horizontal);
    }
    // Behind the chart: the ladder is read event by event, the chart at a glance.
    QDockWidget *ladder
        = addDock(Pane::Ladder, tr("Ladder"), "ladderDock", scrollable(panes.ladder));
    window.tabifyDockWidget(chart, ladder);
    // The wire too: below the log, so a read and its segments are seen together.
    QDockWidget *wire = addDock(Pane::Wire, tr("Wire"), "wireDock", scrollable(panes.wire));
    window.tabifyDockWidget(chart, wire);
    chart->raise();
    if (panes.lessons) {
        // Lessons share the right side with the packet view, behind it until one is opened.
        QDockWidget *lessons
            = addDock(Pane::Lessons, tr("Lessons"), "lessonDock", scrollable(panes.lessons));
        window.addDockWidget(Qt::RightDockWidgetArea, lessons);
        window.tabifyDockWidget(packet, lessons);
        packet->raise();
    }
    if (panes.calls) {
        // Below the lesson, in front of the connection info while a lesson is open.
        QDockWidget *calls
            = addDock(Pane::Calls, tr("Call diagram"), "callDiagramDock", panes.calls);
        window.addDockWidget(Qt::RightDockWidgetArea, calls);
        window.tabifyDockWidget(info, calls);
        info->raise();
    }
}

QDockWidget *DockLayout::addDock(
    Pane pane, const QString &title, const char *objectName, QWidget *widget)
{
    auto *dock = new QDockWidget(title, &m_window);
    dock->setObjectName(QLatin1String(objectName));
    dock->setWidget(widget);
    m_docks[int(pane)] = dock;
    return dock;
}

QDockWidget *DockLayout::dock(Pane pane) const
{
    return m_docks.value(int(pane));
}

QList<QDockWidget *> DockLayout::docks() const
{
    QList<QDockWidget *> all;
    for (QDockWidget *dock : m_docks) {
        if (dock)
            all << dock;
    }
    return all;
}

void DockLayout::raise(Pane pane)
{
    if (QDockWidget *dock = this->dock(pane)) {
        dock->show();
        dock->raise();
    }
}

void DockLayout::restoreSaved()
{
    m_defaultLayout = m_window.saveState();
    const AppSettings settings;
    const QByteArray geometry = settings.windowGeometry();
    if (!geometry.isEmpty()) {
        m_window.restoreGeometry(geometry);
        fitWindowToScreen(&m_window); // saved on a larger screen, perhaps
    }
    const QByteArray state = settings.windowState();
    m_sized = !state.isEmpty() && m_window.restoreState(state);
}

void DockLayout::save() const
{
    AppSettings settings;
    settings.setWindowGeometry(m_window.saveGeometry());
    settings.setWindowState(m_window.saveState());
}

void DockLayout::sizeOnFirstShow()
{
    fitWindowToScreen(&m_window); // now that the frame is known
    if (!m_sized)
        sizeDocks();
}

void DockLayout::reset()
{
    m_window.restoreState(m_defaultLayout);
    for (QDockWidget *dock : docks())
        dock->show();
    AppSettings().clearWindowLayout();
    sizeDocks();
}

void DockLayout::sizeDocks()
{
    m_sized = true;
    // Sized once shown, when the layout no longer overrides it: the packet view gets room for
    // a whole hexdump row, and the log takes what is left.
    // On a small screen (a 1280×720 projector) the side docks give up room to the log.
    const int width = m_window.width();
    const int height = m_window.height();
    m_window.resizeDocks({ dock(Pane::Sockets), dock(Pane::Packet) },
        { qMin(370, width / 4), qMin(m_panes.packet->sizeHint().width(), width * 3 / 10) },
        Qt::Horizontal);
    if (QDockWidget *send = dock(Pane::Send)) {
        m_window.resizeDocks({ send }, { qMin(240, height * 3 / 8) }, Qt::Vertical);
        m_window.resizeDocks(
            { send, dock(Pane::Chart) }, { width * 2 / 5, width * 3 / 5 }, Qt::Horizontal);
    } else {
        m_window.resizeDocks({ dock(Pane::Chart) }, { 260 }, Qt::Vertical);
    }
}
