// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QTemporaryFile>

// The screens the offscreen platform reports, for widget tests of what fits on a projector
// (its default is one 800×600 screen). The platform reads them from a JSON file named in
// QT_QPA_PLATFORM, so this runs before the QApplication is made; config must outlive it.
namespace OffscreenScreens {

// One 1280×720 screen, a typical classroom projector.
inline const QByteArray Projector = R"({ "screens": [ { "name": "projector", "x": 0, "y": 0,
    "width": 1280, "height": 720, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] })";

// One 1920×1080 screen, a full-HD projector or monitor.
inline const QByteArray FullHd = R"({ "screens": [ { "name": "full-hd", "x": 0, "y": 0,
    "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] })";

inline bool use(QTemporaryFile &config, const QByteArray &screens)
{
    config.setFileTemplate(QDir::tempPath() + QStringLiteral("/screens-XXXXXX.json"));
    if (!config.open())
        return false;
    config.write(screens);
    config.flush();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
    return true;
}

} // namespace OffscreenScreens
