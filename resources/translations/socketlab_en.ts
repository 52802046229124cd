<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcceptGuard</name>
    <message>
        <source>accept() failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many open files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() paused: %1 (the open-file limit is %2); new connections are refused with a reset until some close; open connections carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) refused: out of file descriptors</source>
        <translation>
            <numerusform>%n connection refused: out of file descriptors</numerusform>
            <numerusform>%n connections refused: out of file descriptors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accept() resumed: descriptors are free again (%n connection(s) were refused meanwhile)</source>
        <translation>
            <numerusform>accept() resumed: descriptors are free again (%n connection were refused meanwhile)</numerusform>
            <numerusform>accept() resumed: descriptors are free again (%n connections were refused meanwhile)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>descriptors are free again; accepting stays paused, as asked (%n connection(s) were refused meanwhile)</source>
        <translation>
            <numerusform>descriptors are free again; accepting stays paused, as asked (%n connection were refused meanwhile)</numerusform>
            <numerusform>descriptors are free again; accepting stays paused, as asked (%n connections were refused meanwhile)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoundedRegex</name>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ByteFormat</name>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ByteLogModel</name>
    <message>
        <source>← in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received: read() returned these bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent: write() was called with these bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Enter: the event in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDiagram</name>
    <message>
        <source>RST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN, SYN-ACK, ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (end of stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s), %1 B</source>
        <translation>
            <numerusform>%n datagram, %1 B</numerusform>
            <numerusform>%n datagrams, %1 B</numerusform>
        </translation>
    </message>
    <message>
        <source>EOF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP port unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDiagramView</name>
    <message>
        <source>The Berkeley calls of this lesson&apos;s server and client, lit as they happen on the real sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (%1 calls, %2 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (%1 calls: %2 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>%n datagram</numerusform>
            <numerusform>%n datagrams</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a column&apos;s title: Server L1 (AF_INET)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureSwitch</name>
    <message>
        <source>Record &amp;packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the real packets of SocketLab&apos;s sockets through dumpcap, Wireshark&apos;s capture helper, and show them in the Wire pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Save the throughput chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels (points in a PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;time shown in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;whole session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassroomLayouts</name>
    <message>
        <source>&amp;Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson, its call diagram and the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log and a large throughput chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log, the packet view and the ladder of a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docks as you arranged them last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout for the room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this bar (View ▸ Classroom layout changes the layout later)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassroomMode</name>
    <message>
        <source>Cla&amp;ssroom mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a projector: large text, high contrast, the log and the chart large, the newest chunk highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listens beyond loopback, but this machine has no network address others can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  or  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseWording</name>
    <message>
        <source>Cl&amp;ose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close(): send what is queued, then close; the peer reads the end of the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close(): send what is queued, then FIN; the peer reads the end of the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abort (discard unsent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abort (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort: close at once, discarding what is not sent yet. A Unix socket has no RST: the peer reads the end of the stream, or &apos;connection reset&apos; if bytes it sent were still unread here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort: close immediately with a TCP RST; the peer sees &apos;connection reset&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close(): the UDP socket is gone; nothing is sent (UDP has no FIN), a peer notices nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP has no RST: Abort closes the socket, as Close does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unexpected argument &apos;%1&apos;: open one session file at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--open needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file, so it cannot be a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such session file &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration %1: expected a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected FORMAT:FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export %1: the file name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reopened session is read-only: --open does not go with --listen, --connect or --echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reopened session is already recorded: --open does not go with --record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export needs --open FILE (to convert) or --headless (to export when the run ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lesson needs a lesson name (--lesson list shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reopened session is read-only: --open does not go with --lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--headless needs at least one --listen, --connect or --lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the session to FILE (default: a new file in the user&apos;s data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.socketlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a recorded session, read-only (the file may also be given without --open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT:FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window: print one line per event to standard output and exit on SIGINT or SIGTERM, after --duration, or when every socket has closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after SECONDS (decimals allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the guided lesson NAME; with --headless, do every step automatically and print each step&apos;s result. &quot;--lesson list&quot; lists the lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session file to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE.socketlab]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listen() backlog of every --listen: how many connections the kernel completes and queues before SocketLab accepts them (default: the system&apos;s maximum, SOMAXCONN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backlog %1: expected a number from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backlog needs --listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[KIND:]ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on [KIND:]ADDRESS. KIND is tcp (the default), udp or unix. TCP: [ADDR:]PORT (127.0.0.1 when ADDR is left out; PORT 0 lets the system choose; IPv6 as [::1]:PORT). UDP: udp:[ADDR:]PORT binds a UDP socket. Unix: a socket file path (unix:/tmp/lab.sock) or an abstract name (unix:@lab). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to [KIND:]ADDRESS. TCP: HOST:PORT (a name, an IPv4 address, or [IPv6]:PORT). UDP: udp:HOST:PORT opens a connected UDP socket. Unix: unix:PATH or unix:@NAME. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back whatever arrives, on every socket (on UDP, each datagram to its sender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a --connect socket is connected, send DATA (escapes as in the send field: \n \r \t \0 \xNN): one datagram on UDP, one write() on the stream kinds (TCP, Unix). Repeatable, sent in order; after the last, a stream connection sends FIN and the run ends when the peer closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketLab: open listening and connecting TCP, UDP and Unix domain sockets, and watch every byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send needs a --connect socket to send on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--responder needs --listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--responder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the packets of SocketLab&apos;s own TCP sockets through the system&apos;s dumpcap (Wireshark&apos;s capture helper); with --headless, print one line per packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every --listen udp: socket joins the multicast GROUP (IPv4 224.0.0.0/4 or IPv6 ff00::/8), on INTERFACE when given (else the system chooses by its routes). Repeatable; a failure is logged with the system&apos;s reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP[@INTERFACE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set TCP_MAXSEG on every TCP --connect socket before connect(): it sends segments of at most N bytes and its SYN announces MSS N, so the peer does too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--join needs a --listen udp: socket to join with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mss %1: expected a number of bytes from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mss needs --connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a --connect socket is connected (and after any --send), send the contents of FILE, any size, as fast as the peer reads it; then a stream connection sends FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the last --send or --send-file, keep the connection open for writing (no FIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the session as FORMAT (text, csv, jsonl, pcapng, socketlab) to FILE: at once with --open, else when a --headless run ends. stream:CONN:FILE writes the bytes connection CONN (a name like L1.2) received, stream-out:CONN:FILE those it sent, byte for byte. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send-file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send-file needs a --connect socket to send on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export %1: expected %2:CONN:FILE, CONN a connection&apos;s name like L1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--script needs --connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--script does its own sending: leave out --send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--script %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--join %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the connections of every --listen by the rules of a responder: a responder FILE (.json, see docs/responders.md), or the NAME of a shipped one (http, smtp, echo-upper, line-counter) or of your own (saved in the responder editor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a script on every --connect socket once it is connected: send, expect (with a timeout), wait, close (FILE .json, see docs/scripts.md, or the NAME of a shipped one: smtp-send). With --headless the run ends when the script does: exit 0 when it completed, 1 with the failing step named.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionInfoPane</name>
    <message>
        <source>TCP state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of the socket in the kernel&apos;s TCP state machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothed round-trip time ± its variation, as the kernel measured them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congestion window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many segments may be in flight (cwnd), and the slow-start threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent and not yet acknowledged by the peer, and bytes the application wrote that the kernel has not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the kernel&apos;s socket table (sock_diag, as ss shows it): send queue (bytes not yet acknowledged) / receive queue (bytes received that the application has not read). For a listener: the backlog size / connections waiting for accept()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments sent again since the connection began, those lost now, and the retransmission timeout (RTO): how long the kernel waits for an ACK before sending again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum segment size, sending / receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_SNDBUF / SO_RCVBUF: the kernel&apos;s send and receive buffer sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_NODELAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: small writes go out at once; off: Nagle&apos;s algorithm groups them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_KEEPALIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: the kernel probes an idle connection to find a dead peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a socket in the Sockets tree to see what the kernel knows about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; listening on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s view is only available for a live session: this one was reopened from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s view (TCP_INFO, /proc/net/tcp) is not available on this platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLOSED: the kernel no longer has this connection (TIME_WAIT is over, or it ended with RST or the final ACK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel has no socket with these addresses (not connected yet, or already gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (closed by SocketLab; the kernel still keeps it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>backlog %1 / %n waiting for accept()</source>
        <translation>
            <numerusform>backlog %1 / %n waiting for accept()</numerusform>
            <numerusform>backlog %1 / %n waiting for accept()</numerusform>
        </translation>
    </message>
    <message>
        <source>send %1 / receive %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>, ssthresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not yet sent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 lost), RTO %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (closed in SocketLab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timeouts of the current segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is on the other end of this Unix socket, as the kernel recorded it at connect() (SO_PEERCRED): process id, program (/proc/PID/comm), user and group. TCP cannot say this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket&apos;s inode and its peer&apos;s, as ss -x shows them: they pair the two ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel has no such Unix socket any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (a listener has no peer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket %1, peer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind() or listen() failed, so this socket never existed in the kernel: there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionLadder</name>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect (SYN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected (SYN-ACK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown: FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN (read returns 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionMenu</name>
    <message>
        <source>Resume &amp;accepting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause &amp;accepting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While paused, new clients complete the handshake and wait in the kernel&apos;s backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;cap (now %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive cap per connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose listener and its connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume &amp;reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause &amp;reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive &amp;cap (now %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many connections of %1 open at once; more are refused (reset) and the log names them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading a connection of %1 once it has sent this many MiB (0: no cap). Applies to connections accepted from now on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading %1 once it has sent this many MiB (0: no cap):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Broadcast allowed (SO_BROADCAST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, sendto() a broadcast address fails with EACCES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join multicast group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave multicast group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast &amp;TTL / hop limit (now %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast l&amp;oopback (IP_MULTICAST_LOOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: members of the group on this host get what this socket sends to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive &amp;buffer (SO_RCVBUF, now %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send b&amp;uffer (SO_SNDBUF, now %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peer cap (now %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datagrams %1 sends to a group cross at most this many routers (0: they stay on this host, 1: on the local network):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_RCVBUF of %1 in bytes: what the kernel holds for it before it drops datagrams (the kernel doubles it, within net.core.rmem_max):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_SNDBUF of %1 in bytes (the kernel doubles it, within net.core.wmem_max):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many peers of %1 get a row of their own; datagrams of further peers are recorded under one &quot;other peers&quot; row:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer sent FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStreams</name>
    <message>
        <source>Save received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every byte this connection received to a file, exactly as it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every byte this connection sent to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the SHA-256 of what this connection received and sent, to compare with the other end (sha256sum, Python&apos;s hashlib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 bytes in %2 reads, sent %3 bytes in %4 writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what %1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what %1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the %1 bytes %2 received to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the %1 bytes %2 sent to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what it &amp;received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what it s&amp;ent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 received: %1
SHA-256 sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTreeModel</name>
    <message>
        <source>listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, reading paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — on all interfaces!</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) accepted</source>
        <translation>
            <numerusform>%n connection accepted</numerusform>
            <numerusform>%n connections accepted</numerusform>
        </translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable from other machines: this listener is bound to every network interface (%1), so anyone who can reach this computer can connect. Listen on 127.0.0.1 or ::1 to keep it on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 queued to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen at %1 s, last seen at %2 s; %3 datagram(s) in, %4 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n datagram(s) dropped by the kernel</source>
        <translation>
            <numerusform>, %n datagram dropped by the kernel</numerusform>
            <numerusform>, %n datagrams dropped by the kernel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n peer</numerusform>
            <numerusform>%n peers</numerusform>
        </translation>
    </message>
    <message>
        <source>other peers (beyond the cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen %1–%2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, broadcast allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, member of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatagramListView</name>
    <message numerus="yes">
        <source>%Ln more datagram(s) not shown: select fewer rows to see them.</source>
        <translation>
            <numerusform>%Ln more datagram not shown: select fewer rows to see them.</numerusform>
            <numerusform>%Ln more datagrams not shown: select fewer rows to see them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Datagram %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty datagram: 0 bytes)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockLayout</name>
    <message>
        <source>Sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DumpcapProcess</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dumpcap stopped unexpectedly (it crashed or was killed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dumpcap exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dumpcap ended on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a pipe for dumpcap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capture stream from dumpcap could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the capture stream could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointAddress</name>
    <message>
        <source>Missing &apos;]&apos; after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;:PORT&apos; after &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put an IPv6 address in brackets: [::1]:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a port number (0 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port is a number; &apos;%1&apos; is not a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is out of range (0 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on an IP address (such as 127.0.0.1 or ::1), not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sockets are not yet supported by this version of SocketLab; use tcp: or unix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a socket file path (/tmp/lab.sock) or an abstract name (@lab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Unix socket address cannot hold a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name after &apos;@&apos; (an abstract socket name, such as @lab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 bytes long; a Unix socket address holds at most %3 (sun_path): choose a shorter path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a directory; a socket needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port 0 cannot be connected to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointHost</name>
    <message>
        <source>bind %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() returned a new socket for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getaddrinfo(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket(), connect(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not connected: %n byte(s) not sent</source>
        <translation>
            <numerusform>not connected: %n byte not sent</numerusform>
            <numerusform>not connected: %n bytes not sent</numerusform>
        </translation>
    </message>
    <message>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application stops calling read()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application reads again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>echo on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>echo off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() on the listening socket; accepted connections stay open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this connection is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() is not called: the kernel completes handshakes into the backlog until it is full, then ignores new SYNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat relay: what one connection sends goes to the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send() would block: the kernel&apos;s send buffer is full and %1 bytes wait; the peer is not taking them (its receive window is closed or small)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel took the queued bytes: the peer&apos;s window opened, sending goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): this connection cannot send any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt(TCP_NODELAY, 1): Nagle&apos;s algorithm off, each write() leaves at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt(TCP_NODELAY, 0): Nagle&apos;s algorithm on, small writes wait for the previous one&apos;s ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt(TCP_NODELAY) failed: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>refused %1: the cap of %n open connection(s) is reached (closed with RST)</source>
        <translation>
            <numerusform>refused %1: the cap of %n open connection is reached (closed with RST)</numerusform>
            <numerusform>refused %1: the cap of %n open connections is reached (closed with RST)</numerusform>
        </translation>
    </message>
    <message>
        <source>receive cap reached (%1 of %2 bytes): SocketLab stops reading this connection; the peer is held by flow control. Raise the cap, or close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>connection cap: at most %n open connection(s); more are refused</source>
        <translation>
            <numerusform>connection cap: at most %n open connection; more are refused</numerusform>
            <numerusform>connection cap: at most %n open connections; more are refused</numerusform>
        </translation>
    </message>
    <message>
        <source>receive cap for new connections: %1 bytes each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive cap: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting paused: new connections complete the handshake and wait in the kernel&apos;s backlog until accept() is called again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting resumed: accept() takes the waiting connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued to send: the peer is not reading, its receive window and our send buffer are full; the bytes wait, nothing is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the queued bytes have all been handed to the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %n byte(s) recorded as sent just before were not sent: this connection can no longer send</source>
        <translation>
            <numerusform>the %n byte recorded as sent just before were not sent: this connection can no longer send</numerusform>
            <numerusform>the %n bytes recorded as sent just before were not sent: this connection can no longer send</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of echo wait for the peer, which is not reading them: SocketLab stops reading this connection until they drain, so flow control holds the sender; nothing is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relayed to %2 wait, it is not reading them: SocketLab stops reading this connection until they drain, so flow control holds the sender; nothing is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sockets cannot listen in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sockets cannot connect in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>refused %1: the cap of %n open connection(s) is reached (closed)</source>
        <translation>
            <numerusform>refused %1: the cap of %n open connection is reached (closed)</numerusform>
            <numerusform>refused %1: the cap of %n open connections is reached (closed)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 datagrams dropped by the kernel: receive buffer full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application stops calling recvmmsg(): datagrams queue in the receive buffer, and when it is full the kernel drops them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not on a UDP socket (UDP has no stream to shut down, no Nagle, no connection to reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responder %1 answers the connections accepted from now on (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no responder: new connections are not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: the connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: the writing side is being shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: the connection is being closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: the connection is being reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a file: only on a stream connection (TCP, Unix); on UDP every chunk would be a datagram that may be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not sent: this connection is still sending %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected: %1 is not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the file %1 (%2 bytes): read %3 KiB at a time, each read when the kernel has taken what was written before, so the peer&apos;s reading sets the pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 is sent: %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the file %1 stopped after %2 of %3 bytes: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the file %1 %2 after %3 of %4 bytes; nothing more of it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responder %1 answers every peer&apos;s datagrams from now on (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no responder: datagrams are not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responder %1 reloaded (%2): every peer is answered by the saved rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responder %1 reloaded (%2): the saved rules answer new connections, and each open one from its next request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointPanel</name>
    <message>
        <source>Listen: socket(), bind(), listen()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local address to bind. 127.0.0.1 and ::1 (loopback) are reachable only from this computer; 0.0.0.0 and :: accept connections from the whole network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 lets the system choose a free port; the chosen port is shown in the socket list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo what arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every received byte straight back, like an echo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen(): the socket waits for connections; each one accepted appears under it in the socket list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect: socket(), connect()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name (looked up first), an IPv4 address or an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect(): the TCP handshake (SYN, SYN-ACK, ACK); &apos;connection refused&apos; means nothing listens on that port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind to an IP address of this computer, not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 accepts connections from every network this computer is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 0 cannot be connected to: enter the server&apos;s port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing (or echo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responder: what arrives is only recorded (and echoed when Echo is on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A responder answers each connection the listener accepts (each peer of a UDP socket) by its rules, like a small server: http, smtp, echo-upper, line-counter, or one of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the responder editor: see a responder&apos;s rules, test them on sample input, and save your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDescription</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s since the session started (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDetailDialog</name>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFacts</name>
    <message>
        <source>FIN by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN by the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST by the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-close: shutdown(SHUT_WR) by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen-failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen-stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading-paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading-resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end-of-stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send-blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send-resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer-seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagrams-dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Unknown export format &quot;%1&quot;: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, one row per event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines, one object per event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcapng for Wireshark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketLab session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Cannot export to %1: it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to %1 cancelled; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: it is not a regular file (a device, a pipe or a socket)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Cannot read %1 payload bytes at offset %2 of the session journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSend</name>
    <message>
        <source>the file ended after %1 of %2 bytes: it shrank while being sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSendBar</name>
    <message>
        <source>Sending a file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending the file: nothing more of it is read or written; what the kernel already has still reaches the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes handed to the socket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessLesson</name>
    <message numerus="yes">
        <source>Lesson %1: all %n step(s) done</source>
        <translation>
            <numerusform>Lesson %1: all %n step done</numerusform>
            <numerusform>Lesson %1: all %n steps done</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson %1: stopped at step %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1: interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lesson %1: %2 (%n step(s))</source>
        <translation>
            <numerusform>Lesson %1: %2 (%n step)</numerusform>
            <numerusform>Lesson %1: %2 (%n steps)</numerusform>
        </translation>
    </message>
    <message>
        <source>      ok in %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      FAILED after %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the wire: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <source>the recording is written again: reading and sending resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HexChunks</name>
    <message>
        <source>Chunk %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunk %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte %L1 of %L2 in this chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset %L1 (0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value 0x%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HexView</name>
    <message>
        <source>&amp;Copy as Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot record to %1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link (to %2): recording would write wherever it points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a recorded session: SocketLab never records over one (its %2 bytes would be lost); choose a new file name, or open it with --open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SocketLab session: recording would replace its %2 bytes; choose a new file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record to %1: cannot remove the symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalGate</name>
    <message>
        <source>The recording cannot be written: %1. SocketLab stops reading every connection and sends nothing (no echo, no relay) until it can, so nothing leaves that is not recorded; TCP flow control holds the peers. Free some space, or record elsewhere: it resumes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The recording is written again, after %1 s: reading resumes, and %n held send(s) go out now</source>
        <translation>
            <numerusform>The recording is written again, after %1 s: reading resumes, and %n held send go out now</numerusform>
            <numerusform>The recording is written again, after %1 s: reading resumes, and %n held sends go out now</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording moved from %1 to %2: everything recorded so far was copied, and the session goes on there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalReader</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a SocketLab session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SocketLab session (it does not start with the session file signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut short inside its 32-byte header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer SocketLab (session format %2; this version reads up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a damaged header (version %2, header size %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a record header (the writer stopped mid-record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible record length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record says %1 bytes but only %2 remain (the writer stopped mid-record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum mismatch (the file was changed or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event record too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed connection record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end record too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a damaged header (start time %2 ms is outside the years 1970 to 9999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed facts record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed packet record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed capture statistics record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernelInfoReader</name>
    <message>
        <source>not available on this platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket is closed: the kernel has forgotten it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LadderView</name>
    <message>
        <source>Each event of this connection and its peer, in time order: click one to select its row in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a connection to see its events as a ladder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonLoader</name>
    <message>
        <source>is not a listener role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a listener: it cannot send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a listener role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: &apos;%1&apos; differs from the file&apos;s name (expected &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported (this SocketLab reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use lower-case letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson needs at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson needs at least one socket role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is declared twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a listener role declared before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a declared role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template {%1} does not name a declared role, as in {server.port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template {%1}: unknown field &apos;%2&apos; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown socket call &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step needs &quot;do&quot; or &quot;expect&quot; (or both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a listener role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send needs exactly one of &quot;text&quot; or &quot;fill&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;in&quot; or &quot;out&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail texts are translated and cannot be matched: use &quot;error&quot;, &quot;close&quot; or &quot;closedBy&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; (expected listener, client, accepted or udp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a udp role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a udp role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a client or udp role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a byte count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown TCP flag &apos;%1&apos; (known: SYN, ACK, FIN, RST, PSH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendFile needs &quot;fill&quot;: the size of the file to make and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stream condition needs &quot;equals&quot;, &quot;contains&quot;, &quot;sizes&quot;, &quot;atLeastBytes&quot; or &quot;sameAs&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shipped responder is called &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a client or accepted role: only a connection&apos;s rows can be selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a name for an own responder (lower-case letters, digits, &apos;-&apos;, not a shipped responder&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs &quot;responder&quot;: the shipped one to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editReply needs &quot;ownCopy&quot;: the listener&apos;s own responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a script runs on a TCP client, not on a udp role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shipped script is called &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;accepted&quot; goes with a listener role and &quot;contains&quot; alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a client or accepted role: a message arrives on a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos; (known: smtp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected event, stream, state, wire or message)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lesson; one you leave resumes where you were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These lesson files were not loaded:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let SocketLab do this step for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this lesson&apos;s sockets and start again at step 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Look at:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Done. Press Next when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Done: that was the last step of this lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it yourself in the app, or press &lt;b&gt;Do it&lt;/b&gt;. Waiting for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td colspan=3&gt;&lt;i&gt;not created yet&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n accepted</source>
        <translation>
            <numerusform>, %n accepted</numerusform>
            <numerusform>, %n accepted</numerusform>
        </translation>
    </message>
    <message>
        <source>, not reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sockets now:&lt;/b&gt;&lt;table cellspacing=0 cellpadding=2&gt;%1&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Socket calls:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Next when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last step of this lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2 (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On the wire:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonResponders</name>
    <message>
        <source>%1: rule &apos;%2&apos; has no reply with &apos;%3&apos; in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <source>&apos;%1&apos; is not listening yet: do the step that creates it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist yet: do the step that creates it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 = %2  %3  %4, %n accepted</source>
        <translation>
            <numerusform>%1 = %2  %3  %4, %n accepted</numerusform>
            <numerusform>%1 = %2  %3  %4, %n accepted</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = %2  %3 → %4  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a directory for the socket file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in pieces of exactly %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2  %3  %4, %5 datagram(s) in, %6 out, %7 dropped by the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port yet: do the step that creates it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server ignores this request: its own choice, as it does with about %1 % of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received on the wire: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent on the wire: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a directory for the lesson&apos;s file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the lesson&apos;s file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly what %1 sent (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly what %1 received (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a mail message (DATA, the message, a line with a lone &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 received a message of %3 bytes from %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonWire</name>
    <message>
        <source>Packets are not shown: the capture is off (Capture ▸ Record packets, or start SocketLab with --capture).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSessions</name>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session&apos;s recording is failing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could not be written yet is lost when it ends. Record it elsewhere first, or end it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End it and start a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a new session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session. The previous one is kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>Show one connection (a listener includes the connections it accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket events only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show received bytes, sent bytes, all data, or only socket events (listen, accept, connect, close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the time of day instead of seconds since the session started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest row in view; scrolling up stops following, scrolling to the bottom resumes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows the filters show, of every row in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 (read-only) — SocketLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened %1, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording of this session was interrupted (SocketLab did not close it); everything recorded up to then is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
Everything before that point is shown (%n event(s)).</source>
        <translation>
            <numerusform>%1
Everything before that point is shown (%n event).</numerusform>
            <numerusform>%1
Everything before that point is shown (%n events).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopened %1, read-only — incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running: wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons are available in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the session to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the session to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start “%1” in a new session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session already has events. A new session starts with an empty log and no sockets; this one is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select rows of %1 in the log to see its bytes here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MulticastGroup</name>
    <message>
        <source>not a multicast address (IPv4 224.0.0.0/4, IPv6 ff00::/8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interface name after @ is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s choice of interface</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MulticastJoinDialog</name>
    <message>
        <source>Join a multicast group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joins the group (IP_ADD_MEMBERSHIP): GROUP, or GROUP@INTERFACE to choose the interface, e.g. 239.1.2.3@lo or ff02::1:3@lo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnResponders</name>
    <message>
        <source>%1: &apos;%2&apos; is a shipped responder: choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: you have no responder of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot remove: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketLayers</name>
    <message>
        <source>Loopback (BSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (IPv4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux cooked capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link-layer address type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link-layer address length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link-layer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux cooked capture v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Protocol version 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Protocol version 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and header length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4, header %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCP and ECN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>don&apos;t fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags and fragment offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Version, traffic class, flow label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6, class %1, flow %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission Control Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum segment size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift %1 (×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SACK permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1, echo reply %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Datagram Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, the first %2 captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketLayersView</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a packet to see its bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketSelection</name>
    <message>
        <source>The selection spans several connections: select rows of one connection to see its stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection holds more than %1: select fewer rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 %3 at %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event carries no bytes: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← in from %1 · %2 · #%3 at %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ out to %1 · %2 · #%3 at %4 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketView</name>
    <message>
        <source>1 chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a data event to see its bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunks %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte selected at 0x%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 bytes selected at 0x%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · received %1 (blue), sent %2 (red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty datagram: valid in UDP, it carries 0 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 datagram — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 datagrams, %2 — %3: each one a message of its own, its boundaries kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadParser</name>
    <message>
        <source>Lone backslash at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\x needs two hex digits at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown escape: backslash then %1 at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown escape \%1 at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex digit %1 at position %2 has no partner: a byte needs two digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x at position %1 is not followed by hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a hex digit: %1 at position %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PcapngExporter</name>
    <message numerus="yes">
        <source>%n Unix socket connection(s) left out of the pcapng file (%1): pcapng has no link type for them; text, CSV and JSON Lines exports have their bytes.</source>
        <translation>
            <numerusform>%n Unix socket connection left out of the pcapng file (%1): pcapng has no link type for them; text, CSV and JSON Lines exports have their bytes.</numerusform>
            <numerusform>%n Unix socket connections left out of the pcapng file (%1): pcapng has no link type for them; text, CSV and JSON Lines exports have their bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeerCredentials</name>
    <message>
        <source>pid %1, uid %2, gid %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lesson %1: no such lesson (there are: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the last %2 bytes of the recording could not be written: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP (network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix domain (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A socket file path such as /tmp/lab.sock, or an abstract name such as @lab (Linux: no file, gone with the socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP (datagrams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: an IP address and a port, reachable over the network. UDP: the same addresses, but datagrams: each keeps its boundaries, none is resent, and there is no connection to accept. Unix domain: a socket file (or an @abstract name) that only processes on this computer can reach; the file&apos;s permissions say who may connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingBanner</name>
    <message>
        <source>Record elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what is recorded so far to a new file on another disk and go on recording there; the old file is removed, freeing its space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketLab sessions (*.socketlab)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingDestination</name>
    <message>
        <source>Record the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the link with the recording? What it points to is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file with the recording? Its contents are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryQuestion</name>
    <message>
        <source>Recover sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SocketLab stopped without closing %n recorded session(s):</source>
        <translation>
            <numerusform>SocketLab stopped without closing %n recorded session:</numerusform>
            <numerusform>SocketLab stopped without closing %n recorded sessions:</numerusform>
        </translation>
    </message>
    <message>
        <source>

Everything recorded up to the interruption is there. Open them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyTemplate</name>
    <message>
        <source>&quot;${&quot; at position %1 is not closed by &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown variable &quot;%1&quot; at position %2 (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown modifier &quot;%1&quot; at position %2 (known: upper, lower)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponderDriver</name>
    <message>
        <source>responder %1: the saved rules answer from this request on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponderEditor</name>
    <message>
        <source>Responders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rules as loading does and save them as your own responder under the name above; listeners answering by it take them from their next connection or request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shipped responder is a read-only template: your edits are saved as your own responder under the name below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters, digits and &apos;-&apos;; the file is NAME.json in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per chunk (each read as it came)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per line (LF or CRLF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per chunk, a rule sees exactly what one read() returned: what the peer wrote in one send() may arrive split over two reads, or two writes in one read, since TCP is a byte stream. Per line, the bytes are collected up to each line feed and every line is matched without its LF or CRLF, the way line protocols such as SMTP or an HTTP request are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules match case-insensitively unless they say otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: no rule names a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules, in order: the first that matches answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to %1, not saved yet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. Listeners answering by it take the saved rules from their next connection or request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this responder of yours (its file); listeners answering by it keep its rules until they close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your responder %1? Its file %2 is removed; listeners answering by it keep its rules until they close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponderEngine</name>
    <message>
        <source>responder %1: a line longer than %2 bytes is matched in pieces of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responder %1: rule &quot;%2&quot;: the regular expression gave up (it backtracks too much); taken as no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responder %1: rule &quot;%2&quot; answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responder %1: rule &quot;%2&quot; answered (state %3 → %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; its reply was cut at %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responder %1: rule &quot;%2&quot; cannot send the file %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the responder was not read from a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponderLoader</name>
    <message>
        <source>a responder needs at least one rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names two rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown trigger &apos;%1&apos; (expected connect or data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing can follow close or abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connect rule needs &quot;then&quot; or &quot;next&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connect rule matches nothing: leave out match, text and hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (any, exact, prefix, contains or regex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown match &apos;%1&apos; (expected any, exact, prefix, contains or regex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${bodyLength} needs a &quot;body&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\%1 names a group, but only a regular expression has groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\%1 names a group the regular expression does not have (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body cannot contain its own length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${input} is what arrived: a connect rule has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a state name uses letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule is in state &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the rules name states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: &apos;%1&apos; differs from the file&apos;s name (expected &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action has exactly one of reply, replyHex, wait, close, abort or sendFile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file name in the responder&apos;s folder (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; no path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file, nor a shipped or own responder (there are: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleFields</name>
    <message>
        <source>version %1 is not supported (this SocketLab reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use lower-case letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown framing &apos;%1&apos; (expected chunk or line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;any&quot; matches everything: leave out text and hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of &quot;text&quot; or &quot;hex&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a regular expression is text: use &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: it matches everything, say &quot;any&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>Unique in the responder; the log&apos;s note names the rule that answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on data that matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on connect (a greeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (escapes \r \n \t \xNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-insensitive (ASCII letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule applies only while the connection is in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays in its state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the rule answered, the connection moves to this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once per connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abort (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escapes \r \n \t \xNN; \1 … \9 a regular expression&apos;s group; variables ${name} ${peer} ${counter} ${time} ${received} ${input} ${bodyLength}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: sent after the reply; ${bodyLength} in the reply is its length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply hex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a file in the responder&apos;s own folder (%1): its bytes are sent, at most 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleTrial</name>
    <message>
        <source>What a peer sends, e.g. GET / HTTP/1.1 and an empty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line ends with CRLF (\r\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line ends with LF (\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly as typed (escapes only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line break in the sample becomes these bytes, and so does the end of the last line: a line protocol answers only whole lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the rules on the sample as a new connection that sends it, without a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rule answers, and the exact bytes it sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample input (escapes \r \n \t \xNN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would happen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample, line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sends (length %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes the connection (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborts the connection (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule answered (sample length %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is now in state %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptLoader</name>
    <message>
        <source>a script needs at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing can follow close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step has exactly one of send, sendHex, expect, wait or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown match &apos;%1&apos; (expected any, exact, prefix, contains or regex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file, nor a shipped script (there are: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptRunner</name>
    <message>
        <source>nothing matched within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (expect any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (expect %2 &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (wait %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection ended before the script began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script %1 completed: all %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script %1 failed at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; received and not matched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appended to every send: LF for Unix-style text protocols, CRLF for HTTP, SMTP and Telnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times to send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write(): hand the bytes to the kernel&apos;s send buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop repeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the repeats still to come on this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop calling read(): the receive buffer fills, the TCP window closes and the peer&apos;s writes eventually block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every byte received on this connection straight back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the listening socket; connections it accepted stay open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a connection in the socket list to send on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; listens on %2; select one of its connections to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send on &lt;b&gt;%1&lt;/b&gt; %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: type some text or choose a line ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a file&apos;s contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to send, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends; Up and Down recall earlier sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the listening socket and the connections it accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; no longer listens on %2; its connections stay open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT, e.g. 127.0.0.1:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendto(): where Send puts each datagram from this UDP socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendto() the peer of the selected datagram or peer row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a file&apos;s contents as one datagram of up to %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a received datagram in the log or a peer row to reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 is %L2 bytes, and one UDP datagram carries at most %L3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datagrams from &lt;b&gt;%1&lt;/b&gt; %2 (%3) to the address in To; select a received datagram to reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; stands for the peers beyond the cap: Send goes to the address in To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply goes to the peer &lt;b&gt;%1&lt;/b&gt; %2; Send to the address in To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendto(): one datagram to the address in To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text understands \r \n \t \\ \0 and \xNN; hex takes pairs like 48 65 6c 6c 6f; File takes the path of a file to send, of any size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file and send its contents, any size: read and written a chunk at a time, as fast as the peer reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream a file&apos;s contents, any size, as fast as the peer reads them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the path of the file to send, or choose one with Send file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot record to %1: it is being recorded by another session (process %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record to %1: it is being recorded by another session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCopy</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <source>Open a recorded session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketLab sessions (*.socketlab);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the throughput chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the chart to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLoader</name>
    <message>
        <source>Loading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This loader has already been started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketOptions</name>
    <message>
        <source>not supported on this platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not supported on this system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Time since the session started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections made or accepted in this session, and how many are still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received and sent by every connection, and events in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file this session is recorded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in, %2 out, %n socket(s) open at the end, </source>
        <translation>
            <numerusform>%1 in, %2 out, %n socket open at the end, </numerusform>
            <numerusform>%1 in, %2 out, %n sockets open at the end, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in, %2 out, %n socket(s) open, </source>
        <translation>
            <numerusform>%1 in, %2 out, %n socket open, </numerusform>
            <numerusform>%1 in, %2 out, %n sockets open, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file this session is recorded to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepOutcome</name>
    <message>
        <source>%1 listens on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connected to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received “%2” (%3 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent “%2” (%3 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received a message of %2 bytes from %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamExport</name>
    <message>
        <source>no connection named %1: the session has no connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection named %1: the session has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpConnection</name>
    <message>
        <source>Connection timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 not found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection attempt cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close(): FIN follows the %1 queued bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close(): FIN sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted: RST sent, unsent data discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection reset by peer (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer closed the connection (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queued byte(s) not sent: the socket closed at the peer&apos;s end of stream</source>
        <translation>
            <numerusform>%n queued byte not sent: the socket closed at the peer's end of stream</numerusform>
            <numerusform>%n queued bytes not sent: the socket closed at the peer's end of stream</numerusform>
        </translation>
    </message>
    <message>
        <source>closed by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): FIN follows the %1 queued bytes; this end still reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): FIN sent; this end still reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR) failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close(): FIN sent, after the peer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close(): FIN follows the %1 queued bytes, after the peer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by us after the peer&apos;s FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read() returned 0: the peer sent FIN and will send no more; this end can still send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send(): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer closed the connection (FIN or RST: not known, no descriptor was spare to keep the socket&apos;s state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt(TCP_MAXSEG, %1) before connect(): segments of at most %1 bytes, and the SYN announces MSS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt(TCP_MAXSEG, %1) failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpKernelReader</name>
    <message>
        <source>getsockopt(TCP_INFO) failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_INFO is not available on this platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpListener</name>
    <message>
        <source> (ports below 1024 need administrator rights; pick a port from 1024 up, or 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket(), bind(%1), listen(backlog %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpListeningSocket</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpStateDiagram</name>
    <message>
        <source>The TCP state machine (RFC 793). The filled box is the state the kernel reports; the thick arrows are the path this connection took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect() / SYN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN / SYN+ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN / ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN+ACK / ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() / FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN / ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 MSL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThroughputChart</name>
    <message>
        <source>Wheel: zoom time, drag: pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following the clock. Traffic is still counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the last %1 seconds again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds since session start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show the captured packets per second, on the right-hand axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpConnection</name>
    <message>
        <source>Host %1 not found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected: the name did not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the datagram recorded as sent just before was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close(); final tally: %1 datagrams recorded + %2 dropped by the kernel = %3 reached the socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1 bytes is more than one UDP datagram carries (%2 bytes over %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpDestination</name>
    <message>
        <source>Type where to send: HOST:PORT, e.g. 127.0.0.1:5000 or [::1]:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a name: type its IP address (a datagram is sent without a name lookup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 0 is no destination: type the port the peer listens on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpEndpoint</name>
    <message>
        <source>%1 datagrams dropped by the kernel: receive buffer full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket(SOCK_DGRAM), bind(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.others</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the cap of %n peer row(s) is reached: datagrams of further peers (the first is %1) are recorded under this row</source>
        <translation>
            <numerusform>the cap of %n peer row is reached: datagrams of further peers (the first is %1) are recorded under this row</numerusform>
            <numerusform>the cap of %n peer rows is reached: datagrams of further peers (the first is %1) are recorded under this row</numerusform>
        </translation>
    </message>
    <message>
        <source>first datagram from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first datagram to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send: this UDP socket is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the datagram recorded as sent just before was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send(): this UDP socket is not connected: give a destination (HOST:PORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send(): the &quot;other peers&quot; row has no single address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendto() would block: the kernel&apos;s send buffer is full; the repeat waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the send buffer has room again: sending goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UDP socket closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final tally: %1 datagrams recorded + %2 dropped by the kernel = %3 reached the socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close()</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>peer cap: at most %n peer row(s); datagrams of further peers go to one &quot;other peers&quot; row</source>
        <translation>
            <numerusform>peer cap: at most %n peer row; datagrams of further peers go to one "other peers" row</numerusform>
            <numerusform>peer cap: at most %n peer rows; datagrams of further peers go to one "other peers" row</numerusform>
        </translation>
    </message>
    <message>
        <source>setsockopt(SO_BROADCAST, 1): sending to a broadcast address is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt(SO_BROADCAST, 0): sending to a broadcast address fails with EACCES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left multicast group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt(SO_RCVBUF, %1): the kernel reserves %2 bytes (it doubles the request for its own bookkeeping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt(SO_SNDBUF, %1): the kernel reserves %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1 bytes is more than one UDP datagram carries (%2 bytes over %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt(IPV6_MULTICAST_HOPS, %1): datagrams to groups cross at most %1 router(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt(IP_MULTICAST_TTL, %1): datagrams to groups cross at most %1 router(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multicast loopback on: this host&apos;s own members of a group get what this socket sends to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multicast loopback off: this host&apos;s own members of a group do not get what this socket sends to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined multicast group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a UDP peer has no connection to end; nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpErrors</name>
    <message>
        <source>an ICMP port-unreachable came back: nothing listens on the peer&apos;s port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the datagram is larger than UDP (65,507 bytes over IPv4, 65,527 over IPv6) or the path allows; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the send buffer is full; the datagram was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: broadcast needs SO_BROADCAST, ports below 1024 need administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpKernelReader</name>
    <message>
        <source>sock_diag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getsockname(): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fstat(): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sock_diag does not list this socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available on this platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to: %1 (only its datagrams arrive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to: — (not connected: datagrams from anyone arrive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffers: send %1 / receive %2 (SO_SNDBUF / SO_RCVBUF, as the kernel doubled them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues: send %1 / receive %2 (bytes the kernel holds, its bookkeeping included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped by the kernel (receive buffer full): %1 (sock_diag), %2 (/proc/net/udp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpListener</name>
    <message>
        <source>no session to record into</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpPinger</name>
    <message>
        <source>ping %1: no reply within %2 s: counted as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pings: %2 answered, %3 lost (%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no reply, so no round-trip time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; RTT min/avg/max %1/%2/%3 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpSocket</name>
    <message>
        <source>bind(): not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the socket is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL / hop limit %1: expected 0 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multicast: the socket is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a multicast address (IPv4 224.0.0.0/4, IPv6 ff00::/8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv4 group; this socket is IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv6 group; this socket is IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such interface: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: no route for the group; name an interface, or add a multicast route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnixConnection</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (nothing listens on this abstract name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the socket file exists, but no program listens on it any more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no socket file at this path: is the server running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the socket file&apos;s permissions, or a directory on its path, do not let this user in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the listener&apos;s backlog is full: it does not accept fast enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send(): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queued byte(s) not sent: the peer has closed its end</source>
        <translation>
            <numerusform>%n queued byte not sent: the peer has closed its end</numerusform>
            <numerusform>%n queued bytes not sent: the peer has closed its end</numerusform>
        </translation>
    </message>
    <message>
        <source>closed: the peer closed its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by us after the peer&apos;s end of stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection reset by peer: it closed with bytes it had not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv(): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset by the peer (it closed with unread data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read() returned 0: the peer ended its stream and will send no more; this end can still send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer closed the connection (end of stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): the end of stream follows the %1 queued bytes; this end still reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): end of stream sent; this end still reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection attempt cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close(): the end of stream follows the %1 queued bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close(): end of stream sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>aborted: %n unsent byte(s) discarded (a Unix socket has no RST: the peer reads the end of the stream)</source>
        <translation>
            <numerusform>aborted: %n unsent byte discarded (a Unix socket has no RST: the peer reads the end of the stream)</numerusform>
            <numerusform>aborted: %n unsent bytes discarded (a Unix socket has no RST: the peer reads the end of the stream)</numerusform>
        </translation>
    </message>
    <message>
        <source>aborted (a Unix socket has no RST: the peer reads the end of the stream)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnixKernelReader</name>
    <message>
        <source>sock_diag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fstat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sock_diag gave no answer for this socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available on this platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnixListener</name>
    <message>
        <source>%1 is a directory; a socket needs a file name of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a regular file, not a socket: SocketLab does not overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a socket file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use: another program listens on this socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a socket file that cannot be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a stale socket file that cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlink(%1): removed a stale socket file; nothing listened on it (connect() was refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket(AF_UNIX): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the directory %1 does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (this user may not create files in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (another socket has this abstract name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a file appeared at this path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen(): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlink(%1): the socket file is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() works again: descriptors are free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept(): %1; waiting connections stay in the backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket(AF_UNIX), bind(%1), listen(backlog %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to SocketLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to SocketLab&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open listening and connecting TCP sockets, send bytes through them and watch every byte, state change and read() as it happens. Everything is recorded, so a session can be reopened and exported later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Echo demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A listener that echoes on 127.0.0.1 and a client already connected to it: type in the send field and watch the bytes come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-by-step lessons: listen() and accept(), byte streams without message boundaries, FIN and RST, flow control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a recorded session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a .socketlab file, read-only, to look at it again or export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start with an empty workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the forms on the left to listen or connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this page at start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a recorded .socketlab session, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the session as text, CSV, JSON Lines or pcapng (for Wireshark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export session &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput chart as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the send field: Enter there sends, Up and Down recall earlier sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close: send what is queued, then FIN; the peer reads the end of the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abort (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort: close immediately with a TCP RST; the peer sees &apos;connection reset&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Echo demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a listener that echoes on 127.0.0.1 and a client connected to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy row &amp;bytes as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wall clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every pane back where it was on first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketLab will use %1 from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SocketLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SocketLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SocketLab %1&lt;/h3&gt;&lt;p&gt;Teach and inspect TCP sockets: open listeners and connections, send bytes and watch every one of them.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every socket and start a new session with an empty log; this one stays recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom la&amp;yout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit responders: rules that answer a listener&apos;s connections; test them on sample input and save your own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WireCapture</name>
    <message>
        <source>dumpcap, Wireshark&apos;s capture helper, is not installed (looked in %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To let SocketLab show the packets: sudo dpkg-reconfigure wireshark-common (answer Yes), sudo usermod -aG wireshark $USER, then log out and in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets are not captured: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dumpcap did not start capturing within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later connection uses the same addresses and ports as %1 (closed; the port was reused after TIME_WAIT): its packets are not recorded as %1&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WirePacketModel</name>
    <message>
        <source>IPv4, TTL %1, ID 0x%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6, hop limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window as sent: its scale is announced in the SYNs, which the capture did not see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WirePane</name>
    <message>
        <source>&amp;All connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the packets of every connection, not only the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets are not recorded. Capture ▸ Record packets shows here the real TCP segments of SocketLab&apos;s sockets, beside what the application read and wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was recorded without capturing packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packets captured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packets of this connection captured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dumpcap: %1 captured, %2 dropped; %3 SocketLab&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WirePrinter</name>
    <message>
        <source>capture: %1 packets captured by dumpcap, %2 dropped, %3 recorded as SocketLab&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>%1: this is not an open UDP socket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson:byte-stream</name>
    <message>
        <source>A byte stream, not messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three writes do not make three reads: TCP delivers a stream of bytes, so the application must frame its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server listens on {server.endpoint}, as in the first lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client connects to {server.endpoint}; the server accepts {accepted.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stops calling read() for a moment, as a busy server would. Whatever arrives now waits in the kernel&apos;s receive buffer of {accepted.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;reading-paused&apos; on {accepted.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client writes &quot;one&quot;, &quot;two&quot; and &quot;three&quot;: three write() calls, three &apos;→ out&apos; rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three &apos;sent&apos; rows on {client.name}: 3, 3 and 5 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reads again. The receive buffer holds 11 bytes with no trace of where one write ended and the next began, so read() returns them together: &quot;onetwothree&quot; ({accepted.reads} read so far). TCP keeps the order of the bytes, never the boundaries of the writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the &apos;← in&apos; rows of {accepted.name}: the packet view shows the stream and where each read() ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagle off: TCP_NODELAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Nagle&apos;s algorithm (the default) a small write waits while earlier data is not yet acknowledged, so small writes get merged on the wire. TCP_NODELAY turns that off: each write leaves at once. The client writes &quot;four&quot;, &quot;five&quot;, &quot;six&quot; with TCP_NODELAY on, and the server reading at full speed: how many reads it takes depends on timing, not on the writes. Only the bytes are guaranteed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note &apos;setsockopt(TCP_NODELAY, 1)&apos; on {client.name}, then the &apos;← in&apos; rows of {accepted.name}: {accepted.reads} reads so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame your messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So a protocol must say where a message ends: a delimiter (a newline, as in HTTP headers, SMTP and chat), or a length before each message. Nagle back on, the client sends &quot;alpha\nbeta\n&quot;: however the reads split it, a reader that collects bytes up to each newline finds exactly two messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;← in&apos; rows of {accepted.name} and the newlines (\n) in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closes: close() sends FIN. The server&apos;s read() returns 0, the end of the stream, and SocketLab closes {accepted.name} in turn (its FIN goes back). The server also stops listening: the listening socket closes, which does not touch connections already accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client.name}: &apos;closing&apos; (FIN sent). {accepted.name}: &apos;closed&apos;, peer closed the connection (FIN): the end of the stream. {server.name}: &apos;listen-stopped&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson:datagrams</name>
    <message>
        <source>Datagrams keep their boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three sendto() calls make three datagrams, and three recvfrom() calls return exactly those: UDP keeps the boundaries that a TCP stream loses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A socket for datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UDP socket is bound to {receiver.endpoint}. There is no listen() and no accept(): one socket receives the datagrams of every peer, each with the sender&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver stops calling recvfrom() for a moment, as in lesson 3. Whatever arrives now waits in the kernel&apos;s receive buffer of {receiver.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;reading-paused&apos; on {receiver.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second UDP socket sends &quot;one&quot;, &quot;two&quot; and &quot;three&quot; to {receiver.endpoint}: three sendto() calls, three datagrams of 3, 3 and 5 bytes. Each leaves as one packet with its own UDP header and length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three &apos;sent&apos; rows under {sender.name}&apos;s peer row: 3, 3 and 5 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the three &apos;← in&apos; rows of {receiver.name}: the packet view shows three separate datagrams, each with its own header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sockets close. UDP sends nothing when a socket closes: there was no connection to end, so the peer rows simply end with their socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver reads again: the same 11 bytes as in lesson 3, but as three datagrams, and each recvfrom() returns one: 3, 3 and 5 bytes ({receiver.reads} read so far). TCP gave them back as one read of 11; UDP keeps every boundary, but each message must fit in a datagram.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson:email-by-hand</name>
    <message>
        <source>Email by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mail server listens on {server.endpoint} (real ones use port 25 or 587). SocketLab&apos;s smtp responder answers like one: every line a mail client sends gets a reply that starts with a three-digit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server speaks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the mail client now: {client.name} connects, and the server accepts {mailbox.name}. In SMTP the server speaks first: 220 means it is ready. (In HTTP the client asks first.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;← in&apos; row of {client.name}: 220 and the server&apos;s greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select {client.name}, choose the line ending CRLF (\r\n) and send HELO lab.example: every SMTP command is a line ending in \r\n. 250 means done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply &apos;250 socketlab greets lab.example&apos; on {client.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM:&lt;alice@lab.example&gt; and RCPT TO:&lt;bob@lab.example&gt; are the envelope: who sends, who receives. Each is answered with 250. The envelope, not the To: line inside the message, decides where a mail goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA (answered with 354), then the message itself: its headers, an empty line, the body, and a line with a lone &apos;.&apos; to end it. The server got every line of it on {mailbox.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;← in&apos; rows of {mailbox.name}: Subject, the empty line, the body and the dot; then &apos;250 … message accepted&apos; on {client.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say goodbye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail is text over a TCP socket too: be the mail client of an SMTP server, line by line, and read each reply&apos;s code; then let a real mail client deliver, and find its headers and body in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUIT: the server answers 221 and closes, and {client.name} closes too. The server still listens, for the next mail client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real mail client delivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;accepted&apos; row of {delivery.name}: the mail client&apos;s address and port; then its &apos;← in&apos; rows: EHLO, MAIL FROM, RCPT TO, DATA, the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers and body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected rows of {delivery.name} in the log and the packet view: the Subject line, the empty line after the last header, then the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;← in&apos; rows of {delivery.name} are selected in the log, and the packet view shows them as one text: what the mail client sent. First the commands you typed; after DATA the message itself, selected there. It starts with header lines, each &apos;Name: value&apos; (Subject:, From:, To:, Date:…). The first empty line ends them: \r\n\r\n, a line end right after another. The body follows, up to the lone &apos;.&apos;. The server never looked inside: it answered 250.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real mail client delivers to this server. With curl:
printf &apos;Subject: hello\r\n\r\nHi Bob, from curl.\r\n&apos; | curl smtp://{server.endpoint} --mail-from alice@lab.example --mail-rcpt bob@lab.example -T -
or Python&apos;s smtplib:
python3 -c &quot;import smtplib; s = smtplib.SMTP(&apos;{server.address}&apos;, {server.port}); s.sendmail(&apos;alice@lab.example&apos;, [&apos;bob@lab.example&apos;], &apos;Subject: hello\r\n\r\nHi Bob, from Python.\r\n&apos;); s.quit()&quot;
Or Do it: {mailer.name} runs the script smtp-send. Done when a whole message arrives on {delivery.name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson:file-transfer</name>
    <message>
        <source>File transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client sends a 4 MiB file: the server reads it in many chunks of varying size, a length in front tells it where the file ends, and both ends&apos; SHA-256 agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server that will receive the file listens on {server.endpoint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log row &apos;listening&apos; for {server.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client connects; the server accepts {accepted.name}, the socket the file will arrive on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;connected&apos; on {client.name} and &apos;accepted&apos; on {accepted.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the file, its length first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP carries bytes, not files: nothing in the stream says where a file ends. So the client first sends the file&apos;s length, 4194304, as 8 bytes (00 00 00 00 00 40 00 00), then the file itself, read from the disk 256 KiB at a time and written as fast as the server reads (the send panel&apos;s File mode does the same with any file). The server reads the 8 bytes, then exactly that many more: the file ends there, even if more data follows on the same connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;← in&apos; rows of {accepted.name}: {accepted.reads} reads so far, of different lengths: the writes of 256 KiB arrive cut and joined as the kernel delivers them. The first 8 bytes of the first read are the length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same bytes at both ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the file arrive whole? Select {accepted.name} and click SHA-256… in the connection info pane, then {client.name}: what the server received has the same SHA-256 as what the client sent, so not one byte was lost, repeated or changed. Save received… writes the received bytes to a file (the 8-byte length, then the file), to check with sha256sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection info pane: &apos;SHA-256 received&apos; of {accepted.name} equals &apos;SHA-256 sent&apos; of {client.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closes: its FIN follows the file&apos;s last byte, and the server closes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;closing&apos; on {client.name}, then &apos;closed&apos; on {accepted.name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson:flow-control</name>
    <message>
        <source>Flow control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receiver that stops reading stops the sender too: its receive window closes, the sender&apos;s throughput falls to zero, and recovers when reading resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server listens on {server.endpoint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender connects; the server accepts the receiver, {receiver.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver stops reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving application stops calling read(). Arriving bytes pile up in its kernel&apos;s receive buffer; as it fills, the receive window that the receiver advertises in every ACK shrinks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;reading-paused&apos; on {receiver.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The throughput chart: &apos;sent&apos; climbs, then drops to zero; the &apos;send-blocked&apos; row on {sender.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver reads again. Its buffer drains, its window opens, the sender&apos;s kernel sends what it held and write() is possible again: the chart recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;reading-resumed&apos; on {receiver.name}, &apos;send-resumed&apos; on {sender.name}, and both curves back up on the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender stops repeating and closes: close() sends FIN after the bytes still queued. The receiver reads everything that was still on its way ({receiver.bytesIn} bytes in all), then read() returns 0, the end of the stream, and SocketLab closes {receiver.name} in turn. The server stops listening; that does not touch the accepted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sender.name}: &apos;closing&apos;. {receiver.name}: the last &apos;← in&apos; rows, then &apos;closed&apos;, peer closed the connection (FIN). {server.name}: &apos;listen-stopped&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender writes 8 KiB blocks, one every millisecond. First the buffers absorb them (several MB on loopback, as the kernel grows them); then the receive window is zero, the sender&apos;s kernel buffer is full, and write() would block: SocketLab stops writing, and the sent rate on the chart falls to zero. (While the kernel is still growing its buffers you may see &apos;send-blocked&apos; and &apos;send-resumed&apos; alternate for a moment.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window {receiver.name} announces in its ACKs shrinks as its buffer fills, down to 0: a zero window. The sender then sends only zero-window probes, small ACKs every now and then that ask whether the window opened, and each is answered with window 0 again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson:half-close</name>
    <message>
        <source>Half-close and reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR) ends one direction only: the peer can keep talking. An abort ends both at once with RST: the peer sees &apos;connection reset&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server that stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server on {server.endpoint} keeps each connection open after the peer&apos;s FIN, so it can go on writing: a half-open connection (the kernel&apos;s CLOSE_WAIT state).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client connects; the server accepts {accepted.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask, then shutdown(SHUT_WR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends its question, then calls shutdown(SHUT_WR): its kernel sends FIN, &apos;I will send nothing more&apos;, but the socket still reads. The server&apos;s read() returns 0 (end of stream) while its own direction stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;closing: shutdown(SHUT_WR)&apos; on {client.name}, then &apos;end-of-stream&apos; on {accepted.name}, whose state is &apos;peer sent FIN&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer keeps talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowing the question is complete, the server answers on {accepted.name}. The data flows the other way after the FIN: the client, which shut down only its writing side, reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;→ out&apos; on {accepted.name} after its &apos;end-of-stream&apos;, &apos;← in&apos; on {client.name} after its &apos;closing&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now the server closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closes its socket: its FIN goes out, the client reads the end of the stream, and both ends are closed. Four segments ended this conversation: FIN and ACK in each direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second client connects; the server accepts {accepted2.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort: RST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time the server aborts {accepted2.name} (close() with SO_LINGER set to 0): the kernel discards anything unsent and sends RST instead of FIN. There is no orderly goodbye: the client&apos;s next read fails with &apos;connection reset by peer&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;closed: aborted: RST sent&apos; on {accepted2.name} and the &apos;error&apos; row on {client2.name}: Connection reset by peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: close the listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question in one segment, then {client.name}&apos;s FIN, which the server acknowledges: and nothing more from the server yet, its direction is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One RST from the server to {client2.name}, and no FIN at all: the connection is gone at once, and the client&apos;s kernel does not answer a RST.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson:hello</name>
    <message>
        <source>Hello, socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server listens, a client connects, the server accepts: one message there and back, then a clean close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server creates a socket, binds it to an address and a port so that others know where to find it, and starts listening. The server socket is listening on {server.endpoint}: an IP address plus a port, one end of a future link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log row &apos;listening&apos; for {server.name}, and {server.name} in the socket tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect, accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client creates its own socket and connects to {server.endpoint}. The two kernels exchange the three-way handshake (SYN, SYN-ACK, ACK); then accept() on the listening socket returns a NEW socket, {accepted.name}, for this one conversation. The listener keeps listening for the next client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows &apos;connecting&apos;, &apos;connected&apos; and &apos;accepted&apos;: the client&apos;s port {client.port} is the peer of {accepted.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client writes the bytes &quot;hello&quot; and a newline to its socket. The kernel sends them; on the server side they wait in {accepted.name}&apos;s receive buffer until the application reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &apos;→ out&apos; row on {client.name} and a &apos;← in&apos; row on {accepted.name}; select one to see its bytes in the packet view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection carries bytes both ways. The server writes the same bytes back on {accepted.name} (select it and send &quot;hello&quot; with a newline, or press Do it); the client reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;← in&apos; row on {client.name}: the same 6 bytes came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closes its socket: its kernel sends FIN, &apos;no more data from me&apos;. The server reads the end of the stream (read() returns 0) and closes its side too, sending its own FIN. Both ends are now closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;closing&apos; on {client.name}, then &apos;closed&apos; on both: &apos;peer closed the connection (FIN)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the listening socket frees port {server.port}: nobody can connect to it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row &apos;listen-stopped&apos; on {server.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The real handshake of {client.name}: its SYN, the server&apos;s SYN-ACK, its ACK. Each SYN carries options (MSS, SACK, timestamps, window scale) and a random initial sequence number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client.name}&apos;s FIN (with ACK), acknowledged by the server, then the server&apos;s FIN, acknowledged by {client.name}: four packets, or three when the server&apos;s ACK rides on its FIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson:http-by-hand</name>
    <message>
        <source>Talk HTTP by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web is text over a TCP socket: read a browser&apos;s request in the log and type the answer yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be a web server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketLab listens on {server.endpoint}, as a web server would (they usually use port 80 or 8080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open http://127.0.0.1:{server.port}/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open http://127.0.0.1:{server.port}/ in a web browser on this computer. Or press Do it: the lesson&apos;s own client connects, as a browser would. The browser&apos;s connection is accepted as {request.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;accepted&apos; row: the browser&apos;s address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser writes its request as lines of text, ending with an empty line: the method and path (GET / HTTP/1.1), then headers such as Host and User-Agent. With Do it, the lesson&apos;s client sends a minimal request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the &apos;← in&apos; row on {request.name}: the packet view shows the request, \r\n at the end of every line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now answer on {request.name}: select it and type in the send box (Text mode, line ending none) HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nHello from SocketLab\n. Or press Do it to send exactly that. The status line, headers, an empty line, then the body. There is no Content-Length header: the browser cannot know how long the body is, so it keeps reading until the server closes the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;→ out&apos; row on {request.name}; the browser has the text &apos;Hello from SocketLab&apos; but still waits for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Connection: close&apos; said that the server closes after the answer, and without a Content-Length only that close ends the body. Close {request.name}: its FIN reaches the browser, whose read() returns 0, the end of the stream. Now it knows the page is complete, shows it and closes its side too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{request.name}: &apos;closing&apos; (our FIN), then &apos;closed&apos;. In the browser, the page &apos;Hello from SocketLab&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same mechanism, text over a socket, carries e-mail (SMTP), file transfer (FTP) and chat protocols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server that answers by rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing every answer does not scale: a web server answers by rules. Press Do it: SocketLab listens on {web.endpoint} with the responder lesson-page, your own copy of the shipped http responder (made afresh each time the lesson comes here). It reads the request line and the headers up to the empty line, then answers with a page, its Content-Length always right, and keeps the connection open for the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row &apos;listening&apos; for {web.name}, and the note that names the responder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open http://127.0.0.1:{web.port}/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open http://127.0.0.1:{web.port}/ in a web browser on this computer: it shows the page Hello from SocketLab. Or press Do it: the lesson&apos;s own client sends a GET request, as a browser does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes on the accepted connection: rule get-page-1.1 answered, then rule page-answer answered, before the &apos;→ out&apos; row with the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Socket ▸ Responders… (or Edit… beside &apos;Answer with&apos; in the Listen form) and choose lesson-page. Select the rule page-answer, and in its Body change Hello from SocketLab to Hello, edited page. Press Save: the rules are checked and saved, and the listener takes them from the next connection, or from the next request on a connection the browser keeps open. Then reload the page in the browser. Or press Do it: the lesson makes the same edit, saves it and fetches the page again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note on {web.name}: responder lesson-page reloaded. In the browser, the page Hello, edited page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the web server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page was data in a rule, and so is every answer a responder gives: the shipped smtp responder talks to real mail clients the same way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson:many-clients</name>
    <message>
        <source>Many clients: a chat relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One listening socket, three clients, three accepted sockets: each conversation has its own socket, row and colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three rows under {server.name} in the socket tree, each with its own colour, the same in the log and the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alice speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alice ({alice.name}) sends a line. The server reads it on {toAlice.name} and writes it to {toBob.name} and {toCarol.name}: one &apos;← in&apos; row, two &apos;→ out&apos; rows on the server side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the log by {server.name}: the relay&apos;s rows in three colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bob answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bob ({bob.name}) answers; Alice ({alice.name}) and Carol ({carol.name}) read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carol leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carol ({carol.name}) closes. Only Carol&apos;s conversation ends: the server reads the end of the stream on {toCarol.name} and closes it; Alice&apos;s and Bob&apos;s go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the listener with its connections ends Alice&apos;s and Bob&apos;s conversations too: the server closes {toAlice.name} and {toBob.name}, and Alice ({alice.name}) and Bob ({bob.name}) read the end of the stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server listens on {server.endpoint} as a chat relay: whatever one connection receives, it writes to every other connection it accepted. A responder greets each new connection, before anyone speaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three clients, Alice, Bob and Carol, connect to the same port {server.port}: they are {alice.name}, {bob.name} and {carol.name}. One listening socket, but accept() returns a new socket for each: {toAlice.name} talks to Alice, {toBob.name} to Bob, {toCarol.name} to Carol. What tells them apart is the client&apos;s address and port: each connection is the pair of both ends. The server&apos;s responder greets each one with the name of its own socket on the server: Alice reads &apos;welcome, you are {toAlice.name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson:nobody-home</name>
    <message>
        <source>Nobody home: refused and timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting where nobody listens is refused at once (RST). Connecting to a listener whose backlog is full is not answered at all: the attempt times out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be sure that nobody listens on a port, SocketLab listens on one the system chooses ({ghost.port}) and closes that listener at once. Port {ghost.port} is now free: nobody home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;listening&apos;, then &apos;listen-stopped&apos; on {ghost.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client connects to port {ghost.port}. Its SYN reaches this machine, whose kernel has no socket listening there and answers with a reset (RST): connect() fails at once with &apos;connection refused&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;error&apos; row on {caller.name}: Connection refused, right after &apos;connecting&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A listener that never accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now a listener with a backlog of 1 that never calls accept(), like a server stuck on something else. The kernel still completes handshakes on its behalf and queues the new connections until the backlog is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;listen(backlog 1)&apos; and the note that accept() is not called, on {busy.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two clients connect to {busy.endpoint}. Both see &apos;connected&apos;: the handshake is done by the kernel, not by accept(). But no accepted socket appears under {busy.name}: the connections wait in the backlog queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first.name} and {second.name} connected, and no &apos;accepted&apos; row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more: timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third client connects. The backlog is full, so the kernel silently drops its SYN: no answer, not even a refusal. The client retries, and after 4 s SocketLab gives up: &apos;timed out&apos;. A timeout means the packets went unanswered (a full server, a firewall, a host that is off); a refusal means a host answered that nobody listens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{late.name} stays &apos;connecting&apos; for 4 s, then an &apos;error&apos; row: Connection timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the listener resets the connections still waiting in its backlog: they were never accepted, and the kernel answers them with RST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first.name} and {second.name}: &apos;connection reset by peer&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two packets: the SYN of {caller.name} to port {ghost.port}, and the answer of this machine&apos;s kernel, a RST (with ACK) from that port. No handshake, no data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson:nobody-home-udp</name>
    <message>
        <source>Nobody is listening, UDP edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A datagram to a closed port is sent without complaint and nothing comes back; only a connected UDP socket hears the ICMP port-unreachable, as &apos;connection refused&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be sure that nobody listens on a port, SocketLab binds a UDP socket on one the system chooses ({ghost.port}) and closes it at once. Port {ghost.port} is now free: nobody home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send into the void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unconnected UDP socket sends &quot;hello?&quot; to port {ghost.port}. sendto() succeeds: the datagram left, and that is all UDP promises. The kernel on the other side finds no socket and answers with an ICMP &apos;port unreachable&apos;, but an unconnected socket is never told: it could not say which of its sendto() calls the answer was for. No error, no reply: silence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &apos;sent&apos; row under {sender.name} and nothing after it: no error, no reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now a UDP socket connect()s to port {ghost.port}. For UDP, connect() sends nothing: it only fixes the peer, so send() needs no address and only that peer&apos;s datagrams arrive. It sends &quot;hello?&quot; again. This time the kernel can match the ICMP port-unreachable to the socket, and the next call on it fails with &apos;connection refused&apos; (ECONNREFUSED). No RST as in TCP: an ICMP message came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;error&apos; row on {caller.name}: connection refused, right after &apos;sent&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sockets close. The refusal did not close {caller.name}: a UDP socket stays usable after an ICMP error, and a later peer on that port would get its datagrams.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson:packets-on-the-wire</name>
    <message>
        <source>Packets on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client asks for small segments (TCP_MAXSEG 536) and writes 4 KiB in one call: the wire carries it as several segments, and the server reads chunks that match neither the write nor the segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server listens on {server.endpoint}. To see the packets, turn on Capture ▸ Record packets before this step (or start SocketLab with --capture): the capture must run before the first SYN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row &apos;listening&apos; for {server.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for small segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before connect(), the client sets the socket option TCP_MAXSEG to 536: it will send segments of at most 536 bytes, and its SYN announces &quot;MSS 536&quot;, so the server sends none larger either. Then it connects, and the server accepts {accepted.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note &apos;setsockopt(TCP_MAXSEG, 536)&apos; on {client.name}, then &apos;connected&apos; and &apos;accepted&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYN of {client.name} carries the option MSS 536; the SYN-ACK carries the server&apos;s own (65,495 on loopback). Each side sends no segment larger than the smaller of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write 4 KiB in one call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client writes 4,096 bytes in one write() call. TCP carries a stream of bytes, not messages: the kernel cuts them into segments of at most 524 bytes each (536 less 12 bytes of the timestamp option), eight of them. The server&apos;s read() returns whatever has arrived by then: one or more chunks, whose sizes match neither the one write() nor the segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &apos;→ out&apos; row of 4,096 bytes on {client.name}, and the &apos;← in&apos; rows on {accepted.name}: how many, and how big?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eight segments of {client.name}&apos;s one write() are on the wire, but in bundles: loopback takes several segments at once from the kernel (generic segmentation offload, GSO), so the capture shows fewer, larger packets, for instance 2,620 bytes (5 × 524) and then the other 1,476, where a network card would send 524-byte frames. Every bundle but the last is a multiple of 524 bytes, and its sequence numbers say where it is in the stream. The reads on {accepted.name} line up with neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second client connects to the same server, this time without TCP_MAXSEG: the server accepts {bigAccepted.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;connected&apos; on {big.name} and &apos;accepted&apos; on {bigAccepted.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYN of {big.name} announces MSS 65,495: the largest IP packet (65,535 bytes, its length field has 16 bits) less 40 bytes of IP and TCP headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback&apos;s large segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second client writes the same 4 KiB in one call. Loopback is not Ethernet with its 1,500 bytes: its MTU is 65,536 bytes, so a segment carries up to 65,483 bytes (MSS 65,495 less the timestamp option) and the whole write() fits in one. On a real network card the segments you capture on the sending machine can be larger than the network&apos;s MTU too: the kernel hands large segments to the card, which cuts them (segmentation offload, TSO/GSO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;→ out&apos; row of 4,096 bytes on {big.name} and the &apos;← in&apos; rows on {bigAccepted.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{big.name}&apos;s 4 KiB went as one segment of 4,096 bytes, where {client.name}&apos;s were cut into 524-byte segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both clients close their sockets: FIN, and the server&apos;s side closes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;closed&apos; on every connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each close sends a FIN, answered by the server&apos;s own FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the listening socket frees port {server.port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row &apos;listen-stopped&apos; on {server.name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson:two-processes</name>
    <message>
        <source>Two processes, one computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same calls as lesson 1 with AF_UNIX instead of AF_INET: no port but a file name, guarded by the file&apos;s permissions; the kernel knows the peer&apos;s pid; and the same transfer over a Unix socket and over loopback TCP, side by side on the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name instead of a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server calls socket(AF_UNIX, SOCK_STREAM) instead of socket(AF_INET, SOCK_STREAM), and bind() gives it a file name, not an IP address and a port: {server.endpoint}. The file appears in the directory (ls -l shows its type as &apos;s&apos;); only processes on this computer can reach it, and its permissions decide which: connect() needs write permission on the file. Nothing of this goes over a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log row &apos;listening&apos; for {server.name}: bind() names the socket file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect by file name, accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client connects to the file name. There is no handshake on a wire: the kernel links the two sockets at once, and accept() returns a new socket, {accepted.name}, for this conversation, as with TCP. The client&apos;s own end has no name: it never called bind().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows &apos;connecting&apos;, &apos;connected&apos; and &apos;accepted&apos;; the client&apos;s end is &apos;unnamed&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is on the other end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends &quot;hello&quot;. The server&apos;s kernel knows which process is at the other end: getsockopt(SO_PEERCRED) on {accepted.name} gives its pid, user and group ({accepted.peer}), and /proc/PID/comm its program. TCP cannot tell this: a packet does not say which process sent it. Here both ends are in SocketLab, so the pid is SocketLab&apos;s; from a terminal, socat - UNIX-CONNECT:{server.endpoint} shows another process&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select {accepted.name}: the connection info pane shows the peer process, and the socket&apos;s and its peer&apos;s inodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TCP listener beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For comparison, a TCP listener on the loopback interface: the same calls with AF_INET, and bind() takes an IP address and a port instead of a file name: {tcpserver.endpoint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tcpserver.name} listening beside {server.name}: two kinds of socket in one tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TCP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TCP client connects to {tcpserver.endpoint}: this time the two kernels go through the three-way handshake, even on one computer, and accept() returns {tcpaccepted.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows &apos;connecting&apos;, &apos;connected&apos; and &apos;accepted&apos;; the client&apos;s end has an address and a port of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 MiB over the Unix socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Unix client sends 16 MiB in 64 KiB writes. There is no TCP/IP stack on this path: no segments, no checksums, no acknowledgements, no windows; the kernel copies the bytes from one socket&apos;s buffer into the other&apos;s, and the receiver&apos;s read() takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The throughput chart: a hump of received bytes while {accepted.name} takes them in ({accepted.bytesIn} bytes so far). Note its height and width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same 16 MiB over loopback TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The throughput chart: the second hump, {tcpaccepted.name}&apos;s ({tcpaccepted.bytesIn} bytes so far), beside the first. Select each connection in the tree to see its own curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close, and the file goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clients close; a Unix socket has no FIN, the server simply reads the end of the stream. Closing the listener removes its socket file with unlink(): a file left behind would make the next bind() fail with &apos;address in use&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;listen-stopped&apos; on {server.name}, then the note &apos;unlink(...): the socket file is removed&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now the TCP client sends the same 16 MiB. Every write goes down the TCP/IP stack, is cut into segments with headers and checksums, crosses the loopback interface and comes back up, acknowledged; the Unix socket skipped all that. Which was faster depends on more than the stack: a Unix socket queues at most the sender&apos;s SO_SNDBUF (about 200 KiB), then write() waits; loopback TCP grows its window to megabytes. Compare the two humps on the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson:udp-drops</name>
    <message>
        <source>When the receiver can&apos;t keep up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UDP receiver that does not read loses datagrams: the kernel drops what its receive buffer cannot hold, and SocketLab counts every one. TCP slows the sender instead, and loses nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small receive buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UDP socket is bound to {receiver.endpoint} with a small receive buffer (SO_RCVBUF of 4 KiB, which the kernel doubles), and it stops calling recvfrom(), as a receiver busy with something else would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;reading-paused&apos; on {receiver.name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flood of datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another socket sends 2000 datagrams of 100 bytes to {receiver.endpoint} as fast as it can. Every sendto() succeeds: UDP has no flow control, so nothing tells the sender to wait. The receive buffer is full after a few datagrams, and the kernel drops the rest. It counts them (SO_RXQ_OVFL), and SocketLab logs each new count: {receiver.dropped} dropped so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;datagrams-dropped&apos; rows on {receiver.name}, and the count in its row of the Sockets tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver reads again and gets only what the buffer held: {receiver.reads} datagrams. With the {receiver.dropped} the kernel dropped, that makes every one of the 2000 sent: each datagram is either read or counted as dropped. Nobody told the sender; an application on UDP that needs every message must notice the gaps itself (sequence numbers) and ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{receiver.name}&apos;s row: datagrams in and dropped add up to 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same with TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now TCP: a server listens on {server.endpoint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client connects to {server.endpoint}; the server accepts {accepted.name}, the end that will stop reading, as the UDP receiver did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP slows the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stops reading and the client writes 32 MiB as fast as it can. The receive buffer fills, the TCP window closes, and the client&apos;s send buffer fills behind it: its writes stop (&apos;send-blocked&apos;). The sender is slowed down, and nothing is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;send-blocked&apos; on {client.name}: the kernel holds the sender back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reads again. The client&apos;s writes resume, and the server receives every byte in order: {accepted.bytesIn} of 33554432. TCP trades speed for completeness, UDP completeness for speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{accepted.name}&apos;s bytes in: all 32 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every socket closes. {receiver.name}&apos;s final tally stays in the log: {receiver.dropped} datagrams dropped by the kernel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lesson:udp-pinger</name>
    <message>
        <source>A UDP pinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classic course assignment: ten pings over UDP, each with a sequence number and a timestamp, a 1 s timeout, and the round-trip times and the loss at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server that drops some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UDP server is bound to {server.endpoint}. It sends each datagram back to its sender, but, like the assignment&apos;s server, it ignores about 30 % of them on purpose: a random draw per request. The loss in this lesson is the server&apos;s choice, not the network&apos;s: on this computer&apos;s loopback nothing is lost on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten pings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends ten pings to {server.endpoint}, one at a time: &quot;PING &lt;sequence&gt; &lt;time&gt;&quot;. It waits at most 1 s for each echo; an echo that does not come in time counts as lost, and the next ping goes out. UDP itself never says that a datagram was lost: only the missing reply and the clock tell. The round-trip time of each answered ping runs from its &apos;sent&apos; row to its &apos;received&apos; row; on loopback it is mostly the time the server (SocketLab itself) takes to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last &apos;note&apos; row on {client.name}: pings answered and lost, and RTT min/avg/max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinger&apos;s result: {client.pings}. Both sockets close. A real pinger would now ask why pings were lost; here the answer is known: the server chose to ignore them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
