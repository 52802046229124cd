// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfacts.h"

#include <QCoreApplication>

#include <array>

namespace {

// Index = the enum's value. Names are written into exports and read from lesson files.
const std::array<const char *, size_t(ErrorCode::LastErrorCode) + 1> ErrorNames = {
    "", "other", "connection-refused", "host-not-found", "timeout", "address-in-use",
    "permission-denied", "reset-by-peer", "address-not-available", "network-unreachable",
    "out-of-resources", "not-connected", "broken-pipe", "unsent-data-dropped",
};
const std::array<const char *, size_t(CloseKind::LastCloseKind) + 1> CloseNames = {
    "", "fin", "rst", "half-close", "cancelled",
};
const std::array<const char *, size_t(CloseSide::LastCloseSide) + 1> SideNames = {
    "", "us", "peer",
};

template<typename Enum, size_t N>
bool fromName(const std::array<const char *, N> &names, const QString &name, Enum *value)
{
    for (size_t i = 1; i < N; ++i) {
        if (name == QLatin1String(names[i])) {
            *value = Enum(i);
            return true;
        }
    }
    return false;
}

} // namespace

QString errorCodeName(ErrorCode code)
{
    return isKnownErrorCode(quint8(code)) ? QString::fromLatin1(ErrorNames[size_t(code)]) : QString();
}

QString closeKindName(CloseKind kind)
{
    return isKnownCloseKind(quint8(kind)) ? QString::fromLatin1(CloseNames[size_t(kind)]) : QString();
}

QString closeSideName(CloseSide side)
{
    return isKnownCloseSide(quint8(side)) ? QString::fromLatin1(SideNames[size_t(side)]) : QString();
}

bool errorCodeFromName(const QString &name, ErrorCode *code)
{
    return fromName(ErrorNames, name, code);
}

bool closeKindFromName(const QString &name, CloseKind *kind)
{
    return fromName(CloseNames, name, kind);
}

bool closeSideFromName(const QString &name, CloseSide *side)
{
    return fromName(SideNames, name, side);
}

bool isKnownErrorCode(quint8 value)
{
    return value <= quint8(ErrorCode::LastErrorCode);
}

bool isKnownCloseKind(quint8 value)
{
    return value <= quint8(CloseKind::LastCloseKind);
}

bool isKnownCloseSide(quint8 value)
{
    return value <= quint8(CloseSide::LastCloseSide);
}

QString describeClose(const EventFacts &facts)
{
    const char *text = nullptr;
    const bool us = facts.by == CloseSide::Us;
    const bool peer = facts.by == CloseSide::Peer;
    switch (facts.close) {
    case CloseKind::None: return QString();
    case CloseKind::Fin:
        text = us ? QT_TRANSLATE_NOOP("EventFacts", "FIN by us")
                  : peer ? QT_TRANSLATE_NOOP("EventFacts", "FIN by the peer") : QT_TRANSLATE_NOOP("EventFacts", "FIN");
        break;
    case CloseKind::Reset:
        text = us ? QT_TRANSLATE_NOOP("EventFacts", "RST by us")
                  : peer ? QT_TRANSLATE_NOOP("EventFacts", "RST by the peer") : QT_TRANSLATE_NOOP("EventFacts", "RST");
        break;
    case CloseKind::HalfClose: text = QT_TRANSLATE_NOOP("EventFacts", "half-close: shutdown(SHUT_WR) by us"); break;
    case CloseKind::Cancelled: text = QT_TRANSLATE_NOOP("EventFacts", "never connected"); break;
    }
    return QCoreApplication::translate("EventFacts", text);
}
