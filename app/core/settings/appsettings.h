// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"

#include <QSettings>
#include <QStringList>

#include <memory>

// What SocketLab remembers between runs, in an ini file (by default the user's
// ~/.config/SocketLab/SocketLab.ini). Every accessor validates what it reads: a missing,
// mistyped or out-of-range value gives the default, so a damaged file never breaks the app.
// A file the ini parser rejects is moved aside (to NAME.corrupt) and replaced by defaults.
// Instances are cheap; QSettings keeps instances on the same file in step within a process.
class AppSettings
{
public:
    static constexpr int MaxRecentEndpoints = 10;
    static constexpr int MaxRecentSessions = 10;
    static constexpr int MaxSendHistory = 50;
    // Zoom levels (classroom mode): each is a step of the font size, 0 is the system's size.
    static constexpr int MinZoomLevel = -4;
    static constexpr int MaxZoomLevel = 12;

    // The user's settings file (its location follows XDG_CONFIG_HOME).
    AppSettings();
    // An explicit file, e.g. in a test's temporary directory.
    explicit AppSettings(const QString &iniPath);
    ~AppSettings();

    static QString defaultPath();
    QString path() const;
    // True when the file could not be parsed and was moved aside (the defaults are in use).
    bool wasReset() const { return m_wasReset; }
    void sync();
    // Forgets everything (the file is emptied).
    void clear();

    // Window geometry and dock layout, as QMainWindow::saveGeometry()/saveState() give them.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    void clearWindowLayout();

    // Endpoint forms: the most recent first, without duplicates.
    QStringList recentBindAddresses() const;
    void addRecentBindAddress(const QString &address);
    quint16 listenPort() const; // default 0: the system chooses
    void setListenPort(quint16 port);
    bool listenEcho() const;
    void setListenEcho(bool echo);
    QStringList recentHosts() const; // default: localhost
    void addRecentHost(const QString &host);
    int connectPort() const; // -1 when none was used yet
    void setConnectPort(quint16 port);
    bool connectEcho() const;
    void setConnectEcho(bool echo);

    QStringList recentSessions() const;
    void addRecentSession(const QString &path);
    void removeRecentSession(const QString &path);

    // What was typed in the send field, oldest first (Up recalls from the end).
    QStringList sendHistory() const;
    void addToSendHistory(const QString &text);
    // The send panel's destination for datagrams from a bound UDP socket (HOST:PORT as typed).
    QString udpDestination() const;
    void setUdpDestination(const QString &destination);

    ExportFormat exportFormat() const; // default: pcapng
    void setExportFormat(ExportFormat format);
    QString exportFolder() const; // empty when none was chosen or it no longer exists
    void setExportFolder(const QString &folder);

    // Classroom mode: the zoom level in [MinZoomLevel, MaxZoomLevel], default 0.
    int zoomLevel() const;
    void setZoomLevel(int level);
    bool classroom() const;
    void setClassroom(bool classroom);
    // The classroom layout chosen last ("lesson", "traffic", "inspect", "own"; empty: none yet),
    // and the docks as the user arranged them for "own" (QMainWindow::saveState()).
    QString classroomPreset() const;
    void setClassroomPreset(const QString &preset);
    QByteArray classroomLayout() const;
    void setClassroomLayout(const QByteArray &state);

    // "de", "en", ...; empty means the system's language.
    QString language() const;
    void setLanguage(const QString &language);

    bool welcomeShown() const;
    void setWelcomeShown(bool shown);

    // Capture ▸ Record packets: capture the packets of SocketLab's sockets (default off).
    bool recordPackets() const;
    void setRecordPackets(bool on);

private:
    void open(const QString &path);
    QStringList stringList(const QString &key, int max) const;
    void prepend(const QString &key, const QString &value, int max);

    std::unique_ptr<QSettings> m_settings;
    bool m_wasReset = false;
};
