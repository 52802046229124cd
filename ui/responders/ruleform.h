// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// One rule of a responder as fields (docs/responders.md, "A rule"): when it answers, what it
// matches, its state and the state it moves to, how often, and its actions in order. It edits
// the rule's JSON object and nothing else; checking is ResponderLoader's, when the editor tests
// or saves, so the form never refuses a half-typed value.
class RuleForm : public QWidget
{
    Q_OBJECT

public:
    explicit RuleForm(QWidget *parent = nullptr);

    // fileCaseInsensitive: the responder's default, which the rule need not repeat.
    void load(const QJsonObject &rule, bool fileCaseInsensitive);
    QJsonObject rule() const { return m_rule; }

    QLineEdit *nameField() const { return m_name; }
    QComboBox *onField() const { return m_on; }
    QComboBox *matchField() const { return m_match; }
    QComboBox *patternKindField() const { return m_patternKind; }
    QLineEdit *patternField() const { return m_pattern; }
    QCheckBox *caseInsensitiveBox() const { return m_caseInsensitive; }
    QLineEdit *stateField() const { return m_state; }
    QLineEdit *nextField() const { return m_next; }
    QComboBox *oftenField() const { return m_often; }
    QListWidget *actionList() const { return m_actions; }
    QPushButton *addActionButton() const { return m_addAction; }
    QPushButton *removeActionButton() const { return m_removeAction; }
    QComboBox *actionKindField() const { return m_actionKind; }
    QPlainTextEdit *actionTextField() const { return m_actionText; }
    QPlainTextEdit *bodyField() const { return m_body; }
    QSpinBox *waitField() const { return m_wait; }

Q_SIGNALS:
    void changed();

private:
    QWidget *buildActions();
    void showRule();
    void showAction();
    void showActionRows();
    void takeRule();
    void takeAction();
    void moveAction(int by);
    void listActions();

    QJsonObject m_rule;
    QJsonArray m_then;
    bool m_fileCaseInsensitive = false;
    bool m_showing = false; // fields are being filled from m_rule: not an edit
    QString m_replyToolTip;
    QFormLayout *m_form = nullptr;
    QFormLayout *m_actionForm = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_on = nullptr;
    QComboBox *m_match = nullptr;
    QComboBox *m_patternKind = nullptr;
    QLineEdit *m_pattern = nullptr;
    QCheckBox *m_caseInsensitive = nullptr;
    QLineEdit *m_state = nullptr;
    QLineEdit *m_next = nullptr;
    QComboBox *m_often = nullptr;
    QListWidget *m_actions = nullptr;
    QPushButton *m_addAction = nullptr;
    QPushButton *m_removeAction = nullptr;
    QPushButton *m_actionUp = nullptr;
    QPushButton *m_actionDown = nullptr;
    QComboBox *m_actionKind = nullptr;
    QPlainTextEdit *m_actionText = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QSpinBox *m_wait = nullptr;
};
