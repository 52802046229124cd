// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"
#include "trafficevent.h"

#include <QMainWindow>

#include <memory>

class ByteLogFilter;
class ByteLogModel;
class ByteLogView;
class ClassroomMode;
class ConnectionInfoPane;
class ConnectionTreeModel;
class EndpointPanel;
class ExportJob;
class LessonPanel;
class PacketView;
class QCheckBox;
class QCloseEvent;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QTreeView;
class SendPanel;
class Session;
class SessionLoader;
class ThroughputChart;
class WelcomeDialog;
class Workbench;

// The workbench window: the byte log in the middle, sockets on the left, the packet view on
// the right, sending and the throughput chart below. It holds no socket: every action goes
// through the Workbench, and every view reads the session. Without a workbench the window
// shows a reopened session, read-only, in the same views.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int StatusIntervalMs = 250;
    static constexpr qint64 MaxPacketViewBytes = qint64(64) << 20;

    // A live session, driven through workbench.
    explicit MainWindow(Workbench &workbench, QWidget *parent = nullptr);
    // session, read-only when workbench is null.
    MainWindow(Session &session, Workbench *workbench, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a session file in a new read-only window that deletes itself when closed. Returns
    // null, with a reason, when the file cannot be a session at all.
    static MainWindow *openSessionFile(const QString &path, QString *error);
    // The loader of a reopened session (null for a live one), e.g. to wait for it in tests.
    SessionLoader *loader() const { return m_loader; }
    bool isReadOnly() const { return m_workbench == nullptr; }
    // A message across the top of the log, for what concerns the whole window; empty hides it.
    void showBanner(const QString &text);
    QString bannerText() const;

    // Exports the session to path on a worker thread, with progress and Cancel in the status
    // bar; the window stays usable meanwhile.
    void startExport(ExportFormat format, const QString &path);
    ExportJob *runningExport() const { return m_export; }

    // The connection that sending, the chart and the socket actions apply to.
    void setCurrentConnection(ConnectionId id);
    ConnectionId currentConnection() const { return m_current; }

    EndpointPanel *endpointPanel() const { return m_endpoints; }
    SendPanel *sendPanel() const { return m_send; }
    ByteLogModel *logModel() const { return m_logModel; }
    ByteLogFilter *logFilter() const { return m_filter; }
    ByteLogView *logView() const { return m_logView; }
    ConnectionTreeModel *connectionModel() const { return m_treeModel; }
    QTreeView *connectionView() const { return m_tree; }
    PacketView *packetView() const { return m_packet; }
    ThroughputChart *chart() const { return m_chart; }
    LessonPanel *lessonPanel() const { return m_lessons; }   // null when read-only
    // Shows the lesson panel on the lesson with this id.
    void openLesson(const QString &id);
    ConnectionInfoPane *connectionInfoPane() const { return m_info; }
    ClassroomMode *classroomMode() const { return m_classroom; }

    // The welcome page (first start, Help → Welcome), parented to this window, not yet shown.
    WelcomeDialog *createWelcome();
    // A listener on 127.0.0.1 that echoes and a client connected to it; returns the listener.
    ConnectionId startEchoDemo();
    // Back to the docks as they are on first start; the saved layout is forgotten.
    void resetLayout();

Q_SIGNALS:
    void exportFinished(bool ok);
    // The user asked for the lessons (welcome page): whoever owns the lessons shows them.
    void lessonsRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildLogPane();
    void buildDocks();
    void buildMenus();
    void buildSocketMenu();
    void buildHelpMenu();
    void buildLanguageMenu(QMenu *parent);
    void fillRecentSessionsMenu();
    void openSession(const QString &path);
    void chooseExport();
    void sizeDocks();
    void buildLessonMenu();
    void showConnectionMenu(const QPoint &position);
    void showSelectedRows();
    void chooseSessionToOpen();
    void chooseExportDestination(ExportFormat format);
    void chooseChartDestination(const QString &suffix);
    void loadingFinished();
    void refreshStatus();
    void refreshConnectionFilter();

    Session &m_session;
    Workbench *m_workbench = nullptr;
    std::unique_ptr<Session> m_ownedSession;   // a reopened session belongs to its window
    SessionLoader *m_loader = nullptr;
    ExportJob *m_export = nullptr;
    ConnectionId m_current = 0;

    ByteLogModel *m_logModel = nullptr;
    ByteLogFilter *m_filter = nullptr;
    ByteLogView *m_logView = nullptr;
    QComboBox *m_connectionFilter = nullptr;
    QComboBox *m_directionFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QCheckBox *m_wallClock = nullptr;
    QCheckBox *m_follow = nullptr;

    ConnectionTreeModel *m_treeModel = nullptr;
    QTreeView *m_tree = nullptr;
    EndpointPanel *m_endpoints = nullptr;
    SendPanel *m_send = nullptr;
    PacketView *m_packet = nullptr;
    ThroughputChart *m_chart = nullptr;
    LessonPanel *m_lessons = nullptr;
    ConnectionInfoPane *m_info = nullptr;
    ClassroomMode *m_classroom = nullptr;

    QTimer *m_statusTimer = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_statusTime = nullptr;
    QLabel *m_statusTraffic = nullptr;
    QLabel *m_statusRecording = nullptr;
    QLabel *m_statusConnections = nullptr;
    QMenu *m_recentSessions = nullptr;
    QByteArray m_defaultLayout;   // saveState() as built, for Reset layout
    quint64 m_seenTableVersion = ~quint64(0);
    bool m_docksSized = false;
};
