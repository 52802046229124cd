// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class Workbench;

// Says, across the top of the window, that the recording cannot be written (a full disk) and
// what SocketLab does meanwhile (it reads and sends nothing), and offers to go on recording in a
// file elsewhere: Journal::moveTo copies what is recorded so far there, continues the session in
// it and removes the old file, which frees the full disk. Hidden while the journal is written;
// it goes away by itself when space returns.
class RecordingBanner : public QFrame
{
    Q_OBJECT

public:
    explicit RecordingBanner(Workbench &workbench, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *recordElsewhereButton() const { return m_recordElsewhere; }

private:
    void showProblem(const QString &problem);
    void chooseNewFile();

    Workbench &m_workbench;
    QLabel *m_text = nullptr;
    QPushButton *m_recordElsewhere = nullptr;
};
