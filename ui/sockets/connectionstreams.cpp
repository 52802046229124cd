// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionstreams.h"

#include "exportjob.h"
#include "flowlayout.h"
#include "session.h"
#include "streamdigestjob.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

int index(StreamDirection direction)
{
    return direction == StreamDirection::Received ? 0 : 1;
}

} // namespace

ConnectionStreams::ConnectionStreams(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_counts = new QLabel;
    m_counts->setWordWrap(true);
    m_saveReceived = new QPushButton(tr("Save received…"));
    m_saveReceived->setToolTip(
        tr("Write every byte this connection received to a file, exactly as it arrived"));
    m_saveSent = new QPushButton(tr("Save sent…"));
    m_saveSent->setToolTip(tr("Write every byte this connection sent to a file"));
    m_digest = new QPushButton(tr("SHA-256…"));
    m_digest->setToolTip(
        tr("Compute the SHA-256 of what this connection received and sent, to compare with "
           "the other end (sha256sum, Python's hashlib)"));
    m_digestText = new QLabel;
    m_digestText->setObjectName(QStringLiteral("digests"));
    m_digestText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_digestText->setWordWrap(true);
    m_digestText->setFont(QFont(QStringLiteral("monospace")));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The buttons wrap: in a row, in German, they made the connection info wider than its dock
    // on a 1280×720 screen, and the counts above them were cut at the right edge.
    auto *buttons = new FlowLayout;
    buttons->addWidget(m_saveReceived);
    buttons->addWidget(m_saveSent);
    buttons->addWidget(m_digest);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addLayout(buttons);
    layout->addWidget(m_digestText);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);

    connect(m_saveReceived, &QPushButton::clicked, this,
        [this] { save(m_connection, StreamDirection::Received); });
    connect(m_saveSent, &QPushButton::clicked, this,
        [this] { save(m_connection, StreamDirection::Sent); });
    connect(m_digest, &QPushButton::clicked, this, &ConnectionStreams::computeDigests);
    setConnection(0);
}

ConnectionStreams::~ConnectionStreams() = default; // the jobs are children: they cancel and wait

void ConnectionStreams::setConnection(ConnectionId id)
{
    if (id == m_connection && id != 0)
        return;
    m_connection = id;
    for (QPointer<StreamDigestJob> &job : m_digests)
        delete job; // a digest of another connection is not this one's
    m_digestLines[0].clear();
    m_digestLines[1].clear();
    m_digestText->clear();
    m_message->clear();
    m_progress->setVisible(m_save);
    refreshCounts();
}

void ConnectionStreams::refreshCounts()
{
    const auto info = m_session.connections().find(m_connection);
    const bool stream = info && !info->isListener();
    setVisible(stream);
    if (!stream)
        return;
    m_counts->setText(tr("Received %1 bytes in %2 reads, sent %3 bytes in %4 writes")
                          .arg(info->bytesIn)
                          .arg(info->chunksIn)
                          .arg(info->bytesOut)
                          .arg(info->chunksOut));
    m_saveReceived->setEnabled(!m_save);
    m_saveSent->setEnabled(!m_save);
    m_digest->setEnabled(!m_digests[0] && !m_digests[1]);
}

void ConnectionStreams::save(ConnectionId id, StreamDirection direction)
{
    const auto info = m_session.connections().find(id);
    if (!info || m_save)
        return;
    const bool received = direction == StreamDirection::Received;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2.bin")
            .arg(info->name, received ? QStringLiteral("received") : QStringLiteral("sent")));
    const QString path = QFileDialog::getSaveFileName(this,
        received ? tr("Save what %1 received").arg(info->name)
                 : tr("Save what %1 sent").arg(info->name),
        suggested);
    if (path.isEmpty())
        return;
    const quint64 bytes = received ? info->bytesIn : info->bytesOut;
    m_save = new ExportJob(m_session, id, direction, path, this);
    connect(m_save, &ExportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    });
    connect(m_save, &ExportJob::finished, this,
        [this, bytes, path, name = info->name, received](bool ok, const QString &error) {
            m_save->deleteLater();
            m_save = nullptr;
            m_progress->hide();
            if (ok)
                showMessage(received ? tr("Saved the %1 bytes %2 received to %3")
                                           .arg(bytes)
                                           .arg(name, QDir::toNativeSeparators(path))
                                     : tr("Saved the %1 bytes %2 sent to %3")
                                           .arg(bytes)
                                           .arg(name, QDir::toNativeSeparators(path)),
                    false);
            else
                showMessage(error, true);
            refreshCounts();
        });
    m_progress->setValue(0);
    m_progress->show();
    showMessage(tr("Saving to %1…").arg(QDir::toNativeSeparators(path)), false);
    m_save->start();
    refreshCounts();
}

void ConnectionStreams::addSaveActions(QMenu *menu, const ConnectionInfo &info)
{
    if (info.isListener())
        return;
    menu->addSeparator();
    const ConnectionId id = info.id;
    QAction *received = menu->addAction(
        tr("Save what it &received…"), this, [this, id] { save(id, StreamDirection::Received); });
    received->setObjectName(QStringLiteral("saveReceived"));
    QAction *sent = menu->addAction(
        tr("Save what it s&ent…"), this, [this, id] { save(id, StreamDirection::Sent); });
    sent->setObjectName(QStringLiteral("saveSent"));
    received->setEnabled(!m_save);
    sent->setEnabled(!m_save);
}

void ConnectionStreams::computeDigests()
{
    if (m_connection == 0 || m_digests[0] || m_digests[1])
        return;
    m_digestLines[0] = m_digestLines[1] = tr("computing…");
    showDigests();
    m_progress->setValue(0);
    m_progress->show();
    startDigest(StreamDirection::Received);
    startDigest(StreamDirection::Sent);
    refreshCounts();
}

void ConnectionStreams::startDigest(StreamDirection direction)
{
    auto *job = new StreamDigestJob(m_session, m_connection, direction, this);
    m_digests[index(direction)] = job;
    connect(job, &StreamDigestJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    });
    connect(job, &StreamDigestJob::finished, this,
        [this, job, direction](bool ok, const StreamDigest &digest, const QString &error) {
            m_digestLines[index(direction)]
                = ok ? tr("%1  (%2 bytes)").arg(digest.sha256).arg(digest.bytes) : error;
            job->deleteLater();
            m_digests[index(direction)] = nullptr;
            if (!m_digests[0] && !m_digests[1])
                m_progress->setVisible(m_save);
            showDigests();
            refreshCounts();
        });
    job->start();
}

void ConnectionStreams::showDigests()
{
    m_digestText->setText(
        tr("SHA-256 received: %1\nSHA-256 sent: %2").arg(m_digestLines[0], m_digestLines[1]));
}

void ConnectionStreams::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #D55E00;") : QString());
    m_message->setText(text);
}
