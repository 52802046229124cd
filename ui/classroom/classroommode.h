// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPalette>
#include <QSize>

class ByteLogModel;
class QAction;
class QLabel;
class QMainWindow;
class QTimer;
class Session;

// Projecting in a classroom: one switch for high-contrast colours, larger text, the log and the
// chart given most of the room and the newest chunk highlighted; zoom in, out and back (applied
// to the application font, so every widget scales), remembered in QSettings ("view/zoom",
// "view/classroom"). It also shows, whenever a listener is bound beyond loopback, the addresses
// students should connect to.
class ClassroomMode : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinZoom = AppSettings::MinZoomLevel;
    static constexpr int MaxZoom = AppSettings::MaxZoomLevel;
    static constexpr double ZoomStep = 1.15; // per level: 4 levels is about twice the size
    static constexpr int ClassroomZoom = 3; // entering classroom mode zooms at least this far
    static constexpr int AddressRefreshMs = 1000;
    static constexpr int LayoutSettleMs = 150;
    // In classroom mode the banner's text is at least this fraction of the window's height
    // (30 px on a 1280×720 projector, 45 px on 1920×1080).
    static constexpr int BannerLinesPerWindow = 24;

    // window's central widget must have a QVBoxLayout: the address banner goes on top of it.
    ClassroomMode(QMainWindow *window, const Session &session, ByteLogModel *log);
    ~ClassroomMode() override;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool on);
    int zoomLevel() const { return m_zoom; }
    void setZoomLevel(int level);
    void zoomIn() { setZoomLevel(m_zoom + 1); }
    void zoomOut() { setZoomLevel(m_zoom - 1); }
    void resetZoom() { setZoomLevel(m_enabled ? ClassroomZoom : 0); }
    // The application font's size at zoom 0.
    static double baseFontPointSize();

    QAction *classroomAction() const { return m_classroomAction; }
    // F11: the window full screen and back, classroom mode or not.
    QAction *fullScreenAction() const { return m_fullScreenAction; }
    QAction *zoomInAction() const { return m_zoomInAction; }
    QAction *zoomOutAction() const { return m_zoomOutAction; }
    QAction *resetZoomAction() const { return m_resetZoomAction; }

    // "Students connect to 192.168.1.20:9000", or empty when every listener is on loopback.
    QString addressText() const;
    QLabel *addressBanner() const { return m_banner; }
    void refreshAddresses();

    // The addresses of this machine that others can reach: IPv4 first, no loopback or link-local.
    static QList<QHostAddress> reachableAddresses();
    static QPalette highContrastPalette();

Q_SIGNALS:
    // Classroom mode is about to end: the docks are still as they were in it.
    void leaving();
    // The docks have been given their classroom sizes (once the larger font is laid out).
    void docksArranged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyZoom();
    void sizeBanner();
    // After a zoom: keeps the window on the screen and, entering classroom mode, gives the log
    // and the chart the room. Runs once the new font's layout requests have been handled.
    void settleLayout();

    QMainWindow *m_window = nullptr;
    const Session &m_session;
    ByteLogModel *m_log = nullptr;
    bool m_enabled = false;
    bool m_restoring = false;
    int m_zoom = 0;
    QPalette m_savedPalette;
    QByteArray m_savedLayout;
    QSize m_savedSize; // the window's, before classroom mode
    QAction *m_classroomAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QLabel *m_banner = nullptr;
    QTimer *m_addressTimer = nullptr;
    QTimer *m_settleTimer = nullptr;
    bool m_arrangeDocks = false;
    quint64 m_seenVersion = ~quint64(0);
};
