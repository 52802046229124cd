// SPDX-License-Identifier: GPL-3.0-or-later
// The journal gate's promise with answers batched per turn of the event loop: an answer (echo,
// relay, a responder's reply) leaves only once its record is in the file; the answers of one turn
// leave together at its end, in the order they were recorded; a send or a settle() that comes
// first takes them along, ahead of itself. (The promise under a full disk and kill -9, end to end,
// is tst_fulldisk's and tst_crashrecovery's; a reply that a close follows, tst_responderclients'.)
#include "journalgate.h"
#include "session.h"
#include "sessionclock.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Release
{
    ConnectionId connection;
    QByteArray bytes;
    qint64 fileSize;   // the recording's size on disk when the bytes were released
};

} // namespace

class tst_JournalGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void answersLeaveTogetherAtTheEndOfTheTurn();
    void settleReleasesAnswersAtOnce();
    void aSendTakesWaitingAnswersAheadOfItself();
    void largeAnswersDoNotWaitForTheTurn();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<JournalGate> m_gate;
    QList<Release> m_released;
};

void tst_JournalGate::init()
{
    QVERIFY(m_dir.isValid());
    m_session = std::make_unique<Session>(std::make_unique<SessionClock>());
    QString error;
    QVERIFY2(m_session->startRecording(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".socketlab")), &error), qPrintable(error));
    m_gate = std::make_unique<JournalGate>(*m_session);
    m_released.clear();
    connect(m_gate.get(), &JournalGate::released, this, [this](ConnectionId connection, const QByteArray &bytes) {
        m_released.append({connection, bytes, QFileInfo(m_session->journalPath()).size()});
    });
}

void tst_JournalGate::cleanup()
{
    m_gate.reset();
    m_session.reset();
}

void tst_JournalGate::answersLeaveTogetherAtTheEndOfTheTurn()
{
    QSignalSpy batches(m_gate.get(), &JournalGate::batchReleased);
    m_gate->recordAnswer(1, "first");
    m_gate->recordAnswer(2, "second");
    m_gate->recordAnswer(1, "third");
    const qint64 recorded = qint64(m_session->journal().size());
    QVERIFY(m_released.isEmpty());   // not from inside the caller: at the end of the turn
    QVERIFY(batches.wait());
    QCOMPARE(batches.count(), 1);
    QCOMPARE(m_released.size(), 3);
    QCOMPARE(m_released.at(0).bytes, QByteArray("first"));
    QCOMPARE(m_released.at(1).connection, ConnectionId(2));
    QCOMPARE(m_released.at(2).bytes, QByteArray("third"));
    for (const Release &release : std::as_const(m_released))
        QVERIFY2(release.fileSize >= recorded, "released before its record was in the file");
    // Every answer is in the log as sent, once.
    QCOMPARE(m_session->log().count(), 3);
}

void tst_JournalGate::settleReleasesAnswersAtOnce()
{
    m_gate->recordAnswer(1, "reply");
    m_gate->recordAnswer(1, "more");
    const qint64 recorded = qint64(m_session->journal().size());
    m_gate->settle();   // as a close does before its FIN
    QCOMPARE(m_released.size(), 2);
    QCOMPARE(m_released.at(0).bytes, QByteArray("reply"));
    QCOMPARE(m_released.at(1).bytes, QByteArray("more"));
    QVERIFY(m_released.at(0).fileSize >= recorded);
    // Nothing is left for the end of the turn.
    QSignalSpy batches(m_gate.get(), &JournalGate::batchReleased);
    QVERIFY(batches.wait());
    QCOMPARE(m_released.size(), 2);
}

void tst_JournalGate::aSendTakesWaitingAnswersAheadOfItself()
{
    m_gate->recordAnswer(1, "answer");
    QVERIFY(m_gate->recordOutgoing(1, "send"));   // the caller hands "send" over after this
    QCOMPARE(m_released.size(), 1);
    QCOMPARE(m_released.at(0).bytes, QByteArray("answer"));
    QVERIFY(m_released.at(0).fileSize >= qint64(m_session->journal().size()));   // both in the file
}

void tst_JournalGate::largeAnswersDoNotWaitForTheTurn()
{
    // A flood's echo: 64 KiB together are one large write anyway; holding them grows the queue.
    m_gate->recordAnswer(1, QByteArray(40 * 1024, 'a'));
    QVERIFY(m_released.isEmpty());
    m_gate->recordAnswer(1, QByteArray(40 * 1024, 'b'));
    QCOMPARE(m_released.size(), 2);
    QCOMPARE(m_released.at(1).bytes.front(), 'b');
}

QTEST_GUILESS_MAIN(tst_JournalGate)
#include "tst_journalgate.moc"
