// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;
class Session;

// The formats a session can be exported to. The names are what `--export FORMAT:FILE` takes.
//   text    a readable transcript: one header line per event, then a `hexdump -C` block
//   csv     one row per event (RFC 4180), payload as hex
//   jsonl   JSON Lines: one object per event, payload as base64
//   pcapng     synthesized Ethernet/IP/TCP frames for Wireshark
//   socketlab  a copy of the session file itself ("Save as"), closed with an end record
enum class ExportFormat { Text, Csv, JsonLines, Pcapng, Session };

QList<ExportFormat> allExportFormats();
// "text", "csv", "jsonl", "pcapng": stable, for the command line.
QString exportFormatName(ExportFormat format);
// Case-insensitive; for anything else, std::nullopt and a one-line reason that lists the names.
std::optional<ExportFormat> parseExportFormat(const QString &name, QString *error = nullptr);
// Without the dot: "txt", "csv", "jsonl", "pcapng".
QString exportFormatSuffix(ExportFormat format);
// For file dialogs: "pcapng for Wireshark (*.pcapng)".
QString exportFormatFilter(ExportFormat format);
QString exportFormatDescription(ExportFormat format);

// Called with the events done so far and the total; returning false cancels the export.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

// Writes the session's events [0, count()) as they are when it is called, streaming to out:
// payloads are read from the journal a slice at a time, never the whole session at once. May
// run on any thread while the session is still recording. Returns false with a one-line reason
// when writing fails, a payload cannot be read back, or progress returned false. notes receives
// a line for each thing the format could not carry (pcapng: Unix socket connections).
bool exportSession(const Session &session, ExportFormat format, QIODevice &out,
    const ExportProgress &progress = {}, QString *error = nullptr, QStringList *notes = nullptr);
