// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"
#include "session.h"
#include "workbench.h"

#include "sessionreader.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// What the tests that drive sockets through a Workbench start each test function from: a new
// session recording into a temporary directory, a Workbench on it, and a SessionReader of what it
// records. A test class derives from it, calls createWorkbench() in init() and destroyWorkbench()
// in cleanup().
class WorkbenchFixture
{
protected:
    // timeoutMs bounds each wait for the Workbench to report.
    explicit WorkbenchFixture(int timeoutMs)
        : m_timeoutMs(timeoutMs)
    {
    }

    // Fails the current test when the session cannot record.
    void createWorkbench()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
        m_session = std::make_unique<Session>(std::make_unique<SessionClock>());
        QString error;
        QVERIFY2(
            m_session->startRecording(m_dir->filePath(QStringLiteral("session.socketlab")), &error),
            qPrintable(error));
        m_workbench = std::make_unique<Workbench>(*m_session);
        m_log = std::make_unique<SessionReader>(*m_session);
    }

    // In this order: the Workbench closes its sockets while its session is still there, and the
    // session writes its end record before its directory goes.
    void destroyWorkbench()
    {
        m_log.reset();
        m_workbench.reset();
        m_session.reset();
        m_dir.reset();
    }

    // Has the Workbench listen, and waits until the log says whether that worked. Fails the current
    // test unless it did, so callers check QTest::currentTestFailed(); *port is the port it got.
    void startListener(const Workbench::ListenOptions &options, ConnectionId *id, quint16 *port)
    {
        *id = m_workbench->listen(options);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_log->has(*id, EventKind::Listening) || m_log->has(*id, EventKind::ListenFailed),
            m_timeoutMs);
        QVERIFY2(m_log->has(*id, EventKind::Listening),
            qPrintable(m_log->detail(*id, EventKind::ListenFailed)));
        *port = m_log->info(*id).localPort;
        QVERIFY(*port != 0);
    }

    // The table's counters are derived from the log; both must tell the same story. Call it once
    // the connection is quiet: the table is updated a moment before the log.
    void verifyCountersMatchLog(ConnectionId id)
    {
        const SessionReader::Totals totals = m_log->totals(id);
        const ConnectionInfo connection = m_log->info(id);
        QCOMPARE(connection.bytesIn, totals.bytesIn);
        QCOMPARE(connection.chunksIn, totals.chunksIn);
        QCOMPARE(connection.bytesOut, totals.bytesOut);
        QCOMPARE(connection.chunksOut, totals.chunksOut);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<SessionReader> m_log;

private:
    int m_timeoutMs = 0;
};
