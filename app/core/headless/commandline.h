// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpointaddress.h"
#include "exportformat.h"
#include "multicastgroup.h"
#include "streamexport.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct Responder;
struct Script;

// socketlab [--listen [KIND:]ADDRESS]... [--connect [KIND:]ADDRESS]... [--echo] [--backlog N]
//           [--send DATA]... [--send-file FILE] [--keep-open] [--join GROUP[@INTERFACE]]...
//           [--record FILE.socketlab] [--open FILE.socketlab | FILE.socketlab]
//           [--export FORMAT:FILE]... [--headless] [--duration SECONDS] [--lesson NAME|list]
//           [--responder FILE|NAME] [--script FILE]
struct CommandLine
{
    enum class Action { Run, ShowHelp, ShowVersion, Fail };

    Action action = Action::Run;
    QString error;   // one line, for Action::Fail

    QList<ParsedEndpoint> listens;
    QList<ParsedEndpoint> connects;
    QList<QByteArray> sends;             // --send, parsed: sent in order on every --connect socket
    QString sendFile;                    // --send-file: streamed after the --sends
    bool keepOpen = false;               // no FIN after the last --send (or the file)
    QList<MulticastGroup> joins;         // --join: every --listen udp: socket joins these groups
    bool echo = false;
    bool capture = false;          // record the packets on the wire (dumpcap)
    // listen()'s backlog for every --listen; 0: the listener's default (SOMAXCONN). The kernel
    // caps it at net.core.somaxconn; above 65535 it is refused as a typing mistake.
    static constexpr int MaxBacklog = 65535;
    int backlog = 0;
    // TCP_MAXSEG of every TCP --connect socket, set before connect(); 0: the system's. Linux
    // takes 88 to 65535.
    static constexpr int MinMss = 88;
    static constexpr int MaxMss = 65535;
    int maxSegmentSize = 0;
    bool headless = false;
    double durationSeconds = -1;   // < 0: until a signal (or, headless, until all sockets end)
    QString recordPath;            // empty: Session::defaultJournalPath()
    QString openPath;              // a session file to reopen, read-only
    QString lesson;                // a lesson to open (or, headless, to run); "list" lists them
    // --responder, loaded (a bad file fails like a bad flag): answers every --listen's connections.
    std::shared_ptr<const Responder> responder;
    // --script, loaded: runs on every --connect socket; headless, its end ends the run.
    std::shared_ptr<const Script> script;

    struct Export
    {
        ExportFormat format = ExportFormat::Text;
        QString path;
        // stream:CONN:FILE and stream-out:CONN:FILE: one connection's bytes instead of the session.
        std::optional<StreamDirection> stream = std::nullopt;
        QString connection = {};   // its name, "L1.2"; looked up when the export is written

        QString key() const { return stream ? streamExportKey(*stream) + QLatin1Char(':') + connection
                                            : exportFormatName(format); }
    };
    QList<Export> exports;         // written when the session ends (or at once, with --open)

    // Parses arguments (argv[0] first). Needs no QCoreApplication.
    static CommandLine parse(const QStringList &arguments);
    // The --help text. Needs a QCoreApplication.
    static QString helpText();
};
