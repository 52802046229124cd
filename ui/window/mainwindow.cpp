// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appsettings.h"
#include "byteformat.h"
#include "bytelogfilter.h"
#include "bytelogmodel.h"
#include "bytelogview.h"
#include "classroommode.h"
#include "connectioncolours.h"
#include "connectioninfopane.h"
#include "connectionmenu.h"
#include "connectiontreemodel.h"
#include "endpointpanel.h"
#include "exportjob.h"
#include "lessonpanel.h"
#include "packetview.h"
#include "sendpanel.h"
#include "session.h"
#include "sessionloader.h"
#include "themedicon.h"
#include "throughputchart.h"
#include "welcomedialog.h"
#include "workbench.h"

#include <QAction>
#include <QApplication>
#include <QActionGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMetaMethod>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

MainWindow::MainWindow(Workbench &workbench, QWidget *parent)
    : MainWindow(workbench.session(), &workbench, parent)
{
}

MainWindow::MainWindow(Session &session, Workbench *workbench, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_workbench(workbench)
{
    setWindowTitle(isReadOnly() ? tr("%1 (read-only) — SocketLab").arg(QFileInfo(session.journalPath()).fileName())
                                : tr("SocketLab"));
    setCentralWidget(buildLogPane());
    buildDocks();
    m_classroom = new ClassroomMode(this, session, m_logModel);
    buildMenus();

    m_statusTime = new QLabel;
    m_statusTime->setToolTip(tr("Time since the session started"));
    m_statusConnections = new QLabel;
    m_statusConnections->setToolTip(tr("Connections made or accepted in this session, and how many are still open"));
    m_statusTraffic = new QLabel;
    m_statusTraffic->setToolTip(tr("Bytes received and sent by every connection, and events in the log"));
    m_statusRecording = new QLabel;
    m_statusRecording->setToolTip(tr("The file this session is recorded to"));
    statusBar()->addWidget(m_statusTime);
    statusBar()->addWidget(m_statusConnections);
    statusBar()->addWidget(m_statusTraffic);
    statusBar()->addPermanentWidget(m_statusRecording);
    // A long journal path (and larger text when zoomed) must not make the window wider than the
    // screen: the label may be cut instead.
    m_statusRecording->setMinimumWidth(1);
    m_statusTimer = new QTimer(this);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_statusTimer->start(StatusIntervalMs);
    refreshStatus();
    const QRect screen = this->screen()->availableGeometry();
    resize(qMin(1700, screen.width() * 9 / 10), qMin(1000, screen.height() * 9 / 10));

    // The layout of the last live window, if it is still readable; else the docks as built.
    m_defaultLayout = saveState();
    const AppSettings settings;
    const QByteArray geometry = settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.windowState();
    m_docksSized = !state.isEmpty() && restoreState(state);
}

MainWindow::~MainWindow()
{
    // Both run on worker threads over the session, which (when owned) goes before children do.
    delete m_export;
    delete m_loader;
    // The views read the session when they are hidden on the way out (a tree view lays its
    // rows out again): take them down while an owned session still exists.
    qDeleteAll(findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly));
    delete takeCentralWidget();
}

QWidget *MainWindow::buildLogPane()
{
    const Session &session = m_session;
    m_logModel = new ByteLogModel(session, this);
    m_filter = new ByteLogFilter(this);
    m_filter->setSourceModel(m_logModel);
    m_logView = new ByteLogView;
    m_logView->setModel(m_filter);

    m_connectionFilter = new QComboBox;
    m_connectionFilter->setToolTip(tr("Show one connection (a listener includes the connections it accepted)"));
    m_connectionFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_directionFilter = new QComboBox;
    m_directionFilter->addItems({tr("All events"), tr("← Received"), tr("→ Sent"), tr("Data only"),
                                 tr("Socket events only")});
    m_directionFilter->setToolTip(tr("Show received bytes, sent bytes, all data, or only socket events "
                                     "(listen, accept, connect, close)"));
    m_textFilter = new QLineEdit;
    m_textFilter->setPlaceholderText(tr("Find text in the log…"));
    m_textFilter->setClearButtonEnabled(true);
    // Room for the whole placeholder beside the clear button: a cut "Find text in the..." hides
    // what the field is for.
    m_textFilter->setMinimumWidth(m_textFilter->fontMetrics().horizontalAdvance(m_textFilter->placeholderText())
                                  + 3 * m_textFilter->fontMetrics().height());
    m_wallClock = new QCheckBox(tr("Wall clock"));
    m_wallClock->setToolTip(tr("Show the time of day instead of seconds since the session started"));
    m_follow = new QCheckBox(tr("Follow"));
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest row in view; scrolling up stops following, scrolling to "
                            "the bottom resumes it"));

    connect(m_connectionFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setConnection(m_connectionFilter->currentData().toUInt()); });
    connect(m_directionFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setDirection(ByteLogFilter::DirectionFilter(index));
    });
    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &ByteLogFilter::setText);
    connect(m_wallClock, &QCheckBox::toggled, this, [this](bool wall) {
        m_logModel->setTimeFormat(wall ? ByteLogModel::TimeFormat::WallClock : ByteLogModel::TimeFormat::SinceStart);
    });
    connect(m_follow, &QCheckBox::clicked, m_logView, &ByteLogView::setFollowing);
    connect(m_logView, &ByteLogView::followingChanged, m_follow, &QCheckBox::setChecked);
    connect(m_logView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::showSelectedRows);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_connectionFilter);
    bar->addWidget(m_directionFilter);
    bar->addWidget(m_textFilter, 1);
    bar->addWidget(m_wallClock);
    bar->addWidget(m_follow);

    // Problems that concern the whole window (a damaged file, say) show here, not in a popup.
    m_banner = new QLabel;
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #FFF3D6; color: #5A3A00; border: 1px solid #E69F00; "
                                           "border-radius: 3px; padding: 6px; }"));
    m_banner->hide();

    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(m_logView);
    refreshConnectionFilter();
    return pane;
}

void MainWindow::buildDocks()
{
    const Session &session = m_session;
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    // Sockets: the forms that create them (live sessions only), and the tree of what exists.
    m_treeModel = new ConnectionTreeModel(session, this);
    m_tree = new QTreeView;
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setResizeContentsPrecision(0);
    m_tree->setExpandsOnDoubleClick(false);
    connect(m_treeModel, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex &parent) {
        if (parent.isValid())
            m_tree->expand(parent);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        setCurrentConnection(current.data(ConnectionTreeModel::ConnectionIdRole).toUInt());
    });
    auto *sockets = new QWidget;
    auto *socketsLayout = new QVBoxLayout(sockets);
    socketsLayout->setContentsMargins(4, 4, 4, 4);
    if (m_workbench) {
        m_endpoints = new EndpointPanel(*m_workbench);
        socketsLayout->addWidget(m_endpoints);
    }
    socketsLayout->addWidget(m_tree, 1);
    auto *socketsDock = new QDockWidget(tr("Sockets"), this);
    socketsDock->setObjectName(QStringLiteral("socketsDock"));
    socketsDock->setWidget(sockets);
    addDockWidget(Qt::LeftDockWidgetArea, socketsDock);

    m_packet = new PacketView;
    auto *packetDock = new QDockWidget(tr("Packet"), this);
    packetDock->setObjectName(QStringLiteral("packetDock"));
    packetDock->setWidget(m_packet);
    addDockWidget(Qt::RightDockWidgetArea, packetDock);

    m_info = new ConnectionInfoPane(session, m_workbench);
    auto *infoDock = new QDockWidget(tr("Connection info"), this);
    infoDock->setObjectName(QStringLiteral("connectionInfoDock"));
    infoDock->setWidget(m_info);
    addDockWidget(Qt::RightDockWidgetArea, infoDock);
    splitDockWidget(packetDock, infoDock, Qt::Vertical);
    if (m_workbench) {
        m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showConnectionMenu);
    }

    m_chart = new ThroughputChart(session.log(), session.clock());
    auto *chartDock = new QDockWidget(tr("Throughput"), this);
    chartDock->setObjectName(QStringLiteral("chartDock"));
    chartDock->setWidget(m_chart);
    addDockWidget(Qt::BottomDockWidgetArea, chartDock);

    if (m_workbench) {
        m_send = new SendPanel(*m_workbench);
        auto *sendDock = new QDockWidget(tr("Send"), this);
        sendDock->setObjectName(QStringLiteral("sendDock"));
        sendDock->setWidget(m_send);
        addDockWidget(Qt::BottomDockWidgetArea, sendDock);
        splitDockWidget(sendDock, chartDock, Qt::Horizontal);

        // Lessons share the right side with the packet view, behind it until one is opened.
        m_lessons = new LessonPanel(*m_workbench);
        auto *lessonDock = new QDockWidget(tr("Lessons"), this);
        lessonDock->setObjectName(QStringLiteral("lessonDock"));
        lessonDock->setWidget(m_lessons);
        addDockWidget(Qt::RightDockWidgetArea, lessonDock);
        tabifyDockWidget(packetDock, lessonDock);
        packetDock->raise();
    }
}

void MainWindow::openLesson(const QString &id)
{
    if (!m_lessons || !m_lessons->openLesson(id))
        return;
    auto *dock = findChild<QDockWidget *>(QStringLiteral("lessonDock"));
    dock->show();
    dock->raise();
}

void MainWindow::buildLessonMenu()
{
    QMenu *lessons = menuBar()->addMenu(tr("&Lessons"));
    QAction *show = lessons->addAction(tr("Show &lessons"), this, [this] {
        auto *dock = findChild<QDockWidget *>(QStringLiteral("lessonDock"));
        dock->show();
        dock->raise();
    });
    show->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    lessons->addSeparator();
    lessons->addAction(themedIcon(QStringLiteral("go-next")), tr("&Next step"), m_lessons, &LessonPanel::nextStep)
        ->setShortcut(QKeySequence(tr("Alt+Right")));
    lessons->addAction(themedIcon(QStringLiteral("go-previous")), tr("&Previous step"), m_lessons, &LessonPanel::previousStep)
        ->setShortcut(QKeySequence(tr("Alt+Left")));
    lessons->addAction(themedIcon(QStringLiteral("media-playback-start")), tr("&Do it"), m_lessons, &LessonPanel::doStep)
        ->setShortcut(QKeySequence(tr("Ctrl+D")));
    lessons->addAction(tr("&Restart lesson"), m_lessons, &LessonPanel::restartLesson)
        ->setShortcut(QKeySequence(tr("Ctrl+Alt+R")));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(themedIcon(QStringLiteral("document-open")), tr("&Open session…"), this,
                                    &MainWindow::chooseSessionToOpen);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Reopen a recorded .socketlab session, read-only"));
    m_recentSessions = file->addMenu(tr("Open &recent"));
    m_recentSessions->setObjectName(QStringLiteral("recentSessionsMenu"));
    connect(m_recentSessions, &QMenu::aboutToShow, this, &MainWindow::fillRecentSessionsMenu);
    fillRecentSessionsMenu();
    QAction *saveAs = file->addAction(themedIcon(QStringLiteral("document-save-as")), tr("&Save session as…"), this,
                                      [this] { chooseExportDestination(ExportFormat::Session); });
    // The session is always being recorded: "save" keeps a copy of it elsewhere.
    saveAs->setShortcuts({QKeySequence::Save, QKeySequence::SaveAs});
    QAction *exportAction = file->addAction(themedIcon(QStringLiteral("document-export")), tr("E&xport…"), this,
                                            &MainWindow::chooseExport);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setToolTip(tr("Export the session as text, CSV, JSON Lines or pcapng (for Wireshark)"));
    QMenu *exportMenu = file->addMenu(tr("Export session &as"));
    exportMenu->setObjectName(QStringLiteral("exportFormatsMenu"));
    for (ExportFormat format : allExportFormats()) {
        if (format == ExportFormat::Session)
            continue;   // that is "Save session as"

        exportMenu->addAction(exportFormatDescription(format) + QStringLiteral("…"), this,
                              [this, format] { chooseExportDestination(format); });
    }
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Throughput chart as PNG…"), this, [this] { chooseChartDestination(QStringLiteral("png")); });
    exportMenu->addAction(tr("Throughput chart as PDF…"), this, [this] { chooseChartDestination(QStringLiteral("pdf")); });
    file->addSeparator();
    QAction *quit = file->addAction(themedIcon(QStringLiteral("application-exit")), tr("&Quit"), qApp,
                                    &QApplication::closeAllWindows);
    // Some platforms have no standard key for Quit (the offscreen one, bare X11): Ctrl+Q there.
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    quit->setShortcuts(quitKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(tr("Ctrl+Q"))} : quitKeys);

    if (m_workbench)
        buildSocketMenu();
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copyRows = edit->addAction(themedIcon(QStringLiteral("edit-copy")), tr("&Copy rows as text"), m_logView,
                                        &ByteLogView::copyRowsAsText);
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_logView->addAction(copyRows);
    edit->addAction(tr("Copy row &bytes as hex"), m_logView, &ByteLogView::copyBytesAsHex)
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(themedIcon(QStringLiteral("edit-find")), tr("&Find in log"), this, [this] {
        m_textFilter->setFocus();
        m_textFilter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *clearFilter = view->addAction(themedIcon(QStringLiteral("edit-clear")), tr("&Clear filter"), this, [this] {
        m_textFilter->clear();
        m_connectionFilter->setCurrentIndex(0);
        m_directionFilter->setCurrentIndex(0);
    });
    clearFilter->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    QAction *wallClock = view->addAction(tr("&Wall clock time"));
    wallClock->setCheckable(true);
    wallClock->setShortcut(QKeySequence(tr("Ctrl+T")));
    connect(wallClock, &QAction::toggled, m_wallClock, &QCheckBox::setChecked);
    connect(m_wallClock, &QCheckBox::toggled, wallClock, &QAction::setChecked);
    view->addSeparator();
    int dockNumber = 0;
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        QAction *toggle = dock->toggleViewAction();
        if (++dockNumber <= 9)
            toggle->setShortcut(QKeySequence(tr("Ctrl+%1").arg(dockNumber)));
        view->addAction(toggle);
    }
    QAction *reset = view->addAction(themedIcon(QStringLiteral("view-restore")), tr("&Reset layout"), this,
                                     &MainWindow::resetLayout);
    reset->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    reset->setToolTip(tr("Put every pane back where it was on first start"));
    view->addSeparator();
    m_classroom->zoomInAction()->setIcon(themedIcon(QStringLiteral("zoom-in")));
    m_classroom->zoomOutAction()->setIcon(themedIcon(QStringLiteral("zoom-out")));
    m_classroom->resetZoomAction()->setIcon(themedIcon(QStringLiteral("zoom-original")));
    view->addAction(m_classroom->classroomAction());
    view->addAction(m_classroom->zoomInAction());
    view->addAction(m_classroom->zoomOutAction());
    view->addAction(m_classroom->resetZoomAction());
    view->addSeparator();
    buildLanguageMenu(view);
    if (m_lessons)
        buildLessonMenu();
    buildHelpMenu();
}

void MainWindow::buildLanguageMenu(QMenu *parent)
{
    QMenu *menu = parent->addMenu(themedIcon(QStringLiteral("preferences-desktop-locale")), tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString current = AppSettings().language();
    // Language names stay in their own language, so anyone can find theirs.
    const QList<QPair<QString, QString>> languages{{QString(), tr("System default")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("de"), QStringLiteral("Deutsch")}};
    for (const auto &[code, name] : languages) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code, name = name] {
            AppSettings().setLanguage(code);
            statusBar()->showMessage(tr("SocketLab will use %1 from the next start.").arg(name), 15000);
        });
    }
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *welcome = help->addAction(themedIcon(QStringLiteral("help-about")), tr("&Welcome page"), this, [this] {
        WelcomeDialog *dialog = createWelcome();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    welcome->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About SocketLab"), this, [this] {
        QMessageBox::about(this, tr("About SocketLab"),
                           tr("<h3>SocketLab %1</h3><p>Teach and inspect TCP sockets: open listeners and "
                              "connections, send bytes and watch every one of them.</p><p>Licensed under the "
                              "GNU General Public License, version 3 or later.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

WelcomeDialog *MainWindow::createWelcome()
{
    auto *dialog = new WelcomeDialog(this);
    dialog->echoDemoButton()->setEnabled(m_workbench != nullptr);
    // The lessons are the lesson panel's (live windows), or whoever listens to lessonsRequested().
    if (!m_lessons && !isSignalConnected(QMetaMethod::fromSignal(&MainWindow::lessonsRequested))) {
        dialog->lessonsButton()->setEnabled(false);
        dialog->lessonsButton()->setToolTip(tr("No lessons are available in this window"));
    }
    connect(dialog, &WelcomeDialog::echoDemoRequested, this, &MainWindow::startEchoDemo);
    connect(dialog, &WelcomeDialog::lessonsRequested, this, [this] {
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("lessonDock"))) {
            dock->show();
            dock->raise();
        }
        Q_EMIT lessonsRequested();
    });
    connect(dialog, &WelcomeDialog::openSessionRequested, this, &MainWindow::chooseSessionToOpen);
    return dialog;
}

ConnectionId MainWindow::startEchoDemo()
{
    if (!m_workbench)
        return 0;
    const ConnectionId listener = m_workbench->listen({QHostAddress(QHostAddress::LocalHost), 0, true});
    // The listener binds on the network thread: connect once its port is known, then say hello
    // once connected, so the two are already talking when the user looks.
    static const QByteArray Greeting = QByteArrayLiteral("hello, echo\n");
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    int attempts = 0;
    ConnectionId client = 0;
    connect(poll, &QTimer::timeout, this, [this, poll, listener, attempts, client]() mutable {
        const auto done = [poll] {
            poll->stop();
            poll->deleteLater();
        };
        if (++attempts > 1500)
            return done();   // 30 s: whatever failed is in the log
        if (client == 0) {
            const auto info = m_session.connections().find(listener);
            if (info && info->isFinished())
                return done();   // the listen failed: the log says why
            if (!info || info->localPort == 0 || info->state != ConnectionState::Listening)
                return;
            client = m_workbench->connectTo({QStringLiteral("127.0.0.1"), info->localPort, false, 0});
            setCurrentConnection(client);
            if (m_send) {
                m_send->inputField()->setText(QString::fromLatin1(Greeting).replace(QLatin1Char('\n'), QStringLiteral("\\n")));
                m_send->inputField()->setFocus();
            }
            return;
        }
        const auto info = m_session.connections().find(client);
        if (info && info->state == ConnectionState::Connected) {
            m_workbench->send(client, Greeting);
            done();
        } else if (info && info->isFinished()) {
            done();
        }
    });
    poll->start();
    return listener;
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout);
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->show();
    AppSettings().clearWindowLayout();
    sizeDocks();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Only a live window's layout is kept: a read-only one has no Send pane.
    if (!isReadOnly()) {
        AppSettings settings;
        settings.setWindowGeometry(saveGeometry());
        settings.setWindowState(saveState());
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::fillRecentSessionsMenu()
{
    m_recentSessions->clear();
    const QStringList recent = AppSettings().recentSessions();
    int number = 0;
    for (const QString &path : recent) {
        ++number;
        const QString label = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(path).fileName())
                                          : QFileInfo(path).fileName();
        QAction *action = m_recentSessions->addAction(label, this, [this, path] { openSession(path); });
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

void MainWindow::showConnectionMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    const auto info = m_session.connections().find(index.data(ConnectionTreeModel::ConnectionIdRole).toUInt());
    if (!info || !m_workbench)
        return;
    auto *menu = new ConnectionMenu(*m_workbench, *info, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_tree->viewport()->mapToGlobal(position));
}

MainWindow *MainWindow::openSessionFile(const QString &path, QString *error)
{
    auto session = std::make_unique<Session>(std::make_unique<SessionClock>());
    auto *loader = new SessionLoader;
    if (!loader->start(*session, path, error)) {
        delete loader;
        return nullptr;
    }
    auto *window = new MainWindow(*session, nullptr);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->m_ownedSession = std::move(session);
    window->m_loader = loader;
    loader->setParent(window);
    window->m_statusRecording->setText(tr("Reading %1…").arg(path));
    AppSettings().addRecentSession(path);
    connect(loader, &SessionLoader::finished, window, &MainWindow::loadingFinished);
    return window;
}

void MainWindow::loadingFinished()
{
    const SessionLoader::Outcome outcome = m_loader->outcome();
    const QString path = m_session.journalPath();
    if (outcome.complete && outcome.closedCleanly) {
        m_statusRecording->setText(tr("Reopened %1, read-only").arg(path));
        return;
    }
    const QString how = outcome.complete
        ? tr("The recording of this session was interrupted (SocketLab did not close it); everything "
             "recorded up to then is shown.")
        : tr("%1\nEverything before that point is shown (%n event(s)).", nullptr, int(outcome.events)).arg(outcome.problem);
    m_statusRecording->setText(tr("Reopened %1, read-only — incomplete").arg(path));
    showBanner(how);
}

void MainWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

QString MainWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void MainWindow::chooseExportDestination(ExportFormat format)
{
    AppSettings settings;
    const QString base = QFileInfo(m_session.journalPath()).completeBaseName();
    const QString folder = settings.exportFolder();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the session"),
                                                      QDir(folder).filePath(base + QLatin1Char('.') + exportFormatSuffix(format)),
                                                      exportFormatFilter(format));
    if (path.isEmpty())
        return;
    settings.setExportFolder(QFileInfo(path).absolutePath());
    if (format != ExportFormat::Session)
        settings.setExportFormat(format);
    startExport(format, path);
}

// One dialog for every format; it offers the format and the folder chosen last time.
void MainWindow::chooseExport()
{
    AppSettings settings;
    QStringList filters;
    QList<ExportFormat> formats;
    for (ExportFormat format : allExportFormats()) {
        if (format == ExportFormat::Session)
            continue;
        formats << format;
        filters << exportFormatFilter(format);
    }
    const ExportFormat last = settings.exportFormat();
    QString selected = exportFormatFilter(last);
    const QString base = QFileInfo(m_session.journalPath()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the session"),
        QDir(settings.exportFolder()).filePath(base + QLatin1Char('.') + exportFormatSuffix(last)),
        filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    ExportFormat format = formats.value(int(filters.indexOf(selected)), last);
    // A typed suffix wins over the filter left selected.
    for (ExportFormat candidate : std::as_const(formats)) {
        if (QFileInfo(path).suffix().compare(exportFormatSuffix(candidate), Qt::CaseInsensitive) == 0)
            format = candidate;
    }
    settings.setExportFolder(QFileInfo(path).absolutePath());
    settings.setExportFormat(format);
    startExport(format, path);
}

void MainWindow::startExport(ExportFormat format, const QString &path)
{
    if (m_export) {
        showBanner(tr("An export is already running: wait for it or cancel it first."));
        return;
    }
    m_export = new ExportJob(m_session, format, path, this);
    auto *progress = new QProgressBar;
    progress->setMaximumWidth(200);
    progress->setFormat(tr("Exporting %p%"));
    auto *cancel = new QPushButton(tr("Cancel export"));
    statusBar()->addPermanentWidget(progress);
    statusBar()->addPermanentWidget(cancel);
    connect(cancel, &QPushButton::clicked, m_export, &ExportJob::cancel);
    connect(m_export, &ExportJob::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setMaximum(1000);
        progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    });
    connect(m_export, &ExportJob::finished, this, [this, progress, cancel, path, format](bool ok, const QString &error) {
        progress->deleteLater();
        cancel->deleteLater();
        const QStringList notes = m_export->notes();
        m_export->deleteLater();
        m_export = nullptr;
        if (ok && format == ExportFormat::Session)
            AppSettings().addRecentSession(path);
        if (ok && !notes.isEmpty())
            showBanner(tr("Exported to %1. %2").arg(path, notes.join(QLatin1Char(' '))));
        else if (ok)
            statusBar()->showMessage(tr("Exported to %1").arg(path), 10000);
        else
            showBanner(tr("Export to %1 failed: %2").arg(path, error));
        Q_EMIT exportFinished(ok);
    });
    m_export->start();
}

void MainWindow::chooseChartDestination(const QString &suffix)
{
    const QString base = QFileInfo(m_session.journalPath()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the throughput chart"),
                                                      base + QStringLiteral("-throughput.") + suffix,
                                                      suffix == QLatin1String("pdf") ? tr("PDF (*.pdf)") : tr("PNG image (*.png)"));
    if (!path.isEmpty() && !m_chart->save(path))
        showBanner(tr("Could not write the chart to %1").arg(path));
}

void MainWindow::chooseSessionToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a recorded session"), Session::sessionsDirectory(),
                                                      tr("SocketLab sessions (*.socketlab);;All files (*)"));
    if (!path.isEmpty())
        openSession(path);
}

void MainWindow::openSession(const QString &path)
{
    QString error;
    if (MainWindow *window = openSessionFile(path, &error)) {
        window->show();
    } else {
        AppSettings().removeRecentSession(path);
        QMessageBox::warning(this, tr("Cannot open session"), error);
    }
}

void MainWindow::buildSocketMenu()
{
    QMenu *socket = menuBar()->addMenu(tr("&Socket"));
    QAction *newListener = socket->addAction(themedIcon(QStringLiteral("network-server")), tr("New &listener"), this, [this] {
        m_endpoints->listenPortField()->setFocus();
        m_endpoints->listenPortField()->selectAll();
    });
    newListener->setShortcut(QKeySequence(tr("Ctrl+L")));
    QAction *newConnection = socket->addAction(themedIcon(QStringLiteral("network-connect")), tr("New &connection"), this, [this] {
        m_endpoints->connectPortField()->setFocus();
        m_endpoints->connectPortField()->selectAll();
    });
    newConnection->setShortcut(QKeySequence(tr("Ctrl+K")));
    socket->addSeparator();
    QAction *send = socket->addAction(themedIcon(QStringLiteral("mail-send")), tr("&Send"), this,
                                      [this] { m_send->inputField()->setFocus(); });
    send->setToolTip(tr("Go to the send field: Enter there sends, Up and Down recall earlier sends"));
    send->setShortcut(QKeySequence(tr("Ctrl+Return")));
    QAction *close = socket->addAction(themedIcon(QStringLiteral("window-close")), tr("Cl&ose (FIN)"), this,
                                       [this] { m_workbench->close(m_current); });
    close->setShortcut(QKeySequence(tr("Ctrl+W")));
    close->setToolTip(tr("Close: send what is queued, then FIN; the peer reads the end of the stream"));
    QAction *abort = socket->addAction(themedIcon(QStringLiteral("process-stop")), tr("&Abort (RST)"), this,
                                       [this] { m_workbench->abort(m_current); });
    abort->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    abort->setToolTip(tr("Abort: close immediately with a TCP RST; the peer sees 'connection reset'"));
    socket->addSeparator();
    QAction *demo = socket->addAction(themedIcon(QStringLiteral("media-playback-start")), tr("&Echo demo"), this,
                                      &MainWindow::startEchoDemo);
    demo->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    demo->setToolTip(tr("Open a listener that echoes on 127.0.0.1 and a client connected to it"));
    for (QAction *action : socket->actions())
        action->setStatusTip(action->toolTip());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_docksSized)
        sizeDocks();
}

void MainWindow::sizeDocks()
{
    m_docksSized = true;
    // Sized once shown, when the layout no longer overrides it: the packet view gets room for
    // a whole hexdump row, and the log takes what is left.
    const auto dock = [this](const char *name) { return findChild<QDockWidget *>(QLatin1String(name)); };
    resizeDocks({dock("socketsDock"), dock("packetDock")}, {370, m_packet->sizeHint().width()}, Qt::Horizontal);
    if (QDockWidget *send = dock("sendDock")) {
        resizeDocks({send}, {240}, Qt::Vertical);
        resizeDocks({send, dock("chartDock")}, {width() * 2 / 5, width() * 3 / 5}, Qt::Horizontal);
    } else {
        resizeDocks({dock("chartDock")}, {260}, Qt::Vertical);
    }
}

void MainWindow::setCurrentConnection(ConnectionId id)
{
    if (id == m_current)
        return;
    m_current = id;
    if (m_send)
        m_send->setConnection(id);
    m_info->setConnection(id);
    const auto info = m_session.connections().find(id);
    m_chart->setSelectedConnection(id, info ? info->name : QString(),
                                   ConnectionColours::forConnection(id, palette()));
    const QModelIndex index = m_treeModel->indexOf(id);
    if (index.isValid() && m_tree->currentIndex().data(ConnectionTreeModel::ConnectionIdRole).toUInt() != id)
        m_tree->setCurrentIndex(index);
}

// The packet view shows the selected data rows of one connection as one stream, in order,
// with a boundary wherever one read() or write() ended.
void MainWindow::showSelectedRows()
{
    const QModelIndexList rows = m_logView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_packet->clear();
        return;
    }
    QList<qint64> indexes;
    for (const QModelIndex &row : rows)
        indexes << row.data(ByteLogModel::EventIndexRole).toLongLong();
    std::sort(indexes.begin(), indexes.end());

    const Session &session = m_session;
    const TrafficLog &log = session.log();
    QList<PacketChunk> chunks;
    ConnectionId connection = 0;
    qint64 total = 0;
    for (qint64 index : std::as_const(indexes)) {
        const TrafficEvent &event = log.event(index);
        if (!isData(event.kind))
            continue;
        if (connection != 0 && event.connection != connection) {
            m_packet->showMessage(tr("The selection spans several connections: select rows of one "
                                     "connection to see its stream."));
            return;
        }
        connection = event.connection;
        total += event.payloadLength;
        if (total > MaxPacketViewBytes) {
            m_packet->showMessage(tr("The selection holds more than %1: select fewer rows.")
                                      .arg(formatByteCount(double(MaxPacketViewBytes))));
            return;
        }
        chunks << PacketChunk{log.payload(event),
                              tr("#%1 %2 %3 at %4 s")
                                  .arg(index + 1)
                                  .arg(eventKindName(event.kind), formatByteCount(event.payloadLength))
                                  .arg(double(event.timeNs) / 1e9, 0, 'f', 6)};
    }
    if (chunks.isEmpty()) {
        const TrafficEvent &event = log.event(indexes.constFirst());
        m_packet->showMessage(tr("This event carries no bytes: %1 — %2")
                                  .arg(eventKindName(event.kind), log.detailText(event)));
    } else {
        const auto info = session.connections().find(connection);
        m_packet->showChunks(chunks, info ? info->name : QString());
    }
    setCurrentConnection(log.event(indexes.constLast()).connection);
}

void MainWindow::refreshConnectionFilter()
{
    const QList<ConnectionInfo> all = m_session.connections().snapshot();
    if (m_connectionFilter->count() == all.size() + 1)
        return;   // names never change, so the same count means the same list
    const ConnectionId selected = m_connectionFilter->currentData().toUInt();
    const QSignalBlocker blocker(m_connectionFilter);
    m_connectionFilter->clear();
    m_connectionFilter->addItem(tr("All connections"), 0u);
    for (const ConnectionInfo &info : all)
        m_connectionFilter->addItem(info.name, info.id);
    m_connectionFilter->setCurrentIndex(qMax(0, m_connectionFilter->findData(selected)));
}

void MainWindow::refreshStatus()
{
    const Session &session = m_session;
    const quint64 version = session.connections().version();
    if (version != m_seenTableVersion) {
        m_seenTableVersion = version;
        refreshConnectionFilter();
        if (m_send)
            m_send->refresh();
    }
    quint64 in = 0, out = 0;
    int open = 0, connections = 0;
    for (const ConnectionInfo &info : session.connections().snapshot()) {
        in += info.bytesIn;
        out += info.bytesOut;
        open += info.isFinished() ? 0 : 1;
        connections += info.isListener() ? 0 : 1;
    }
    const qint64 seconds = session.clock().nowNs() / 1000000000;
    m_statusTime->setText(tr("Session %1:%2:%3")
                              .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                              .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                              .arg(seconds % 60, 2, 10, QLatin1Char('0')));
    m_statusConnections->setText(tr("%n connection(s)", nullptr, connections));
    m_statusTraffic->setText((isReadOnly() ? tr("%1 in, %2 out, %n socket(s) open at the end, ", nullptr, open)
                                           : tr("%1 in, %2 out, %n socket(s) open, ", nullptr, open))
                                 .arg(formatByteCount(double(in)), formatByteCount(double(out)))
                             + tr("%n event(s)", nullptr, int(qMin<qint64>(session.log().count(), INT_MAX))));
    if (!isReadOnly())
        m_statusRecording->setText(tr("Recording to %1").arg(session.journalPath()));
}
