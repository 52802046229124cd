// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturedpacket.h"

#include <QWidget>

class HexView;
class QTreeWidget;
class QTreeWidgetItem;

// One captured packet's bytes with its headers taken apart (PacketLayers): a tree of the layers
// and their named fields beside the frame in a hex view, each layer's bytes tinted in a colour of
// its own. Choosing a field in the tree selects its bytes in the hex view; clicking a byte in the
// hex view chooses the field it belongs to.
class PacketLayersView : public QWidget
{
    Q_OBJECT

public:
    enum Role { OffsetRole = Qt::UserRole + 1, LengthRole };

    explicit PacketLayersView(QWidget *parent = nullptr);

    void showPacket(const CapturedPacket &packet);
    void clear();

    QTreeWidget *tree() const { return m_tree; }
    HexView *hexView() const { return m_hex; }

private:
    void selectFieldAt(qint64 offset);

    QTreeWidget *m_tree = nullptr;
    HexView *m_hex = nullptr;
    bool m_following = false; // the tree moves because of the hex view: do not move it back
};
