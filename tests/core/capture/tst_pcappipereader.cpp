// SPDX-License-Identifier: GPL-3.0-or-later
// The reader of dumpcap's pipe, fed directly by the test through a pipe of its own: a clean stream,
// garbage instead of a capture, and a stream cut inside a packet. libpcap's words are the problem;
// the packets before the damage are kept.
#include "pcappipereader.h"
#include "pcapngwriter.h"

#include <QSignalSpy>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr int TimeoutMs = 10000;

// A pcapng stream as dumpcap writes it: a section, one Ethernet interface, the frames.
QByteArray capture(const QList<QByteArray> &frames)
{
    QByteArray stream = PcapngWriter::sectionHeader(QStringLiteral("test"), QString())
        + PcapngWriter::interfaceDescription(PcapngWriter::LinkTypeEthernet, 262144, QStringLiteral("lo"));
    quint64 us = 1'700'000'000'000'000;
    for (const QByteArray &frame : frames)
        stream += PcapngWriter::enhancedPacket(0, us++, frame);
    return stream;
}

} // namespace

class TestPcapPipeReader : public QObject
{
    Q_OBJECT

private:
    // Writes bytes into a new pipe, closes it, and reads it to its end.
    static std::unique_ptr<PcapPipeReader> readAll(const QByteArray &bytes)
    {
        int pipe[2] = {-1, -1};
        if (::pipe2(pipe, O_CLOEXEC) != 0)
            return nullptr;
        auto reader = std::make_unique<PcapPipeReader>(pipe[0]);
        reader->start();
        qsizetype written = 0;
        while (written < bytes.size()) {
            const ssize_t n = ::write(pipe[1], bytes.constData() + written, size_t(bytes.size() - written));
            if (n <= 0)
                break;
            written += n;
        }
        ::close(pipe[1]);
        if (!reader->wait(TimeoutMs))
            return nullptr;
        return reader;
    }

private Q_SLOTS:
    void cleanStreamGivesEveryPacket()
    {
        const auto reader = readAll(capture({QByteArray(60, 'a'), QByteArray(70, 'b')}));
        QVERIFY(reader);
        QCOMPARE(reader->problem(), QString());
        const QList<CapturedPacket> packets = reader->takePackets();
        QCOMPARE(packets.size(), 2);
        QCOMPARE(packets.at(1).bytes, QByteArray(70, 'b'));
        QCOMPARE(packets.at(1).linkType, quint16(CapturedPacket::Ethernet));
    }

    void garbageIsLibpcapsProblem()
    {
        const auto reader = readAll(QByteArray("Capturing on 'lo'\nthis is not a capture at all\n"));
        QVERIFY(reader);
        QVERIFY2(!reader->problem().isEmpty(), "garbage was read as a capture");
        QVERIFY(reader->takePackets().isEmpty());
    }

    // Garbage after a good start: what came before it is kept.
    void garbageAfterPacketsKeepsThem()
    {
        QByteArray stream = capture({QByteArray(60, 'a')});
        stream += QByteArray(64, '\xff');
        const auto reader = readAll(stream);
        QVERIFY(reader);
        QVERIFY2(!reader->problem().isEmpty(), "garbage after the packets went unnoticed");
        QCOMPARE(reader->takePackets().size(), 1);
    }

    void truncatedPacketIsSaid()
    {
        const QByteArray stream = capture({QByteArray(60, 'a'), QByteArray(200, 'b')});
        const auto reader = readAll(stream.left(stream.size() - 100));
        QVERIFY(reader);
        QVERIFY2(reader->problem().contains(QLatin1String("truncated"), Qt::CaseInsensitive), qPrintable(reader->problem()));
        const QList<CapturedPacket> packets = reader->takePackets();
        QCOMPARE(packets.size(), 1);
        QCOMPARE(packets.at(0).bytes, QByteArray(60, 'a'));
    }
};

QTEST_GUILESS_MAIN(TestPcapPipeReader)
#include "tst_pcappipereader.moc"
