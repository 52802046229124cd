// SPDX-License-Identifier: GPL-3.0-or-later
// "Save as": a copy of a live session reopens complete, with every event and byte.
#include "exportformat.h"
#include "session.h"
#include "sessionloader.h"
#include "workbench.h"

#include <QBuffer>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

class tst_SessionCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyOfALiveSessionReopensComplete()
    {
        QTemporaryDir dir;
        Session session(std::make_unique<SessionClock>());
        QString error;
        QVERIFY2(session.startRecording(dir.filePath(QStringLiteral("live.socketlab")), &error), qPrintable(error));
        Workbench workbench(session);
        const ConnectionId listener = workbench.listen({QHostAddress(QHostAddress::LocalHost), 0, true});
        QTRY_VERIFY(session.connections().find(listener) && session.connections().find(listener)->localPort);
        const ConnectionId client = workbench.connectTo({QStringLiteral("127.0.0.1"), session.connections().find(listener)->localPort});
        QTRY_COMPARE(session.connections().find(client)->state, ConnectionState::Connected);
        QByteArray everyByte;
        for (int i = 0; i < 256; ++i)
            everyByte.append(char(i));
        workbench.send(client, everyByte);
        QTRY_COMPARE(session.connections().find(client)->bytesIn, quint64(256));   // the echo came back

        // Saved while the session is still recording, part of it possibly not yet on disk.
        const QString copyPath = dir.filePath(QStringLiteral("saved.socketlab"));
        QSaveFile copy(copyPath);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        const qint64 eventsAtCopy = session.log().count();
        qint64 lastDone = -1, lastTotal = -1;
        QVERIFY2(exportSession(session, ExportFormat::Session, copy,
                               [&](qint64 done, qint64 total) {
                                   lastDone = done;
                                   lastTotal = total;
                                   return true;
                               },
                               &error),
                 qPrintable(error));
        QVERIFY(copy.commit());
        QCOMPARE(lastDone, lastTotal);

        Session reopened(std::make_unique<SessionClock>());
        SessionLoader::Outcome outcome;
        QVERIFY2(SessionLoader::load(reopened, copyPath, &outcome, &error), qPrintable(error));
        QVERIFY2(outcome.complete, qPrintable(outcome.problem));
        QVERIFY(outcome.closedCleanly);
        QVERIFY(reopened.log().count() >= eventsAtCopy);
        for (qint64 i = 0; i < eventsAtCopy; ++i) {
            const TrafficEvent &a = session.log().event(i);
            const TrafficEvent &b = reopened.log().event(i);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.connection, a.connection);
            QCOMPARE(b.timeNs, a.timeNs);
            QCOMPARE(reopened.log().payload(b), session.log().payload(a));
        }
        QCOMPARE(reopened.connections().find(client)->bytesIn, quint64(256));
        QCOMPARE(reopened.clock().startedAt().toMSecsSinceEpoch(), session.clock().startedAt().toMSecsSinceEpoch());
    }

    void copyOfAReopenedSessionIsByteIdentical()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("a.socketlab"));
        {
            Session session(std::make_unique<SessionClock>());
            QString error;
            QVERIFY(session.startRecording(original, &error));
            ConnectionInfo info;
            info.id = session.connections().reserveId();
            info.name = QStringLiteral("C1");
            session.setIdentity(info);
            session.record(info.id, EventKind::Sent, QByteArrayLiteral("hello"));
        }
        Session reopened(std::make_unique<SessionClock>());
        SessionLoader::Outcome outcome;
        QString error;
        QVERIFY(SessionLoader::load(reopened, original, &outcome, &error));
        QByteArray copy;
        {
            QBuffer buffer(&copy);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY2(exportSession(reopened, ExportFormat::Session, buffer, {}, &error), qPrintable(error));
        }
        QFile file(original);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(copy, file.readAll());
    }
};

QTEST_GUILESS_MAIN(tst_SessionCopy)
#include "tst_sessioncopy.moc"
