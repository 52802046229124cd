// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appsettings.h"
#include "bytelogfilter.h"
#include "bytelogmodel.h"
#include "bytelogview.h"
#include "calldiagramview.h"
#include "captureswitch.h"
#include "ladderview.h"
#include "classroommode.h"
#include "classroomsockets.h"
#include "connectioncolours.h"
#include "connectioninfopane.h"
#include "connectionmenu.h"
#include "connectionstreams.h"
#include "connectiontreemodel.h"
#include "currentconnection.h"
#include "docklayout.h"
#include "endpointpanel.h"
#include "exportjob.h"
#include "lessonfocus.h"
#include "lessonpanel.h"
#include "logpane.h"
#include "packetselection.h"
#include "packetview.h"
#include "recordingbanner.h"
#include "sendpanel.h"
#include "session.h"
#include "sessionfiles.h"
#include "sessionloader.h"
#include "shortcutpriority.h"
#include "statusline.h"
#include "throughputchart.h"
#include "verticalscrollarea.h"
#include "welcomedialog.h"
#include "windowmenus.h"
#include "wirelinking.h"
#include "wirepane.h"
#include "workbench.h"

#include <QCloseEvent>
#include <QCommandLinkButton>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMetaMethod>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(Workbench &workbench, QWidget *parent)
    : MainWindow(workbench.session(), &workbench, parent)
{
}

MainWindow::MainWindow(Session &session, Workbench *workbench, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_workbench(workbench)
    , m_current(new CurrentConnection(session, this))
{
    setWindowTitle(isReadOnly()
            ? tr("%1 (read-only) — SocketLab").arg(QFileInfo(session.journalPath()).fileName())
            : tr("SocketLab"));
    setCentralWidget(buildCentralPane());
    buildPanes();
    m_classroom = new ClassroomMode(this, session, logModel());
    new ClassroomSockets(this, m_classroom, m_tree, m_docks->dock(DockLayout::Pane::Sockets));
    m_files = new SessionFiles(*this);
    new WindowMenus(*this, *m_files);
    new ShortcutPriority(*this);
    new LessonFocus(*this);

    m_status = new StatusLine(statusBar(), session, isReadOnly(), this);
    connect(m_status, &StatusLine::connectionsChanged, this, [this] {
        m_log->refreshConnections();
        if (m_send)
            m_send->refresh();
        m_current->tableChanged();
    });
    connect(m_current, &CurrentConnection::changed, this, &MainWindow::followCurrentConnection);
    m_status->refresh();
    const QRect screen = this->screen()->availableGeometry();
    resize(qMin(1700, screen.width() * 9 / 10), qMin(1000, screen.height() * 9 / 10));
    m_docks->restoreSaved();
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

ByteLogModel *MainWindow::logModel() const
{
    return m_log->model();
}

ByteLogFilter *MainWindow::logFilter() const
{
    return m_log->filter();
}

ByteLogView *MainWindow::logView() const
{
    return m_log->view();
}

QWidget *MainWindow::buildCentralPane()
{
    m_log = new LogPane(m_session);
    connect(m_log->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::showSelectedRows);

    // Problems that concern the whole window (a damaged file, say) show here, not in a popup.
    m_banner = new QLabel;
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #FFF3D6; color: #5A3A00; border: 1px solid #E69F00; "
                       "border-radius: 3px; padding: 6px; }"));
    m_banner->hide();

    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane); // ClassroomMode puts its banner on top of this layout
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_banner);
    if (m_workbench)
        layout->addWidget(new RecordingBanner(*m_workbench));
    layout->addWidget(m_log);
    return pane;
}

void MainWindow::buildPanes()
{
    const Session &session = m_session;
    // Sockets: the forms that create them (live sessions only), and the tree of what exists.
    m_treeModel = new ConnectionTreeModel(session, this);
    m_tree = new QTreeView;
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setResizeContentsPrecision(0);
    m_tree->setExpandsOnDoubleClick(false);
    connect(
        m_treeModel, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex &parent) {
            if (parent.isValid())
                m_tree->expand(parent);
            selectCurrentInTree(); // it may have been chosen before its row existed
        });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            setCurrentConnection(current.data(ConnectionTreeModel::ConnectionIdRole).toUInt());
        });
    // A click on the tree's current row chooses it again: the log may have chosen another since
    // (a datagram row picks its peer) while the tree's current row stayed where it was.
    connect(m_tree, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        setCurrentConnection(index.data(ConnectionTreeModel::ConnectionIdRole).toUInt());
    });
    // The forms above the tree, each part scrolling on its own: on a 1280×720 screen the forms
    // alone are taller than the dock, and the tree of what exists must stay in view beside them.
    auto *sockets = new QSplitter(Qt::Vertical);
    sockets->setObjectName(QStringLiteral("socketsSplitter"));
    sockets->setChildrenCollapsible(false);
    if (m_workbench) {
        m_endpoints = new EndpointPanel(*m_workbench);
        sockets->addWidget(new VerticalScrollArea(m_endpoints));
        m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(
            m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showConnectionMenu);
    }
    sockets->addWidget(m_tree);
    sockets->setStretchFactor(sockets->count() - 1, 1);
    // The header and five rows at least: a listener, a client and what it accepted, and more.
    m_tree->setMinimumHeight(m_tree->header()->sizeHint().height() + 5 * (m_tree->fontMetrics().height() + 4)
                             + 2 * m_tree->frameWidth());

    m_packet = new PacketView;
    m_info = new ConnectionInfoPane(session, m_workbench);
    m_chart = new ThroughputChart(session.log(), session.clock());
    m_chart->setWire(session.wire());
    if (m_workbench) {
        m_send = new SendPanel(*m_workbench);
        m_lessons = new LessonPanel(*m_workbench);
        m_calls = new CallDiagramView(session, *m_lessons);
        // The chart, the info pane and Send must not stay on an earlier lesson's connection.
        connect(m_lessons, &LessonPanel::lessonStarted, this, [this] { setCurrentConnection(0); });
    }
    m_ladder = new LadderView(session);
    connect(m_current, &CurrentConnection::changed, m_ladder, &LadderView::setConnection);
    connect(m_ladder, &LadderView::eventClicked, this, &MainWindow::selectEventRow);
    m_wire = new WirePane(session, m_workbench != nullptr);
    new WireLinking(session, *m_log, *m_wire, this);
    m_docks = new DockLayout(
        *this, { sockets, m_packet, m_info, m_chart, m_send, m_lessons, m_calls, m_ladder, m_wire });
    if (m_workbench) {
        // Before any socket opens: a remembered "Record packets" captures from their first packet.
        m_capture = new CaptureSwitch(*m_workbench, this);
        m_wire->setCapturing(m_workbench->isCapturing());
        connect(m_capture, &CaptureSwitch::capturingChanged, this, [this](bool on) {
            m_wire->setCapturing(on);
            if (on)
                m_docks->raise(DockLayout::Pane::Wire);
        });
    }
}

void MainWindow::openLesson(const QString &id)
{
    if (!m_lessons || !m_lessons->openLesson(id))
        return;
    m_docks->showLesson();
}

void MainWindow::startLesson(const QString &id)
{
    const bool canStartNew
        = isSignalConnected(QMetaMethod::fromSignal(&MainWindow::newSessionRequested));
    if (!m_lessons || !canStartNew || m_session.log().count() == 0)
        return openLesson(id);
    QString title = id;
    for (const Lesson &lesson : m_lessons->lessons()) {
        if (lesson.id == id)
            title = lesson.title;
    }
    // A lesson's steps wait for the events it names: others already in the log, of sockets it
    // did not open, are easier to tell apart in a session of its own.
    QMessageBox box(QMessageBox::Question, tr("Start a lesson"),
        tr("Start “%1” in a new session?").arg(title), QMessageBox::NoButton, this);
    box.setInformativeText(tr("This session already has events. A new session starts with an "
                              "empty log and no sockets; this one is kept in %1.")
                               .arg(m_session.journalPath()));
    QPushButton *fresh = box.addButton(tr("New session"), QMessageBox::AcceptRole);
    QPushButton *here = box.addButton(tr("In this session"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(fresh);
    box.exec();
    if (box.clickedButton() == fresh)
        Q_EMIT newSessionRequested(id);
    else if (box.clickedButton() == here)
        openLesson(id);
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
        m_docks->showLesson();
        Q_EMIT lessonsRequested();
    });
    connect(
        dialog, &WelcomeDialog::openSessionRequested, m_files, &SessionFiles::chooseSessionToOpen);
    return dialog;
}

ConnectionId MainWindow::startEchoDemo()
{
    if (!m_workbench)
        return 0;
    const ConnectionId listener
        = m_workbench->listen({ QHostAddress(QHostAddress::LocalHost), 0, true });
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
            return done(); // 30 s: whatever failed is in the log
        if (client == 0) {
            const auto info = m_session.connections().find(listener);
            if (info && info->isFinished())
                return done(); // the listen failed: the log says why
            if (!info || info->localPort == 0 || info->state != ConnectionState::Listening)
                return;
            client = m_workbench->connectTo(
                { QStringLiteral("127.0.0.1"), info->localPort, false, 0 });
            setCurrentConnection(client);
            if (m_send) {
                m_send->inputField()->setText(QString::fromLatin1(Greeting).replace(
                    QLatin1Char('\n'), QStringLiteral("\\n")));
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
    m_docks->reset();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_docks->sizeOnFirstShow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Only a live window's layout is kept: a read-only one has no Send pane.
    if (!isReadOnly())
        m_docks->save();
    QMainWindow::closeEvent(event);
}

void MainWindow::showConnectionMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    const auto info
        = m_session.connections().find(index.data(ConnectionTreeModel::ConnectionIdRole).toUInt());
    if (!info)
        return;
    // A reopened session's connections can still be saved.
    QMenu *menu = m_workbench ? new ConnectionMenu(*m_workbench, *info, this) : new QMenu(this);
    m_info->streams()->addSaveActions(menu, *info);
    if (menu->isEmpty()) {
        delete menu;
        return;
    }
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
    window->m_status->setRecordingText(tr("Reading %1…").arg(path));
    AppSettings().addRecentSession(path);
    connect(loader, &SessionLoader::finished, window, &MainWindow::loadingFinished);
    return window;
}

void MainWindow::loadingFinished()
{
    const SessionLoader::Outcome outcome = m_loader->outcome();
    const QString path = m_session.journalPath();
    // A recording ends where it ended: its last 60 s are often empty, the whole of it is not.
    m_chart->showWholeSession();
    if (outcome.complete && outcome.closedCleanly) {
        m_status->setRecordingText(tr("Reopened %1, read-only").arg(path));
        return;
    }
    const QString how = outcome.complete
        ? tr("The recording of this session was interrupted (SocketLab did not close it); "
             "everything "
             "recorded up to then is shown.")
        : tr("%1\nEverything before that point is shown (%n event(s)).", nullptr,
            int(outcome.events))
              .arg(outcome.problem);
    m_status->setRecordingText(tr("Reopened %1, read-only — incomplete").arg(path));
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
    connect(m_export, &ExportJob::finished, this,
        [this, progress, cancel, path, format](bool ok, const QString &error) {
            progress->deleteLater();
            cancel->deleteLater();
            const QStringList notes = m_export->notes();   // what the format could not carry
            m_export->deleteLater();
            m_export = nullptr;
            if (ok && format == ExportFormat::Session)
                AppSettings().addRecentSession(path);
            const bool saved = format == ExportFormat::Session; // Save session as
            const QString done
                = saved ? tr("Saved the session to %1").arg(path) : tr("Exported to %1").arg(path);
            if (ok && !notes.isEmpty())
                showBanner(done + QStringLiteral(". ") + notes.join(QLatin1Char(' ')));
            else if (ok)
                m_status->showMessage(done, 10000);
            else if (saved)
                showBanner(tr("Saving the session to %1 failed: %2").arg(path, error));
            else
                showBanner(tr("Export to %1 failed: %2").arg(path, error));
            Q_EMIT exportFinished(ok);
        });
    m_export->start();
}

void MainWindow::setCurrentConnection(ConnectionId id)
{
    m_current->set(id);
}

ConnectionId MainWindow::currentConnection() const
{
    return m_current->id();
}

// Every pane follows the one current connection; the pane the user clicked already shows it.
void MainWindow::followCurrentConnection(ConnectionId id)
{
    if (m_send)
        m_send->setConnection(id);
    m_info->setConnection(id);
    m_wire->setConnection(id);
    const auto info = m_session.connections().find(id);
    m_chart->setSelectedConnection(
        id, info ? info->name : QString(), ConnectionColours::forConnection(id, palette()));
    selectCurrentInTree();
    // Log rows of another connection are no longer what the panes are about.
    if (m_packetConnection != id && !logView()->selectionModel()->selectedRows().isEmpty())
        logView()->clearSelection();
    else if (logView()->selectionModel()->selectedRows().isEmpty())
        showSelectedRows();
}

void MainWindow::selectCurrentInTree()
{
    const ConnectionId id = m_current->id();
    if (m_tree->currentIndex().data(ConnectionTreeModel::ConnectionIdRole).toUInt() == id)
        return;
    const QModelIndex index = m_treeModel->indexOf(id);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    else if (id == 0)
        m_tree->selectionModel()->clear();
}

void MainWindow::showSelectedRows()
{
    const QModelIndexList rows = logView()->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_packetConnection = 0;
        const auto info = m_session.connections().find(m_current->id());
        if (info)
            m_packet->showMessage(
                tr("Select rows of %1 in the log to see its bytes here.").arg(info->name));
        else
            m_packet->clear();
        return;
    }
    QList<qint64> events;
    for (const QModelIndex &row : rows)
        events << row.data(ByteLogModel::EventIndexRole).toLongLong();
    const PacketSelection selection = PacketSelection::fromEvents(m_session, events);
    if (selection.chunks.isEmpty())
        m_packet->showMessage(selection.message);
    else if (selection.datagrams)
        m_packet->showDatagrams(selection.chunks, selection.title);
    else
        m_packet->showChunks(selection.chunks, selection.title);
    m_packetConnection = selection.connection;
    setCurrentConnection(selection.connection);
}

void MainWindow::selectEventRow(qint64 event)
{
    ByteLogModel *model = logModel();
    model->flush();
    QModelIndex row = logFilter()->mapFromSource(model->index(int(event), 0));
    if (!row.isValid()) {
        m_log->clearFilters();
        row = logFilter()->mapFromSource(model->index(int(event), 0));
    }
    if (!row.isValid())
        return;
    logView()->selectRow(row.row());
    logView()->scrollTo(row);
}

void MainWindow::selectEventRows(const QList<qint64> &events)
{
    ByteLogModel *model = logModel();
    model->flush();
    const auto rows = [&] {
        QList<QModelIndex> rows;
        for (qint64 event : events) {
            const QModelIndex row = logFilter()->mapFromSource(model->index(int(event), 0));
            if (row.isValid())
                rows << row;
        }
        return rows;
    };
    QList<QModelIndex> found = rows();
    if (found.size() < events.size()) {
        m_log->clearFilters();
        found = rows();
    }
    if (found.isEmpty())
        return;
    QItemSelection selection;
    for (const QModelIndex &row : std::as_const(found))
        selection.select(row, row);
    logView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    logView()->scrollTo(found.first());
}
