// SPDX-License-Identifier: GPL-3.0-or-later
// The native socket calls Qt does not wrap.
#include "socketoptions.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <sys/resource.h>
#include <sys/socket.h>

class tst_SocketOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openFileLimitIsRaisedToTheHardLimit()
    {
        rlimit original{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &original), 0);
        if (original.rlim_max <= 64)
            QSKIP("the hard limit leaves nothing to raise");
        rlimit lowered = original;
        lowered.rlim_cur = 64;
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &lowered), 0);

        const qint64 now = SocketOptions::raiseOpenFileLimit();
        rlimit after{};
        ::getrlimit(RLIMIT_NOFILE, &after);
        ::setrlimit(RLIMIT_NOFILE, &original);
        QCOMPARE(after.rlim_cur, original.rlim_max);
        QCOMPARE(quint64(now), quint64(original.rlim_max));
    }

    // shutdown(SHUT_WR) sends FIN but keeps reading, and the kernel reports the peer's FIN.
    void halfCloseAndPeerFin()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(client.waitForConnected(5000));
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *accepted = server.nextPendingConnection();
        const qintptr probe = SocketOptions::duplicate(accepted->socketDescriptor());
        QVERIFY(probe >= 0);

        QVERIFY(SocketOptions::shutdownWrite(client.socketDescriptor()));
        // The accepted side reads the end of the stream...
        QTRY_COMPARE(SocketOptions::peerCloseKind(probe), SocketOptions::PeerClose::Fin);
        // ...and can still talk to the half-closed client. (Through the duplicate: QTcpSocket
        // has no half-open state and closes at the end of the stream.)
        QCOMPARE(::send(int(probe), "still here", 10, 0), ssize_t(10));
        QVERIFY(client.waitForReadyRead(5000));
        QCOMPARE(client.readAll(), QByteArrayLiteral("still here"));
        SocketOptions::closeDuplicate(probe);
    }

    void resetOnCloseSendsRst()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(client.waitForConnected(5000));
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *accepted = server.nextPendingConnection();
        const qintptr probe = SocketOptions::duplicate(accepted->socketDescriptor());

        QVERIFY(SocketOptions::setResetOnClose(client.socketDescriptor()));
        client.abort();
        QTRY_COMPARE(SocketOptions::peerCloseKind(probe), SocketOptions::PeerClose::Reset);
        SocketOptions::closeDuplicate(probe);
    }
};

QTEST_GUILESS_MAIN(tst_SocketOptions)
#include "tst_socketoptions.moc"
