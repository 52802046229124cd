// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcppath.h"

#include <QQueue>

namespace {

// The two CLOSED boxes of the figure are two nodes: a path may pass each once.
enum Node : int {
    Start,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    Closing,
    TimeWait,
    CloseWait,
    LastAck,
    End,
    NodeCount,
};

TcpState stateOf(int node)
{
    static const TcpState states[] = { TcpState::Closed, TcpState::Listen, TcpState::SynSent,
        TcpState::SynReceived, TcpState::Established, TcpState::FinWait1, TcpState::FinWait2,
        TcpState::Closing, TcpState::TimeWait, TcpState::CloseWait, TcpState::LastAck,
        TcpState::Closed };
    return states[node];
}

// Where each state leads, the usual way first: figure 6 of RFC 793, and RST (or a failed
// connect) from every state that has a peer straight to the end.
const QList<int> &successors(int node)
{
    static const QList<int> none;
    static const QList<QList<int>> all = {
        /* Start */ { Listen, SynSent },
        /* Listen */ { SynReceived, End },
        /* SynSent */ { Established, SynReceived, End },
        /* SynReceived */ { Established, End },
        /* Established */ { FinWait1, CloseWait, End },
        /* FinWait1 */ { FinWait2, Closing, End },
        /* FinWait2 */ { TimeWait, End },
        /* Closing */ { TimeWait, End },
        /* TimeWait */ { End },
        /* CloseWait */ { LastAck, End },
        /* LastAck */ { End },
        /* End */ {},
    };
    return node >= 0 && node < all.size() ? all[node] : none;
}

// The states between from and to (to included, from not), by the fewest steps and, among
// those, the usual route; empty when to cannot follow from.
QList<int> route(int from, int to)
{
    QList<int> previous(NodeCount, -1);
    QQueue<int> queue;
    queue.enqueue(from);
    previous[from] = from;
    while (!queue.isEmpty()) {
        const int node = queue.dequeue();
        if (node == to)
            break;
        for (int next : successors(node)) {
            if (previous[next] < 0) {
                previous[next] = node;
                queue.enqueue(next);
            }
        }
    }
    if (from == to || previous[to] < 0)
        return {};
    QList<int> steps;
    for (int node = to; node != from; node = previous[node])
        steps.prepend(node);
    return steps;
}

} // namespace

TcpPath::TcpPath(ConnectionRole role)
{
    // An accepted socket is born of the listener's LISTEN; the kernel completed its handshake
    // before accept() returned it.
    if (role == ConnectionRole::Accepted)
        m_nodes = { Listen, SynReceived };
    else
        m_nodes = { Start };
    for (int node : std::as_const(m_nodes))
        m_states << stateOf(node);
}

int TcpPath::last() const
{
    return m_nodes.constLast();
}

TcpState TcpPath::current() const
{
    return m_states.constLast();
}

void TcpPath::advanceTo(int target)
{
    for (int node : route(last(), target)) {
        m_nodes << node;
        m_states << stateOf(node);
    }
}

void TcpPath::noteEvent(const TrafficEvent &event)
{
    const EventFacts &facts = event.facts;
    const int now = last();
    const bool weClosedFirst = now == FinWait1 || now == FinWait2 || now == Closing;
    const bool peerClosedFirst = now == CloseWait || now == LastAck;
    switch (event.kind) {
    case EventKind::Listening:
        advanceTo(Listen);
        break;
    case EventKind::ListenStopped:
        advanceTo(End);
        break;
    case EventKind::Connecting:
        advanceTo(SynSent);
        break;
    case EventKind::Accepted:
        if (m_nodes == QList<int> { Start }) { // seen before its role was known
            m_nodes = { Listen, SynReceived };
            m_states = { TcpState::Listen, TcpState::SynReceived };
        }
        advanceTo(Established);
        break;
    case EventKind::Connected:
        advanceTo(Established);
        break;
    case EventKind::EndOfStream: // the peer's FIN
        advanceTo(weClosedFirst || now == TimeWait ? TimeWait : CloseWait);
        break;
    case EventKind::Closing: // ours: FIN (close() or shutdown()), or RST
        if (facts.close == CloseKind::Reset)
            advanceTo(End);
        else
            advanceTo(peerClosedFirst ? LastAck : FinWait1);
        break;
    case EventKind::Closed:
        if (facts.close == CloseKind::Reset || facts.close == CloseKind::Cancelled
            || now == Listen) {
            advanceTo(End);
        } else if (peerClosedFirst || (now == Established && facts.by == CloseSide::Peer)) {
            // Passive close: our FIN answered theirs; its ACK ends LAST_ACK at once on a
            // loopback or LAN, and the socket is gone.
            advanceTo(LastAck);
            advanceTo(End);
        } else if (now == Established) {
            advanceTo(FinWait1); // active close: the kernel says when TIME_WAIT is over
        }
        break;
    default:
        break;
    }
}

void TcpPath::noteKernelState(TcpState state)
{
    switch (state) {
    case TcpState::Unknown: return;
    case TcpState::Closed: advanceTo(m_nodes.size() == 1 && last() == Start ? Start : End); return;
    case TcpState::Listen: advanceTo(Listen); return;
    case TcpState::SynSent: advanceTo(SynSent); return;
    case TcpState::SynReceived:
    case TcpState::NewSynReceived: advanceTo(SynReceived); return;
    case TcpState::Established: advanceTo(Established); return;
    case TcpState::FinWait1: advanceTo(FinWait1); return;
    case TcpState::FinWait2: advanceTo(FinWait2); return;
    case TcpState::Closing: advanceTo(Closing); return;
    case TcpState::TimeWait: advanceTo(TimeWait); return;
    case TcpState::CloseWait: advanceTo(CloseWait); return;
    case TcpState::LastAck: advanceTo(LastAck); return;
    }
}
