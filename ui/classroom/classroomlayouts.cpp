// SPDX-License-Identifier: GPL-3.0-or-later
#include "classroomlayouts.h"

#include "appsettings.h"
#include "classroommode.h"
#include "flowlayout.h"

#include <QAction>
#include <QActionGroup>
#include <QButtonGroup>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

using Preset = ClassroomLayouts::Preset;

constexpr Preset AllPresets[] = { Preset::Lesson, Preset::Traffic, Preset::Inspect, Preset::Own };

// Which docks each preset shows (by object name); the others are hidden. Own shows what the
// user left.
QStringList docksOf(Preset preset)
{
    switch (preset) {
    case Preset::Lesson: return { QStringLiteral("lessonDock"), QStringLiteral("callDiagramDock") };
    case Preset::Traffic: return { QStringLiteral("chartDock") };
    case Preset::Inspect: return { QStringLiteral("packetDock"), QStringLiteral("ladderDock") };
    case Preset::Own: break;
    }
    return {};
}

QString titleOf(Preset preset)
{
    switch (preset) {
    case Preset::Lesson: return ClassroomLayouts::tr("&Lesson");
    case Preset::Traffic: return ClassroomLayouts::tr("&Traffic");
    case Preset::Inspect: return ClassroomLayouts::tr("&Inspect");
    case Preset::Own: return ClassroomLayouts::tr("&My own");
    }
    return {};
}

QString toolTipOf(Preset preset)
{
    switch (preset) {
    case Preset::Lesson: return ClassroomLayouts::tr("The lesson, its call diagram and the log");
    case Preset::Traffic: return ClassroomLayouts::tr("The log and a large throughput chart");
    case Preset::Inspect:
        return ClassroomLayouts::tr("The log, the packet view and the ladder of a connection");
    case Preset::Own: return ClassroomLayouts::tr("The docks as you arranged them last time");
    }
    return {};
}

} // namespace

ClassroomLayouts::ClassroomLayouts(QMainWindow *window, ClassroomMode *mode)
    : QObject(window)
    , m_window(window)
    , m_mode(mode)
{
    const QString saved = AppSettings().classroomPreset();
    for (Preset preset : AllPresets) {
        if (key(preset) == saved)
            m_preset = preset;
    }
    m_actions = new QActionGroup(this);
    m_buttons = new QButtonGroup(this);
    m_chooser = new QWidget;
    m_chooser->setObjectName(QStringLiteral("classroomLayouts"));
    auto *bar = new FlowLayout(m_chooser);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(new QLabel(tr("Layout for the room:")));
    for (Preset preset : AllPresets) {
        auto *action = m_actions->addAction(titleOf(preset));
        action->setCheckable(true);
        action->setChecked(preset == m_preset);
        action->setToolTip(toolTipOf(preset));
        action->setData(int(preset));
        connect(action, &QAction::triggered, this, [this, preset] { apply(preset); });
        auto *button = new QPushButton(QString(titleOf(preset)).remove(QLatin1Char('&')));
        button->setCheckable(true);
        button->setChecked(preset == m_preset);
        button->setToolTip(toolTipOf(preset));
        m_buttons->addButton(button, int(preset));
        bar->addWidget(button);
    }
    connect(m_buttons, &QButtonGroup::idClicked, this, [this](int id) {
        apply(Preset(id));
        m_chooser->hide(); // chosen: the room gets the space back
    });
    auto *close = new QToolButton;
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Hide this bar (View ▸ Classroom layout changes the layout later)"));
    connect(close, &QToolButton::clicked, m_chooser, &QWidget::hide);
    bar->addWidget(close);
    m_chooser->hide();
    if (auto *layout = qobject_cast<QVBoxLayout *>(
            window->centralWidget() ? window->centralWidget()->layout() : nullptr))
        layout->insertWidget(1, m_chooser); // below the addresses students connect to

    connect(mode->classroomAction(), &QAction::toggled, this, [this](bool on) {
        if (on) {
            entered();
            return;
        }
        m_chooser->hide();
        // ClassroomMode has put the docks back; restoreState() does not say which tab of a
        // group was in front: the ones that were, once the restored layout has settled.
        QTimer::singleShot(0, this, [this] {
            for (const QPointer<QDockWidget> &dock : std::as_const(m_frontDocks)) {
                if (dock && !dock->isHidden())
                    dock->raise();
            }
        });
    });
    connect(mode, &ClassroomMode::leaving, this, [this] {
        if (m_preset == Preset::Own)
            AppSettings().setClassroomLayout(m_window->saveState());
    });
    for (QAction *action : m_actions->actions())
        action->setEnabled(mode->isEnabled());
    if (mode->isEnabled())
        entered(); // classroom mode restored from the last run
    connect(mode->classroomAction(), &QAction::toggled, m_actions, &QActionGroup::setEnabled);
    connect(mode, &ClassroomMode::docksArranged, this, &ClassroomLayouts::sizePanes);
}

QString ClassroomLayouts::key(Preset preset)
{
    switch (preset) {
    case Preset::Lesson: return QStringLiteral("lesson");
    case Preset::Traffic: return QStringLiteral("traffic");
    case Preset::Inspect: return QStringLiteral("inspect");
    case Preset::Own: return QStringLiteral("own");
    }
    return {};
}

QList<QAction *> ClassroomLayouts::actions() const
{
    return m_actions->actions();
}

QAbstractButton *ClassroomLayouts::chooserButton(Preset preset) const
{
    return m_buttons->button(int(preset));
}

void ClassroomLayouts::entered()
{
    m_frontDocks.clear();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock->isVisible())
            m_frontDocks << dock;
    }
    m_chooser->show();
    // After ClassroomMode has laid out the larger font and arranged its docks.
    QTimer::singleShot(ClassroomMode::LayoutSettleMs * 2, this, [this] {
        if (m_mode->isEnabled())
            arrange();
    });
}

void ClassroomLayouts::apply(Preset preset)
{
    const Preset before = m_preset;
    if (before == Preset::Own && preset != Preset::Own && m_mode->isEnabled())
        AppSettings().setClassroomLayout(m_window->saveState()); // what the user arranged
    m_preset = preset;
    AppSettings().setClassroomPreset(key(preset));
    for (QAction *action : m_actions->actions())
        action->setChecked(action->data().toInt() == int(preset));
    if (QAbstractButton *button = m_buttons->button(int(preset)))
        button->setChecked(true);
    if (m_mode->isEnabled())
        arrange();
}

void ClassroomLayouts::arrange()
{
    if (m_preset == Preset::Own) {
        const QByteArray state = AppSettings().classroomLayout();
        if (!state.isEmpty())
            m_window->restoreState(state);
        return;
    }
    const QStringList shown = docksOf(m_preset);
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (shown.contains(dock->objectName())) {
            dock->show();
            dock->raise();
        } else {
            dock->hide();
        }
    }
    // The room reads the large pane: the log keeps what is left. Sized after ClassroomMode has
    // arranged its docks for the larger font, which would undo it.
    QTimer::singleShot(ClassroomMode::LayoutSettleMs * 2, this, &ClassroomLayouts::sizePanes);
}

// The preset's proportions of the window as it is now. Again when ClassroomMode arranges its
// docks (once classroom mode starts and the window fits the screen): arranged later than this,
// they gave the lesson 3/10 of the width instead of half, depending on which timer came first.
void ClassroomLayouts::sizePanes()
{
    if (!m_mode->isEnabled())
        return;
    const int width = m_window->width();
    const int height = m_window->height();
    const auto dock = [this](const char *name) {
        return m_window->findChild<QDockWidget *>(QLatin1String(name));
    };
    switch (m_preset) {
    case Preset::Lesson:
        // Half the width: the explanation reads whole at one zoom step up on 1280×720.
        m_window->resizeDocks({ dock("lessonDock") }, { width / 2 }, Qt::Horizontal);
        // Three fifths of the height: each call whole, arguments and result, at zoom +2.
        m_window->resizeDocks({ dock("callDiagramDock") }, { height * 3 / 5 }, Qt::Vertical);
        break;
    case Preset::Traffic:
        m_window->resizeDocks({ dock("chartDock") }, { height * 11 / 20 }, Qt::Vertical);
        break;
    case Preset::Inspect:
        m_window->resizeDocks({ dock("packetDock") }, { width * 9 / 20 }, Qt::Horizontal);
        m_window->resizeDocks({ dock("ladderDock") }, { height * 2 / 5 }, Qt::Vertical);
        break;
    case Preset::Own: break;
    }
}
