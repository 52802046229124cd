// SPDX-License-Identifier: GPL-3.0-or-later
#include "packetview.h"

#include "byteformat.h"
#include "connectioncolours.h"
#include "datagramlistview.h"
#include "hexview.h"

#include <QLabel>
#include <QVBoxLayout>

PacketView::PacketView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_hexView(new HexView(this))
    , m_datagrams(new DatagramListView(this))
{
    m_header->setTextFormat(Qt::PlainText);
    m_header->setContentsMargins(4, 2, 4, 2);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long title must not force the dock wider than the hex rows.
    m_header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_hexView, 1);
    layout->addWidget(m_datagrams, 1);
    m_datagrams->hide();

    connect(m_hexView, &HexView::selectionChanged, this, &PacketView::updateHeader);
    clear();
}

PacketView::~PacketView() = default;

void PacketView::showChunks(const QList<PacketChunk> &chunks, const QString &title)
{
    showHexView(true);
    QByteArray stream;
    qsizetype total = 0;
    for (const PacketChunk &chunk : chunks)
        total += chunk.bytes.size();
    stream.reserve(total);

    QList<qint64> starts;
    QStringList labels;
    QList<Direction> directions;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    for (const PacketChunk &chunk : chunks) {
        if (chunk.bytes.isEmpty())
            continue;
        starts.append(stream.size());
        labels.append(chunk.label);
        directions.append(chunk.direction);
        stream.append(chunk.bytes);
        (chunk.direction == Direction::Out ? bytesOut : bytesIn) += chunk.bytes.size();
    }

    m_hexView->setData(stream);
    m_hexView->setChunkBoundaries(starts, labels);
    // Both directions: each chunk in its direction's colour, else colours that alternate so
    // that neighbouring chunks stand apart.
    const bool bothWays = directions.contains(Direction::In) && directions.contains(Direction::Out);
    QList<QColor> colours;
    for (Direction direction : std::as_const(directions)) {
        if (bothWays)
            colours << ConnectionColours::forDirection(direction, palette());
    }
    m_hexView->setChunkColours(colours);

    const qsizetype count = starts.size();
    const QString chunkCount = count == 1 ? tr("1 chunk") : tr("%L1 chunks").arg(count);
    const QString byteCount
        = stream.size() == 1 ? tr("1 byte") : tr("%L1 bytes").arg(stream.size());
    m_summary = title.isEmpty() ? tr("%1, %2").arg(chunkCount, byteCount)
                                : tr("%1, %2 — %3").arg(chunkCount, byteCount, title);
    if (bothWays)
        m_summary += tr(" · received %1 (blue), sent %2 (red)")
                         .arg(formatByteCount(double(bytesIn)), formatByteCount(double(bytesOut)));
    if (stream.isEmpty())
        m_hexView->setPlaceholderText(tr("No bytes"));
    updateHeader();
}

void PacketView::showDatagrams(const QList<PacketChunk> &datagrams, const QString &title)
{
    if (datagrams.size() == 1) {
        showChunks(datagrams, title);
        if (datagrams.constFirst().bytes.isEmpty())
            m_hexView->setPlaceholderText(tr("An empty datagram: valid in UDP, it carries 0 bytes"));
        m_summary = tr("1 datagram — %1").arg(datagrams.constFirst().label);
        updateHeader();
        return;
    }
    qint64 total = 0;
    for (const PacketChunk &datagram : datagrams)
        total += datagram.bytes.size();
    const QString bytes = total == 1 ? tr("1 byte") : tr("%L1 bytes").arg(total);
    showHexView(false);
    m_datagrams->showDatagrams(datagrams);
    m_summary = tr("%L1 datagrams, %2 — %3: each one a message of its own, its boundaries kept")
                    .arg(datagrams.size())
                    .arg(bytes, title);
    m_header->setText(m_summary);
}

void PacketView::showHexView(bool hex)
{
    m_hexView->setVisible(hex);
    m_datagrams->setVisible(!hex);
    if (hex)
        m_datagrams->clear();
}

void PacketView::showMessage(const QString &text)
{
    showHexView(true);
    m_hexView->setData(QByteArray());
    m_hexView->setPlaceholderText(text);
    m_summary = tr("No bytes");
    updateHeader();
}

void PacketView::clear()
{
    showHexView(true);
    m_hexView->setData(QByteArray());
    m_hexView->setPlaceholderText(tr("Select a data event to see its bytes"));
    m_summary.clear();
    updateHeader();
}

QString PacketView::headerText() const
{
    return m_header->text();
}

void PacketView::updateHeader()
{
    const HexView::Range selected = m_hexView->selection();
    if (selected.length == 0) {
        m_header->setText(m_summary);
        return;
    }
    const int first = m_hexView->chunkAt(selected.start);
    const int last = m_hexView->chunkAt(selected.start + selected.length - 1);
    const QString where = first == last ? tr("chunk %1").arg(first + 1)
                                        : tr("chunks %1–%2").arg(first + 1).arg(last + 1);
    const QString what = selected.length == 1
        ? tr("1 byte selected at 0x%1 (%2)").arg(selected.start, 0, 16).arg(where)
        : tr("%L1 bytes selected at 0x%2 (%3)")
              .arg(selected.length)
              .arg(selected.start, 0, 16)
              .arg(where);
    m_header->setText(tr("%1 · %2").arg(m_summary, what));
}
