// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "multicastgroup.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for a multicast group to join, typed as on the command line: GROUP or GROUP@INTERFACE.
// What is wrong with the text is said under the field as it is typed (never moving the cursor),
// and Join is enabled only for a group; the system's own refusal (no such interface, no route)
// comes later, in the socket's log.
class MulticastJoinDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MulticastJoinDialog(const QString &socketName, QWidget *parent = nullptr);

    MulticastGroup group() const;   // valid once accepted

    QLineEdit *field() const { return m_field; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    QLineEdit *m_field = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
