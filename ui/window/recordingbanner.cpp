// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingbanner.h"

#include "session.h"
#include "workbench.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

RecordingBanner::RecordingBanner(Workbench &workbench, QWidget *parent)
    : QFrame(parent)
    , m_workbench(workbench)
    , m_text(new QLabel)
    , m_recordElsewhere(new QPushButton(tr("Record elsewhere…")))
{
    setObjectName(QStringLiteral("recordingBanner"));
    // Red rather than the amber of a damaged file: this is data at stake now, not a note.
    setStyleSheet(QStringLiteral("#recordingBanner { background: #FDE2E1; border: 1px solid #C0392B; "
                                 "border-radius: 3px; } QLabel { color: #5C0B05; }"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recordElsewhere->setToolTip(tr("Copy what is recorded so far to a new file on another disk and go on "
                                     "recording there; the old file is removed, freeing its space"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_recordElsewhere, 0, Qt::AlignTop);
    connect(m_recordElsewhere, &QPushButton::clicked, this, &RecordingBanner::chooseNewFile);
    // Changed on the network thread.
    connect(&workbench.session(), &Session::recordingProblemChanged, this, &RecordingBanner::showProblem,
            Qt::QueuedConnection);
    showProblem(workbench.session().recordingProblem());
}

QString RecordingBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void RecordingBanner::showProblem(const QString &problem)
{
    m_text->setText(problem);
    setVisible(!problem.isEmpty());
}

void RecordingBanner::chooseNewFile()
{
    const QFileInfo current(m_workbench.session().journalPath());
    const QString path = QFileDialog::getSaveFileName(this, tr("Record elsewhere"),
        current.fileName(), tr("SocketLab sessions (*.socketlab)"), nullptr,
        QFileDialog::DontConfirmOverwrite);   // an existing file is refused, with the reason
    if (!path.isEmpty())
        m_workbench.moveRecording(path);
}
