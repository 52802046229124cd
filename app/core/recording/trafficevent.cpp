// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficevent.h"

#include <QCoreApplication>

Direction directionOf(EventKind kind)
{
    switch (kind) {
    case EventKind::Received: return Direction::In;
    case EventKind::Sent: return Direction::Out;
    default: return Direction::None;
    }
}

bool isData(EventKind kind)
{
    return directionOf(kind) != Direction::None;
}

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Listening: return QStringLiteral("listening");
    case EventKind::ListenFailed: return QStringLiteral("listen-failed");
    case EventKind::ListenStopped: return QStringLiteral("listen-stopped");
    case EventKind::Accepted: return QStringLiteral("accepted");
    case EventKind::LookingUp: return QStringLiteral("looking-up");
    case EventKind::Connecting: return QStringLiteral("connecting");
    case EventKind::Connected: return QStringLiteral("connected");
    case EventKind::Received: return QStringLiteral("received");
    case EventKind::Sent: return QStringLiteral("sent");
    case EventKind::Closing: return QStringLiteral("closing");
    case EventKind::Closed: return QStringLiteral("closed");
    case EventKind::Error: return QStringLiteral("error");
    case EventKind::ReadingPaused: return QStringLiteral("reading-paused");
    case EventKind::ReadingResumed: return QStringLiteral("reading-resumed");
    case EventKind::Note: return QStringLiteral("note");
    case EventKind::EndOfStream: return QStringLiteral("end-of-stream");
    case EventKind::SendBlocked: return QStringLiteral("send-blocked");
    case EventKind::SendResumed: return QStringLiteral("send-resumed");
    case EventKind::PeerSeen: return QStringLiteral("peer-seen");
    case EventKind::DatagramsDropped: return QStringLiteral("datagrams-dropped");
    }
    return QStringLiteral("unknown");
}

QString eventKindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Listening: return QCoreApplication::translate("EventKind", "listening");
    case EventKind::ListenFailed: return QCoreApplication::translate("EventKind", "listen-failed");
    case EventKind::ListenStopped: return QCoreApplication::translate("EventKind", "listen-stopped");
    case EventKind::Accepted: return QCoreApplication::translate("EventKind", "accepted");
    case EventKind::LookingUp: return QCoreApplication::translate("EventKind", "looking-up");
    case EventKind::Connecting: return QCoreApplication::translate("EventKind", "connecting");
    case EventKind::Connected: return QCoreApplication::translate("EventKind", "connected");
    case EventKind::Received: return QCoreApplication::translate("EventKind", "received");
    case EventKind::Sent: return QCoreApplication::translate("EventKind", "sent");
    case EventKind::Closing: return QCoreApplication::translate("EventKind", "closing");
    case EventKind::Closed: return QCoreApplication::translate("EventKind", "closed");
    case EventKind::Error: return QCoreApplication::translate("EventKind", "error");
    case EventKind::ReadingPaused: return QCoreApplication::translate("EventKind", "reading-paused");
    case EventKind::ReadingResumed: return QCoreApplication::translate("EventKind", "reading-resumed");
    case EventKind::Note: return QCoreApplication::translate("EventKind", "note");
    case EventKind::EndOfStream: return QCoreApplication::translate("EventKind", "end-of-stream");
    case EventKind::SendBlocked: return QCoreApplication::translate("EventKind", "send-blocked");
    case EventKind::SendResumed: return QCoreApplication::translate("EventKind", "send-resumed");
    case EventKind::PeerSeen: return QCoreApplication::translate("EventKind", "peer-seen");
    case EventKind::DatagramsDropped: return QCoreApplication::translate("EventKind", "datagrams-dropped");
    }
    return eventKindName(kind);
}

bool isKnownEventKind(quint8 value)
{
    return value >= quint8(EventKind::Listening) && value <= quint8(EventKind::DatagramsDropped);
}

quint64 droppedCountOf(const QString &detail)
{
    const qsizetype space = detail.indexOf(QLatin1Char(' '));
    return detail.left(space < 0 ? detail.size() : space).toULongLong();
}
