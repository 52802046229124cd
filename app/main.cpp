// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "eventprinter.h"
#include "headlessrun.h"
#include "mainwindow.h"
#include "session.h"
#include "workbench.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <memory>

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

void openFromCommandLine(Workbench &workbench, const CommandLine &commandLine)
{
    for (const ParsedEndpoint &endpoint : commandLine.listens)
        workbench.listen({endpoint.address, endpoint.port, commandLine.echo});
    for (const ParsedEndpoint &endpoint : commandLine.connects)
        workbench.connectTo({endpoint.host, endpoint.port, commandLine.echo, 0});
}

int runHeadless(const CommandLine &commandLine, Session &session)
{
    EventPrinter printer(session, stdout);
    int exitCode = 0;
    {
        Workbench workbench(session);
        openFromCommandLine(workbench, commandLine);
        HeadlessRun run(workbench, commandLine.durationSeconds < 0 ? -1 : qint64(commandLine.durationSeconds * 1000));
        exitCode = run.exec();
    }
    // The workbench closed its sockets on the way out: print those last events too.
    printer.printUpTo(session.log().count() - 1);
    return exitCode;
}

} // namespace

int main(int argc, char **argv)
{
    // Parsed before any application object exists, so that --help, --version and a bad flag
    // work without a display.
    const CommandLine commandLine = CommandLine::parse(argumentsOf(argc, argv));
    if (commandLine.action == CommandLine::Action::Fail) {
        std::fprintf(stderr, "socketlab: %s (see socketlab --help)\n", qPrintable(commandLine.error));
        return 2;
    }
    if (commandLine.action != CommandLine::Action::Run || commandLine.headless) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        if (commandLine.action == CommandLine::Action::ShowHelp) {
            std::fputs(qPrintable(CommandLine::helpText()), stdout);
            return 0;
        }
        if (commandLine.action == CommandLine::Action::ShowVersion) {
            std::printf("SocketLab %s\n", SOCKETLAB_VERSION);
            return 0;
        }
        Session session(std::make_unique<SessionClock>());
        QString error;
        const QString path = commandLine.recordPath.isEmpty()
            ? Session::defaultJournalPath(session.clock().startedAt()) : commandLine.recordPath;
        if (!session.startRecording(path, &error)) {
            std::fprintf(stderr, "socketlab: %s\n", qPrintable(error));
            return 1;
        }
        return runHeadless(commandLine, session);
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/socketlab.svg")));
    Session session(std::make_unique<SessionClock>());
    QString error;
    const QString path = commandLine.recordPath.isEmpty()
        ? Session::defaultJournalPath(session.clock().startedAt()) : commandLine.recordPath;
    if (!session.startRecording(path, &error)) {
        QMessageBox::critical(nullptr, QObject::tr("SocketLab"), error);
        return 1;
    }
    Workbench workbench(session);
    MainWindow window(workbench);
    window.show();
    openFromCommandLine(workbench, commandLine);
    return app.exec();
}
