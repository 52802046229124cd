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
    <name>BoundedRegex</name>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (bei Zeichen %2)</translation>
    </message>
</context>
<context>
    <name>ByteFormat</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
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
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Double-click or Enter: the event in a window of its own</source>
        <translation>Doppelklick oder Eingabetaste: das Ereignis in einem eigenen Fenster</translation>
    </message>
</context>
<context>
    <name>CallDiagram</name>
    <message>
        <source>RST</source>
        <translation>RST</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>SYN</source>
        <translation>SYN</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>SYN, SYN-ACK, ACK</source>
        <translation>SYN, SYN-ACK, ACK</translation>
    </message>
    <message>
        <source>0 (end of stream)</source>
        <translation>0 (Ende des Datenstroms)</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s), %1 B</source>
        <translation>
            <numerusform>%n Datagramm, %1 B</numerusform>
            <numerusform>%n Datagramme, %1 B</numerusform>
        </translation>
    </message>
    <message>
        <source>EOF</source>
        <translation>EOF</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>connect</translation>
    </message>
    <message>
        <source>ICMP port unreachable</source>
        <translation>ICMP „port unreachable“</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>CallDiagramView</name>
    <message>
        <source>The Berkeley calls of this lesson&apos;s server and client, lit as they happen on the real sockets</source>
        <translation>Die Berkeley-Aufrufe von Server und Client dieser Lektion, hervorgehoben, sobald sie auf den echten Sockets geschehen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>… in progress</source>
        <translation>… läuft</translation>
    </message>
    <message>
        <source>  (%1 calls, %2 B)</source>
        <translation>  (%1 Aufrufe, %2 B)</translation>
    </message>
    <message>
        <source>  (%1 calls: %2 B)</source>
        <translation>  (%1 Aufrufe: %2 B)</translation>
    </message>
    <message>
        <source>ICMP</source>
        <translation>ICMP</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unerreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>%n Datagramm</numerusform>
            <numerusform>%n Datagramme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a column&apos;s title: Server L1 (AF_INET)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CaptureSwitch</name>
    <message>
        <source>Record &amp;packets</source>
        <translation>&amp;Pakete aufzeichnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Capture the real packets of SocketLab&apos;s sockets through dumpcap, Wireshark&apos;s capture helper, and show them in the Wire pane</source>
        <translation>Die echten Pakete der Sockets von SocketLab mit dumpcap, dem Mitschnitt-Helfer von Wireshark, mitschneiden und im Bereich Leitung zeigen</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Save the throughput chart</source>
        <translation>Durchsatzdiagramm speichern</translation>
    </message>
    <message>
        <source>pixels (points in a PDF)</source>
        <translation>Pixel (Punkte in einem PDF)</translation>
    </message>
    <message>
        <source>The &amp;time shown in the chart</source>
        <translation>Die im Diagramm gezeigte &amp;Zeit</translation>
    </message>
    <message>
        <source>The &amp;whole session</source>
        <translation>Die &amp;ganze Sitzung</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Time range:</source>
        <translation>Zeitraum:</translation>
    </message>
</context>
<context>
    <name>ClassroomLayouts</name>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lektion</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>&amp;Verkehr</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Untersuchen</translation>
    </message>
    <message>
        <source>&amp;My own</source>
        <translation>&amp;Meine eigene</translation>
    </message>
    <message>
        <source>The lesson, its call diagram and the log</source>
        <translation>Die Lektion, ihr Aufrufdiagramm und das Protokoll</translation>
    </message>
    <message>
        <source>The log and a large throughput chart</source>
        <translation>Das Protokoll und ein großes Durchsatzdiagramm</translation>
    </message>
    <message>
        <source>The log, the packet view and the ladder of a connection</source>
        <translation>Das Protokoll, die Paketansicht und die Leiter einer Verbindung</translation>
    </message>
    <message>
        <source>The docks as you arranged them last time</source>
        <translation>Die Bereiche so, wie Sie sie zuletzt angeordnet haben</translation>
    </message>
    <message>
        <source>Layout for the room:</source>
        <translation>Anordnung für den Raum:</translation>
    </message>
    <message>
        <source>Hide this bar (View ▸ Classroom layout changes the layout later)</source>
        <translation>Diese Leiste ausblenden (Ansicht ▸ Anordnung im Unterricht ändert sie später)</translation>
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
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
</context>
<context>
    <name>CloseWording</name>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Cl&amp;ose (FIN)</source>
        <translation>Schl&amp;ießen (FIN)</translation>
    </message>
    <message>
        <source>close(): send what is queued, then close; the peer reads the end of the stream</source>
        <translation>close(): erst das Wartende senden, dann schließen; die Gegenseite liest das Ende des Datenstroms</translation>
    </message>
    <message>
        <source>close(): send what is queued, then FIN; the peer reads the end of the stream</source>
        <translation>close(): erst das Wartende senden, dann FIN; die Gegenseite liest das Ende des Datenstroms</translation>
    </message>
    <message>
        <source>&amp;Abort (discard unsent)</source>
        <translation>&amp;Abbrechen (Ungesendetes verwerfen)</translation>
    </message>
    <message>
        <source>&amp;Abort (RST)</source>
        <translation>&amp;Abbrechen (RST)</translation>
    </message>
    <message>
        <source>Abort: close at once, discarding what is not sent yet. A Unix socket has no RST: the peer reads the end of the stream, or &apos;connection reset&apos; if bytes it sent were still unread here</source>
        <translation>Abbrechen: sofort schließen und verwerfen, was noch nicht gesendet ist. Ein Unix-Socket kennt kein RST: die Gegenseite liest das Ende des Datenstroms, oder „Verbindung zurückgesetzt“, wenn hier noch ungelesene Bytes von ihr lagen</translation>
    </message>
    <message>
        <source>Abort: close immediately with a TCP RST; the peer sees &apos;connection reset&apos;</source>
        <translation>Abbrechen: sofort mit einem TCP-RST schließen; die Gegenseite sieht „Verbindung zurückgesetzt“</translation>
    </message>
    <message>
        <source>close(): the UDP socket is gone; nothing is sent (UDP has no FIN), a peer notices nothing</source>
        <translation>close(): der UDP-Socket ist weg; nichts wird gesendet (UDP hat kein FIN), eine Gegenseite bemerkt nichts</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>UDP has no RST: Abort closes the socket, as Close does</source>
        <translation>UDP hat kein RST: Abbrechen schließt den Socket, wie Schließen</translation>
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
        <source>A session file to reopen.</source>
        <translation>Eine wieder zu öffnende Sitzungsdatei.</translation>
    </message>
    <message>
        <source>[FILE.socketlab]</source>
        <translation>[DATEI.socketlab]</translation>
    </message>
    <message>
        <source>The listen() backlog of every --listen: how many connections the kernel completes and queues before SocketLab accepts them (default: the system&apos;s maximum, SOMAXCONN).</source>
        <translation>Der listen()-Backlog jedes --listen: wie viele Verbindungen der Kernel fertig aufbaut und einreiht, bevor SocketLab sie annimmt (Vorgabe: das Maximum des Systems, SOMAXCONN).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--backlog %1: expected a number from 1 to %2</source>
        <translation>--backlog %1: erwartet wird eine Zahl von 1 bis %2</translation>
    </message>
    <message>
        <source>--backlog needs --listen</source>
        <translation>--backlog braucht --listen</translation>
    </message>
    <message>
        <source>[KIND:]ADDRESS</source>
        <translation>[ART:]ADRESSE</translation>
    </message>
    <message>
        <source>Listen on [KIND:]ADDRESS. KIND is tcp (the default), udp or unix. TCP: [ADDR:]PORT (127.0.0.1 when ADDR is left out; PORT 0 lets the system choose; IPv6 as [::1]:PORT). UDP: udp:[ADDR:]PORT binds a UDP socket. Unix: a socket file path (unix:/tmp/lab.sock) or an abstract name (unix:@lab). Repeatable.</source>
        <translation>Auf [ART:]ADRESSE lauschen. ART ist tcp (Vorgabe), udp oder unix. TCP: [ADR:]PORT (127.0.0.1, wenn ADR fehlt; PORT 0 lässt das System wählen; IPv6 als [::1]:PORT). UDP: udp:[ADR:]PORT bindet einen UDP-Socket. Unix: ein Socket-Dateipfad (unix:/tmp/lab.sock) oder ein abstrakter Name (unix:@lab). Wiederholbar.</translation>
    </message>
    <message>
        <source>Connect to [KIND:]ADDRESS. TCP: HOST:PORT (a name, an IPv4 address, or [IPv6]:PORT). UDP: udp:HOST:PORT opens a connected UDP socket. Unix: unix:PATH or unix:@NAME. Repeatable.</source>
        <translation>Mit [ART:]ADRESSE verbinden. TCP: HOST:PORT (ein Name, eine IPv4-Adresse oder [IPv6]:PORT). UDP: udp:HOST:PORT öffnet einen verbundenen UDP-Socket. Unix: unix:PFAD oder unix:@NAME. Wiederholbar.</translation>
    </message>
    <message>
        <source>Send back whatever arrives, on every socket (on UDP, each datagram to its sender).</source>
        <translation>Alles Ankommende zurücksenden, auf jedem Socket (bei UDP jedes Datagramm an seinen Absender).</translation>
    </message>
    <message>
        <source>Once a --connect socket is connected, send DATA (escapes as in the send field: \n \r \t \0 \xNN): one datagram on UDP, one write() on the stream kinds (TCP, Unix). Repeatable, sent in order; after the last, a stream connection sends FIN and the run ends when the peer closes.</source>
        <translation>Sobald ein --connect-Socket verbunden ist, DATA senden (Escapes wie im Sendefeld: \n \r \t \0 \xNN): ein Datagramm bei UDP, ein write() bei den Stream-Arten (TCP, Unix). Wiederholbar, in Reihenfolge gesendet; nach dem letzten sendet eine Stream-Verbindung FIN, und der Lauf endet, wenn die Gegenseite schließt.</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATEN</translation>
    </message>
    <message>
        <source>SocketLab: open listening and connecting TCP, UDP and Unix domain sockets, and watch every byte.</source>
        <translation>SocketLab: lauschende und verbindende TCP-, UDP- und Unix-Domain-Sockets öffnen und jedes Byte beobachten.</translation>
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
        <source>FILE|NAME</source>
        <translation>DATEI|NAME</translation>
    </message>
    <message>
        <source>--responder needs --listen</source>
        <translation>--responder braucht --listen</translation>
    </message>
    <message>
        <source>--responder %1</source>
        <translation>--responder %1</translation>
    </message>
    <message>
        <source>Record the packets of SocketLab&apos;s own TCP sockets through the system&apos;s dumpcap (Wireshark&apos;s capture helper); with --headless, print one line per packet.</source>
        <translation>Die Pakete der eigenen TCP-Sockets von SocketLab über das dumpcap des Systems (das Mitschnitt-Hilfsprogramm von Wireshark) aufzeichnen; mit --headless eine Zeile pro Paket ausgeben.</translation>
    </message>
    <message>
        <source>Every --listen udp: socket joins the multicast GROUP (IPv4 224.0.0.0/4 or IPv6 ff00::/8), on INTERFACE when given (else the system chooses by its routes). Repeatable; a failure is logged with the system&apos;s reason.</source>
        <translation>Jeder --listen udp:-Socket tritt der Multicast-GRUPPE bei (IPv4 224.0.0.0/4 oder IPv6 ff00::/8), auf SCHNITTSTELLE, wenn angegeben (sonst wählt das System nach seinen Routen). Wiederholbar; ein Fehlschlag wird mit dem Grund des Systems protokolliert.</translation>
    </message>
    <message>
        <source>GROUP[@INTERFACE]</source>
        <translation>GRUPPE[@SCHNITTSTELLE]</translation>
    </message>
    <message>
        <source>Set TCP_MAXSEG on every TCP --connect socket before connect(): it sends segments of at most N bytes and its SYN announces MSS N, so the peer does too.</source>
        <translation>TCP_MAXSEG auf jedem TCP-Socket von --connect vor connect() setzen: er sendet Segmente von höchstens N Bytes, und sein SYN kündigt MSS N an, also sendet auch die Gegenseite keine größeren.</translation>
    </message>
    <message>
        <source>--join needs a --listen udp: socket to join with</source>
        <translation>--join braucht einen --listen udp:-Socket, der beitritt</translation>
    </message>
    <message>
        <source>--mss %1: expected a number of bytes from %2 to %3</source>
        <translation>--mss %1: erwartet wird eine Anzahl Bytes von %2 bis %3</translation>
    </message>
    <message>
        <source>--mss needs --connect</source>
        <translation>--mss braucht --connect</translation>
    </message>
    <message>
        <source>Once a --connect socket is connected (and after any --send), send the contents of FILE, any size, as fast as the peer reads it; then a stream connection sends FIN.</source>
        <translation>Sobald ein --connect-Socket verbunden ist (und nach allen --send), den Inhalt von DATEI senden, beliebig groß, so schnell die Gegenseite liest; danach sendet eine Stream-Verbindung FIN.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>After the last --send or --send-file, keep the connection open for writing (no FIN).</source>
        <translation>Nach dem letzten --send oder --send-file die Verbindung zum Schreiben offen halten (kein FIN).</translation>
    </message>
    <message>
        <source>Export the session as FORMAT (text, csv, jsonl, pcapng, socketlab) to FILE: at once with --open, else when a --headless run ends. stream:CONN:FILE writes the bytes connection CONN (a name like L1.2) received, stream-out:CONN:FILE those it sent, byte for byte. Repeatable.</source>
        <translation>Die Sitzung im FORMAT (text, csv, jsonl, pcapng, socketlab) nach DATEI exportieren: sofort mit --open, sonst am Ende eines --headless-Laufs. stream:VERB:DATEI schreibt die Bytes, die Verbindung VERB (ein Name wie L1.2) empfangen hat, stream-out:VERB:DATEI die gesendeten, Byte für Byte. Wiederholbar.</translation>
    </message>
    <message>
        <source>--send-file %1: %2</source>
        <translation>--send-file %1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>--send-file needs a --connect socket to send on</source>
        <translation>--send-file braucht einen --connect-Socket, auf dem gesendet wird</translation>
    </message>
    <message>
        <source>--export %1: expected %2:CONN:FILE, CONN a connection&apos;s name like L1.2</source>
        <translation>--export %1: erwartet %2:VERB:DATEI, VERB der Name einer Verbindung wie L1.2</translation>
    </message>
    <message>
        <source>--script needs --connect</source>
        <translation>--script braucht --connect</translation>
    </message>
    <message>
        <source>--script does its own sending: leave out --send</source>
        <translation>--script sendet selbst: --send weglassen</translation>
    </message>
    <message>
        <source>--script %1</source>
        <translation>--script %1</translation>
    </message>
    <message>
        <source>--join %1: %2</source>
        <translation>--join %1: %2</translation>
    </message>
    <message>
        <source>Answer the connections of every --listen by the rules of a responder: a responder FILE (.json, see docs/responders.md), or the NAME of a shipped one (http, smtp, echo-upper, line-counter) or of your own (saved in the responder editor).</source>
        <translation>Die Verbindungen jedes --listen nach den Regeln eines Responders beantworten: eine Responder-DATEI (.json, siehe docs/responders.md) oder der NAME eines mitgelieferten (http, smtp, echo-upper, line-counter) oder eines eigenen (im Responder-Editor gespeichert).</translation>
    </message>
    <message>
        <source>Run a script on every --connect socket once it is connected: send, expect (with a timeout), wait, close (FILE .json, see docs/scripts.md, or the NAME of a shipped one: smtp-send). With --headless the run ends when the script does: exit 0 when it completed, 1 with the failing step named.</source>
        <translation>Ein Skript auf jedem --connect-Socket ausführen, sobald er verbunden ist: senden, erwarten (mit Zeitlimit), warten, schließen (DATEI .json, siehe docs/scripts.md, oder der NAME eines mitgelieferten: smtp-send). Mit --headless endet der Lauf mit dem Skript: Exit-Status 0, wenn es vollständig lief, 1 mit dem Namen des fehlgeschlagenen Schritts.</translation>
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
    <message>
        <source>Peer process</source>
        <translation>Gegenüber-Prozess</translation>
    </message>
    <message>
        <source>Who is on the other end of this Unix socket, as the kernel recorded it at connect() (SO_PEERCRED): process id, program (/proc/PID/comm), user and group. TCP cannot say this.</source>
        <translation>Wer am anderen Ende dieses Unix-Sockets ist, wie der Kernel es bei connect() festgehalten hat (SO_PEERCRED): Prozess-ID, Programm (/proc/PID/comm), Benutzer und Gruppe. TCP kann das nicht sagen.</translation>
    </message>
    <message>
        <source>Inodes</source>
        <translation>Inodes</translation>
    </message>
    <message>
        <source>The socket&apos;s inode and its peer&apos;s, as ss -x shows them: they pair the two ends</source>
        <translation>Die Inode des Sockets und die seines Gegenübers, wie ss -x sie zeigt: sie verbinden die beiden Enden</translation>
    </message>
    <message>
        <source>Socket state</source>
        <translation>Socket-Zustand</translation>
    </message>
    <message>
        <source>The kernel has no such Unix socket any more.</source>
        <translation>Der Kernel hat diesen Unix-Socket nicht mehr.</translation>
    </message>
    <message>
        <source>— (a listener has no peer)</source>
        <translation>— (ein lauschender Socket hat kein Gegenüber)</translation>
    </message>
    <message>
        <source>— (not known)</source>
        <translation>— (unbekannt)</translation>
    </message>
    <message>
        <source>socket %1, peer %2</source>
        <translation>Socket %1, Gegenüber %2</translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation>Socket %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; failed: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>bind() or listen() failed, so this socket never existed in the kernel: there is nothing to show.</source>
        <translation>bind() oder listen() ist fehlgeschlagen, daher gab es diesen Socket im Kernel nie: Es gibt nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>ConnectionLadder</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>connect (SYN)</source>
        <translation>connect (SYN)</translation>
    </message>
    <message>
        <source>connected (SYN-ACK)</source>
        <translation>verbunden (SYN-ACK)</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>accept</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>write %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>read %1</translation>
    </message>
    <message>
        <source>shutdown: FIN</source>
        <translation>shutdown: FIN</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>FIN (read returns 0)</source>
        <translation>FIN (read liefert 0)</translation>
    </message>
    <message>
        <source>RST</source>
        <translation>RST</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
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
    <message>
        <source>&amp;Broadcast allowed (SO_BROADCAST)</source>
        <translation>&amp;Broadcast erlaubt (SO_BROADCAST)</translation>
    </message>
    <message>
        <source>Without it, sendto() a broadcast address fails with EACCES</source>
        <translation>Ohne es scheitert sendto() an eine Broadcast-Adresse mit EACCES</translation>
    </message>
    <message>
        <source>&amp;Join multicast group…</source>
        <translation>Multicast-Gruppe &amp;beitreten…</translation>
    </message>
    <message>
        <source>&amp;Leave multicast group</source>
        <translation>Multicast-Gruppe &amp;verlassen</translation>
    </message>
    <message>
        <source>Multicast &amp;TTL / hop limit (now %1)…</source>
        <translation>Multicast-&amp;TTL / Hop-Limit (jetzt %1)…</translation>
    </message>
    <message>
        <source>Multicast l&amp;oopback (IP_MULTICAST_LOOP)</source>
        <translation>Multicast-L&amp;oopback (IP_MULTICAST_LOOP)</translation>
    </message>
    <message>
        <source>On: members of the group on this host get what this socket sends to it</source>
        <translation>An: Mitglieder der Gruppe auf diesem Rechner bekommen, was dieser Socket an sie sendet</translation>
    </message>
    <message>
        <source>Receive &amp;buffer (SO_RCVBUF, now %1)…</source>
        <translation>Empfangs&amp;puffer (SO_RCVBUF, jetzt %1)…</translation>
    </message>
    <message>
        <source>Send b&amp;uffer (SO_SNDBUF, now %1)…</source>
        <translation>Sende&amp;puffer (SO_SNDBUF, jetzt %1)…</translation>
    </message>
    <message>
        <source>&amp;Peer cap (now %1)…</source>
        <translation>&amp;Gegenstellen-Obergrenze (jetzt %1)…</translation>
    </message>
    <message>
        <source>Multicast TTL</source>
        <translation>Multicast-TTL</translation>
    </message>
    <message>
        <source>Datagrams %1 sends to a group cross at most this many routers (0: they stay on this host, 1: on the local network):</source>
        <translation>Datagramme, die %1 an eine Gruppe sendet, passieren höchstens so viele Router (0: sie bleiben auf diesem Rechner, 1: im lokalen Netz):</translation>
    </message>
    <message>
        <source>Receive buffer</source>
        <translation>Empfangspuffer</translation>
    </message>
    <message>
        <source>Send buffer</source>
        <translation>Sendepuffer</translation>
    </message>
    <message>
        <source>SO_RCVBUF of %1 in bytes: what the kernel holds for it before it drops datagrams (the kernel doubles it, within net.core.rmem_max):</source>
        <translation>SO_RCVBUF von %1 in Bytes: was der Kernel dafür hält, bevor er Datagramme verwirft (der Kernel verdoppelt es, innerhalb von net.core.rmem_max):</translation>
    </message>
    <message>
        <source>SO_SNDBUF of %1 in bytes (the kernel doubles it, within net.core.wmem_max):</source>
        <translation>SO_SNDBUF von %1 in Bytes (der Kernel verdoppelt es, innerhalb von net.core.wmem_max):</translation>
    </message>
    <message>
        <source>Peer cap</source>
        <translation>Gegenstellen-Obergrenze</translation>
    </message>
    <message>
        <source>At most this many peers of %1 get a row of their own; datagrams of further peers are recorded under one &quot;other peers&quot; row:</source>
        <translation>Höchstens so viele Gegenstellen von %1 bekommen eine eigene Zeile; Datagramme weiterer Gegenstellen werden unter einer Zeile &quot;weitere Gegenstellen&quot; aufgezeichnet:</translation>
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
    <name>ConnectionStreams</name>
    <message>
        <source>Save received…</source>
        <translation>Empfangenes speichern…</translation>
    </message>
    <message>
        <source>Write every byte this connection received to a file, exactly as it arrived</source>
        <translation>Jedes Byte, das diese Verbindung empfangen hat, in eine Datei schreiben, genau wie es ankam</translation>
    </message>
    <message>
        <source>Save sent…</source>
        <translation>Gesendetes speichern…</translation>
    </message>
    <message>
        <source>Write every byte this connection sent to a file</source>
        <translation>Jedes Byte, das diese Verbindung gesendet hat, in eine Datei schreiben</translation>
    </message>
    <message>
        <source>SHA-256…</source>
        <translation>SHA-256…</translation>
    </message>
    <message>
        <source>Compute the SHA-256 of what this connection received and sent, to compare with the other end (sha256sum, Python&apos;s hashlib)</source>
        <translation>Den SHA-256 dessen berechnen, was diese Verbindung empfangen und gesendet hat, zum Vergleich mit dem anderen Ende (sha256sum, Pythons hashlib)</translation>
    </message>
    <message>
        <source>Received %1 bytes in %2 reads, sent %3 bytes in %4 writes</source>
        <translation>%1 Bytes in %2 Lesevorgängen empfangen, %3 Bytes in %4 Schreibvorgängen gesendet</translation>
    </message>
    <message>
        <source>Save what %1 received</source>
        <translation>Speichern, was %1 empfangen hat</translation>
    </message>
    <message>
        <source>Save what %1 sent</source>
        <translation>Speichern, was %1 gesendet hat</translation>
    </message>
    <message>
        <source>Saved the %1 bytes %2 received to %3</source>
        <translation>Die %1 Bytes, die %2 empfangen hat, nach %3 gespeichert</translation>
    </message>
    <message>
        <source>Saved the %1 bytes %2 sent to %3</source>
        <translation>Die %1 Bytes, die %2 gesendet hat, nach %3 gespeichert</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Speichern nach %1…</translation>
    </message>
    <message>
        <source>Save what it &amp;received…</source>
        <translation>&amp;Empfangenes speichern…</translation>
    </message>
    <message>
        <source>Save what it s&amp;ent…</source>
        <translation>&amp;Gesendetes speichern…</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>%1  (%2 bytes)</source>
        <translation>%1  (%2 Bytes)</translation>
    </message>
    <message>
        <source>SHA-256 received: %1
SHA-256 sent: %2</source>
        <translation>SHA-256 empfangen: %1
SHA-256 gesendet: %2</translation>
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
    <message>
        <source>seen %1–%2 s</source>
        <translation>gesehen %1–%2 s</translation>
    </message>
    <message>
        <source>, broadcast allowed</source>
        <translation>, Broadcast erlaubt</translation>
    </message>
    <message>
        <source>, member of %1</source>
        <translation>, Mitglied von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n angenommen</numerusform>
            <numerusform>%n angenommen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatagramListView</name>
    <message numerus="yes">
        <source>%Ln more datagram(s) not shown: select fewer rows to see them.</source>
        <translation>
            <numerusform>%Ln weiteres Datagramm nicht gezeigt: Wählen Sie weniger Zeilen, um es zu sehen.</numerusform>
            <numerusform>%Ln weitere Datagramme nicht gezeigt: Wählen Sie weniger Zeilen, um sie zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Datagram %1 of %2 · %3</source>
        <translation>Datagramm %1 von %2 · %3</translation>
    </message>
    <message>
        <source>(empty datagram: 0 bytes)
</source>
        <translation>(leeres Datagramm: 0 Bytes)
</translation>
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
    <message>
        <source>Ladder</source>
        <translation>Leiter</translation>
    </message>
    <message>
        <source>Call diagram</source>
        <translation>Aufrufdiagramm</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>Leitung</translation>
    </message>
</context>
<context>
    <name>DumpcapProcess</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>dumpcap stopped unexpectedly (it crashed or was killed)</source>
        <translation>dumpcap hat unerwartet aufgehört (abgestürzt oder beendet worden)</translation>
    </message>
    <message>
        <source>dumpcap exited with status %1</source>
        <translation>dumpcap hat sich mit Status %1 beendet</translation>
    </message>
    <message>
        <source>dumpcap ended on its own</source>
        <translation>dumpcap hat sich von selbst beendet</translation>
    </message>
    <message>
        <source>cannot create a pipe for dumpcap: %1</source>
        <translation>Für dumpcap kann keine Pipe angelegt werden: %1</translation>
    </message>
    <message>
        <source>the capture stream from dumpcap could not be read: %1</source>
        <translation>der Mitschnitt von dumpcap konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1; the capture stream could not be read: %2</source>
        <translation>%1; der Mitschnitt konnte nicht gelesen werden: %2</translation>
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
        <translation>%1-Sockets unterstützt diese Version von SocketLab noch nicht; tcp: oder unix: verwenden</translation>
    </message>
    <message>
        <source>Enter a socket file path (/tmp/lab.sock) or an abstract name (@lab)</source>
        <translation>Einen Socket-Dateipfad (/tmp/lab.sock) oder einen abstrakten Namen (@lab) eingeben</translation>
    </message>
    <message>
        <source>A Unix socket address cannot hold a NUL character</source>
        <translation>Eine Unix-Socket-Adresse darf kein NUL-Zeichen enthalten</translation>
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
        <source>%1 queued to send: the peer is not reading, its receive window and our send buffer are full; the bytes wait, nothing is lost</source>
        <translation>%1 warten aufs Senden: die Gegenseite liest nicht, ihr Empfangsfenster und unser Sendepuffer sind voll; die Bytes warten, nichts geht verloren</translation>
    </message>
    <message>
        <source>the queued bytes have all been handed to the kernel</source>
        <translation>die wartenden Bytes sind alle an den Kernel übergeben</translation>
    </message>
    <message numerus="yes">
        <source>the %n byte(s) recorded as sent just before were not sent: this connection can no longer send</source>
        <translation>
            <numerusform>das eben als gesendet aufgezeichnete %n Byte wurde nicht gesendet: diese Verbindung kann nicht mehr senden</numerusform>
            <numerusform>die eben als gesendet aufgezeichneten %n Bytes wurden nicht gesendet: diese Verbindung kann nicht mehr senden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of echo wait for the peer, which is not reading them: SocketLab stops reading this connection until they drain, so flow control holds the sender; nothing is lost</source>
        <translation>%1 Echo-Bytes warten auf die Gegenstelle, die sie nicht liest: SocketLab liest diese Verbindung nicht weiter, bis sie abgeflossen sind, so hält die Flusskontrolle den Sender an; nichts geht verloren</translation>
    </message>
    <message>
        <source>%1 relayed to %2 wait, it is not reading them: SocketLab stops reading this connection until they drain, so flow control holds the sender; nothing is lost</source>
        <translation>%1 an %2 weitergeleitete Bytes warten, %2 liest sie nicht: SocketLab liest diese Verbindung nicht weiter, bis sie abgeflossen sind, so hält die Flusskontrolle den Sender an; nichts geht verloren</translation>
    </message>
    <message>
        <source>%1 sockets cannot listen in this version</source>
        <translation>%1-Sockets können in dieser Version nicht lauschen</translation>
    </message>
    <message>
        <source>%1 sockets cannot connect in this version</source>
        <translation>%1-Sockets können sich in dieser Version nicht verbinden</translation>
    </message>
    <message numerus="yes">
        <source>refused %1: the cap of %n open connection(s) is reached (closed)</source>
        <translation>
            <numerusform>%1 abgelehnt: die Grenze von %n offenen Verbindung ist erreicht (geschlossen)</numerusform>
            <numerusform>%1 abgelehnt: die Grenze von %n offenen Verbindungen ist erreicht (geschlossen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 datagrams dropped by the kernel: receive buffer full</source>
        <translation>%1 Datagramme vom Kernel verworfen: Empfangspuffer voll</translation>
    </message>
    <message>
        <source>the application stops calling recvmmsg(): datagrams queue in the receive buffer, and when it is full the kernel drops them</source>
        <translation>die Anwendung ruft recvmmsg() nicht mehr auf: Datagramme warten im Empfangspuffer, und wenn er voll ist, verwirft der Kernel sie</translation>
    </message>
    <message>
        <source>%1: not on a UDP socket (UDP has no stream to shut down, no Nagle, no connection to reset)</source>
        <translation>%1: nicht auf einem UDP-Socket (UDP hat keinen Datenstrom zum Herunterfahren, kein Nagle, keine Verbindung zum Zurücksetzen)</translation>
    </message>
    <message>
        <source>responder %1 answers the connections accepted from now on (%2)</source>
        <translation>Responder %1 beantwortet die ab jetzt angenommenen Verbindungen (%2)</translation>
    </message>
    <message>
        <source>no responder: new connections are not answered</source>
        <translation>kein Responder: neue Verbindungen werden nicht beantwortet</translation>
    </message>
    <message>
        <source>stopped: the connection closed</source>
        <translation>angehalten: die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>stopped: the writing side is being shut down</source>
        <translation>angehalten: die Schreibseite wird geschlossen</translation>
    </message>
    <message>
        <source>stopped: the connection is being closed</source>
        <translation>angehalten: die Verbindung wird geschlossen</translation>
    </message>
    <message>
        <source>stopped: the connection is being reset</source>
        <translation>angehalten: die Verbindung wird zurückgesetzt</translation>
    </message>
    <message>
        <source>send a file: only on a stream connection (TCP, Unix); on UDP every chunk would be a datagram that may be lost</source>
        <translation>Datei senden: nur auf einer Stream-Verbindung (TCP, Unix); bei UDP wäre jedes Stück ein Datagramm, das verloren gehen kann</translation>
    </message>
    <message>
        <source>send a file</source>
        <translation>Datei senden</translation>
    </message>
    <message>
        <source>%1 is not sent: this connection is still sending %2</source>
        <translation>%1 wird nicht gesendet: diese Verbindung sendet noch %2</translation>
    </message>
    <message>
        <source>not connected: %1 is not sent</source>
        <translation>nicht verbunden: %1 wird nicht gesendet</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>sending the file %1 (%2 bytes): read %3 KiB at a time, each read when the kernel has taken what was written before, so the peer&apos;s reading sets the pace</source>
        <translation>sende die Datei %1 (%2 Bytes): je %3 KiB gelesen, jedes Mal, wenn der Kernel das zuvor Geschriebene genommen hat, so dass das Lesen der Gegenseite das Tempo bestimmt</translation>
    </message>
    <message>
        <source>the file %1 is sent: %2 bytes</source>
        <translation>die Datei %1 ist gesendet: %2 Bytes</translation>
    </message>
    <message>
        <source>sending the file %1 stopped after %2 of %3 bytes: %4</source>
        <translation>das Senden der Datei %1 endete nach %2 von %3 Bytes: %4</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>sending the file %1 %2 after %3 of %4 bytes; nothing more of it is sent</source>
        <translation>das Senden der Datei %1: %2 nach %3 von %4 Bytes; nichts mehr davon wird gesendet</translation>
    </message>
    <message>
        <source>responder %1 answers every peer&apos;s datagrams from now on (%2)</source>
        <translation>Responder %1 beantwortet ab jetzt die Datagramme jeder Gegenstelle (%2)</translation>
    </message>
    <message>
        <source>no responder: datagrams are not answered</source>
        <translation>kein Responder: Datagramme werden nicht beantwortet</translation>
    </message>
    <message>
        <source>responder %1 reloaded (%2): every peer is answered by the saved rules</source>
        <translation>Responder %1 neu geladen (%2): jeder Peer wird nach den gespeicherten Regeln beantwortet</translation>
    </message>
    <message>
        <source>responder %1 reloaded (%2): the saved rules answer new connections, and each open one from its next request</source>
        <translation>Responder %1 neu geladen (%2): die gespeicherten Regeln beantworten neue Verbindungen und jede offene ab ihrer nächsten Anfrage</translation>
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
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Socket file</source>
        <translation>Socket-Datei</translation>
    </message>
    <message>
        <source>Answer with</source>
        <translation>Antworten mit</translation>
    </message>
    <message>
        <source>Nothing (or echo)</source>
        <translation>Nichts (oder Echo)</translation>
    </message>
    <message>
        <source>No responder: what arrives is only recorded (and echoed when Echo is on)</source>
        <translation>Kein Responder: Was ankommt, wird nur aufgezeichnet (und zurückgesendet, wenn Echo an ist)</translation>
    </message>
    <message>
        <source>responder %1</source>
        <translation>Responder %1</translation>
    </message>
    <message>
        <source>A responder answers each connection the listener accepts (each peer of a UDP socket) by its rules, like a small server: http, smtp, echo-upper, line-counter, or one of your own</source>
        <translation>Ein Responder beantwortet jede Verbindung, die der Listener annimmt (jeden Peer eines UDP-Sockets), nach seinen Regeln, wie ein kleiner Server: http, smtp, echo-upper, line-counter oder einer Ihrer eigenen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Open the responder editor: see a responder&apos;s rules, test them on sample input, and save your own</source>
        <translation>Den Responder-Editor öffnen: die Regeln eines Responders ansehen, an einer Probe testen und eigene speichern</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (eigener)</translation>
    </message>
</context>
<context>
    <name>EventDescription</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 s since the session started (%2)</source>
        <translation>%1 s seit Beginn der Sitzung (%2)</translation>
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
        <source>Local end</source>
        <translation>Lokales Ende</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDetailDialog</name>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
</context>
<context>
    <name>EventFacts</name>
    <message>
        <source>FIN by us</source>
        <translation>FIN von uns</translation>
    </message>
    <message>
        <source>FIN by the peer</source>
        <translation>FIN von der Gegenseite</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>RST by us</source>
        <translation>RST von uns</translation>
    </message>
    <message>
        <source>RST by the peer</source>
        <translation>RST von der Gegenseite</translation>
    </message>
    <message>
        <source>RST</source>
        <translation>RST</translation>
    </message>
    <message>
        <source>half-close: shutdown(SHUT_WR) by us</source>
        <translation>halb geschlossen: shutdown(SHUT_WR) von uns</translation>
    </message>
    <message>
        <source>never connected</source>
        <translation>nie verbunden</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <source>listen-failed</source>
        <translation>Lauschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>listen-stopped</source>
        <translation>Lauschen beendet</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>looking-up</source>
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
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>schließt</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>reading-paused</source>
        <translation>Lesen pausiert</translation>
    </message>
    <message>
        <source>reading-resumed</source>
        <translation>Lesen fortgesetzt</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>end-of-stream</source>
        <translation>Ende des Datenstroms</translation>
    </message>
    <message>
        <source>send-blocked</source>
        <translation>Senden blockiert</translation>
    </message>
    <message>
        <source>send-resumed</source>
        <translation>Senden fortgesetzt</translation>
    </message>
    <message>
        <source>peer-seen</source>
        <translation>Gegenstelle gesehen</translation>
    </message>
    <message>
        <source>datagrams-dropped</source>
        <translation>Datagramme verworfen</translation>
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
    <name>FileSend</name>
    <message>
        <source>the file ended after %1 of %2 bytes: it shrank while being sent</source>
        <translation>die Datei endete nach %1 von %2 Bytes: sie ist beim Senden kleiner geworden</translation>
    </message>
</context>
<context>
    <name>FileSendBar</name>
    <message>
        <source>Sending a file:</source>
        <translation>Datei wird gesendet:</translation>
    </message>
    <message>
        <source>Cancel file</source>
        <translation>Datei abbrechen</translation>
    </message>
    <message>
        <source>Stop sending the file: nothing more of it is read or written; what the kernel already has still reaches the peer</source>
        <translation>Das Senden der Datei beenden: nichts mehr davon wird gelesen oder geschrieben; was der Kernel schon hat, erreicht die Gegenseite trotzdem</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 bytes handed to the socket</source>
        <translation>%1 von %2 Bytes an den Socket übergeben</translation>
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
    <message>
        <source>On the wire: %1</source>
        <translation>Auf der Leitung: %1</translation>
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
        <translation>%1 ist eine aufgezeichnete Sitzung: SocketLab zeichnet nie über eine hinweg auf (ihre %2 Bytes gingen verloren); wählen Sie einen neuen Dateinamen oder öffnen Sie sie mit --open</translation>
    </message>
    <message>
        <source>%1 is not a SocketLab session: recording would replace its %2 bytes; choose a new file name</source>
        <translation>%1 ist keine SocketLab-Sitzung: die Aufzeichnung würde ihre %2 Bytes ersetzen; wählen Sie einen neuen Dateinamen</translation>
    </message>
    <message>
        <source>Cannot record to %1: cannot remove the symbolic link</source>
        <translation>Aufzeichnen nach %1 nicht möglich: der symbolische Link lässt sich nicht entfernen</translation>
    </message>
</context>
<context>
    <name>JournalGate</name>
    <message>
        <source>The recording cannot be written: %1. SocketLab stops reading every connection and sends nothing (no echo, no relay) until it can, so nothing leaves that is not recorded; TCP flow control holds the peers. Free some space, or record elsewhere: it resumes by itself.</source>
        <translation>Die Aufzeichnung kann nicht geschrieben werden: %1. SocketLab liest keine Verbindung mehr und sendet nichts (kein Echo, kein Relay), bis es wieder geht, damit nichts hinausgeht, was nicht aufgezeichnet ist; die TCP-Flusskontrolle hält die Gegenstellen auf. Geben Sie Platz frei oder zeichnen Sie woanders auf: es geht von selbst weiter.</translation>
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
    <message>
        <source>malformed facts record</source>
        <translation>fehlerhafter Fakten-Datensatz</translation>
    </message>
    <message>
        <source>malformed packet record</source>
        <translation>fehlerhafter Paketeintrag</translation>
    </message>
    <message>
        <source>malformed capture statistics record</source>
        <translation>fehlerhafter Eintrag der Mitschnittstatistik</translation>
    </message>
</context>
<context>
    <name>KernelInfoReader</name>
    <message>
        <source>not available on this platform</source>
        <translation>auf dieser Plattform nicht verfügbar</translation>
    </message>
    <message>
        <source>the socket is closed: the kernel has forgotten it</source>
        <translation>der Socket ist geschlossen: der Kernel hat ihn vergessen</translation>
    </message>
</context>
<context>
    <name>LadderView</name>
    <message>
        <source>Each event of this connection and its peer, in time order: click one to select its row in the log</source>
        <translation>Jedes Ereignis dieser Verbindung und ihrer Gegenstelle in zeitlicher Reihenfolge: eines anklicken, um seine Zeile im Protokoll auszuwählen</translation>
    </message>
    <message>
        <source>Select a connection to see its events as a ladder</source>
        <translation>Eine Verbindung auswählen, um ihre Ereignisse als Leiterdiagramm zu sehen</translation>
    </message>
</context>
<context>
    <name>LessonLoader</name>
    <message>
        <source>is not a listener role</source>
        <translation>ist keine Listener-Rolle</translation>
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
        <source>unknown state &apos;%1&apos;</source>
        <translation>unbekannter Zustand „%1“</translation>
    </message>
    <message>
        <source>detail texts are translated and cannot be matched: use &quot;error&quot;, &quot;close&quot; or &quot;closedBy&quot;</source>
        <translation>Detailtexte werden übersetzt und können nicht verglichen werden: &quot;error&quot;, &quot;close&quot; oder &quot;closedBy&quot; verwenden</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos;</source>
        <translation>unbekannter Wert &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; (expected listener, client, accepted or udp)</source>
        <translation>unbekannter Typ „%1“ (erwartet: listener, client, accepted oder udp)</translation>
    </message>
    <message>
        <source>is not a udp role</source>
        <translation>ist keine udp-Rolle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a udp role</source>
        <translation>„%1“ ist keine udp-Rolle</translation>
    </message>
    <message>
        <source>is not a client or udp role</source>
        <translation>ist keine client- oder udp-Rolle</translation>
    </message>
    <message>
        <source>expected a byte count</source>
        <translation>erwartet: eine Anzahl Bytes</translation>
    </message>
    <message>
        <source>unknown TCP flag &apos;%1&apos; (known: SYN, ACK, FIN, RST, PSH)</source>
        <translation>unbekanntes TCP-Flag „%1“ (bekannt: SYN, ACK, FIN, RST, PSH)</translation>
    </message>
    <message>
        <source>sendFile needs &quot;fill&quot;: the size of the file to make and send</source>
        <translation>sendFile braucht &quot;fill&quot;: die Größe der Datei, die erzeugt und gesendet wird</translation>
    </message>
    <message>
        <source>a stream condition needs &quot;equals&quot;, &quot;contains&quot;, &quot;sizes&quot;, &quot;atLeastBytes&quot; or &quot;sameAs&quot;</source>
        <translation>eine Stream-Bedingung braucht &quot;equals&quot;, &quot;contains&quot;, &quot;sizes&quot;, &quot;atLeastBytes&quot; oder &quot;sameAs&quot;</translation>
    </message>
    <message>
        <source>no shipped responder is called &apos;%1&apos; (%2)</source>
        <translation>kein mitgelieferter Responder heißt &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a client or accepted role: only a connection&apos;s rows can be selected</source>
        <translation>&apos;%1&apos; ist keine Client- oder angenommene Rolle: nur die Zeilen einer Verbindung können ausgewählt werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a name for an own responder (lower-case letters, digits, &apos;-&apos;, not a shipped responder&apos;s)</source>
        <translation>&apos;%1&apos; ist kein Name für einen eigenen Responder (Kleinbuchstaben, Ziffern, &apos;-&apos;, nicht der eines mitgelieferten)</translation>
    </message>
    <message>
        <source>needs &quot;responder&quot;: the shipped one to copy</source>
        <translation>braucht &quot;responder&quot;: den mitgelieferten, der kopiert wird</translation>
    </message>
    <message>
        <source>editReply needs &quot;ownCopy&quot;: the listener&apos;s own responder</source>
        <translation>editReply braucht &quot;ownCopy&quot;: den eigenen Responder des Listeners</translation>
    </message>
    <message>
        <source>a script runs on a TCP client, not on a udp role</source>
        <translation>ein Skript läuft auf einem TCP-Client, nicht auf einer UDP-Rolle</translation>
    </message>
    <message>
        <source>no shipped script is called &apos;%1&apos; (%2)</source>
        <translation>kein mitgeliefertes Skript heißt &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>&quot;accepted&quot; goes with a listener role and &quot;contains&quot; alone</source>
        <translation>&quot;accepted&quot; gehört zu einer Listener-Rolle und steht nur mit &quot;contains&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a client or accepted role: a message arrives on a connection</source>
        <translation>&apos;%1&apos; ist keine Client- oder angenommene Rolle: eine Nachricht kommt auf einer Verbindung an</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos; (known: smtp)</source>
        <translation>unbekanntes Protokoll &apos;%1&apos; (bekannt: smtp)</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected event, stream, state, wire or message)</source>
        <translation>unbekannte Art &apos;%1&apos; (erwartet: event, stream, state, wire oder message)</translation>
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
        <translation>Wartet auf: %1</translation>
    </message>
    <message>
        <source>Do it yourself in the app, or press &lt;b&gt;Do it&lt;/b&gt;. Waiting for: %1</source>
        <translation>Selbst in der Anwendung ausführen oder &lt;b&gt;Ausführen&lt;/b&gt; drücken. Wartet auf: %1</translation>
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
    <message>
        <source>&lt;b&gt;Socket calls:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Socket-Aufrufe:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>Press Next when you are ready.</source>
        <translation>Drücken Sie Weiter, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>That was the last step of this lesson.</source>
        <translation>Das war der letzte Schritt dieser Lektion.</translation>
    </message>
    <message>
        <source>%1%2. %3</source>
        <translation>%1%2. %3</translation>
    </message>
    <message>
        <source>Step %1: %2 (done)</source>
        <translation>Schritt %1: %2 (erledigt)</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the wire:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Auf der Leitung:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%2.</source>
        <translation>%1%2.</translation>
    </message>
</context>
<context>
    <name>LessonResponders</name>
    <message>
        <source>%1: rule &apos;%2&apos; has no reply with &apos;%3&apos; in it</source>
        <translation>%1: Regel &apos;%2&apos; hat keine Antwort, die &apos;%3&apos; enthält</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2</source>
        <translation>%1: kein JSON-Objekt: %2</translation>
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
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>cannot make a directory for the socket file: %1</source>
        <translation>kann kein Verzeichnis für die Socket-Datei anlegen: %1</translation>
    </message>
    <message>
        <source>in pieces of exactly %1 bytes</source>
        <translation>in Stücken von genau %1 Bytes</translation>
    </message>
    <message>
        <source>%1 = %2  %3  %4, %5 datagram(s) in, %6 out, %7 dropped by the kernel</source>
        <translation>%1 = %2  %3  %4, %5 Datagramm(e) ein, %6 aus, %7 vom Kernel verworfen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no port yet: do the step that creates it first</source>
        <translation>„%1“ hat noch keinen Port: Führen Sie zuerst den Schritt aus, der ihn erzeugt</translation>
    </message>
    <message>
        <source>the server ignores this request: its own choice, as it does with about %1 % of them</source>
        <translation>der Server ignoriert diese Anfrage: seine eigene Wahl, wie bei etwa %1 % aller Anfragen</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>window 0</source>
        <translation>Fenster 0</translation>
    </message>
    <message>
        <source>MSS %1</source>
        <translation>MSS %1</translation>
    </message>
    <message>
        <source>%1 received on the wire: %2</source>
        <translation>%1 hat auf der Leitung empfangen: %2</translation>
    </message>
    <message>
        <source>%1 sent on the wire: %2</source>
        <translation>%1 hat auf der Leitung gesendet: %2</translation>
    </message>
    <message>
        <source>a packet</source>
        <translation>ein Paket</translation>
    </message>
    <message>
        <source>cannot make a directory for the lesson&apos;s file: %1</source>
        <translation>kein Verzeichnis für die Datei der Lektion anlegbar: %1</translation>
    </message>
    <message>
        <source>cannot write the lesson&apos;s file %1: %2</source>
        <translation>die Datei der Lektion %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>exactly what %1 sent (SHA-256)</source>
        <translation>genau das, was %1 gesendet hat (SHA-256)</translation>
    </message>
    <message>
        <source>exactly what %1 received (SHA-256)</source>
        <translation>genau das, was %1 empfangen hat (SHA-256)</translation>
    </message>
    <message>
        <source>%1: a mail message (DATA, the message, a line with a lone &apos;.&apos;)</source>
        <translation>%1: eine E-Mail-Nachricht (DATA, die Nachricht, eine Zeile mit einem einzelnen &apos;.&apos;)</translation>
    </message>
    <message>
        <source>%1: %2 received a message of %3 bytes from %4</source>
        <translation>%1: %2 hat eine Nachricht von %3 Bytes von %4 empfangen</translation>
    </message>
</context>
<context>
    <name>LessonWire</name>
    <message>
        <source>Packets are not shown: the capture is off (Capture ▸ Record packets, or start SocketLab with --capture).</source>
        <translation>Pakete werden nicht gezeigt: der Mitschnitt ist aus (Capture ▸ Record packets im Menü, oder SocketLab mit --capture starten).</translation>
    </message>
</context>
<context>
    <name>LiveSessions</name>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>This session&apos;s recording is failing: %1</source>
        <translation>Die Aufzeichnung dieser Sitzung schlägt fehl: %1</translation>
    </message>
    <message>
        <source>What could not be written yet is lost when it ends. Record it elsewhere first, or end it anyway?</source>
        <translation>Was noch nicht geschrieben werden konnte, geht verloren, wenn sie endet. Erst anderswo aufzeichnen oder trotzdem beenden?</translation>
    </message>
    <message>
        <source>End it and start a new session</source>
        <translation>Beenden und neue Sitzung starten</translation>
    </message>
    <message>
        <source>Keep this session</source>
        <translation>Diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Cannot start a new session: %1</source>
        <translation>Neue Sitzung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>New session. The previous one is kept in %1</source>
        <translation>Neue Sitzung. Die vorige ist gespeichert in %1</translation>
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
    <message>
        <source>Rows the filters show, of every row in the log</source>
        <translation>Zeilen, die die Filter zeigen, von allen Zeilen im Protokoll</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
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
    <message>
        <source>Saved the session to %1</source>
        <translation>Sitzung gespeichert unter %1</translation>
    </message>
    <message>
        <source>Saving the session to %1 failed: %2</source>
        <translation>Speichern der Sitzung unter %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Start a lesson</source>
        <translation>Lektion starten</translation>
    </message>
    <message>
        <source>Start “%1” in a new session?</source>
        <translation>„%1“ in einer neuen Sitzung starten?</translation>
    </message>
    <message>
        <source>This session already has events. A new session starts with an empty log and no sockets; this one is kept in %1.</source>
        <translation>Diese Sitzung enthält schon Ereignisse. Eine neue Sitzung beginnt mit leerem Protokoll und ohne Sockets; diese bleibt in %1 gespeichert.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>In this session</source>
        <translation>In dieser Sitzung</translation>
    </message>
    <message>
        <source>Select rows of %1 in the log to see its bytes here.</source>
        <translation>Wählen Sie Zeilen von %1 im Protokoll, um hier seine Bytes zu sehen.</translation>
    </message>
</context>
<context>
    <name>MulticastGroup</name>
    <message>
        <source>not a multicast address (IPv4 224.0.0.0/4, IPv6 ff00::/8)</source>
        <translation>keine Multicast-Adresse (IPv4 224.0.0.0/4, IPv6 ff00::/8)</translation>
    </message>
    <message>
        <source>the interface name after @ is missing</source>
        <translation>der Name der Schnittstelle nach @ fehlt</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>the system&apos;s choice of interface</source>
        <translation>der vom System gewählten Schnittstelle</translation>
    </message>
</context>
<context>
    <name>MulticastJoinDialog</name>
    <message>
        <source>Join a multicast group</source>
        <translation>Einer Multicast-Gruppe beitreten</translation>
    </message>
    <message>
        <source>%1 joins the group (IP_ADD_MEMBERSHIP): GROUP, or GROUP@INTERFACE to choose the interface, e.g. 239.1.2.3@lo or ff02::1:3@lo</source>
        <translation>%1 tritt der Gruppe bei (IP_ADD_MEMBERSHIP): GRUPPE, oder GRUPPE@SCHNITTSTELLE, um die Schnittstelle zu wählen, z. B. 239.1.2.3@lo oder ff02::1:3@lo</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
</context>
<context>
    <name>OwnResponders</name>
    <message>
        <source>%1: &apos;%2&apos; is a shipped responder: choose another name</source>
        <translation>%1: &apos;%2&apos; ist ein mitgelieferter Responder: wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes</source>
        <translation>%1: größer als %2 Bytes</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: der Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: you have no responder of that name</source>
        <translation>%1: Sie haben keinen Responder dieses Namens</translation>
    </message>
    <message>
        <source>%1: cannot remove: %2</source>
        <translation>%1: kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>PacketLayers</name>
    <message>
        <source>Loopback (BSD)</source>
        <translation>Loopback (BSD)</translation>
    </message>
    <message>
        <source>4 bytes</source>
        <translation>4 Bytes</translation>
    </message>
    <message>
        <source>Address family</source>
        <translation>Adressfamilie</translation>
    </message>
    <message>
        <source>%1 (IPv4)</source>
        <translation>%1 (IPv4)</translation>
    </message>
    <message>
        <source>%1 (IPv6)</source>
        <translation>%1 (IPv6)</translation>
    </message>
    <message>
        <source>Ethernet II</source>
        <translation>Ethernet II</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Linux cooked capture</source>
        <translation>Linux-Cooked-Capture</translation>
    </message>
    <message>
        <source>Packet type</source>
        <translation>Pakettyp</translation>
    </message>
    <message>
        <source>Link-layer address type</source>
        <translation>Typ der Sicherungsschicht-Adresse</translation>
    </message>
    <message>
        <source>Link-layer address length</source>
        <translation>Länge der Sicherungsschicht-Adresse</translation>
    </message>
    <message>
        <source>Link-layer address</source>
        <translation>Sicherungsschicht-Adresse</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Linux cooked capture v2</source>
        <translation>Linux-Cooked-Capture v2</translation>
    </message>
    <message>
        <source>Interface index</source>
        <translation>Schnittstellenindex</translation>
    </message>
    <message>
        <source>Internet Protocol version 4</source>
        <translation>Internet Protocol Version 4</translation>
    </message>
    <message>
        <source>Internet Protocol version 6</source>
        <translation>Internet Protocol Version 6</translation>
    </message>
    <message>
        <source>Version and header length</source>
        <translation>Version und Kopflänge</translation>
    </message>
    <message>
        <source>4, header %1 bytes</source>
        <translation>4, Kopf %1 Bytes</translation>
    </message>
    <message>
        <source>DSCP and ECN</source>
        <translation>DSCP und ECN</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>Gesamtlänge</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>don&apos;t fragment</source>
        <translation>nicht fragmentieren</translation>
    </message>
    <message>
        <source>more fragments</source>
        <translation>weitere Fragmente</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>Versatz %1</translation>
    </message>
    <message>
        <source>Flags and fragment offset</source>
        <translation>Flags und Fragmentversatz</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>Lebensdauer (TTL)</translation>
    </message>
    <message>
        <source>Header checksum</source>
        <translation>Kopf-Prüfsumme</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Quelladresse</translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation>Zieladresse</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Version, traffic class, flow label</source>
        <translation>Version, Verkehrsklasse, Flow-Label</translation>
    </message>
    <message>
        <source>6, class %1, flow %2</source>
        <translation>6, Klasse %1, Flow %2</translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation>Nutzdatenlänge</translation>
    </message>
    <message>
        <source>Next header</source>
        <translation>Nächster Kopf</translation>
    </message>
    <message>
        <source>Hop limit</source>
        <translation>Hop-Limit</translation>
    </message>
    <message>
        <source>Transmission Control Protocol</source>
        <translation>Transmission Control Protocol</translation>
    </message>
    <message>
        <source>%1 → %2, %3</source>
        <translation>%1 → %2, %3</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>Quellport</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Sequenznummer</translation>
    </message>
    <message>
        <source>Acknowledgement number</source>
        <translation>Bestätigungsnummer</translation>
    </message>
    <message>
        <source>Header length</source>
        <translation>Kopflänge</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Urgent pointer</source>
        <translation>Urgent-Zeiger</translation>
    </message>
    <message>
        <source>End of options</source>
        <translation>Ende der Optionen</translation>
    </message>
    <message>
        <source>No operation</source>
        <translation>Keine Operation</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Maximum segment size</source>
        <translation>Maximale Segmentgröße</translation>
    </message>
    <message>
        <source>Window scale</source>
        <translation>Fensterskalierung</translation>
    </message>
    <message>
        <source>shift %1 (×%2)</source>
        <translation>Verschiebung %1 (×%2)</translation>
    </message>
    <message>
        <source>SACK permitted</source>
        <translation>SACK erlaubt</translation>
    </message>
    <message>
        <source>SACK</source>
        <translation>SACK</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>value %1, echo reply %2</source>
        <translation>Wert %1, Echo-Antwort %2</translation>
    </message>
    <message>
        <source>User Datagram Protocol</source>
        <translation>User Datagram Protocol</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>%1 bytes, the first %2 captured</source>
        <translation>%1 Bytes, die ersten %2 mitgeschnitten</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
</context>
<context>
    <name>PacketLayersView</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Select a packet to see its bytes</source>
        <translation>Ein Paket auswählen, um seine Bytes zu sehen</translation>
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
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Bytes</translation>
    </message>
    <message>
        <source>← in from %1 · %2 · #%3 at %4 s</source>
        <translation>← ein von %1 · %2 · #%3 bei %4 s</translation>
    </message>
    <message>
        <source>→ out to %1 · %2 · #%3 at %4 s</source>
        <translation>→ aus an %1 · %2 · #%3 bei %4 s</translation>
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
    <message>
        <source> · received %1 (blue), sent %2 (red)</source>
        <translation> · empfangen %1 (blau), gesendet %2 (rot)</translation>
    </message>
    <message>
        <source>An empty datagram: valid in UDP, it carries 0 bytes</source>
        <translation>Ein leeres Datagramm: in UDP gültig, es trägt 0 Bytes</translation>
    </message>
    <message>
        <source>1 datagram — %1</source>
        <translation>1 Datagramm — %1</translation>
    </message>
    <message>
        <source>%L1 datagrams, %2 — %3: each one a message of its own, its boundaries kept</source>
        <translation>%L1 Datagramme, %2 — %3: jedes eine eigene Nachricht, seine Grenzen bleiben erhalten</translation>
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
    <name>PcapngExporter</name>
    <message numerus="yes">
        <source>%n Unix socket connection(s) left out of the pcapng file (%1): pcapng has no link type for them; text, CSV and JSON Lines exports have their bytes.</source>
        <translation>
            <numerusform>%n Unix-Socket-Verbindung in der pcapng-Datei ausgelassen (%1): pcapng hat keinen Link-Typ dafür; die Exporte als Text, CSV und JSON Lines enthalten ihre Bytes.</numerusform>
            <numerusform>%n Unix-Socket-Verbindungen in der pcapng-Datei ausgelassen (%1): pcapng hat keinen Link-Typ dafür; die Exporte als Text, CSV und JSON Lines enthalten ihre Bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeerCredentials</name>
    <message>
        <source>pid %1, uid %2, gid %3</source>
        <translation>PID %1, UID %2, GID %3</translation>
    </message>
</context>
<context>
    <name>QObject</name>
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
    <message>
        <source>TCP (network)</source>
        <translation>TCP (Netzwerk)</translation>
    </message>
    <message>
        <source>Unix domain (this computer)</source>
        <translation>Unix-Domain (dieser Rechner)</translation>
    </message>
    <message>
        <source>A socket file path such as /tmp/lab.sock, or an abstract name such as @lab (Linux: no file, gone with the socket)</source>
        <translation>Ein Socket-Dateipfad wie /tmp/lab.sock oder ein abstrakter Name wie @lab (Linux: keine Datei, verschwindet mit dem Socket)</translation>
    </message>
    <message>
        <source>UDP (datagrams)</source>
        <translation>UDP (Datagramme)</translation>
    </message>
    <message>
        <source>TCP: an IP address and a port, reachable over the network. UDP: the same addresses, but datagrams: each keeps its boundaries, none is resent, and there is no connection to accept. Unix domain: a socket file (or an @abstract name) that only processes on this computer can reach; the file&apos;s permissions say who may connect.</source>
        <translation>TCP: eine IP-Adresse und ein Port, über das Netz erreichbar. UDP: dieselben Adressen, aber Datagramme: jedes behält seine Grenzen, keines wird wiederholt, und es gibt keine Verbindung anzunehmen. Unix-Domain: eine Socket-Datei (oder ein @abstrakter Name), die nur Prozesse auf diesem Computer erreichen; die Rechte der Datei bestimmen, wer sich verbinden darf.</translation>
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
        <translation>Sitzung aufzeichnen</translation>
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
    <name>RecoveryQuestion</name>
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
</context>
<context>
    <name>ReplyTemplate</name>
    <message>
        <source>&quot;${&quot; at position %1 is not closed by &quot;}&quot;</source>
        <translation>„${“ an Position %1 wird nicht mit „}“ geschlossen</translation>
    </message>
    <message>
        <source>unknown variable &quot;%1&quot; at position %2 (known: %3)</source>
        <translation>unbekannte Variable „%1“ an Position %2 (bekannt: %3)</translation>
    </message>
    <message>
        <source>unknown modifier &quot;%1&quot; at position %2 (known: upper, lower)</source>
        <translation>unbekannter Modifikator „%1“ an Position %2 (bekannt: upper, lower)</translation>
    </message>
</context>
<context>
    <name>ResponderDriver</name>
    <message>
        <source>responder %1: the saved rules answer from this request on</source>
        <translation>Responder %1: ab dieser Anfrage antworten die gespeicherten Regeln</translation>
    </message>
</context>
<context>
    <name>ResponderEditor</name>
    <message>
        <source>Responders</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Check the rules as loading does and save them as your own responder under the name above; listeners answering by it take them from their next connection or request</source>
        <translation>Die Regeln prüfen wie beim Laden und als eigenen Responder unter dem Namen oben speichern; Listener, die mit ihm antworten, übernehmen sie ab ihrer nächsten Verbindung oder Anfrage</translation>
    </message>
    <message>
        <source>Test the rules</source>
        <translation>Regeln testen</translation>
    </message>
    <message>
        <source>A shipped responder is a read-only template: your edits are saved as your own responder under the name below.</source>
        <translation>Ein mitgelieferter Responder ist eine schreibgeschützte Vorlage: Ihre Änderungen werden als eigener Responder unter dem Namen unten gespeichert.</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and &apos;-&apos;; the file is NAME.json in %1</source>
        <translation>Kleinbuchstaben, Ziffern und &apos;-&apos;; die Datei ist NAME.json in %1</translation>
    </message>
    <message>
        <source>per chunk (each read as it came)</source>
        <translation>pro Block (jedes read() wie es kam)</translation>
    </message>
    <message>
        <source>per line (LF or CRLF)</source>
        <translation>pro Zeile (LF oder CRLF)</translation>
    </message>
    <message>
        <source>Per chunk, a rule sees exactly what one read() returned: what the peer wrote in one send() may arrive split over two reads, or two writes in one read, since TCP is a byte stream. Per line, the bytes are collected up to each line feed and every line is matched without its LF or CRLF, the way line protocols such as SMTP or an HTTP request are read.</source>
        <translation>Pro Block sieht eine Regel genau das, was ein read() geliefert hat: was die Gegenseite mit einem send() schrieb, kann auf zwei reads verteilt ankommen, oder zwei Schreibvorgänge in einem read, denn TCP ist ein Bytestrom. Pro Zeile werden die Bytes bis zu jedem Zeilenvorschub gesammelt und jede Zeile ohne ihr LF oder CRLF verglichen, so wie Zeilenprotokolle wie SMTP oder eine HTTP-Anfrage gelesen werden.</translation>
    </message>
    <message>
        <source>Rules match case-insensitively unless they say otherwise</source>
        <translation>Regeln ignorieren Groß-/Kleinschreibung, wenn sie nichts anderes sagen</translation>
    </message>
    <message>
        <source>none: no rule names a state</source>
        <translation>keiner: keine Regel nennt einen Zustand</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern als</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Zerlegung</translation>
    </message>
    <message>
        <source>Initial state</source>
        <translation>Anfangszustand</translation>
    </message>
    <message>
        <source>Rules, in order: the first that matches answers</source>
        <translation>Regeln, der Reihe nach: die erste, die passt, antwortet</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>%1 (shipped)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (eigener)</translation>
    </message>
    <message>
        <source>Discard your changes to %1, not saved yet?</source>
        <translation>Ihre noch nicht gespeicherten Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as %1. Listeners answering by it take the saved rules from their next connection or request.</source>
        <translation>Gespeichert als %1. Listener, die mit ihm antworten, übernehmen die gespeicherten Regeln ab ihrer nächsten Verbindung oder Anfrage.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this responder of yours (its file); listeners answering by it keep its rules until they close</source>
        <translation>Diesen eigenen Responder löschen (seine Datei); Listener, die mit ihm antworten, behalten seine Regeln, bis sie geschlossen werden</translation>
    </message>
    <message>
        <source>Delete your responder %1? Its file %2 is removed; listeners answering by it keep its rules until they close.</source>
        <translation>Ihren Responder %1 löschen? Seine Datei %2 wird entfernt; Listener, die mit ihm antworten, behalten seine Regeln, bis sie geschlossen werden.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>ResponderEngine</name>
    <message>
        <source>responder %1: a line longer than %2 bytes is matched in pieces of %2 bytes</source>
        <translation>Responder %1: eine Zeile länger als %2 Bytes wird in Stücken von %2 Bytes verglichen</translation>
    </message>
    <message>
        <source>responder %1: rule &quot;%2&quot;: the regular expression gave up (it backtracks too much); taken as no match</source>
        <translation>Responder %1: Regel „%2“: der reguläre Ausdruck hat aufgegeben (zu viel Backtracking); gilt als kein Treffer</translation>
    </message>
    <message>
        <source>responder %1: rule &quot;%2&quot; answered</source>
        <translation>Responder %1: Regel „%2“ hat geantwortet</translation>
    </message>
    <message>
        <source>responder %1: rule &quot;%2&quot; answered (state %3 → %4)</source>
        <translation>Responder %1: Regel „%2“ hat geantwortet (Zustand %3 → %4)</translation>
    </message>
    <message>
        <source>; its reply was cut at %1 bytes</source>
        <translation>; ihre Antwort wurde bei %1 Bytes abgeschnitten</translation>
    </message>
    <message>
        <source>responder %1: rule &quot;%2&quot; cannot send the file %3: %4</source>
        <translation>Responder %1: Regel &quot;%2&quot; kann die Datei %3 nicht senden: %4</translation>
    </message>
    <message>
        <source>the responder was not read from a folder</source>
        <translation>der Responder wurde nicht aus einem Ordner gelesen</translation>
    </message>
    <message>
        <source>no file %1 in %2</source>
        <translation>keine Datei %1 in %2</translation>
    </message>
</context>
<context>
    <name>ResponderLoader</name>
    <message>
        <source>a responder needs at least one rule</source>
        <translation>ein Responder braucht mindestens eine Regel</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names two rules</source>
        <translation>„%1“ benennt zwei Regeln</translation>
    </message>
    <message>
        <source>unknown trigger &apos;%1&apos; (expected connect or data)</source>
        <translation>unbekannter Auslöser „%1“ (erwartet: connect oder data)</translation>
    </message>
    <message>
        <source>nothing can follow close or abort</source>
        <translation>auf close oder abort kann nichts folgen</translation>
    </message>
    <message>
        <source>a connect rule needs &quot;then&quot; or &quot;next&quot;</source>
        <translation>eine connect-Regel braucht „then“ oder „next“</translation>
    </message>
    <message>
        <source>a connect rule matches nothing: leave out match, text and hex</source>
        <translation>eine connect-Regel vergleicht nichts: match, text und hex weglassen</translation>
    </message>
    <message>
        <source>missing (any, exact, prefix, contains or regex)</source>
        <translation>fehlt (any, exact, prefix, contains oder regex)</translation>
    </message>
    <message>
        <source>unknown match &apos;%1&apos; (expected any, exact, prefix, contains or regex)</source>
        <translation>unbekannter Vergleich „%1“ (erwartet: any, exact, prefix, contains oder regex)</translation>
    </message>
    <message>
        <source>${bodyLength} needs a &quot;body&quot;</source>
        <translation>${bodyLength} braucht einen „body“</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>länger als %1 Bytes</translation>
    </message>
    <message>
        <source>expected true</source>
        <translation>erwartet: true</translation>
    </message>
    <message>
        <source>\%1 names a group, but only a regular expression has groups</source>
        <translation>\%1 benennt eine Gruppe, aber nur ein regulärer Ausdruck hat Gruppen</translation>
    </message>
    <message>
        <source>\%1 names a group the regular expression does not have (it has %2)</source>
        <translation>\%1 benennt eine Gruppe, die der reguläre Ausdruck nicht hat (er hat %2)</translation>
    </message>
    <message>
        <source>a body cannot contain its own length</source>
        <translation>ein body kann nicht seine eigene Länge enthalten</translation>
    </message>
    <message>
        <source>${input} is what arrived: a connect rule has none</source>
        <translation>${input} ist, was ankam: eine connect-Regel hat nichts davon</translation>
    </message>
    <message>
        <source>a state name uses letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter</source>
        <translation>ein Zustandsname besteht aus Buchstaben, Ziffern, „_“ und „-“ und beginnt mit einem Buchstaben</translation>
    </message>
    <message>
        <source>no rule is in state &apos;%1&apos;</source>
        <translation>keine Regel ist im Zustand „%1“</translation>
    </message>
    <message>
        <source>missing: the rules name states</source>
        <translation>fehlt: die Regeln nennen Zustände</translation>
    </message>
    <message>
        <source>name: &apos;%1&apos; differs from the file&apos;s name (expected &apos;%2&apos;)</source>
        <translation>name: „%1“ weicht vom Dateinamen ab (erwartet: „%2“)</translation>
    </message>
    <message>
        <source>an action has exactly one of reply, replyHex, wait, close, abort or sendFile</source>
        <translation>eine Aktion hat genau eines von reply, replyHex, wait, close, abort oder sendFile</translation>
    </message>
    <message>
        <source>a file name in the responder&apos;s folder (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; no path)</source>
        <translation>ein Dateiname im Ordner des Responders (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; kein Pfad)</translation>
    </message>
    <message>
        <source>%1: no such file, nor a shipped or own responder (there are: %2)</source>
        <translation>%1: keine solche Datei und kein mitgelieferter oder eigener Responder (vorhanden: %2)</translation>
    </message>
</context>
<context>
    <name>RuleFields</name>
    <message>
        <source>version %1 is not supported (this SocketLab reads version %2)</source>
        <translation>Version %1 wird nicht unterstützt (dieses SocketLab liest Version %2)</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and &apos;-&apos;</source>
        <translation>Kleinbuchstaben, Ziffern und „-“ verwenden</translation>
    </message>
    <message>
        <source>unknown framing &apos;%1&apos; (expected chunk or line)</source>
        <translation>unbekannte Einteilung „%1“ (erwartet: chunk oder line)</translation>
    </message>
    <message>
        <source>&quot;any&quot; matches everything: leave out text and hex</source>
        <translation>„any“ passt auf alles: text und hex weglassen</translation>
    </message>
    <message>
        <source>give exactly one of &quot;text&quot; or &quot;hex&quot;</source>
        <translation>genau eines von „text“ oder „hex“ angeben</translation>
    </message>
    <message>
        <source>a regular expression is text: use &quot;text&quot;</source>
        <translation>ein regulärer Ausdruck ist Text: „text“ verwenden</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation>kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>empty: it matches everything, say &quot;any&quot;</source>
        <translation>leer: das passt auf alles, „any“ schreiben</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>Unique in the responder; the log&apos;s note names the rule that answered</source>
        <translation>Eindeutig im Responder; die Notiz im Protokoll nennt die Regel, die geantwortet hat</translation>
    </message>
    <message>
        <source>on data that matches</source>
        <translation>bei Daten, die passen</translation>
    </message>
    <message>
        <source>on connect (a greeting)</source>
        <translation>beim Verbinden (eine Begrüßung)</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>genau</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>regular expression</source>
        <translation>regulärer Ausdruck</translation>
    </message>
    <message>
        <source>text (escapes \r \n \t \xNN)</source>
        <translation>Text (Escapes \r \n \t \xNN)</translation>
    </message>
    <message>
        <source>hex bytes</source>
        <translation>Hex-Bytes</translation>
    </message>
    <message>
        <source>Case-insensitive (ASCII letters)</source>
        <translation>Groß-/Kleinschreibung ignorieren (ASCII-Buchstaben)</translation>
    </message>
    <message>
        <source>every state</source>
        <translation>jeder Zustand</translation>
    </message>
    <message>
        <source>The rule applies only while the connection is in this state</source>
        <translation>Die Regel gilt nur, solange die Verbindung in diesem Zustand ist</translation>
    </message>
    <message>
        <source>stays in its state</source>
        <translation>bleibt in ihrem Zustand</translation>
    </message>
    <message>
        <source>After the rule answered, the connection moves to this state</source>
        <translation>Nachdem die Regel geantwortet hat, wechselt die Verbindung in diesen Zustand</translation>
    </message>
    <message>
        <source>every time</source>
        <translation>jedes Mal</translation>
    </message>
    <message>
        <source>once per connection</source>
        <translation>einmal pro Verbindung</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Pattern as</source>
        <translation>Muster als</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>Im Zustand</translation>
    </message>
    <message>
        <source>Moves to state</source>
        <translation>Wechselt in Zustand</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Aktion entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>reply text</source>
        <translation>Text antworten</translation>
    </message>
    <message>
        <source>reply hex bytes</source>
        <translation>Hex-Bytes antworten</translation>
    </message>
    <message>
        <source>send a file</source>
        <translation>eine Datei senden</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>warten</translation>
    </message>
    <message>
        <source>close (FIN)</source>
        <translation>schließen (FIN)</translation>
    </message>
    <message>
        <source>abort (RST)</source>
        <translation>abbrechen (RST)</translation>
    </message>
    <message>
        <source>Escapes \r \n \t \xNN; \1 … \9 a regular expression&apos;s group; variables ${name} ${peer} ${counter} ${time} ${received} ${input} ${bodyLength}</source>
        <translation>Escapes \r \n \t \xNN; \1 … \9 eine Gruppe des regulären Ausdrucks; Variablen ${name} ${peer} ${counter} ${time} ${received} ${input} ${bodyLength}</translation>
    </message>
    <message>
        <source>optional: sent after the reply; ${bodyLength} in the reply is its length</source>
        <translation>optional: wird nach der Antwort gesendet; ${bodyLength} in der Antwort ist seine Länge</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>reply: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>reply hex: %1</source>
        <translation>Antwort hex: %1</translation>
    </message>
    <message>
        <source>send the file %1</source>
        <translation>die Datei %1 senden</translation>
    </message>
    <message>
        <source>wait %1 ms</source>
        <translation>%1 ms warten</translation>
    </message>
    <message>
        <source> + body</source>
        <translation> + Rumpf</translation>
    </message>
    <message>
        <source>The name of a file in the responder&apos;s own folder (%1): its bytes are sent, at most 1 MiB</source>
        <translation>Der Name einer Datei im eigenen Ordner des Responders (%1): ihre Bytes werden gesendet, höchstens 1 MiB</translation>
    </message>
</context>
<context>
    <name>RuleTrial</name>
    <message>
        <source>What a peer sends, e.g. GET / HTTP/1.1 and an empty line</source>
        <translation>Was eine Gegenseite sendet, z. B. GET / HTTP/1.1 und eine leere Zeile</translation>
    </message>
    <message>
        <source>Each line ends with CRLF (\r\n)</source>
        <translation>Jede Zeile endet mit CRLF (\r\n)</translation>
    </message>
    <message>
        <source>Each line ends with LF (\n)</source>
        <translation>Jede Zeile endet mit LF (\n)</translation>
    </message>
    <message>
        <source>Exactly as typed (escapes only)</source>
        <translation>Genau wie getippt (nur Escapes)</translation>
    </message>
    <message>
        <source>A line break in the sample becomes these bytes, and so does the end of the last line: a line protocol answers only whole lines</source>
        <translation>Ein Zeilenumbruch in der Probe wird zu diesen Bytes, ebenso das Ende der letzten Zeile: ein Zeilenprotokoll antwortet nur auf ganze Zeilen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Run the rules on the sample as a new connection that sends it, without a socket</source>
        <translation>Die Regeln auf die Probe anwenden, als neue Verbindung, die sie sendet, ohne Socket</translation>
    </message>
    <message>
        <source>Which rule answers, and the exact bytes it sends</source>
        <translation>Welche Regel antwortet, und genau die Bytes, die sie sendet</translation>
    </message>
    <message>
        <source>Sample input (escapes \r \n \t \xNN):</source>
        <translation>Probe-Eingabe (Escapes \r \n \t \xNN):</translation>
    </message>
    <message>
        <source>What would happen:</source>
        <translation>Was geschehen würde:</translation>
    </message>
    <message>
        <source>Sample, line %1: %2</source>
        <translation>Probe, Zeile %1: %2</translation>
    </message>
    <message>
        <source>Cannot test: %1</source>
        <translation>Test nicht möglich: %1</translation>
    </message>
    <message>
        <source>sends (length %1):</source>
        <translation>sendet (Länge %1):</translation>
    </message>
    <message>
        <source>waits %1 ms</source>
        <translation>wartet %1 ms</translation>
    </message>
    <message>
        <source>closes the connection (FIN)</source>
        <translation>schließt die Verbindung (FIN)</translation>
    </message>
    <message>
        <source>aborts the connection (RST)</source>
        <translation>bricht die Verbindung ab (RST)</translation>
    </message>
    <message>
        <source>No rule answered (sample length %1).</source>
        <translation>Keine Regel hat geantwortet (Länge der Probe %1).</translation>
    </message>
    <message>
        <source>The connection is now in state %1.</source>
        <translation>Die Verbindung ist jetzt im Zustand %1.</translation>
    </message>
</context>
<context>
    <name>ScriptLoader</name>
    <message>
        <source>a script needs at least one step</source>
        <translation>ein Skript braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>nothing can follow close</source>
        <translation>auf close kann nichts folgen</translation>
    </message>
    <message>
        <source>a step has exactly one of send, sendHex, expect, wait or close</source>
        <translation>ein Schritt hat genau eines von send, sendHex, expect, wait oder close</translation>
    </message>
    <message>
        <source>expected true</source>
        <translation>erwartet: true</translation>
    </message>
    <message>
        <source>unknown match &apos;%1&apos; (expected any, exact, prefix, contains or regex)</source>
        <translation>unbekannter Vergleich &apos;%1&apos; (erwartet: any, exact, prefix, contains oder regex)</translation>
    </message>
    <message>
        <source>%1: no such file, nor a shipped script (there are: %2)</source>
        <translation>%1: keine solche Datei und kein mitgeliefertes Skript (es gibt: %2)</translation>
    </message>
</context>
<context>
    <name>ScriptRunner</name>
    <message>
        <source>nothing matched within %1 ms</source>
        <translation>innerhalb von %1 ms passte nichts</translation>
    </message>
    <message>
        <source>step %1 &quot;%2&quot;</source>
        <translation>Schritt %1 „%2“</translation>
    </message>
    <message>
        <source>step %1 (send)</source>
        <translation>Schritt %1 (senden)</translation>
    </message>
    <message>
        <source>step %1 (expect any)</source>
        <translation>Schritt %1 (beliebiges erwarten)</translation>
    </message>
    <message>
        <source>step %1 (expect %2 &quot;%3&quot;)</source>
        <translation>Schritt %1 (erwarten, %2 „%3“)</translation>
    </message>
    <message>
        <source>step %1 (wait %2 ms)</source>
        <translation>Schritt %1 (%2 ms warten)</translation>
    </message>
    <message>
        <source>step %1 (close)</source>
        <translation>Schritt %1 (schließen)</translation>
    </message>
    <message>
        <source>the connection ended before the script began</source>
        <translation>die Verbindung endete, bevor das Skript begann</translation>
    </message>
    <message>
        <source>the connection ended</source>
        <translation>die Verbindung endete</translation>
    </message>
    <message>
        <source>script %1 completed: all %2 steps done</source>
        <translation>Skript %1 vollständig: alle %2 Schritte erledigt</translation>
    </message>
    <message>
        <source>script %1 failed at %2: %3</source>
        <translation>Skript %1 scheiterte bei %2: %3</translation>
    </message>
    <message>
        <source>; received and not matched: %1</source>
        <translation>; empfangen und nicht erkannt: %1</translation>
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
        <source>Stop repeating</source>
        <translation>Wiederholen beenden</translation>
    </message>
    <message>
        <source>Cancel the repeats still to come on this connection</source>
        <translation>Die noch ausstehenden Wiederholungen auf dieser Verbindung abbrechen</translation>
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
    <message>
        <source>Close the listening socket and the connections it accepted</source>
        <translation>Den lauschenden Socket und die von ihm angenommenen Verbindungen schließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; failed: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; no longer listens on %2; its connections stay open.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; lauscht nicht mehr auf %2; seine Verbindungen bleiben offen.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>HOST:PORT, e.g. 127.0.0.1:5000</source>
        <translation>HOST:PORT, z. B. 127.0.0.1:5000</translation>
    </message>
    <message>
        <source>sendto(): where Send puts each datagram from this UDP socket</source>
        <translation>sendto(): wohin Senden jedes Datagramm dieses UDP-Sockets schickt</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>sendto() the peer of the selected datagram or peer row</source>
        <translation>sendto() an die Gegenstelle des ausgewählten Datagramms oder der ausgewählten Gegenstellenzeile</translation>
    </message>
    <message>
        <source>Send a file&apos;s contents as one datagram of up to %1 bytes</source>
        <translation>Den Inhalt einer Datei als ein Datagramm von höchstens %1 Bytes senden</translation>
    </message>
    <message>
        <source>Select a received datagram in the log or a peer row to reply to</source>
        <translation>Wählen Sie ein empfangenes Datagramm im Protokoll oder eine Gegenstellenzeile, um zu antworten</translation>
    </message>
    <message>
        <source>Not sent: %1 is %L2 bytes, and one UDP datagram carries at most %L3 bytes</source>
        <translation>Nicht gesendet: %1 hat %L2 Bytes, und ein UDP-Datagramm trägt höchstens %L3 Bytes</translation>
    </message>
    <message>
        <source>Datagrams from &lt;b&gt;%1&lt;/b&gt; %2 (%3) to the address in To; select a received datagram to reply</source>
        <translation>Datagramme von &lt;b&gt;%1&lt;/b&gt; %2 (%3) an die Adresse unter „An“; wählen Sie ein empfangenes Datagramm, um zu antworten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; stands for the peers beyond the cap: Send goes to the address in To</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; steht für die Gegenstellen über der Obergrenze: Senden geht an die Adresse unter „An“</translation>
    </message>
    <message>
        <source>Reply goes to the peer &lt;b&gt;%1&lt;/b&gt; %2; Send to the address in To</source>
        <translation>Antworten geht an die Gegenstelle &lt;b&gt;%1&lt;/b&gt; %2; Senden an die Adresse unter „An“</translation>
    </message>
    <message>
        <source>sendto(): one datagram to the address in To</source>
        <translation>sendto(): ein Datagramm an die Adresse unter „An“</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Text understands \r \n \t \\ \0 and \xNN; hex takes pairs like 48 65 6c 6c 6f; File takes the path of a file to send, of any size.</source>
        <translation>Text versteht \r \n \t \\ \0 und \xNN; Hex nimmt Paare wie 48 65 6c 6c 6f; Datei nimmt den Pfad einer zu sendenden Datei, beliebig groß.</translation>
    </message>
    <message>
        <source>Choose a file and send its contents, any size: read and written a chunk at a time, as fast as the peer reads</source>
        <translation>Eine Datei wählen und ihren Inhalt senden, beliebig groß: Stück für Stück gelesen und geschrieben, so schnell die Gegenseite liest</translation>
    </message>
    <message>
        <source>Stream a file&apos;s contents, any size, as fast as the peer reads them</source>
        <translation>Den Inhalt einer Datei streamen, beliebig groß, so schnell die Gegenseite ihn liest</translation>
    </message>
    <message>
        <source>Type the path of the file to send, or choose one with Send file…</source>
        <translation>Den Pfad der zu sendenden Datei eingeben oder eine mit Datei senden… wählen</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Keine solche Datei: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
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
        <translation>Aufzeichnen nach %1 nicht möglich: eine andere Sitzung zeichnet gerade dorthin auf</translation>
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
        <source>Save the session as</source>
        <translation>Sitzung speichern unter</translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation>Diagramm gespeichert unter %1</translation>
    </message>
    <message>
        <source>Could not write the chart to %1: %2</source>
        <translation>Konnte das Diagramm nicht nach %1 schreiben: %2</translation>
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
    <message>
        <source>not supported on this system</source>
        <translation>auf diesem System nicht unterstützt</translation>
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
    <message>
        <source>The file this session is recorded to: %1</source>
        <translation>Die Datei, in die diese Sitzung aufgezeichnet wird: %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 ein, %2 aus</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
</context>
<context>
    <name>StepOutcome</name>
    <message>
        <source>%1 listens on %2</source>
        <translation>%1 lauscht auf %2</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>%1 angenommen</translation>
    </message>
    <message>
        <source>accepted %1 from %2</source>
        <translation>%1 von %2 angenommen</translation>
    </message>
    <message>
        <source>%1 connected to %2</source>
        <translation>%1 mit %2 verbunden</translation>
    </message>
    <message>
        <source>%1 stopped listening</source>
        <translation>%1 lauscht nicht mehr</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 received %2</source>
        <translation>%1 hat %2 empfangen</translation>
    </message>
    <message>
        <source>%1 sent %2</source>
        <translation>%1 hat %2 gesendet</translation>
    </message>
    <message>
        <source>%1 received “%2” (%3 in all)</source>
        <translation>%1 hat „%2“ empfangen (%3 insgesamt)</translation>
    </message>
    <message>
        <source>%1 sent “%2” (%3 in all)</source>
        <translation>%1 hat „%2“ gesendet (%3 insgesamt)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1 received a message of %2 bytes from %3</source>
        <translation>%1 hat eine Nachricht von %2 Bytes von %3 empfangen</translation>
    </message>
</context>
<context>
    <name>StreamExport</name>
    <message>
        <source>no connection named %1: the session has no connections</source>
        <translation>keine Verbindung namens %1: die Sitzung hat keine Verbindungen</translation>
    </message>
    <message>
        <source>no connection named %1: the session has %2</source>
        <translation>keine Verbindung namens %1: die Sitzung hat %2</translation>
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
    <message>
        <source>the peer closed the connection (FIN or RST: not known, no descriptor was spare to keep the socket&apos;s state)</source>
        <translation>die Gegenseite hat die Verbindung geschlossen (FIN oder RST: unbekannt, kein Deskriptor war frei, um den Zustand des Sockets zu halten)</translation>
    </message>
    <message>
        <source>setsockopt(TCP_MAXSEG, %1) before connect(): segments of at most %1 bytes, and the SYN announces MSS %1</source>
        <translation>setsockopt(TCP_MAXSEG, %1) vor connect(): Segmente von höchstens %1 Bytes, und das SYN kündigt MSS %1 an</translation>
    </message>
    <message>
        <source>setsockopt(TCP_MAXSEG, %1) failed: %2</source>
        <translation>setsockopt(TCP_MAXSEG, %1) fehlgeschlagen: %2</translation>
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
    <name>TcpListener</name>
    <message>
        <source> (ports below 1024 need administrator rights; pick a port from 1024 up, or 0)</source>
        <translation> (Ports unter 1024 brauchen Administratorrechte; einen Port ab 1024 wählen, oder 0)</translation>
    </message>
    <message>
        <source>socket(), bind(%1), listen(backlog %2)</source>
        <translation>socket(), bind(%1), listen(Backlog %2)</translation>
    </message>
</context>
<context>
    <name>TcpListeningSocket</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>Cannot draw the PDF</source>
        <translation>Das PDF kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Cannot encode the PNG image</source>
        <translation>Das PNG-Bild kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>%1 GiB/s</source>
        <translation>%1 GiB/s</translation>
    </message>
    <message>
        <source>%1 MiB/s</source>
        <translation>%1 MiB/s</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>Packets/s</source>
        <translation>Pakete/s</translation>
    </message>
    <message>
        <source>Also show the captured packets per second, on the right-hand axis</source>
        <translation>Auch die mitgeschnittenen Pakete pro Sekunde zeigen, auf der rechten Achse</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Pakete ein</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Pakete aus</translation>
    </message>
</context>
<context>
    <name>UdpConnection</name>
    <message>
        <source>Host %1 not found: %2</source>
        <translation>Host %1 nicht gefunden: %2</translation>
    </message>
    <message>
        <source>not connected: the name did not resolve</source>
        <translation>nicht verbunden: der Name ließ sich nicht auflösen</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>the datagram recorded as sent just before was not sent: %1</source>
        <translation>das eben als gesendet aufgezeichnete Datagramm wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>close(); final tally: %1 datagrams recorded + %2 dropped by the kernel = %3 reached the socket</source>
        <translation>close(); Endstand: %1 Datagramme aufgezeichnet + %2 vom Kernel verworfen = %3 erreichten den Socket</translation>
    </message>
    <message>
        <source>close()</source>
        <translation>close()</translation>
    </message>
    <message>
        <source>not sent: %1 bytes is more than one UDP datagram carries (%2 bytes over %3): %4</source>
        <translation>nicht gesendet: %1 Bytes sind mehr, als ein UDP-Datagramm trägt (%2 Bytes über %3): %4</translation>
    </message>
</context>
<context>
    <name>UdpDestination</name>
    <message>
        <source>Type where to send: HOST:PORT, e.g. 127.0.0.1:5000 or [::1]:5000</source>
        <translation>Geben Sie das Ziel ein: HOST:PORT, z. B. 127.0.0.1:5000 oder [::1]:5000</translation>
    </message>
    <message>
        <source>%1 is a name: type its IP address (a datagram is sent without a name lookup)</source>
        <translation>%1 ist ein Name: Geben Sie seine IP-Adresse ein (ein Datagramm wird ohne Namensauflösung gesendet)</translation>
    </message>
    <message>
        <source>Port 0 is no destination: type the port the peer listens on</source>
        <translation>Port 0 ist kein Ziel: Geben Sie den Port ein, an dem die Gegenstelle empfängt</translation>
    </message>
</context>
<context>
    <name>UdpEndpoint</name>
    <message>
        <source>%1 datagrams dropped by the kernel: receive buffer full</source>
        <translation>%1 Datagramme vom Kernel verworfen: Empfangspuffer voll</translation>
    </message>
    <message>
        <source>socket(SOCK_DGRAM), bind(%1)</source>
        <translation>socket(SOCK_DGRAM), bind(%1)</translation>
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
        <source>the datagram recorded as sent just before was not sent: %1</source>
        <translation>das eben als gesendet aufgezeichnete Datagramm wurde nicht gesendet: %1</translation>
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
        <source>not sent: %1 bytes is more than one UDP datagram carries (%2 bytes over %3): %4</source>
        <translation>nicht gesendet: %1 Bytes sind mehr, als ein UDP-Datagramm trägt (%2 Bytes über %3): %4</translation>
    </message>
    <message>
        <source>setsockopt(IPV6_MULTICAST_HOPS, %1): datagrams to groups cross at most %1 router(s)</source>
        <translation>setsockopt(IPV6_MULTICAST_HOPS, %1): Datagramme an Gruppen passieren höchstens %1 Router</translation>
    </message>
    <message>
        <source>setsockopt(IP_MULTICAST_TTL, %1): datagrams to groups cross at most %1 router(s)</source>
        <translation>setsockopt(IP_MULTICAST_TTL, %1): Datagramme an Gruppen passieren höchstens %1 Router</translation>
    </message>
    <message>
        <source>multicast loopback on: this host&apos;s own members of a group get what this socket sends to it</source>
        <translation>Multicast-Loopback an: die eigenen Mitglieder einer Gruppe auf diesem Rechner bekommen, was dieser Socket an sie sendet</translation>
    </message>
    <message>
        <source>multicast loopback off: this host&apos;s own members of a group do not get what this socket sends to it</source>
        <translation>Multicast-Loopback aus: die eigenen Mitglieder einer Gruppe auf diesem Rechner bekommen nicht, was dieser Socket an sie sendet</translation>
    </message>
    <message>
        <source>joined multicast group %1</source>
        <translation>Multicast-Gruppe %1 beigetreten</translation>
    </message>
    <message>
        <source>%1: a UDP peer has no connection to end; nothing is sent</source>
        <translation>%1: eine UDP-Gegenstelle hat keine Verbindung, die enden könnte; nichts wird gesendet</translation>
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
    <name>UdpKernelReader</name>
    <message>
        <source>sock_diag: %1</source>
        <translation>sock_diag: %1</translation>
    </message>
    <message>
        <source>getsockname(): %1</source>
        <translation>getsockname(): %1</translation>
    </message>
    <message>
        <source>fstat(): %1</source>
        <translation>fstat(): %1</translation>
    </message>
    <message>
        <source>sock_diag does not list this socket</source>
        <translation>sock_diag führt diesen Socket nicht auf</translation>
    </message>
    <message>
        <source>not available on this platform</source>
        <translation>auf dieser Plattform nicht verfügbar</translation>
    </message>
    <message>
        <source>Bound: %1</source>
        <translation>Gebunden: %1</translation>
    </message>
    <message>
        <source>Connected to: %1 (only its datagrams arrive)</source>
        <translation>Verbunden mit: %1 (nur seine Datagramme kommen an)</translation>
    </message>
    <message>
        <source>Connected to: — (not connected: datagrams from anyone arrive)</source>
        <translation>Verbunden mit: — (nicht verbunden: Datagramme von allen kommen an)</translation>
    </message>
    <message>
        <source>Buffers: send %1 / receive %2 (SO_SNDBUF / SO_RCVBUF, as the kernel doubled them)</source>
        <translation>Puffer: Senden %1 / Empfangen %2 (SO_SNDBUF / SO_RCVBUF, wie der Kernel sie verdoppelt hat)</translation>
    </message>
    <message>
        <source>Queues: send %1 / receive %2 (bytes the kernel holds, its bookkeeping included)</source>
        <translation>Warteschlangen: Senden %1 / Empfangen %2 (Bytes, die der Kernel hält, seine Verwaltung eingeschlossen)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Dropped by the kernel (receive buffer full): %1 (sock_diag), %2 (/proc/net/udp)</source>
        <translation>Vom Kernel verworfen (Empfangspuffer voll): %1 (sock_diag), %2 (/proc/net/udp)</translation>
    </message>
</context>
<context>
    <name>UdpListener</name>
    <message>
        <source>no session to record into</source>
        <translation>keine Sitzung zum Aufzeichnen</translation>
    </message>
</context>
<context>
    <name>UdpPinger</name>
    <message>
        <source>ping %1: no reply within %2 s: counted as lost</source>
        <translation>Ping %1: keine Antwort innerhalb von %2 s: als verloren gezählt</translation>
    </message>
    <message>
        <source>%1 pings: %2 answered, %3 lost (%4 %)</source>
        <translation>%1 Pings: %2 beantwortet, %3 verloren (%4 %)</translation>
    </message>
    <message>
        <source>; no reply, so no round-trip time</source>
        <translation>; keine Antwort, also keine Umlaufzeit</translation>
    </message>
    <message>
        <source>; RTT min/avg/max %1/%2/%3 ms</source>
        <translation>; RTT min/Mittel/max %1/%2/%3 ms</translation>
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
    <name>UnixConnection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (nothing listens on this abstract name)</source>
        <translation> (niemand lauscht auf diesem abstrakten Namen)</translation>
    </message>
    <message>
        <source> (the socket file exists, but no program listens on it any more)</source>
        <translation> (die Socket-Datei existiert, aber kein Programm lauscht mehr darauf)</translation>
    </message>
    <message>
        <source> (no socket file at this path: is the server running?)</source>
        <translation> (keine Socket-Datei unter diesem Pfad: läuft der Server?)</translation>
    </message>
    <message>
        <source> (the socket file&apos;s permissions, or a directory on its path, do not let this user in)</source>
        <translation> (die Rechte der Socket-Datei oder eines Verzeichnisses auf dem Pfad lassen diesen Benutzer nicht zu)</translation>
    </message>
    <message>
        <source> (the listener&apos;s backlog is full: it does not accept fast enough)</source>
        <translation> (der Backlog des lauschenden Sockets ist voll: er nimmt nicht schnell genug an)</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>konnte nicht verbinden</translation>
    </message>
    <message>
        <source>send(): %1</source>
        <translation>send(): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n queued byte(s) not sent: the peer has closed its end</source>
        <translation>
            <numerusform>%n wartendes Byte nicht gesendet: das Gegenüber hat sein Ende geschlossen</numerusform>
            <numerusform>%n wartende Bytes nicht gesendet: das Gegenüber hat sein Ende geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>closed: the peer closed its end</source>
        <translation>geschlossen: das Gegenüber hat sein Ende geschlossen</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>geschlossen: %1</translation>
    </message>
    <message>
        <source>closed by us after the peer&apos;s end of stream</source>
        <translation>von uns geschlossen, nach dem Stream-Ende des Gegenübers</translation>
    </message>
    <message>
        <source>closed by us</source>
        <translation>von uns geschlossen</translation>
    </message>
    <message>
        <source>Connection reset by peer: it closed with bytes it had not read</source>
        <translation>Verbindung vom Gegenüber zurückgesetzt: es hat mit ungelesenen Bytes geschlossen</translation>
    </message>
    <message>
        <source>recv(): %1</source>
        <translation>recv(): %1</translation>
    </message>
    <message>
        <source>reset by the peer (it closed with unread data)</source>
        <translation>vom Gegenüber zurückgesetzt (es hat mit ungelesenen Daten geschlossen)</translation>
    </message>
    <message>
        <source>read() returned 0: the peer ended its stream and will send no more; this end can still send</source>
        <translation>read() lieferte 0: das Gegenüber hat seinen Stream beendet und sendet nichts mehr; dieses Ende kann noch senden</translation>
    </message>
    <message>
        <source>peer closed the connection (end of stream)</source>
        <translation>Gegenüber hat die Verbindung geschlossen (Stream-Ende)</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): the end of stream follows the %1 queued bytes; this end still reads</source>
        <translation>shutdown(SHUT_WR): das Stream-Ende folgt nach den %1 wartenden Bytes; dieses Ende liest weiter</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): end of stream sent; this end still reads</source>
        <translation>shutdown(SHUT_WR): Stream-Ende gesendet; dieses Ende liest weiter</translation>
    </message>
    <message>
        <source>connection attempt cancelled</source>
        <translation>Verbindungsversuch abgebrochen</translation>
    </message>
    <message>
        <source>close(): the end of stream follows the %1 queued bytes</source>
        <translation>close(): das Stream-Ende folgt nach den %1 wartenden Bytes</translation>
    </message>
    <message>
        <source>close(): end of stream sent</source>
        <translation>close(): Stream-Ende gesendet</translation>
    </message>
    <message numerus="yes">
        <source>aborted: %n unsent byte(s) discarded (a Unix socket has no RST: the peer reads the end of the stream)</source>
        <translation>
            <numerusform>abgebrochen: %n ungesendetes Byte verworfen (ein Unix-Socket hat kein RST: das Gegenüber liest das Stream-Ende)</numerusform>
            <numerusform>abgebrochen: %n ungesendete Bytes verworfen (ein Unix-Socket hat kein RST: das Gegenüber liest das Stream-Ende)</numerusform>
        </translation>
    </message>
    <message>
        <source>aborted (a Unix socket has no RST: the peer reads the end of the stream)</source>
        <translation>abgebrochen (ein Unix-Socket hat kein RST: das Gegenüber liest das Stream-Ende)</translation>
    </message>
</context>
<context>
    <name>UnixKernelReader</name>
    <message>
        <source>sock_diag: %1</source>
        <translation>sock_diag: %1</translation>
    </message>
    <message>
        <source>fstat: %1</source>
        <translation>fstat: %1</translation>
    </message>
    <message>
        <source>sock_diag gave no answer for this socket</source>
        <translation>sock_diag gab keine Antwort zu diesem Socket</translation>
    </message>
    <message>
        <source>not available on this platform</source>
        <translation>auf dieser Plattform nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>UnixListener</name>
    <message>
        <source>%1 is a directory; a socket needs a file name of its own</source>
        <translation>%1 ist ein Verzeichnis; ein Socket braucht einen eigenen Dateinamen</translation>
    </message>
    <message>
        <source>%1 is a regular file, not a socket: SocketLab does not overwrite it</source>
        <translation>%1 ist eine gewöhnliche Datei, kein Socket: SocketLab überschreibt sie nicht</translation>
    </message>
    <message>
        <source>%1 exists and is not a socket file</source>
        <translation>%1 existiert und ist keine Socket-Datei</translation>
    </message>
    <message>
        <source>%1 is in use: another program listens on this socket</source>
        <translation>%1 ist belegt: ein anderes Programm lauscht auf diesem Socket</translation>
    </message>
    <message>
        <source>%1 is a socket file that cannot be checked: %2</source>
        <translation>%1 ist eine Socket-Datei, die sich nicht prüfen lässt: %2</translation>
    </message>
    <message>
        <source>%1 is a stale socket file that cannot be removed: %2</source>
        <translation>%1 ist eine verwaiste Socket-Datei, die sich nicht entfernen lässt: %2</translation>
    </message>
    <message>
        <source>unlink(%1): removed a stale socket file; nothing listened on it (connect() was refused)</source>
        <translation>unlink(%1): verwaiste Socket-Datei entfernt; niemand lauschte darauf (connect() wurde abgewiesen)</translation>
    </message>
    <message>
        <source>socket(AF_UNIX): %1</source>
        <translation>socket(AF_UNIX): %1</translation>
    </message>
    <message>
        <source> (the directory %1 does not exist)</source>
        <translation> (das Verzeichnis %1 existiert nicht)</translation>
    </message>
    <message>
        <source> (this user may not create files in %1)</source>
        <translation> (dieser Benutzer darf in %1 keine Dateien anlegen)</translation>
    </message>
    <message>
        <source> (another socket has this abstract name)</source>
        <translation> (ein anderer Socket hat diesen abstrakten Namen)</translation>
    </message>
    <message>
        <source> (a file appeared at this path)</source>
        <translation> (unter diesem Pfad ist eine Datei aufgetaucht)</translation>
    </message>
    <message>
        <source>listen(): %1</source>
        <translation>listen(): %1</translation>
    </message>
    <message>
        <source>unlink(%1): the socket file is removed</source>
        <translation>unlink(%1): die Socket-Datei ist entfernt</translation>
    </message>
    <message>
        <source>accept() works again: descriptors are free</source>
        <translation>accept() funktioniert wieder: Deskriptoren sind frei</translation>
    </message>
    <message>
        <source>accept(): %1; waiting connections stay in the backlog</source>
        <translation>accept(): %1; wartende Verbindungen bleiben im Backlog</translation>
    </message>
    <message>
        <source>socket(AF_UNIX), bind(%1), listen(backlog %2)</source>
        <translation>socket(AF_UNIX), bind(%1), listen(Backlog %2)</translation>
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
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <source>Close every socket and start a new session with an empty log; this one stays recorded</source>
        <translation>Alle Sockets schließen und eine neue Sitzung mit leerem Protokoll beginnen; diese bleibt aufgezeichnet</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Classroom la&amp;yout</source>
        <translation>An&amp;ordnung im Unterricht</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Mitschnitt</translation>
    </message>
    <message>
        <source>&amp;Responders…</source>
        <translation>&amp;Responder…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Edit responders: rules that answer a listener&apos;s connections; test them on sample input and save your own</source>
        <translation>Responder bearbeiten: Regeln, die die Verbindungen eines Listeners beantworten; an einer Probe testen und eigene speichern</translation>
    </message>
</context>
<context>
    <name>WireCapture</name>
    <message>
        <source>dumpcap, Wireshark&apos;s capture helper, is not installed (looked in %1).</source>
        <translation>dumpcap, das Mitschnitt-Hilfsprogramm von Wireshark, ist nicht installiert (gesucht in %1).</translation>
    </message>
    <message>
        <source>To let SocketLab show the packets: sudo dpkg-reconfigure wireshark-common (answer Yes), sudo usermod -aG wireshark $USER, then log out and in again.</source>
        <translation>Damit SocketLab die Pakete zeigen kann: sudo dpkg-reconfigure wireshark-common (mit Ja antworten), sudo usermod -aG wireshark $USER, dann ab- und wieder anmelden.</translation>
    </message>
    <message>
        <source>Packets are not captured: %1
%2</source>
        <translation>Pakete werden nicht mitgeschnitten: %1
%2</translation>
    </message>
    <message>
        <source>dumpcap did not start capturing within %1 s.</source>
        <translation>dumpcap hat nicht innerhalb von %1 s mit dem Mitschnitt begonnen.</translation>
    </message>
    <message>
        <source>The capture stopped: %1</source>
        <translation>Der Mitschnitt hat aufgehört: %1</translation>
    </message>
    <message>
        <source>A later connection uses the same addresses and ports as %1 (closed; the port was reused after TIME_WAIT): its packets are not recorded as %1&apos;s.</source>
        <translation>Eine spätere Verbindung benutzt dieselben Adressen und Ports wie %1 (geschlossen; der Port wurde nach TIME_WAIT wiederverwendet): ihre Pakete werden nicht als die von %1 aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>WirePacketModel</name>
    <message>
        <source>IPv4, TTL %1, ID 0x%2</source>
        <translation>IPv4, TTL %1, Kennung 0x%2</translation>
    </message>
    <message>
        <source>IPv6, hop limit %1</source>
        <translation>IPv6, Hop-Limit %1</translation>
    </message>
    <message>
        <source>→ out</source>
        <translation>→ aus</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← ein</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>%1 ×?</source>
        <translation>%1 ×?</translation>
    </message>
    <message>
        <source>The window as sent: its scale is announced in the SYNs, which the capture did not see.</source>
        <translation>Das Fenster wie gesendet: seine Skalierung steht in den SYNs, die der Mitschnitt nicht gesehen hat.</translation>
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
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>Ack</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
</context>
<context>
    <name>WirePane</name>
    <message>
        <source>&amp;All connections</source>
        <translation>&amp;Alle Verbindungen</translation>
    </message>
    <message>
        <source>Show the packets of every connection, not only the selected one</source>
        <translation>Die Pakete aller Verbindungen zeigen, nicht nur die der ausgewählten</translation>
    </message>
    <message>
        <source>Packets are not recorded. Capture ▸ Record packets shows here the real TCP segments of SocketLab&apos;s sockets, beside what the application read and wrote.</source>
        <translation>Pakete werden nicht aufgezeichnet. Mitschnitt ▸ Pakete aufzeichnen zeigt hier die echten TCP-Segmente der Sockets von SocketLab, neben dem, was die Anwendung gelesen und geschrieben hat.</translation>
    </message>
    <message>
        <source>This session was recorded without capturing packets.</source>
        <translation>Diese Sitzung wurde ohne Paketmitschnitt aufgezeichnet.</translation>
    </message>
    <message>
        <source>No packets captured yet.</source>
        <translation>Noch keine Pakete mitgeschnitten.</translation>
    </message>
    <message>
        <source>No packets of this connection captured yet.</source>
        <translation>Noch keine Pakete dieser Verbindung mitgeschnitten.</translation>
    </message>
    <message>
        <source>dumpcap: %1 captured, %2 dropped; %3 SocketLab&apos;s</source>
        <translation>dumpcap: %1 mitgeschnitten, %2 verworfen; %3 von SocketLab</translation>
    </message>
</context>
<context>
    <name>WirePrinter</name>
    <message>
        <source>capture: %1 packets captured by dumpcap, %2 dropped, %3 recorded as SocketLab&apos;s</source>
        <translation>Mitschnitt: %1 Pakete von dumpcap mitgeschnitten, %2 verworfen, %3 als die von SocketLab aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>%1: this is not an open UDP socket</source>
        <translation>%1: dies ist kein offener UDP-Socket</translation>
    </message>
</context>
<context>
    <name>lesson:byte-stream</name>
    <message>
        <source>A byte stream, not messages</source>
        <translation>Ein Bytestrom, keine Nachrichten</translation>
    </message>
    <message>
        <source>Three writes do not make three reads: TCP delivers a stream of bytes, so the application must frame its messages.</source>
        <translation>Drei Schreibvorgänge ergeben nicht drei Lesevorgänge: TCP liefert einen Strom von Bytes, also muss die Anwendung ihre Nachrichten selbst abgrenzen.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Lauschen</translation>
    </message>
    <message>
        <source>A server listens on {server.endpoint}, as in the first lesson.</source>
        <translation>Ein Server lauscht auf {server.endpoint}, wie in der ersten Lektion.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>The client connects to {server.endpoint}; the server accepts {accepted.name}.</source>
        <translation>Der Client verbindet sich mit {server.endpoint}; der Server nimmt {accepted.name} an.</translation>
    </message>
    <message>
        <source>The server is busy</source>
        <translation>Der Server ist beschäftigt</translation>
    </message>
    <message>
        <source>The server stops calling read() for a moment, as a busy server would. Whatever arrives now waits in the kernel&apos;s receive buffer of {accepted.name}.</source>
        <translation>Der Server ruft für einen Moment read() nicht auf, wie ein beschäftigter Server. Was jetzt ankommt, wartet im Empfangspuffer des Kernels von {accepted.name}.</translation>
    </message>
    <message>
        <source>&apos;reading-paused&apos; on {accepted.name}.</source>
        <translation>&apos;Lesen pausiert&apos; bei {accepted.name}.</translation>
    </message>
    <message>
        <source>Three writes</source>
        <translation>Drei Schreibvorgänge</translation>
    </message>
    <message>
        <source>The client writes &quot;one&quot;, &quot;two&quot; and &quot;three&quot;: three write() calls, three &apos;→ out&apos; rows.</source>
        <translation>Der Client schreibt &quot;one&quot;, &quot;two&quot; und &quot;three&quot;: drei write()-Aufrufe, drei &apos;→ aus&apos;-Zeilen.</translation>
    </message>
    <message>
        <source>Three &apos;sent&apos; rows on {client.name}: 3, 3 and 5 bytes.</source>
        <translation>Drei &apos;gesendet&apos;-Zeilen bei {client.name}: 3, 3 und 5 Bytes.</translation>
    </message>
    <message>
        <source>One read</source>
        <translation>Ein Lesevorgang</translation>
    </message>
    <message>
        <source>The server reads again. The receive buffer holds 11 bytes with no trace of where one write ended and the next began, so read() returns them together: &quot;onetwothree&quot; ({accepted.reads} read so far). TCP keeps the order of the bytes, never the boundaries of the writes.</source>
        <translation>Der Server liest wieder. Der Empfangspuffer hält 11 Bytes, ohne Spur davon, wo ein Schreibvorgang endete und der nächste begann, also liefert read() sie zusammen: &quot;onetwothree&quot; (bisher {accepted.reads} Lesevorgänge). TCP erhält die Reihenfolge der Bytes, nie die Grenzen der Schreibvorgänge.</translation>
    </message>
    <message>
        <source>Select the &apos;← in&apos; rows of {accepted.name}: the packet view shows the stream and where each read() ended.</source>
        <translation>Die &apos;← ein&apos;-Zeilen von {accepted.name} auswählen: die Paketansicht zeigt den Strom und wo jedes read() endete.</translation>
    </message>
    <message>
        <source>Nagle off: TCP_NODELAY</source>
        <translation>Nagle aus: TCP_NODELAY</translation>
    </message>
    <message>
        <source>With Nagle&apos;s algorithm (the default) a small write waits while earlier data is not yet acknowledged, so small writes get merged on the wire. TCP_NODELAY turns that off: each write leaves at once. The client writes &quot;four&quot;, &quot;five&quot;, &quot;six&quot; with TCP_NODELAY on, and the server reading at full speed: how many reads it takes depends on timing, not on the writes. Only the bytes are guaranteed.</source>
        <translation>Mit dem Nagle-Algorithmus (der Voreinstellung) wartet ein kleiner Schreibvorgang, solange frühere Daten noch nicht bestätigt sind, also werden kleine Schreibvorgänge auf der Leitung zusammengefasst. TCP_NODELAY schaltet das ab: jeder Schreibvorgang geht sofort hinaus. Der Client schreibt &quot;four&quot;, &quot;five&quot;, &quot;six&quot; mit TCP_NODELAY an, und der Server liest mit voller Geschwindigkeit: wie viele Lesevorgänge es braucht, hängt vom Timing ab, nicht von den Schreibvorgängen. Garantiert sind nur die Bytes.</translation>
    </message>
    <message>
        <source>The note &apos;setsockopt(TCP_NODELAY, 1)&apos; on {client.name}, then the &apos;← in&apos; rows of {accepted.name}: {accepted.reads} reads so far.</source>
        <translation>Der Hinweis &apos;setsockopt(TCP_NODELAY, 1)&apos; bei {client.name}, dann die &apos;← ein&apos;-Zeilen von {accepted.name}: bisher {accepted.reads} Lesevorgänge.</translation>
    </message>
    <message>
        <source>Frame your messages</source>
        <translation>Nachrichten abgrenzen</translation>
    </message>
    <message>
        <source>So a protocol must say where a message ends: a delimiter (a newline, as in HTTP headers, SMTP and chat), or a length before each message. Nagle back on, the client sends &quot;alpha\nbeta\n&quot;: however the reads split it, a reader that collects bytes up to each newline finds exactly two messages.</source>
        <translation>Ein Protokoll muss also sagen, wo eine Nachricht endet: ein Trennzeichen (ein Zeilenumbruch, wie in HTTP-Kopfzeilen, SMTP und Chat) oder eine Länge vor jeder Nachricht. Mit Nagle wieder an sendet der Client &quot;alpha\nbeta\n&quot;: wie auch immer die Lesevorgänge es aufteilen, ein Leser, der Bytes bis zu jedem Zeilenumbruch sammelt, findet genau zwei Nachrichten.</translation>
    </message>
    <message>
        <source>The &apos;← in&apos; rows of {accepted.name} and the newlines (\n) in the preview.</source>
        <translation>Die &apos;← ein&apos;-Zeilen von {accepted.name} und die Zeilenumbrüche (\n) in der Spalte Inhalt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The client closes: close() sends FIN. The server&apos;s read() returns 0, the end of the stream, and SocketLab closes {accepted.name} in turn (its FIN goes back). The server also stops listening: the listening socket closes, which does not touch connections already accepted.</source>
        <translation>Der Client schließt: close() sendet FIN. Das read() des Servers liefert 0, das Ende des Datenstroms, und SocketLab schließt daraufhin {accepted.name} (sein FIN geht zurück). Der Server hört außerdem auf zu lauschen: der lauschende Socket schließt, was bereits angenommene Verbindungen nicht berührt.</translation>
    </message>
    <message>
        <source>{client.name}: &apos;closing&apos; (FIN sent). {accepted.name}: &apos;closed&apos;, peer closed the connection (FIN): the end of the stream. {server.name}: &apos;listen-stopped&apos;.</source>
        <translation>{client.name}: &apos;schließt&apos; (FIN gesendet). {accepted.name}: &apos;geschlossen&apos;, Gegenseite hat die Verbindung geschlossen (FIN): das Ende des Datenstroms. {server.name}: &apos;Lauschen beendet&apos;.</translation>
    </message>
</context>
<context>
    <name>lesson:datagrams</name>
    <message>
        <source>Datagrams keep their boundaries</source>
        <translation>Datagramme behalten ihre Grenzen</translation>
    </message>
    <message>
        <source>Three sendto() calls make three datagrams, and three recvfrom() calls return exactly those: UDP keeps the boundaries that a TCP stream loses.</source>
        <translation>Drei Aufrufe von sendto() ergeben drei Datagramme, und drei Aufrufe von recvfrom() liefern genau diese: UDP behält die Grenzen, die ein TCP-Strom verliert.</translation>
    </message>
    <message>
        <source>A socket for datagrams</source>
        <translation>Ein Socket für Datagramme</translation>
    </message>
    <message>
        <source>A UDP socket is bound to {receiver.endpoint}. There is no listen() and no accept(): one socket receives the datagrams of every peer, each with the sender&apos;s address.</source>
        <translation>Ein UDP-Socket wird an {receiver.endpoint} gebunden. Es gibt kein listen() und kein accept(): Ein Socket empfängt die Datagramme aller Gegenstellen, jedes mit der Adresse seines Absenders.</translation>
    </message>
    <message>
        <source>The receiver is busy</source>
        <translation>Der Empfänger ist beschäftigt</translation>
    </message>
    <message>
        <source>The receiver stops calling recvfrom() for a moment, as in lesson 3. Whatever arrives now waits in the kernel&apos;s receive buffer of {receiver.name}.</source>
        <translation>Der Empfänger ruft eine Weile kein recvfrom() auf, wie in Lektion 3. Was jetzt ankommt, wartet im Empfangspuffer des Kernels von {receiver.name}.</translation>
    </message>
    <message>
        <source>&apos;reading-paused&apos; on {receiver.name}.</source>
        <translation>„reading-paused“ bei {receiver.name}.</translation>
    </message>
    <message>
        <source>Three datagrams</source>
        <translation>Drei Datagramme</translation>
    </message>
    <message>
        <source>A second UDP socket sends &quot;one&quot;, &quot;two&quot; and &quot;three&quot; to {receiver.endpoint}: three sendto() calls, three datagrams of 3, 3 and 5 bytes. Each leaves as one packet with its own UDP header and length.</source>
        <translation>Ein zweiter UDP-Socket sendet „one“, „two“ und „three“ an {receiver.endpoint}: drei Aufrufe von sendto(), drei Datagramme mit 3, 3 und 5 Bytes. Jedes geht als ein Paket hinaus, mit eigenem UDP-Kopf und eigener Länge.</translation>
    </message>
    <message>
        <source>Three &apos;sent&apos; rows under {sender.name}&apos;s peer row: 3, 3 and 5 bytes.</source>
        <translation>Drei „sent“-Zeilen unter der Gegenstellenzeile von {sender.name}: 3, 3 und 5 Bytes.</translation>
    </message>
    <message>
        <source>Three receives</source>
        <translation>Drei Empfänge</translation>
    </message>
    <message>
        <source>Select the three &apos;← in&apos; rows of {receiver.name}: the packet view shows three separate datagrams, each with its own header line.</source>
        <translation>Wählen Sie die drei „← ein“-Zeilen von {receiver.name}: Die Paketansicht zeigt drei getrennte Datagramme, jedes mit eigener Kopfzeile.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Both sockets close. UDP sends nothing when a socket closes: there was no connection to end, so the peer rows simply end with their socket.</source>
        <translation>Beide Sockets schließen. UDP sendet beim Schließen nichts: Es gab keine Verbindung zu beenden, also enden die Gegenstellenzeilen einfach mit ihrem Socket.</translation>
    </message>
    <message>
        <source>The receiver reads again: the same 11 bytes as in lesson 3, but as three datagrams, and each recvfrom() returns one: 3, 3 and 5 bytes ({receiver.reads} read so far). TCP gave them back as one read of 11; UDP keeps every boundary, but each message must fit in a datagram.</source>
        <translation>Der Empfänger liest wieder: dieselben 11 Bytes wie in Lektion 3, aber als drei Datagramme, und jedes recvfrom() liefert eines: 3, 3 und 5 Bytes (bisher {receiver.reads} gelesen). TCP gab sie als einen Lesevorgang von 11 Bytes zurück; UDP erhält jede Grenze, aber jede Nachricht muss in ein Datagramm passen.</translation>
    </message>
</context>
<context>
    <name>lesson:email-by-hand</name>
    <message>
        <source>Email by hand</source>
        <translation>E-Mail von Hand</translation>
    </message>
    <message>
        <source>A mail server</source>
        <translation>Ein Mailserver</translation>
    </message>
    <message>
        <source>A mail server listens on {server.endpoint} (real ones use port 25 or 587). SocketLab&apos;s smtp responder answers like one: every line a mail client sends gets a reply that starts with a three-digit code.</source>
        <translation>Ein Mailserver lauscht auf {server.endpoint} (echte nutzen Port 25 oder 587). Der smtp-Responder von SocketLab antwortet wie einer: Jede Zeile, die ein Mail-Client sendet, bekommt eine Antwort, die mit einem dreistelligen Code beginnt.</translation>
    </message>
    <message>
        <source>The server speaks first</source>
        <translation>Der Server spricht zuerst</translation>
    </message>
    <message>
        <source>You are the mail client now: {client.name} connects, and the server accepts {mailbox.name}. In SMTP the server speaks first: 220 means it is ready. (In HTTP the client asks first.)</source>
        <translation>Jetzt sind Sie der Mail-Client: {client.name} verbindet sich, und der Server nimmt {mailbox.name} an. Bei SMTP spricht der Server zuerst: 220 heißt, er ist bereit. (Bei HTTP fragt der Client zuerst.)</translation>
    </message>
    <message>
        <source>The &apos;← in&apos; row of {client.name}: 220 and the server&apos;s greeting.</source>
        <translation>Die &apos;← ein&apos;-Zeile von {client.name}: 220 und die Begrüßung des Servers.</translation>
    </message>
    <message>
        <source>Say hello</source>
        <translation>Hallo sagen</translation>
    </message>
    <message>
        <source>Select {client.name}, choose the line ending CRLF (\r\n) and send HELO lab.example: every SMTP command is a line ending in \r\n. 250 means done.</source>
        <translation>Wählen Sie {client.name}, wählen Sie das Zeilenende CRLF (\r\n) und senden Sie HELO lab.example: Jeder SMTP-Befehl ist eine Zeile, die auf \r\n endet. 250 heißt erledigt.</translation>
    </message>
    <message>
        <source>The reply &apos;250 socketlab greets lab.example&apos; on {client.name}.</source>
        <translation>Die Antwort &apos;250 socketlab greets lab.example&apos; bei {client.name}.</translation>
    </message>
    <message>
        <source>The envelope</source>
        <translation>Der Umschlag</translation>
    </message>
    <message>
        <source>MAIL FROM:&lt;alice@lab.example&gt; and RCPT TO:&lt;bob@lab.example&gt; are the envelope: who sends, who receives. Each is answered with 250. The envelope, not the To: line inside the message, decides where a mail goes.</source>
        <translation>MAIL FROM:&lt;alice@lab.example&gt; und RCPT TO:&lt;bob@lab.example&gt; sind der Umschlag: wer sendet, wer empfängt. Beide werden mit 250 beantwortet. Der Umschlag, nicht die To:-Zeile in der Nachricht, entscheidet, wohin eine Mail geht.</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Die Nachricht</translation>
    </message>
    <message>
        <source>DATA (answered with 354), then the message itself: its headers, an empty line, the body, and a line with a lone &apos;.&apos; to end it. The server got every line of it on {mailbox.name}.</source>
        <translation>DATA (beantwortet mit 354), dann die Nachricht selbst: ihre Kopfzeilen, eine leere Zeile, der Text und eine Zeile mit einem einzelnen &apos;.&apos; als Ende. Der Server hat jede Zeile davon auf {mailbox.name} bekommen.</translation>
    </message>
    <message>
        <source>The &apos;← in&apos; rows of {mailbox.name}: Subject, the empty line, the body and the dot; then &apos;250 … message accepted&apos; on {client.name}.</source>
        <translation>Die &apos;← ein&apos;-Zeilen von {mailbox.name}: Subject, die leere Zeile, der Text und der Punkt; dann &apos;250 … message accepted&apos; bei {client.name}.</translation>
    </message>
    <message>
        <source>Say goodbye</source>
        <translation>Auf Wiedersehen sagen</translation>
    </message>
    <message>
        <source>E-mail is text over a TCP socket too: be the mail client of an SMTP server, line by line, and read each reply&apos;s code; then let a real mail client deliver, and find its headers and body in the log.</source>
        <translation>Auch E-Mail ist Text über einen TCP-Socket: Seien Sie der Mail-Client eines SMTP-Servers, Zeile für Zeile, und lesen Sie den Code jeder Antwort; dann stellt ein echter Mail-Client zu, und Sie finden Header und Rumpf seiner Nachricht im Log.</translation>
    </message>
    <message>
        <source>QUIT: the server answers 221 and closes, and {client.name} closes too. The server still listens, for the next mail client.</source>
        <translation>QUIT: Der Server antwortet 221 und schließt, und {client.name} schließt auch. Der Server lauscht weiter, für den nächsten Mail-Client.</translation>
    </message>
    <message>
        <source>A real mail client delivers</source>
        <translation>Ein echter Mail-Client stellt zu</translation>
    </message>
    <message>
        <source>The &apos;accepted&apos; row of {delivery.name}: the mail client&apos;s address and port; then its &apos;← in&apos; rows: EHLO, MAIL FROM, RCPT TO, DATA, the message.</source>
        <translation>Die &apos;accepted&apos;-Zeile von {delivery.name}: Adresse und Port des Mail-Clients; dann ihre &apos;← ein&apos;-Zeilen: EHLO, MAIL FROM, RCPT TO, DATA, die Nachricht.</translation>
    </message>
    <message>
        <source>Headers and body</source>
        <translation>Header und Rumpf</translation>
    </message>
    <message>
        <source>The selected rows of {delivery.name} in the log and the packet view: the Subject line, the empty line after the last header, then the body.</source>
        <translation>Die ausgewählten Zeilen von {delivery.name} im Log und die Paketansicht: die Subject-Zeile, die leere Zeile nach dem letzten Header, dann der Rumpf.</translation>
    </message>
    <message>
        <source>The &apos;← in&apos; rows of {delivery.name} are selected in the log, and the packet view shows them as one text: what the mail client sent. First the commands you typed; after DATA the message itself, selected there. It starts with header lines, each &apos;Name: value&apos; (Subject:, From:, To:, Date:…). The first empty line ends them: \r\n\r\n, a line end right after another. The body follows, up to the lone &apos;.&apos;. The server never looked inside: it answered 250.</source>
        <translation>Die &apos;← ein&apos;-Zeilen von {delivery.name} sind im Log ausgewählt, und die Paketansicht zeigt sie als einen Text: was der Mail-Client sandte. Erst Ihre Befehle; nach DATA die Nachricht selbst, dort ausgewählt. Sie beginnt mit Kopfzeilen, je &apos;Name: Wert&apos; (Subject:, From:, To:, Date:…). Die erste leere Zeile beendet sie: \r\n\r\n, ein Zeilenende direkt nach einem anderen. Dann folgt der Rumpf bis zum einzelnen &apos;.&apos;. Der Server sah nie hinein: Er antwortete 250.</translation>
    </message>
    <message>
        <source>A real mail client delivers to this server. With curl:
printf &apos;Subject: hello\r\n\r\nHi Bob, from curl.\r\n&apos; | curl smtp://{server.endpoint} --mail-from alice@lab.example --mail-rcpt bob@lab.example -T -
or Python&apos;s smtplib:
python3 -c &quot;import smtplib; s = smtplib.SMTP(&apos;{server.address}&apos;, {server.port}); s.sendmail(&apos;alice@lab.example&apos;, [&apos;bob@lab.example&apos;], &apos;Subject: hello\r\n\r\nHi Bob, from Python.\r\n&apos;); s.quit()&quot;
Or Do it: {mailer.name} runs the script smtp-send. Done when a whole message arrives on {delivery.name}.</source>
        <translation>Ein echter Mail-Client stellt diesem Server zu. Mit curl:
printf &apos;Subject: hello\r\n\r\nHi Bob, from curl.\r\n&apos; | curl smtp://{server.endpoint} --mail-from alice@lab.example --mail-rcpt bob@lab.example -T -
oder Pythons smtplib:
python3 -c &quot;import smtplib; s = smtplib.SMTP(&apos;{server.address}&apos;, {server.port}); s.sendmail(&apos;alice@lab.example&apos;, [&apos;bob@lab.example&apos;], &apos;Subject: hello\r\n\r\nHi Bob, from Python.\r\n&apos;); s.quit()&quot;
Oder Ausführen: {mailer.name} führt das Skript smtp-send aus. Erledigt, wenn eine ganze Nachricht auf {delivery.name} ankommt.</translation>
    </message>
</context>
<context>
    <name>lesson:file-transfer</name>
    <message>
        <source>File transfer</source>
        <translation>Dateiübertragung</translation>
    </message>
    <message>
        <source>A client sends a 4 MiB file: the server reads it in many chunks of varying size, a length in front tells it where the file ends, and both ends&apos; SHA-256 agree.</source>
        <translation>Ein Client sendet eine 4-MiB-Datei: Der Server liest sie in vielen Stücken unterschiedlicher Größe, eine vorangestellte Länge sagt ihm, wo die Datei endet, und der SHA-256 beider Enden stimmt überein.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Lauschen</translation>
    </message>
    <message>
        <source>The server that will receive the file listens on {server.endpoint}.</source>
        <translation>Der Server, der die Datei empfangen wird, lauscht auf {server.endpoint}.</translation>
    </message>
    <message>
        <source>The log row &apos;listening&apos; for {server.name}.</source>
        <translation>Die Log-Zeile &apos;lauscht&apos; für {server.name}.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>The client connects; the server accepts {accepted.name}, the socket the file will arrive on.</source>
        <translation>Der Client verbindet sich; der Server nimmt {accepted.name} an, den Socket, auf dem die Datei ankommen wird.</translation>
    </message>
    <message>
        <source>&apos;connected&apos; on {client.name} and &apos;accepted&apos; on {accepted.name}.</source>
        <translation>&apos;verbunden&apos; bei {client.name} und &apos;angenommen&apos; bei {accepted.name}.</translation>
    </message>
    <message>
        <source>Send the file, its length first</source>
        <translation>Die Datei senden, zuerst ihre Länge</translation>
    </message>
    <message>
        <source>TCP carries bytes, not files: nothing in the stream says where a file ends. So the client first sends the file&apos;s length, 4194304, as 8 bytes (00 00 00 00 00 40 00 00), then the file itself, read from the disk 256 KiB at a time and written as fast as the server reads (the send panel&apos;s File mode does the same with any file). The server reads the 8 bytes, then exactly that many more: the file ends there, even if more data follows on the same connection.</source>
        <translation>TCP trägt Bytes, keine Dateien: Nichts im Datenstrom sagt, wo eine Datei endet. Also sendet der Client zuerst die Länge der Datei, 4194304, als 8 Bytes (00 00 00 00 00 40 00 00), dann die Datei selbst, je 256 KiB von der Platte gelesen und so schnell geschrieben, wie der Server liest (der Datei-Modus des Sendebereichs tut dasselbe mit jeder Datei). Der Server liest die 8 Bytes, dann genau so viele weitere: Dort endet die Datei, auch wenn auf derselben Verbindung weitere Daten folgen.</translation>
    </message>
    <message>
        <source>The &apos;← in&apos; rows of {accepted.name}: {accepted.reads} reads so far, of different lengths: the writes of 256 KiB arrive cut and joined as the kernel delivers them. The first 8 bytes of the first read are the length.</source>
        <translation>Die &apos;← ein&apos;-Zeilen von {accepted.name}: bisher {accepted.reads} Lesevorgänge unterschiedlicher Länge: Die Schreibvorgänge von 256 KiB kommen zerteilt und zusammengefügt an, wie der Kernel sie liefert. Die ersten 8 Bytes des ersten Lesevorgangs sind die Länge.</translation>
    </message>
    <message>
        <source>The same bytes at both ends</source>
        <translation>Dieselben Bytes an beiden Enden</translation>
    </message>
    <message>
        <source>Did the file arrive whole? Select {accepted.name} and click SHA-256… in the connection info pane, then {client.name}: what the server received has the same SHA-256 as what the client sent, so not one byte was lost, repeated or changed. Save received… writes the received bytes to a file (the 8-byte length, then the file), to check with sha256sum.</source>
        <translation>Ist die Datei vollständig angekommen? Wählen Sie {accepted.name} und klicken Sie im Bereich mit den Verbindungsinfos auf SHA-256…, dann {client.name}: Was der Server empfangen hat, hat denselben SHA-256 wie das, was der Client gesendet hat, also ging kein einziges Byte verloren, wurde wiederholt oder verändert. Empfangenes speichern… schreibt die empfangenen Bytes in eine Datei (die 8-Byte-Länge, dann die Datei), zum Prüfen mit sha256sum.</translation>
    </message>
    <message>
        <source>The connection info pane: &apos;SHA-256 received&apos; of {accepted.name} equals &apos;SHA-256 sent&apos; of {client.name}.</source>
        <translation>Der Bereich mit den Verbindungsinfos: &apos;SHA-256 empfangen&apos; von {accepted.name} gleicht &apos;SHA-256 gesendet&apos; von {client.name}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>The client closes: its FIN follows the file&apos;s last byte, and the server closes too.</source>
        <translation>Der Client schließt: Sein FIN folgt dem letzten Byte der Datei, und der Server schließt ebenfalls.</translation>
    </message>
    <message>
        <source>&apos;closing&apos; on {client.name}, then &apos;closed&apos; on {accepted.name}.</source>
        <translation>&apos;schließt&apos; bei {client.name}, dann &apos;geschlossen&apos; bei {accepted.name}.</translation>
    </message>
</context>
<context>
    <name>lesson:flow-control</name>
    <message>
        <source>Flow control</source>
        <translation>Flusskontrolle</translation>
    </message>
    <message>
        <source>A receiver that stops reading stops the sender too: its receive window closes, the sender&apos;s throughput falls to zero, and recovers when reading resumes.</source>
        <translation>Ein Empfänger, der nicht mehr liest, bremst auch den Sender: sein Empfangsfenster schließt sich, der Durchsatz des Senders fällt auf null und erholt sich, sobald wieder gelesen wird.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Lauschen</translation>
    </message>
    <message>
        <source>A server listens on {server.endpoint}.</source>
        <translation>Ein Server lauscht auf {server.endpoint}.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>The sender connects; the server accepts the receiver, {receiver.name}.</source>
        <translation>Der Sender verbindet sich; der Server nimmt den Empfänger an, {receiver.name}.</translation>
    </message>
    <message>
        <source>The receiver stops reading</source>
        <translation>Der Empfänger hört auf zu lesen</translation>
    </message>
    <message>
        <source>The receiving application stops calling read(). Arriving bytes pile up in its kernel&apos;s receive buffer; as it fills, the receive window that the receiver advertises in every ACK shrinks.</source>
        <translation>Die empfangende Anwendung ruft read() nicht mehr auf. Ankommende Bytes stauen sich im Empfangspuffer ihres Kernels; während er sich füllt, schrumpft das Empfangsfenster, das der Empfänger in jedem ACK ankündigt.</translation>
    </message>
    <message>
        <source>&apos;reading-paused&apos; on {receiver.name}.</source>
        <translation>&apos;Lesen pausiert&apos; bei {receiver.name}.</translation>
    </message>
    <message>
        <source>Send as fast as possible</source>
        <translation>So schnell wie möglich senden</translation>
    </message>
    <message>
        <source>The throughput chart: &apos;sent&apos; climbs, then drops to zero; the &apos;send-blocked&apos; row on {sender.name}.</source>
        <translation>Das Durchsatzdiagramm: &apos;gesendet&apos; steigt, dann fällt es auf null; die Zeile &apos;Senden blockiert&apos; bei {sender.name}.</translation>
    </message>
    <message>
        <source>Resume reading</source>
        <translation>Wieder lesen</translation>
    </message>
    <message>
        <source>The receiver reads again. Its buffer drains, its window opens, the sender&apos;s kernel sends what it held and write() is possible again: the chart recovers.</source>
        <translation>Der Empfänger liest wieder. Sein Puffer leert sich, sein Fenster öffnet sich, der Kernel des Senders sendet, was er zurückgehalten hat, und write() ist wieder möglich: das Diagramm erholt sich.</translation>
    </message>
    <message>
        <source>&apos;reading-resumed&apos; on {receiver.name}, &apos;send-resumed&apos; on {sender.name}, and both curves back up on the chart.</source>
        <translation>&apos;Lesen fortgesetzt&apos; bei {receiver.name}, &apos;Senden fortgesetzt&apos; bei {sender.name}, und beide Kurven steigen im Diagramm wieder.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Aufhören</translation>
    </message>
    <message>
        <source>The sender stops repeating and closes: close() sends FIN after the bytes still queued. The receiver reads everything that was still on its way ({receiver.bytesIn} bytes in all), then read() returns 0, the end of the stream, and SocketLab closes {receiver.name} in turn. The server stops listening; that does not touch the accepted connection.</source>
        <translation>Der Sender hört auf zu wiederholen und schließt: close() sendet FIN nach den Bytes, die noch warten. Der Empfänger liest alles, was noch unterwegs war (insgesamt {receiver.bytesIn} Bytes), dann liefert read() 0, das Ende des Datenstroms, und SocketLab schließt daraufhin {receiver.name}. Der Server hört auf zu lauschen; das berührt die angenommene Verbindung nicht.</translation>
    </message>
    <message>
        <source>{sender.name}: &apos;closing&apos;. {receiver.name}: the last &apos;← in&apos; rows, then &apos;closed&apos;, peer closed the connection (FIN). {server.name}: &apos;listen-stopped&apos;.</source>
        <translation>{sender.name}: &apos;schließt&apos;. {receiver.name}: die letzten &apos;← ein&apos;-Zeilen, dann &apos;geschlossen&apos;, Gegenseite hat die Verbindung geschlossen (FIN). {server.name}: &apos;Lauschen beendet&apos;.</translation>
    </message>
    <message>
        <source>The sender writes 8 KiB blocks, one every millisecond. First the buffers absorb them (several MB on loopback, as the kernel grows them); then the receive window is zero, the sender&apos;s kernel buffer is full, and write() would block: SocketLab stops writing, and the sent rate on the chart falls to zero. (While the kernel is still growing its buffers you may see &apos;send-blocked&apos; and &apos;send-resumed&apos; alternate for a moment.)</source>
        <translation>Der Sender schreibt Blöcke von 8 KiB, einen pro Millisekunde. Zuerst nehmen die Puffer sie auf (auf Loopback mehrere MB, da der Kernel sie vergrößert); dann ist das Empfangsfenster null, der Kernelpuffer des Senders voll, und write() würde blockieren: SocketLab hört auf zu schreiben, und die Senderate im Diagramm fällt auf null. (Solange der Kernel seine Puffer noch vergrößert, wechseln &apos;Senden blockiert&apos; und &apos;Senden fortgesetzt&apos; vielleicht kurz hin und her.)</translation>
    </message>
    <message>
        <source>The window {receiver.name} announces in its ACKs shrinks as its buffer fills, down to 0: a zero window. The sender then sends only zero-window probes, small ACKs every now and then that ask whether the window opened, and each is answered with window 0 again.</source>
        <translation>Das Fenster, das {receiver.name} in seinen ACKs ankündigt, schrumpft, während sich sein Puffer füllt, bis auf 0: ein Nullfenster. Der Sender schickt dann nur noch Nullfenster-Proben, ab und zu kleine ACKs, die fragen, ob sich das Fenster geöffnet hat, und jede wird wieder mit Fenster 0 beantwortet.</translation>
    </message>
</context>
<context>
    <name>lesson:half-close</name>
    <message>
        <source>Half-close and reset</source>
        <translation>Halb schließen und zurücksetzen</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR) ends one direction only: the peer can keep talking. An abort ends both at once with RST: the peer sees &apos;connection reset&apos;.</source>
        <translation>shutdown(SHUT_WR) beendet nur eine Richtung: die Gegenseite kann weiterreden. Ein Abbruch beendet beide auf einmal mit RST: die Gegenseite sieht &apos;Verbindung zurückgesetzt&apos;.</translation>
    </message>
    <message>
        <source>A server that stays open</source>
        <translation>Ein Server, der offen bleibt</translation>
    </message>
    <message>
        <source>The server on {server.endpoint} keeps each connection open after the peer&apos;s FIN, so it can go on writing: a half-open connection (the kernel&apos;s CLOSE_WAIT state).</source>
        <translation>Der Server auf {server.endpoint} hält jede Verbindung nach dem FIN der Gegenseite offen, damit er weiterschreiben kann: eine halb offene Verbindung (der Kernel-Zustand CLOSE_WAIT).</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>A client connects; the server accepts {accepted.name}.</source>
        <translation>Ein Client verbindet sich; der Server nimmt {accepted.name} an.</translation>
    </message>
    <message>
        <source>Ask, then shutdown(SHUT_WR)</source>
        <translation>Fragen, dann shutdown(SHUT_WR)</translation>
    </message>
    <message>
        <source>The client sends its question, then calls shutdown(SHUT_WR): its kernel sends FIN, &apos;I will send nothing more&apos;, but the socket still reads. The server&apos;s read() returns 0 (end of stream) while its own direction stays open.</source>
        <translation>Der Client sendet seine Frage und ruft dann shutdown(SHUT_WR) auf: sein Kernel sendet FIN, &apos;ich sende nichts mehr&apos;, aber der Socket liest weiter. Das read() des Servers liefert 0 (Ende des Datenstroms), während seine eigene Richtung offen bleibt.</translation>
    </message>
    <message>
        <source>&apos;closing: shutdown(SHUT_WR)&apos; on {client.name}, then &apos;end-of-stream&apos; on {accepted.name}, whose state is &apos;peer sent FIN&apos;.</source>
        <translation>&apos;schließt: shutdown(SHUT_WR)&apos; bei {client.name}, dann &apos;Ende des Datenstroms&apos; bei {accepted.name}, dessen Zustand &apos;Gegenseite hat FIN gesendet&apos; ist.</translation>
    </message>
    <message>
        <source>The peer keeps talking</source>
        <translation>Die Gegenseite redet weiter</translation>
    </message>
    <message>
        <source>Knowing the question is complete, the server answers on {accepted.name}. The data flows the other way after the FIN: the client, which shut down only its writing side, reads it.</source>
        <translation>Da die Frage vollständig ist, antwortet der Server auf {accepted.name}. Die Daten fließen nach dem FIN in die andere Richtung: der Client, der nur seine Schreibseite beendet hat, liest sie.</translation>
    </message>
    <message>
        <source>&apos;→ out&apos; on {accepted.name} after its &apos;end-of-stream&apos;, &apos;← in&apos; on {client.name} after its &apos;closing&apos;.</source>
        <translation>&apos;→ aus&apos; bei {accepted.name} nach seinem &apos;Ende des Datenstroms&apos;, &apos;← ein&apos; bei {client.name} nach seinem &apos;schließt&apos;.</translation>
    </message>
    <message>
        <source>Now the server closes</source>
        <translation>Jetzt schließt der Server</translation>
    </message>
    <message>
        <source>The server closes its socket: its FIN goes out, the client reads the end of the stream, and both ends are closed. Four segments ended this conversation: FIN and ACK in each direction.</source>
        <translation>Der Server schließt seinen Socket: sein FIN geht hinaus, der Client liest das Ende des Datenstroms, und beide Enden sind geschlossen. Vier Segmente haben dieses Gespräch beendet: FIN und ACK in jeder Richtung.</translation>
    </message>
    <message>
        <source>Another connection</source>
        <translation>Eine weitere Verbindung</translation>
    </message>
    <message>
        <source>A second client connects; the server accepts {accepted2.name}.</source>
        <translation>Ein zweiter Client verbindet sich; der Server nimmt {accepted2.name} an.</translation>
    </message>
    <message>
        <source>Abort: RST</source>
        <translation>Abbruch: RST</translation>
    </message>
    <message>
        <source>This time the server aborts {accepted2.name} (close() with SO_LINGER set to 0): the kernel discards anything unsent and sends RST instead of FIN. There is no orderly goodbye: the client&apos;s next read fails with &apos;connection reset by peer&apos;.</source>
        <translation>Diesmal bricht der Server {accepted2.name} ab (close() mit SO_LINGER auf 0): der Kernel verwirft alles noch nicht Gesendete und sendet RST statt FIN. Es gibt keinen geordneten Abschied: das nächste Lesen des Clients scheitert mit &apos;Verbindung von der Gegenseite zurückgesetzt&apos;.</translation>
    </message>
    <message>
        <source>&apos;closed: aborted: RST sent&apos; on {accepted2.name} and the &apos;error&apos; row on {client2.name}: Connection reset by peer.</source>
        <translation>&apos;geschlossen: abgebrochen: RST gesendet&apos; bei {accepted2.name} und die Zeile &apos;Fehler&apos; bei {client2.name}: Verbindung von der Gegenseite zurückgesetzt.</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Aufhören zu lauschen</translation>
    </message>
    <message>
        <source>Done: close the listener.</source>
        <translation>Fertig: den lauschenden Socket schließen.</translation>
    </message>
    <message>
        <source>The question in one segment, then {client.name}&apos;s FIN, which the server acknowledges: and nothing more from the server yet, its direction is still open.</source>
        <translation>Die Frage in einem Segment, dann das FIN von {client.name}, das der Server bestätigt: und vom Server noch nichts weiter, seine Richtung ist noch offen.</translation>
    </message>
    <message>
        <source>One RST from the server to {client2.name}, and no FIN at all: the connection is gone at once, and the client&apos;s kernel does not answer a RST.</source>
        <translation>Ein RST vom Server an {client2.name}, und überhaupt kein FIN: die Verbindung ist sofort weg, und der Kernel des Clients antwortet auf ein RST nicht.</translation>
    </message>
</context>
<context>
    <name>lesson:hello</name>
    <message>
        <source>Hello, socket</source>
        <translation>Hallo, Socket</translation>
    </message>
    <message>
        <source>A server listens, a client connects, the server accepts: one message there and back, then a clean close.</source>
        <translation>Ein Server lauscht, ein Client verbindet sich, der Server nimmt an: eine Nachricht hin und zurück, dann ein sauberes Schließen.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Lauschen</translation>
    </message>
    <message>
        <source>A server creates a socket, binds it to an address and a port so that others know where to find it, and starts listening. The server socket is listening on {server.endpoint}: an IP address plus a port, one end of a future link.</source>
        <translation>Ein Server erzeugt einen Socket, bindet ihn an eine Adresse und einen Port, damit andere ihn finden, und beginnt zu lauschen. Der Server-Socket lauscht auf {server.endpoint}: eine IP-Adresse plus ein Port, ein Ende einer künftigen Verbindung.</translation>
    </message>
    <message>
        <source>The log row &apos;listening&apos; for {server.name}, and {server.name} in the socket tree.</source>
        <translation>Die Log-Zeile &apos;lauscht&apos; für {server.name}, und {server.name} im Socket-Baum.</translation>
    </message>
    <message>
        <source>Connect, accept</source>
        <translation>Verbinden, annehmen</translation>
    </message>
    <message>
        <source>The client creates its own socket and connects to {server.endpoint}. The two kernels exchange the three-way handshake (SYN, SYN-ACK, ACK); then accept() on the listening socket returns a NEW socket, {accepted.name}, for this one conversation. The listener keeps listening for the next client.</source>
        <translation>Der Client erzeugt seinen eigenen Socket und verbindet sich mit {server.endpoint}. Die beiden Kernel tauschen den Drei-Wege-Handshake aus (SYN, SYN-ACK, ACK); dann liefert accept() auf dem lauschenden Socket einen NEUEN Socket, {accepted.name}, für genau dieses Gespräch. Der lauschende Socket lauscht weiter auf den nächsten Client.</translation>
    </message>
    <message>
        <source>The rows &apos;connecting&apos;, &apos;connected&apos; and &apos;accepted&apos;: the client&apos;s port {client.port} is the peer of {accepted.name}.</source>
        <translation>Die Zeilen &apos;verbindet&apos;, &apos;verbunden&apos; und &apos;angenommen&apos;: der Port des Clients {client.port} ist die Gegenseite von {accepted.name}.</translation>
    </message>
    <message>
        <source>Send hello</source>
        <translation>Hallo senden</translation>
    </message>
    <message>
        <source>The client writes the bytes &quot;hello&quot; and a newline to its socket. The kernel sends them; on the server side they wait in {accepted.name}&apos;s receive buffer until the application reads them.</source>
        <translation>Der Client schreibt die Bytes &quot;hello&quot; und einen Zeilenumbruch in seinen Socket. Der Kernel sendet sie; auf der Serverseite warten sie im Empfangspuffer von {accepted.name}, bis die Anwendung sie liest.</translation>
    </message>
    <message>
        <source>A &apos;→ out&apos; row on {client.name} and a &apos;← in&apos; row on {accepted.name}; select one to see its bytes in the packet view.</source>
        <translation>Eine &apos;→ aus&apos;-Zeile bei {client.name} und eine &apos;← ein&apos;-Zeile bei {accepted.name}; eine davon auswählen, um ihre Bytes in der Paketansicht zu sehen.</translation>
    </message>
    <message>
        <source>Echo it back</source>
        <translation>Als Echo zurücksenden</translation>
    </message>
    <message>
        <source>A connection carries bytes both ways. The server writes the same bytes back on {accepted.name} (select it and send &quot;hello&quot; with a newline, or press Do it); the client reads them.</source>
        <translation>Eine Verbindung trägt Bytes in beide Richtungen. Der Server schreibt dieselben Bytes auf {accepted.name} zurück (ihn auswählen und &quot;hello&quot; mit Zeilenumbruch senden, oder Ausführen drücken); der Client liest sie.</translation>
    </message>
    <message>
        <source>The &apos;← in&apos; row on {client.name}: the same 6 bytes came back.</source>
        <translation>Die &apos;← ein&apos;-Zeile bei {client.name}: dieselben 6 Bytes sind zurückgekommen.</translation>
    </message>
    <message>
        <source>Close (FIN)</source>
        <translation>Schließen (FIN)</translation>
    </message>
    <message>
        <source>The client closes its socket: its kernel sends FIN, &apos;no more data from me&apos;. The server reads the end of the stream (read() returns 0) and closes its side too, sending its own FIN. Both ends are now closed.</source>
        <translation>Der Client schließt seinen Socket: sein Kernel sendet FIN, &apos;keine Daten mehr von mir&apos;. Der Server liest das Ende des Datenstroms (read() liefert 0) und schließt seine Seite ebenfalls, mit seinem eigenen FIN. Beide Enden sind nun geschlossen.</translation>
    </message>
    <message>
        <source>&apos;closing&apos; on {client.name}, then &apos;closed&apos; on both: &apos;peer closed the connection (FIN)&apos;.</source>
        <translation>&apos;schließt&apos; bei {client.name}, dann &apos;geschlossen&apos; bei beiden: &apos;Gegenseite hat die Verbindung geschlossen (FIN)&apos;.</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Aufhören zu lauschen</translation>
    </message>
    <message>
        <source>Closing the listening socket frees port {server.port}: nobody can connect to it any more.</source>
        <translation>Das Schließen des lauschenden Sockets gibt Port {server.port} frei: niemand kann sich mehr damit verbinden.</translation>
    </message>
    <message>
        <source>The row &apos;listen-stopped&apos; on {server.name}.</source>
        <translation>Die Zeile &apos;Lauschen beendet&apos; bei {server.name}.</translation>
    </message>
    <message>
        <source>The real handshake of {client.name}: its SYN, the server&apos;s SYN-ACK, its ACK. Each SYN carries options (MSS, SACK, timestamps, window scale) and a random initial sequence number.</source>
        <translation>Der echte Handshake von {client.name}: sein SYN, das SYN-ACK des Servers, sein ACK. Jedes SYN trägt Optionen (MSS, SACK, Zeitstempel, Fensterskalierung) und eine zufällige Anfangs-Sequenznummer.</translation>
    </message>
    <message>
        <source>{client.name}&apos;s FIN (with ACK), acknowledged by the server, then the server&apos;s FIN, acknowledged by {client.name}: four packets, or three when the server&apos;s ACK rides on its FIN.</source>
        <translation>Das FIN (mit ACK) von {client.name}, vom Server bestätigt, dann das FIN des Servers, von {client.name} bestätigt: vier Pakete, oder drei, wenn das ACK des Servers mit seinem FIN mitfährt.</translation>
    </message>
</context>
<context>
    <name>lesson:http-by-hand</name>
    <message>
        <source>Talk HTTP by hand</source>
        <translation>HTTP von Hand sprechen</translation>
    </message>
    <message>
        <source>The web is text over a TCP socket: read a browser&apos;s request in the log and type the answer yourself.</source>
        <translation>Das Web ist Text über einen TCP-Socket: die Anfrage eines Browsers im Log lesen und die Antwort selbst tippen.</translation>
    </message>
    <message>
        <source>Be a web server</source>
        <translation>Ein Webserver sein</translation>
    </message>
    <message>
        <source>SocketLab listens on {server.endpoint}, as a web server would (they usually use port 80 or 8080).</source>
        <translation>SocketLab lauscht auf {server.endpoint}, wie es ein Webserver täte (meist auf Port 80 oder 8080).</translation>
    </message>
    <message>
        <source>Open http://127.0.0.1:{server.port}/</source>
        <translation>http://127.0.0.1:{server.port}/ öffnen</translation>
    </message>
    <message>
        <source>Open http://127.0.0.1:{server.port}/ in a web browser on this computer. Or press Do it: the lesson&apos;s own client connects, as a browser would. The browser&apos;s connection is accepted as {request.name}.</source>
        <translation>http://127.0.0.1:{server.port}/ in einem Webbrowser auf diesem Computer öffnen. Oder Ausführen drücken: der eigene Client der Lektion verbindet sich, wie es ein Browser täte. Die Verbindung des Browsers wird als {request.name} angenommen.</translation>
    </message>
    <message>
        <source>The &apos;accepted&apos; row: the browser&apos;s address and port.</source>
        <translation>Die Zeile &apos;angenommen&apos;: Adresse und Port des Browsers.</translation>
    </message>
    <message>
        <source>Read the request</source>
        <translation>Die Anfrage lesen</translation>
    </message>
    <message>
        <source>The browser writes its request as lines of text, ending with an empty line: the method and path (GET / HTTP/1.1), then headers such as Host and User-Agent. With Do it, the lesson&apos;s client sends a minimal request.</source>
        <translation>Der Browser schreibt seine Anfrage als Textzeilen, die mit einer leeren Zeile enden: Methode und Pfad (GET / HTTP/1.1), dann Kopfzeilen wie Host und User-Agent. Mit Ausführen sendet der Client der Lektion eine minimale Anfrage.</translation>
    </message>
    <message>
        <source>Select the &apos;← in&apos; row on {request.name}: the packet view shows the request, \r\n at the end of every line.</source>
        <translation>Die &apos;← ein&apos;-Zeile bei {request.name} auswählen: die Paketansicht zeigt die Anfrage, \r\n am Ende jeder Zeile.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Now answer on {request.name}: select it and type in the send box (Text mode, line ending none) HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nHello from SocketLab\n. Or press Do it to send exactly that. The status line, headers, an empty line, then the body. There is no Content-Length header: the browser cannot know how long the body is, so it keeps reading until the server closes the connection.</source>
        <translation>Jetzt auf {request.name} antworten: ihn auswählen und ins Sendefeld tippen (Modus Text, kein Zeilenende) HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nHello from SocketLab\n. Oder Ausführen drücken, um genau das zu senden. Die Statuszeile, Kopfzeilen, eine leere Zeile, dann der Rumpf. Es gibt keine Kopfzeile Content-Length: der Browser kann nicht wissen, wie lang der Rumpf ist, also liest er weiter, bis der Server die Verbindung schließt.</translation>
    </message>
    <message>
        <source>The &apos;→ out&apos; row on {request.name}; the browser has the text &apos;Hello from SocketLab&apos; but still waits for more.</source>
        <translation>Die &apos;→ aus&apos;-Zeile bei {request.name}; der Browser hat den Text &apos;Hello from SocketLab&apos;, wartet aber noch auf mehr.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&apos;Connection: close&apos; said that the server closes after the answer, and without a Content-Length only that close ends the body. Close {request.name}: its FIN reaches the browser, whose read() returns 0, the end of the stream. Now it knows the page is complete, shows it and closes its side too.</source>
        <translation>&apos;Connection: close&apos; hat angekündigt, dass der Server nach der Antwort schließt, und ohne Content-Length beendet erst dieses Schließen den Rumpf. {request.name} schließen: sein FIN erreicht den Browser, dessen read() 0 liefert, das Ende des Datenstroms. Jetzt weiß er, dass die Seite vollständig ist, zeigt sie und schließt seine Seite ebenfalls.</translation>
    </message>
    <message>
        <source>{request.name}: &apos;closing&apos; (our FIN), then &apos;closed&apos;. In the browser, the page &apos;Hello from SocketLab&apos;.</source>
        <translation>{request.name}: &apos;schließt&apos; (unser FIN), dann &apos;geschlossen&apos;. Im Browser die Seite &apos;Hello from SocketLab&apos;.</translation>
    </message>
    <message>
        <source>Stop the server</source>
        <translation>Den Server beenden</translation>
    </message>
    <message>
        <source>The same mechanism, text over a socket, carries e-mail (SMTP), file transfer (FTP) and chat protocols.</source>
        <translation>Derselbe Mechanismus, Text über einen Socket, trägt E-Mail (SMTP), Dateiübertragung (FTP) und Chat-Protokolle.</translation>
    </message>
    <message>
        <source>A server that answers by rules</source>
        <translation>Ein Server, der nach Regeln antwortet</translation>
    </message>
    <message>
        <source>Typing every answer does not scale: a web server answers by rules. Press Do it: SocketLab listens on {web.endpoint} with the responder lesson-page, your own copy of the shipped http responder (made afresh each time the lesson comes here). It reads the request line and the headers up to the empty line, then answers with a page, its Content-Length always right, and keeps the connection open for the next request.</source>
        <translation>Jede Antwort selbst zu tippen geht nicht lange gut: ein Webserver antwortet nach Regeln. Ausführen drücken: SocketLab lauscht auf {web.endpoint} mit dem Responder lesson-page, Ihrer eigenen Kopie des mitgelieferten http-Responders (jedes Mal neu angelegt, wenn die Lektion hierher kommt). Er liest die Anfragezeile und die Header bis zur leeren Zeile, antwortet dann mit einer Seite, deren Content-Length immer stimmt, und hält die Verbindung für die nächste Anfrage offen.</translation>
    </message>
    <message>
        <source>The row &apos;listening&apos; for {web.name}, and the note that names the responder.</source>
        <translation>Die Zeile &apos;listening&apos; für {web.name} und die Notiz, die den Responder nennt.</translation>
    </message>
    <message>
        <source>Open http://127.0.0.1:{web.port}/</source>
        <translation>http://127.0.0.1:{web.port}/ öffnen</translation>
    </message>
    <message>
        <source>Open http://127.0.0.1:{web.port}/ in a web browser on this computer: it shows the page Hello from SocketLab. Or press Do it: the lesson&apos;s own client sends a GET request, as a browser does.</source>
        <translation>http://127.0.0.1:{web.port}/ in einem Webbrowser auf diesem Computer öffnen: er zeigt die Seite Hello from SocketLab. Oder Ausführen drücken: der eigene Client der Lektion sendet eine GET-Anfrage, wie ein Browser.</translation>
    </message>
    <message>
        <source>The notes on the accepted connection: rule get-page-1.1 answered, then rule page-answer answered, before the &apos;→ out&apos; row with the page.</source>
        <translation>Die Notizen auf der angenommenen Verbindung: Regel get-page-1.1 hat geantwortet, dann Regel page-answer, vor der Zeile &apos;→ out&apos; mit der Seite.</translation>
    </message>
    <message>
        <source>Change the page</source>
        <translation>Die Seite ändern</translation>
    </message>
    <message>
        <source>Open Socket ▸ Responders… (or Edit… beside &apos;Answer with&apos; in the Listen form) and choose lesson-page. Select the rule page-answer, and in its Body change Hello from SocketLab to Hello, edited page. Press Save: the rules are checked and saved, and the listener takes them from the next connection, or from the next request on a connection the browser keeps open. Then reload the page in the browser. Or press Do it: the lesson makes the same edit, saves it and fetches the page again.</source>
        <translation>Socket ▸ Responder… öffnen (oder Bearbeiten… neben &apos;Antworten mit&apos; im Listen-Formular), lesson-page wählen, dann die Regel page-answer: in ihrem Rumpf Hello from SocketLab zu Hello, edited page ändern. Speichern drücken: die Regeln werden geprüft und gespeichert; der Listener nimmt sie ab der nächsten Verbindung oder Anfrage. Dann die Seite im Browser neu laden. Oder Ausführen drücken: die Lektion macht dieselbe Änderung, speichert sie und holt die Seite erneut.</translation>
    </message>
    <message>
        <source>The note on {web.name}: responder lesson-page reloaded. In the browser, the page Hello, edited page.</source>
        <translation>Die Notiz auf {web.name}: Responder lesson-page neu geladen. Im Browser die Seite Hello, edited page.</translation>
    </message>
    <message>
        <source>Stop the web server</source>
        <translation>Den Webserver beenden</translation>
    </message>
    <message>
        <source>The page was data in a rule, and so is every answer a responder gives: the shipped smtp responder talks to real mail clients the same way.</source>
        <translation>Die Seite waren Daten in einer Regel, und so ist es mit jeder Antwort eines Responders: der mitgelieferte smtp-Responder spricht genauso mit echten Mail-Programmen.</translation>
    </message>
</context>
<context>
    <name>lesson:many-clients</name>
    <message>
        <source>Many clients: a chat relay</source>
        <translation>Viele Clients: ein Chat-Relay</translation>
    </message>
    <message>
        <source>One listening socket, three clients, three accepted sockets: each conversation has its own socket, row and colour.</source>
        <translation>Ein lauschender Socket, drei Clients, drei angenommene Sockets: jedes Gespräch hat seinen eigenen Socket, seine Zeile und seine Farbe.</translation>
    </message>
    <message>
        <source>A chat server</source>
        <translation>Ein Chat-Server</translation>
    </message>
    <message>
        <source>Three clients</source>
        <translation>Drei Clients</translation>
    </message>
    <message>
        <source>Three rows under {server.name} in the socket tree, each with its own colour, the same in the log and the chart.</source>
        <translation>Drei Zeilen unter {server.name} im Socket-Baum, jede in ihrer eigenen Farbe, derselben im Log und im Diagramm.</translation>
    </message>
    <message>
        <source>Alice speaks</source>
        <translation>Alice spricht</translation>
    </message>
    <message>
        <source>Alice ({alice.name}) sends a line. The server reads it on {toAlice.name} and writes it to {toBob.name} and {toCarol.name}: one &apos;← in&apos; row, two &apos;→ out&apos; rows on the server side.</source>
        <translation>Alice ({alice.name}) sendet eine Zeile. Der Server liest sie auf {toAlice.name} und schreibt sie auf {toBob.name} und {toCarol.name}: eine &apos;← ein&apos;-Zeile, zwei &apos;→ aus&apos;-Zeilen auf der Serverseite.</translation>
    </message>
    <message>
        <source>Filter the log by {server.name}: the relay&apos;s rows in three colours.</source>
        <translation>Das Log nach {server.name} filtern: die Zeilen des Relays in drei Farben.</translation>
    </message>
    <message>
        <source>Bob answers</source>
        <translation>Bob antwortet</translation>
    </message>
    <message>
        <source>Bob ({bob.name}) answers; Alice ({alice.name}) and Carol ({carol.name}) read it.</source>
        <translation>Bob ({bob.name}) antwortet; Alice ({alice.name}) und Carol ({carol.name}) lesen es.</translation>
    </message>
    <message>
        <source>Carol leaves</source>
        <translation>Carol geht</translation>
    </message>
    <message>
        <source>Carol ({carol.name}) closes. Only Carol&apos;s conversation ends: the server reads the end of the stream on {toCarol.name} and closes it; Alice&apos;s and Bob&apos;s go on.</source>
        <translation>Carol ({carol.name}) schließt. Nur Carols Gespräch endet: der Server liest das Ende des Datenstroms auf {toCarol.name} und schließt ihn; die Gespräche von Alice und Bob gehen weiter.</translation>
    </message>
    <message>
        <source>Close the server</source>
        <translation>Den Server schließen</translation>
    </message>
    <message>
        <source>Closing the listener with its connections ends Alice&apos;s and Bob&apos;s conversations too: the server closes {toAlice.name} and {toBob.name}, and Alice ({alice.name}) and Bob ({bob.name}) read the end of the stream.</source>
        <translation>Das Schließen des lauschenden Sockets mit seinen Verbindungen beendet auch die Gespräche von Alice und Bob: der Server schließt {toAlice.name} und {toBob.name}, und Alice ({alice.name}) und Bob ({bob.name}) lesen das Ende des Datenstroms.</translation>
    </message>
    <message>
        <source>The server listens on {server.endpoint} as a chat relay: whatever one connection receives, it writes to every other connection it accepted. A responder greets each new connection, before anyone speaks.</source>
        <translation>Der Server lauscht auf {server.endpoint} als Chat-Relay: was eine Verbindung empfängt, schreibt er auf jede andere Verbindung, die er angenommen hat. Ein Responder begrüßt jede neue Verbindung, bevor jemand spricht.</translation>
    </message>
    <message>
        <source>Three clients, Alice, Bob and Carol, connect to the same port {server.port}: they are {alice.name}, {bob.name} and {carol.name}. One listening socket, but accept() returns a new socket for each: {toAlice.name} talks to Alice, {toBob.name} to Bob, {toCarol.name} to Carol. What tells them apart is the client&apos;s address and port: each connection is the pair of both ends. The server&apos;s responder greets each one with the name of its own socket on the server: Alice reads &apos;welcome, you are {toAlice.name}&apos;.</source>
        <translation>Drei Clients, Alice, Bob und Carol, verbinden sich mit demselben Port {server.port}: sie sind {alice.name}, {bob.name} und {carol.name}. Ein lauschender Socket, aber accept() liefert für jeden einen neuen Socket: {toAlice.name} spricht mit Alice, {toBob.name} mit Bob, {toCarol.name} mit Carol. Was sie unterscheidet, sind Adresse und Port des Clients: jede Verbindung ist das Paar ihrer beiden Enden. Der Responder des Servers begrüßt jeden mit dem Namen seines eigenen Sockets auf dem Server: Alice liest &apos;welcome, you are {toAlice.name}&apos;.</translation>
    </message>
</context>
<context>
    <name>lesson:nobody-home</name>
    <message>
        <source>Nobody home: refused and timed out</source>
        <translation>Niemand zu Hause: abgelehnt und Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Connecting where nobody listens is refused at once (RST). Connecting to a listener whose backlog is full is not answered at all: the attempt times out.</source>
        <translation>Eine Verbindung, wo niemand lauscht, wird sofort abgelehnt (RST). Eine Verbindung zu einem lauschenden Socket mit voller Warteschlange (Backlog) wird gar nicht beantwortet: der Versuch läuft in eine Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>Find a free port</source>
        <translation>Einen freien Port finden</translation>
    </message>
    <message>
        <source>To be sure that nobody listens on a port, SocketLab listens on one the system chooses ({ghost.port}) and closes that listener at once. Port {ghost.port} is now free: nobody home.</source>
        <translation>Um sicher zu sein, dass niemand auf einem Port lauscht, lauscht SocketLab auf einem, den das System wählt ({ghost.port}), und schließt diesen lauschenden Socket sofort. Port {ghost.port} ist jetzt frei: niemand zu Hause.</translation>
    </message>
    <message>
        <source>&apos;listening&apos;, then &apos;listen-stopped&apos; on {ghost.name}.</source>
        <translation>&apos;lauscht&apos;, dann &apos;Lauschen beendet&apos; bei {ghost.name}.</translation>
    </message>
    <message>
        <source>Connect: refused</source>
        <translation>Verbinden: abgelehnt</translation>
    </message>
    <message>
        <source>The client connects to port {ghost.port}. Its SYN reaches this machine, whose kernel has no socket listening there and answers with a reset (RST): connect() fails at once with &apos;connection refused&apos;.</source>
        <translation>Der Client verbindet sich mit Port {ghost.port}. Sein SYN erreicht diesen Rechner, dessen Kernel dort keinen lauschenden Socket hat und mit einem Reset (RST) antwortet: connect() scheitert sofort, die Verbindung wird abgelehnt.</translation>
    </message>
    <message>
        <source>The &apos;error&apos; row on {caller.name}: Connection refused, right after &apos;connecting&apos;.</source>
        <translation>Die Zeile &apos;Fehler&apos; bei {caller.name}: Verbindung abgelehnt, direkt nach &apos;verbindet&apos;.</translation>
    </message>
    <message>
        <source>A listener that never accepts</source>
        <translation>Ein lauschender Socket, der nie annimmt</translation>
    </message>
    <message>
        <source>Now a listener with a backlog of 1 that never calls accept(), like a server stuck on something else. The kernel still completes handshakes on its behalf and queues the new connections until the backlog is full.</source>
        <translation>Jetzt ein lauschender Socket mit einem Backlog von 1, der nie accept() aufruft, wie ein Server, der an etwas anderem hängt. Der Kernel vollendet trotzdem Handshakes in seinem Namen und stellt die neuen Verbindungen in die Warteschlange, bis der Backlog voll ist.</translation>
    </message>
    <message>
        <source>&apos;listen(backlog 1)&apos; and the note that accept() is not called, on {busy.name}.</source>
        <translation>&apos;listen(Backlog 1)&apos; und der Hinweis, dass accept() nicht aufgerufen wird, bei {busy.name}.</translation>
    </message>
    <message>
        <source>Fill the backlog</source>
        <translation>Den Backlog füllen</translation>
    </message>
    <message>
        <source>Two clients connect to {busy.endpoint}. Both see &apos;connected&apos;: the handshake is done by the kernel, not by accept(). But no accepted socket appears under {busy.name}: the connections wait in the backlog queue.</source>
        <translation>Zwei Clients verbinden sich mit {busy.endpoint}. Beide sehen &apos;verbunden&apos;: den Handshake erledigt der Kernel, nicht accept(). Aber unter {busy.name} erscheint kein angenommener Socket: die Verbindungen warten in der Backlog-Warteschlange.</translation>
    </message>
    <message>
        <source>{first.name} and {second.name} connected, and no &apos;accepted&apos; row.</source>
        <translation>{first.name} und {second.name} verbunden, und keine Zeile &apos;angenommen&apos;.</translation>
    </message>
    <message>
        <source>One more: timed out</source>
        <translation>Noch einer: Zeitüberschreitung</translation>
    </message>
    <message>
        <source>A third client connects. The backlog is full, so the kernel silently drops its SYN: no answer, not even a refusal. The client retries, and after 4 s SocketLab gives up: &apos;timed out&apos;. A timeout means the packets went unanswered (a full server, a firewall, a host that is off); a refusal means a host answered that nobody listens.</source>
        <translation>Ein dritter Client verbindet sich. Der Backlog ist voll, also verwirft der Kernel sein SYN stillschweigend: keine Antwort, nicht einmal eine Ablehnung. Der Client versucht es erneut, und nach 4 s gibt SocketLab auf: Zeitüberschreitung. Eine Zeitüberschreitung heißt, dass die Pakete unbeantwortet blieben (ein voller Server, eine Firewall, ein ausgeschalteter Rechner); eine Ablehnung heißt, dass ein Rechner geantwortet hat, dass niemand lauscht.</translation>
    </message>
    <message>
        <source>{late.name} stays &apos;connecting&apos; for 4 s, then an &apos;error&apos; row: Connection timed out.</source>
        <translation>{late.name} bleibt 4 s lang bei &apos;verbindet&apos;, dann eine Zeile &apos;Fehler&apos;: Zeitüberschreitung der Verbindung.</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>Closing the listener resets the connections still waiting in its backlog: they were never accepted, and the kernel answers them with RST.</source>
        <translation>Das Schließen des lauschenden Sockets setzt die Verbindungen zurück, die noch in seinem Backlog warten: sie wurden nie angenommen, und der Kernel beantwortet sie mit RST.</translation>
    </message>
    <message>
        <source>{first.name} and {second.name}: &apos;connection reset by peer&apos;.</source>
        <translation>{first.name} und {second.name}: &apos;Verbindung von der Gegenseite zurückgesetzt&apos;.</translation>
    </message>
    <message>
        <source>Two packets: the SYN of {caller.name} to port {ghost.port}, and the answer of this machine&apos;s kernel, a RST (with ACK) from that port. No handshake, no data.</source>
        <translation>Zwei Pakete: das SYN von {caller.name} an Port {ghost.port}, und die Antwort des Kernels dieses Rechners, ein RST (mit ACK) von diesem Port. Kein Handshake, keine Daten.</translation>
    </message>
</context>
<context>
    <name>lesson:nobody-home-udp</name>
    <message>
        <source>Nobody is listening, UDP edition</source>
        <translation>Niemand hört zu, UDP-Ausgabe</translation>
    </message>
    <message>
        <source>A datagram to a closed port is sent without complaint and nothing comes back; only a connected UDP socket hears the ICMP port-unreachable, as &apos;connection refused&apos;.</source>
        <translation>Ein Datagramm an einen geschlossenen Port wird klaglos gesendet, und nichts kommt zurück; nur ein verbundener UDP-Socket hört das ICMP „port unreachable“, als „Verbindung abgelehnt“.</translation>
    </message>
    <message>
        <source>Find a free port</source>
        <translation>Einen freien Port finden</translation>
    </message>
    <message>
        <source>To be sure that nobody listens on a port, SocketLab binds a UDP socket on one the system chooses ({ghost.port}) and closes it at once. Port {ghost.port} is now free: nobody home.</source>
        <translation>Um sicher zu sein, dass niemand an einem Port empfängt, bindet SocketLab einen UDP-Socket an einen Port, den das System wählt ({ghost.port}), und schließt ihn sofort. Port {ghost.port} ist jetzt frei: niemand zu Hause.</translation>
    </message>
    <message>
        <source>Send into the void</source>
        <translation>Ins Leere senden</translation>
    </message>
    <message>
        <source>An unconnected UDP socket sends &quot;hello?&quot; to port {ghost.port}. sendto() succeeds: the datagram left, and that is all UDP promises. The kernel on the other side finds no socket and answers with an ICMP &apos;port unreachable&apos;, but an unconnected socket is never told: it could not say which of its sendto() calls the answer was for. No error, no reply: silence.</source>
        <translation>Ein nicht verbundener UDP-Socket sendet „hello?“ an Port {ghost.port}. sendto() gelingt: Das Datagramm ist hinaus, und mehr verspricht UDP nicht. Der Kernel auf der anderen Seite findet keinen Socket und antwortet mit einem ICMP „port unreachable“, doch ein nicht verbundener Socket erfährt davon nie: Er könnte nicht sagen, zu welchem seiner sendto()-Aufrufe die Antwort gehört. Kein Fehler, keine Antwort: Stille.</translation>
    </message>
    <message>
        <source>One &apos;sent&apos; row under {sender.name} and nothing after it: no error, no reply.</source>
        <translation>Eine „sent“-Zeile unter {sender.name} und nichts danach: kein Fehler, keine Antwort.</translation>
    </message>
    <message>
        <source>Connected: refused</source>
        <translation>Verbunden: abgelehnt</translation>
    </message>
    <message>
        <source>Now a UDP socket connect()s to port {ghost.port}. For UDP, connect() sends nothing: it only fixes the peer, so send() needs no address and only that peer&apos;s datagrams arrive. It sends &quot;hello?&quot; again. This time the kernel can match the ICMP port-unreachable to the socket, and the next call on it fails with &apos;connection refused&apos; (ECONNREFUSED). No RST as in TCP: an ICMP message came back.</source>
        <translation>Jetzt ruft ein UDP-Socket connect() für Port {ghost.port} auf. Bei UDP sendet connect() nichts: Es legt nur die Gegenstelle fest; send() braucht keine Adresse mehr, und nur ihre Datagramme kommen an. Er sendet wieder „hello?“. Nun ordnet der Kernel das ICMP „port unreachable“ dem Socket zu: Der nächste Aufruf scheitert mit ECONNREFUSED („Verbindung abgelehnt“). Kein RST wie bei TCP, sondern ICMP.</translation>
    </message>
    <message>
        <source>The &apos;error&apos; row on {caller.name}: connection refused, right after &apos;sent&apos;.</source>
        <translation>Die „error“-Zeile bei {caller.name}: Verbindung abgelehnt, direkt nach „sent“.</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>Both sockets close. The refusal did not close {caller.name}: a UDP socket stays usable after an ICMP error, and a later peer on that port would get its datagrams.</source>
        <translation>Beide Sockets schließen. Die Ablehnung hat {caller.name} nicht geschlossen: Ein UDP-Socket bleibt nach einem ICMP-Fehler benutzbar, und eine spätere Gegenstelle an diesem Port bekäme seine Datagramme.</translation>
    </message>
</context>
<context>
    <name>lesson:packets-on-the-wire</name>
    <message>
        <source>Packets on the wire</source>
        <translation>Pakete auf der Leitung</translation>
    </message>
    <message>
        <source>A client asks for small segments (TCP_MAXSEG 536) and writes 4 KiB in one call: the wire carries it as several segments, and the server reads chunks that match neither the write nor the segments.</source>
        <translation>Ein Client verlangt kleine Segmente (TCP_MAXSEG 536) und schreibt 4 KiB mit einem Aufruf: die Leitung trägt sie als mehrere Segmente, und der Server liest Stücke, die weder zum write() noch zu den Segmenten passen.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Lauschen</translation>
    </message>
    <message>
        <source>A server listens on {server.endpoint}. To see the packets, turn on Capture ▸ Record packets before this step (or start SocketLab with --capture): the capture must run before the first SYN.</source>
        <translation>Ein Server lauscht auf {server.endpoint}. Um die Pakete zu sehen, schalten Sie vor diesem Schritt Capture ▸ Record packets ein (oder starten SocketLab mit --capture): der Mitschnitt muss vor dem ersten SYN laufen.</translation>
    </message>
    <message>
        <source>The row &apos;listening&apos; for {server.name}.</source>
        <translation>Die Zeile &apos;lauscht&apos; für {server.name}.</translation>
    </message>
    <message>
        <source>Ask for small segments</source>
        <translation>Kleine Segmente verlangen</translation>
    </message>
    <message>
        <source>Before connect(), the client sets the socket option TCP_MAXSEG to 536: it will send segments of at most 536 bytes, and its SYN announces &quot;MSS 536&quot;, so the server sends none larger either. Then it connects, and the server accepts {accepted.name}.</source>
        <translation>Vor connect() setzt der Client die Socket-Option TCP_MAXSEG auf 536: er wird Segmente von höchstens 536 Bytes senden, und sein SYN kündigt &quot;MSS 536&quot; an, also sendet auch der Server keine größeren. Dann verbindet er sich, und der Server nimmt {accepted.name} an.</translation>
    </message>
    <message>
        <source>The note &apos;setsockopt(TCP_MAXSEG, 536)&apos; on {client.name}, then &apos;connected&apos; and &apos;accepted&apos;.</source>
        <translation>Die Notiz &apos;setsockopt(TCP_MAXSEG, 536)&apos; bei {client.name}, dann &apos;verbunden&apos; und &apos;angenommen&apos;.</translation>
    </message>
    <message>
        <source>The SYN of {client.name} carries the option MSS 536; the SYN-ACK carries the server&apos;s own (65,495 on loopback). Each side sends no segment larger than the smaller of the two.</source>
        <translation>Das SYN von {client.name} trägt die Option MSS 536; das SYN-ACK trägt die des Servers (65.495 auf Loopback). Keine Seite sendet ein Segment, das größer ist als der kleinere der beiden Werte.</translation>
    </message>
    <message>
        <source>Write 4 KiB in one call</source>
        <translation>4 KiB mit einem Aufruf schreiben</translation>
    </message>
    <message>
        <source>The client writes 4,096 bytes in one write() call. TCP carries a stream of bytes, not messages: the kernel cuts them into segments of at most 524 bytes each (536 less 12 bytes of the timestamp option), eight of them. The server&apos;s read() returns whatever has arrived by then: one or more chunks, whose sizes match neither the one write() nor the segments.</source>
        <translation>Der Client schreibt 4.096 Bytes mit einem einzigen write()-Aufruf. TCP überträgt einen Strom von Bytes, keine Nachrichten: der Kernel schneidet sie in Segmente von höchstens 524 Bytes (536 weniger 12 Bytes der Zeitstempel-Option), acht Stück. Das read() des Servers liefert, was bis dahin angekommen ist: ein oder mehrere Stücke, deren Größen weder zu dem einen write() noch zu den Segmenten passen.</translation>
    </message>
    <message>
        <source>One &apos;→ out&apos; row of 4,096 bytes on {client.name}, and the &apos;← in&apos; rows on {accepted.name}: how many, and how big?</source>
        <translation>Eine Zeile &apos;→ aus&apos; mit 4.096 Bytes bei {client.name}, und die Zeilen &apos;← ein&apos; bei {accepted.name}: wie viele, und wie groß?</translation>
    </message>
    <message>
        <source>The eight segments of {client.name}&apos;s one write() are on the wire, but in bundles: loopback takes several segments at once from the kernel (generic segmentation offload, GSO), so the capture shows fewer, larger packets, for instance 2,620 bytes (5 × 524) and then the other 1,476, where a network card would send 524-byte frames. Every bundle but the last is a multiple of 524 bytes, and its sequence numbers say where it is in the stream. The reads on {accepted.name} line up with neither.</source>
        <translation>Die acht Segmente des einen write() von {client.name} sind auf der Leitung, aber gebündelt: Loopback übernimmt mehrere Segmente auf einmal vom Kernel (Generic Segmentation Offload, GSO), daher zeigt der Mitschnitt weniger, größere Pakete, zum Beispiel 2.620 Bytes (5 × 524) und dann die übrigen 1.476, wo eine Netzwerkkarte 524-Byte-Frames senden würde. Jedes Bündel außer dem letzten ist ein Vielfaches von 524 Bytes lang, und seine Sequenznummern sagen, wo es im Strom liegt. Die Lesevorgänge bei {accepted.name} decken sich mit keinem von beiden.</translation>
    </message>
    <message>
        <source>A second client</source>
        <translation>Ein zweiter Client</translation>
    </message>
    <message>
        <source>A second client connects to the same server, this time without TCP_MAXSEG: the server accepts {bigAccepted.name}.</source>
        <translation>Ein zweiter Client verbindet sich mit demselben Server, diesmal ohne TCP_MAXSEG: der Server nimmt {bigAccepted.name} an.</translation>
    </message>
    <message>
        <source>&apos;connected&apos; on {big.name} and &apos;accepted&apos; on {bigAccepted.name}.</source>
        <translation>&apos;verbunden&apos; bei {big.name} und &apos;angenommen&apos; bei {bigAccepted.name}.</translation>
    </message>
    <message>
        <source>The SYN of {big.name} announces MSS 65,495: the largest IP packet (65,535 bytes, its length field has 16 bits) less 40 bytes of IP and TCP headers.</source>
        <translation>Das SYN von {big.name} kündigt MSS 65.495 an: das größte IP-Paket (65.535 Bytes, sein Längenfeld hat 16 Bit) weniger 40 Bytes IP- und TCP-Header.</translation>
    </message>
    <message>
        <source>Loopback&apos;s large segments</source>
        <translation>Die großen Segmente von Loopback</translation>
    </message>
    <message>
        <source>The second client writes the same 4 KiB in one call. Loopback is not Ethernet with its 1,500 bytes: its MTU is 65,536 bytes, so a segment carries up to 65,483 bytes (MSS 65,495 less the timestamp option) and the whole write() fits in one. On a real network card the segments you capture on the sending machine can be larger than the network&apos;s MTU too: the kernel hands large segments to the card, which cuts them (segmentation offload, TSO/GSO).</source>
        <translation>Der zweite Client schreibt dieselben 4 KiB mit einem Aufruf. Loopback ist kein Ethernet mit seinen 1.500 Bytes: seine MTU ist 65.536 Bytes, also trägt ein Segment bis zu 65.483 Bytes (MSS 65.495 weniger der Zeitstempel-Option), und das ganze write() passt in eines. Auch an einer echten Netzwerkkarte können die Segmente, die Sie auf dem sendenden Rechner mitschneiden, größer sein als die MTU des Netzes: der Kernel übergibt der Karte große Segmente, und die Karte schneidet sie (Segmentation Offload, TSO/GSO).</translation>
    </message>
    <message>
        <source>The &apos;→ out&apos; row of 4,096 bytes on {big.name} and the &apos;← in&apos; rows on {bigAccepted.name}.</source>
        <translation>Die Zeile &apos;→ aus&apos; mit 4.096 Bytes bei {big.name} und die Zeilen &apos;← ein&apos; bei {bigAccepted.name}.</translation>
    </message>
    <message>
        <source>{big.name}&apos;s 4 KiB went as one segment of 4,096 bytes, where {client.name}&apos;s were cut into 524-byte segments.</source>
        <translation>Die 4 KiB von {big.name} gingen als ein Segment von 4.096 Bytes, wo die von {client.name} in 524-Byte-Segmente geschnitten wurden.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Both clients close their sockets: FIN, and the server&apos;s side closes too.</source>
        <translation>Beide Clients schließen ihre Sockets: FIN, und die Seite des Servers schließt auch.</translation>
    </message>
    <message>
        <source>&apos;closed&apos; on every connection.</source>
        <translation>&apos;geschlossen&apos; bei jeder Verbindung.</translation>
    </message>
    <message>
        <source>Each close sends a FIN, answered by the server&apos;s own FIN.</source>
        <translation>Jedes Schließen sendet ein FIN, beantwortet vom eigenen FIN des Servers.</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Lauschen beenden</translation>
    </message>
    <message>
        <source>Closing the listening socket frees port {server.port}.</source>
        <translation>Das Schließen des lauschenden Sockets gibt Port {server.port} frei.</translation>
    </message>
    <message>
        <source>The row &apos;listen-stopped&apos; on {server.name}.</source>
        <translation>Die Zeile &apos;Lauschen beendet&apos; bei {server.name}.</translation>
    </message>
</context>
<context>
    <name>lesson:two-processes</name>
    <message>
        <source>Two processes, one computer</source>
        <translation>Zwei Prozesse, ein Rechner</translation>
    </message>
    <message>
        <source>The same calls as lesson 1 with AF_UNIX instead of AF_INET: no port but a file name, guarded by the file&apos;s permissions; the kernel knows the peer&apos;s pid; and the same transfer over a Unix socket and over loopback TCP, side by side on the chart.</source>
        <translation>Dieselben Aufrufe wie in Lektion 1, mit AF_UNIX statt AF_INET: kein Port, sondern ein Dateiname, geschützt durch die Rechte der Datei; der Kernel kennt die PID der Gegenseite; und dieselbe Übertragung über einen Unix-Socket und über Loopback-TCP, nebeneinander im Diagramm.</translation>
    </message>
    <message>
        <source>A file name instead of a port</source>
        <translation>Ein Dateiname statt eines Ports</translation>
    </message>
    <message>
        <source>The server calls socket(AF_UNIX, SOCK_STREAM) instead of socket(AF_INET, SOCK_STREAM), and bind() gives it a file name, not an IP address and a port: {server.endpoint}. The file appears in the directory (ls -l shows its type as &apos;s&apos;); only processes on this computer can reach it, and its permissions decide which: connect() needs write permission on the file. Nothing of this goes over a network.</source>
        <translation>Der Server ruft socket(AF_UNIX, SOCK_STREAM) statt socket(AF_INET, SOCK_STREAM) auf, und bind() gibt ihm einen Dateinamen, keine IP-Adresse und keinen Port: {server.endpoint}. Die Datei erscheint im Verzeichnis (ls -l zeigt ihren Typ als &apos;s&apos;); nur Prozesse auf diesem Rechner erreichen sie, und ihre Rechte entscheiden, welche: connect() braucht Schreibrecht auf die Datei. Nichts davon geht über ein Netz.</translation>
    </message>
    <message>
        <source>The log row &apos;listening&apos; for {server.name}: bind() names the socket file.</source>
        <translation>Die Protokollzeile &apos;listening&apos; für {server.name}: bind() benennt die Socket-Datei.</translation>
    </message>
    <message>
        <source>Connect by file name, accept</source>
        <translation>Über den Dateinamen verbinden, annehmen</translation>
    </message>
    <message>
        <source>The client connects to the file name. There is no handshake on a wire: the kernel links the two sockets at once, and accept() returns a new socket, {accepted.name}, for this conversation, as with TCP. The client&apos;s own end has no name: it never called bind().</source>
        <translation>Der Client verbindet sich mit dem Dateinamen. Es gibt keinen Handshake auf einer Leitung: Der Kernel verknüpft die beiden Sockets sofort, und accept() liefert einen neuen Socket, {accepted.name}, für dieses Gespräch, wie bei TCP. Das eigene Ende des Clients hat keinen Namen: Er hat nie bind() aufgerufen.</translation>
    </message>
    <message>
        <source>The rows &apos;connecting&apos;, &apos;connected&apos; and &apos;accepted&apos;; the client&apos;s end is &apos;unnamed&apos;.</source>
        <translation>Die Zeilen &apos;connecting&apos;, &apos;connected&apos; und &apos;accepted&apos;; das Ende des Clients ist &apos;unnamed&apos;.</translation>
    </message>
    <message>
        <source>Who is on the other end</source>
        <translation>Wer am anderen Ende ist</translation>
    </message>
    <message>
        <source>The client sends &quot;hello&quot;. The server&apos;s kernel knows which process is at the other end: getsockopt(SO_PEERCRED) on {accepted.name} gives its pid, user and group ({accepted.peer}), and /proc/PID/comm its program. TCP cannot tell this: a packet does not say which process sent it. Here both ends are in SocketLab, so the pid is SocketLab&apos;s; from a terminal, socat - UNIX-CONNECT:{server.endpoint} shows another process&apos;s.</source>
        <translation>Der Client sendet &quot;hello&quot;. Der Kernel des Servers kennt den Prozess am anderen Ende: getsockopt(SO_PEERCRED) auf {accepted.name} liefert PID, Benutzer und Gruppe ({accepted.peer}), /proc/PID/comm sein Programm. TCP kann das nicht: Ein Paket sagt nicht, welcher Prozess es sandte. Hier sind beide Enden in SocketLab, also ist es dessen PID; aus einem Terminal zeigt socat - UNIX-CONNECT:{server.endpoint} die eines anderen Prozesses.</translation>
    </message>
    <message>
        <source>Select {accepted.name}: the connection info pane shows the peer process, and the socket&apos;s and its peer&apos;s inodes.</source>
        <translation>Wählen Sie {accepted.name}: Der Bereich mit den Verbindungsinfos zeigt den Prozess der Gegenseite und die Inodes des Sockets und seines Gegenübers.</translation>
    </message>
    <message>
        <source>A TCP listener beside it</source>
        <translation>Ein TCP-Listener daneben</translation>
    </message>
    <message>
        <source>For comparison, a TCP listener on the loopback interface: the same calls with AF_INET, and bind() takes an IP address and a port instead of a file name: {tcpserver.endpoint}.</source>
        <translation>Zum Vergleich ein TCP-Listener auf der Loopback-Schnittstelle: dieselben Aufrufe mit AF_INET, und bind() nimmt eine IP-Adresse und einen Port statt eines Dateinamens: {tcpserver.endpoint}.</translation>
    </message>
    <message>
        <source>{tcpserver.name} listening beside {server.name}: two kinds of socket in one tree.</source>
        <translation>{tcpserver.name} lauscht neben {server.name}: zwei Arten von Sockets in einem Baum.</translation>
    </message>
    <message>
        <source>A TCP client</source>
        <translation>Ein TCP-Client</translation>
    </message>
    <message>
        <source>A TCP client connects to {tcpserver.endpoint}: this time the two kernels go through the three-way handshake, even on one computer, and accept() returns {tcpaccepted.name}.</source>
        <translation>Ein TCP-Client verbindet sich mit {tcpserver.endpoint}: Diesmal durchlaufen die beiden Kernel den Drei-Wege-Handshake, selbst auf einem Rechner, und accept() liefert {tcpaccepted.name}.</translation>
    </message>
    <message>
        <source>The rows &apos;connecting&apos;, &apos;connected&apos; and &apos;accepted&apos;; the client&apos;s end has an address and a port of its own.</source>
        <translation>Die Zeilen &apos;connecting&apos;, &apos;connected&apos; und &apos;accepted&apos;; das Ende des Clients hat eine eigene Adresse und einen eigenen Port.</translation>
    </message>
    <message>
        <source>16 MiB over the Unix socket</source>
        <translation>16 MiB über den Unix-Socket</translation>
    </message>
    <message>
        <source>The Unix client sends 16 MiB in 64 KiB writes. There is no TCP/IP stack on this path: no segments, no checksums, no acknowledgements, no windows; the kernel copies the bytes from one socket&apos;s buffer into the other&apos;s, and the receiver&apos;s read() takes them.</source>
        <translation>Der Unix-Client sendet 16 MiB in Schreibvorgängen zu 64 KiB. Auf diesem Weg gibt es keinen TCP/IP-Stack: keine Segmente, keine Prüfsummen, keine Bestätigungen, keine Fenster; der Kernel kopiert die Bytes aus dem Puffer des einen Sockets in den des anderen, und das read() des Empfängers nimmt sie.</translation>
    </message>
    <message>
        <source>The throughput chart: a hump of received bytes while {accepted.name} takes them in ({accepted.bytesIn} bytes so far). Note its height and width.</source>
        <translation>Das Durchsatzdiagramm: ein Buckel empfangener Bytes, während {accepted.name} sie aufnimmt ({accepted.bytesIn} Bytes bisher). Merken Sie sich seine Höhe und Breite.</translation>
    </message>
    <message>
        <source>The same 16 MiB over loopback TCP</source>
        <translation>Dieselben 16 MiB über Loopback-TCP</translation>
    </message>
    <message>
        <source>The throughput chart: the second hump, {tcpaccepted.name}&apos;s ({tcpaccepted.bytesIn} bytes so far), beside the first. Select each connection in the tree to see its own curve.</source>
        <translation>Das Durchsatzdiagramm: der zweite Buckel, der von {tcpaccepted.name} ({tcpaccepted.bytesIn} Bytes bisher), neben dem ersten. Wählen Sie jede Verbindung im Baum, um ihre eigene Kurve zu sehen.</translation>
    </message>
    <message>
        <source>Close, and the file goes</source>
        <translation>Schließen, und die Datei verschwindet</translation>
    </message>
    <message>
        <source>The clients close; a Unix socket has no FIN, the server simply reads the end of the stream. Closing the listener removes its socket file with unlink(): a file left behind would make the next bind() fail with &apos;address in use&apos;.</source>
        <translation>Die Clients schließen; ein Unix-Socket hat kein FIN, der Server liest einfach das Ende des Datenstroms. Das Schließen des Listeners entfernt seine Socket-Datei mit unlink(): Eine zurückgelassene Datei ließe das nächste bind() mit &apos;address in use&apos; scheitern.</translation>
    </message>
    <message>
        <source>&apos;listen-stopped&apos; on {server.name}, then the note &apos;unlink(...): the socket file is removed&apos;.</source>
        <translation>&apos;listen-stopped&apos; auf {server.name}, dann die Notiz &apos;unlink(...): the socket file is removed&apos;.</translation>
    </message>
    <message>
        <source>Now the TCP client sends the same 16 MiB. Every write goes down the TCP/IP stack, is cut into segments with headers and checksums, crosses the loopback interface and comes back up, acknowledged; the Unix socket skipped all that. Which was faster depends on more than the stack: a Unix socket queues at most the sender&apos;s SO_SNDBUF (about 200 KiB), then write() waits; loopback TCP grows its window to megabytes. Compare the two humps on the chart.</source>
        <translation>Jetzt sendet der TCP-Client dieselben 16 MiB. Jeder Schreibvorgang durchläuft den TCP/IP-Stack: Segmente mit Headern und Prüfsummen, über Loopback und zurück, bestätigt; der Unix-Socket spart sich das. Was schneller war, hängt nicht nur vom Stack ab: Ein Unix-Socket puffert höchstens den SO_SNDBUF (etwa 200 KiB), dann wartet write(); Loopback-TCP vergrößert sein Fenster auf Megabytes. Vergleichen Sie die beiden Buckel im Diagramm.</translation>
    </message>
</context>
<context>
    <name>lesson:udp-drops</name>
    <message>
        <source>When the receiver can&apos;t keep up</source>
        <translation>Wenn der Empfänger nicht mitkommt</translation>
    </message>
    <message>
        <source>A UDP receiver that does not read loses datagrams: the kernel drops what its receive buffer cannot hold, and SocketLab counts every one. TCP slows the sender instead, and loses nothing.</source>
        <translation>Ein UDP-Empfänger, der nicht liest, verliert Datagramme: Der Kernel verwirft, was sein Empfangspuffer nicht fassen kann, und SocketLab zählt jedes einzelne. TCP bremst stattdessen den Sender und verliert nichts.</translation>
    </message>
    <message>
        <source>A small receive buffer</source>
        <translation>Ein kleiner Empfangspuffer</translation>
    </message>
    <message>
        <source>A UDP socket is bound to {receiver.endpoint} with a small receive buffer (SO_RCVBUF of 4 KiB, which the kernel doubles), and it stops calling recvfrom(), as a receiver busy with something else would.</source>
        <translation>Ein UDP-Socket wird mit kleinem Empfangspuffer an {receiver.endpoint} gebunden (SO_RCVBUF von 4 KiB, die der Kernel verdoppelt), und er ruft kein recvfrom() mehr auf, wie ein Empfänger, der mit anderem beschäftigt ist.</translation>
    </message>
    <message>
        <source>&apos;reading-paused&apos; on {receiver.name}.</source>
        <translation>„reading-paused“ bei {receiver.name}.</translation>
    </message>
    <message>
        <source>A flood of datagrams</source>
        <translation>Eine Flut von Datagrammen</translation>
    </message>
    <message>
        <source>Another socket sends 2000 datagrams of 100 bytes to {receiver.endpoint} as fast as it can. Every sendto() succeeds: UDP has no flow control, so nothing tells the sender to wait. The receive buffer is full after a few datagrams, and the kernel drops the rest. It counts them (SO_RXQ_OVFL), and SocketLab logs each new count: {receiver.dropped} dropped so far.</source>
        <translation>Ein anderer Socket sendet so schnell er kann 2000 Datagramme mit je 100 Bytes an {receiver.endpoint}. Jedes sendto() gelingt: UDP hat keine Flusskontrolle, nichts sagt dem Sender, er solle warten. Nach wenigen Datagrammen ist der Empfangspuffer voll, und der Kernel verwirft den Rest. Er zählt sie (SO_RXQ_OVFL), und SocketLab protokolliert jeden neuen Stand: bisher {receiver.dropped} verworfen.</translation>
    </message>
    <message>
        <source>The &apos;datagrams-dropped&apos; rows on {receiver.name}, and the count in its row of the Sockets tree.</source>
        <translation>Die „datagrams-dropped“-Zeilen bei {receiver.name} und die Zahl in seiner Zeile im Socket-Baum.</translation>
    </message>
    <message>
        <source>Read what is left</source>
        <translation>Lesen, was übrig ist</translation>
    </message>
    <message>
        <source>The receiver reads again and gets only what the buffer held: {receiver.reads} datagrams. With the {receiver.dropped} the kernel dropped, that makes every one of the 2000 sent: each datagram is either read or counted as dropped. Nobody told the sender; an application on UDP that needs every message must notice the gaps itself (sequence numbers) and ask again.</source>
        <translation>Der Empfänger liest wieder und bekommt nur, was der Puffer hielt: {receiver.reads} Datagramme. Mit den {receiver.dropped}, die der Kernel verwarf, sind das alle 2000 gesendeten: Jedes Datagramm ist entweder gelesen oder als verworfen gezählt. Dem Sender hat das niemand gesagt; eine Anwendung auf UDP, die jede Nachricht braucht, muss die Lücken selbst bemerken (Folgenummern) und erneut fragen.</translation>
    </message>
    <message>
        <source>{receiver.name}&apos;s row: datagrams in and dropped add up to 2000.</source>
        <translation>Die Zeile von {receiver.name}: empfangene und verworfene Datagramme ergeben zusammen 2000.</translation>
    </message>
    <message>
        <source>The same with TCP</source>
        <translation>Dasselbe mit TCP</translation>
    </message>
    <message>
        <source>Now TCP: a server listens on {server.endpoint}.</source>
        <translation>Jetzt TCP: Ein Server lauscht auf {server.endpoint}.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>A client connects to {server.endpoint}; the server accepts {accepted.name}, the end that will stop reading, as the UDP receiver did.</source>
        <translation>Ein Client verbindet sich mit {server.endpoint}; der Server nimmt {accepted.name} an, das Ende, das aufhören wird zu lesen, wie der UDP-Empfänger.</translation>
    </message>
    <message>
        <source>TCP slows the sender</source>
        <translation>TCP bremst den Sender</translation>
    </message>
    <message>
        <source>The server stops reading and the client writes 32 MiB as fast as it can. The receive buffer fills, the TCP window closes, and the client&apos;s send buffer fills behind it: its writes stop (&apos;send-blocked&apos;). The sender is slowed down, and nothing is dropped.</source>
        <translation>Der Server hört auf zu lesen, und der Client schreibt so schnell er kann 32 MiB. Der Empfangspuffer füllt sich, das TCP-Fenster schließt sich, und dahinter füllt sich der Sendepuffer des Clients: Seine Schreibvorgänge stehen still („send-blocked“). Der Sender wird gebremst, und nichts wird verworfen.</translation>
    </message>
    <message>
        <source>&apos;send-blocked&apos; on {client.name}: the kernel holds the sender back.</source>
        <translation>„send-blocked“ bei {client.name}: Der Kernel hält den Sender zurück.</translation>
    </message>
    <message>
        <source>Nothing lost</source>
        <translation>Nichts verloren</translation>
    </message>
    <message>
        <source>The server reads again. The client&apos;s writes resume, and the server receives every byte in order: {accepted.bytesIn} of 33554432. TCP trades speed for completeness, UDP completeness for speed.</source>
        <translation>Der Server liest wieder. Die Schreibvorgänge des Clients laufen weiter, und der Server empfängt jedes Byte in der richtigen Reihenfolge: {accepted.bytesIn} von 33554432. TCP tauscht Geschwindigkeit gegen Vollständigkeit, UDP Vollständigkeit gegen Geschwindigkeit.</translation>
    </message>
    <message>
        <source>{accepted.name}&apos;s bytes in: all 32 MiB.</source>
        <translation>Die empfangenen Bytes von {accepted.name}: alle 32 MiB.</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>Every socket closes. {receiver.name}&apos;s final tally stays in the log: {receiver.dropped} datagrams dropped by the kernel.</source>
        <translation>Alle Sockets schließen. Die Schlussbilanz von {receiver.name} bleibt im Protokoll: {receiver.dropped} Datagramme vom Kernel verworfen.</translation>
    </message>
</context>
<context>
    <name>lesson:udp-pinger</name>
    <message>
        <source>A UDP pinger</source>
        <translation>Ein UDP-Pinger</translation>
    </message>
    <message>
        <source>The classic course assignment: ten pings over UDP, each with a sequence number and a timestamp, a 1 s timeout, and the round-trip times and the loss at the end.</source>
        <translation>Die klassische Übungsaufgabe: zehn Pings über UDP, jeder mit Folgenummer und Zeitstempel, 1 s Zeitlimit, und am Ende die Umlaufzeiten und der Verlust.</translation>
    </message>
    <message>
        <source>A server that drops some</source>
        <translation>Ein Server, der manche verwirft</translation>
    </message>
    <message>
        <source>A UDP server is bound to {server.endpoint}. It sends each datagram back to its sender, but, like the assignment&apos;s server, it ignores about 30 % of them on purpose: a random draw per request. The loss in this lesson is the server&apos;s choice, not the network&apos;s: on this computer&apos;s loopback nothing is lost on the way.</source>
        <translation>Ein UDP-Server wird an {server.endpoint} gebunden. Er schickt jedes Datagramm an seinen Absender zurück, ignoriert aber wie der Server der Übungsaufgabe absichtlich etwa 30 % davon: eine Zufallsziehung pro Anfrage. Der Verlust in dieser Lektion ist die Wahl des Servers, nicht des Netzes: Auf dem Loopback dieses Computers geht unterwegs nichts verloren.</translation>
    </message>
    <message>
        <source>Ten pings</source>
        <translation>Zehn Pings</translation>
    </message>
    <message>
        <source>The client sends ten pings to {server.endpoint}, one at a time: &quot;PING &lt;sequence&gt; &lt;time&gt;&quot;. It waits at most 1 s for each echo; an echo that does not come in time counts as lost, and the next ping goes out. UDP itself never says that a datagram was lost: only the missing reply and the clock tell. The round-trip time of each answered ping runs from its &apos;sent&apos; row to its &apos;received&apos; row; on loopback it is mostly the time the server (SocketLab itself) takes to answer.</source>
        <translation>Der Client sendet zehn Pings an {server.endpoint}, einen nach dem anderen: „PING &lt;Folgenummer&gt; &lt;Zeit&gt;“. Er wartet höchstens 1 s auf jedes Echo; ein Echo, das nicht rechtzeitig kommt, zählt als verloren, und der nächste Ping geht hinaus. UDP selbst meldet nie, dass ein Datagramm verloren ging: Nur die fehlende Antwort und die Uhr zeigen es. Die Umlaufzeit jedes beantworteten Pings reicht von seiner „sent“-Zeile bis zu seiner „received“-Zeile; auf dem Loopback ist sie vor allem die Zeit, die der Server (SocketLab selbst) zum Antworten braucht.</translation>
    </message>
    <message>
        <source>The last &apos;note&apos; row on {client.name}: pings answered and lost, and RTT min/avg/max.</source>
        <translation>Die letzte „note“-Zeile bei {client.name}: beantwortete und verlorene Pings und RTT min/Mittel/max.</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>The pinger&apos;s result: {client.pings}. Both sockets close. A real pinger would now ask why pings were lost; here the answer is known: the server chose to ignore them.</source>
        <translation>Das Ergebnis des Pingers: {client.pings}. Beide Sockets schließen. Ein echter Pinger würde jetzt fragen, warum Pings verloren gingen; hier ist die Antwort bekannt: Der Server hat beschlossen, sie zu ignorieren.</translation>
    </message>
</context>
</TS>
