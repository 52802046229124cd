// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpconnection.h"

#include "connectioninfo.h"
#include "socketoptions.h"

#include <QHostInfo>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>

TcpConnection::TcpConnection(QObject *parent)
    : Transport(parent)
    , m_socket(new QTcpSocket(this))
{
    attach();
}

TcpConnection::TcpConnection(QTcpSocket *accepted, QObject *parent)
    : Transport(parent)
    , m_socket(accepted)
{
    m_socket->setParent(this);
    attach();
    m_stateProbe = SocketOptions::duplicate(m_socket->socketDescriptor());
    // Bytes may have arrived between accept() and now; readyRead will not repeat for them.
    QMetaObject::invokeMethod(this, [this] { readAvailable(); }, Qt::QueuedConnection);
}

TcpConnection::~TcpConnection()
{
    releaseStateProbe();
}

void TcpConnection::attach()
{
    m_socket->setReadBufferSize(ReadChunk);
    m_connectTimer = new QTimer(this);
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        Q_EMIT errorOccurred(tr("Connection timed out after %1 s").arg(m_connectTimeoutMs / 1000.0));
        m_socket->abort();
        QMetaObject::invokeMethod(this, &TcpConnection::tryNextAddress, Qt::QueuedConnection);
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { readAvailable(); });
    connect(m_socket, &QTcpSocket::stateChanged, this, &TcpConnection::onStateChanged);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpConnection::onError);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpConnection::onDisconnected);
}

void TcpConnection::connectToHost(const QString &host, quint16 port)
{
    m_port = port;
    QHostAddress literal;
    if (literal.setAddress(host)) {
        m_addresses = {literal};
        tryNextAddress();
        return;
    }
    Q_EMIT lookingUp(host);
    QHostInfo::lookupHost(host, this, [this, host](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            Q_EMIT errorOccurred(tr("Host %1 not found: %2").arg(host, info.errorString()));
            finish(tr("name lookup failed"));
            return;
        }
        m_addresses = info.addresses();
        QStringList names;
        for (const QHostAddress &address : std::as_const(m_addresses))
            names << address.toString();
        Q_EMIT resolved(tr("%1 is %2").arg(host, names.join(QStringLiteral(", "))));
        tryNextAddress();
    });
}

// Like most clients, try each resolved address in turn until one answers.
void TcpConnection::tryNextAddress()
{
    if (m_finished)
        return;
    if (m_addresses.isEmpty()) {
        finish(tr("could not connect"));
        return;
    }
    const QHostAddress address = m_addresses.takeFirst();
    Q_EMIT connecting(formatEndpoint(address, m_port));
    m_connectTimer->start(m_connectTimeoutMs);
    m_socket->connectToHost(address, m_port);
}

bool TcpConnection::send(const QByteArray &bytes)
{
    if (!isConnected())
        return false;
    m_socket->write(bytes);
    return true;
}

void TcpConnection::close()
{
    if (m_finished)
        return;
    if (!isConnected()) {
        // Still looking up or connecting: give up the attempt.
        m_addresses.clear();
        m_connectTimer->stop();
        m_socket->abort();
        finish(tr("connection attempt cancelled"));
        return;
    }
    m_closeRequested = true;
    const qint64 queued = m_socket->bytesToWrite();
    Q_EMIT closing(queued > 0 ? tr("close(): FIN follows the %1 queued bytes").arg(queued)
                              : tr("close(): FIN sent"));
    m_socket->disconnectFromHost();
}

void TcpConnection::abort()
{
    if (m_finished)
        return;
    m_aborting = true;
    m_addresses.clear();
    m_connectTimer->stop();
    if (m_socket->socketDescriptor() != -1)
        SocketOptions::setResetOnClose(m_socket->socketDescriptor());
    releaseStateProbe();
    m_socket->abort();
    finish(tr("aborted: RST sent, unsent data discarded"));
}

void TcpConnection::setReadingPaused(bool paused)
{
    m_readingPaused = paused;
    if (!paused)
        QMetaObject::invokeMethod(this, [this] { readAvailable(); }, Qt::QueuedConnection);
}

bool TcpConnection::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

qint64 TcpConnection::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

QHostAddress TcpConnection::localAddress() const
{
    return m_socket->localAddress();
}

quint16 TcpConnection::localPort() const
{
    return m_socket->localPort();
}

QHostAddress TcpConnection::peerAddress() const
{
    return m_socket->peerAddress();
}

quint16 TcpConnection::peerPort() const
{
    return m_socket->peerPort();
}

qintptr TcpConnection::socketDescriptor() const
{
    // After the peer's end of stream Qt has closed its own descriptor; the duplicate still
    // holds the socket.
    const qintptr own = m_socket->socketDescriptor();
    return own != -1 ? own : m_stateProbe;
}

void TcpConnection::readAvailable(bool evenIfPaused)
{
    // abort() closes the device: the reads that may follow (onDisconnected, or one queued by the
    // constructor or by a resume) find nothing, and Qt would warn about them.
    if (!m_socket->isOpen())
        return;
    while (!m_readingPaused || evenIfPaused) {
        const QByteArray chunk = m_socket->read(ReadChunk);
        if (chunk.isEmpty())
            break;
        Q_EMIT received(chunk);
    }
    // What received() answered (an echo) goes to the kernel now, not on a later turn of the event
    // loop: if the peer has half-closed, Qt's next read sees the end of the stream and closes the
    // socket, discarding its write buffer.
    if (m_socket->bytesToWrite() > 0)
        m_socket->flush();
}

void TcpConnection::onStateChanged(QAbstractSocket::SocketState state)
{
    if (state == QAbstractSocket::ConnectedState && m_connectTimer->isActive()) {
        m_connectTimer->stop();
        m_addresses.clear();
        m_stateProbe = SocketOptions::duplicate(m_socket->socketDescriptor());
        Q_EMIT connected();
    }
}

void TcpConnection::onError(QAbstractSocket::SocketError error)
{
    if (m_aborting || m_finished)
        return;
    if (m_connectTimer->isActive()) {
        // This address failed; the next one (if any) is tried once Qt has unwound.
        m_connectTimer->stop();
        Q_EMIT errorOccurred(m_socket->errorString());
        m_socket->abort();
        QMetaObject::invokeMethod(this, &TcpConnection::tryNextAddress, Qt::QueuedConnection);
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        // Qt has already closed its descriptor; the duplicate still shows the kernel's state,
        // which tells a FIN from a RST.
        const auto kind = SocketOptions::peerCloseKind(m_stateProbe);
        releaseStateProbe();
        if (kind == SocketOptions::PeerClose::Reset) {
            m_peerCloseText = tr("connection reset by peer (RST)");
            Q_EMIT errorOccurred(tr("Connection reset by peer"));
        } else {
            m_peerCloseText = tr("peer closed the connection (FIN)");
        }
        // Qt has no half-open state: at the peer's end of stream it closes and drops what is
        // still queued. The log already has those bytes as Sent; say that they never left.
        if (const qint64 unsent = m_socket->bytesToWrite(); unsent > 0) {
            Q_EMIT errorOccurred(
                tr("%n queued byte(s) not sent: the socket closed at the peer's end of stream",
                   nullptr, int(unsent)));
        }
        return;
    }
    Q_EMIT errorOccurred(m_socket->errorString());
}

void TcpConnection::onDisconnected()
{
    releaseStateProbe();   // Qt closed its descriptor: let our FIN or RST go out
    // What Qt had already read is still in its buffer: record it, even when paused.
    readAvailable(true);
    if (m_aborting)
        return;
    if (!m_peerCloseText.isEmpty())
        finish(m_peerCloseText);
    else if (m_closeRequested)
        finish(tr("closed by us"));
    else
        finish(tr("closed: %1").arg(m_socket->errorString()));
}

void TcpConnection::finish(const QString &how)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connectTimer->stop();
    releaseStateProbe();
    Q_EMIT closed(how);
}

void TcpConnection::releaseStateProbe()
{
    SocketOptions::closeDuplicate(m_stateProbe);
    m_stateProbe = -1;
}
