// SPDX-License-Identifier: GPL-3.0-or-later
#include "packetlayersview.h"

#include "hexview.h"
#include "packetlayers.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QTreeWidgetItem *itemFor(const PacketField &field)
{
    auto *item = new QTreeWidgetItem({ field.name, field.value });
    item->setData(0, PacketLayersView::OffsetRole, field.offset);
    item->setData(0, PacketLayersView::LengthRole, field.length);
    item->setToolTip(1, field.value);
    for (const PacketField &child : field.fields)
        item->addChild(itemFor(child));
    return item;
}

// The deepest item whose bytes hold offset (a field before the layer that holds it).
QTreeWidgetItem *deepestAt(QTreeWidgetItem *item, qint64 offset)
{
    const qint64 start = item->data(0, PacketLayersView::OffsetRole).toLongLong();
    const qint64 length = item->data(0, PacketLayersView::LengthRole).toLongLong();
    if (offset < start || offset >= start + length)
        return nullptr;
    for (int i = 0; i < item->childCount(); ++i)
        if (QTreeWidgetItem *found = deepestAt(item->child(i), offset))
            return found;
    return item;
}

} // namespace

PacketLayersView::PacketLayersView(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget)
    , m_hex(new HexView)
{
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Field"), tr("Value") });
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_hex->setPlaceholderText(tr("Select a packet to see its bytes"));
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_hex);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || m_following)
            return;
        m_hex->setSelection(
            item->data(0, OffsetRole).toLongLong(), item->data(0, LengthRole).toLongLong());
    });
    connect(m_hex, &HexView::selectionChanged, this, [this](qint64 start, qint64 length) {
        if (length == 1) // a click on a byte, not a field chosen in the tree
            selectFieldAt(start);
    });
}

void PacketLayersView::showPacket(const CapturedPacket &packet)
{
    m_tree->clear();
    const QList<PacketField> layers = PacketLayers::dissect(packet);
    QList<qint64> starts;
    QStringList names;
    for (const PacketField &layer : layers) {
        QTreeWidgetItem *item = itemFor(layer);
        m_tree->addTopLevelItem(item);
        item->setExpanded(
            !layer.fields.isEmpty() && layer.offset > 0); // the link header stays folded
        starts << layer.offset;
        names << layer.name;
    }
    m_hex->setData(packet.bytes);
    m_hex->setChunkBoundaries(starts, names);
}

void PacketLayersView::clear()
{
    m_tree->clear();
    m_hex->setData({});
}

void PacketLayersView::selectFieldAt(qint64 offset)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (QTreeWidgetItem *item = deepestAt(m_tree->topLevelItem(i), offset)) {
            m_following = true;
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
            m_following = false;
            return;
        }
    }
}
