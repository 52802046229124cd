// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleform.h"

#include "escapedtext.h"
#include "fixedpitchfont.h"
#include "ownresponders.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

const QString ReplyKey = QStringLiteral("reply");
const QString ReplyHexKey = QStringLiteral("replyHex");
const QString WaitKey = QStringLiteral("wait");
const QString CloseKey = QStringLiteral("close");
const QString AbortKey = QStringLiteral("abort");
const QString SendFileKey = QStringLiteral("sendFile");
const QString BodyKey = QStringLiteral("body");

QString actionKey(const QJsonObject &action)
{
    for (const QString &key : { ReplyKey, ReplyHexKey, SendFileKey, WaitKey, CloseKey, AbortKey }) {
        if (action.contains(key))
            return key;
    }
    return ReplyKey;
}

void selectData(QComboBox *box, const QString &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

QPlainTextEdit *textField(int lines)
{
    auto *field = new QPlainTextEdit;
    field->setFont(FixedPitchFont::font());
    field->setTabChangesFocus(true);
    field->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    field->setFixedHeight(field->fontMetrics().lineSpacing() * lines + 12);
    return field;
}

} // namespace

RuleForm::RuleForm(QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit;
    m_name->setToolTip(tr("Unique in the responder; the log's note names the rule that answered"));
    m_on = new QComboBox;
    m_on->addItem(tr("on data that matches"), QStringLiteral("data"));
    m_on->addItem(tr("on connect (a greeting)"), QStringLiteral("connect"));
    m_match = new QComboBox;
    m_match->addItem(tr("anything"), QStringLiteral("any"));
    m_match->addItem(tr("exactly"), QStringLiteral("exact"));
    m_match->addItem(tr("starts with"), QStringLiteral("prefix"));
    m_match->addItem(tr("contains"), QStringLiteral("contains"));
    m_match->addItem(tr("regular expression"), QStringLiteral("regex"));
    m_patternKind = new QComboBox;
    m_patternKind->addItem(tr("text (escapes \\r \\n \\t \\xNN)"), QStringLiteral("text"));
    m_patternKind->addItem(tr("hex bytes"), QStringLiteral("hex"));
    m_pattern = new QLineEdit;
    m_pattern->setFont(FixedPitchFont::font());
    m_caseInsensitive = new QCheckBox(tr("Case-insensitive (ASCII letters)"));
    m_state = new QLineEdit;
    m_state->setPlaceholderText(tr("every state"));
    m_state->setToolTip(tr("The rule applies only while the connection is in this state"));
    m_next = new QLineEdit;
    m_next->setPlaceholderText(tr("stays in its state"));
    m_next->setToolTip(tr("After the rule answered, the connection moves to this state"));
    m_often = new QComboBox;
    m_often->addItem(tr("every time"), false);
    m_often->addItem(tr("once per connection"), true);

    m_form->addRow(tr("Rule name"), m_name);
    m_form->addRow(tr("When"), m_on);
    m_form->addRow(tr("Match"), m_match);
    m_form->addRow(tr("Pattern as"), m_patternKind);
    m_form->addRow(tr("Pattern"), m_pattern);
    m_form->addRow(QString(), m_caseInsensitive);
    m_form->addRow(tr("In state"), m_state);
    m_form->addRow(tr("Moves to state"), m_next);
    m_form->addRow(tr("How often"), m_often);
    m_form->addRow(tr("Then"), buildActions());

    for (QLineEdit *field : { m_name, m_pattern, m_state, m_next })
        connect(field, &QLineEdit::textEdited, this, &RuleForm::takeRule);
    for (QComboBox *box : { m_on, m_match, m_patternKind, m_often })
        connect(box, &QComboBox::currentIndexChanged, this, &RuleForm::takeRule);
    connect(m_caseInsensitive, &QCheckBox::toggled, this, &RuleForm::takeRule);
    showRule();
}

QWidget *RuleForm::buildActions()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_actions = new QListWidget;
    m_actions->setFixedHeight(m_actions->fontMetrics().lineSpacing() * 3 + 12);
    m_addAction = new QPushButton(tr("Add action"));
    m_removeAction = new QPushButton(tr("Remove action"));
    m_actionUp = new QPushButton(tr("Up"));
    m_actionDown = new QPushButton(tr("Down"));
    // Two by two: in a row the four were wider than the form on a 1280×720 screen in German.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_addAction, 0, 0);
    buttons->addWidget(m_removeAction, 0, 1);
    buttons->addWidget(m_actionUp, 1, 0);
    buttons->addWidget(m_actionDown, 1, 1);
    buttons->setColumnStretch(2, 1);
    m_actionKind = new QComboBox;
    m_actionKind->addItem(tr("reply text"), ReplyKey);
    m_actionKind->addItem(tr("reply hex bytes"), ReplyHexKey);
    m_actionKind->addItem(tr("send a file"), SendFileKey);
    m_actionKind->addItem(tr("wait"), WaitKey);
    m_actionKind->addItem(tr("close (FIN)"), CloseKey);
    m_actionKind->addItem(tr("abort (RST)"), AbortKey);
    m_actionText = textField(3);
    m_replyToolTip
        = tr("Escapes \\r \\n \\t \\xNN; \\1 … \\9 a regular expression's group; variables "
             "${name} ${peer} ${counter} ${time} ${received} ${input} ${bodyLength}");
    m_actionText->setToolTip(m_replyToolTip);
    m_body = textField(4);
    m_body->setPlaceholderText(
        tr("optional: sent after the reply; ${bodyLength} in the reply is its length"));
    m_wait = new QSpinBox;
    m_wait->setRange(0, 60000);
    m_wait->setSuffix(tr(" ms"));
    auto *details = new QWidget;
    m_actionForm = new QFormLayout(details);
    m_actionForm->setContentsMargins(0, 0, 0, 0);
    m_actionForm->addRow(tr("Action"), m_actionKind);
    m_actionForm->addRow(tr("Text"), m_actionText);
    m_actionForm->addRow(tr("Body"), m_body);
    m_actionForm->addRow(tr("Wait"), m_wait);
    layout->addWidget(m_actions);
    layout->addLayout(buttons);
    layout->addWidget(details);

    connect(m_actions, &QListWidget::currentRowChanged, this, &RuleForm::showAction);
    connect(m_addAction, &QPushButton::clicked, this, [this] {
        const int at = m_actions->currentRow() + 1;
        m_then.insert(at, QJsonObject { { ReplyKey, QString() } });
        listActions();
        m_actions->setCurrentRow(at);
        showAction();
        takeRule();
        m_actionText->setFocus();
    });
    connect(m_removeAction, &QPushButton::clicked, this, [this] {
        const int at = m_actions->currentRow();
        if (at < 0)
            return;
        m_then.removeAt(at);
        listActions();
        m_actions->setCurrentRow(qMin(at, int(m_then.size()) - 1));
        showAction();
        takeRule();
    });
    connect(m_actionUp, &QPushButton::clicked, this, [this] { moveAction(-1); });
    connect(m_actionDown, &QPushButton::clicked, this, [this] { moveAction(1); });
    connect(m_actionKind, &QComboBox::currentIndexChanged, this, &RuleForm::takeAction);
    connect(m_actionText, &QPlainTextEdit::textChanged, this, &RuleForm::takeAction);
    connect(m_body, &QPlainTextEdit::textChanged, this, &RuleForm::takeAction);
    connect(m_wait, &QSpinBox::valueChanged, this, &RuleForm::takeAction);
    return box;
}

void RuleForm::load(const QJsonObject &rule, bool fileCaseInsensitive)
{
    m_rule = rule;
    m_then = rule.value(QStringLiteral("then")).toArray();
    m_fileCaseInsensitive = fileCaseInsensitive;
    showRule();
}

void RuleForm::showRule()
{
    m_showing = true;
    m_name->setText(m_rule.value(QStringLiteral("name")).toString());
    const bool connectRule
        = m_rule.value(QStringLiteral("on")).toString() == QLatin1String("connect");
    selectData(m_on, connectRule ? QStringLiteral("connect") : QStringLiteral("data"));
    selectData(m_match, m_rule.value(QStringLiteral("match")).toString());
    const bool hex = m_rule.contains(QStringLiteral("hex"));
    selectData(m_patternKind, hex ? QStringLiteral("hex") : QStringLiteral("text"));
    m_pattern->setText(hex
            ? m_rule.value(QStringLiteral("hex")).toString()
            : EscapedText::forEditing(m_rule.value(QStringLiteral("text")).toString()));
    m_caseInsensitive->setChecked(
        m_rule.value(QStringLiteral("caseInsensitive")).toBool(m_fileCaseInsensitive));
    m_state->setText(m_rule.value(QStringLiteral("state")).toString());
    m_next->setText(m_rule.value(QStringLiteral("next")).toString());
    m_often->setCurrentIndex(m_rule.value(QStringLiteral("once")).toBool() ? 1 : 0);
    listActions();
    {
        const QSignalBlocker blocker(m_actions);
        m_actions->setCurrentRow(m_then.isEmpty() ? -1 : 0);
    }
    m_showing = false;
    showAction();
    showActionRows();
}

void RuleForm::listActions()
{
    // Relisting is no choice of another action: the fields being typed in keep their cursor.
    const QSignalBlocker blocker(m_actions);
    const int row = m_actions->currentRow();
    m_actions->clear();
    for (const QJsonValue &value : std::as_const(m_then)) {
        const QJsonObject action = value.toObject();
        const QString key = actionKey(action);
        QString text;
        if (key == ReplyKey)
            text = tr("reply: %1").arg(EscapedText::forEditing(action.value(key).toString()));
        else if (key == ReplyHexKey)
            text = tr("reply hex: %1").arg(action.value(key).toString());
        else if (key == SendFileKey)
            text = tr("send the file %1").arg(action.value(key).toString());
        else if (key == WaitKey)
            text = tr("wait %1 ms").arg(action.value(key).toInt());
        else
            text = key == CloseKey ? tr("close (FIN)") : tr("abort (RST)");
        if (action.contains(BodyKey))
            text += tr(" + body");
        text.replace(QLatin1Char('\n'), QChar(0x23ce));
        m_actions->addItem(text.left(80));
    }
    m_actions->setCurrentRow(qMin(row, int(m_then.size()) - 1));
}

void RuleForm::showAction()
{
    const int at = m_actions->currentRow();
    const bool showing = std::exchange(m_showing, true);
    const QJsonObject action = at >= 0 ? m_then.at(at).toObject() : QJsonObject();
    const QString key = actionKey(action);
    selectData(m_actionKind, key);
    m_actionText->setPlainText(key == ReplyKey
            ? EscapedText::forEditing(action.value(key).toString())
            : key == ReplyHexKey || key == SendFileKey ? action.value(key).toString()
                                                       : QString());
    m_actionText->setToolTip(key == SendFileKey
            ? tr("The name of a file in the responder's own folder (%1): "
                 "its bytes are sent, at most 1 MiB")
                  .arg(QDir::toNativeSeparators(OwnResponders::directory()))
            : m_replyToolTip);
    m_body->setPlainText(EscapedText::forEditing(action.value(BodyKey).toString()));
    m_wait->setValue(action.value(WaitKey).toInt());
    m_showing = showing;
    showActionRows();
}

void RuleForm::showActionRows()
{
    const bool dataRule = m_on->currentData().toString() == QLatin1String("data");
    const bool hasPattern = dataRule && m_match->currentData().toString() != QLatin1String("any");
    m_form->setRowVisible(m_match, dataRule);
    m_form->setRowVisible(m_patternKind, hasPattern);
    m_form->setRowVisible(m_pattern, hasPattern);
    m_form->setRowVisible(m_caseInsensitive, hasPattern);
    const bool hasAction = m_actions->currentRow() >= 0;
    const QString key = m_actionKind->currentData().toString();
    m_actionForm->setRowVisible(m_actionKind, hasAction);
    m_actionForm->setRowVisible(
        m_actionText, hasAction && (key == ReplyKey || key == ReplyHexKey || key == SendFileKey));
    m_actionForm->setRowVisible(m_body, hasAction && key == ReplyKey);
    m_actionForm->setRowVisible(m_wait, hasAction && key == WaitKey);
    m_removeAction->setEnabled(hasAction);
    m_actionUp->setEnabled(m_actions->currentRow() > 0);
    m_actionDown->setEnabled(hasAction && m_actions->currentRow() + 1 < m_actions->count());
}

void RuleForm::takeAction()
{
    const int at = m_actions->currentRow();
    if (m_showing || at < 0)
        return;
    const QString key = m_actionKind->currentData().toString();
    QJsonObject action;
    if (key == ReplyKey) {
        action.insert(key, m_actionText->toPlainText());
        if (!m_body->toPlainText().isEmpty())
            action.insert(BodyKey, m_body->toPlainText());
    } else if (key == ReplyHexKey || key == SendFileKey) {
        action.insert(key, m_actionText->toPlainText());
    } else if (key == WaitKey) {
        action.insert(key, m_wait->value());
    } else {
        action.insert(key, true);
    }
    m_then.replace(at, action);
    listActions();
    showActionRows();
    takeRule();
}

void RuleForm::moveAction(int by)
{
    const int at = m_actions->currentRow();
    const int to = at + by;
    if (at < 0 || to < 0 || to >= m_then.size())
        return;
    const QJsonValue moved = m_then.takeAt(at);
    m_then.insert(to, moved);
    listActions();
    m_actions->setCurrentRow(to);
    showAction();
    takeRule();
}

void RuleForm::takeRule()
{
    showActionRows();
    if (m_showing)
        return;
    QJsonObject rule;
    rule.insert(QStringLiteral("name"), m_name->text());
    if (m_on->currentData().toString() == QLatin1String("connect")) {
        rule.insert(QStringLiteral("on"), QStringLiteral("connect"));
    } else {
        const QString match = m_match->currentData().toString();
        rule.insert(QStringLiteral("match"), match);
        if (match != QLatin1String("any")) {
            rule.insert(m_patternKind->currentData().toString(), m_pattern->text());
            if (m_caseInsensitive->isChecked() != m_fileCaseInsensitive)
                rule.insert(QStringLiteral("caseInsensitive"), m_caseInsensitive->isChecked());
        }
    }
    if (!m_state->text().isEmpty())
        rule.insert(QStringLiteral("state"), m_state->text());
    if (m_often->currentData().toBool())
        rule.insert(QStringLiteral("once"), true);
    if (!m_then.isEmpty())
        rule.insert(QStringLiteral("then"), m_then);
    if (!m_next->text().isEmpty())
        rule.insert(QStringLiteral("next"), m_next->text());
    m_rule = rule;
    Q_EMIT changed();
}
