// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonpanel.h"

#include "connectioncolours.h"
#include "fixedpitchfont.h"
#include "flowlayout.h"
#include "stepoutcome.h"

#include "lessonloader.h"
#include "lessonrunner.h"
#include "session.h"
#include "workbench.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QLabel *wrappingLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::RichText);
    return label;
}

// A step's text as the label's rich text: its line breaks kept (a command on a line of its own).
QString stepText(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString statusStyle(const char *background, const char *border)
{
    return QStringLiteral(
        "QLabel { background: %1; color: #1A1A1A; border: 1px solid %2; border-radius: 3px; "
        "padding: 6px; }")
        .arg(QLatin1String(background), QLatin1String(border));
}

} // namespace

LessonPanel::LessonPanel(Workbench &workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    const LessonLoader::Catalogue catalogue = LessonLoader::loadDirectory();
    m_lessons = catalogue.lessons;
    m_problems = catalogue.problems;

    m_lessonBox = new QComboBox;
    for (qsizetype i = 0; i < m_lessons.size(); ++i)
        m_lessonBox->addItem(
            tr("%1. %2").arg(i + 1).arg(m_lessons.at(i).title), m_lessons.at(i).id);
    m_lessonBox->setToolTip(tr("Choose a lesson; one you leave resumes where you were"));
    m_problemLabel = wrappingLabel();
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setStyleSheet(statusStyle("#FBE3E3", "#D55E00"));
    m_problemLabel->setText(
        tr("These lesson files were not loaded:\n%1").arg(m_problems.join(QLatin1Char('\n'))));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    m_summary = wrappingLabel();
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_progress = new QLabel;
    m_progressBar = new QProgressBar;
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(m_progress->sizeHint().height() / 2 + 2);
    m_title = new QLabel;
    m_title->setWordWrap(true);
    m_text = wrappingLabel();
    m_calls = wrappingLabel();
    m_lookAt = wrappingLabel();
    m_states = wrappingLabel();
    m_status = wrappingLabel();

    m_back = new QPushButton(tr("◀ Back"));
    m_back->setObjectName(QStringLiteral("lessonBack"));
    m_doIt = new QPushButton(tr("Do it"));
    m_doIt->setToolTip(tr("Let SocketLab do this step for you"));
    m_next = new QPushButton(tr("Next ▶"));
    m_restart = new QPushButton(tr("Restart"));
    m_restart->setToolTip(tr("Close this lesson's sockets and start again at step 1"));
    applyOwnFonts();
    connect(m_back, &QPushButton::clicked, this, &LessonPanel::previousStep);
    connect(m_doIt, &QPushButton::clicked, this, &LessonPanel::doStep);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::nextStep);
    connect(m_restart, &QPushButton::clicked, this, &LessonPanel::restartLesson);
    connect(m_lessonBox, &QComboBox::currentIndexChanged, this, &LessonPanel::selectLesson);

    // The explanation scrolls; the buttons stay in view however short the dock is.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_text);
    contentLayout->addWidget(m_calls);
    contentLayout->addWidget(m_lookAt);
    contentLayout->addWidget(m_states);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_progressBar, 1);
    m_stepRow = new FlowLayout;
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_doIt);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_restart);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_lessonBox);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_summary);
    layout->addLayout(progressRow);
    layout->addLayout(m_stepRow);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    // Socket states change without any lesson event (bytes counted, a state reached): follow
    // the connection table, cheaply, while the panel is visible.
    m_refreshTimer = new QTimer(this);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        const quint64 version = m_workbench.session().connections().version();
        if (isVisible() && version != m_seenTableVersion) {
            m_seenTableVersion = version;
            refreshStates();
        }
    });
    m_refreshTimer->start(RefreshIntervalMs);
    if (!m_lessons.isEmpty())
        selectLesson(0);
    else
        refresh();
}

void LessonPanel::setUseSuggestedPorts(bool use)
{
    m_useSuggestedPorts = use;
    for (LessonRunner *runner : std::as_const(m_runners))
        runner->setUseSuggestedPorts(use);
}

bool LessonPanel::openLesson(const QString &id)
{
    const int index = m_lessonBox->findData(id);
    if (index < 0)
        return false;
    if (index == m_lessonBox->currentIndex())
        selectLesson(index);
    else
        m_lessonBox->setCurrentIndex(index);
    return true;
}

void LessonPanel::selectLesson(int index)
{
    if (index < 0 || index >= m_lessons.size())
        return;
    const Lesson &lesson = m_lessons.at(index);
    LessonRunner *runner = m_runners.value(lesson.id);
    if (!runner) {
        runner = new LessonRunner(m_workbench, lesson, this);
        runner->setUseSuggestedPorts(m_useSuggestedPorts);
        connect(runner, &LessonRunner::changed, this, [this, runner] {
            if (runner == m_runner)
                refresh();
        });
        m_runners.insert(lesson.id, runner);
    }
    if (m_runner != runner) {
        m_runner = runner;
        Q_EMIT lessonStarted();
    }
    refresh();
}

void LessonPanel::nextStep()
{
    if (m_runner)
        m_runner->next();
}

void LessonPanel::previousStep()
{
    if (m_runner)
        m_runner->previous();
}

void LessonPanel::doStep()
{
    if (m_runner && m_doIt->isEnabled()) // the menu's shortcut follows the button
        m_runner->doCurrentStep();
}

void LessonPanel::restartLesson()
{
    if (m_runner) {
        m_runner->restart();
        Q_EMIT lessonStarted();
    }
}

void LessonPanel::refresh()
{
    const bool have = m_runner != nullptr;
    m_back->setEnabled(have && m_runner->currentStep() > 0);
    m_next->setEnabled(have && m_runner->currentStep() + 1 < m_runner->stepCount());
    // A done step is not done twice by accident (a second listener, the message sent again).
    m_doIt->setEnabled(have && !m_runner->step(m_runner->currentStep()).actions.isEmpty()
        && m_runner->status(m_runner->currentStep()) != LessonRunner::StepStatus::Done);
    m_restart->setEnabled(have);
    if (!have) {
        m_title->setText(tr("No lessons"));
        m_text->clear();
        m_status->hide();
        return;
    }
    const int current = m_runner->currentStep();
    const LessonStep &step = m_runner->step(current);
    // What the lesson is about introduces it; after the first step the room is the step's.
    m_summary->setText(m_runner->lesson().summary);
    m_summary->setVisible(current == 0);
    m_progress->setText(tr("Step %1 of %2").arg(current + 1).arg(m_runner->stepCount()));
    m_progressBar->setMaximum(m_runner->stepCount());
    m_progressBar->setValue(m_runner->doneCount());
    m_progressBar->setToolTip(
        tr("%1 of %2 steps done").arg(m_runner->doneCount()).arg(m_runner->stepCount()));
    m_title->setText(m_runner->expand(step.title));
    m_text->setText(stepText(m_runner->expand(step.text)));
    refreshStepButtons();

    // Set as code: one call a line, in a shaded block, as a textbook prints them.
    QStringList calls;
    for (const QString &call : step.calls)
        calls << FixedPitchFont::html(call + QStringLiteral("()"));
    m_calls->setText(calls.isEmpty()
            ? QString()
            : tr("<b>Socket calls:</b>") + QStringLiteral("<table width=\"100%\" cellpadding=4 "
                                                         "style=\"background:#E8EEF7; "
                                                         "color:#1A1A1A\"><tr><td>%1</td></tr></table>")
                                                 .arg(calls.join(QStringLiteral("<br>"))));
    m_calls->setVisible(!calls.isEmpty());
    showLookAt(current);
    refreshStates();

    m_status->show();
    m_status->setToolTip(QString());
    switch (m_runner->status(current)) {
    case LessonRunner::StepStatus::Done:
        m_status->setStyleSheet(statusStyle("#DFF2E1", "#009E73"));
        {
            // What happened, in words, then where to go.
            QStringList outcome;
            for (const QString &line : StepOutcome::describe(*m_runner, current))
                outcome << tr("✔ %1").arg(line.toHtmlEscaped());
            const QString next = current + 1 < m_runner->stepCount()
                ? tr("Press Next when you are ready.")
                : tr("That was the last step of this lesson.");
            m_status->setText(outcome.isEmpty()
                    ? (current + 1 < m_runner->stepCount()
                            ? tr("✔ Done. Press Next when you are ready.")
                            : tr("✔ Done: that was the last step of this lesson."))
                    : outcome.join(QStringLiteral("<br>")) + QStringLiteral("<br>") + next);
        }
        break;
    case LessonRunner::StepStatus::Failed:
        m_status->setStyleSheet(statusStyle("#FBE3E3", "#D55E00"));
        m_status->setText(tr("✖ %1").arg(m_runner->problem(current).toHtmlEscaped()));
        break;
    case LessonRunner::StepStatus::Waiting: {
        QStringList waiting;
        const QStringList lines = m_runner->describeConditions(current);
        for (qsizetype i = 0; i < step.expect.size(); ++i) {
            if (!m_runner->conditionHolds(step.expect.at(i), current))
                waiting << lines.at(i).toHtmlEscaped();
        }
        m_status->setStyleSheet(statusStyle("#FFF3D6", "#E69F00"));
        // The first two; a step with six conditions took the explanation's room. All of them
        // are in the tooltip.
        m_status->setToolTip(waiting.join(QStringLiteral("<br>")));
        if (waiting.size() > MaxWaitingShown) {
            const int more = int(waiting.size()) - MaxWaitingShown;
            waiting.resize(MaxWaitingShown);
            waiting << tr("%n more", nullptr, more);
        }
        m_status->setText(step.actions.isEmpty()
                ? tr("Waiting for: %1").arg(waiting.join(QStringLiteral("; ")))
                : tr("Do it yourself in the app, or press <b>Do it</b>. Waiting for: %1")
                      .arg(waiting.join(QStringLiteral("; "))));
        break;
    }
    }
}

void LessonPanel::refreshStepButtons()
{
    // As many buttons as the lesson has steps, made once per count.
    while (m_stepButtons.size() > m_runner->stepCount())
        delete m_stepButtons.takeLast();
    while (m_stepButtons.size() < m_runner->stepCount()) {
        const int index = int(m_stepButtons.size());
        // A tool button is as wide as its text: a push button is at least 80 px, and a row of
        // step numbers took two rows.
        auto *button = new QToolButton;
        button->setCheckable(true);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, [this, index] {
            if (m_runner)
                m_runner->goTo(index);
        });
        m_stepRow->addWidget(button);
        m_stepButtons << button;
    }
    const int current = m_runner->currentStep();
    // Every title where they fit in two rows; in a narrow or zoomed panel the numbers (each
    // title in its tooltip, the current one above the explanation), so the explanation keeps the
    // height: on a projector the titles took four rows.
    const bool compact = stepRowsWithTitles() > MaxStepRows;
    for (int i = 0; i < m_stepButtons.size(); ++i) {
        QToolButton *button = m_stepButtons.at(i);
        const bool done = m_runner->status(i) == LessonRunner::StepStatus::Done;
        const bool failed = m_runner->status(i) == LessonRunner::StepStatus::Failed;
        const QString mark = i == current ? QStringLiteral("▶ ")
            : done                        ? QStringLiteral("✔ ")
            : failed                      ? QStringLiteral("✖ ")
                                          : QString();
        button->setText(compact ? tr("%1%2.").arg(mark).arg(i + 1)
                                : tr("%1%2. %3")
                                      .arg(mark)
                                      .arg(i + 1)
                                      .arg(m_runner->expand(m_runner->step(i).title)));
        button->setChecked(i == current);
        const QString title = m_runner->expand(m_runner->step(i).title);
        button->setToolTip(done ? tr("Step %1: %2 (done)").arg(i + 1).arg(title)
                                : tr("Step %1: %2").arg(i + 1).arg(title));
        button->setAccessibleName(button->toolTip());
    }
}

int LessonPanel::stepRowsWithTitles() const
{
    if (m_stepButtons.isEmpty())
        return 0;
    const int room = contentsRect().width() - layout()->contentsMargins().left()
        - layout()->contentsMargins().right();
    const int spacing = m_stepRow->spacing() >= 0 ? m_stepRow->spacing() : 6;
    // A step button is its text and the button's own margins.
    const QFontMetrics metrics(m_stepButtons.first()->font());
    const int margins = m_stepButtons.first()->sizeHint().width()
        - metrics.horizontalAdvance(m_stepButtons.first()->text());
    int rows = 1;
    int x = 0;
    for (int i = 0; i < m_stepButtons.size(); ++i) {
        const int width = margins
            + metrics.horizontalAdvance(tr("%1%2. %3")
                                            .arg(QStringLiteral("✔ "))
                                            .arg(i + 1)
                                            .arg(m_runner->expand(m_runner->step(i).title)));
        if (x > 0 && x + width > room) {
            ++rows;
            x = 0;
        }
        x += width + spacing;
    }
    return rows;
}

void LessonPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_runner)
        refreshStepButtons(); // titles or numbers, for the new width
}

void LessonPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::FontChange)
        return;
    // A font of their own does not follow the zoom: set again from the panel's.
    applyOwnFonts();
    if (m_runner)
        refreshStepButtons();
}

void LessonPanel::applyOwnFonts()
{
    QFont large = font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.2);
    m_title->setFont(large);
    // Read from the back of a classroom: the three that move through the lesson are larger.
    for (QPushButton *button : { m_back, m_doIt, m_next }) {
        button->setFont(large);
        button->setMinimumHeight(QFontMetrics(large).height() * 8 / 5);
    }
}

void LessonPanel::refreshStates()
{
    if (!m_runner)
        return;
    const LessonStep &step = m_runner->step(m_runner->currentStep());
    // One row per socket: role, name in its connection colour, local → peer, state.
    QString rows;
    for (const QString &role : step.show) {
        const auto info = m_runner->infoOf(role);
        if (!info) {
            rows += tr("<tr><td>%1</td><td colspan=3><i>not created yet</i></td></tr>")
                        .arg(role.toHtmlEscaped());
            continue;
        }
        const QString colour = ConnectionColours::forConnection(info->id, palette()).name();
        QString where
            = info->localEndpoint().isEmpty() ? QStringLiteral("…") : info->localEndpoint();
        if (!info->isListener())
            where += QStringLiteral(" → ")
                + (info->peerEndpoint().isEmpty() ? QStringLiteral("…") : info->peerEndpoint());
        QString state = connectionStateName(info->state);
        if (info->isListener())
            state += tr(", %n accepted", nullptr, int(info->acceptedCount));
        if (info->readingPaused)
            state += tr(", not reading");
        rows += QStringLiteral("<tr><td>%1</td><td><b "
                               "style=\"color:%2\">%3</b></td><td>%4</td><td><b>%5</b>%6</td></tr>")
                    .arg(role.toHtmlEscaped(), colour, info->name.toHtmlEscaped(),
                        FixedPitchFont::html(where), state.toHtmlEscaped(),
                        info->lastError.isEmpty() ? QString()
                                                  : QStringLiteral("<br><small>%1</small>")
                                                        .arg(info->lastError.toHtmlEscaped()));
    }
    m_states->setText(rows.isEmpty()
            ? QString()
            : tr("<b>Sockets now:</b><table cellspacing=0 cellpadding=2>%1</table>").arg(rows));
    m_states->setVisible(!rows.isEmpty());
    // The text quotes ports and names that become known as the sockets appear.
    m_title->setText(m_runner->expand(step.title));
    m_text->setText(stepText(m_runner->expand(step.text)));
    showLookAt(m_runner->currentStep());
}

// What to watch, and what the captured packets show (or why they are not shown).
void LessonPanel::showLookAt(int index)
{
    const LessonStep &step = m_runner->step(index);
    QStringList lines;
    if (!step.lookAt.isEmpty())
        lines << tr("<b>Look at:</b> %1").arg(m_runner->expand(step.lookAt).toHtmlEscaped());
    if (const QString wire = m_runner->wireNote(index); !wire.isEmpty())
        lines << tr("<b>On the wire:</b> %1").arg(wire.toHtmlEscaped());
    m_lookAt->setText(lines.join(QStringLiteral("<br>")));
    m_lookAt->setVisible(!lines.isEmpty());
}
