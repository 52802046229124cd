// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalwriter.h"

#include "journal.h"

#include <QThread>

JournalWriter::JournalWriter(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_thread(QThread::create([this] { run(); }))
{
    m_thread->setObjectName(QStringLiteral("journal writer"));
    m_thread->start();
}

JournalWriter::~JournalWriter()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wakeUp.wakeOne();
    }
    m_thread->wait();
    delete m_thread;
}

void JournalWriter::wake()
{
    QMutexLocker lock(&m_mutex);
    m_woken = true;
    m_wakeUp.wakeOne();
}

void JournalWriter::run()
{
    QMutexLocker lock(&m_mutex);
    bool failing = false;
    while (!m_stopping) {
        if (!m_woken)
            m_wakeUp.wait(&m_mutex, failing ? RetryIntervalMs : FlushIntervalMs);
        m_woken = false;
        lock.unlock();
        const quint64 before = m_journal.writtenSize();
        // A failure (a full disk) keeps the bytes in memory; the next round retries them.
        failing = !m_journal.flush();
        const quint64 after = m_journal.writtenSize();
        if (after != before)
            Q_EMIT written(after);
        if (failing)
            Q_EMIT failed();
        lock.relock();
    }
}
