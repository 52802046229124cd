// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturedpacket.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One named part of a captured frame: a layer (link header, IP, TCP or UDP, payload) with its
// fields, or one field, with where its bytes are in the frame.
struct PacketField
{
    QString name; // "Source port"
    QString value; // "40000"
    int offset = 0; // into the frame's captured bytes
    int length = 0;
    QList<PacketField> fields; // a layer's fields, an option list's options
};

// A captured frame taken apart as the layers SocketLab teaches, the packet-details idea of
// Wireshark kept to these layers: the link header (BSD loopback, Ethernet, Linux cooked v1/v2),
// IPv4 or IPv6, TCP (with its options) or UDP, then the payload. Only bytes that were captured
// are named: a layer cut short by the snap length lists the fields it holds. The layouts are
// PacketDecoder's (RFC 791, 8200, 9293, 768); the values are read as it reads them.
class PacketLayers
{
    Q_DECLARE_TR_FUNCTIONS(PacketLayers)

public:
    static QList<PacketField> dissect(const CapturedPacket &packet);
};
