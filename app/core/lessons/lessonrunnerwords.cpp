// SPDX-License-Identifier: GPL-3.0-or-later
// LessonRunner, continued: its words. What a step's conditions ask for and what a role's socket is
// now, as the panel and a headless run print them. Split from lessonrunner.cpp, which plays the
// steps.
#include "lessonrunner.h"

#include "byteformat.h"
#include "packetdecoder.h"

QString LessonRunner::describeCondition(const LessonCondition &condition) const
{
    const QString role = condition.role;
    switch (condition.kind) {
    case LessonConditionKind::Event: {
        QString text = tr("%1: %2").arg(role, eventKindName(condition.event));
        QStringList facts;
        if (condition.error)
            facts << errorCodeName(*condition.error);
        if (condition.close)
            facts << closeKindName(*condition.close);
        if (condition.closedBy)
            facts << tr("by %1").arg(closeSideName(*condition.closedBy));
        if (!facts.isEmpty())
            text += tr(" (%1)").arg(facts.join(QStringLiteral(", ")));
        if (condition.atLeast > 1)
            text += tr(" (%1 times)").arg(condition.atLeast);
        return text;
    }
    case LessonConditionKind::Stream: {
        const QString verb = condition.direction == Direction::In ? tr("received") : tr("sent");
        QStringList parts;
        if (condition.hasEquals)
            parts << tr("exactly “%1”").arg(escapeBytes(condition.equals, 80));
        if (condition.hasContains)
            parts << tr("“%1”").arg(escapeBytes(condition.contains, 80));
        if (condition.atLeastBytes > 0)
            parts << tr("at least %1").arg(formatByteCount(double(condition.atLeastBytes)));
        if (!condition.sameAs.isEmpty())
            parts << (condition.direction == Direction::In ? tr("exactly what %1 sent (SHA-256)")
                                                           : tr("exactly what %1 received (SHA-256)"))
                         .arg(condition.sameAs);
        if (condition.hasSizes) {
            QStringList sizes;
            for (qint64 size : condition.sizes)
                sizes << QString::number(size);
            parts << tr("in pieces of exactly %1 bytes").arg(sizes.join(QStringLiteral(", ")));
        }
        return tr("%1: %2 %3").arg(role, verb, parts.join(tr(" and ")));
    }
    case LessonConditionKind::State:
        return tr("%1: %2").arg(role, connectionStateName(condition.state));
    case LessonConditionKind::Wire: {
        // "client sent on the wire: SYN, MSS 536 (8 times)"
        QStringList parts;
        static const QList<QPair<quint8, const char *>> flagNames{{DecodedPacket::Syn, "SYN"},
                                                                  {DecodedPacket::Fin, "FIN"},
                                                                  {DecodedPacket::Rst, "RST"},
                                                                  {DecodedPacket::Psh, "PSH"},
                                                                  {DecodedPacket::Ack, "ACK"}};
        for (const auto &[bit, name] : flagNames) {
            if (condition.wireFlags & bit)
                parts << QLatin1String(name);
        }
        if (condition.wirePayload)
            parts << tr("data");
        if (condition.wireZeroWindow)
            parts << tr("window 0");
        if (condition.wireMss >= 0)
            parts << tr("MSS %1").arg(condition.wireMss);
        QString text = (condition.direction == Direction::In ? tr("%1 received on the wire: %2")
                                                             : tr("%1 sent on the wire: %2"))
                           .arg(role, parts.isEmpty() ? tr("a packet") : parts.join(QStringLiteral(", ")));
        if (condition.atLeast > 1)
            text += tr(" (%1 times)").arg(condition.atLeast);
        return text;
    }
    case LessonConditionKind::Message: {
        const auto message = receivedMessage(role);
        const auto info = infoOf(role);
        if (!message || !info)
            return tr("%1: a mail message (DATA, the message, a line with a lone '.')").arg(role);
        return tr("%1: %2 received a message of %3 bytes from %4")
            .arg(role, info->name)
            .arg(message->size())
            .arg(info->peerEndpoint());
    }
    }
    return role;
}

QStringList LessonRunner::describeConditions(int index) const
{
    QStringList lines;
    for (const LessonCondition &condition : step(index).expect)
        lines << describeCondition(condition);
    return lines;
}

QString LessonRunner::describeRole(const QString &role) const
{
    const auto info = infoOf(role);
    if (!info)
        return tr("%1: not created yet").arg(role);
    const QString state = connectionStateName(info->state);
    if (info->isListener())
        return tr("%1 = %2  %3  %4, %n accepted", nullptr, int(info->acceptedCount))
            .arg(role, info->name, info->localEndpoint(), state);
    if (info->role == ConnectionRole::UdpSocket)
        return tr("%1 = %2  %3  %4, %5 datagram(s) in, %6 out, %7 dropped by the kernel")
            .arg(role, info->name, info->localEndpoint(), state)
            .arg(info->chunksIn)
            .arg(info->chunksOut)
            .arg(info->datagramsDropped)
            + (info->readingPaused ? tr(", not reading") : QString());
    const QString local
        = info->localEndpoint().isEmpty() ? QStringLiteral("…") : info->localEndpoint();
    const QString peer
        = info->peerEndpoint().isEmpty() ? QStringLiteral("…") : info->peerEndpoint();
    QString text = tr("%1 = %2  %3 → %4  %5").arg(role, info->name, local, peer, state);
    if (info->readingPaused)
        text += tr(", not reading");
    if (!info->lastError.isEmpty())
        text += tr(" (%1)").arg(info->lastError);
    return text;
}
