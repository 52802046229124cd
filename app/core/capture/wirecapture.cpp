// SPDX-License-Identifier: GPL-3.0-or-later
#include "wirecapture.h"

#include "packetdecoder.h"
#include "session.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QStringList>
#include <QTimer>

#include <ctime>

namespace {

constexpr qint64 DuplicateWindowNs = 1'000'000;   // two dumpcaps stamp one packet within this
constexpr qint64 SeenKeptNs = 200'000'000;

bool isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

QString filterFor(const QList<quint16> &ports)
{
    QStringList terms;
    for (quint16 port : ports)
        terms << QStringLiteral("port %1").arg(port);
    return QStringLiteral("(tcp or udp) and (%1)").arg(terms.join(QStringLiteral(" or ")));
}

} // namespace

WireCapture::WireCapture(Session &session, const Options &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
    , m_program(DumpcapProcess::findProgram(options.dumpcapLocations))
    , m_holdTimer(new QTimer(this))
{
    // Capture times are the kernel's wall clock; the session's clock is monotonic from its start.
    timespec wall {};
    ::clock_gettime(CLOCK_REALTIME, &wall);
    m_wallMinusSessionNs = qint64(wall.tv_sec) * 1'000'000'000 + wall.tv_nsec - m_session.clock().nowNs();
    // A capture started again goes on counting where the session's last one stopped.
    m_totals = m_session.wire().statistics();
    m_recorded = m_totals.recorded;
    m_holdTimer->setInterval(500);
    connect(m_holdTimer, &QTimer::timeout, this, [this] { releaseHeld(false); });
    if (m_program.isEmpty())
        giveUp(tr("dumpcap, Wireshark's capture helper, is not installed (looked in %1).")
                   .arg(options.dumpcapLocations.join(QStringLiteral(", "))));
}

WireCapture::~WireCapture()
{
    stop();
}

QString WireCapture::permissionHint()
{
    return tr("To let SocketLab show the packets: sudo dpkg-reconfigure wireshark-common (answer Yes), "
              "sudo usermod -aG wireshark $USER, then log out and in again.");
}

void WireCapture::giveUp(const QString &problem)
{
    if (m_unavailable)
        return;
    m_unavailable = true;
    m_session.wire().setProblem(tr("Packets are not captured: %1\n%2").arg(problem, permissionHint()));
    for (auto it = m_captures.begin(); it != m_captures.end(); ++it)
        runWaiting(*it);
}

void WireCapture::runWaiting(Capture &capture)
{
    const auto waiting = std::exchange(capture.waiting, {});
    for (const auto &then : waiting)
        then();
}

void WireCapture::cover(const QHostAddress &address, quint16 port, const std::function<void()> &then)
{
    if (m_unavailable || m_stopping || port == 0) {
        then();
        return;
    }
    // Loopback sockets are seen on lo; the others on every interface ("any": Linux cooked).
    const QString interface = isLoopback(address) ? QStringLiteral("lo") : QStringLiteral("any");
    Capture &capture = m_captures[interface];
    if (capture.ports.contains(port)) {
        if (capture.current && capture.current->isReady())
            then();
        else
            capture.waiting.append(then);
        return;
    }
    capture.ports.append(port);
    capture.waiting.append(then);
    startCapture(interface);
}

void WireCapture::coverOpenSockets()
{
    for (const ConnectionInfo &info : m_session.connections().snapshot()) {
        if (info.kind != EndpointKind::Tcp || info.isFinished())
            continue;
        // The filter names the server's port: a listener's own, a client's peer's.
        if (info.role == ConnectionRole::Client)
            cover(info.peerAddress, info.peerPort, [] {});
        else
            cover(info.localAddress, info.localPort, [] {});
    }
}

void WireCapture::startCapture(const QString &interface)
{
    Capture &capture = m_captures[interface];
    if (capture.current)
        capture.retiring.append(capture.current);   // stopped when its successor captures
    auto *process = new DumpcapProcess(m_program, this);
    capture.current = process;
    connect(process, &DumpcapProcess::ready, this, [this, interface, process] { onReady(interface, process); });
    connect(process, &DumpcapProcess::packetsAvailable, this, [this, process] { readPackets(process); });
    connect(process, &DumpcapProcess::ended, this, [this, interface, process](const QString &problem) {
        onEnded(interface, process, problem);
    });
    process->start(interface, filterFor(capture.ports), m_options.fullPackets ? FullSnap : HeaderSnap + PayloadKept);
    QTimer::singleShot(ReadyTimeoutMs, process, [this, process] {
        if (!process->isReady() && !process->hasEnded())
            giveUp(tr("dumpcap did not start capturing within %1 s.").arg(ReadyTimeoutMs / 1000));
    });
}

void WireCapture::onReady(const QString &interface, DumpcapProcess *process)
{
    Capture &capture = m_captures[interface];
    if (capture.current != process)
        return;
    // The predecessors may stop once they have handed over their last block (the kernel's read
    // timeout): from now on this one sees everything they saw, but what they captured just before
    // is still in their block, and a dumpcap told to end loses it.
    for (DumpcapProcess *old : std::as_const(capture.retiring))
        QTimer::singleShot(DrainMs, old, [old] { old->stop(); });
    m_holdTimer->start();
    runWaiting(capture);
}

void WireCapture::onEnded(const QString &interface, DumpcapProcess *process, const QString &problem)
{
    readPackets(process);
    const CaptureStatistics ended = process->statistics();
    m_totals.received += ended.received;
    m_totals.dropped += ended.dropped;
    Capture &capture = m_captures[interface];
    capture.retiring.removeAll(process);
    if (capture.current == process) {
        capture.current = nullptr;
        if (!problem.isEmpty() && !m_stopping) {
            if (process->isReady())
                m_session.wire().setProblem(tr("The capture stopped: %1").arg(problem));
            else
                giveUp(problem);
        }
    }
    process->deleteLater();
    CaptureStatistics totals = m_totals;
    totals.recorded = m_recorded;
    if (!m_stopping)
        m_session.wire().setStatistics(totals);
}

void WireCapture::readPackets(DumpcapProcess *process)
{
    const auto session = m_session.connections().version();
    if (session != m_tableVersion) {
        m_tableVersion = session;
        m_matcher.setConnections(m_session.connections().snapshot());
        releaseHeld(false);
    }
    const QList<CapturedPacket> packets = process->takePackets();
    for (const CapturedPacket &packet : packets) {
        const DecodedPacket decoded = PacketDecoder::decode(packet);
        if (!isDuplicate(packet, decoded.linkHeaderLength))
            handle(packet, decoded);
    }
}

// One packet is seen twice when two captures overlap (a dumpcap and its successor, or lo and
// "any"), and twice on "any" for a loopback socket (leaving and arriving): the same IP packet,
// stamped within DuplicateWindowNs. TCP never sends the same bytes again that fast (a
// retransmission waits at least 200 ms), so such a twin is dropped.
bool WireCapture::isDuplicate(const CapturedPacket &packet, int linkHeaderLength)
{
    const size_t key = qHash(QByteArrayView(packet.bytes).sliced(qMin<qsizetype>(linkHeaderLength, packet.bytes.size())));
    bool duplicate = false;
    for (auto it = m_seen.constFind(key); it != m_seen.cend() && it.key() == key; ++it)
        if (qAbs(it->wallNs - packet.wallNs) < DuplicateWindowNs)
            duplicate = true;
    m_seen.insert(key, {packet.wallNs});
    m_seenOrder.append({packet.wallNs, key});
    // Forget what is older than any overlap could be.
    qsizetype drop = 0;
    while (drop < m_seenOrder.size() && m_seenOrder.at(drop).first < packet.wallNs - SeenKeptNs)
        ++drop;
    for (qsizetype i = 0; i < drop; ++i) {
        const auto [wallNs, oldKey] = m_seenOrder.at(i);
        for (auto it = m_seen.find(oldKey); it != m_seen.end() && it.key() == oldKey;)
            it = it->wallNs == wallNs ? m_seen.erase(it) : std::next(it);
    }
    m_seenOrder.remove(0, drop);
    return duplicate;
}

CapturedPacket WireCapture::trimmed(const CapturedPacket &packet, int headersLength, quint32 payloadLength) const
{
    if (m_options.fullPackets)
        return packet;
    CapturedPacket kept = packet;
    const qsizetype keep = headersLength + qMin<qsizetype>(payloadLength, PayloadKept);
    if (kept.bytes.size() > keep)
        kept.bytes.truncate(keep);
    return kept;
}

void WireCapture::handle(const CapturedPacket &packet, const DecodedPacket &decoded)
{
    const QList<WireMatcher::Match> matches = m_matcher.match(decoded, packet.wallNs - m_wallMinusSessionNs);
    for (const ConnectionId reused : m_matcher.takeReused()) {
        const auto info = m_session.connections().find(reused);
        m_session.recordText(reused, EventKind::Note,
                             tr("A later connection uses the same addresses and ports as %1 (closed; the port "
                                "was reused after TIME_WAIT): its packets are not recorded as %1's.")
                                 .arg(info ? info->name : QString::number(reused)));
    }
    if (matches.isEmpty())
        return;   // not SocketLab's: never recorded
    const CapturedPacket kept = trimmed(packet, decoded.linkHeaderLength + decoded.ipHeaderLength
                                                    + decoded.transportHeaderLength,
                                        decoded.payloadLength);
    bool held = false;
    QList<ConnectionId> recorded;
    for (const WireMatcher::Match &match : matches) {
        if (match.pendingAccept) {
            held = true;
            continue;
        }
        m_session.recordPacket(kept.wallNs - m_wallMinusSessionNs, match.connection, match.direction, kept);
        recorded.append(match.connection);
        ++m_recorded;
    }
    if (held)
        m_held.append({kept, m_session.clock().nowNs(), recorded});
}

// A listener's packets from a peer not yet accepted wait for accept() (the handshake comes
// first); when the accepted connection is known they are its, and after HoldNs the listener's.
void WireCapture::releaseHeld(bool expireAll)
{
    if (m_held.isEmpty())
        return;
    if (m_session.connections().version() != m_tableVersion) {
        m_tableVersion = m_session.connections().version();
        m_matcher.setConnections(m_session.connections().snapshot());
    }
    const qint64 now = m_session.clock().nowNs();
    const QList<Held> held = std::exchange(m_held, {});
    for (const Held &entry : held) {
        const DecodedPacket decoded = PacketDecoder::decode(entry.packet);
        const QList<WireMatcher::Match> matches
            = m_matcher.match(decoded, entry.packet.wallNs - m_wallMinusSessionNs);
        const bool accepted = std::any_of(matches.cbegin(), matches.cend(),
                                          [](const WireMatcher::Match &m) { return !m.pendingAccept; });
        if (accepted || expireAll || now - entry.heldAtNs > HoldNs) {
            for (const WireMatcher::Match &match : matches) {
                if ((accepted && match.pendingAccept) || entry.recorded.contains(match.connection))
                    continue;
                m_session.recordPacket(entry.packet.wallNs - m_wallMinusSessionNs, match.connection, match.direction,
                                       entry.packet);
                ++m_recorded;
            }
        } else {
            m_held.append(entry);
        }
    }
}

void WireCapture::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_holdTimer->stop();
    QList<DumpcapProcess *> running;
    for (const Capture &capture : std::as_const(m_captures)) {
        running += capture.retiring;
        if (capture.current)
            running.append(capture.current);
    }
    // The kernel hands packets to dumpcap in blocks, at the latest after its read timeout (250 ms):
    // what the last moments sent (the FINs of the sockets just closed) is read before dumpcap is
    // told to end, or it would be lost with its block.
    if (!running.isEmpty()) {
        QEventLoop drain;
        QTimer::singleShot(DrainMs, &drain, &QEventLoop::quit);
        drain.exec();
    }
    // Each dumpcap then writes what it has and reports its statistics; both are waited for, briefly.
    for (DumpcapProcess *process : std::as_const(running))
        process->stop();
    QEventLoop loop;
    int left = 0;
    for (DumpcapProcess *process : std::as_const(running)) {
        if (process->hasEnded())
            continue;
        ++left;
        connect(process, &DumpcapProcess::ended, &loop, [&loop, &left] {
            if (--left == 0)
                loop.quit();
        });
    }
    if (left > 0) {
        QTimer::singleShot(StopTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    releaseHeld(true);
    for (auto it = m_captures.begin(); it != m_captures.end(); ++it)
        runWaiting(*it);
    CaptureStatistics totals = m_totals;
    totals.recorded = m_recorded;
    if (!m_unavailable || totals.received > 0)
        m_session.recordCaptureStatistics(totals);
}
