// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportjob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

ExportJob::ExportJob(
    const Session &session, ExportFormat format, const QString &path, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_format(format)
    , m_path(path)
{
    m_write = [this](QIODevice &out, const ExportProgress &progress, QString *error) {
        return exportSession(m_session, m_format, out, progress, error, &m_notes);
    };
}

ExportJob::ExportJob(const Session &session, ConnectionId connection, StreamDirection direction, const QString &path,
    QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_path(path)
{
    m_write = [this, connection, direction](QIODevice &out, const ExportProgress &progress, QString *error) {
        return exportStream(m_session, connection, direction, out, progress, error);
    };
}

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_cancelRequested.store(true);
        m_thread->wait();
        delete m_thread;
    }
    // Whatever the worker posted to this object is discarded with it: no signal follows.
}

void ExportJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("export"));
    m_thread->start();
}

void ExportJob::cancel()
{
    m_cancelRequested.store(true);
}

QString ExportJob::destinationProblem(const QString &path)
{
    const QFileInfo info(path);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (info.isDir())
        return tr("Cannot export to %1: it is a directory").arg(shownPath);
    if (info.exists() && !info.isFile())
        return tr("Cannot export to %1: it is not a regular file (a device, a pipe or a socket)").arg(shownPath);
    return {};
}

void ExportJob::run()
{
    const QString shownPath = QDir::toNativeSeparators(m_path);
    bool ok = false;
    QString error;
    // QSaveFile would only fail at the final rename, after all the work.
    if (const QString problem = destinationProblem(m_path); !problem.isEmpty()) {
        error = problem;
    } else {
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly)) {
            error = tr("Cannot export to %1: %2").arg(shownPath, file.errorString());
        } else {
            // An export holds the session's bytes, which can be secrets: owner only, as the
            // journal is (QSaveFile would otherwise give a new file 0666 minus the umask).
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QElapsedTimer sinceReport;
            // Signals are emitted from the job's thread, so receivers see them in order and
            // none arrives after finished().
            auto post = [this](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { Q_EMIT progress(done, total); },
                    Qt::QueuedConnection);
            };
            const auto report = [&](qint64 done, qint64 total) {
                if (m_cancelRequested.load(std::memory_order_relaxed))
                    return false;
                if (!sinceReport.isValid() || sinceReport.elapsed() >= ProgressIntervalMs
                    || done == total) {
                    sinceReport.start();
                    post(done, total);
                }
                return true;
            };
            QString exportError;
            const bool exported = m_write(file, report, &exportError);
            if (!exported || m_cancelRequested.load()) {
                file.cancelWriting();
                error = m_cancelRequested.load()
                    ? tr("Export to %1 cancelled; the file was not changed").arg(shownPath)
                    : tr("Cannot export to %1: %2").arg(shownPath, exportError);
            } else if (!file.commit()) {
                error = tr("Cannot export to %1: %2").arg(shownPath, file.errorString());
            } else {
                ok = true;
            }
        }
    }
    QMetaObject::invokeMethod(
        this, [this, ok, error] { done(ok, error); }, Qt::QueuedConnection);
}

void ExportJob::done(bool ok, const QString &error)
{
    // The worker posted this as its last act: the thread is ending, or has ended.
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    Q_EMIT finished(ok, error);
}
