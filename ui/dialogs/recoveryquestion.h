// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QStringList>

class QPushButton;

// "SocketLab stopped without closing N recorded sessions: open them now?" Open shows each in a
// read-only window, Don't ask again forgets them (the files stay), Later asks at the next start.
class RecoveryQuestion : public QMessageBox
{
    Q_OBJECT

public:
    RecoveryQuestion(const QStringList &interrupted, QWidget *parent);

    QPushButton *openButton() const { return m_open; }
    QPushButton *forgetButton() const { return m_forget; }

private:
    void answered(QAbstractButton *button);

    QStringList m_interrupted;
    QPushButton *m_open = nullptr;
    QPushButton *m_forget = nullptr;
};
