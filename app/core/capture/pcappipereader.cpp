// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcappipereader.h"

#include <QMutexLocker>

#include <pcap/pcap.h>

#include <cstdio>
#include <unistd.h>

PcapPipeReader::PcapPipeReader(int descriptor, QObject *parent)
    : QThread(parent)
    , m_descriptor(descriptor)
{
    qRegisterMetaType<CapturedPacket>();
}

PcapPipeReader::~PcapPipeReader()
{
    wait();
    if (m_descriptor >= 0)   // never started
        ::close(m_descriptor);
}

QList<CapturedPacket> PcapPipeReader::takePackets()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_queue, {});
}

QString PcapPipeReader::problem() const
{
    QMutexLocker lock(&m_mutex);
    return m_problem;
}

void PcapPipeReader::run()
{
    FILE *stream = ::fdopen(m_descriptor, "rb");
    if (!stream) {
        QMutexLocker lock(&m_mutex);
        m_problem = QStringLiteral("fdopen: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return;
    }
    m_descriptor = -1;   // the stream owns it now
    char error[PCAP_ERRBUF_SIZE] = {};
    pcap_t *pcap = pcap_fopen_offline_with_tstamp_precision(stream, PCAP_TSTAMP_PRECISION_NANO, error);
    if (!pcap) {
        std::fclose(stream);
        QMutexLocker lock(&m_mutex);
        // An empty stream is a capture that never started: the one who started it says why.
        const QString why = QString::fromLocal8Bit(error);
        m_problem = why.isEmpty() ? QStringLiteral("the capture stream is empty") : why;
        return;
    }
    Q_EMIT opened();
    const auto linkType = quint16(pcap_datalink(pcap));
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    int result = 0;
    while ((result = pcap_next_ex(pcap, &header, &data)) == 1) {
        CapturedPacket packet;
        packet.wallNs = qint64(header->ts.tv_sec) * 1000000000 + header->ts.tv_usec;   // nanoseconds
        packet.linkType = linkType;
        packet.originalLength = header->len;
        packet.bytes = QByteArray(reinterpret_cast<const char *>(data), qsizetype(header->caplen));
        bool wasEmpty = false;
        {
            QMutexLocker lock(&m_mutex);
            wasEmpty = m_queue.isEmpty();
            m_queue.append(std::move(packet));
        }
        if (wasEmpty)
            Q_EMIT packetsAvailable();
    }
    if (result == PCAP_ERROR) {
        QMutexLocker lock(&m_mutex);
        m_problem = QString::fromLocal8Bit(pcap_geterr(pcap));
    }
    pcap_close(pcap);   // closes the stream
}
