// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockqueue.h"

#include <QTest>

class TestBlockQueue : public QObject
{
    Q_OBJECT

private:
    // "abc" "defgh" "" "ij": a queue of ten letters over blocks of uneven sizes.
    static BlockQueue letters()
    {
        BlockQueue queue;
        queue.append(QByteArrayLiteral("abc"));
        queue.append(QByteArrayLiteral("defgh"));
        queue.append(QByteArray());
        queue.append(QByteArrayLiteral("ij"));
        return queue;
    }

    static QByteArray copied(const BlockQueue &queue, quint64 from, quint64 to)
    {
        QByteArray out = ">";
        queue.copy(from, to, out);
        return out;
    }

private Q_SLOTS:
    void countsBytesAndKeepsNonEmptyBlocks()
    {
        const BlockQueue queue = letters();
        QCOMPARE(queue.size(), 10u);
        QCOMPARE(queue.blocks().size(), 3);
        QVERIFY(!queue.isEmpty());
        QVERIFY(BlockQueue().isEmpty());
    }

    void copiesAnyRange_data()
    {
        QTest::addColumn<quint64>("from");
        QTest::addColumn<quint64>("to");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("all") << 0ull << 10ull << QByteArray(">abcdefghij");
        QTest::newRow("within a block") << 4ull << 6ull << QByteArray(">ef");
        QTest::newRow("across blocks") << 2ull << 9ull << QByteArray(">cdefghi");
        QTest::newRow("a block's first byte") << 3ull << 4ull << QByteArray(">d");
        QTest::newRow("a block's last byte") << 7ull << 8ull << QByteArray(">h");
        QTest::newRow("past the end is left out") << 8ull << 100ull << QByteArray(">ij");
        QTest::newRow("wholly past the end") << 10ull << 12ull << QByteArray(">");
        QTest::newRow("empty range") << 5ull << 5ull << QByteArray(">");
    }

    void copiesAnyRange()
    {
        QFETCH(quint64, from);
        QFETCH(quint64, to);
        QFETCH(QByteArray, expected);
        QCOMPARE(copied(letters(), from, to), expected);
    }

    void sharesBlocksInsteadOfCopyingThem()
    {
        const QByteArray block(1 << 16, 'x');
        BlockQueue queue;
        queue.append(block);
        QCOMPARE(queue.blocks().first().constData(), block.constData());
    }

    void dropsFrontBytes_data()
    {
        QTest::addColumn<quint64>("count");
        QTest::addColumn<QByteArray>("rest");
        QTest::newRow("nothing") << 0ull << QByteArray(">abcdefghij");
        QTest::newRow("a whole block") << 3ull << QByteArray(">defghij");
        QTest::newRow("into a block") << 5ull << QByteArray(">fghij");
        QTest::newRow("all") << 10ull << QByteArray(">");
        QTest::newRow("more than all") << 11ull << QByteArray(">");
    }

    void dropsFrontBytes()
    {
        QFETCH(quint64, count);
        QFETCH(QByteArray, rest);
        BlockQueue queue = letters();
        queue.dropFront(count);
        QCOMPARE(queue.size(), quint64(rest.size() - 1));
        QCOMPARE(copied(queue, 0, queue.size()), rest);
        // Offsets start again at the new front.
        if (queue.size() > 1)
            QCOMPARE(copied(queue, 1, 2), QByteArray(">") + rest.at(2));
    }

    void appendsAndSwapsQueues()
    {
        BlockQueue queue = letters();
        BlockQueue other;
        other.append(QByteArrayLiteral("kl"));
        queue.append(other);
        QCOMPARE(copied(queue, 8, 12), QByteArray(">ijkl"));
        queue.swap(other);
        QCOMPARE(copied(queue, 0, 100), QByteArray(">kl"));
        QCOMPARE(other.size(), 12u);
        other.clear();
        QVERIFY(other.isEmpty());
        QCOMPARE(copied(other, 0, 5), QByteArray(">"));
    }
};

QTEST_GUILESS_MAIN(TestBlockQueue)
#include "tst_blockqueue.moc"
