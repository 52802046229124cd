// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

struct Options
{
    QCommandLineOption listen{QStringLiteral("listen"),
                              tr("Listen on [ADDR:]PORT (127.0.0.1 when ADDR is left out; "
                                 "PORT 0 lets the system choose; IPv6 as [::1]:PORT). Repeatable."),
                              tr("[ADDR:]PORT")};
    QCommandLineOption connect{QStringLiteral("connect"),
                               tr("Connect to HOST:PORT (a name, an IPv4 address, or [IPv6]:PORT). Repeatable."),
                               tr("HOST:PORT")};
    QCommandLineOption echo{QStringLiteral("echo"), tr("Send back whatever arrives, on every socket.")};
    QCommandLineOption record{QStringLiteral("record"),
                              tr("Record the session to FILE (default: a new file in the user's data "
                                 "directory)."),
                              tr("FILE.socketlab")};
    QCommandLineOption headless{QStringLiteral("headless"),
                                tr("No window: print one line per event to standard output and exit on "
                                   "SIGINT or SIGTERM, after --duration, or when every socket has closed.")};
    QCommandLineOption duration{QStringLiteral("duration"), tr("Stop after SECONDS (decimals allowed)."),
                                tr("SECONDS")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               tr("Show the version and exit.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            tr("SocketLab: open listening and connecting TCP sockets, and watch every byte."));
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({listen, connect, echo, record, headless, duration, help, version});
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
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    for (const QString &value : parser.values(options.listen)) {
        const ParsedEndpoint endpoint = parseListenEndpoint(value);
        if (!endpoint.ok())
            return fail(tr("--listen %1: %2").arg(value, endpoint.error));
        result.listens << endpoint;
    }
    for (const QString &value : parser.values(options.connect)) {
        const ParsedEndpoint endpoint = parseHostAndPort(value);
        if (!endpoint.ok())
            return fail(tr("--connect %1: %2").arg(value, endpoint.error));
        if (endpoint.port == 0)
            return fail(tr("--connect %1: port 0 cannot be connected to").arg(value));
        result.connects << endpoint;
    }
    result.echo = parser.isSet(options.echo);
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
    if (result.headless && result.listens.isEmpty() && result.connects.isEmpty())
        return fail(tr("--headless needs at least one --listen or --connect"));
    return result;
}

QString CommandLine::helpText()
{
    Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    return parser.helpText();
}
