// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "byteformat.h"
#include "payloadparser.h"
#include "responderloader.h"
#include "scriptloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

struct Options
{
    // lupdate files the strings under the struct name; this keeps them in CommandLine's context.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QCommandLineOption listen{QStringLiteral("listen"),
                              tr("Listen on [KIND:]ADDRESS. KIND is tcp (the default), udp or unix. TCP: "
                                 "[ADDR:]PORT (127.0.0.1 when ADDR is left out; PORT 0 lets the system choose; "
                                 "IPv6 as [::1]:PORT). UDP: udp:[ADDR:]PORT binds a UDP socket. Unix: a socket "
                                 "file path (unix:/tmp/lab.sock) or an abstract name (unix:@lab). Repeatable."),
                              tr("[KIND:]ADDRESS")};
    QCommandLineOption connect{QStringLiteral("connect"),
                               tr("Connect to [KIND:]ADDRESS. TCP: HOST:PORT (a name, an IPv4 address, or "
                                  "[IPv6]:PORT). UDP: udp:HOST:PORT opens a connected UDP socket. Unix: "
                                  "unix:PATH or unix:@NAME. Repeatable."),
                               tr("[KIND:]ADDRESS")};
    QCommandLineOption echo{QStringLiteral("echo"),
                            tr("Send back whatever arrives, on every socket (on UDP, each datagram to its sender).")};
    QCommandLineOption send{QStringLiteral("send"),
                            tr("Once a --connect socket is connected, send DATA (escapes as in the send field: "
                               "\\n \\r \\t \\0 \\xNN): one datagram on UDP, one write() on the stream kinds "
                               "(TCP, Unix). Repeatable, sent in order; after the last, a stream connection sends "
                               "FIN and the run ends when the peer closes."),
                            tr("DATA")};
    QCommandLineOption sendFile{QStringLiteral("send-file"),
                                tr("Once a --connect socket is connected (and after any --send), send the contents "
                                   "of FILE, any size, as fast as the peer reads it; then a stream connection "
                                   "sends FIN."),
                                tr("FILE")};
    QCommandLineOption keepOpen{QStringLiteral("keep-open"),
                                tr("After the last --send or --send-file, keep the connection open for writing "
                                   "(no FIN).")};
    QCommandLineOption join{QStringLiteral("join"),
                            tr("Every --listen udp: socket joins the multicast GROUP (IPv4 224.0.0.0/4 or IPv6 "
                               "ff00::/8), on INTERFACE when given (else the system chooses by its routes). "
                               "Repeatable; a failure is logged with the system's reason."),
                            tr("GROUP[@INTERFACE]")};
    QCommandLineOption capture{QStringLiteral("capture"),
                               tr("Record the packets of SocketLab's own TCP sockets through the system's dumpcap "
                                  "(Wireshark's capture helper); with --headless, print one line per packet.")};
    QCommandLineOption backlog{QStringLiteral("backlog"),
                               tr("The listen() backlog of every --listen: how many connections the kernel "
                                  "completes and queues before SocketLab accepts them (default: the system's "
                                  "maximum, SOMAXCONN)."),
                               tr("N")};
    QCommandLineOption mss{QStringLiteral("mss"),
                           tr("Set TCP_MAXSEG on every TCP --connect socket before connect(): it sends segments "
                              "of at most N bytes and its SYN announces MSS N, so the peer does too."),
                           tr("N")};
    QCommandLineOption record{QStringLiteral("record"),
                              tr("Record the session to FILE (default: a new file in the user's data "
                                 "directory)."),
                              tr("FILE.socketlab")};
    QCommandLineOption open{QStringLiteral("open"),
                            tr("Reopen a recorded session, read-only (the file may also be given "
                               "without --open)."),
                            tr("FILE.socketlab")};
    QCommandLineOption exportTo{QStringLiteral("export"),
                                tr("Export the session as FORMAT (text, csv, jsonl, pcapng, socketlab) to FILE: at "
                                   "once with --open, else when a --headless run ends. stream:CONN:FILE writes the "
                                   "bytes connection CONN (a name like L1.2) received, stream-out:CONN:FILE those it "
                                   "sent, byte for byte. Repeatable."),
                                tr("FORMAT:FILE")};
    QCommandLineOption headless{QStringLiteral("headless"),
                                tr("No window: print one line per event to standard output and exit on "
                                   "SIGINT or SIGTERM, after --duration, or when every socket has closed.")};
    QCommandLineOption duration{QStringLiteral("duration"), tr("Stop after SECONDS (decimals allowed)."),
                                tr("SECONDS")};
    QCommandLineOption lesson{QStringLiteral("lesson"),
                              tr("Open the guided lesson NAME; with --headless, do every step automatically "
                                 "and print each step's result. \"--lesson list\" lists the lessons."),
                              tr("NAME")};
    QCommandLineOption responder{QStringLiteral("responder"),
                                 tr("Answer the connections of every --listen by the rules of a responder: a "
                                    "responder FILE (.json, see docs/responders.md), or the NAME of a shipped "
                                    "one (http, smtp, echo-upper, line-counter) or of your own (saved in the "
                                    "responder editor)."),
                                 tr("FILE|NAME")};
    QCommandLineOption script{QStringLiteral("script"),
                              tr("Run a script on every --connect socket once it is connected: send, expect "
                                 "(with a timeout), wait, close (FILE .json, see docs/scripts.md, or the NAME "
                                 "of a shipped one: smtp-send). With --headless the run ends when the script "
                                 "does: exit 0 when it completed, 1 with the failing step named."),
                              tr("FILE|NAME")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               tr("Show the version and exit.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            tr("SocketLab: open listening and connecting TCP, UDP and Unix domain sockets, and watch every byte."));
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({listen, connect, echo, send, sendFile, join, capture, keepOpen, backlog, mss, record, open, exportTo, headless, duration, lesson, responder, script, help, version});
        parser.addPositionalArgument(QStringLiteral("file"), tr("A session file to reopen."), tr("[FILE.socketlab]"));
    }
};

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    const auto fail = [&result](const QString &error) {
        result.action = Action::Fail;
        result.error = printableLine(error);   // it quotes what was typed
        return result;
    };

    Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(options.help)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(options.version)) {
        result.action = Action::ShowVersion;
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && parser.isSet(options.open)))
        return fail(tr("Unexpected argument '%1': open one session file at a time").arg(positional.constLast()));
    result.openPath = positional.isEmpty() ? parser.value(options.open) : positional.constFirst();
    if (parser.isSet(options.open) && result.openPath.trimmed().isEmpty())
        return fail(tr("--open needs a file name"));
    // Checked here, before any window exists, so a mistyped name fails like a bad flag does.
    if (!result.openPath.isEmpty() && !QFileInfo(result.openPath).isFile())
        return fail(QFileInfo::exists(result.openPath)
                        ? tr("'%1' is not a file, so it cannot be a session").arg(result.openPath)
                        : tr("No such session file '%1'").arg(result.openPath));

    result.capture = parser.isSet(options.capture);
    // [KIND:]ADDRESS, parsed once for every kind (endpointaddress.h).
    for (const QString &value : parser.values(options.listen)) {
        const ParsedEndpoint endpoint = parseListenAddress(value);
        if (!endpoint.ok())
            return fail(tr("--listen %1: %2").arg(value, endpoint.error));
        result.listens << endpoint;
    }
    for (const QString &value : parser.values(options.connect)) {
        const ParsedEndpoint endpoint = parseConnectAddress(value);
        if (!endpoint.ok())
            return fail(tr("--connect %1: %2").arg(value, endpoint.error));
        result.connects << endpoint;
    }
    for (const QString &value : parser.values(options.send)) {
        const ParsedPayload payload = parseEscapedText(value);
        if (!payload.ok())
            return fail(tr("--send %1: %2").arg(value, payload.error));
        result.sends << payload.bytes;
    }
    if (parser.isSet(options.sendFile)) {
        result.sendFile = parser.value(options.sendFile);
        const QFileInfo file(result.sendFile);
        if (!file.isFile() || !file.isReadable())
            return fail(tr("--send-file %1: %2")
                            .arg(result.sendFile,
                                 !file.exists() ? tr("no such file")
                                 : file.isFile() ? tr("the file cannot be read")
                                                 : tr("not a file")));
        if (result.connects.isEmpty())
            return fail(tr("--send-file needs a --connect socket to send on"));
    }
    result.keepOpen = parser.isSet(options.keepOpen);
    for (const QString &value : parser.values(options.join)) {
        QString problem;
        const std::optional<MulticastGroup> group = MulticastGroup::parse(value, &problem);
        if (!group)
            return fail(tr("--join %1: %2").arg(value, problem));
        result.joins << *group;
    }
    if (!result.joins.isEmpty()
        && std::none_of(result.listens.cbegin(), result.listens.cend(),
                        [](const ParsedEndpoint &endpoint) { return endpoint.kind == EndpointKind::Udp; }))
        return fail(tr("--join needs a --listen udp: socket to join with"));
    if (!result.sends.isEmpty() && result.connects.isEmpty())
        return fail(tr("--send needs a --connect socket to send on"));
    result.echo = parser.isSet(options.echo);
    if (parser.isSet(options.backlog)) {
        bool ok = false;
        const int backlog = parser.value(options.backlog).toInt(&ok);
        if (!ok || backlog < 1 || backlog > MaxBacklog)
            return fail(tr("--backlog %1: expected a number from 1 to %2").arg(parser.value(options.backlog)).arg(MaxBacklog));
        if (result.listens.isEmpty())
            return fail(tr("--backlog needs --listen"));
        result.backlog = backlog;
    }
    if (parser.isSet(options.mss)) {
        bool ok = false;
        const int mss = parser.value(options.mss).toInt(&ok);
        if (!ok || mss < MinMss || mss > MaxMss)
            return fail(tr("--mss %1: expected a number of bytes from %2 to %3").arg(parser.value(options.mss)).arg(MinMss).arg(MaxMss));
        if (result.connects.isEmpty())
            return fail(tr("--mss needs --connect"));
        result.maxSegmentSize = mss;
    }
    result.headless = parser.isSet(options.headless);
    result.recordPath = parser.value(options.record);
    if (parser.isSet(options.record) && result.recordPath.trimmed().isEmpty())
        return fail(tr("--record needs a file name"));
    if (parser.isSet(options.duration)) {
        bool ok = false;
        const double seconds = parser.value(options.duration).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 365 * 24 * 3600.0)
            return fail(tr("--duration %1: expected a number of seconds").arg(parser.value(options.duration)));
        result.durationSeconds = seconds;
    }
    for (const QString &value : parser.values(options.exportTo)) {
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        if (const auto stream = parseStreamExportKey(value.left(colon)); colon > 0 && stream) {
            const qsizetype second = value.indexOf(QLatin1Char(':'), colon + 1);
            if (second < 0 || second == colon + 1)
                return fail(tr("--export %1: expected %2:CONN:FILE, CONN a connection's name like L1.2")
                                .arg(value, streamExportKey(*stream)));
            if (second + 1 == value.size())
                return fail(tr("--export %1: the file name is missing").arg(value));
            result.exports << Export{ExportFormat::Text, value.mid(second + 1), stream, value.mid(colon + 1, second - colon - 1)};
            continue;
        }
        QString error;
        const auto format = parseExportFormat(value.left(colon), &error);
        if (colon < 0 || !format)
            return fail(tr("--export %1: %2").arg(value, colon < 0 ? tr("expected FORMAT:FILE") : error));
        if (colon + 1 == value.size())
            return fail(tr("--export %1: the file name is missing").arg(value));
        result.exports << Export{*format, value.mid(colon + 1)};
    }
    result.lesson = parser.value(options.lesson);
    if (parser.isSet(options.lesson) && result.lesson.trimmed().isEmpty())
        return fail(tr("--lesson needs a lesson name (--lesson list shows them)"));
    if (parser.isSet(options.responder)) {
        if (result.listens.isEmpty())
            return fail(tr("--responder needs --listen"));
        QString error;
        result.responder = ResponderLoader::find(parser.value(options.responder), &error);
        if (!result.responder)
            return fail(tr("--responder %1").arg(error));
    }
    if (parser.isSet(options.script)) {
        if (result.connects.isEmpty())
            return fail(tr("--script needs --connect"));
        if (!result.sends.isEmpty())
            return fail(tr("--script does its own sending: leave out --send"));
        QString error;
        result.script = ScriptLoader::find(parser.value(options.script), &error);
        if (!result.script)
            return fail(tr("--script %1").arg(error));
    }
    const bool opening = !result.openPath.isEmpty();
    if (opening && !result.lesson.isEmpty())
        return fail(tr("A reopened session is read-only: --open does not go with --lesson"));
    const bool opensSockets = !result.listens.isEmpty() || !result.connects.isEmpty();
    if (opening && (opensSockets || result.echo))
        return fail(tr("A reopened session is read-only: --open does not go with --listen, --connect or --echo"));
    if (opening && parser.isSet(options.record))
        return fail(tr("A reopened session is already recorded: --open does not go with --record"));
    if (!result.exports.isEmpty() && !opening && !result.headless)
        return fail(tr("--export needs --open FILE (to convert) or --headless (to export when the run ends)"));
    if (result.headless && !opening && result.lesson.isEmpty() && !opensSockets)
        return fail(tr("--headless needs at least one --listen, --connect or --lesson"));
    return result;
}

QString CommandLine::helpText()
{
    Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    return parser.helpText();
}
