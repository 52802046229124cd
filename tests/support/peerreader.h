// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTcpSocket>

// Everything a plain QTcpSocket at the other end reads, and how its stream ended. Qt reports a
// FIN and a RST alike, as RemoteHostClosedError; tests that must tell them apart use a peer in
// another process.
class PeerReader : public QObject
{
public:
    explicit PeerReader(QTcpSocket *socket)
    {
        connect(
            socket, &QTcpSocket::readyRead, this, [this, socket] { bytes += socket->readAll(); });
        connect(socket, &QTcpSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError socketError) { error = socketError; });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            bytes += socket->readAll();
            ended = true;
        });
    }

    QByteArray bytes;
    bool ended = false;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
};
