// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdescription.h"

#include "byteformat.h"
#include "session.h"

#include <QDateTime>

namespace {

QString errorText(ErrorCode code)
{
    return code == ErrorCode::None ? QString() : errorCodeName(code);
}

} // namespace

EventDescription EventDescription::of(const Session &session, qint64 index, int maxBytes)
{
    EventDescription description;
    const TrafficLog &log = session.log();
    if (index < 0 || index >= log.count())
        return description;
    const TrafficEvent &event = log.event(index);
    const auto add = [&description](const QString &label, const QString &value) {
        if (!value.isEmpty())
            description.fields.append({ label, value });
    };
    const QDateTime wall
        = session.clock().startedAt().addMSecs(event.timeNs / 1000000).toLocalTime();
    add(tr("Time"),
        tr("%1 s since the session started (%2)")
            .arg(QString::number(double(event.timeNs) / 1e9, 'f', 6),
                wall.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))));
    const auto info = session.connections().find(event.connection);
    add(tr("Connection"), info ? info->name : QStringLiteral("#%1").arg(event.connection));
    add(tr("Event"), eventKindLabel(event.kind));
    if (info) {
        add(tr("Local end"), info->localEndpoint());
        add(tr("Peer"), info->peerEndpoint());
    }
    add(tr("Error code"), errorText(event.facts.error));
    if (event.facts.close != CloseKind::None)
        add(tr("Close"), describeClose(event.facts));
    if (isData(event.kind)) {
        add(tr("Length"), tr("%n byte(s)", nullptr, int(event.payloadLength)));
        description.text = escapeBytes(log.payloadPrefix(event, maxBytes + 1), maxBytes);
    } else {
        description.text = log.detailText(event);
    }
    return description;
}

QString EventDescription::toPlainText() const
{
    QStringList lines;
    for (const Field &field : fields)
        lines << QStringLiteral("%1: %2").arg(field.label, field.value);
    if (!text.isEmpty())
        lines << text;
    return lines.join(QLatin1Char('\n'));
}
