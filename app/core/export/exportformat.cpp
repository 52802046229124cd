// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformat.h"

#include "exportrun.h"
#include "pcapngexporter.h"
#include "sessioncopy.h"
#include "session.h"
#include "textexporters.h"

#include <QCoreApplication>
#include <QStringList>

QList<ExportFormat> allExportFormats()
{
    return { ExportFormat::Text, ExportFormat::Csv, ExportFormat::JsonLines, ExportFormat::Pcapng,
        ExportFormat::Session };
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Text: return QStringLiteral("text");
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::JsonLines: return QStringLiteral("jsonl");
    case ExportFormat::Pcapng: return QStringLiteral("pcapng");
    case ExportFormat::Session: return QStringLiteral("socketlab");
    }
    return {};
}

std::optional<ExportFormat> parseExportFormat(const QString &name, QString *error)
{
    QStringList names;
    for (ExportFormat format : allExportFormats()) {
        if (name.compare(exportFormatName(format), Qt::CaseInsensitive) == 0)
            return format;
        names << exportFormatName(format);
    }
    if (error) {
        // Quoted with its control characters made visible: it is echoed on one line.
        QString shown = name;
        for (QChar &c : shown) {
            if (c.category() == QChar::Other_Control)
                c = QChar(0xfffd);
        }
        *error = QCoreApplication::translate(
            "ExportFormat", "Unknown export format \"%1\": use one of %2")
                     .arg(shown, names.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

QString exportFormatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Text: return QStringLiteral("txt");
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::JsonLines: return QStringLiteral("jsonl");
    case ExportFormat::Pcapng: return QStringLiteral("pcapng");
    case ExportFormat::Session: return QStringLiteral("socketlab");
    }
    return {};
}

QString exportFormatDescription(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Text: return QCoreApplication::translate("ExportFormat", "Text transcript");
    case ExportFormat::Csv:
        return QCoreApplication::translate("ExportFormat", "CSV, one row per event");
    case ExportFormat::JsonLines:
        return QCoreApplication::translate("ExportFormat", "JSON Lines, one object per event");
    case ExportFormat::Pcapng:
        return QCoreApplication::translate("ExportFormat", "pcapng for Wireshark");
    case ExportFormat::Session:
        return QCoreApplication::translate("ExportFormat", "SocketLab session");
    }
    return {};
}

QString exportFormatFilter(ExportFormat format)
{
    return QStringLiteral("%1 (*.%2)")
        .arg(exportFormatDescription(format), exportFormatSuffix(format));
}

bool exportSession(const Session &session, ExportFormat format, QIODevice &out,
    const ExportProgress &progress, QString *error, QStringList *notes)
{
    if (format == ExportFormat::Session)
        return copySession(session, out, progress, error);
    ExportRun run(session, out, progress);
    switch (format) {
    case ExportFormat::Text: exportText(run); break;
    case ExportFormat::Csv: exportCsv(run); break;
    case ExportFormat::JsonLines: exportJsonLines(run); break;
    case ExportFormat::Pcapng: PcapngExporter(run).write(); break;
    case ExportFormat::Session: break;
    }
    if (notes)
        *notes = run.notes();
    if (run.failed()) {
        if (error)
            *error = run.errorString();
        return false;
    }
    return true;
}
