// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamexport.h"

#include "exportrun.h"
#include "session.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>
#include <QStringList>

namespace {

// A device that only digests what is written to it: the SHA-256 takes the export's own path.
class DigestDevice : public QIODevice
{
public:
    DigestDevice() { open(QIODevice::WriteOnly); }
    QCryptographicHash hash { QCryptographicHash::Sha256 };
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        hash.addData(QByteArrayView(data, length));
        written += length;
        return length;
    }
};

// Progress is reported every this many events, not for each.
constexpr qint64 ProgressEvents = 256;

} // namespace

QString streamExportKey(StreamDirection direction)
{
    return direction == StreamDirection::Received ? QStringLiteral("stream")
                                                  : QStringLiteral("stream-out");
}

std::optional<StreamDirection> parseStreamExportKey(const QString &key)
{
    for (StreamDirection direction : { StreamDirection::Received, StreamDirection::Sent }) {
        if (key.compare(streamExportKey(direction), Qt::CaseInsensitive) == 0)
            return direction;
    }
    return std::nullopt;
}

ConnectionId findConnectionByName(const Session &session, const QString &name, QString *error)
{
    QStringList names;
    for (const ConnectionInfo &info : session.connections().snapshot()) {
        if (info.name.compare(name, Qt::CaseInsensitive) == 0 && !info.isListener())
            return info.id;
        if (!info.isListener())
            names << info.name;
    }
    if (error) {
        *error = names.isEmpty()
            ? QCoreApplication::translate("StreamExport", "no connection named %1: the session has no connections")
                  .arg(name)
            : QCoreApplication::translate("StreamExport", "no connection named %1: the session has %2")
                  .arg(name, names.join(QStringLiteral(", ")));
    }
    return 0;
}

bool exportStream(const Session &session, ConnectionId connection, StreamDirection direction,
    QIODevice &out, const ExportProgress &progress, QString *error)
{
    ExportRun run(session, out, progress);
    const EventKind kind
        = direction == StreamDirection::Received ? EventKind::Received : EventKind::Sent;
    QByteArray slice;
    for (qint64 i = 0; i < run.count() && !run.failed(); ++i) {
        if (i % ProgressEvents == 0 && !run.advance(i))
            break;
        const TrafficEvent &event = run.event(i);
        if (event.connection != connection || event.kind != kind)
            continue;
        for (quint64 from = 0; from < event.payloadLength && !run.failed();
             from += ExportRun::SliceBytes) {
            const quint32 length
                = quint32(qMin<quint64>(ExportRun::SliceBytes, event.payloadLength - from));
            if (run.readPayload(event, from, length, &slice))
                run.write(slice);
        }
    }
    if (!run.failed())
        run.advance(run.count());
    if (run.failed() && error)
        *error = run.errorString();
    return !run.failed();
}

std::optional<StreamDigest> digestStream(const Session &session, ConnectionId connection,
    StreamDirection direction, const ExportProgress &progress, QString *error)
{
    DigestDevice digest;
    if (!exportStream(session, connection, direction, digest, progress, error))
        return std::nullopt;
    return StreamDigest { QString::fromLatin1(digest.hash.result().toHex()), digest.written };
}
