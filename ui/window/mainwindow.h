// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"
#include "trafficevent.h"

#include <QMainWindow>

#include <memory>

class ByteLogFilter;
class ByteLogModel;
class ByteLogView;
class CallDiagramView;
class CaptureSwitch;
class LadderView;
class ClassroomMode;
class ConnectionInfoPane;
class ConnectionTreeModel;
class CurrentConnection;
class DockLayout;
class EndpointPanel;
class ExportJob;
class LessonPanel;
class LogPane;
class PacketView;
class QCloseEvent;
class QLabel;
class QTreeView;
class SendPanel;
class Session;
class SessionFiles;
class SessionLoader;
class StatusLine;
class ThroughputChart;
class WelcomeDialog;
class WirePane;
class Workbench;

// The workbench window: the byte log in the middle, sockets on the left, the packet view on
// the right, sending and the throughput chart below. It holds no socket: every action goes
// through the Workbench, and every view reads the session. Without a workbench the window
// shows a reopened session, read-only, in the same views. The window makes the panes and keeps
// them on one current connection; DockLayout places them, WindowMenus holds the menus,
// SessionFiles the file dialogs and StatusLine the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
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
    Workbench *workbench() const { return m_workbench; } // null when read-only
    Session &session() const { return m_session; }
    // A message across the top of the log, for what concerns the whole window; empty hides it.
    void showBanner(const QString &text);
    QString bannerText() const;

    // Exports the session to path on a worker thread, with progress and Cancel in the status
    // bar; the window stays usable meanwhile.
    void startExport(ExportFormat format, const QString &path);
    ExportJob *runningExport() const { return m_export; }

    // The connection that every pane shows and sending, the chart and the socket actions apply
    // to (CurrentConnection: the one source of truth).
    void setCurrentConnection(ConnectionId id);
    ConnectionId currentConnection() const;
    CurrentConnection *current() const { return m_current; }

    EndpointPanel *endpointPanel() const { return m_endpoints; }
    SendPanel *sendPanel() const { return m_send; }
    LogPane *logPane() const { return m_log; }
    ByteLogModel *logModel() const;
    ByteLogFilter *logFilter() const;
    ByteLogView *logView() const;
    ConnectionTreeModel *connectionModel() const { return m_treeModel; }
    QTreeView *connectionView() const { return m_tree; }
    PacketView *packetView() const { return m_packet; }
    ThroughputChart *chart() const { return m_chart; }
    LessonPanel *lessonPanel() const { return m_lessons; } // null when read-only
    CallDiagramView *callDiagram() const { return m_calls; } // null when read-only
    LadderView *ladder() const { return m_ladder; }
    WirePane *wirePane() const { return m_wire; }
    CaptureSwitch *captureSwitch() const { return m_capture; } // null when read-only
    // Selects the log row of this event (showing every row again if a filter hides it).
    void selectEventRow(qint64 event);
    // Selects the log rows of these events together (the packet view shows them as one text),
    // the first scrolled into view; showing every row again if a filter hides one.
    void selectEventRows(const QList<qint64> &events);
    // Shows the lesson panel on the lesson with this id.
    void openLesson(const QString &id);
    // The Lessons menu: on a session that has events already, offers to start the lesson in a
    // new session (when a new one can be started here), else opens it in this one.
    void startLesson(const QString &id);
    ConnectionInfoPane *connectionInfoPane() const { return m_info; }
    ClassroomMode *classroomMode() const { return m_classroom; }
    DockLayout *dockLayout() const { return m_docks; }
    StatusLine *statusLine() const { return m_status; }

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
    // File ▸ New session, or a lesson started in a new session (lessonId): whoever owns the
    // live sessions (LiveSessions) ends this one and starts another.
    void newSessionRequested(const QString &lessonId);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildCentralPane();
    void buildPanes();
    void showConnectionMenu(const QPoint &position);
    void showSelectedRows();
    void followCurrentConnection(ConnectionId id);
    void selectCurrentInTree();
    void loadingFinished();

    Session &m_session;
    Workbench *m_workbench = nullptr;
    std::unique_ptr<Session> m_ownedSession; // a reopened session belongs to its window
    SessionLoader *m_loader = nullptr;
    ExportJob *m_export = nullptr;
    CurrentConnection *m_current = nullptr;
    ConnectionId m_packetConnection = 0; // whose log rows the packet view shows

    LogPane *m_log = nullptr;
    QLabel *m_banner = nullptr;
    ConnectionTreeModel *m_treeModel = nullptr;
    QTreeView *m_tree = nullptr;
    EndpointPanel *m_endpoints = nullptr;
    SendPanel *m_send = nullptr;
    PacketView *m_packet = nullptr;
    ThroughputChart *m_chart = nullptr;
    LessonPanel *m_lessons = nullptr;
    CallDiagramView *m_calls = nullptr;
    LadderView *m_ladder = nullptr;
    WirePane *m_wire = nullptr;
    CaptureSwitch *m_capture = nullptr;
    ConnectionInfoPane *m_info = nullptr;
    ClassroomMode *m_classroom = nullptr;
    DockLayout *m_docks = nullptr;
    SessionFiles *m_files = nullptr;
    StatusLine *m_status = nullptr;
};
