<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcceptGuard</name>
    <message>
        <source>accept() failed: %1</source>
        <translation>accept() fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>too many open files</source>
        <translation>zu viele offene Dateien</translation>
    </message>
    <message>
        <source>accept() paused: %1 (the open-file limit is %2); new connections are refused with a reset until some close; open connections carry on</source>
        <translation>accept() pausiert: %1 (das Limit offener Dateien ist %2); neue Verbindungen werden mit einem Reset abgelehnt, bis einige geschlossen sind; offene Verbindungen laufen weiter</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) refused: out of file descriptors</source>
        <translation>
            <numerusform>%n Verbindung abgelehnt: keine Dateideskriptoren mehr frei</numerusform>
            <numerusform>%n Verbindungen abgelehnt: keine Dateideskriptoren mehr frei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accept() resumed: descriptors are free again (%n connection(s) were refused meanwhile)</source>
        <translation>
            <numerusform>accept() läuft wieder: Deskriptoren sind wieder frei (inzwischen wurde %n Verbindung abgelehnt)</numerusform>
            <numerusform>accept() läuft wieder: Deskriptoren sind wieder frei (inzwischen wurden %n Verbindungen abgelehnt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>descriptors are free again; accepting stays paused, as asked (%n connection(s) were refused meanwhile)</source>
        <translation>
            <numerusform>Deskriptoren sind wieder frei; accept() bleibt wie gewünscht angehalten (inzwischen wurde %n Verbindung abgelehnt)</numerusform>
            <numerusform>Deskriptoren sind wieder frei; accept() bleibt wie gewünscht angehalten (inzwischen wurden %n Verbindungen abgelehnt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ByteFormat</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>ByteLogModel</name>
    <message>
        <source>← in</source>
        <translation>← ein</translation>
    </message>
    <message>
        <source>→ out</source>
        <translation>→ aus</translation>
    </message>
    <message>
        <source>received: read() returned these bytes</source>
        <translation>empfangen: read() hat diese Bytes geliefert</translation>
    </message>
    <message>
        <source>sent: write() was called with these bytes</source>
        <translation>gesendet: write() wurde mit diesen Bytes aufgerufen</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s); select the row to see them all in the packet view</source>
        <translation>
            <numerusform>%n Byte; die Zeile auswählen, um es in der Paketansicht zu sehen</numerusform>
            <numerusform>%n Bytes; die Zeile auswählen, um alle in der Paketansicht zu sehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>ClassroomMode</name>
    <message>
        <source>Cla&amp;ssroom mode</source>
        <translation>Unterrichts&amp;modus</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>For a projector: large text, high contrast, the log and the chart large, the newest chunk highlighted</source>
        <translation>Für den Beamer: große Schrift, hoher Kontrast, Protokoll und Diagramm groß, der neueste Abschnitt hervorgehoben</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Verkl&amp;einern</translation>
    </message>
    <message>
        <source>Normal si&amp;ze</source>
        <translation>&amp;Normalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>%1 listens beyond loopback, but this machine has no network address others can reach.</source>
        <translation>%1 lauscht über Loopback hinaus, aber dieser Rechner hat keine Netzwerkadresse, die andere erreichen können.</translation>
    </message>
    <message>
        <source>Students connect to %1</source>
        <translation>Verbinden mit %1</translation>
    </message>
    <message>
        <source>  or  </source>
        <translation>  oder  </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unexpected argument &apos;%1&apos;: open one session file at a time</source>
        <translation>Unerwartetes Argument „%1“: bitte nur eine Sitzungsdatei auf einmal öffnen</translation>
    </message>
    <message>
        <source>--open needs a file name</source>
        <translation>--open braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file, so it cannot be a session</source>
        <translation>„%1“ ist keine Datei und kann daher keine Sitzung sein</translation>
    </message>
    <message>
        <source>No such session file &apos;%1&apos;</source>
        <translation>Sitzungsdatei „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>--listen %1: %2</source>
        <translation>--listen %1: %2</translation>
    </message>
    <message>
        <source>--connect %1: %2</source>
        <translation>--connect %1: %2</translation>
    </message>
    <message>
        <source>--record needs a file name</source>
        <translation>--record braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--duration %1: expected a number of seconds</source>
        <translation>--duration %1: erwartet wird eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--export %1: %2</source>
        <translation>--export %1: %2</translation>
    </message>
    <message>
        <source>expected FORMAT:FILE</source>
        <translation>erwartet wird FORMAT:DATEI</translation>
    </message>
    <message>
        <source>--export %1: the file name is missing</source>
        <translation>--export %1: der Dateiname fehlt</translation>
    </message>
    <message>
        <source>A reopened session is read-only: --open does not go with --listen, --connect or --echo</source>
        <translation>Eine wieder geöffnete Sitzung ist schreibgeschützt: --open geht nicht zusammen mit --listen, --connect oder --echo</translation>
    </message>
    <message>
        <source>A reopened session is already recorded: --open does not go with --record</source>
        <translation>Eine wieder geöffnete Sitzung ist bereits aufgezeichnet: --open geht nicht zusammen mit --record</translation>
    </message>
    <message>
        <source>--export needs --open FILE (to convert) or --headless (to export when the run ends)</source>
        <translation>--export braucht --open DATEI (zum Umwandeln) oder --headless (Export am Ende des Laufs)</translation>
    </message>
    <message>
        <source>--lesson needs a lesson name (--lesson list shows them)</source>
        <translation>--lesson braucht den Namen einer Lektion (--lesson list zeigt sie)</translation>
    </message>
    <message>
        <source>A reopened session is read-only: --open does not go with --lesson</source>
        <translation>Eine wieder geöffnete Sitzung ist schreibgeschützt: --open geht nicht zusammen mit --lesson</translation>
    </message>
    <message>
        <source>--headless needs at least one --listen, --connect or --lesson</source>
        <translation>--headless braucht mindestens ein --listen, --connect oder --lesson</translation>
    </message>
    <message>
        <source>Record the session to FILE (default: a new file in the user&apos;s data directory).</source>
        <translation>Die Sitzung in DATEI aufzeichnen (Vorgabe: eine neue Datei im Datenverzeichnis des Benutzers).</translation>
    </message>
    <message>
        <source>FILE.socketlab</source>
        <translation>DATEI.socketlab</translation>
    </message>
    <message>
        <source>Reopen a recorded session, read-only (the file may also be given without --open).</source>
        <translation>Eine aufgezeichnete Sitzung schreibgeschützt wieder öffnen (die Datei kann auch ohne --open angegeben werden).</translation>
    </message>
    <message>
        <source>Export the session as FORMAT (text, csv, jsonl, pcapng, socketlab) to FILE: at once with --open, else when a --headless run ends. Repeatable.</source>
        <translation>Die Sitzung im FORMAT (text, csv, jsonl, pcapng, socketlab) nach DATEI exportieren: sofort mit --open, sonst am Ende eines --headless-Laufs. Wiederholbar.</translation>
    </message>
    <message>
        <source>FORMAT:FILE</source>
        <translation>FORMAT:DATEI</translation>
    </message>
    <message>
        <source>No window: print one line per event to standard output and exit on SIGINT or SIGTERM, after --duration, or when every socket has closed.</source>
        <translation>Ohne Fenster: eine Zeile pro Ereignis auf die Standardausgabe schreiben und bei SIGINT oder SIGTERM, nach --duration oder wenn alle Sockets geschlossen sind, enden.</translation>
    </message>
    <message>
        <source>Stop after SECONDS (decimals allowed).</source>
        <translation>Nach SEKUNDEN aufhören (Dezimalstellen erlaubt).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Open the guided lesson NAME; with --headless, do every step automatically and print each step&apos;s result. &quot;--lesson list&quot; lists the lessons.</source>
        <translation>Die geführte Lektion NAME öffnen; mit --headless jeden Schritt automatisch ausführen und das Ergebnis jedes Schritts ausgeben. „--lesson list“ listet die Lektionen auf.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe zeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version zeigen und beenden.</translation>
    </message>
    <message>
        <source>SocketLab: open listening and connecting TCP sockets, and watch every byte.</source>
        <translation>SocketLab: lauschende und verbindende TCP-Sockets öffnen und jedes Byte beobachten.</translation>
    </message>
    <message>
        <source>A session file to reopen.</source>
        <translation>Eine wieder zu öffnende Sitzungsdatei.</translation>
    </message>
    <message>
        <source>[FILE.socketlab]</source>
        <translation>[DATEI.socketlab]</translation>
    </message>
    <message>
        <source>Listen on [ADDR:]PORT (127.0.0.1 when ADDR is left out; PORT 0 lets the system choose; IPv6 as [::1]:PORT); udp:[ADDR:]PORT binds a UDP socket. Repeatable.</source>
        <translation>Auf [ADDR:]PORT lauschen (127.0.0.1, wenn ADDR fehlt; bei PORT 0 wählt das System; IPv6 als [::1]:PORT); udp:[ADDR:]PORT bindet einen UDP-Socket. Wiederholbar.</translation>
    </message>
    <message>
        <source>[udp:][ADDR:]PORT</source>
        <translation>[udp:][ADDR:]PORT</translation>
    </message>
    <message>
        <source>Connect to HOST:PORT (a name, an IPv4 address, or [IPv6]:PORT); udp:HOST:PORT opens a connected UDP socket. Repeatable.</source>
        <translation>Mit HOST:PORT verbinden (ein Name, eine IPv4-Adresse oder [IPv6]:PORT); udp:HOST:PORT öffnet einen verbundenen UDP-Socket. Wiederholbar.</translation>
    </message>
    <message>
        <source>[udp:]HOST:PORT</source>
        <translation>[udp:]HOST:PORT</translation>
    </message>
    <message>
        <source>Send back whatever arrives, on every socket (on UDP, each datagram to its sender).</source>
        <translation>Alles Ankommende zurücksenden, auf jedem Socket (bei UDP jedes Datagramm an seinen Absender).</translation>
    </message>
    <message>
        <source>Once a --connect socket is connected, send DATA (escapes as in the send field: \n \r \t \0 \xNN): one datagram on UDP, one write() on TCP. Repeatable, sent in order; after the last, a TCP connection sends FIN and the run ends when the peer closes.</source>
        <translation>Sobald ein --connect-Socket verbunden ist, DATA senden (Escapes wie im Sendefeld: \n \r \t \0 \xNN): ein Datagramm bei UDP, ein write() bei TCP. Wiederholbar, in Reihenfolge gesendet; nach dem letzten sendet eine TCP-Verbindung FIN, und der Lauf endet, wenn die Gegenseite schließt.</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATEN</translation>
    </message>
    <message>
        <source>After the last --send, keep the connection open for writing (no FIN).</source>
        <translation>Nach dem letzten --send die Verbindung zum Schreiben offen halten (kein FIN).</translation>
    </message>
    <message>
        <source>--send %1: %2</source>
        <translation>--send %1: %2</translation>
    </message>
    <message>
        <source>--send needs a --connect socket to send on</source>
        <translation>--send braucht einen --connect-Socket, auf dem gesendet wird</translation>
    </message>
    <message>
        <source>--listen %1: %2 sockets are not opened from the command line yet</source>
        <translation>--listen %1: %2-Sockets werden noch nicht von der Befehlszeile geöffnet</translation>
    </message>
    <message>
        <source>--connect %1: %2 sockets are not opened from the command line yet</source>
        <translation>--connect %1: %2-Sockets werden noch nicht von der Befehlszeile geöffnet</translation>
    </message>
</context>
<context>
    <name>ConnectionInfoPane</name>
    <message>
        <source>TCP state</source>
        <translation>TCP-Zustand</translation>
    </message>
    <message>
        <source>The state of the socket in the kernel&apos;s TCP state machine</source>
        <translation>Der Zustand des Sockets im TCP-Zustandsautomaten des Kernels</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Smoothed round-trip time ± its variation, as the kernel measured them</source>
        <translation>Geglättete Round-Trip-Time ± ihre Schwankung, wie der Kernel sie gemessen hat</translation>
    </message>
    <message>
        <source>Congestion window</source>
        <translation>Überlastfenster</translation>
    </message>
    <message>
        <source>How many segments may be in flight (cwnd), and the slow-start threshold</source>
        <translation>Wie viele Segmente unterwegs sein dürfen (cwnd), und die Slow-Start-Schwelle</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Bytes sent and not yet acknowledged by the peer, and bytes the application wrote that the kernel has not sent yet</source>
        <translation>Gesendete, von der Gegenseite noch nicht bestätigte Bytes, und Bytes, die die Anwendung geschrieben, der Kernel aber noch nicht gesendet hat</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>From the kernel&apos;s socket table (sock_diag, as ss shows it): send queue (bytes not yet acknowledged) / receive queue (bytes received that the application has not read). For a listener: the backlog size / connections waiting for accept()</source>
        <translation>Aus der Socket-Tabelle des Kernels (sock_diag, wie ss sie zeigt): Sendewarteschlange (noch nicht bestätigte Bytes) / Empfangswarteschlange (empfangene Bytes, die die Anwendung noch nicht gelesen hat). Bei einem Listener: die Backlog-Größe / Verbindungen, die auf accept() warten</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>Neuübertragungen</translation>
    </message>
    <message>
        <source>Segments sent again since the connection began, those lost now, and the retransmission timeout (RTO): how long the kernel waits for an ACK before sending again</source>
        <translation>Seit Beginn der Verbindung erneut gesendete Segmente, die derzeit verlorenen, und das Retransmission-Timeout (RTO): wie lange der Kernel auf ein ACK wartet, bevor er erneut sendet</translation>
    </message>
    <message>
        <source>MSS</source>
        <translation>MSS</translation>
    </message>
    <message>
        <source>Maximum segment size, sending / receiving</source>
        <translation>Maximale Segmentgröße, senden / empfangen</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>SO_SNDBUF / SO_RCVBUF: the kernel&apos;s send and receive buffer sizes</source>
        <translation>SO_SNDBUF / SO_RCVBUF: die Größen des Sende- und Empfangspuffers im Kernel</translation>
    </message>
    <message>
        <source>TCP_NODELAY</source>
        <translation>TCP_NODELAY</translation>
    </message>
    <message>
        <source>On: small writes go out at once; off: Nagle&apos;s algorithm groups them</source>
        <translation>An: kleine Schreibvorgänge gehen sofort hinaus; aus: der Nagle-Algorithmus fasst sie zusammen</translation>
    </message>
    <message>
        <source>SO_KEEPALIVE</source>
        <translation>SO_KEEPALIVE</translation>
    </message>
    <message>
        <source>On: the kernel probes an idle connection to find a dead peer</source>
        <translation>An: der Kernel prüft eine ruhende Verbindung, um eine tote Gegenseite zu erkennen</translation>
    </message>
    <message>
        <source>No connection selected</source>
        <translation>Keine Verbindung ausgewählt</translation>
    </message>
    <message>
        <source>Select a socket in the Sockets tree to see what the kernel knows about it.</source>
        <translation>Einen Socket im Sockets-Baum auswählen, um zu sehen, was der Kernel über ihn weiß.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; listening on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; lauscht auf %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 → %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 → %3</translation>
    </message>
    <message>
        <source>The kernel&apos;s view is only available for a live session: this one was reopened from a file.</source>
        <translation>Die Sicht des Kernels gibt es nur in einer laufenden Sitzung: diese wurde aus einer Datei wieder geöffnet.</translation>
    </message>
    <message>
        <source>The kernel&apos;s view (TCP_INFO, /proc/net/tcp) is not available on this platform.</source>
        <translation>Die Sicht des Kernels (TCP_INFO, /proc/net/tcp) ist auf dieser Plattform nicht verfügbar.</translation>
    </message>
    <message>
        <source>CLOSED: the kernel no longer has this connection (TIME_WAIT is over, or it ended with RST or the final ACK).</source>
        <translation>CLOSED: der Kernel kennt diese Verbindung nicht mehr (TIME_WAIT ist vorbei, oder sie endete mit RST oder dem letzten ACK).</translation>
    </message>
    <message>
        <source>The kernel has no socket with these addresses (not connected yet, or already gone).</source>
        <translation>Der Kernel hat keinen Socket mit diesen Adressen (noch nicht verbunden oder schon weg).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>  (closed by SocketLab; the kernel still keeps it)</source>
        <translation>  (von SocketLab geschlossen; der Kernel hält sie noch)</translation>
    </message>
    <message numerus="yes">
        <source>backlog %1 / %n waiting for accept()</source>
        <translation>
            <numerusform>Backlog %1 / %n wartet auf accept()</numerusform>
            <numerusform>Backlog %1 / %n warten auf accept()</numerusform>
        </translation>
    </message>
    <message>
        <source>send %1 / receive %2</source>
        <translation>senden %1 / empfangen %2</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>, ssthresh %1</source>
        <translation>, ssthresh %1</translation>
    </message>
    <message>
        <source>%1, not yet sent %2</source>
        <translation>%1, noch nicht gesendet %2</translation>
    </message>
    <message>
        <source>%1 (%2 lost), RTO %3</source>
        <translation>%1 (%2 verloren), RTO %3</translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2 Bytes</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>— (closed in SocketLab)</source>
        <translation>— (in SocketLab geschlossen)</translation>
    </message>
    <message>
        <source>%1 timeouts of the current segment</source>
        <translation>%1 Timeouts des aktuellen Segments</translation>
    </message>
</context>
<context>
    <name>ConnectionMenu</name>
    <message>
        <source>Resume &amp;accepting</source>
        <translation>&amp;Annehmen fortsetzen</translation>
    </message>
    <message>
        <source>Pause &amp;accepting</source>
        <translation>&amp;Annehmen pausieren</translation>
    </message>
    <message>
        <source>While paused, new clients complete the handshake and wait in the kernel&apos;s backlog</source>
        <translation>Während der Pause schließen neue Clients den Handshake ab und warten im Backlog des Kernels</translation>
    </message>
    <message>
        <source>Connection &amp;cap (now %1)…</source>
        <translation>&amp;Verbindungslimit (jetzt %1)…</translation>
    </message>
    <message>
        <source>&amp;Receive cap per connection…</source>
        <translation>&amp;Empfangslimit pro Verbindung…</translation>
    </message>
    <message>
        <source>&amp;Stop listening</source>
        <translation>Lau&amp;schen beenden</translation>
    </message>
    <message>
        <source>C&amp;lose listener and its connections</source>
        <translation>Listener und seine Verbindungen sch&amp;ließen</translation>
    </message>
    <message>
        <source>Cl&amp;ose (FIN)</source>
        <translation>Schl&amp;ießen (FIN)</translation>
    </message>
    <message>
        <source>&amp;Abort (RST)</source>
        <translation>&amp;Abbrechen (RST)</translation>
    </message>
    <message>
        <source>Resume &amp;reading</source>
        <translation>&amp;Lesen fortsetzen</translation>
    </message>
    <message>
        <source>Pause &amp;reading</source>
        <translation>&amp;Lesen pausieren</translation>
    </message>
    <message>
        <source>Receive &amp;cap (now %1)…</source>
        <translation>&amp;Empfangslimit (jetzt %1)…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Connection cap</source>
        <translation>Verbindungslimit</translation>
    </message>
    <message>
        <source>At most this many connections of %1 open at once; more are refused (reset) and the log names them:</source>
        <translation>Höchstens so viele Verbindungen von %1 gleichzeitig offen; weitere werden abgelehnt (Reset) und im Protokoll genannt:</translation>
    </message>
    <message>
        <source>Receive cap</source>
        <translation>Empfangslimit</translation>
    </message>
    <message>
        <source>Stop reading a connection of %1 once it has sent this many MiB (0: no cap). Applies to connections accepted from now on:</source>
        <translation>Eine Verbindung von %1 nicht mehr lesen, sobald sie so viele MiB gesendet hat (0: kein Limit). Gilt für ab jetzt angenommene Verbindungen:</translation>
    </message>
    <message>
        <source>Stop reading %1 once it has sent this many MiB (0: no cap):</source>
        <translation>Die Verbindung %1 nicht mehr lesen, sobald sie so viele MiB gesendet hat (0: kein Limit):</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>opening</source>
        <translation>wird geöffnet</translation>
    </message>
    <message>
        <source>looking up</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>lauscht nicht</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>wird geschlossen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>peer sent FIN</source>
        <translation>Gegenseite hat FIN gesendet</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>gebunden</translation>
    </message>
</context>
<context>
    <name>ConnectionTreeModel</name>
    <message>
        <source>listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>, reading paused</source>
        <translation>, Lesen pausiert</translation>
    </message>
    <message>
        <source> — on all interfaces!</source>
        <translation> — auf allen Schnittstellen!</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) accepted</source>
        <translation>
            <numerusform>%n Verbindung angenommen</numerusform>
            <numerusform>%n Verbindungen angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenseite</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lesevorgänge</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Schreibvorgänge</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Reachable from other machines: this listener is bound to every network interface (%1), so anyone who can reach this computer can connect. Listen on 127.0.0.1 or ::1 to keep it on this computer.</source>
        <translation>Von anderen Rechnern erreichbar: dieser Listener ist an jede Netzwerkschnittstelle gebunden (%1), also kann sich jeder verbinden, der diesen Computer erreicht. Auf 127.0.0.1 oder ::1 lauschen, um ihn auf diesem Computer zu halten.</translation>
    </message>
    <message>
        <source>, %1 queued to send</source>
        <translation>, %1 warten aufs Senden</translation>
    </message>
    <message>
        <source>first seen at %1 s, last seen at %2 s; %3 datagram(s) in, %4 out</source>
        <translation>zuerst gesehen bei %1 s, zuletzt bei %2 s; %3 Datagramm(e) herein, %4 hinaus</translation>
    </message>
    <message>
        <source>UDP socket</source>
        <translation>UDP-Socket</translation>
    </message>
    <message>
        <source>UDP peer</source>
        <translation>UDP-Gegenstelle</translation>
    </message>
    <message numerus="yes">
        <source>, %n datagram(s) dropped by the kernel</source>
        <translation>
            <numerusform>, %n Datagramm vom Kernel verworfen</numerusform>
            <numerusform>, %n Datagramme vom Kernel verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n Gegenstelle</numerusform>
            <numerusform>%n Gegenstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>other peers (beyond the cap)</source>
        <translation>weitere Gegenstellen (über der Obergrenze)</translation>
    </message>
</context>
<context>
    <name>DockLayout</name>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Connection info</source>
        <translation>Verbindungsinfo</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
</context>
<context>
    <name>EndpointAddress</name>
    <message>
        <source>Missing &apos;]&apos; after the IPv6 address</source>
        <translation>„]“ fehlt nach der IPv6-Adresse</translation>
    </message>
    <message>
        <source>Expected &apos;:PORT&apos; after &apos;]&apos;</source>
        <translation>Nach „]“ wird „:PORT“ erwartet</translation>
    </message>
    <message>
        <source>Expected HOST:PORT</source>
        <translation>Erwartet wird HOST:PORT</translation>
    </message>
    <message>
        <source>Put an IPv6 address in brackets: [::1]:PORT</source>
        <translation>Eine IPv6-Adresse in eckige Klammern setzen: [::1]:PORT</translation>
    </message>
    <message>
        <source>Enter a port number (0 to 65535)</source>
        <translation>Eine Portnummer eingeben (0 bis 65535)</translation>
    </message>
    <message>
        <source>A port is a number; &apos;%1&apos; is not a digit</source>
        <translation>Ein Port ist eine Zahl; „%1“ ist keine Ziffer</translation>
    </message>
    <message>
        <source>Port %1 is out of range (0 to 65535)</source>
        <translation>Port %1 liegt außerhalb des Bereichs (0 bis 65535)</translation>
    </message>
    <message>
        <source>Enter a host name or address</source>
        <translation>Einen Hostnamen oder eine Adresse eingeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation>„%1“ ist kein gültiger Hostname</translation>
    </message>
    <message>
        <source>Listen on an IP address (such as 127.0.0.1 or ::1), not a name</source>
        <translation>Auf einer IP-Adresse lauschen (etwa 127.0.0.1 oder ::1), nicht auf einem Namen</translation>
    </message>
    <message>
        <source>%1 sockets are not yet supported by this version of SocketLab; use tcp: or unix:</source>
        <translation>%1-Sockets werden von dieser SocketLab-Version noch nicht unterstützt; tcp: oder unix: verwenden</translation>
    </message>
    <message>
        <source>Enter a socket file path (/tmp/lab.sock) or an abstract name (@lab)</source>
        <translation>Einen Socket-Dateipfad (/tmp/lab.sock) oder einen abstrakten Namen (@lab) eingeben</translation>
    </message>
    <message>
        <source>A Unix socket address cannot hold a NUL character</source>
        <translation>Eine Unix-Socket-Adresse kann kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>Enter a name after &apos;@&apos; (an abstract socket name, such as @lab)</source>
        <translation>Nach &apos;@&apos; einen Namen eingeben (einen abstrakten Socket-Namen wie @lab)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 bytes long; a Unix socket address holds at most %3 (sun_path): choose a shorter path</source>
        <translation>&apos;%1&apos; ist %2 Bytes lang; eine Unix-Socket-Adresse fasst höchstens %3 (sun_path): einen kürzeren Pfad wählen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a directory; a socket needs a file name</source>
        <translation>&apos;%1&apos; ist ein Verzeichnis; ein Socket braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>port 0 cannot be connected to</source>
        <translation>mit Port 0 kann man sich nicht verbinden</translation>
    </message>
</context>
<context>
    <name>EndpointHost</name>
    <message>
        <source>bind %1 failed: %2</source>
        <translation>bind %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>socket(), bind(%1), listen()</source>
        <translation>socket(), bind(%1), listen()</translation>
    </message>
    <message>
        <source>accept() returned a new socket for %1</source>
        <translation>accept() hat einen neuen Socket für %1 geliefert</translation>
    </message>
    <message>
        <source>getaddrinfo(%1)</source>
        <translation>getaddrinfo(%1)</translation>
    </message>
    <message>
        <source>socket(), connect(%1)</source>
        <translation>socket(), connect(%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>send</source>
        <translation>senden</translation>
    </message>
    <message numerus="yes">
        <source>not connected: %n byte(s) not sent</source>
        <translation>
            <numerusform>nicht verbunden: %n Byte nicht gesendet</numerusform>
            <numerusform>nicht verbunden: %n Bytes nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>close</source>
        <translation>schließen</translation>
    </message>
    <message>
        <source>abort</source>
        <translation>abbrechen</translation>
    </message>
    <message>
        <source>the application stops calling read()</source>
        <translation>die Anwendung ruft read() nicht mehr auf</translation>
    </message>
    <message>
        <source>the application reads again</source>
        <translation>die Anwendung liest wieder</translation>
    </message>
    <message>
        <source>echo on</source>
        <translation>Echo an</translation>
    </message>
    <message>
        <source>echo off</source>
        <translation>Echo aus</translation>
    </message>
    <message>
        <source>close() on the listening socket; accepted connections stay open</source>
        <translation>close() auf dem lauschenden Socket; angenommene Verbindungen bleiben offen</translation>
    </message>
    <message>
        <source>%1: this connection is already closed</source>
        <translation>%1: diese Verbindung ist bereits geschlossen</translation>
    </message>
    <message>
        <source>socket(), bind(%1), listen(backlog %2)</source>
        <translation>socket(), bind(%1), listen(Backlog %2)</translation>
    </message>
    <message>
        <source>accept() is not called: the kernel completes handshakes into the backlog until it is full, then ignores new SYNs</source>
        <translation>accept() wird nicht aufgerufen: der Kernel schließt Handshakes in den Backlog ab, bis er voll ist, und ignoriert dann neue SYNs</translation>
    </message>
    <message>
        <source>chat relay: what one connection sends goes to the others</source>
        <translation>Chat-Relais: was eine Verbindung sendet, geht an die anderen</translation>
    </message>
    <message>
        <source>send() would block: the kernel&apos;s send buffer is full and %1 bytes wait; the peer is not taking them (its receive window is closed or small)</source>
        <translation>send() würde blockieren: der Sendepuffer des Kernels ist voll und %1 Bytes warten; die Gegenseite nimmt sie nicht an (ihr Empfangsfenster ist geschlossen oder klein)</translation>
    </message>
    <message>
        <source>the kernel took the queued bytes: the peer&apos;s window opened, sending goes on</source>
        <translation>der Kernel hat die wartenden Bytes übernommen: das Fenster der Gegenseite ist offen, das Senden geht weiter</translation>
    </message>
    <message>
        <source>shutdown</source>
        <translation>shutdown</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): this connection cannot send any more</source>
        <translation>shutdown(SHUT_WR): diese Verbindung kann nicht mehr senden</translation>
    </message>
    <message>
        <source>setsockopt</source>
        <translation>setsockopt</translation>
    </message>
    <message>
        <source>setsockopt(TCP_NODELAY, 1): Nagle&apos;s algorithm off, each write() leaves at once</source>
        <translation>setsockopt(TCP_NODELAY, 1): Nagle-Algorithmus aus, jedes write() geht sofort hinaus</translation>
    </message>
    <message>
        <source>setsockopt(TCP_NODELAY, 0): Nagle&apos;s algorithm on, small writes wait for the previous one&apos;s ACK</source>
        <translation>setsockopt(TCP_NODELAY, 0): Nagle-Algorithmus an, kleine Schreibvorgänge warten auf das ACK des vorigen</translation>
    </message>
    <message>
        <source>setsockopt(TCP_NODELAY) failed: not connected</source>
        <translation>setsockopt(TCP_NODELAY) fehlgeschlagen: nicht verbunden</translation>
    </message>
    <message>
        <source> (ports below 1024 need administrator rights; pick a port from 1024 up, or 0)</source>
        <translation> (Ports unter 1024 brauchen Administratorrechte; einen Port ab 1024 wählen, oder 0)</translation>
    </message>
    <message numerus="yes">
        <source>refused %1: the cap of %n open connection(s) is reached (closed with RST)</source>
        <translation>
            <numerusform>%1 abgelehnt: das Limit von %n offenen Verbindung ist erreicht (mit RST geschlossen)</numerusform>
            <numerusform>%1 abgelehnt: das Limit von %n offenen Verbindungen ist erreicht (mit RST geschlossen)</numerusform>
        </translation>
    </message>
    <message>
        <source>receive cap reached (%1 of %2 bytes): SocketLab stops reading this connection; the peer is held by flow control. Raise the cap, or close it.</source>
        <translation>Empfangslimit erreicht (%1 von %2 Bytes): SocketLab liest diese Verbindung nicht mehr; die Flusskontrolle hält die Gegenseite auf. Das Limit erhöhen oder die Verbindung schließen.</translation>
    </message>
    <message>
        <source>connection cap</source>
        <translation>Verbindungslimit</translation>
    </message>
    <message numerus="yes">
        <source>connection cap: at most %n open connection(s); more are refused</source>
        <translation>
            <numerusform>Verbindungslimit: höchstens %n offene Verbindung; weitere werden abgelehnt</numerusform>
            <numerusform>Verbindungslimit: höchstens %n offene Verbindungen; weitere werden abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>receive cap for new connections: %1 bytes each</source>
        <translation>Empfangslimit für neue Verbindungen: je %1 Bytes</translation>
    </message>
    <message>
        <source>receive cap</source>
        <translation>Empfangslimit</translation>
    </message>
    <message>
        <source>receive cap: %1 bytes</source>
        <translation>Empfangslimit: %1 Bytes</translation>
    </message>
    <message>
        <source>accepting paused: new connections complete the handshake and wait in the kernel&apos;s backlog until accept() is called again</source>
        <translation>Annehmen pausiert: neue Verbindungen schließen den Handshake ab und warten im Backlog des Kernels, bis accept() wieder aufgerufen wird</translation>
    </message>
    <message>
        <source>accepting resumed: accept() takes the waiting connections</source>
        <translation>Annehmen fortgesetzt: accept() übernimmt die wartenden Verbindungen</translation>
    </message>
    <message>
        <source>not available on this platform</source>
        <translation>auf dieser Plattform nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 queued to send: the peer is not reading, its receive window and our send buffer are full; the bytes wait, nothing is lost</source>
        <translation>%1 warten aufs Senden: die Gegenseite liest nicht, ihr Empfangsfenster und unser Sendepuffer sind voll; die Bytes warten, nichts geht verloren</translation>
    </message>
    <message>
        <source>the queued bytes have all been handed to the kernel</source>
        <translation>die wartenden Bytes sind alle an den Kernel übergeben</translation>
    </message>
    <message>
        <source>the application stops calling recvmmsg(): datagrams queue in the receive buffer, and when it is full the kernel drops them</source>
        <translation>die Anwendung ruft recvmmsg() nicht mehr auf: Datagramme warten im Empfangspuffer, und wenn er voll ist, verwirft der Kernel sie</translation>
    </message>
    <message numerus="yes">
        <source>the %n byte(s) recorded as sent just before were not sent: this connection can no longer send</source>
        <translation>
            <numerusform>das eben als gesendet aufgezeichnete %n Byte wurde nicht gesendet: diese Verbindung kann nicht mehr senden</numerusform>
            <numerusform>die eben als gesendet aufgezeichneten %n Bytes wurden nicht gesendet: diese Verbindung kann nicht mehr senden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not on a UDP socket (UDP has no stream to shut down, no Nagle, no connection to reset)</source>
        <translation>%1: nicht auf einem UDP-Socket (UDP hat keinen Datenstrom zum Herunterfahren, kein Nagle, keine Verbindung zum Zurücksetzen)</translation>
    </message>
</context>
<context>
    <name>EndpointPanel</name>
    <message>
        <source>Listen: socket(), bind(), listen()</source>
        <translation>Lauschen: socket(), bind(), listen()</translation>
    </message>
    <message>
        <source>The local address to bind. 127.0.0.1 and ::1 (loopback) are reachable only from this computer; 0.0.0.0 and :: accept connections from the whole network.</source>
        <translation>Die lokale Adresse für bind(). 127.0.0.1 und ::1 (Loopback) sind nur von diesem Computer aus erreichbar; 0.0.0.0 und :: nehmen Verbindungen aus dem ganzen Netz an.</translation>
    </message>
    <message>
        <source>0 lets the system choose a free port; the chosen port is shown in the socket list.</source>
        <translation>0 lässt das System einen freien Port wählen; der gewählte Port steht in der Socket-Liste.</translation>
    </message>
    <message>
        <source>Echo what arrives</source>
        <translation>Ankommendes zurücksenden</translation>
    </message>
    <message>
        <source>Send every received byte straight back, like an echo server.</source>
        <translation>Jedes empfangene Byte sofort zurücksenden, wie ein Echo-Server.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Lauschen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Connect: socket(), connect()</source>
        <translation>Verbinden: socket(), connect()</translation>
    </message>
    <message>
        <source>A host name (looked up first), an IPv4 address or an IPv6 address.</source>
        <translation>Ein Hostname (wird zuerst aufgelöst), eine IPv4- oder eine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>1 to 65535</source>
        <translation>1 bis 65535</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Bind to an IP address of this computer, not a name</source>
        <translation>An eine IP-Adresse dieses Computers binden, nicht an einen Namen</translation>
    </message>
    <message>
        <source>Warning: %1 accepts connections from every network this computer is on.</source>
        <translation>Warnung: %1 nimmt Verbindungen aus jedem Netz an, in dem dieser Computer ist.</translation>
    </message>
    <message>
        <source>Port 0 cannot be connected to: enter the server&apos;s port</source>
        <translation>Mit Port 0 kann man sich nicht verbinden: den Port des Servers eingeben</translation>
    </message>
    <message>
        <source>listen(): the socket waits for connections; each one accepted appears under it in the socket list</source>
        <translation>listen(): der Socket wartet auf Verbindungen; jede angenommene erscheint darunter in der Socket-Liste</translation>
    </message>
    <message>
        <source>connect(): the TCP handshake (SYN, SYN-ACK, ACK); &apos;connection refused&apos; means nothing listens on that port</source>
        <translation>connect(): der TCP-Handshake (SYN, SYN-ACK, ACK); „Verbindung abgelehnt“ heißt, dass auf diesem Port niemand lauscht</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Unknown export format &quot;%1&quot;: use one of %2</source>
        <translation>Unbekanntes Exportformat „%1“: eines von %2 verwenden</translation>
    </message>
    <message>
        <source>Text transcript</source>
        <translation>Textmitschrift</translation>
    </message>
    <message>
        <source>CSV, one row per event</source>
        <translation>CSV, eine Zeile pro Ereignis</translation>
    </message>
    <message>
        <source>JSON Lines, one object per event</source>
        <translation>JSON Lines, ein Objekt pro Ereignis</translation>
    </message>
    <message>
        <source>pcapng for Wireshark</source>
        <translation>pcapng für Wireshark</translation>
    </message>
    <message>
        <source>SocketLab session</source>
        <translation>SocketLab-Sitzung</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Cannot export to %1: it is a directory</source>
        <translation>Export nach %1 nicht möglich: das ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Export to %1 cancelled; the file was not changed</source>
        <translation>Export nach %1 abgebrochen; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is not a regular file (a device, a pipe or a socket)</source>
        <translation>Export nach %1 nicht möglich: das ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Cannot read %1 payload bytes at offset %2 of the session journal</source>
        <translation>Kann %1 Nutzdaten-Bytes an Position %2 des Sitzungsjournals nicht lesen</translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The export was cancelled</source>
        <translation>Der Export wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>HeadlessLesson</name>
    <message numerus="yes">
        <source>Lesson %1: all %n step(s) done</source>
        <translation>
            <numerusform>Lektion %1: der %n Schritt ist erledigt</numerusform>
            <numerusform>Lektion %1: alle %n Schritte erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson %1: stopped at step %2 of %3</source>
        <translation>Lektion %1: angehalten bei Schritt %2 von %3</translation>
    </message>
    <message>
        <source>Lesson %1: interrupted</source>
        <translation>Lektion %1: unterbrochen</translation>
    </message>
    <message numerus="yes">
        <source>Lesson %1: %2 (%n step(s))</source>
        <translation>
            <numerusform>Lektion %1: %2 (%n Schritt)</numerusform>
            <numerusform>Lektion %1: %2 (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>      ok in %1 s: %2</source>
        <translation>      ok in %1 s: %2</translation>
    </message>
    <message>
        <source>      FAILED after %1 s: %2</source>
        <translation>      FEHLGESCHLAGEN nach %1 s: %2</translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <source>the recording is written again: reading and sending resume</source>
        <translation>die Aufzeichnung wird wieder geschrieben: Lesen und Senden gehen weiter</translation>
    </message>
</context>
<context>
    <name>HexChunks</name>
    <message>
        <source>Chunk %1 of %2</source>
        <translation>Stück %1 von %2</translation>
    </message>
    <message>
        <source>Chunk %1 of %2: %3</source>
        <translation>Stück %1 von %2: %3</translation>
    </message>
    <message>
        <source>Byte %L1 of %L2 in this chunk</source>
        <translation>Byte %L1 von %L2 in diesem Stück</translation>
    </message>
    <message>
        <source>Offset %L1 (0x%2)</source>
        <translation>Position %L1 (0x%2)</translation>
    </message>
    <message>
        <source>Value 0x%1 = %2</source>
        <translation>Wert 0x%1 = %2</translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos;</source>
        <translation>%1 = „%2“</translation>
    </message>
</context>
<context>
    <name>HexView</name>
    <message>
        <source>&amp;Copy as Hex</source>
        <translation>Als Hex &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;Text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot record to %1: not a regular file</source>
        <translation>Aufzeichnen nach %1 nicht möglich: keine normale Datei</translation>
    </message>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation>Aufzeichnen nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>Kann %1 nicht zurücklesen: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kann %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link (to %2): recording would write wherever it points</source>
        <translation>%1 ist ein symbolischer Link (auf %2): die Aufzeichnung würde dorthin schreiben, wohin er zeigt</translation>
    </message>
    <message>
        <source>%1 is a recorded session: SocketLab never records over one (its %2 bytes would be lost); choose a new file name, or open it with --open</source>
        <translation>%1 ist eine aufgezeichnete Sitzung: SocketLab zeichnet nie über eine hinweg (ihre %2 Bytes gingen verloren); einen neuen Dateinamen wählen oder sie mit --open öffnen</translation>
    </message>
    <message>
        <source>%1 is not a SocketLab session: recording would replace its %2 bytes; choose a new file name</source>
        <translation>%1 ist keine SocketLab-Sitzung: die Aufzeichnung würde ihre %2 Bytes ersetzen; einen neuen Dateinamen wählen</translation>
    </message>
    <message>
        <source>Cannot record to %1: cannot remove the symbolic link</source>
        <translation>Aufzeichnung nach %1 nicht möglich: der symbolische Link lässt sich nicht entfernen</translation>
    </message>
</context>
<context>
    <name>JournalGate</name>
    <message>
        <source>The recording cannot be written: %1. SocketLab stops reading every connection and sends nothing (no echo, no relay) until it can, so nothing leaves that is not recorded; TCP flow control holds the peers. Free some space, or record elsewhere: it resumes by itself.</source>
        <translation>Die Aufzeichnung kann nicht geschrieben werden: %1. SocketLab liest keine Verbindung mehr und sendet nichts (kein Echo, keine Weiterleitung), bis es wieder geht, damit nichts hinausgeht, das nicht aufgezeichnet ist; die TCP-Flusskontrolle hält die Gegenseiten auf. Platz schaffen oder woanders aufzeichnen: es geht von selbst weiter.</translation>
    </message>
    <message numerus="yes">
        <source>The recording is written again, after %1 s: reading resumes, and %n held send(s) go out now</source>
        <translation>
            <numerusform>Die Aufzeichnung wird nach %1 s wieder geschrieben: das Lesen geht weiter, und %n zurückgehaltene Sendung geht jetzt hinaus</numerusform>
            <numerusform>Die Aufzeichnung wird nach %1 s wieder geschrieben: das Lesen geht weiter, und %n zurückgehaltene Sendungen gehen jetzt hinaus</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording moved from %1 to %2: everything recorded so far was copied, and the session goes on there</source>
        <translation>Die Aufzeichnung ist von %1 nach %2 umgezogen: alles bisher Aufgezeichnete wurde kopiert, und die Sitzung geht dort weiter</translation>
    </message>
</context>
<context>
    <name>JournalReader</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kann %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a SocketLab session</source>
        <translation>%1 ist leer: das ist keine SocketLab-Sitzung</translation>
    </message>
    <message>
        <source>%1 is not a SocketLab session (it does not start with the session file signature)</source>
        <translation>%1 ist keine SocketLab-Sitzung (sie beginnt nicht mit der Signatur einer Sitzungsdatei)</translation>
    </message>
    <message>
        <source>%1 is cut short inside its 32-byte header</source>
        <translation>%1 endet mitten im 32-Byte-Kopf</translation>
    </message>
    <message>
        <source>%1 was written by a newer SocketLab (session format %2; this version reads up to %3)</source>
        <translation>%1 wurde von einem neueren SocketLab geschrieben (Sitzungsformat %2; diese Version liest bis %3)</translation>
    </message>
    <message>
        <source>%1 has a damaged header (version %2, header size %3)</source>
        <translation>%1 hat einen beschädigten Kopf (Version %2, Kopfgröße %3)</translation>
    </message>
    <message>
        <source>Record at byte %1: %2</source>
        <translation>Datensatz bei Byte %1: %2</translation>
    </message>
    <message>
        <source>the file ends inside a record header (the writer stopped mid-record)</source>
        <translation>die Datei endet in einem Datensatzkopf (der Schreiber hörte mitten im Datensatz auf)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>impossible record length %1</source>
        <translation>unmögliche Datensatzlänge %1</translation>
    </message>
    <message>
        <source>the record says %1 bytes but only %2 remain (the writer stopped mid-record)</source>
        <translation>der Datensatz nennt %1 Bytes, aber nur %2 sind übrig (der Schreiber hörte mitten im Datensatz auf)</translation>
    </message>
    <message>
        <source>checksum mismatch (the file was changed or damaged)</source>
        <translation>Prüfsumme stimmt nicht (die Datei wurde verändert oder beschädigt)</translation>
    </message>
    <message>
        <source>event record too short</source>
        <translation>Ereignisdatensatz zu kurz</translation>
    </message>
    <message>
        <source>unknown event kind %1</source>
        <translation>unbekannte Ereignisart %1</translation>
    </message>
    <message>
        <source>malformed connection record</source>
        <translation>fehlerhafter Verbindungsdatensatz</translation>
    </message>
    <message>
        <source>end record too short</source>
        <translation>Enddatensatz zu kurz</translation>
    </message>
    <message>
        <source>%1 has a damaged header (start time %2 ms is outside the years 1970 to 9999)</source>
        <translation>%1 hat einen beschädigten Kopf (die Startzeit %2 ms liegt außerhalb der Jahre 1970 bis 9999)</translation>
    </message>
</context>
<context>
    <name>LessonLoader</name>
    <message>
        <source>is not a listener role</source>
        <translation>ist keine Listener-Rolle</translation>
    </message>
    <message>
        <source>is not a client role</source>
        <translation>ist keine Client-Rolle</translation>
    </message>
    <message>
        <source>is a listener: it cannot send</source>
        <translation>ist ein Listener: er kann nicht senden</translation>
    </message>
    <message>
        <source>is a listener role</source>
        <translation>ist eine Listener-Rolle</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>id: &apos;%1&apos; differs from the file&apos;s name (expected &apos;%2&apos;)</source>
        <translation>id: „%1“ weicht vom Dateinamen ab (erwartet: „%2“)</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>größer als %1 Bytes</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>erwartet wird ein Objekt, gefunden: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>erwartet wird eine Zeichenkette, gefunden: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>erwartet wird true oder false, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>erwartet wird eine ganze Zahl, gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>erwartet wird ein Array, gefunden: %1</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>version %1 is not supported (this SocketLab reads version %2)</source>
        <translation>Version %1 wird nicht unterstützt (dieses SocketLab liest Version %2)</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and &apos;-&apos;</source>
        <translation>Kleinbuchstaben, Ziffern und „-“ verwenden</translation>
    </message>
    <message>
        <source>a lesson needs at least one step</source>
        <translation>eine Lektion braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>a lesson needs at least one socket role</source>
        <translation>eine Lektion braucht mindestens eine Socket-Rolle</translation>
    </message>
    <message>
        <source>use letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation>Buchstaben, Ziffern und „_“ verwenden, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is declared twice</source>
        <translation>„%1“ ist doppelt deklariert</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; (expected listener, client or accepted)</source>
        <translation>unbekannter Typ „%1“ (erwartet: listener, client oder accepted)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a listener role declared before it</source>
        <translation>„%1“ ist keine davor deklarierte Listener-Rolle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a declared role</source>
        <translation>„%1“ ist keine deklarierte Rolle</translation>
    </message>
    <message>
        <source>template {%1} does not name a declared role, as in {server.port}</source>
        <translation>Vorlage {%1} nennt keine deklarierte Rolle, wie in {server.port}</translation>
    </message>
    <message>
        <source>template {%1}: unknown field &apos;%2&apos; (known: %3)</source>
        <translation>Vorlage {%1}: unbekanntes Feld „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>unknown socket call &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Socket-Aufruf „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>a step needs &quot;do&quot; or &quot;expect&quot; (or both)</source>
        <translation>ein Schritt braucht „do“ oder „expect“ (oder beides)</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2</source>
        <translation>„%1“ %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a listener role</source>
        <translation>„%1“ ist keine Listener-Rolle</translation>
    </message>
    <message>
        <source>send needs exactly one of &quot;text&quot; or &quot;fill&quot;</source>
        <translation>send braucht genau eines von „text“ oder „fill“</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;</source>
        <translation>unbekanntes Ereignis „%1“</translation>
    </message>
    <message>
        <source>expected &quot;in&quot; or &quot;out&quot;</source>
        <translation>erwartet wird „in“ oder „out“</translation>
    </message>
    <message>
        <source>a stream condition needs &quot;equals&quot;, &quot;contains&quot; or &quot;atLeastBytes&quot;</source>
        <translation>eine Datenstrom-Bedingung braucht „equals“, „contains“ oder „atLeastBytes“</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos;</source>
        <translation>unbekannter Zustand „%1“</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected event, stream or state)</source>
        <translation>unbekannte Art „%1“ (erwartet: event, stream oder state)</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Choose a lesson; one you leave resumes where you were</source>
        <translation>Eine Lektion wählen; eine verlassene Lektion macht dort weiter, wo Sie waren</translation>
    </message>
    <message>
        <source>These lesson files were not loaded:
%1</source>
        <translation>Diese Lektionsdateien wurden nicht geladen:
%1</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Let SocketLab do this step for you</source>
        <translation>SocketLab diesen Schritt für Sie ausführen lassen</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Close this lesson&apos;s sockets and start again at step 1</source>
        <translation>Die Sockets dieser Lektion schließen und bei Schritt 1 neu beginnen</translation>
    </message>
    <message>
        <source>No lessons</source>
        <translation>Keine Lektionen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Socket calls:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Socket-Aufrufe:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Look at:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Beachten Sie:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>✔ Done. Press Next when you are ready.</source>
        <translation>✔ Erledigt. Drücken Sie Weiter, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>✔ Done: that was the last step of this lesson.</source>
        <translation>✔ Erledigt: das war der letzte Schritt dieser Lektion.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>Warte auf: %1</translation>
    </message>
    <message>
        <source>Do it yourself in the app, or press &lt;b&gt;Do it&lt;/b&gt;. Waiting for: %1</source>
        <translation>Selbst in der Anwendung ausführen oder &lt;b&gt;Ausführen&lt;/b&gt; drücken. Warte auf: %1</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td colspan=3&gt;&lt;i&gt;not created yet&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td colspan=3&gt;&lt;i&gt;noch nicht erstellt&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message numerus="yes">
        <source>, %n accepted</source>
        <translation>
            <numerusform>, %n angenommen</numerusform>
            <numerusform>, %n angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>, not reading</source>
        <translation>, liest nicht</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sockets now:&lt;/b&gt;&lt;table cellspacing=0 cellpadding=2&gt;%1&lt;/table&gt;</source>
        <translation>&lt;b&gt;Sockets jetzt:&lt;/b&gt;&lt;table cellspacing=0 cellpadding=2&gt;%1&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <source>&apos;%1&apos; is not listening yet: do the step that creates it first</source>
        <translation>„%1“ lauscht noch nicht: zuerst den Schritt ausführen, der ihn erstellt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist yet: do the step that creates it first</source>
        <translation>„%1“ existiert noch nicht: zuerst den Schritt ausführen, der ihn erstellt</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for: %2</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf: %2</translation>
    </message>
    <message>
        <source>the step&apos;s actions</source>
        <translation>die Aktionen des Schritts</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> “%1”</source>
        <translation> „%1“</translation>
    </message>
    <message>
        <source> (%1 times)</source>
        <translation> (%1-mal)</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>exactly “%1”</source>
        <translation>genau „%1“</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1: not created yet</source>
        <translation>%1: noch nicht erstellt</translation>
    </message>
    <message numerus="yes">
        <source>%1 = %2  %3  %4, %n accepted</source>
        <translation>
            <numerusform>%1 = %2  %3  %4, %n angenommen</numerusform>
            <numerusform>%1 = %2  %3  %4, %n angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = %2  %3 → %4  %5</source>
        <translation>%1 = %2  %3 → %4  %5</translation>
    </message>
    <message>
        <source>, not reading</source>
        <translation>, liest nicht</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>Show one connection (a listener includes the connections it accepted)</source>
        <translation>Eine Verbindung zeigen (ein Listener schließt die von ihm angenommenen Verbindungen ein)</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>← Received</source>
        <translation>← Empfangen</translation>
    </message>
    <message>
        <source>→ Sent</source>
        <translation>→ Gesendet</translation>
    </message>
    <message>
        <source>Data only</source>
        <translation>Nur Daten</translation>
    </message>
    <message>
        <source>Socket events only</source>
        <translation>Nur Socket-Ereignisse</translation>
    </message>
    <message>
        <source>Show received bytes, sent bytes, all data, or only socket events (listen, accept, connect, close)</source>
        <translation>Empfangene Bytes, gesendete Bytes, alle Daten oder nur Socket-Ereignisse (listen, accept, connect, close) zeigen</translation>
    </message>
    <message>
        <source>Find text in the log…</source>
        <translation>Im Protokoll suchen…</translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Show the time of day instead of seconds since the session started</source>
        <translation>Die Uhrzeit statt der Sekunden seit Sitzungsbeginn zeigen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Keep the newest row in view; scrolling up stops following, scrolling to the bottom resumes it</source>
        <translation>Die neueste Zeile sichtbar halten; Hochscrollen hält das an, Scrollen ans Ende setzt es fort</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 (read-only) — SocketLab</source>
        <translation>%1 (schreibgeschützt) — SocketLab</translation>
    </message>
    <message>
        <source>SocketLab</source>
        <translation>SocketLab</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>Reopened %1, read-only</source>
        <translation>%1 wieder geöffnet, schreibgeschützt</translation>
    </message>
    <message>
        <source>The recording of this session was interrupted (SocketLab did not close it); everything recorded up to then is shown.</source>
        <translation>Die Aufzeichnung dieser Sitzung wurde unterbrochen (SocketLab hat sie nicht geschlossen); alles bis dahin Aufgezeichnete wird gezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%1
Everything before that point is shown (%n event(s)).</source>
        <translation>
            <numerusform>%1
Alles davor wird gezeigt (%n Ereignis).</numerusform>
            <numerusform>%1
Alles davor wird gezeigt (%n Ereignisse).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopened %1, read-only — incomplete</source>
        <translation>%1 wieder geöffnet, schreibgeschützt — unvollständig</translation>
    </message>
    <message>
        <source>An export is already running: wait for it or cancel it first.</source>
        <translation>Ein Export läuft bereits: abwarten oder zuerst abbrechen.</translation>
    </message>
    <message>
        <source>Exporting %p%</source>
        <translation>Exportiere %p%</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No lessons are available in this window</source>
        <translation>In diesem Fenster sind keine Lektionen verfügbar</translation>
    </message>
</context>
<context>
    <name>PacketSelection</name>
    <message>
        <source>The selection spans several connections: select rows of one connection to see its stream.</source>
        <translation>Die Auswahl umfasst mehrere Verbindungen: Zeilen einer Verbindung auswählen, um ihren Datenstrom zu sehen.</translation>
    </message>
    <message>
        <source>The selection holds more than %1: select fewer rows.</source>
        <translation>Die Auswahl enthält mehr als %1: weniger Zeilen auswählen.</translation>
    </message>
    <message>
        <source>#%1 %2 %3 at %4 s</source>
        <translation>#%1 %2 %3 bei %4 s</translation>
    </message>
    <message>
        <source>This event carries no bytes: %1 — %2</source>
        <translation>Dieses Ereignis trägt keine Bytes: %1 — %2</translation>
    </message>
</context>
<context>
    <name>PacketView</name>
    <message>
        <source>1 chunk</source>
        <translation>1 Stück</translation>
    </message>
    <message>
        <source>%L1 chunks</source>
        <translation>%L1 Stücke</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Bytes</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <translation>%1, %2 — %3</translation>
    </message>
    <message>
        <source>No bytes</source>
        <translation>Keine Bytes</translation>
    </message>
    <message>
        <source>Select a data event to see its bytes</source>
        <translation>Ein Datenereignis auswählen, um seine Bytes zu sehen</translation>
    </message>
    <message>
        <source>chunk %1</source>
        <translation>Stück %1</translation>
    </message>
    <message>
        <source>chunks %1–%2</source>
        <translation>Stücke %1–%2</translation>
    </message>
    <message>
        <source>1 byte selected at 0x%1 (%2)</source>
        <translation>1 Byte ausgewählt bei 0x%1 (%2)</translation>
    </message>
    <message>
        <source>%L1 bytes selected at 0x%2 (%3)</source>
        <translation>%L1 Bytes ausgewählt bei 0x%2 (%3)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PayloadParser</name>
    <message>
        <source>Lone backslash at end</source>
        <translation>Einzelner Backslash am Ende</translation>
    </message>
    <message>
        <source>\x needs two hex digits at position %1</source>
        <translation>\x braucht zwei Hex-Ziffern an Position %1</translation>
    </message>
    <message>
        <source>Unknown escape: backslash then %1 at position %2</source>
        <translation>Unbekannte Escape-Sequenz: Backslash, dann %1 an Position %2</translation>
    </message>
    <message>
        <source>Unknown escape \%1 at position %2</source>
        <translation>Unbekannte Escape-Sequenz \%1 an Position %2</translation>
    </message>
    <message>
        <source>Hex digit %1 at position %2 has no partner: a byte needs two digits</source>
        <translation>Hex-Ziffer %1 an Position %2 hat keinen Partner: ein Byte braucht zwei Ziffern</translation>
    </message>
    <message>
        <source>0x at position %1 is not followed by hex digits</source>
        <translation>Auf 0x an Position %1 folgen keine Hex-Ziffern</translation>
    </message>
    <message>
        <source>Not a hex digit: %1 at position %2</source>
        <translation>Keine Hex-Ziffer: %1 an Position %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Recover sessions</source>
        <translation>Sitzungen wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>SocketLab stopped without closing %n recorded session(s):</source>
        <translation>
            <numerusform>SocketLab wurde beendet, ohne %n aufgezeichnete Sitzung zu schließen:</numerusform>
            <numerusform>SocketLab wurde beendet, ohne %n aufgezeichnete Sitzungen zu schließen:</numerusform>
        </translation>
    </message>
    <message>
        <source>

Everything recorded up to the interruption is there. Open them now?</source>
        <translation>

Alles bis zur Unterbrechung Aufgezeichnete ist vorhanden. Jetzt öffnen?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>SocketLab</source>
        <translation>SocketLab</translation>
    </message>
    <message>
        <source>--lesson %1: no such lesson (there are: %2)</source>
        <translation>--lesson %1: diese Lektion gibt es nicht (vorhanden: %2)</translation>
    </message>
    <message>
        <source>%1: the last %2 bytes of the recording could not be written: %3</source>
        <translation>%1: die letzten %2 Bytes der Aufzeichnung konnten nicht geschrieben werden: %3</translation>
    </message>
</context>
<context>
    <name>RecordingBanner</name>
    <message>
        <source>Record elsewhere…</source>
        <translation>Woanders aufzeichnen…</translation>
    </message>
    <message>
        <source>Copy what is recorded so far to a new file on another disk and go on recording there; the old file is removed, freeing its space</source>
        <translation>Das bisher Aufgezeichnete in eine neue Datei auf einem anderen Datenträger kopieren und dort weiter aufzeichnen; die alte Datei wird entfernt und gibt ihren Platz frei</translation>
    </message>
    <message>
        <source>Record elsewhere</source>
        <translation>Woanders aufzeichnen</translation>
    </message>
    <message>
        <source>SocketLab sessions (*.socketlab)</source>
        <translation>SocketLab-Sitzungen (*.socketlab)</translation>
    </message>
</context>
<context>
    <name>RecordingDestination</name>
    <message>
        <source>Record the session</source>
        <translation>Die Sitzung aufzeichnen</translation>
    </message>
    <message>
        <source>Replace the link with the recording? What it points to is left alone.</source>
        <translation>Den Link durch die Aufzeichnung ersetzen? Worauf er zeigt, bleibt unberührt.</translation>
    </message>
    <message>
        <source>Replace the file with the recording? Its contents are lost.</source>
        <translation>Die Datei durch die Aufzeichnung ersetzen? Ihr Inhalt geht verloren.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text understands \r \n \t \\ \0 and \xNN; hex takes pairs like 48 65 6c 6c 6f.</source>
        <translation>Text versteht \r \n \t \\ \0 und \xNN; Hex nimmt Paare wie 48 65 6c 6c 6f.</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>Kein Zeilenende</translation>
    </message>
    <message>
        <source>LF (\n)</source>
        <translation>LF (\n)</translation>
    </message>
    <message>
        <source>CRLF (\r\n)</source>
        <translation>CRLF (\r\n)</translation>
    </message>
    <message>
        <source>Appended to every send: LF for Unix-style text protocols, CRLF for HTTP, SMTP and Telnet</source>
        <translation>Wird an jede Sendung angehängt: LF für Textprotokolle im Unix-Stil, CRLF für HTTP, SMTP und Telnet</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>How many times to send it</source>
        <translation>Wie oft gesendet wird</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Time between repeats</source>
        <translation>Zeit zwischen Wiederholungen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>write(): hand the bytes to the kernel&apos;s send buffer</source>
        <translation>write(): die Bytes an den Sendepuffer des Kernels übergeben</translation>
    </message>
    <message>
        <source>Send file…</source>
        <translation>Datei senden…</translation>
    </message>
    <message>
        <source>Send a file&apos;s contents as one write() of up to 256 MB</source>
        <translation>Den Inhalt einer Datei mit einem write() von bis zu 256 MB senden</translation>
    </message>
    <message>
        <source>Stop repeating</source>
        <translation>Wiederholen beenden</translation>
    </message>
    <message>
        <source>Cancel the repeats still to come on this connection</source>
        <translation>Die noch ausstehenden Wiederholungen auf dieser Verbindung abbrechen</translation>
    </message>
    <message>
        <source>Close (FIN)</source>
        <translation>Schließen (FIN)</translation>
    </message>
    <message>
        <source>close(): send what is queued, then FIN; the peer reads end of stream</source>
        <translation>close(): erst das Wartende senden, dann FIN; die Gegenseite liest das Ende des Datenstroms</translation>
    </message>
    <message>
        <source>Abort (RST)</source>
        <translation>Abbrechen (RST)</translation>
    </message>
    <message>
        <source>Abort: close immediately with a TCP RST; the peer sees &apos;connection reset&apos;</source>
        <translation>Abbrechen: sofort mit einem TCP-RST schließen; die Gegenseite sieht „Verbindung zurückgesetzt“</translation>
    </message>
    <message>
        <source>Pause reading</source>
        <translation>Lesen pausieren</translation>
    </message>
    <message>
        <source>Stop calling read(): the receive buffer fills, the TCP window closes and the peer&apos;s writes eventually block</source>
        <translation>read() nicht mehr aufrufen: der Empfangspuffer füllt sich, das TCP-Fenster schließt sich und die Schreibvorgänge der Gegenseite blockieren schließlich</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <source>Send every byte received on this connection straight back</source>
        <translation>Jedes auf dieser Verbindung empfangene Byte sofort zurücksenden</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Lauschen beenden</translation>
    </message>
    <message>
        <source>Close the listening socket; connections it accepted stay open</source>
        <translation>Den lauschenden Socket schließen; angenommene Verbindungen bleiben offen</translation>
    </message>
    <message>
        <source>Select a connection in the socket list to send on it.</source>
        <translation>Eine Verbindung in der Socket-Liste auswählen, um darauf zu senden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; listens on %2; select one of its connections to send.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; lauscht auf %2; eine seiner Verbindungen auswählen, um zu senden.</translation>
    </message>
    <message>
        <source>Send on &lt;b&gt;%1&lt;/b&gt; %2 → %3 (%4)</source>
        <translation>Senden auf &lt;b&gt;%1&lt;/b&gt; %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Close listener</source>
        <translation>Listener schließen</translation>
    </message>
    <message>
        <source>Nothing to send: type some text or choose a line ending</source>
        <translation>Nichts zu senden: Text eingeben oder ein Zeilenende wählen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; send a smaller file</source>
        <translation>%1 ist größer als %2 MB; eine kleinere Datei senden</translation>
    </message>
    <message>
        <source>Send a file&apos;s contents</source>
        <translation>Inhalt einer Datei senden</translation>
    </message>
    <message>
        <source>What to send, then Enter</source>
        <translation>Zu Sendendes, dann Enter</translation>
    </message>
    <message>
        <source>Enter sends; Up and Down recall earlier sends</source>
        <translation>Enter sendet; Auf und Ab holen frühere Sendungen zurück</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot record to %1: it is being recorded by another session (process %2 on %3)</source>
        <translation>Aufzeichnen nach %1 nicht möglich: eine andere Sitzung zeichnet dorthin auf (Prozess %2 auf %3)</translation>
    </message>
    <message>
        <source>Cannot record to %1: it is being recorded by another session</source>
        <translation>Aufzeichnung nach %1 nicht möglich: dorthin zeichnet bereits eine andere Sitzung auf</translation>
    </message>
</context>
<context>
    <name>SessionCopy</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cannot read back %1 at byte %2</source>
        <translation>Kann %1 bei Byte %2 nicht zurücklesen</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <source>Open a recorded session</source>
        <translation>Eine aufgezeichnete Sitzung öffnen</translation>
    </message>
    <message>
        <source>SocketLab sessions (*.socketlab);;All files (*)</source>
        <translation>SocketLab-Sitzungen (*.socketlab);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Sitzung exportieren</translation>
    </message>
    <message>
        <source>Save the throughput chart</source>
        <translation>Durchsatzdiagramm speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Could not write the chart to %1</source>
        <translation>Konnte das Diagramm nicht nach %1 schreiben</translation>
    </message>
</context>
<context>
    <name>SessionLoader</name>
    <message>
        <source>Loading was cancelled</source>
        <translation>Das Laden wurde abgebrochen</translation>
    </message>
    <message>
        <source>This loader has already been started</source>
        <translation>Dieser Ladevorgang wurde bereits gestartet</translation>
    </message>
</context>
<context>
    <name>SocketOptions</name>
    <message>
        <source>not supported on this platform</source>
        <translation>auf dieser Plattform nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Time since the session started</source>
        <translation>Zeit seit Beginn der Sitzung</translation>
    </message>
    <message>
        <source>Connections made or accepted in this session, and how many are still open</source>
        <translation>In dieser Sitzung aufgebaute oder angenommene Verbindungen, und wie viele noch offen sind</translation>
    </message>
    <message>
        <source>Bytes received and sent by every connection, and events in the log</source>
        <translation>Von allen Verbindungen empfangene und gesendete Bytes, und Ereignisse im Protokoll</translation>
    </message>
    <message>
        <source>The file this session is recorded to</source>
        <translation>Die Datei, in die diese Sitzung aufgezeichnet wird</translation>
    </message>
    <message>
        <source>Session %1:%2:%3</source>
        <translation>Sitzung %1:%2:%3</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in, %2 out, %n socket(s) open at the end, </source>
        <translation>
            <numerusform>%1 ein, %2 aus, %n Socket am Ende offen, </numerusform>
            <numerusform>%1 ein, %2 aus, %n Sockets am Ende offen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in, %2 out, %n socket(s) open, </source>
        <translation>
            <numerusform>%1 ein, %2 aus, %n Socket offen, </numerusform>
            <numerusform>%1 ein, %2 aus, %n Sockets offen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Aufzeichnung nach %1</translation>
    </message>
</context>
<context>
    <name>TcpConnection</name>
    <message>
        <source>Connection timed out after %1 s</source>
        <translation>Zeitüberschreitung der Verbindung nach %1 s</translation>
    </message>
    <message>
        <source>Host %1 not found: %2</source>
        <translation>Host %1 nicht gefunden: %2</translation>
    </message>
    <message>
        <source>name lookup failed</source>
        <translation>Namensauflösung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>connection attempt cancelled</source>
        <translation>Verbindungsversuch abgebrochen</translation>
    </message>
    <message>
        <source>close(): FIN follows the %1 queued bytes</source>
        <translation>close(): FIN folgt den %1 wartenden Bytes</translation>
    </message>
    <message>
        <source>close(): FIN sent</source>
        <translation>close(): FIN gesendet</translation>
    </message>
    <message>
        <source>aborted: RST sent, unsent data discarded</source>
        <translation>abgebrochen: RST gesendet, nicht gesendete Daten verworfen</translation>
    </message>
    <message>
        <source>connection reset by peer (RST)</source>
        <translation>Verbindung von der Gegenseite zurückgesetzt (RST)</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Verbindung von der Gegenseite zurückgesetzt</translation>
    </message>
    <message>
        <source>peer closed the connection (FIN)</source>
        <translation>Gegenseite hat die Verbindung geschlossen (FIN)</translation>
    </message>
    <message numerus="yes">
        <source>%n queued byte(s) not sent: the socket closed at the peer&apos;s end of stream</source>
        <translation>
            <numerusform>%n wartendes Byte nicht gesendet: der Socket wurde am Stromende der Gegenseite geschlossen</numerusform>
            <numerusform>%n wartende Bytes nicht gesendet: der Socket wurde am Stromende der Gegenseite geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>closed by us</source>
        <translation>von uns geschlossen</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>geschlossen: %1</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): FIN follows the %1 queued bytes; this end still reads</source>
        <translation>shutdown(SHUT_WR): FIN folgt den %1 wartenden Bytes; diese Seite liest weiter</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): FIN sent; this end still reads</source>
        <translation>shutdown(SHUT_WR): FIN gesendet; diese Seite liest weiter</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR) failed</source>
        <translation>shutdown(SHUT_WR) fehlgeschlagen</translation>
    </message>
    <message>
        <source>close(): FIN sent, after the peer&apos;s</source>
        <translation>close(): FIN gesendet, nach dem der Gegenseite</translation>
    </message>
    <message>
        <source>close(): FIN follows the %1 queued bytes, after the peer&apos;s</source>
        <translation>close(): FIN folgt den %1 wartenden Bytes, nach dem der Gegenseite</translation>
    </message>
    <message>
        <source>closed by us after the peer&apos;s FIN</source>
        <translation>von uns geschlossen nach dem FIN der Gegenseite</translation>
    </message>
    <message>
        <source>read() returned 0: the peer sent FIN and will send no more; this end can still send</source>
        <translation>read() hat 0 geliefert: die Gegenseite hat FIN gesendet und sendet nichts mehr; diese Seite kann noch senden</translation>
    </message>
    <message>
        <source>send(): %1</source>
        <translation>send(): %1</translation>
    </message>
</context>
<context>
    <name>TcpKernelReader</name>
    <message>
        <source>getsockopt(TCP_INFO) failed: %1</source>
        <translation>getsockopt(TCP_INFO) fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>TCP_INFO is not available on this platform</source>
        <translation>TCP_INFO ist auf dieser Plattform nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>TcpStateDiagram</name>
    <message>
        <source>The TCP state machine (RFC 793). The filled box is the state the kernel reports; the thick arrows are the path this connection took.</source>
        <translation>Der TCP-Zustandsautomat (RFC 793). Das gefüllte Kästchen ist der Zustand, den der Kernel meldet; die dicken Pfeile sind der Weg, den diese Verbindung genommen hat.</translation>
    </message>
    <message>
        <source>listen()</source>
        <translation>listen()</translation>
    </message>
    <message>
        <source>connect() / SYN</source>
        <translation>connect() / SYN</translation>
    </message>
    <message>
        <source>SYN / SYN+ACK</source>
        <translation>SYN / SYN+ACK</translation>
    </message>
    <message>
        <source>SYN / ACK</source>
        <translation>SYN / ACK</translation>
    </message>
    <message>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <source>SYN+ACK / ACK</source>
        <translation>SYN+ACK / ACK</translation>
    </message>
    <message>
        <source>close() / FIN</source>
        <translation>close() / FIN</translation>
    </message>
    <message>
        <source>FIN / ACK</source>
        <translation>FIN / ACK</translation>
    </message>
    <message>
        <source>2 MSL</source>
        <translation>2 MSL</translation>
    </message>
</context>
<context>
    <name>ThroughputChart</name>
    <message>
        <source>Wheel: zoom time, drag: pan</source>
        <translation>Mausrad: Zeit zoomen, Ziehen: verschieben</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop following the clock. Traffic is still counted.</source>
        <translation>Der Uhr nicht mehr folgen. Der Verkehr wird weiter gezählt.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Follow the last %1 seconds again</source>
        <translation>Wieder den letzten %1 Sekunden folgen</translation>
    </message>
    <message>
        <source>Seconds since session start</source>
        <translation>Sekunden seit Sitzungsbeginn</translation>
    </message>
    <message>
        <source>Received (all)</source>
        <translation>Empfangen (alle)</translation>
    </message>
    <message>
        <source>Sent (all)</source>
        <translation>Gesendet (alle)</translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 GB/s</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 kB/s</source>
        <translation>%1 kB/s</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Empfangen: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
</context>
<context>
    <name>UdpEndpoint</name>
    <message>
        <source>%1 datagrams dropped by the kernel: receive buffer full</source>
        <translation>%1 Datagramme vom Kernel verworfen: Empfangspuffer voll</translation>
    </message>
    <message>
        <source>bind %1 failed: %2</source>
        <translation>bind %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>host lookup failed: %1</source>
        <translation>Namensauflösung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>socket(SOCK_DGRAM), bind(%1)</source>
        <translation>socket(SOCK_DGRAM), bind(%1)</translation>
    </message>
    <message>
        <source>%1 → %2: connect() on a UDP socket sends no packet; only this peer&apos;s datagrams arrive now</source>
        <translation>%1 → %2: connect() auf einem UDP-Socket sendet kein Paket; jetzt kommen nur noch die Datagramme dieser Gegenstelle an</translation>
    </message>
    <message>
        <source>.others</source>
        <translation>.weitere</translation>
    </message>
    <message numerus="yes">
        <source>the cap of %n peer row(s) is reached: datagrams of further peers (the first is %1) are recorded under this row</source>
        <translation>
            <numerusform>die Obergrenze von %n Gegenstellen-Zeile ist erreicht: Datagramme weiterer Gegenstellen (die erste ist %1) werden unter dieser Zeile aufgezeichnet</numerusform>
            <numerusform>die Obergrenze von %n Gegenstellen-Zeilen ist erreicht: Datagramme weiterer Gegenstellen (die erste ist %1) werden unter dieser Zeile aufgezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <source>first datagram from %1</source>
        <translation>erstes Datagramm von %1</translation>
    </message>
    <message>
        <source>first datagram to %1</source>
        <translation>erstes Datagramm an %1</translation>
    </message>
    <message>
        <source>send: this UDP socket is closed</source>
        <translation>send: dieser UDP-Socket ist geschlossen</translation>
    </message>
    <message>
        <source>send(): this UDP socket is not connected: give a destination (HOST:PORT)</source>
        <translation>send(): dieser UDP-Socket ist nicht verbunden: ein Ziel angeben (HOST:PORT)</translation>
    </message>
    <message>
        <source>send(): the &quot;other peers&quot; row has no single address</source>
        <translation>send(): die Zeile „weitere Gegenstellen“ hat keine einzelne Adresse</translation>
    </message>
    <message>
        <source>sendto(%1): this socket is connected to %2; it sends only there</source>
        <translation>sendto(%1): dieser Socket ist mit %2 verbunden; er sendet nur dorthin</translation>
    </message>
    <message>
        <source>sendto() would block: the kernel&apos;s send buffer is full; the repeat waits</source>
        <translation>sendto() würde blockieren: der Sendepuffer des Kernels ist voll; die Wiederholung wartet</translation>
    </message>
    <message>
        <source>the send buffer has room again: sending goes on</source>
        <translation>der Sendepuffer hat wieder Platz: das Senden geht weiter</translation>
    </message>
    <message>
        <source>the UDP socket closed</source>
        <translation>der UDP-Socket wurde geschlossen</translation>
    </message>
    <message>
        <source>final tally: %1 datagrams recorded + %2 dropped by the kernel = %3 reached the socket</source>
        <translation>Endstand: %1 Datagramme aufgezeichnet + %2 vom Kernel verworfen = %3 erreichten den Socket</translation>
    </message>
    <message>
        <source>close()</source>
        <translation>close()</translation>
    </message>
    <message numerus="yes">
        <source>peer cap: at most %n peer row(s); datagrams of further peers go to one &quot;other peers&quot; row</source>
        <translation>
            <numerusform>Obergrenze: höchstens %n Gegenstellen-Zeile; Datagramme weiterer Gegenstellen kommen in eine Zeile „weitere Gegenstellen“</numerusform>
            <numerusform>Obergrenze: höchstens %n Gegenstellen-Zeilen; Datagramme weiterer Gegenstellen kommen in eine Zeile „weitere Gegenstellen“</numerusform>
        </translation>
    </message>
    <message>
        <source>setsockopt(SO_BROADCAST, 1): sending to a broadcast address is allowed</source>
        <translation>setsockopt(SO_BROADCAST, 1): Senden an eine Broadcast-Adresse ist erlaubt</translation>
    </message>
    <message>
        <source>setsockopt(SO_BROADCAST, 0): sending to a broadcast address fails with EACCES</source>
        <translation>setsockopt(SO_BROADCAST, 0): Senden an eine Broadcast-Adresse scheitert mit EACCES</translation>
    </message>
    <message>
        <source>join %1: %2</source>
        <translation>Beitritt %1: %2</translation>
    </message>
    <message>
        <source>joined multicast group %1 on %2</source>
        <translation>Multicast-Gruppe %1 auf %2 beigetreten</translation>
    </message>
    <message>
        <source>the system&apos;s choice of interface</source>
        <translation>der vom System gewählten Schnittstelle</translation>
    </message>
    <message>
        <source>leave %1: %2</source>
        <translation>Austritt %1: %2</translation>
    </message>
    <message>
        <source>left multicast group %1</source>
        <translation>Multicast-Gruppe %1 verlassen</translation>
    </message>
    <message>
        <source>setsockopt(SO_RCVBUF, %1): the kernel reserves %2 bytes (it doubles the request for its own bookkeeping)</source>
        <translation>setsockopt(SO_RCVBUF, %1): der Kernel reserviert %2 Bytes (er verdoppelt die Anfrage für seine eigene Verwaltung)</translation>
    </message>
    <message>
        <source>setsockopt(SO_SNDBUF, %1): the kernel reserves %2 bytes</source>
        <translation>setsockopt(SO_SNDBUF, %1): der Kernel reserviert %2 Bytes</translation>
    </message>
    <message>
        <source>not sent: %1 bytes is more than one UDP datagram carries (%2 bytes over %3)</source>
        <translation>nicht gesendet: %1 Bytes sind mehr, als ein UDP-Datagramm trägt (%2 Bytes über %3)</translation>
    </message>
    <message>
        <source>the datagram recorded as sent just before was not sent: %1</source>
        <translation>das eben als gesendet aufgezeichnete Datagramm wurde nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>UdpErrors</name>
    <message>
        <source>an ICMP port-unreachable came back: nothing listens on the peer&apos;s port</source>
        <translation>ein ICMP „port unreachable“ kam zurück: auf dem Port der Gegenstelle lauscht niemand</translation>
    </message>
    <message>
        <source>the datagram is larger than UDP (65,507 bytes over IPv4, 65,527 over IPv6) or the path allows; nothing was sent</source>
        <translation>das Datagramm ist größer, als UDP (65.507 Bytes über IPv4, 65.527 über IPv6) oder der Pfad erlaubt; nichts wurde gesendet</translation>
    </message>
    <message>
        <source>the send buffer is full; the datagram was not sent</source>
        <translation>der Sendepuffer ist voll; das Datagramm wurde nicht gesendet</translation>
    </message>
    <message>
        <source>not allowed: broadcast needs SO_BROADCAST, ports below 1024 need administrator rights</source>
        <translation>nicht erlaubt: Broadcast braucht SO_BROADCAST, Ports unter 1024 brauchen Administratorrechte</translation>
    </message>
</context>
<context>
    <name>UdpSocket</name>
    <message>
        <source>bind(): not an IP address</source>
        <translation>bind(): keine IP-Adresse</translation>
    </message>
    <message>
        <source>%1: the socket is not open</source>
        <translation>%1: der Socket ist nicht offen</translation>
    </message>
    <message>
        <source>TTL / hop limit %1: expected 0 to 255</source>
        <translation>TTL / Hop-Limit %1: erwartet 0 bis 255</translation>
    </message>
    <message>
        <source>multicast: the socket is not open</source>
        <translation>Multicast: der Socket ist nicht offen</translation>
    </message>
    <message>
        <source>%1 is not a multicast address (IPv4 224.0.0.0/4, IPv6 ff00::/8)</source>
        <translation>%1 ist keine Multicast-Adresse (IPv4 224.0.0.0/4, IPv6 ff00::/8)</translation>
    </message>
    <message>
        <source>%1 is an IPv4 group; this socket is IPv6</source>
        <translation>%1 ist eine IPv4-Gruppe; dieser Socket ist IPv6</translation>
    </message>
    <message>
        <source>%1 is an IPv6 group; this socket is IPv4</source>
        <translation>%1 ist eine IPv6-Gruppe; dieser Socket ist IPv4</translation>
    </message>
    <message>
        <source>no such interface: %1</source>
        <translation>keine solche Schnittstelle: %1</translation>
    </message>
    <message>
        <source>: no route for the group; name an interface, or add a multicast route</source>
        <translation>: keine Route für die Gruppe; eine Schnittstelle angeben oder eine Multicast-Route hinzufügen</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to SocketLab</source>
        <translation>Willkommen bei SocketLab</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to SocketLab&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei SocketLab&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Open listening and connecting TCP sockets, send bytes through them and watch every byte, state change and read() as it happens. Everything is recorded, so a session can be reopened and exported later.</source>
        <translation>Lauschende und verbindende TCP-Sockets öffnen, Bytes hindurchsenden und jedes Byte, jeden Zustandswechsel und jedes read() beobachten, während es geschieht. Alles wird aufgezeichnet, sodass eine Sitzung später wieder geöffnet und exportiert werden kann.</translation>
    </message>
    <message>
        <source>&amp;Echo demo</source>
        <translation>&amp;Echo-Demo</translation>
    </message>
    <message>
        <source>A listener that echoes on 127.0.0.1 and a client already connected to it: type in the send field and watch the bytes come back.</source>
        <translation>Ein Echo-Listener auf 127.0.0.1 und ein bereits damit verbundener Client: ins Sendefeld tippen und zusehen, wie die Bytes zurückkommen.</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Step-by-step lessons: listen() and accept(), byte streams without message boundaries, FIN and RST, flow control.</source>
        <translation>Lektionen Schritt für Schritt: listen() und accept(), Datenströme ohne Nachrichtengrenzen, FIN und RST, Flusskontrolle.</translation>
    </message>
    <message>
        <source>&amp;Open a recorded session…</source>
        <translation>Eine aufgezeichnete Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Reopen a .socketlab file, read-only, to look at it again or export it.</source>
        <translation>Eine .socketlab-Datei schreibgeschützt wieder öffnen, um sie erneut anzusehen oder zu exportieren.</translation>
    </message>
    <message>
        <source>&amp;Start with an empty workbench</source>
        <translation>Mit leerer Werkbank &amp;starten</translation>
    </message>
    <message>
        <source>Use the forms on the left to listen or connect.</source>
        <translation>Mit den Formularen links lauschen oder verbinden.</translation>
    </message>
    <message>
        <source>Show this page at start</source>
        <translation>Diese Seite beim Start zeigen</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Reopen a recorded .socketlab session, read-only</source>
        <translation>Eine aufgezeichnete .socketlab-Sitzung schreibgeschützt wieder öffnen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save session as…</source>
        <translation>Sitzung &amp;speichern unter…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the session as text, CSV, JSON Lines or pcapng (for Wireshark)</source>
        <translation>Die Sitzung als Text, CSV, JSON Lines oder pcapng (für Wireshark) exportieren</translation>
    </message>
    <message>
        <source>Export session &amp;as</source>
        <translation>Sitzung exportieren &amp;als</translation>
    </message>
    <message>
        <source>Throughput chart as PNG…</source>
        <translation>Durchsatzdiagramm als PNG…</translation>
    </message>
    <message>
        <source>Throughput chart as PDF…</source>
        <translation>Durchsatzdiagramm als PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>Keine zuletzt geöffneten Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Socket</source>
        <translation>&amp;Socket</translation>
    </message>
    <message>
        <source>New &amp;listener</source>
        <translation>Neuer &amp;Listener</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>New &amp;connection</source>
        <translation>Neue &amp;Verbindung</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Go to the send field: Enter there sends, Up and Down recall earlier sends</source>
        <translation>Zum Sendefeld: Enter sendet dort, Auf und Ab holen frühere Sendungen zurück</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Cl&amp;ose (FIN)</source>
        <translation>Schl&amp;ießen (FIN)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close: send what is queued, then FIN; the peer reads the end of the stream</source>
        <translation>Schließen: erst das Wartende senden, dann FIN; die Gegenseite liest das Ende des Datenstroms</translation>
    </message>
    <message>
        <source>&amp;Abort (RST)</source>
        <translation>&amp;Abbrechen (RST)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Abort: close immediately with a TCP RST; the peer sees &apos;connection reset&apos;</source>
        <translation>Abbrechen: sofort mit einem TCP-RST schließen; die Gegenseite sieht „Verbindung zurückgesetzt“</translation>
    </message>
    <message>
        <source>&amp;Echo demo</source>
        <translation>&amp;Echo-Demo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Open a listener that echoes on 127.0.0.1 and a client connected to it</source>
        <translation>Einen Echo-Listener auf 127.0.0.1 und einen damit verbundenen Client öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy rows as text</source>
        <translation>Zeilen als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy row &amp;bytes as hex</source>
        <translation>Zeilen-&amp;Bytes als Hex kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find in log</source>
        <translation>Im Protokoll &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Wall clock time</source>
        <translation>&amp;Uhrzeit anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Anordnung zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Put every pane back where it was on first start</source>
        <translation>Alle Bereiche wieder dorthin stellen, wo sie beim ersten Start waren</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>SocketLab will use %1 from the next start.</source>
        <translation>SocketLab verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Show &amp;lessons</source>
        <translation>&amp;Lektionen zeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Do it</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Restart lesson</source>
        <translation>Lektion neu &amp;beginnen</translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <source>&amp;About SocketLab</source>
        <translation>Ü&amp;ber SocketLab</translation>
    </message>
    <message>
        <source>About SocketLab</source>
        <translation>Über SocketLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SocketLab %1&lt;/h3&gt;&lt;p&gt;Teach and inspect TCP sockets: open listeners and connections, send bytes and watch every one of them.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SocketLab %1&lt;/h3&gt;&lt;p&gt;TCP-Sockets lehren und untersuchen: Listener und Verbindungen öffnen, Bytes senden und jedes einzelne beobachten.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>%1: this is not an open UDP socket</source>
        <translation>%1: dies ist kein offener UDP-Socket</translation>
    </message>
</context>
</TS>
