// SPDX-License-Identifier: GPL-3.0-or-later
#include "multicastjoindialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

MulticastJoinDialog::MulticastJoinDialog(const QString &socketName, QWidget *parent)
    : QDialog(parent)
    , m_field(new QLineEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Join a multicast group"));
    auto *layout = new QVBoxLayout(this);
    // Wide enough for the prompt in three lines, with room for two lines of problem under the
    // field from the start: the dialog never has to grow (nor cut) while the user types.
    m_field->setMinimumWidth(fontMetrics().averageCharWidth() * 52);
    m_problem->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *prompt = new QLabel(tr("%1 joins the group (IP_ADD_MEMBERSHIP): GROUP, or GROUP@INTERFACE to choose the "
                                 "interface, e.g. 239.1.2.3@lo or ff02::1:3@lo")
                                  .arg(socketName));
    prompt->setWordWrap(true);
    prompt->setBuddy(m_field);
    m_field->setPlaceholderText(QStringLiteral("239.1.2.3@lo"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #D55E00;"));   // as the send panel's messages
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Join"));
    layout->addWidget(prompt);
    layout->addWidget(m_field);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_field, &QLineEdit::textChanged, this, &MulticastJoinDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

MulticastGroup MulticastJoinDialog::group() const
{
    QString ignored;
    return MulticastGroup::parse(m_field->text(), &ignored).value_or(MulticastGroup());
}

void MulticastJoinDialog::validate()
{
    QString problem;
    const bool valid = MulticastGroup::parse(m_field->text(), &problem).has_value();
    // An empty field is not wrong yet, only not done.
    m_problem->setText(valid || m_field->text().trimmed().isEmpty() ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}
