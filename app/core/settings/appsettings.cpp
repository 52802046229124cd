// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace {

// Keys. view/zoom and view/classroom are shared with classroom mode.
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString BindAddressesKey = QStringLiteral("endpoints/bindAddresses");
const QString ListenPortKey = QStringLiteral("endpoints/listenPort");
const QString ListenEchoKey = QStringLiteral("endpoints/listenEcho");
const QString HostsKey = QStringLiteral("endpoints/hosts");
const QString ConnectPortKey = QStringLiteral("endpoints/connectPort");
const QString ConnectEchoKey = QStringLiteral("endpoints/connectEcho");
const QString RecentSessionsKey = QStringLiteral("files/recentSessions");
const QString SendHistoryKey = QStringLiteral("send/history");
const QString UdpDestinationKey = QStringLiteral("send/udpDestination");
const QString ExportFormatKey = QStringLiteral("export/format");
const QString ExportFolderKey = QStringLiteral("export/folder");
const QString ZoomKey = QStringLiteral("view/zoom");
const QString ClassroomKey = QStringLiteral("view/classroom");
const QString ClassroomPresetKey = QStringLiteral("view/classroomPreset");
const QString ClassroomLayoutKey = QStringLiteral("view/classroomLayout");
const QString LanguageKey = QStringLiteral("ui/language");
const QString WelcomeKey = QStringLiteral("ui/welcomeShown");
const QString RecordPacketsKey = QStringLiteral("capture/recordPackets");

// Longer entries are not something a user typed into a field: ignore them.
constexpr int MaxEntryLength = 4096;

// A stored bool must be a bool (ini files hold "true"/"false"); anything else is the default.
bool readBool(const QSettings &settings, const QString &key, bool fallback)
{
    const QString text = settings.value(key).toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return fallback;
}

qint64 readInteger(
    const QSettings &settings, const QString &key, qint64 min, qint64 max, qint64 fallback)
{
    bool ok = false;
    const qint64 value = settings.value(key).toString().trimmed().toLongLong(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

// QSettings reads almost anything as an ini file, garbage included. What it writes is UTF-8
// text of [sections], key=value lines and blank lines; anything else was not written by it.
bool looksLikeIni(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return true;
    constexpr qint64 MaxFileBytes = qint64(4) << 20;
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileBytes)
        return false;
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return false;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';'))
            || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']')))
            continue;
        if (!line.contains(QLatin1Char('=')))
            return false;
    }
    return true;
}

} // namespace

AppSettings::AppSettings()
{
    open(defaultPath());
}

AppSettings::AppSettings(const QString &iniPath)
{
    open(iniPath);
}

AppSettings::~AppSettings() = default;

QString AppSettings::defaultPath()
{
    const QString organization = QCoreApplication::organizationName().isEmpty()
        ? QStringLiteral("SocketLab")
        : QCoreApplication::organizationName();
    return QSettings(
        QSettings::IniFormat, QSettings::UserScope, organization, QStringLiteral("SocketLab"))
        .fileName();
}

void AppSettings::open(const QString &path)
{
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    if (m_settings->status() != QSettings::FormatError && looksLikeIni(path))
        return;
    // Keep the damaged file for whoever wants to look at it, and start from the defaults.
    m_settings.reset();
    const QString aside = path + QStringLiteral(".corrupt");
    QFile::remove(aside);
    if (!QFile::rename(path, aside))
        QFile::remove(path);
    m_wasReset = true;
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

QString AppSettings::path() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
}

void AppSettings::clear()
{
    m_settings->clear();
    m_settings->sync();
}

QStringList AppSettings::stringList(const QString &key, int max) const
{
    QStringList result;
    // toStringList(): an ini file stores a one-element list as a plain string.
    for (const QString &text : m_settings->value(key).toStringList()) {
        if (!text.isEmpty() && text.size() <= MaxEntryLength && !result.contains(text))
            result << text;
        if (result.size() == max)
            break;
    }
    return result;
}

void AppSettings::prepend(const QString &key, const QString &value, int max)
{
    if (value.isEmpty() || value.size() > MaxEntryLength)
        return;
    QStringList list = stringList(key, max);
    list.removeAll(value);
    list.prepend(value);
    m_settings->setValue(key, list.mid(0, max));
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(StateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(StateKey, state);
}

void AppSettings::clearWindowLayout()
{
    m_settings->remove(GeometryKey);
    m_settings->remove(StateKey);
}

QStringList AppSettings::recentBindAddresses() const
{
    return stringList(BindAddressesKey, MaxRecentEndpoints);
}

void AppSettings::addRecentBindAddress(const QString &address)
{
    prepend(BindAddressesKey, address.trimmed(), MaxRecentEndpoints);
}

quint16 AppSettings::listenPort() const
{
    return quint16(readInteger(*m_settings, ListenPortKey, 0, 65535, 0));
}

void AppSettings::setListenPort(quint16 port)
{
    m_settings->setValue(ListenPortKey, port);
}

bool AppSettings::listenEcho() const
{
    return readBool(*m_settings, ListenEchoKey, false);
}

void AppSettings::setListenEcho(bool echo)
{
    m_settings->setValue(ListenEchoKey, echo);
}

QStringList AppSettings::recentHosts() const
{
    const QStringList hosts = stringList(HostsKey, MaxRecentEndpoints);
    return hosts.isEmpty() ? QStringList { QStringLiteral("localhost") } : hosts;
}

void AppSettings::addRecentHost(const QString &host)
{
    prepend(HostsKey, host.trimmed(), MaxRecentEndpoints);
}

int AppSettings::connectPort() const
{
    return int(readInteger(*m_settings, ConnectPortKey, 1, 65535, -1));
}

void AppSettings::setConnectPort(quint16 port)
{
    m_settings->setValue(ConnectPortKey, port);
}

bool AppSettings::connectEcho() const
{
    return readBool(*m_settings, ConnectEchoKey, false);
}

void AppSettings::setConnectEcho(bool echo)
{
    m_settings->setValue(ConnectEchoKey, echo);
}

QStringList AppSettings::recentSessions() const
{
    return stringList(RecentSessionsKey, MaxRecentSessions);
}

void AppSettings::addRecentSession(const QString &path)
{
    prepend(RecentSessionsKey, QFileInfo(path).absoluteFilePath(), MaxRecentSessions);
}

void AppSettings::removeRecentSession(const QString &path)
{
    QStringList list = recentSessions();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings->setValue(RecentSessionsKey, list);
}

QStringList AppSettings::sendHistory() const
{
    // Stored newest first like the other lists; handed out oldest first, as a shell does.
    QStringList history = stringList(SendHistoryKey, MaxSendHistory);
    std::reverse(history.begin(), history.end());
    return history;
}

void AppSettings::addToSendHistory(const QString &text)
{
    prepend(SendHistoryKey, text, MaxSendHistory);
}

QString AppSettings::udpDestination() const
{
    return m_settings->value(UdpDestinationKey).toString();
}

void AppSettings::setUdpDestination(const QString &destination)
{
    m_settings->setValue(UdpDestinationKey, destination);
}

ExportFormat AppSettings::exportFormat() const
{
    const auto format = parseExportFormat(m_settings->value(ExportFormatKey).toString());
    return format && *format != ExportFormat::Session ? *format : ExportFormat::Pcapng;
}

void AppSettings::setExportFormat(ExportFormat format)
{
    m_settings->setValue(ExportFormatKey, exportFormatName(format));
}

QString AppSettings::exportFolder() const
{
    const QString folder = m_settings->value(ExportFolderKey).toString();
    return !folder.isEmpty() && folder.size() <= MaxEntryLength && QFileInfo(folder).isDir()
        ? folder
        : QString();
}

void AppSettings::setExportFolder(const QString &folder)
{
    m_settings->setValue(ExportFolderKey, folder);
}

int AppSettings::zoomLevel() const
{
    bool ok = false;
    const int level = m_settings->value(ZoomKey).toString().trimmed().toInt(&ok);
    return ok && level >= MinZoomLevel && level <= MaxZoomLevel ? level : 0;
}

void AppSettings::setZoomLevel(int level)
{
    m_settings->setValue(ZoomKey, qBound(MinZoomLevel, level, MaxZoomLevel));
}

bool AppSettings::classroom() const
{
    return readBool(*m_settings, ClassroomKey, false);
}

void AppSettings::setClassroom(bool classroom)
{
    m_settings->setValue(ClassroomKey, classroom);
}

QString AppSettings::classroomPreset() const
{
    return m_settings->value(ClassroomPresetKey).toString();
}

void AppSettings::setClassroomPreset(const QString &preset)
{
    m_settings->setValue(ClassroomPresetKey, preset);
}

QByteArray AppSettings::classroomLayout() const
{
    return m_settings->value(ClassroomLayoutKey).toByteArray();
}

void AppSettings::setClassroomLayout(const QByteArray &state)
{
    m_settings->setValue(ClassroomLayoutKey, state);
}

QString AppSettings::language() const
{
    const QString language = m_settings->value(LanguageKey).toString();
    // A language code: letters, maybe a region ("pt_BR"); anything else means the system's.
    static const QRegularExpression valid(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    return valid.match(language).hasMatch() ? language : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(LanguageKey, language);
}

bool AppSettings::welcomeShown() const
{
    return readBool(*m_settings, WelcomeKey, false);
}

void AppSettings::setWelcomeShown(bool shown)
{
    m_settings->setValue(WelcomeKey, shown);
}

bool AppSettings::recordPackets() const
{
    return readBool(*m_settings, RecordPacketsKey, false);
}

void AppSettings::setRecordPackets(bool on)
{
    m_settings->setValue(RecordPacketsKey, on);
}
