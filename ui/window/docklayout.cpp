// SPDX-License-Identifier: GPL-3.0-or-later
#include "docklayout.h"

#include "appsettings.h"
#include "screenfit.h"
#include "verticalscrollarea.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace {

// A pane that needs more room than its dock has scrolls, instead of forcing its minimum size
// on the window: the docks' minimums must add up to less than a 1280×720 screen.
QWidget *scrollable(QWidget *form)
{
    auto *area = new QScrollArea;
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(form);
    return area;
}

// A form that wraps to the dock's width scrolls up and down only: its buttons never go off the
// right edge.
QWidget *wrapping(QWidget *form)
{
    return new VerticalScrollArea(form);
}

} // namespace

DockLayout::DockLayout(QMainWindow &window, const Panes &panes)
    : QObject(&window)
    , m_window(window)
    , m_panes(panes)
{
    m_docks.resize(int(Pane::Wire) + 1);
    window.setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    // The right side runs the window's full height: the lesson, the packet view and the
    // connection info share it, and on a 1280×720 screen the part between the top and the bottom
    // docks would leave the lesson a few lines.
    window.setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    QDockWidget *sockets
        = addDock(Pane::Sockets, tr("Sockets"), "socketsDock", panes.sockets);
    window.addDockWidget(Qt::LeftDockWidgetArea, sockets);

    if (panes.lessons) {
        // A lesson of its own, above the packet view: a step that says "select a row to see its
        // bytes in the packet view" must not leave those bytes on a hidden tab. Shown when a
        // lesson is opened (showLesson()).
        QDockWidget *lessons
            = addDock(Pane::Lessons, tr("Lessons"), "lessonDock", panes.lessons);
        window.addDockWidget(Qt::RightDockWidgetArea, lessons, Qt::Vertical);
        lessons->hide();
    }
    QDockWidget *packet = addDock(Pane::Packet, tr("Packet"), "packetDock", panes.packet);
    window.addDockWidget(Qt::RightDockWidgetArea, packet, Qt::Vertical);
    QDockWidget *info = addDock(Pane::ConnectionInfo, tr("Connection info"), "connectionInfoDock",
        scrollable(panes.connectionInfo));
    window.addDockWidget(Qt::RightDockWidgetArea, info);
    window.splitDockWidget(packet, info, Qt::Vertical);

    QDockWidget *chart = addDock(Pane::Chart, tr("Throughput"), "chartDock", panes.chart);
    window.addDockWidget(Qt::BottomDockWidgetArea, chart);
    if (panes.send) {
        QDockWidget *send = addDock(Pane::Send, tr("Send"), "sendDock", wrapping(panes.send));
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
    if (panes.calls) {
        // In front of the chart while a lesson is open (the bottom is the widest place for two
        // columns of calls); hidden with no lesson.
        QDockWidget *calls
            = addDock(Pane::Calls, tr("Call diagram"), "callDiagramDock", panes.calls);
        window.tabifyDockWidget(chart, calls);
        chart->raise();
        calls->hide();
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

void DockLayout::showLesson()
{
    QDockWidget *lessons = dock(Pane::Lessons);
    if (!lessons)
        return;
    const bool wasHidden = lessons->isHidden();
    raise(Pane::Lessons);
    raise(Pane::Calls);
    if (!wasHidden)
        return; // the user's own sizes stay
    // The lesson is the main thing on screen: the right side gets wider, and the lesson most of
    // its height, the packet view and the connection info keeping a few rows. Sized once the docks
    // just shown are back in the window's layout.
    QTimer::singleShot(0, this, [this, lessons] {
        const int width = m_window.width();
        const int height = m_window.height();
        m_window.resizeDocks(
            { lessons }, { qMax(lessons->width(), width * 2 / 5) }, Qt::Horizontal);
        QDockWidget *packet = dock(Pane::Packet);
        QDockWidget *info = dock(Pane::ConnectionInfo);
        if (packet->isVisible() && info->isVisible())
            m_window.resizeDocks({ lessons, packet, info },
                { height * 11 / 20, height / 5, height / 4 }, Qt::Vertical);
        // Two columns of calls with their arguments want two lines a call.
        if (QDockWidget *calls = dock(Pane::Calls); calls && calls->isVisible())
            m_window.resizeDocks({ calls }, { height * 9 / 20 }, Qt::Vertical);
    });
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
    // A layout saved by an older SocketLab (the ladder beside the chart, the lesson behind the
    // packet view) is not restored: restoreState() refuses another version.
    const QByteArray state = settings.windowState();
    m_sized = !state.isEmpty() && m_window.restoreState(state, LayoutVersion);
    // The lesson's panes show when a lesson is opened, not because one was open last time.
    for (Pane pane : { Pane::Lessons, Pane::Calls }) {
        if (QDockWidget *dock = this->dock(pane))
            dock->hide();
    }
}

void DockLayout::save() const
{
    AppSettings settings;
    settings.setWindowGeometry(m_window.saveGeometry());
    settings.setWindowState(m_window.saveState(LayoutVersion));
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
    for (QDockWidget *dock : docks()) {
        if (dock != this->dock(Pane::Lessons) && dock != this->dock(Pane::Calls))
            dock->show();
    }
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
        // The bottom takes what the send form needs at its width, not more: on a 1280×720
        // screen every line it leaves goes to the Sockets forms beside the tree.
        int needed = m_panes.send->heightForWidth(width * 2 / 5);
        if (needed < 0)
            needed = m_panes.send->sizeHint().height();
        needed += send->fontMetrics().height()
            + 2 * send->style()->pixelMetric(QStyle::PM_DockWidgetTitleMargin);
        m_window.resizeDocks({ send }, { std::min({ 240, height * 3 / 8, needed }) }, Qt::Vertical);
        m_window.resizeDocks(
            { send, dock(Pane::Chart) }, { width * 2 / 5, width * 3 / 5 }, Qt::Horizontal);
    } else {
        m_window.resizeDocks({ dock(Pane::Chart) }, { 260 }, Qt::Vertical);
    }
}
