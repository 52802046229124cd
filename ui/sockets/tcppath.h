// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"
#include "tcpkernelinfo.h"

#include <QList>

// The path one TCP connection took through the state machine of RFC 793 (figure 6), from two
// sources: the events SocketLab recorded for it (connected, who sent FIN first, RST) and the
// states the kernel reported when asked. Neither is complete on its own: the kernel is asked
// twice a second and loopback passes FIN_WAIT_1 or LAST_ACK in microseconds, and the events do
// not say when TIME_WAIT ends. Events decide on their machine-readable facts (close kind and
// side), never on their text.
//
// The path only moves forward along the figure's transitions (plus RST, which leads from every
// synchronised state to CLOSED): a state reached by more than one step gets the steps in
// between, taking the usual route where two exist (FIN_WAIT_2 rather than the simultaneous
// close's CLOSING, unless CLOSING was seen); a state behind the path (an old answer) is ignored.
class TcpPath
{
public:
    explicit TcpPath(ConnectionRole role = ConnectionRole::Client);

    // An event of this connection; data and notes change nothing.
    void noteEvent(const TrafficEvent &event);
    // What the kernel reported; TcpState::Closed once it has forgotten a socket it had.
    void noteKernelState(TcpState state);

    // Oldest first. CLOSED appears at most twice: where a socket starts and where it ended.
    const QList<TcpState> &states() const { return m_states; }
    TcpState current() const;

private:
    void advanceTo(int node); // a node of the figure (tcppath.cpp)
    int last() const;

    QList<int> m_nodes; // oldest first; m_states names them
    QList<TcpState> m_states;
};
