// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

struct ConnectionInfo;
class QLabel;
class QProgressBar;
class QPushButton;

// A file being sent on the selected connection: how much of it the kernel has taken, as a bar and
// in bytes, and a Cancel button. Hidden while no file is being sent.
class FileSendBar : public QWidget
{
    Q_OBJECT

public:
    explicit FileSendBar(QWidget *parent = nullptr);

    // Shows the connection's file send, or hides the bar when it has none (info may be null).
    void show(const ConnectionInfo *info);

    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelClicked();

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
};
