// SPDX-License-Identifier: GPL-3.0-or-later
#include "wirepane.h"

#include "packetlayersview.h"
#include "session.h"
#include "wirepacketmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

WirePane::WirePane(const Session &session, bool live, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_live(live)
    , m_model(new WirePacketModel(session, this))
    , m_view(new QTableView)
    , m_all(new QCheckBox(tr("&All connections")))
    , m_message(new QLabel)
    , m_statistics(new QLabel)
    , m_layers(new PacketLayersView)
{
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("wireMessage"));
    // Calm, not an alarm: capture is optional and everything else works without it.
    m_message->setStyleSheet(
        QStringLiteral("QLabel#wireMessage { background: palette(alternate-base); "
                       "border: 1px solid palette(mid); border-radius: 3px; padding: 6px; }"));
    m_all->setToolTip(tr("Show the packets of every connection, not only the selected one"));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setColumnHidden(WirePacketModel::ConnectionColumn, true);
    // Sized once from the header and a typical row: sizing to contents would measure every row.
    const QFontMetrics metrics = m_view->fontMetrics();
    const QList<QPair<int, QString>> widths { { WirePacketModel::TimeColumn,
                                                  QStringLiteral("0000.000000") },
        { WirePacketModel::ConnectionColumn, QStringLiteral("C000") },
        { WirePacketModel::DirectionColumn, QStringLiteral("← in ") },
        { WirePacketModel::FlagsColumn, QStringLiteral("FIN-PSH-ACK") },
        { WirePacketModel::SeqColumn, QStringLiteral("4294967295") },
        { WirePacketModel::AckColumn, QStringLiteral("4294967295") },
        { WirePacketModel::WindowColumn, QStringLiteral("8388608") },
        { WirePacketModel::LengthColumn, QStringLiteral("65483") } };
    for (const auto &[column, sample] : widths) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column,
            qMax(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header)) + 16);
    }

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_all);
    bar->addStretch(1);
    bar->addWidget(m_statistics);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_view);
    splitter->addWidget(m_layers);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 3000, 2000 }); // in proportion: the packets get most of a narrow dock
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_message);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_all, &QCheckBox::toggled, this, [this](bool all) {
        m_view->setColumnHidden(WirePacketModel::ConnectionColumn, !all);
        m_model->setConnection(all ? 0 : m_connection);
        refreshMessage();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &WirePane::showSelectedPacket);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &WirePane::showSelectedPacket);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_message->isHidden())
            refreshMessage();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &WirePane::showSelectedPacket);
    // Emitted on the network thread.
    connect(&session.wire(), &WireLog::problemChanged, this, &WirePane::refreshMessage,
        Qt::QueuedConnection);
    connect(&session.wire(), &WireLog::statisticsChanged, this, &WirePane::refreshStatistics,
        Qt::QueuedConnection);
    refreshMessage();
    refreshStatistics();
}

void WirePane::setConnection(ConnectionId id)
{
    m_connection = id;
    if (!m_all->isChecked())
        m_model->setConnection(id);
    refreshMessage();
}

void WirePane::setCapturing(bool on)
{
    m_capturing = on;
    refreshMessage();
}

void WirePane::setLinkedPackets(const QList<qint64> &packets)
{
    m_model->setLinkedPackets(packets);
    // Bring the first of them into view: that is where the read's bytes start on the wire.
    for (qint64 packet : packets) {
        const int row = m_model->rowOf(packet);
        if (row >= 0) {
            m_view->scrollTo(m_model->index(row, 0));
            break;
        }
    }
}

QString WirePane::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void WirePane::refreshMessage()
{
    const QString problem = m_session.wire().problem();
    QString text;
    if (!problem.isEmpty())
        text = problem;
    else if (m_live && !m_capturing)
        text = tr("Packets are not recorded. Capture ▸ Record packets shows here the real TCP "
                  "segments of "
                  "SocketLab's sockets, beside what the application read and wrote.");
    else if (!m_live && m_session.wire().count() == 0)
        text = tr("This session was recorded without capturing packets.");
    else if (m_model->rowCount() == 0)
        text = m_model->connection() == 0 ? tr("No packets captured yet.")
                                          : tr("No packets of this connection captured yet.");
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void WirePane::refreshStatistics()
{
    const CaptureStatistics statistics = m_session.wire().statistics();
    if (statistics.received == 0 && statistics.dropped == 0) {
        m_statistics->clear();
        return;
    }
    m_statistics->setText(tr("dumpcap: %1 captured, %2 dropped; %3 SocketLab's")
                              .arg(statistics.received)
                              .arg(statistics.dropped)
                              .arg(statistics.recorded));
}

void WirePane::showSelectedPacket()
{
    QList<qint64> packets;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        packets << m_model->packetIndex(row.row());
    std::sort(packets.begin(), packets.end());
    const QModelIndex current = m_view->currentIndex();
    const qint64 shown
        = current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {})
        ? m_model->packetIndex(current.row())
        : (packets.isEmpty() ? -1 : packets.first());
    if (shown >= 0)
        m_layers->showPacket(m_session.wire().at(shown).packet);
    else
        m_layers->clear();
    Q_EMIT packetsSelected(packets);
}
