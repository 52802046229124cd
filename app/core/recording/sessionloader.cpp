// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionloader.h"

#include "journalreader.h"
#include "session.h"

#include <QCoreApplication>
#include <QThread>

#include <memory>

SessionLoader::SessionLoader(QObject *parent)
    : QObject(parent)
{
}

SessionLoader::~SessionLoader()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

namespace {

std::unique_ptr<JournalReader> openReader(Session &session, const QString &path, QString *error)
{
    auto reader = std::make_unique<JournalReader>();
    if (!reader->open(path, error) || !session.openForReading(path, reader->startedAt(), error))
        return nullptr;
    return reader;
}

} // namespace

SessionLoader::Outcome SessionLoader::replay(JournalReader &reader, Session &session,
                                             const std::atomic<bool> &cancelled)
{
    Outcome outcome;
    JournalReader::Record record;
    for (;;) {
        if (cancelled.load(std::memory_order_relaxed)) {
            outcome.problem = QCoreApplication::translate("SessionLoader", "Loading was cancelled");
            break;
        }
        const JournalReader::Result result = reader.next(&record);
        if (result == JournalReader::Result::End) {
            outcome.complete = true;
            break;
        }
        if (result == JournalReader::Result::Damaged) {
            outcome.problem = reader.problem();
            break;
        }
        switch (record.type) {
        case Journal::ConnectionRecord: session.replayIdentity(record.identity); break;
        case Journal::EventRecord:
            session.replayEvent(record.event);
            ++outcome.events;
            break;
        case Journal::PacketRecord: session.replayPacket(record.packet); break;
        case Journal::CaptureStatisticsRecord: session.wire().setStatistics(record.statistics); break;
        case Journal::FactsRecord: break;   // JournalReader hands facts over with their event
        case Journal::EndRecord:
            outcome.closedCleanly = true;
            if (record.endNs > session.clock().nowNs())
                session.clock().freezeAt(record.endNs);
            break;
        }
    }
    outcome.goodBytes = reader.position();
    session.setReplayed(outcome.goodBytes, outcome.closedCleanly);
    return outcome;
}

bool SessionLoader::start(Session &session, const QString &path, QString *error)
{
    if (m_thread) {
        *error = QCoreApplication::translate("SessionLoader", "This loader has already been started");
        return false;
    }
    std::shared_ptr<JournalReader> reader = openReader(session, path, error);
    if (!reader)
        return false;
    m_thread = QThread::create([this, reader, &session] { m_outcome = replay(*reader, session, m_cancelled); });
    connect(m_thread, &QThread::finished, this, [this] { Q_EMIT finished(m_outcome); });
    m_thread->start();
    return true;
}

bool SessionLoader::load(Session &session, const QString &path, Outcome *outcome, QString *error)
{
    const std::unique_ptr<JournalReader> reader = openReader(session, path, error);
    if (!reader)
        return false;
    const std::atomic<bool> never{false};
    *outcome = replay(*reader, session, never);
    return true;
}

bool SessionLoader::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SessionLoader::cancel()
{
    m_cancelled.store(true, std::memory_order_relaxed);
}
