// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpconnection.h"

#include "connectioninfo.h"
#include "socketerror.h"
#include "socketoptions.h"

#include <QHostInfo>
#include <QSocketNotifier>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>

#include <unistd.h>

TcpConnection::TcpConnection(QObject *parent)
    : Transport(parent)
    , m_socket(new QTcpSocket(this))
{
    attach();
}

TcpConnection::TcpConnection(const AcceptedSocket &accepted, QObject *parent)
    : Transport(parent)
    , m_socket(new QTcpSocket(this))
    , m_accepted(accepted)
{
    m_wasConnected = true;
    attach();
    // QTcpSocket takes a descriptor whose peer has reset as well (it then knows no peer address):
    // what was received before the reset is still read, then the reset is reported.
    if (!m_socket->setSocketDescriptor(accepted.descriptor)) {
        ::close(int(accepted.descriptor));   // ours since accept(), and Qt did not take it
        m_accepted.descriptor = -1;
        QMetaObject::invokeMethod(this, [this] {
            Q_EMIT errorOccurred(errorCodeOf(m_socket->error()), m_socket->errorString());
            finish(CloseKind::None, CloseSide::Unknown, tr("closed: %1").arg(m_socket->errorString()));
        }, Qt::QueuedConnection);
        return;
    }
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
        Q_EMIT errorOccurred(ErrorCode::Timeout, tr("Connection timed out after %1 s").arg(m_connectTimeoutMs / 1000.0));
        m_socket->abort();
        QMetaObject::invokeMethod(this, &TcpConnection::tryNextAddress, Qt::QueuedConnection);
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { readAvailable(); });
    connect(m_socket, &QTcpSocket::stateChanged, this, &TcpConnection::onStateChanged);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpConnection::onError);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &TcpConnection::completeShutdownWrite);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Transport::bytesWritten);
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
            Q_EMIT errorOccurred(ErrorCode::HostNotFound, tr("Host %1 not found: %2").arg(host, info.errorString()));
            finish(CloseKind::Cancelled, CloseSide::Unknown, tr("name lookup failed"));
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
        finish(CloseKind::Cancelled, CloseSide::Unknown, tr("could not connect"));
        return;
    }
    const QHostAddress address = m_addresses.takeFirst();
    // The port the system picks at bind() is then ours from the first packet on (bind() reserves
    // it); a failed bind() leaves connect() to pick one, as without it.
    // TCP_MAXSEG needs the socket before connect(): bind() creates it.
    if (m_bindBeforeConnect || m_maxSegmentSize > 0)
        m_socket->bind(address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6)
                                                                            : QHostAddress(QHostAddress::AnyIPv4),
                       0);
    if (m_maxSegmentSize > 0) {
        QString error;
        if (m_socket->socketDescriptor() >= 0
            && SocketOptions::setMaxSegmentSize(m_socket->socketDescriptor(), m_maxSegmentSize, &error))
            Q_EMIT noted(tr("setsockopt(TCP_MAXSEG, %1) before connect(): segments of at most %1 bytes, "
                            "and the SYN announces MSS %1").arg(m_maxSegmentSize));
        else
            Q_EMIT errorOccurred(ErrorCode::Other, tr("setsockopt(TCP_MAXSEG, %1) failed: %2")
                                                       .arg(m_maxSegmentSize)
                                                       .arg(error.isEmpty() ? m_socket->errorString() : error));
    }
    Q_EMIT connecting(formatEndpoint(address, m_port));
    m_connectTimer->start(m_connectTimeoutMs);
    m_socket->connectToHost(address, m_port);
}

bool TcpConnection::canSend() const
{
    return isConnected() && !m_writeShut && !m_shutdownPending && !m_closeRequested;
}

bool TcpConnection::send(const QByteArray &bytes)
{
    if (!canSend())
        return false;
    if (m_peerFinished) {
        m_pendingOut += bytes;
        writePending();
        return true;
    }
    m_socket->write(bytes);
    return true;
}

bool TcpConnection::shutdownWrite()
{
    if (m_finished || m_writeShut || m_shutdownPending || m_closeRequested)
        return false;
    if (m_peerFinished) {
        // Both directions are then finished: that is a close.
        close();
        return true;
    }
    if (!isConnected())
        return false;
    m_shutdownPending = true;
    const qint64 queued = m_socket->bytesToWrite();
    Q_EMIT closing(CloseKind::HalfClose, queued > 0
                       ? tr("shutdown(SHUT_WR): FIN follows the %1 queued bytes; this end still reads").arg(queued)
                       : tr("shutdown(SHUT_WR): FIN sent; this end still reads"));
    completeShutdownWrite();
    return true;
}

// The FIN must follow every byte already written: Qt's queue first goes to the kernel.
void TcpConnection::completeShutdownWrite()
{
    if (!m_shutdownPending || !isConnected())
        return;
    m_socket->flush();
    if (m_socket->bytesToWrite() > 0)
        return;   // called again from bytesWritten
    m_shutdownPending = false;
    m_writeShut = true;
    if (!SocketOptions::shutdownWrite(m_socket->socketDescriptor()))
        Q_EMIT errorOccurred(ErrorCode::Other, tr("shutdown(SHUT_WR) failed"));
}

bool TcpConnection::setNoDelay(bool on)
{
    if (!isConnected() || m_peerFinished)
        return false;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, on ? 1 : 0);
    return m_socket->socketOption(QAbstractSocket::LowDelayOption).toInt() == (on ? 1 : 0);
}

void TcpConnection::close()
{
    if (m_finished)
        return;
    if (m_peerFinished) {
        if (m_closeRequested)
            return;
        m_closeRequested = true;
        Q_EMIT closing(CloseKind::Fin, m_pendingOut.isEmpty()
                           ? tr("close(): FIN sent, after the peer's")
                           : tr("close(): FIN follows the %1 queued bytes, after the peer's").arg(m_pendingOut.size()));
        if (m_pendingOut.isEmpty())
            finish(CloseKind::Fin, CloseSide::Us, tr("closed by us after the peer's FIN"));
        return;   // else writePending() finishes
    }
    if (!isConnected()) {
        // Still looking up or connecting: give up the attempt.
        m_addresses.clear();
        m_connectTimer->stop();
        m_socket->abort();
        finish(CloseKind::Cancelled, CloseSide::Us, tr("connection attempt cancelled"));
        return;
    }
    m_closeRequested = true;
    const qint64 queued = m_socket->bytesToWrite();
    Q_EMIT closing(CloseKind::Fin, queued > 0 ? tr("close(): FIN follows the %1 queued bytes").arg(queued)
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
    if (m_peerFinished)
        SocketOptions::setResetOnClose(m_stateProbe);   // the only descriptor left
    releaseStateProbe();
    m_socket->abort();
    // Before connected there was no connection to reset: the attempt is given up.
    finish(m_wasConnected ? CloseKind::Reset : CloseKind::Cancelled, CloseSide::Us,
           tr("aborted: RST sent, unsent data discarded"));
}

void TcpConnection::setReadingPaused(bool paused)
{
    m_readingPaused = paused;
    if (!paused)
        QMetaObject::invokeMethod(this, [this] { readAvailable(); }, Qt::QueuedConnection);
}

void TcpConnection::setReadingHeld(bool held)
{
    m_readingHeld = held;
    // Qt announces only bytes that arrive after this: what waits in its buffer is read now.
    if (!held)
        QMetaObject::invokeMethod(this, [this] { readAvailable(); }, Qt::QueuedConnection);
}

bool TcpConnection::isConnected() const
{
    return m_peerFinished || m_socket->state() == QAbstractSocket::ConnectedState;
}

qint64 TcpConnection::bytesToWrite() const
{
    return m_peerFinished ? m_pendingOut.size() : m_socket->bytesToWrite();
}

// Qt's view first; for an accepted connection, what accept() reported when Qt knows nothing.
QHostAddress TcpConnection::localAddress() const
{
    const QHostAddress own = m_socket->localAddress();
    return own.isNull() ? m_accepted.localAddress : own;
}

quint16 TcpConnection::localPort() const
{
    const quint16 own = m_socket->localPort();
    return own == 0 ? m_accepted.localPort : own;
}

QHostAddress TcpConnection::peerAddress() const
{
    const QHostAddress own = m_socket->peerAddress();
    return own.isNull() ? m_accepted.peerAddress : own;
}

quint16 TcpConnection::peerPort() const
{
    const quint16 own = m_socket->peerPort();
    return own == 0 ? m_accepted.peerPort : own;
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
    while ((!m_readingPaused && !m_readingHeld) || evenIfPaused) {
        // As much as is there: read(ReadChunk) would allocate 64 KiB for every request of a few
        // hundred bytes, and shrink it again.
        const qint64 available = qMin(m_socket->bytesAvailable(), ReadChunk);
        if (available <= 0)
            break;
        const QByteArray chunk = m_socket->read(available);
        if (chunk.isEmpty())
            break;
        Q_EMIT received(chunk);
    }
    // What received() sent goes to the kernel now, not on a later turn of the event loop: if the
    // peer has half-closed, Qt's next read sees the end of the stream and closes the socket,
    // discarding its write buffer.
    flush();
}

void TcpConnection::flush()
{
    if (m_socket->bytesToWrite() > 0)
        m_socket->flush();
}

void TcpConnection::onStateChanged(QAbstractSocket::SocketState state)
{
    if (state == QAbstractSocket::ConnectedState && m_connectTimer->isActive()) {
        m_connectTimer->stop();
        m_addresses.clear();
        m_stateProbe = SocketOptions::duplicate(m_socket->socketDescriptor());
        m_wasConnected = true;
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
        Q_EMIT errorOccurred(errorCodeOf(error), m_socket->errorString());
        m_socket->abort();
        QMetaObject::invokeMethod(this, &TcpConnection::tryNextAddress, Qt::QueuedConnection);
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        // Qt has already closed its descriptor; the duplicate still shows the kernel's state,
        // which tells a FIN from a RST.
        const bool hadProbe = m_stateProbe >= 0;
        const auto kind = hadProbe ? SocketOptions::peerCloseKind(m_stateProbe) : SocketOptions::PeerClose::Unknown;
        m_keepHalfOpen = kind == SocketOptions::PeerClose::Fin && m_keepOpenAfterPeerFin && !m_closeRequested
            && !m_writeShut && !m_shutdownPending;
        if (!m_keepHalfOpen)
            releaseStateProbe();
        // After our shutdown(SHUT_WR) the peer's FIN ends the socket in FIN_WAIT_2, and Linux then
        // hands it to a time-wait entry, leaving this one CLOSE, as a reset does: the state no
        // longer tells them apart. A peer answering a half-close with FIN is the usual case.
        if (kind == SocketOptions::PeerClose::Reset && !m_writeShut) {
            m_peerCloseText = tr("connection reset by peer (RST)");
            m_peerCloseKind = CloseKind::Reset;
            Q_EMIT errorOccurred(ErrorCode::ResetByPeer, tr("Connection reset by peer"));
        } else if (!hadProbe && !m_writeShut) {
            // Descriptors were scarce when this connection opened: nothing kept the socket to look.
            m_peerCloseText = tr("the peer closed the connection (FIN or RST: not known, no descriptor "
                                 "was spare to keep the socket's state)");
            m_peerCloseKind = CloseKind::None;
        } else {
            m_peerCloseText = tr("peer closed the connection (FIN)");
            m_peerCloseKind = CloseKind::Fin;
        }
        // Qt has no half-open state: at the peer's end of stream it closes and drops what is
        // still queued. The log already has those bytes as Sent; say that they never left.
        if (const qint64 unsent = m_socket->bytesToWrite(); unsent > 0) {
            Q_EMIT errorOccurred(ErrorCode::UnsentDataDropped,
                tr("%n queued byte(s) not sent: the socket closed at the peer's end of stream",
                   nullptr, int(unsent)));
        }
        return;
    }
    Q_EMIT errorOccurred(errorCodeOf(error), m_socket->errorString());
}

void TcpConnection::onDisconnected()
{
    if (!m_keepHalfOpen)
        releaseStateProbe();   // Qt closed its descriptor: let our FIN or RST go out
    // What Qt had already read is still in its buffer: record it, even when paused.
    readAvailable(true);
    if (m_aborting)
        return;
    if (m_keepHalfOpen) {
        enterHalfOpen();
        return;
    }
    if (!m_peerCloseText.isEmpty())
        finish(m_peerCloseKind, CloseSide::Peer, m_peerCloseText);
    else if (m_closeRequested)
        finish(CloseKind::Fin, CloseSide::Us, tr("closed by us"));
    else
        finish(CloseKind::None, CloseSide::Unknown, tr("closed: %1").arg(m_socket->errorString()));
}

void TcpConnection::finish(CloseKind kind, CloseSide by, const QString &how)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connectTimer->stop();
    releaseStateProbe();
    Q_EMIT closed(kind, by, how);
}

void TcpConnection::releaseStateProbe()
{
    // The notifier watches the descriptor: it goes first.
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    SocketOptions::closeDuplicate(m_stateProbe);
    m_stateProbe = -1;
}

// The peer sent FIN and Qt closed its descriptor; the duplicate keeps the socket in CLOSE_WAIT,
// where the kernel still sends what this end writes. Our FIN goes when the duplicate closes.
void TcpConnection::enterHalfOpen()
{
    m_peerFinished = true;
    m_writeNotifier = new QSocketNotifier(m_stateProbe, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &TcpConnection::writePending);
    Q_EMIT endOfStream(tr("read() returned 0: the peer sent FIN and will send no more; this end can still send"));
}

void TcpConnection::writePending()
{
    if (!m_peerFinished || m_finished)
        return;
    while (!m_pendingOut.isEmpty()) {
        QString error;
        int errorNumber = 0;
        const qint64 sent = SocketOptions::sendSome(m_stateProbe, m_pendingOut.constData(), m_pendingOut.size(),
                                                    &error, &errorNumber);
        if (sent == SocketOptions::WouldBlock) {
            m_writeNotifier->setEnabled(true);
            return;
        }
        if (sent < 0) {
            const ErrorCode code = errorCodeOfErrno(errorNumber);
            Q_EMIT errorOccurred(code, tr("send(): %1").arg(error));
            releaseStateProbe();
            finish(code == ErrorCode::ResetByPeer ? CloseKind::Reset : CloseKind::None,
                   code == ErrorCode::ResetByPeer ? CloseSide::Peer : CloseSide::Unknown,
                   tr("closed: %1").arg(error));
            return;
        }
        m_pendingOut.remove(0, sent);
        Q_EMIT bytesWritten(sent);
    }
    m_writeNotifier->setEnabled(false);
    if (m_closeRequested)
        finish(CloseKind::Fin, CloseSide::Us, tr("closed by us after the peer's FIN"));
}
