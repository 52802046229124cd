// SPDX-License-Identifier: GPL-3.0-or-later
#include "dumpcapprocess.h"

#include "pcappipereader.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <fcntl.h>
#include <unistd.h>

const QStringList DumpcapProcess::SystemLocations = {
    QStringLiteral("/usr/bin/dumpcap"), QStringLiteral("/usr/sbin/dumpcap"),
    QStringLiteral("/bin/dumpcap"), QStringLiteral("/sbin/dumpcap"),
};

QString DumpcapProcess::findProgram(const QStringList &locations)
{
    for (const QString &path : locations) {
        const QFileInfo info(path);
        if (info.isFile() && info.isExecutable())
            return path;
    }
    return QString();
}

DumpcapProcess::DumpcapProcess(const QString &program, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_process(new QProcess(this))
{
    connect(m_process, &QProcess::readyReadStandardError, this, &DumpcapProcess::readErrorLines);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_exitProblem = tr("%1 could not be started: %2").arg(m_program, m_process->errorString());
            m_processDone = true;
            finishIfDone();
        }
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        readErrorLines();
        if (!m_errorBuffer.isEmpty())
            m_messages << QString::fromLocal8Bit(m_errorBuffer).trimmed();
        m_errorBuffer.clear();
        if (status == QProcess::CrashExit && !m_stopping)
            m_exitProblem = tr("dumpcap stopped unexpectedly (it crashed or was killed)");
        else if (code != 0 && !m_stopping)
            m_exitProblem = tr("dumpcap exited with status %1").arg(code);
        else if (!m_stopping)
            m_exitProblem = tr("dumpcap ended on its own");
        m_processDone = true;
        finishIfDone();
    });
}

DumpcapProcess::~DumpcapProcess()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->terminate();
        if (!m_process->waitForFinished(3000))
            m_process->kill();
        m_process->waitForFinished(1000);
    }
    // The pipe's write end is closed with dumpcap: the reader meets the end of its stream.
    delete m_reader;
}

void DumpcapProcess::start(const QString &interface, const QString &filter, int snapLength)
{
    int pipe[2] = {-1, -1};
    if (::pipe2(pipe, O_CLOEXEC) != 0) {
        m_exitProblem = tr("cannot create a pipe for dumpcap: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        m_processDone = m_readerDone = true;
        QMetaObject::invokeMethod(this, &DumpcapProcess::finishIfDone, Qt::QueuedConnection);
        return;
    }
    const int writeEnd = pipe[1];
    // dumpcap's standard output is our pipe, not QProcess's: libpcap reads it on its own thread.
    // dup2() clears close-on-exec on descriptor 1 only; the pipe's own descriptors close at exec.
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setChildProcessModifier([writeEnd] { ::dup2(writeEnd, STDOUT_FILENO); });
    m_reader = new PcapPipeReader(pipe[0]);
    connect(m_reader, &PcapPipeReader::packetsAvailable, this, &DumpcapProcess::packetsAvailable,
            Qt::QueuedConnection);
    connect(m_reader, &PcapPipeReader::opened, this, [this] {
        m_ready = true;
        Q_EMIT ready();
    }, Qt::QueuedConnection);
    connect(m_reader, &QThread::finished, this, [this] {
        m_readerDone = true;
        finishIfDone();
    });
    // -q: no running packet count on stderr; -n: pcapng; -w -: to standard output.
    m_process->start(m_program, {QStringLiteral("-i"), interface, QStringLiteral("-f"), filter,
                                 QStringLiteral("-s"), QString::number(snapLength), QStringLiteral("-n"),
                                 QStringLiteral("-q"), QStringLiteral("-w"), QStringLiteral("-")});
    ::close(writeEnd);   // the child has its copy (or none, when it did not start)
    m_reader->start();
}

void DumpcapProcess::stop()
{
    m_stopping = true;
    if (m_process->state() != QProcess::NotRunning)
        m_process->terminate();
}

QList<CapturedPacket> DumpcapProcess::takePackets()
{
    return m_reader ? m_reader->takePackets() : QList<CapturedPacket>();
}

void DumpcapProcess::readErrorLines()
{
    static const QRegularExpression statisticsLine(
        QStringLiteral("^Packets received/dropped on interface .*: (\\d+)/(\\d+)"));
    m_errorBuffer += m_process->readAllStandardError();
    qsizetype newline = 0;
    while ((newline = m_errorBuffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromLocal8Bit(m_errorBuffer.left(newline)).trimmed();
        m_errorBuffer.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        const auto match = statisticsLine.match(line);
        if (match.hasMatch()) {
            m_statistics.received += match.captured(1).toULongLong();
            m_statistics.dropped += match.captured(2).toULongLong();
            continue;
        }
        // "Capturing on 'lo'" (printed before dumpcap knows whether it may), "File: -", "Packets
        // captured: 8", "Running as user root..." say nothing new.
        if (line.startsWith(QLatin1String("Capturing on ")) || line.startsWith(QLatin1String("File: "))
            || line.startsWith(QLatin1String("Packets captured: ")) || line.startsWith(QLatin1String("Running as user ")))
            continue;
        m_messages << line;
    }
}

void DumpcapProcess::finishIfDone()
{
    if (m_ended || !m_processDone || !(m_readerDone || !m_reader))
        return;
    m_ended = true;
    QString problem = m_exitProblem;
    const QString streamProblem = m_reader ? m_reader->problem() : QString();
    // When dumpcap could not start capturing its own lines say why; the empty stream adds nothing.
    if (!streamProblem.isEmpty() && (m_ready || m_messages.isEmpty()))
        problem = problem.isEmpty() ? tr("the capture stream from dumpcap could not be read: %1").arg(streamProblem)
                                    : tr("%1; the capture stream could not be read: %2").arg(problem, streamProblem);
    if (!problem.isEmpty() && !m_messages.isEmpty())
        problem += QStringLiteral("\n") + m_messages.join(QLatin1Char('\n'));
    Q_EMIT ended(problem);
}
