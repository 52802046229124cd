// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"
#include "trafficevent.h"

#include <QString>

#include <optional>

class QIODevice;
class Session;

// One direction of one connection's bytes, exactly as they went: what it received (the payloads
// of its received events, in order) or what it sent. A file saved from it is byte for byte what
// the peer sent (or got); two ends compare by its SHA-256.
enum class StreamDirection { Received, Sent };

// "stream" (received) and "stream-out" (sent), the keys of --export stream:CONN:FILE.
QString streamExportKey(StreamDirection direction);
std::optional<StreamDirection> parseStreamExportKey(const QString &key);

// The connection named name ("L1.2", case-insensitive) in the session; 0, with a one-line reason
// that lists the names there are, when none is.
ConnectionId findConnectionByName(
    const Session &session, const QString &name, QString *error = nullptr);

// Writes the stream to out, a slice at a time from the journal (constant memory for a stream of
// any size). Progress counts events. False with a one-line reason when writing fails (a full
// disk), the journal cannot give back a payload, or progress returned false.
bool exportStream(const Session &session, ConnectionId connection, StreamDirection direction,
    QIODevice &out, const ExportProgress &progress = {}, QString *error = nullptr);

struct StreamDigest
{
    QString sha256; // lower-case hex, as sha256sum prints it
    qint64 bytes = 0;
};
// The stream's SHA-256, read the same way; std::nullopt with a reason when it cannot be read.
std::optional<StreamDigest> digestStream(const Session &session, ConnectionId connection,
    StreamDirection direction, const ExportProgress &progress = {}, QString *error = nullptr);
