// SPDX-License-Identifier: GPL-3.0-or-later
// The accept guard and its owner's pause: running out of descriptors must not undo it.
#include "acceptguard.h"
#include "tcplisteningsocket.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <cerrno>
#include <unistd.h>

namespace {

// What the guard's owner does with each connection: here, closes it.
void closeEachAccepted(TcpListeningSocket &listener)
{
    QObject::connect(&listener, &TcpListeningSocket::accepted, &listener,
        [](const AcceptedSocket &socket) { ::close(int(socket.descriptor)); });
}

} // namespace

class tst_AcceptGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A teacher paused accepting to show the backlog filling up; then accept() failed (as it does
    // at EMFILE). Once descriptors are free the guard ends its refusing spell, and accepting
    // must stay paused until the teacher resumes it.
    void ownersPauseOutlastsARefusingSpell()
    {
        TcpListeningSocket server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        closeEachAccepted(server);
        auto *guard = new AcceptGuard(&server);
        QSignalSpy notices(guard, &AcceptGuard::notice);
        guard->setAcceptingPaused(true);
        QVERIFY(!guard->isAccepting());

        Q_EMIT server.acceptFailed(EMFILE, QStringLiteral("Too many open files"));
        // Paused with a problem notice; descriptors being free, the spell ended at its first check.
        QCOMPARE(notices.count(), 2);
        QVERIFY(notices.at(0).at(0).toString().startsWith(QStringLiteral("accept() paused")));
        QVERIFY(notices.at(0).at(1).toBool());
        QVERIFY2(notices.at(1).at(0).toString().startsWith(QStringLiteral(
                     "descriptors are free again; accepting stays paused, as asked")),
            qPrintable(notices.at(1).at(0).toString()));
        QVERIFY(!notices.at(1).at(1).toBool());
        QVERIFY(!guard->isRefusing());
        QVERIFY(!guard->isAccepting());

        // A client completes the handshake with the kernel and waits in the backlog, unaccepted,
        // through more than one of the guard's retry periods.
        QSignalSpy accepted(&server, &TcpListeningSocket::accepted);
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(client.waitForConnected(5000));
        QVERIFY(!accepted.wait(2 * AcceptGuard::RetryMs));

        guard->setAcceptingPaused(false);
        QVERIFY(guard->isAccepting());
        QVERIFY(accepted.wait(5000));
    }

    void resumesWhenItsOwnerDoesNotHoldIt()
    {
        TcpListeningSocket server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        closeEachAccepted(server);
        auto *guard = new AcceptGuard(&server);
        QSignalSpy notices(guard, &AcceptGuard::notice);
        Q_EMIT server.acceptFailed(EMFILE, QStringLiteral("Too many open files"));
        QCOMPARE(notices.count(), 2);
        QVERIFY2(notices.at(1).at(0).toString().startsWith(
                     QStringLiteral("accept() resumed: descriptors are free again")),
            qPrintable(notices.at(1).at(0).toString()));
        QVERIFY(guard->isAccepting());

        QSignalSpy accepted(&server, &TcpListeningSocket::accepted);
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(accepted.wait(5000));
    }
};

QTEST_GUILESS_MAIN(tst_AcceptGuard)
#include "tst_acceptguard.moc"
