// SPDX-License-Identifier: GPL-3.0-or-later
#include "classroommode.h"

#include "bytelogmodel.h"
#include "connectioninfo.h"
#include "screenfit.h"
#include "session.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFontInfo>
#include <QLabel>
#include <QMainWindow>
#include <QNetworkInterface>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace {

const char *const BaseSizeProperty = "socketlabBaseFontPointSize";
const char *const OwnSizeProperty = "socketlabOwnFontPointSize";

bool isLoopbackOnly(const QHostAddress &address)
{
    return address.isLoopback();
}

bool isAny(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::Any)
        || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6);
}

} // namespace

ClassroomMode::ClassroomMode(QMainWindow *window, const Session &session, ByteLogModel *log)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_log(log)
    , m_savedPalette(QApplication::palette())
{
    baseFontPointSize(); // remembered before any zoom changes the application font

    m_classroomAction = new QAction(tr("Cla&ssroom mode"), this);
    m_classroomAction->setCheckable(true);
    m_classroomAction->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_classroomAction->setToolTip(
        tr("For a projector: large text, high contrast, the log and the chart large, "
           "the newest chunk highlighted"));
    connect(m_classroomAction, &QAction::toggled, this, &ClassroomMode::setEnabled);
    m_fullScreenAction = new QAction(tr("F&ull screen"), this);
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence(tr("F11")));
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        m_window->setWindowState(on ? m_window->windowState() | Qt::WindowFullScreen
                                    : m_window->windowState() & ~Qt::WindowFullScreen);
    });
    m_window->installEventFilter(this); // the window manager may end full screen too
    m_zoomInAction = new QAction(tr("Zoom &in"), this);
    m_zoomInAction->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+=")) });
    connect(m_zoomInAction, &QAction::triggered, this, &ClassroomMode::zoomIn);
    m_zoomOutAction = new QAction(tr("Zoom &out"), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, &ClassroomMode::zoomOut);
    m_resetZoomAction = new QAction(tr("Normal si&ze"), this);
    m_resetZoomAction->setShortcut(QKeySequence(tr("Ctrl+0")));
    connect(m_resetZoomAction, &QAction::triggered, this, &ClassroomMode::resetZoom);
    // Shortcuts work wherever the focus is, menus shown or not.
    for (QAction *action :
        { m_classroomAction, m_fullScreenAction, m_zoomInAction, m_zoomOutAction,
            m_resetZoomAction })
        m_window->addAction(action);

    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("studentAddresses"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #0B3D91; color: white; "
                                           "border-radius: 3px; padding: 6px; }"));
    m_banner->hide();
    if (auto *layout = qobject_cast<QVBoxLayout *>(
            m_window->centralWidget() ? m_window->centralWidget()->layout() : nullptr))
        layout->insertWidget(0, m_banner);
    m_settleTimer = new QTimer(this);
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(LayoutSettleMs);
    connect(m_settleTimer, &QTimer::timeout, this, &ClassroomMode::settleLayout);
    m_addressTimer = new QTimer(this);
    connect(m_addressTimer, &QTimer::timeout, this, &ClassroomMode::refreshAddresses);
    m_addressTimer->start(AddressRefreshMs);

    const AppSettings settings;
    m_zoom = settings.zoomLevel();
    // Restoring what was saved writes nothing back.
    m_restoring = true;
    if (settings.classroom())
        m_classroomAction->setChecked(true); // applies the zoom too
    else
        applyZoom();
    m_restoring = false;
}

ClassroomMode::~ClassroomMode()
{
    // The palette and font are the application's: another window must not inherit ours.
    if (m_enabled)
        QApplication::setPalette(m_savedPalette);
}

bool ClassroomMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize)
        sizeBanner();
    if (watched == m_window && event->type() == QEvent::WindowStateChange) {
        QSignalBlocker blocker(m_fullScreenAction);
        m_fullScreenAction->setChecked(m_window->isFullScreen());
    }
    return QObject::eventFilter(watched, event);
}

double ClassroomMode::baseFontPointSize()
{
    QVariant stored = qApp->property(BaseSizeProperty);
    if (!stored.isValid()) {
        const double size
            = QApplication::font().pointSizeF() > 0 ? QApplication::font().pointSizeF() : 10.0;
        qApp->setProperty(BaseSizeProperty, size);
        return size;
    }
    return stored.toDouble();
}

void ClassroomMode::setEnabled(bool on)
{
    if (m_enabled == on)
        return;
    m_enabled = on;
    if (on) {
        m_savedPalette = QApplication::palette();
        m_savedLayout = m_window->saveState();
        m_savedSize = m_window->size();
        QApplication::setPalette(highContrastPalette());
        if (m_zoom < ClassroomZoom)
            m_zoom = ClassroomZoom;
        // The log and the chart get the room: the hex dump is too small to read from afar.
        // The ladder's tab would take the chart's room too.
        for (const char *name : { "packetDock", "ladderDock" }) {
            if (auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name)))
                dock->hide();
        }
        m_arrangeDocks = true; // once the larger font has been laid out: settleLayout()
    } else {
        Q_EMIT leaving();
        QApplication::setPalette(m_savedPalette);
        if (m_zoom == ClassroomZoom)
            m_zoom = 0;
        if (!m_savedLayout.isEmpty())
            m_window->restoreState(m_savedLayout);
    }
    if (m_log)
        m_log->setHighlightNewest(on);
    applyZoom();
    // Every size back as it was: once more after the smaller font has been laid out, which
    // moves the splitters the first restore set.
    if (!on && !m_savedLayout.isEmpty()) {
        QTimer::singleShot(LayoutSettleMs * 2, this, [this] {
            if (m_enabled)
                return;
            if (!m_window->isMaximized() && !m_window->isFullScreen() && m_savedSize.isValid())
                m_window->resize(m_savedSize); // a zoomed font may have shrunk it to the screen
            m_window->restoreState(m_savedLayout);
        });
    }
    if (!m_restoring) {
        AppSettings settings;
        settings.setClassroom(on);
        settings.setZoomLevel(m_zoom);
    }
    // Last, as when the action is triggered: whoever follows it (the layouts for the room, the
    // compact Sockets tree) follows a call too. (Checked already when it was the action.)
    m_classroomAction->setChecked(on);
}

void ClassroomMode::setZoomLevel(int level)
{
    level = qBound(MinZoom, level, MaxZoom);
    if (level == m_zoom)
        return;
    m_zoom = level;
    applyZoom();
    AppSettings().setZoomLevel(m_zoom);
}

void ClassroomMode::applyZoom()
{
    const double factor = std::pow(ZoomStep, m_zoom);
    QFont font = QApplication::font();
    font.setPointSizeF(baseFontPointSize() * factor);
    QApplication::setFont(font);
    // Widgets with a font of their own (the hex view's fixed-width font) do not follow the
    // application font: scale them from the size they had at zoom 0.
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (!widget->testAttribute(Qt::WA_SetFont) || widget->font().family() == font.family())
            continue;
        QVariant own = widget->property(OwnSizeProperty);
        if (!own.isValid()) {
            own = widget->font().pointSizeF();
            widget->setProperty(OwnSizeProperty, own);
        }
        QFont scaled = widget->font();
        scaled.setPointSizeF(own.toDouble() * factor);
        widget->setFont(scaled);
    }
    sizeBanner();
    // Larger text makes widgets ask for more room; the window grows, but never past the screen.
    m_settleTimer->start();
    m_zoomInAction->setEnabled(m_zoom < MaxZoom);
    m_zoomOutAction->setEnabled(m_zoom > MinZoom);
}

void ClassroomMode::sizeBanner()
{
    QFont font = QApplication::font();
    font.setBold(true);
    int pixels = QFontInfo(font).pixelSize() * 13 / 10;
    // In a classroom the addresses are read from the back of the room: a line as tall as a
    // slide's body text, whatever the zoom.
    if (m_enabled)
        pixels = qMax(pixels, m_window->height() / BannerLinesPerWindow);
    font.setPixelSize(pixels);
    if (font != m_banner->font())
        m_banner->setFont(font);
}

QPalette ClassroomMode::highContrastPalette()
{
    // Black on white with saturated accents: a projector washes out pale colours and greys.
    QPalette palette;
    const QColor white(Qt::white), black(Qt::black);
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        palette.setColor(group, QPalette::Window, QColor(0xF2F2F2));
        palette.setColor(group, QPalette::WindowText, black);
        palette.setColor(group, QPalette::Base, white);
        palette.setColor(group, QPalette::AlternateBase, QColor(0xE6E6E6));
        palette.setColor(group, QPalette::Text, black);
        palette.setColor(group, QPalette::Button, QColor(0xE0E0E0));
        palette.setColor(group, QPalette::ButtonText, black);
        palette.setColor(group, QPalette::Highlight, QColor(0x0B3D91));
        palette.setColor(group, QPalette::HighlightedText, white);
        palette.setColor(group, QPalette::PlaceholderText, QColor(0x3A3A3A));
        palette.setColor(group, QPalette::ToolTipBase, QColor(0xFFFFE0));
        palette.setColor(group, QPalette::ToolTipText, black);
        palette.setColor(group, QPalette::Link, QColor(0x0B3D91));
        palette.setColor(group, QPalette::Mid, QColor(0x707070));
        palette.setColor(group, QPalette::Dark, QColor(0x404040));
    }
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x606060));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x606060));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x606060));
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0xF2F2F2));
    palette.setColor(QPalette::Disabled, QPalette::Window, QColor(0xF2F2F2));
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0xE0E0E0));
    return palette;
}

QList<QHostAddress> ClassroomMode::reachableAddresses()
{
    QList<QHostAddress> v4, v6;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        (address.protocol() == QAbstractSocket::IPv4Protocol ? v4 : v6) << address;
    }
    return v4 + v6;
}

QString ClassroomMode::addressText() const
{
    QStringList endpoints;
    QStringList names;
    for (const ConnectionInfo &info : m_session.connections().snapshot()) {
        // A Unix socket is a file on this machine: no student can reach it.
        if (!info.isListener() || info.state != ConnectionState::Listening || info.isUnix()
            || isLoopbackOnly(info.localAddress))
            continue;
        names << info.name;
        if (isAny(info.localAddress)) {
            const bool v4Only = info.localAddress == QHostAddress(QHostAddress::AnyIPv4);
            for (const QHostAddress &address : reachableAddresses()) {
                if (!v4Only || address.protocol() == QAbstractSocket::IPv4Protocol)
                    endpoints << formatEndpoint(address, info.localPort);
            }
        } else {
            endpoints << formatEndpoint(info.localAddress, info.localPort);
        }
    }
    if (names.isEmpty())
        return {};
    endpoints.removeDuplicates();
    if (endpoints.isEmpty())
        return tr(
            "%1 listens beyond loopback, but this machine has no network address others can reach.")
            .arg(names.join(QStringLiteral(", ")));
    return tr("Students connect to %1").arg(endpoints.join(tr("  or  ")));
}

void ClassroomMode::refreshAddresses()
{
    const quint64 version = m_session.connections().version();
    if (version == m_seenVersion)
        return;
    m_seenVersion = version;
    const QString text = addressText();
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void ClassroomMode::settleLayout()
{
    const QRect screen = m_window->screen()->availableGeometry();
    if (!screen.contains(m_window->frameGeometry())) {
        fitWindowToScreen(m_window);
        // The docks are arranged in the next round, in the window's new size: arranged now,
        // they would keep the old width.
        if (m_arrangeDocks && m_enabled)
            m_settleTimer->start();
        return;
    }
    if (!m_arrangeDocks || !m_enabled)
        return;
    m_arrangeDocks = false;
    // The chart and the log get the room; the side docks keep what they need (at least their
    // minimum).
    if (auto *chart = m_window->findChild<QDockWidget *>(QStringLiteral("chartDock")))
        m_window->resizeDocks({ chart }, { m_window->height() * 2 / 5 }, Qt::Vertical);
    auto *sockets = m_window->findChild<QDockWidget *>(QStringLiteral("socketsDock"));
    auto *info = m_window->findChild<QDockWidget *>(QStringLiteral("connectionInfoDock"));
    if (sockets && info)
        m_window->resizeDocks({ sockets, info },
            { m_window->width() / 6, m_window->width() * 3 / 10 }, Qt::Horizontal);
    Q_EMIT docksArranged();
}
