// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowmenus.h"

#include "appsettings.h"
#include "bytelogview.h"
#include "captureswitch.h"
#include "classroomlayouts.h"
#include "classroommode.h"
#include "docklayout.h"
#include "endpointpanel.h"
#include "lessonpanel.h"
#include "logpane.h"
#include "mainwindow.h"
#include "sendpanel.h"
#include "sessionfiles.h"
#include "statusline.h"
#include "themedicon.h"
#include "welcomedialog.h"
#include "workbench.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>

WindowMenus::WindowMenus(MainWindow &window, SessionFiles &files)
    : QObject(&window)
    , m_window(window)
    , m_files(files)
{
    buildFileMenu();
    if (m_window.workbench()) {
        buildSocketMenu();
        buildCaptureMenu();
    }
    buildEditMenu();
    buildViewMenu();
    if (m_window.lessonPanel())
        buildLessonMenu();
    buildHelpMenu();
}

void WindowMenus::buildFileMenu()
{
    QMenu *file = m_window.menuBar()->addMenu(tr("&File"));
    if (m_window.workbench()) {
        QAction *fresh = file->addAction(themedIcon(QStringLiteral("document-new")),
            tr("&New session"), this, [this] { Q_EMIT m_window.newSessionRequested({}); });
        fresh->setShortcut(QKeySequence::New);
        fresh->setToolTip(tr("Close every socket and start a new session with an empty log; this "
                             "one stays recorded"));
        fresh->setStatusTip(fresh->toolTip());
        file->addSeparator();
    }
    QAction *open = file->addAction(themedIcon(QStringLiteral("document-open")),
        tr("&Open session…"), &m_files, &SessionFiles::chooseSessionToOpen);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Reopen a recorded .socketlab session, read-only"));
    m_recentSessions = file->addMenu(tr("Open &recent"));
    m_recentSessions->setObjectName(QStringLiteral("recentSessionsMenu"));
    connect(m_recentSessions, &QMenu::aboutToShow, this, &WindowMenus::fillRecentSessionsMenu);
    fillRecentSessionsMenu();
    QAction *saveAs
        = file->addAction(themedIcon(QStringLiteral("document-save-as")), tr("&Save session as…"),
            this, [this] { m_files.chooseExportDestination(ExportFormat::Session); });
    // The session is always being recorded: "save" keeps a copy of it elsewhere.
    saveAs->setShortcuts({ QKeySequence::Save, QKeySequence::SaveAs });
    QAction *exportAction = file->addAction(themedIcon(QStringLiteral("document-export")),
        tr("E&xport…"), &m_files, &SessionFiles::chooseExport);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setToolTip(
        tr("Export the session as text, CSV, JSON Lines or pcapng (for Wireshark)"));
    QMenu *exportMenu = file->addMenu(tr("Export session &as"));
    exportMenu->setObjectName(QStringLiteral("exportFormatsMenu"));
    for (ExportFormat format : allExportFormats()) {
        if (format == ExportFormat::Session)
            continue; // that is "Save session as"
        exportMenu->addAction(exportFormatDescription(format) + QStringLiteral("…"), this,
            [this, format] { m_files.chooseExportDestination(format); });
    }
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Throughput chart as PNG…"), this,
        [this] { m_files.chooseChartDestination(QStringLiteral("png")); });
    exportMenu->addAction(tr("Throughput chart as PDF…"), this,
        [this] { m_files.chooseChartDestination(QStringLiteral("pdf")); });
    file->addSeparator();
    QAction *quit = file->addAction(themedIcon(QStringLiteral("application-exit")), tr("&Quit"),
        qApp, &QApplication::closeAllWindows);
    // Some platforms have no standard key for Quit (the offscreen one, bare X11): Ctrl+Q there.
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    quit->setShortcuts(
        quitKeys.isEmpty() ? QList<QKeySequence> { QKeySequence(tr("Ctrl+Q")) } : quitKeys);
}

void WindowMenus::fillRecentSessionsMenu()
{
    m_recentSessions->clear();
    const QStringList recent = AppSettings().recentSessions();
    int number = 0;
    for (const QString &path : recent) {
        ++number;
        const QString label = number < 10
            ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(path).fileName())
            : QFileInfo(path).fileName();
        QAction *action
            = m_recentSessions->addAction(label, this, [this, path] { m_files.openSession(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (recent.isEmpty())
        m_recentSessions->addAction(tr("No recent sessions"))->setEnabled(false);
    m_recentSessions->addSeparator();
    QAction *clear = m_recentSessions->addAction(tr("&Clear the list"), this, [] {
        for (const QString &path : AppSettings().recentSessions())
            AppSettings().removeRecentSession(path);
    });
    clear->setEnabled(!recent.isEmpty());
}

void WindowMenus::buildSocketMenu()
{
    MainWindow &window = m_window;
    QMenu *socket = window.menuBar()->addMenu(tr("&Socket"));
    QAction *newListener = socket->addAction(
        themedIcon(QStringLiteral("network-server")), tr("New &listener"), this, [&window] {
            window.endpointPanel()->listenPortField()->setFocus();
            window.endpointPanel()->listenPortField()->selectAll();
        });
    newListener->setShortcut(QKeySequence(tr("Ctrl+L")));
    QAction *newConnection = socket->addAction(
        themedIcon(QStringLiteral("network-connect")), tr("New &connection"), this, [&window] {
            window.endpointPanel()->connectPortField()->setFocus();
            window.endpointPanel()->connectPortField()->selectAll();
        });
    newConnection->setShortcut(QKeySequence(tr("Ctrl+K")));
    socket->addSeparator();
    QAction *send = socket->addAction(themedIcon(QStringLiteral("mail-send")), tr("&Send"), this,
        [&window] { window.sendPanel()->inputField()->setFocus(); });
    send->setToolTip(
        tr("Go to the send field: Enter there sends, Up and Down recall earlier sends"));
    send->setShortcut(QKeySequence(tr("Ctrl+Return")));
    QAction *close
        = socket->addAction(themedIcon(QStringLiteral("window-close")), tr("Cl&ose (FIN)"), this,
            [&window] { window.workbench()->close(window.currentConnection()); });
    close->setShortcut(QKeySequence(tr("Ctrl+W")));
    close->setToolTip(
        tr("Close: send what is queued, then FIN; the peer reads the end of the stream"));
    QAction *abort
        = socket->addAction(themedIcon(QStringLiteral("process-stop")), tr("&Abort (RST)"), this,
            [&window] { window.workbench()->abort(window.currentConnection()); });
    abort->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    abort->setToolTip(
        tr("Abort: close immediately with a TCP RST; the peer sees 'connection reset'"));
    socket->addSeparator();
    QAction *demo = socket->addAction(themedIcon(QStringLiteral("media-playback-start")),
        tr("&Echo demo"), this, [&window] { window.startEchoDemo(); });
    demo->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    demo->setToolTip(tr("Open a listener that echoes on 127.0.0.1 and a client connected to it"));
    QAction *responders = socket->addAction(tr("&Responders…"), this,
        [&window] { window.endpointPanel()->editResponders(); });
    responders->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));   // what Answers
    responders->setToolTip(tr("Edit responders: rules that answer a listener's connections; test them on sample "
                              "input and save your own"));
    for (QAction *action : socket->actions())
        action->setStatusTip(action->toolTip());
}

void WindowMenus::buildCaptureMenu()
{
    QMenu *capture = m_window.menuBar()->addMenu(tr("&Capture"));
    capture->addAction(m_window.captureSwitch()->action());
}

void WindowMenus::buildEditMenu()
{
    ByteLogView *log = m_window.logView();
    QMenu *edit = m_window.menuBar()->addMenu(tr("&Edit"));
    QAction *copyRows = edit->addAction(themedIcon(QStringLiteral("edit-copy")),
        tr("&Copy rows as text"), log, &ByteLogView::copyRowsAsText);
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    log->addAction(copyRows);
    edit->addAction(tr("Copy row &bytes as hex"), log, &ByteLogView::copyBytesAsHex)
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
}

void WindowMenus::buildViewMenu()
{
    LogPane *log = m_window.logPane();
    QMenu *view = m_window.menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(themedIcon(QStringLiteral("edit-find")), tr("&Find in log"),
        log, &LogPane::focusTextFilter);
    find->setShortcut(QKeySequence::Find);
    QAction *clearFilter = view->addAction(
        themedIcon(QStringLiteral("edit-clear")), tr("&Clear filter"), log, &LogPane::clearFilters);
    clearFilter->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    QAction *wallClock = view->addAction(tr("&Wall clock time"));
    wallClock->setCheckable(true);
    wallClock->setShortcut(QKeySequence(tr("Ctrl+T")));
    connect(wallClock, &QAction::toggled, log->wallClockBox(), &QCheckBox::setChecked);
    connect(log->wallClockBox(), &QCheckBox::toggled, wallClock, &QAction::setChecked);
    view->addSeparator();
    int dockNumber = 0;
    for (QDockWidget *dock : m_window.dockLayout()->docks()) {
        QAction *toggle = dock->toggleViewAction();
        if (++dockNumber <= 9)
            toggle->setShortcut(QKeySequence(tr("Ctrl+%1").arg(dockNumber)));
        view->addAction(toggle);
    }
    QAction *reset = view->addAction(themedIcon(QStringLiteral("view-restore")),
        tr("&Reset layout"), &m_window, &MainWindow::resetLayout);
    reset->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    reset->setToolTip(tr("Put every pane back where it was on first start"));
    view->addSeparator();
    ClassroomMode *classroom = m_window.classroomMode();
    classroom->zoomInAction()->setIcon(themedIcon(QStringLiteral("zoom-in")));
    classroom->zoomOutAction()->setIcon(themedIcon(QStringLiteral("zoom-out")));
    classroom->resetZoomAction()->setIcon(themedIcon(QStringLiteral("zoom-original")));
    view->addAction(classroom->classroomAction());
    // Offered when classroom mode starts, and here to change it later.
    auto *layouts = new ClassroomLayouts(&m_window, classroom);
    QMenu *layoutMenu = view->addMenu(tr("Classroom la&yout"));
    layoutMenu->addActions(layouts->actions());
    view->addAction(classroom->fullScreenAction());
    view->addAction(classroom->zoomInAction());
    view->addAction(classroom->zoomOutAction());
    view->addAction(classroom->resetZoomAction());
    view->addSeparator();
    buildLanguageMenu(view);
}

void WindowMenus::buildLanguageMenu(QMenu *parent)
{
    QMenu *menu = parent->addMenu(
        themedIcon(QStringLiteral("preferences-desktop-locale")), tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString current = AppSettings().language();
    // Language names stay in their own language, so anyone can find theirs.
    const QList<QPair<QString, QString>> languages { { QString(), tr("System default") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") } };
    for (const auto &[code, name] : languages) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code, name = name] {
            AppSettings().setLanguage(code);
            m_window.statusLine()->showMessage(
                tr("SocketLab will use %1 from the next start.").arg(name), 15000);
        });
    }
}

void WindowMenus::buildLessonMenu()
{
    LessonPanel *panel = m_window.lessonPanel();
    QMenu *lessons = m_window.menuBar()->addMenu(tr("&Lessons"));
    QAction *show = lessons->addAction(tr("Show &lessons"), this,
        [this] { m_window.dockLayout()->showLesson(); });
    show->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    lessons->addSeparator();
    lessons
        ->addAction(
            themedIcon(QStringLiteral("go-next")), tr("&Next step"), panel, &LessonPanel::nextStep)
        ->setShortcut(QKeySequence(tr("Alt+Right")));
    lessons
        ->addAction(themedIcon(QStringLiteral("go-previous")), tr("&Previous step"), panel,
            &LessonPanel::previousStep)
        ->setShortcut(QKeySequence(tr("Alt+Left")));
    lessons
        ->addAction(themedIcon(QStringLiteral("media-playback-start")), tr("&Do it"), panel,
            &LessonPanel::doStep)
        ->setShortcut(QKeySequence(tr("Ctrl+D")));
    lessons->addAction(tr("&Restart lesson"), panel, &LessonPanel::restartLesson)
        ->setShortcut(QKeySequence(tr("Ctrl+Alt+R")));
    lessons->addSection(tr("Lessons"));
    int number = 0;
    for (const Lesson &lesson : panel->lessons()) {
        ++number;
        QString title = lesson.title;
        title.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString label = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(title) : title;
        QAction *entry
            = lessons->addAction(label, this, [this, id = lesson.id] { m_window.startLesson(id); });
        entry->setObjectName(QStringLiteral("lessonEntry"));
        entry->setStatusTip(lesson.summary);
    }
}

void WindowMenus::buildHelpMenu()
{
    QMenu *help = m_window.menuBar()->addMenu(tr("&Help"));
    QAction *welcome = help->addAction(
        themedIcon(QStringLiteral("help-about")), tr("&Welcome page"), this, [this] {
            WelcomeDialog *dialog = m_window.createWelcome();
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    welcome->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About SocketLab"), this, [this] {
        QMessageBox::about(&m_window, tr("About SocketLab"),
            tr("<h3>SocketLab %1</h3><p>Teach and inspect TCP sockets: open listeners and "
               "connections, send bytes and watch every one of them.</p><p>Licensed under the "
               "GNU General Public License, version 3 or later.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}
