// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpkernelreader.h"

#include <QTest>

// The /proc/net/tcp parser over fixed text: the kernel prints each 32-bit word of an address in
// host byte order, so the fixtures are those of a little-endian machine (x86, arm64) and, for a
// big-endian one, the same addresses as it would print them.
class TestTcpKernelReader : public QObject
{
    Q_OBJECT

private:
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    static constexpr const char *Loopback4 = "0100007F";
    static constexpr const char *Mapped127 = "0000000000000000FFFF00000100007F";
    static constexpr const char *Loopback6 = "00000000000000000000000001000000";
    static constexpr const char *Doc6 = "B80D0120000000000000000001000000"; // 2001:db8::1
    static constexpr const char *Lan4 = "1401A8C0"; // 192.168.1.20
#else
    static constexpr const char *Loopback4 = "7F000001";
    static constexpr const char *Mapped127 = "00000000000000000000FFFF7F000001";
    static constexpr const char *Loopback6 = "00000000000000000000000000000001";
    static constexpr const char *Doc6 = "20010DB8000000000000000000000001";
    static constexpr const char *Lan4 = "C0A80114";
#endif

    static QByteArray tcp4()
    {
        return QByteArrayLiteral("  sl  local_address rem_address   st tx_queue rx_queue tr "
                                 "tm->when retrnsmt   uid  timeout inode\n")
            + QByteArray("   0: ") + Loopback4
            + ":1F90 00000000:0000 0A 00000000:00000002 00:00000000 00000000  1000        0 4242 1 "
              "0000000000000000 100 0 0 10 0\n"
            + QByteArray("   1: ") + Loopback4 + ":1F90 " + Loopback4
            + ":D431 01 00000010:00000020 00:00000000 00000003  1000        0 4243 1 "
              "0000000000000000 20 4 30 10 -1\n"
            + QByteArray("   2: ") + Loopback4 + ":D432 " + Loopback4
            + ":1F90 06 00000000:00000000 03:00001770 00000000     0        0 0 3 "
              "0000000000000000\n"
            + QByteArray("   3: ") + Lan4 + ":2328 " + Lan4
            + ":C350 08 00000000:00000005 00:00000000 00000000  1000        0 4244 1 "
              "0000000000000000\n";
    }

    static QByteArray tcp6()
    {
        return QByteArrayLiteral(
                   "  sl  local_address                         remote_address                     "
                   "   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n")
            + QByteArray("   0: 00000000000000000000000000000000:2328 "
                         "00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 "
                         "00000000  1000        0 5000 1 0000000000000000 100 0 0 10 0\n")
            + QByteArray("   1: ") + Mapped127 + ":2328 " + Mapped127
            + ":9C40 05 00000000:00000000 00:00000000 00000000  1000        0 5001 1 "
              "0000000000000000 20 4 30 10 -1\n"
            + QByteArray("   2: ") + Loopback6 + ":2329 " + Doc6
            + ":0050 02 00000001:00000000 01:00000100 00000002  1000        0 5002 1 "
              "0000000000000000\n";
    }

private Q_SLOTS:
    void parsesIpv4Lines()
    {
        const auto entries = TcpKernelReader::parseProcNetTcp(tcp4());
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries[0].localAddress, QHostAddress(QStringLiteral("127.0.0.1")));
        QCOMPARE(entries[0].localPort, quint16(8080));
        QCOMPARE(entries[0].remotePort, quint16(0));
        QCOMPARE(entries[0].state, TcpState::Listen);
        QCOMPARE(entries[0].receiveQueue, 2u); // a listener: connections waiting for accept()
        QCOMPARE(entries[0].inode, 4242u);

        QCOMPARE(entries[1].remoteAddress, QHostAddress(QStringLiteral("127.0.0.1")));
        QCOMPARE(entries[1].remotePort, quint16(54321));
        QCOMPARE(entries[1].state, TcpState::Established);
        QCOMPARE(entries[1].sendQueue, 16u);
        QCOMPARE(entries[1].receiveQueue, 32u);
        QCOMPARE(entries[1].retransmits, 3u);

        QCOMPARE(entries[2].state, TcpState::TimeWait); // the short TIME_WAIT line format
        QCOMPARE(entries[2].inode, 0u);
        QCOMPARE(entries[3].localAddress, QHostAddress(QStringLiteral("192.168.1.20")));
        QCOMPARE(entries[3].remotePort, quint16(50000));
        QCOMPARE(entries[3].state, TcpState::CloseWait);
    }

    void parsesIpv6Lines()
    {
        const auto entries = TcpKernelReader::parseProcNetTcp(tcp6());
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].localAddress, QHostAddress(QStringLiteral("::")));
        QCOMPARE(entries[0].state, TcpState::Listen);
        QCOMPARE(entries[1].localAddress, QHostAddress(QStringLiteral("::ffff:127.0.0.1")));
        QCOMPARE(entries[1].remotePort, quint16(40000));
        QCOMPARE(entries[1].state, TcpState::FinWait2);
        QCOMPARE(entries[2].localAddress, QHostAddress(QStringLiteral("::1")));
        QCOMPARE(entries[2].remoteAddress, QHostAddress(QStringLiteral("2001:db8::1")));
        QCOMPARE(entries[2].remotePort, quint16(80));
        QCOMPARE(entries[2].state, TcpState::SynSent);
        QCOMPARE(entries[2].retransmits, 2u);
    }

    void skipsMalformedLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only")
            << QByteArray("  sl  local_address rem_address   st tx_queue rx_queue tr");
        QTest::newRow("too few fields") << QByteArray("   0: 0100007F:1F90 00000000:0000 0A");
        QTest::newRow("state 0") << QByteArray(
            "   0: 0100007F:1F90 00000000:0000 00 00000000:00000000 00:00000000 00000000 0 0 1");
        QTest::newRow("state 0x0F") << QByteArray(
            "   0: 0100007F:1F90 00000000:0000 0F 00000000:00000000 00:00000000 00000000 0 0 1");
        QTest::newRow("short address") << QByteArray(
            "   0: 00007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1");
        QTest::newRow("port too big") << QByteArray(
            "   0: 0100007F:11F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1");
        QTest::newRow("not hex") << QByteArray(
            "   0: 0100007G:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1");
        QTest::newRow("no queues") << QByteArray(
            "   0: 0100007F:1F90 00000000:0000 0A 00000000 00:00000000 00000000 0 0 1");
        QTest::newRow("bad inode") << QByteArray(
            "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 x");
    }

    void skipsMalformedLines()
    {
        QFETCH(QByteArray, line);
        const QByteArray good = tcp4();
        const auto entries = TcpKernelReader::parseProcNetTcp(line + '\n' + good + line);
        QCOMPARE(entries.size(), 4); // the bad line is skipped, the good ones stay
    }

    void findsConnectionsByAddresses()
    {
        const auto entries = TcpKernelReader::parseProcNetTcp(tcp4() + tcp6());
        const QHostAddress loopback(QStringLiteral("127.0.0.1"));
        // The accepted side of a connection, and its client side in TIME_WAIT.
        auto found = TcpKernelReader::findEntry(entries, loopback, 8080, loopback, 54321);
        QVERIFY(found);
        QCOMPARE(found->state, TcpState::Established);
        found = TcpKernelReader::findEntry(entries, loopback, 54322, loopback, 8080);
        QVERIFY(found);
        QCOMPARE(found->state, TcpState::TimeWait);
        // Reversed addresses are another socket.
        QVERIFY(!TcpKernelReader::findEntry(entries, loopback, 54321, loopback, 8080));
        // A dual-stack socket reports IPv4-mapped addresses; either form finds it.
        found = TcpKernelReader::findEntry(entries, loopback, 9000, loopback, 40000);
        QVERIFY(found);
        QCOMPARE(found->state, TcpState::FinWait2);
        found
            = TcpKernelReader::findEntry(entries, QHostAddress(QStringLiteral("::ffff:127.0.0.1")),
                9000, QHostAddress(QStringLiteral("::ffff:127.0.0.1")), 40000);
        QVERIFY(found);
        QCOMPARE(found->state, TcpState::FinWait2);
    }

    void findsListeners()
    {
        const auto entries = TcpKernelReader::parseProcNetTcp(tcp4() + tcp6());
        auto found = TcpKernelReader::findEntry(
            entries, QHostAddress(QStringLiteral("127.0.0.1")), 8080, {}, 0);
        QVERIFY(found);
        QCOMPARE(found->state, TcpState::Listen);
        QCOMPARE(found->inode, 4242u);
        // QHostAddress::Any is a dual-stack socket: the kernel prints "::".
        found = TcpKernelReader::findEntry(entries, QHostAddress(QHostAddress::Any), 9000, {}, 0);
        QVERIFY(found);
        QCOMPARE(found->inode, 5000u);
        QVERIFY(!TcpKernelReader::findEntry(
            entries, QHostAddress(QStringLiteral("127.0.0.1")), 8081, {}, 0));
    }

    void namesStates()
    {
        QCOMPARE(tcpStateName(TcpState::Established), QStringLiteral("ESTABLISHED"));
        QCOMPARE(tcpStateName(TcpState::FinWait2), QStringLiteral("FIN_WAIT_2"));
        QCOMPARE(tcpStateName(TcpState::CloseWait), QStringLiteral("CLOSE_WAIT"));
        QCOMPARE(tcpStateName(TcpState::TimeWait), QStringLiteral("TIME_WAIT"));
        QCOMPARE(tcpStateName(TcpState::NewSynReceived), QStringLiteral("SYN_RECEIVED"));
    }
};

QTEST_GUILESS_MAIN(TestTcpKernelReader)
#include "tst_tcpkernelreader.moc"
