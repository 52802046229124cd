// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class RuleForm;
class RuleTrial;
class Workbench;
struct Responder;

// The responder editor (docs/responders.md): a responder's settings, its rules in order (add,
// remove, move), one rule's fields, and a test of the rules on sample input. Shipped responders
// are read-only templates: what is edited is saved as an own responder under the name typed in
// the dialog (OwnResponders). Saving checks the file exactly as loading does and writes nothing
// when it fails; the problem, with its JSON path, is shown under the rules and the rule it
// names is selected, and the edit stays in the dialog. A saved responder is reloaded by every
// listener answering by its file, from the next connection or request (Workbench).
class ResponderEditor : public QDialog
{
    Q_OBJECT

public:
    explicit ResponderEditor(Workbench &workbench, QWidget *parent = nullptr);

    // Shows a shipped or own responder by name (the first shipped one when unknown).
    void open(const QString &name);

    QComboBox *responderField() const { return m_choice; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *descriptionField() const { return m_description; }
    QComboBox *framingField() const { return m_framing; }
    QListWidget *ruleList() const { return m_ruleList; }
    QPushButton *addRuleButton() const { return m_addRule; }
    QPushButton *removeRuleButton() const { return m_removeRule; }
    QPushButton *ruleUpButton() const { return m_ruleUp; }
    QPushButton *ruleDownButton() const { return m_ruleDown; }
    RuleForm *ruleForm() const { return m_form; }
    RuleTrial *trial() const { return m_trial; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    // An own responder was written (and running listeners told): the Listen form lists it.
    void saved(const QString &name);
    // An own responder's file was removed: the Listen form no longer offers it.
    void deleted(const QString &name);

private:
    QWidget *buildHeader();
    QWidget *buildRules();
    void fillChoices(const QString &select);
    void listResponders(const QString &select);
    void showChosen();
    void markEdited();
    void listRules(int select);
    void showRule();
    void takeRule();
    void addRule();
    void moveRule(int by);
    QByteArray json() const;
    std::shared_ptr<const Responder> check(QString *error) const;
    void save();
    void deleteShown();
    void showProblem(const QString &problem);

    Workbench &m_workbench;
    QJsonObject m_top; // the file's top object, as read (keys the editor has no field for stay)
    QJsonArray m_rules;
    bool m_showing = false;
    bool m_edited = false; // changed since shown or saved: switching asks first
    int m_shownIndex = -1; // the entry of m_choice whose file is shown
    QString m_shownName;
    QComboBox *m_choice = nullptr;
    QLabel *m_templateNote = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_framing = nullptr;
    QCheckBox *m_caseInsensitive = nullptr;
    QLineEdit *m_initialState = nullptr;
    QListWidget *m_ruleList = nullptr;
    QPushButton *m_addRule = nullptr;
    QPushButton *m_removeRule = nullptr;
    QPushButton *m_ruleUp = nullptr;
    QPushButton *m_ruleDown = nullptr;
    RuleForm *m_form = nullptr;
    RuleTrial *m_trial = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;   // enabled while an own responder is shown
};
