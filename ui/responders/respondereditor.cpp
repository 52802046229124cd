// SPDX-License-Identifier: GPL-3.0-or-later
#include "respondereditor.h"

#include "ownresponders.h"
#include "responderloader.h"
#include "ruleform.h"
#include "ruletrial.h"
#include "workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

const QString RulesKey = QStringLiteral("rules");

QString pathOf(const QString &name, bool shipped)
{
    return shipped
        ? QDir(ResponderLoader::builtInDirectory()).filePath(name + QStringLiteral(".json"))
        : OwnResponders::pathOf(name);
}

QString ruleTitle(const QJsonObject &rule)
{
    const QString state = rule.value(QStringLiteral("state")).toString();
    const QString name = rule.value(QStringLiteral("name")).toString();
    return state.isEmpty() ? name : QStringLiteral("%1  [%2]").arg(name, state);
}

} // namespace

ResponderEditor::ResponderEditor(Workbench &workbench, QWidget *parent)
    : QDialog(parent)
    , m_workbench(workbench)
{
    setWindowTitle(tr("Responders"));
    m_form = new RuleForm;
    // Tried where it will be saved: a "send a file" action finds its file in the own folder.
    m_trial = new RuleTrial([this](QString *error) -> std::shared_ptr<const Responder> {
        const std::shared_ptr<const Responder> checked = check(error);
        if (!checked)
            return nullptr;
        auto located = std::make_shared<Responder>(*checked);
        located->path = OwnResponders::pathOf(m_name->text().trimmed());
        return located;
    });
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save = new QPushButton(tr("Save"));
    m_save->setToolTip(
        tr("Check the rules as loading does and save them as your own responder under the name "
           "above; listeners answering by it take them from their next connection or request"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ResponderEditor::save);
    m_delete = new QPushButton(tr("Delete"));
    m_delete->setToolTip(tr("Delete this responder of yours (its file); listeners answering by it "
                            "keep its rules until they close"));
    m_delete->setAutoDefault(false);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    connect(m_delete, &QPushButton::clicked, this, &ResponderEditor::deleteShown);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *test = new QGroupBox(tr("Test the rules"));
    auto *testLayout = new QVBoxLayout(test);
    testLayout->addWidget(m_trial);
    // Rules, the rule, and its test side by side: all three in view on a 1280×720 projector.
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(buildRules());
    split->addWidget(scroll);
    split->addWidget(test);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setSizes({ 220, 580, 360 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(split, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(1200, 660);

    connect(m_form, &RuleForm::changed, this, &ResponderEditor::takeRule);
    listResponders(QString());
}

QWidget *ResponderEditor::buildHeader()
{
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_choice = new QComboBox;
    m_templateNote
        = new QLabel(tr("A shipped responder is a read-only template: your edits are saved as your "
                        "own responder under the name below."));
    m_templateNote->setWordWrap(true);
    m_name = new QLineEdit;
    m_name->setToolTip(tr("Lower-case letters, digits and '-'; the file is NAME.json in %1")
                           .arg(QDir::toNativeSeparators(OwnResponders::directory())));
    m_description = new QLineEdit;
    m_framing = new QComboBox;
    m_framing->addItem(tr("per chunk (each read as it came)"), QStringLiteral("chunk"));
    m_framing->addItem(tr("per line (LF or CRLF)"), QStringLiteral("line"));
    auto *framingHelp
        = new QLabel(tr("Per chunk, a rule sees exactly what one read() returned: what the peer "
                        "wrote in one send() may "
                        "arrive split over two reads, or two writes in one read, since TCP is a "
                        "byte stream. Per line, "
                        "the bytes are collected up to each line feed and every line is matched "
                        "without its LF or CRLF, "
                        "the way line protocols such as SMTP or an HTTP request are read."));
    framingHelp->setWordWrap(true);
    m_caseInsensitive
        = new QCheckBox(tr("Rules match case-insensitively unless they say otherwise"));
    m_initialState = new QLineEdit;
    m_initialState->setPlaceholderText(tr("none: no rule names a state"));
    grid->addWidget(new QLabel(tr("Responder")), 0, 0);
    grid->addWidget(m_choice, 0, 1, 1, 2);
    grid->addWidget(new QLabel(tr("Save as")), 0, 3);
    grid->addWidget(m_name, 0, 4);
    grid->addWidget(m_templateNote, 1, 1, 1, 4);
    grid->addWidget(new QLabel(tr("Description")), 2, 0);
    grid->addWidget(m_description, 2, 1, 1, 4);
    grid->addWidget(new QLabel(tr("Framing")), 3, 0);
    grid->addWidget(m_framing, 3, 1);
    grid->addWidget(m_caseInsensitive, 3, 2);
    grid->addWidget(new QLabel(tr("Initial state")), 3, 3);
    grid->addWidget(m_initialState, 3, 4);
    grid->addWidget(framingHelp, 4, 1, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(4, 1);

    connect(m_choice, &QComboBox::activated, this, &ResponderEditor::showChosen);
    for (QLineEdit *field : { m_name, m_description, m_initialState })
        connect(field, &QLineEdit::textEdited, this, &ResponderEditor::markEdited);
    connect(m_framing, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_showing)
            markEdited();
    });
    connect(m_caseInsensitive, &QCheckBox::toggled, this, [this] {
        if (m_showing)
            return;
        markEdited();
        showRule(); // the rule form shows the new default
    });
    return box;
}

QWidget *ResponderEditor::buildRules()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Rules, in order: the first that matches answers")));
    m_ruleList = new QListWidget;
    layout->addWidget(m_ruleList, 1);
    m_addRule = new QPushButton(tr("Add rule"));
    m_removeRule = new QPushButton(tr("Remove"));
    m_ruleUp = new QPushButton(tr("Move up"));
    m_ruleDown = new QPushButton(tr("Move down"));
    auto *grid = new QGridLayout;
    grid->addWidget(m_addRule, 0, 0);
    grid->addWidget(m_removeRule, 0, 1);
    grid->addWidget(m_ruleUp, 1, 0);
    grid->addWidget(m_ruleDown, 1, 1);
    layout->addLayout(grid);

    connect(m_ruleList, &QListWidget::currentRowChanged, this, &ResponderEditor::showRule);
    connect(m_addRule, &QPushButton::clicked, this, &ResponderEditor::addRule);
    connect(m_removeRule, &QPushButton::clicked, this, [this] {
        const int at = m_ruleList->currentRow();
        if (at < 0)
            return;
        m_rules.removeAt(at);
        listRules(qMin(at, int(m_rules.size()) - 1));
        markEdited();
    });
    connect(m_ruleUp, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_ruleDown, &QPushButton::clicked, this, [this] { moveRule(1); });
    return box;
}

void ResponderEditor::fillChoices(const QString &select)
{
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    for (const QString &name : ResponderLoader::builtInNames())
        m_choice->addItem(
            tr("%1 (shipped)").arg(name), QStringList { name, QStringLiteral("shipped") });
    for (const QString &name : OwnResponders::names())
        m_choice->addItem(tr("%1 (yours)").arg(name), QStringList { name, QStringLiteral("own") });
    for (int i = 0; i < m_choice->count(); ++i) {
        if (m_choice->itemData(i).toStringList().constFirst() == select) {
            m_choice->setCurrentIndex(i);
            return;
        }
    }
    m_choice->setCurrentIndex(0);
}

void ResponderEditor::listResponders(const QString &select)
{
    fillChoices(select);
    showChosen();
}

void ResponderEditor::open(const QString &name)
{
    if (!m_edited) // an edit not saved yet stays, whatever the Listen form shows
        listResponders(name);
    show();
    raise();
    activateWindow();
}

void ResponderEditor::markEdited()
{
    m_edited = true;
    m_problem->clear();
}

void ResponderEditor::showChosen()
{
    const QStringList data = m_choice->currentData().toStringList();
    if (data.size() != 2)
        return;
    if (m_edited && m_choice->currentIndex() != m_shownIndex) {
        const auto answer = QMessageBox::question(this, tr("Responders"),
            tr("Discard your changes to %1, not saved yet?").arg(m_shownName),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            const QSignalBlocker blocker(m_choice);
            m_choice->setCurrentIndex(m_shownIndex);
            return;
        }
    }
    m_edited = false;
    m_shownIndex = m_choice->currentIndex();
    m_shownName = data.first();
    const QString name = data.first();
    const bool shipped = data.last() == QLatin1String("shipped");
    QFile file(pathOf(name, shipped));
    QJsonParseError parseError;
    const QJsonDocument document = file.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(file.read(ResponderLoader::MaxFileBytes), &parseError)
        : QJsonDocument();
    m_showing = true;
    m_top = document.object();
    m_rules = m_top.value(RulesKey).toArray();
    m_templateNote->setVisible(shipped);
    m_delete->setEnabled(!shipped);
    m_name->setText(shipped ? QStringLiteral("my-%1").arg(name) : name);
    m_description->setText(m_top.value(QStringLiteral("description")).toString());
    m_description->home(false); // a long description reads from its start, not its end
    m_framing->setCurrentIndex(
        m_top.value(QStringLiteral("framing")).toString() == QLatin1String("line") ? 1 : 0);
    m_caseInsensitive->setChecked(m_top.value(QStringLiteral("caseInsensitive")).toBool());
    m_initialState->setText(m_top.value(QStringLiteral("initialState")).toString());
    m_showing = false;
    m_problem->clear();
    if (!document.isObject())
        showProblem(tr("%1: cannot read: %2")
                        .arg(file.fileName(),
                            file.error() != QFile::NoError ? file.errorString()
                                                           : parseError.errorString()));
    listRules(m_rules.isEmpty() ? -1 : 0);
}

void ResponderEditor::listRules(int select)
{
    {
        const QSignalBlocker blocker(m_ruleList);
        m_ruleList->clear();
        for (const QJsonValue &rule : std::as_const(m_rules))
            m_ruleList->addItem(ruleTitle(rule.toObject()));
        m_ruleList->setCurrentRow(select);
    }
    showRule();
}

void ResponderEditor::showRule()
{
    const int at = m_ruleList->currentRow();
    m_form->setEnabled(at >= 0);
    m_form->load(
        at >= 0 ? m_rules.at(at).toObject() : QJsonObject(), m_caseInsensitive->isChecked());
    m_removeRule->setEnabled(at >= 0);
    m_ruleUp->setEnabled(at > 0);
    m_ruleDown->setEnabled(at >= 0 && at + 1 < m_rules.size());
}

void ResponderEditor::takeRule()
{
    const int at = m_ruleList->currentRow();
    if (at < 0)
        return;
    m_rules.replace(at, m_form->rule());
    m_ruleList->item(at)->setText(ruleTitle(m_form->rule()));
    markEdited();
}

void ResponderEditor::addRule()
{
    QStringList names;
    for (const QJsonValue &rule : std::as_const(m_rules))
        names << rule.toObject().value(QStringLiteral("name")).toString();
    QString name;
    for (int n = m_rules.size() + 1; name.isEmpty() || names.contains(name); ++n)
        name = QStringLiteral("rule-%1").arg(n);
    const int at = m_ruleList->currentRow() + 1;
    m_rules.insert(at,
        QJsonObject { { QStringLiteral("name"), name },
            { QStringLiteral("match"), QStringLiteral("any") },
            { QStringLiteral("then"),
                QJsonArray { QJsonObject { { QStringLiteral("reply"), QString() } } } } });
    listRules(at);
    markEdited();
    m_form->nameField()->setFocus();
    m_form->nameField()->selectAll();
}

void ResponderEditor::moveRule(int by)
{
    const int at = m_ruleList->currentRow();
    const int to = at + by;
    if (at < 0 || to < 0 || to >= m_rules.size())
        return;
    const QJsonValue moved = m_rules.takeAt(at);
    m_rules.insert(to, moved);
    listRules(to);
    markEdited();
}

QByteArray ResponderEditor::json() const
{
    QJsonObject top = m_top;
    top.insert(QStringLiteral("schema"), ResponderLoader::SchemaVersion);
    top.insert(QStringLiteral("name"), m_name->text().trimmed());
    if (m_description->text().isEmpty())
        top.remove(QStringLiteral("description"));
    else
        top.insert(QStringLiteral("description"), m_description->text());
    top.insert(QStringLiteral("framing"), m_framing->currentData().toString());
    if (m_caseInsensitive->isChecked())
        top.insert(QStringLiteral("caseInsensitive"), true);
    else
        top.remove(QStringLiteral("caseInsensitive"));
    if (m_initialState->text().isEmpty())
        top.remove(QStringLiteral("initialState"));
    else
        top.insert(QStringLiteral("initialState"), m_initialState->text());
    top.insert(RulesKey, m_rules);
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

std::shared_ptr<const Responder> ResponderEditor::check(QString *error) const
{
    return ResponderLoader::parse(
        json(), m_name->text().trimmed() + QStringLiteral(".json"), error);
}

void ResponderEditor::save()
{
    const QString name = m_name->text().trimmed();
    QString error;
    const std::shared_ptr<const Responder> written = OwnResponders::save(name, json(), &error);
    if (!written) {
        showProblem(tr("Not saved: %1").arg(error));
        return;
    }
    m_workbench.reloadResponder(written);
    // The list is read again (a new name adds an entry); what is shown stays as edited.
    const QJsonObject top = m_top;
    const QJsonArray rules = m_rules;
    const int rule = m_ruleList->currentRow();
    fillChoices(name);
    m_edited = false;
    m_shownIndex = m_choice->currentIndex();
    m_shownName = name;
    m_templateNote->hide();
    m_delete->setEnabled(true);
    m_top = top;
    m_rules = rules;
    listRules(rule);
    m_problem->setStyleSheet(QString());
    m_problem->setText(
        tr("Saved as %1. Listeners answering by it take the saved rules from their next connection "
           "or request.")
            .arg(QDir::toNativeSeparators(written->path)));
    Q_EMIT saved(name);
}

void ResponderEditor::deleteShown()
{
    const QString name = m_shownName;
    const auto answer = QMessageBox::question(this, tr("Responders"),
        tr("Delete your responder %1? Its file %2 is removed; listeners answering by it keep its "
           "rules until they close.")
            .arg(name, QDir::toNativeSeparators(OwnResponders::pathOf(name))),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!OwnResponders::remove(name, &error)) {
        showProblem(tr("Not deleted: %1").arg(error));
        return;
    }
    m_edited = false;   // what was shown is gone, edits with it: the user said so
    listResponders(QString());
    m_problem->setStyleSheet(QString());
    m_problem->setText(tr("Deleted %1.").arg(name));
    Q_EMIT deleted(name);
}

// A problem names a JSON path ("my-http.json: rules[3].then[0].reply: ..."): the rule it is in is
// selected, so the field to fix is in front of the user.
void ResponderEditor::showProblem(const QString &problem)
{
    m_problem->setStyleSheet(QStringLiteral("color: #D55E00; font-weight: bold"));
    m_problem->setText(problem);
    static const QRegularExpression rulePath(QStringLiteral(": rules\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = rulePath.match(problem);
    if (match.hasMatch()) {
        const int at = match.captured(1).toInt();
        if (at < m_rules.size() && at != m_ruleList->currentRow())
            listRules(at);
    }
}
