// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryquestion.h"

#include "mainwindow.h"
#include "session.h"

#include <QFileInfo>
#include <QPushButton>

RecoveryQuestion::RecoveryQuestion(const QStringList &interrupted, QWidget *parent)
    : QMessageBox(
        QMessageBox::Question, tr("Recover sessions"), QString(), QMessageBox::NoButton, parent)
    , m_interrupted(interrupted)
{
    QStringList names;
    for (const QString &path : interrupted)
        names << QFileInfo(path).fileName();
    setText(tr("SocketLab stopped without closing %n recorded session(s):", nullptr,
                int(interrupted.size()))
        + QStringLiteral("\n\n") + names.join(QLatin1Char('\n'))
        + tr("\n\nEverything recorded up to the interruption is there. Open them now?"));
    m_open = addButton(tr("Open"), QMessageBox::AcceptRole);
    m_forget = addButton(tr("Don't ask again"), QMessageBox::DestructiveRole);
    addButton(tr("Later"), QMessageBox::RejectRole);
    connect(this, &QMessageBox::buttonClicked, this, &RecoveryQuestion::answered);
}

void RecoveryQuestion::answered(QAbstractButton *button)
{
    if (button == m_open) {
        for (const QString &path : std::as_const(m_interrupted)) {
            QString error;
            if (MainWindow *recovered = MainWindow::openSessionFile(path, &error))
                recovered->show();
            else
                QMessageBox::warning(parentWidget(), tr("Cannot open session"), error);
            Session::releaseInterrupted(path);
        }
    } else if (button == m_forget) {
        for (const QString &path : std::as_const(m_interrupted))
            Session::releaseInterrupted(path);
    }
}
