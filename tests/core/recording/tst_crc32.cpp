// SPDX-License-Identifier: GPL-3.0-or-later
// Every CRC-32 method this CPU runs must give zlib's crc32() exactly: the journal's readers, and
// other programs following docs/session-format.md, check records with zlib.
#include "crc32.h"

#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

Q_DECLARE_METATYPE(Crc32::Method)

namespace {

quint32 zlibCrc(quint32 crc, const char *data, qsizetype length)
{
    return quint32(crc32(crc, reinterpret_cast<const Bytef *>(data), uInt(length)));
}

QByteArray randomBytes(QRandomGenerator &random, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

} // namespace

class TestCrc32 : public QObject
{
    Q_OBJECT

private:
    static void addSupportedMethods()
    {
        QTest::addColumn<Crc32::Method>("method");
        const QList<Crc32::Method> methods = Crc32::supportedMethods();
        QCOMPARE(methods.first(), Crc32::Method::Zlib);
        const QStringList names { QStringLiteral("zlib"), QStringLiteral("fold 128"),
            QStringLiteral("fold 256") };
        for (Crc32::Method method : methods)
            QTest::newRow(qPrintable(names.at(int(method)))) << method;
#if defined(__x86_64__)
        // The folding must not be silently skipped where the CPU has it.
        if (__builtin_cpu_supports("pclmul"))
            QVERIFY(methods.contains(Crc32::Method::Fold128));
#endif
    }

private Q_SLOTS:
    // Every length around the lanes' widths, at every alignment of the start, continuing from
    // random values: the same as zlib.
    void method_data() { addSupportedMethods(); }
    void method()
    {
        QFETCH(Crc32::Method, method);
        QRandomGenerator random(4);
        const QByteArray bytes = randomBytes(random, 70000);
        for (qsizetype length = 0; length <= 700; ++length) {
            for (qsizetype start = 0; start < 32; start += 7) {
                const quint32 from = length % 3 == 0 ? 0 : random.generate();
                const char *data = bytes.constData() + start;
                QCOMPARE(Crc32::update(method, from, data, length), zlibCrc(from, data, length));
            }
        }
        for (int i = 0; i < 2000; ++i) {
            const qsizetype start = random.bounded(64);
            const qsizetype length = random.bounded(bytes.size() - start);
            const quint32 from = random.generate();
            const char *data = bytes.constData() + start;
            QCOMPARE(Crc32::update(method, from, data, length), zlibCrc(from, data, length));
        }
    }

    // Patterns a random buffer rarely has: all zeros, all ones, a single bit.
    void patterns_data() { addSupportedMethods(); }
    void patterns()
    {
        QFETCH(Crc32::Method, method);
        for (const qsizetype length : { 64, 128, 256, 1000, 65536 }) {
            for (const char fill : { '\0', '\xff' }) {
                const QByteArray bytes(length, fill);
                QCOMPARE(Crc32::update(method, 0, bytes.constData(), length),
                    zlibCrc(0, bytes.constData(), length));
            }
            for (qsizetype bit = 0; bit < length * 8; bit += length + 1) {
                QByteArray bytes(length, '\0');
                bytes[bit / 8] = char(1 << (bit % 8));
                QCOMPARE(Crc32::update(method, 0xFFFFFFFFu, bytes.constData(), length),
                    zlibCrc(0xFFFFFFFFu, bytes.constData(), length));
            }
        }
    }

    // A record's checksum is computed in parts (its fields, then the payload where it lies).
    void continuesAcrossParts()
    {
        QRandomGenerator random(5);
        const QByteArray bytes = randomBytes(random, 100000);
        for (const qsizetype cut : { 0, 1, 14, 63, 64, 255, 256, 4096, 99999, 100000 }) {
            const quint32 parts = Crc32::update(
                Crc32::update(0, bytes.constData(), cut), bytes.constData() + cut, bytes.size() - cut);
            QCOMPARE(parts, zlibCrc(0, bytes.constData(), bytes.size()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrc32)
#include "tst_crc32.moc"
