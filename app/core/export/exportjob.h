// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"
#include "streamexport.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;
class QThread;
class Session;

// Runs one export to a file on a worker thread, so the thread that starts it (the GUI's) keeps
// running. The file is written through QSaveFile: it replaces the destination only when the
// export completed, so a failure or a cancel leaves whatever was there untouched.
//
// Signals are emitted in the job's own thread: progress() at most every ProgressIntervalMs
// (and once at the start and once at the end of a success), then finished() exactly once.
// The session must outlive the job; it may keep recording meanwhile (the export covers the
// events there were when it started).
class ExportJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int ProgressIntervalMs = 50; // at most 20 progress signals a second

    // Why path cannot take an export, or empty. A directory, a device or a pipe is refused
    // before any work: QSaveFile writes a temporary file beside the destination and renames it
    // over it, which for /dev/full (run as root) would replace the device itself.
    static QString destinationProblem(const QString &path);

    ExportJob(const Session &session, ExportFormat format, const QString &path,
        QObject *parent = nullptr);
    // One direction of one connection's bytes, exactly (exportStream()): "save what it received".
    ExportJob(const Session &session, ConnectionId connection, StreamDirection direction, const QString &path,
        QObject *parent = nullptr);
    // Cancels a running export and waits for its thread; finished() is then not emitted.
    ~ExportJob() override;

    ExportFormat format() const { return m_format; }
    QString path() const { return m_path; }
    // After finished(true): what the format could not carry, a line each (see exportSession()).
    QStringList notes() const { return m_notes; }
    bool isRunning() const { return m_thread != nullptr; }

    // Starts the export; does nothing when it is running or has run.
    void start();
    // Any thread. Unless the file was already complete, the job soon finishes with ok == false
    // and the destination unchanged.
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &error);

private:
    void run(); // on the worker thread
    void done(bool ok, const QString &error);

    // What the job writes: a whole session in a format, or one stream.
    using Writer = std::function<bool(QIODevice &out, const ExportProgress &progress, QString *error)>;

    const Session &m_session;
    ExportFormat m_format = ExportFormat::Text;   // for a session export
    Writer m_write;
    QString m_path;
    QStringList m_notes;   // written by the worker before it posts done()
    QThread *m_thread = nullptr;
    bool m_started = false;
    std::atomic<bool> m_cancelRequested { false };
};
