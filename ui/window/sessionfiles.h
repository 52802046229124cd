// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"

#include <QObject>

class MainWindow;

// The file dialogs of the File menu: open a recorded session, save this one as, export it in
// a format, save the throughput chart. They remember the folder and format chosen last time.
class SessionFiles : public QObject
{
    Q_OBJECT

public:
    explicit SessionFiles(MainWindow &window);

    void chooseSessionToOpen();
    // Opens path in a window of its own, or says why it cannot.
    void openSession(const QString &path);
    // One dialog for every export format.
    void chooseExport();
    void chooseExportDestination(ExportFormat format);
    // suffix: "png" or "pdf".
    void chooseChartDestination(const QString &suffix);

private:
    MainWindow &m_window;
};
