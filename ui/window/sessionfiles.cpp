// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfiles.h"

#include "appsettings.h"
#include "chartexportdialog.h"
#include "mainwindow.h"
#include "session.h"
#include "statusline.h"
#include "throughputchart.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

SessionFiles::SessionFiles(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
}

void SessionFiles::chooseSessionToOpen()
{
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Open a recorded session"),
        Session::sessionsDirectory(), tr("SocketLab sessions (*.socketlab);;All files (*)"));
    if (!path.isEmpty())
        openSession(path);
}

void SessionFiles::openSession(const QString &path)
{
    QString error;
    if (MainWindow *window = MainWindow::openSessionFile(path, &error)) {
        window->show();
    } else {
        AppSettings().removeRecentSession(path);
        QMessageBox::warning(&m_window, tr("Cannot open session"), error);
    }
}

void SessionFiles::chooseExportDestination(ExportFormat format)
{
    AppSettings settings;
    const QString base = QFileInfo(m_window.session().journalPath()).completeBaseName();
    const QString folder = settings.exportFolder();
    const QString title
        = format == ExportFormat::Session ? tr("Save the session as") : tr("Export the session");
    const QString path = QFileDialog::getSaveFileName(&m_window, title,
        QDir(folder).filePath(base + QLatin1Char('.') + exportFormatSuffix(format)),
        exportFormatFilter(format));
    if (path.isEmpty())
        return;
    settings.setExportFolder(QFileInfo(path).absolutePath());
    if (format != ExportFormat::Session)
        settings.setExportFormat(format);
    m_window.startExport(format, path);
}

void SessionFiles::chooseExport()
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
    const QString base = QFileInfo(m_window.session().journalPath()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export the session"),
        QDir(settings.exportFolder()).filePath(base + QLatin1Char('.') + exportFormatSuffix(last)),
        filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    ExportFormat format = formats.value(int(filters.indexOf(selected)), last);
    // A typed suffix wins over the filter left selected.
    for (ExportFormat candidate : std::as_const(formats)) {
        if (QFileInfo(path).suffix().compare(exportFormatSuffix(candidate), Qt::CaseInsensitive)
            == 0)
            format = candidate;
    }
    settings.setExportFolder(QFileInfo(path).absolutePath());
    settings.setExportFormat(format);
    m_window.startExport(format, path);
}

void SessionFiles::chooseChartDestination(const QString &suffix)
{
    ChartExportDialog options(&m_window);
    if (options.exec() != QDialog::Accepted)
        return;
    AppSettings settings;
    const QString base = QFileInfo(m_window.session().journalPath()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Save the throughput chart"),
        QDir(settings.exportFolder()).filePath(base + QStringLiteral("-throughput.") + suffix),
        suffix == QLatin1String("pdf") ? tr("PDF (*.pdf)") : tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    settings.setExportFolder(QFileInfo(path).absolutePath());
    QString error;
    if (m_window.chart()->save(path, options.chosenSize(), options.chosenRange(), &error))
        m_window.statusLine()->showMessage(tr("Saved the chart to %1").arg(path), 10000);
    else
        m_window.showBanner(tr("Could not write the chart to %1: %2").arg(path, error));
}
