// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingdestination.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace RecordingDestination {

bool startRecording(Session &session, const QString &path, Session::PathChoice choice, QWidget *parent,
                    QString *error)
{
    QString reason;
    const Journal::Destination found = Journal::destination(path, &reason);
    Journal::Existing existing = Journal::Existing::Refuse;
    if (found == Journal::Destination::NotASession || found == Journal::Destination::SymbolicLink) {
        const auto tr = [](const char *text) { return QCoreApplication::translate("RecordingDestination", text); };
        QMessageBox box(QMessageBox::Warning, tr("Record the session"), reason + QLatin1Char('.'),
                        QMessageBox::NoButton, parent);
        box.setInformativeText(found == Journal::Destination::SymbolicLink
                                   ? tr("Replace the link with the recording? What it points to is left alone.")
                                   : tr("Replace the file with the recording? Its contents are lost."));
        QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(cancel);   // Enter keeps the file
        box.exec();
        if (box.clickedButton() != replace) {
            *error = reason;
            return false;
        }
        existing = Journal::Existing::Replace;
    }
    return session.startRecording(path, error, choice, existing);
}

} // namespace RecordingDestination
