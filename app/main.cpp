// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "applanguage.h"
#include "commandline.h"
#include "eventprinter.h"
#include "exportformat.h"
#include "exportjob.h"
#include "headlesslesson.h"
#include "headlessrun.h"
#include "wireprinter.h"
#include "lessonloader.h"
#include "livesessions.h"
#include "mainwindow.h"
#include "session.h"
#include "scriptedconversation.h"
#include "scriptedsends.h"
#include "streamexport.h"
#include "sessionloader.h"
#include "socketoptions.h"
#include "startpages.h"
#include "terminationwatcher.h"
#include "workbench.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSaveFile>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLab"));
    QCoreApplication::setApplicationName(QStringLiteral("SocketLab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKETLAB_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// A --script's end: said on stderr; headless, it ends the run (0 completed, 1 failed).
void runScript(Workbench &workbench, const CommandLine &commandLine, ConnectionId id, HeadlessRun *run)
{
    auto *conversation = new ScriptedConversation(workbench, commandLine.script, id, &workbench);
    QObject::connect(conversation, &ScriptedConversation::finished, &workbench,
                     [run](bool completed, const QString &message) {
                         std::fprintf(stderr, "socketlab: %s\n", qPrintable(message));
                         std::fflush(stderr);
                         if (run)
                             run->finish(completed ? 0 : 1);
                     });
}

void openFromCommandLine(Workbench &workbench, const CommandLine &commandLine, HeadlessRun *run = nullptr)
{
    for (const ParsedEndpoint &endpoint : commandLine.listens) {
        Workbench::ListenOptions options = Workbench::ListenOptions::at(endpoint, commandLine.echo);
        options.backlog = commandLine.backlog;
        options.responder = commandLine.responder;
        const ConnectionId id = workbench.listen(options);
        if (endpoint.kind == EndpointKind::Udp) {
            for (const MulticastGroup &join : commandLine.joins)
                workbench.joinGroup(id, join.group, join.interfaceName);
        }
    }
    auto *sends = commandLine.sends.isEmpty() && commandLine.sendFile.isEmpty()
                      ? nullptr
                      : new ScriptedSends(workbench, commandLine.sends, commandLine.sendFile, commandLine.keepOpen,
                                          &workbench);
    for (const ParsedEndpoint &endpoint : commandLine.connects) {
        Workbench::ConnectOptions options = Workbench::ConnectOptions::to(endpoint, commandLine.echo);
        options.maxSegmentSize = commandLine.maxSegmentSize;
        const ConnectionId id = workbench.connectTo(options);
        if (sends)
            sends->add(id);
        if (commandLine.script)
            runScript(workbench, commandLine, id, run);
    }
}

// An empty session is removed at the end only from a file SocketLab named itself.
Session::PathChoice pathChoice(const CommandLine &commandLine)
{
    return commandLine.recordPath.isEmpty() ? Session::PathChoice::BySocketLab : Session::PathChoice::ByUser;
}

// One --export: the session in a format, or one connection's stream.
bool exportRequested(const Session &session, const CommandLine::Export &request, QIODevice &out, QString *error,
                     QStringList *notes)
{
    if (!request.stream)
        return exportSession(session, request.format, out, {}, error, notes);
    const ConnectionId connection = findConnectionByName(session, request.connection, error);
    return connection != 0 && exportStream(session, connection, *request.stream, out, {}, error);
}

// Writes every --export; false (with the reasons on stderr) when any failed.
bool writeExports(const Session &session, const CommandLine &commandLine)
{
    bool ok = true;
    for (const CommandLine::Export &request : commandLine.exports) {
        QSaveFile file(request.path);
        QStringList notes;
        QString error = ExportJob::destinationProblem(request.path);
        if (error.isEmpty()) {   // else a directory or a device: refused before any work
            if (!file.open(QIODevice::WriteOnly))
                error = file.errorString();
            else if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))   // secrets: see ExportJob
                error = file.errorString();
            else if (exportRequested(session, request, file, &error, &notes) && !file.commit())
                error = file.errorString();
        }
        for (const QString &note : std::as_const(notes))
            std::fprintf(stderr, "socketlab: --export %s:%s: note: %s\n", qPrintable(request.key()),
                         qPrintable(request.path), qPrintable(note));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "socketlab: --export %s:%s: %s\n", qPrintable(request.key()),
                         qPrintable(request.path), qPrintable(error));
            ok = false;
        }
    }
    return ok;
}

int runHeadless(const CommandLine &commandLine, Session &session)
{
    EventPrinter printer(session, stdout);
    WirePrinter wirePrinter(session, stdout);
    int exitCode = 0;
    {
        Workbench workbench(session);
        if (commandLine.capture)
            workbench.startCapture();
        HeadlessRun run(workbench, commandLine.durationSeconds < 0 ? -1 : qint64(commandLine.durationSeconds * 1000));
        openFromCommandLine(workbench, commandLine, &run);
        exitCode = run.exec();
    }
    // The workbench closed its sockets on the way out: print those last events too.
    printer.printUpTo(session.log().count() - 1);
    if (commandLine.capture) {
        QCoreApplication::sendPostedEvents();   // the capture's last problem, if it had one
        wirePrinter.printAll();
        wirePrinter.printStatistics(stderr);
    }
    if (!session.flush()) {
        std::fprintf(stderr, "socketlab: %s\n",
                     qPrintable(QObject::tr("%1: the last %2 bytes of the recording could not be written: %3")
                                    .arg(session.journalPath())
                                    .arg(session.unwrittenBytes())
                                    .arg(session.journal().errorString())));
        exitCode = 1;
    }
    if (!writeExports(session, commandLine))
        exitCode = 1;
    return exitCode;
}

// The shipped lesson called name, or a message for the user (exit status 2, like a bad flag).
std::optional<Lesson> findLesson(const QString &name, QString *error)
{
    const LessonLoader::Catalogue catalogue = LessonLoader::loadDirectory();
    for (const QString &problem : catalogue.problems)
        std::fprintf(stderr, "socketlab: %s\n", qPrintable(problem));
    for (const Lesson &lesson : catalogue.lessons) {
        if (lesson.id == name)
            return lesson;
    }
    QStringList names;
    for (const Lesson &lesson : catalogue.lessons)
        names << lesson.id;
    *error = QObject::tr("--lesson %1: no such lesson (there are: %2)").arg(name, names.join(QStringLiteral(", ")));
    return std::nullopt;
}

int runHeadlessLesson(const Lesson &lesson, Session &session, bool capture)
{
    WirePrinter wirePrinter(session, stdout);
    int exitCode = 0;
    {
        Workbench workbench(session);
        if (capture)
            workbench.startCapture();
        HeadlessLesson run(workbench, lesson, stdout);
        exitCode = run.exec();
    }
    if (capture) {
        // Its last packets (the capture drained as the workbench stopped) and the statistics.
        QCoreApplication::sendPostedEvents();
        wirePrinter.printAll();
        wirePrinter.printStatistics(stderr);
    }
    return exitCode;
}

// --open without a window: print the session (--headless) and/or convert it (--export).
int convertSession(const CommandLine &commandLine)
{
    Session session(std::make_unique<SessionClock>());
    SessionLoader::Outcome outcome;
    QString error;
    if (!SessionLoader::load(session, commandLine.openPath, &outcome, &error)) {
        std::fprintf(stderr, "socketlab: %s\n", qPrintable(error));
        return 1;
    }
    if (!outcome.complete)
        std::fprintf(stderr, "socketlab: %s: %s; the %lld events before it are used\n",
                     qPrintable(commandLine.openPath), qPrintable(outcome.problem), qlonglong(outcome.events));
    if (commandLine.headless) {
        EventPrinter printer(session, stdout);
        printer.printUpTo(session.log().count() - 1);
    }
    return writeExports(session, commandLine) ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    SocketOptions::raiseOpenFileLimit();
    // The identity first: --responder NAME looks in the user's data folder, named after it.
    setApplicationIdentity();
    // Parsed before any application object exists, so that --help, --version and a bad flag
    // work without a display.
    const CommandLine commandLine = CommandLine::parse(argumentsOf(argc, argv));
    if (commandLine.action == CommandLine::Action::Fail) {
        std::fprintf(stderr, "socketlab: %s (see socketlab --help)\n", qPrintable(commandLine.error));
        return 2;
    }
    // Lessons are compiled in: a wrong name fails like a bad flag, before any window exists.
    std::optional<Lesson> lesson;
    if (commandLine.lesson == QLatin1String("list")) {
        std::fputs(qPrintable(HeadlessLesson::listing(LessonLoader::loadDirectory().lessons)), stdout);
        return 0;
    }
    if (!commandLine.lesson.isEmpty()) {
        QString error;
        lesson = findLesson(commandLine.lesson, &error);
        if (!lesson) {
            std::fprintf(stderr, "socketlab: %s\n", qPrintable(error));
            return 2;
        }
    }
    const bool opening = !commandLine.openPath.isEmpty();
    const bool windowless = commandLine.headless || (opening && !commandLine.exports.isEmpty());
    if (commandLine.action != CommandLine::Action::Run || windowless) {
        QCoreApplication app(argc, argv);
        // Printed lines speak the window's language, and English gets its plural forms.
        AppLanguage::install(app, AppSettings().language());
        if (commandLine.action == CommandLine::Action::ShowHelp) {
            std::fputs(qPrintable(CommandLine::helpText()), stdout);
            return 0;
        }
        if (commandLine.action == CommandLine::Action::ShowVersion) {
            std::printf("SocketLab %s\n", SOCKETLAB_VERSION);
            return 0;
        }
        if (opening)
            return convertSession(commandLine);
        Session session(std::make_unique<SessionClock>());
        QString error;
        const QString path = commandLine.recordPath.isEmpty()
            ? Session::defaultJournalPath(session.clock().startedAt()) : commandLine.recordPath;
        if (!session.startRecording(path, &error, pathChoice(commandLine))) {
            std::fprintf(stderr, "socketlab: %s\n", qPrintable(error));
            return 1;
        }
        if (lesson) {
            // Loaded again now that the translators are installed: its texts in the user's
            // language (it was found before any application object existed).
            QString ignored;
            return runHeadlessLesson(findLesson(lesson->id, &ignored).value_or(*lesson), session, commandLine.capture);
        }
        return runHeadless(commandLine, session);
    }

    QApplication app(argc, argv);
    // The menu entry installed as share/applications/org.socketlab.SocketLab.desktop.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.socketlab.SocketLab"));
    AppLanguage::install(app, AppSettings().language());
    // A kill or Ctrl+C closes the windows the normal way, so a recording ends cleanly. Set up
    // first: the signal is delivered by the event loop, when the windows exist.
    TerminationWatcher termination;
    QObject::connect(&termination, &TerminationWatcher::terminationRequested, &app, &QApplication::closeAllWindows);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/socketlab.svg")));
    if (opening) {
        QString error;
        MainWindow *window = MainWindow::openSessionFile(commandLine.openPath, &error);
        if (!window) {
            std::fprintf(stderr, "socketlab: %s\n", qPrintable(error));
            QMessageBox::critical(nullptr, QObject::tr("Cannot open session"), error);
            return 1;
        }
        window->show();
        return app.exec();
    }
    // File ▸ New session replaces the window and its session: LiveSessions owns both, and takes
    // them down in order (sockets closed, recording finished) when the event loop has ended.
    LiveSessions sessions;
    QString error;
    MainWindow *window = sessions.start(commandLine.recordPath, pathChoice(commandLine), &error);
    if (!window) {
        std::fprintf(stderr, "socketlab: %s\n", qPrintable(error));
        QMessageBox::critical(nullptr, QObject::tr("SocketLab"), error);
        return 1;
    }
    if (commandLine.capture)
        window->workbench()->startCapture();
    window->show();
    openFromCommandLine(*window->workbench(), commandLine);
    showStartPages(*window, lesson ? lesson->id : QString(),
                   !commandLine.listens.isEmpty() || !commandLine.connects.isEmpty());
    return app.exec();
}
