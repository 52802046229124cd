// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"
#include "session.h"

#include <QBuffer>
#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

// A session recorded by hand into a journal in a temporary directory: a ManualClock the test sets,
// identities and events recorded directly. Times are counted in ticks of nsPerTick nanoseconds, so
// that a test can write them in the unit its format uses.
class HandMadeSession
{
public:
    explicit HandMadeSession(const QDateTime &startedAt, qint64 nsPerTick = 1)
        : m_nsPerTick(nsPerTick)
    {
        auto clock = std::make_unique<ManualClock>();
        clock->setStartedAt(startedAt);
        m_clock = clock.get();
        session = std::make_unique<Session>(std::move(clock));
        QString error;
        m_started = m_dir.isValid()
            && session->startRecording(m_dir.filePath(QStringLiteral("s.socketlab")), &error);
        if (!m_started)
            qWarning("cannot record: %s", qPrintable(error));
    }

    // Whether the journal could be opened; nothing can be recorded otherwise.
    bool started() const { return m_started; }

    ManualClock &clock() { return *m_clock; }

    void record(qint64 ticks, ConnectionId id, EventKind kind, const QByteArray &payload = {},
                const EventFacts &facts = {})
    {
        m_clock->set(ticks * m_nsPerTick);
        session->record(id, kind, payload, facts);
    }

    void recordText(qint64 ticks, ConnectionId id, EventKind kind, const QString &detail,
                    const EventFacts &facts = {})
    {
        record(ticks, id, kind, detail.toUtf8(), facts);
    }

    // The whole session in this format, as exportSession() writes it.
    QByteArray exported(ExportFormat format) const
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!exportSession(*session, format, buffer, {}, &error))
            qWarning("export failed: %s", qPrintable(error));
        return buffer.data();
    }

private:
    // Declared first, so removed last: after the session has closed its journal.
    QTemporaryDir m_dir;

public:
    std::unique_ptr<Session> session;

private:
    ManualClock *m_clock = nullptr;
    qint64 m_nsPerTick = 1;
    bool m_started = false;
};
