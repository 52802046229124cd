// SPDX-License-Identifier: GPL-3.0-or-later
// No text is cut on a projector: the window on a 1280×720 and on a 1920×1080 screen (the whole
// suite runs once per screen), classroom mode on, in each layout for the room, at zoom levels
// 0, +1 and +2, with a lesson open, a step done and a listener students can reach. Every label,
// button, column header and tree cell the user can see shows its text whole (measured with
// QFontMetrics against the room it has; a text that does not fit must wrap), and so do the
// chart's tick labels, axis titles and legend entries, in fonts that grow with the zoom; on the
// projector a second time in German.
#include "applanguage.h"
#include "appsettings.h"
#include "calldiagramview.h"
#include "bytelogmodel.h"
#include "bytelogview.h"
#include "classroomlayouts.h"
#include "classroommode.h"
#include "connectioninfopane.h"
#include "connectionstreams.h"
#include "lessonfocus.h"
#include "lessonpanel.h"
#include "lessonrunner.h"
#include "offscreenscreens.h"
#include "qcustomplotinclude.h"
#include "throughputchart.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTemporaryFile>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

using Preset = ClassroomLayouts::Preset;
Q_DECLARE_METATYPE(Preset)

class tst_TextFit : public QObject
{
    Q_OBJECT

private:
    // Whether the user sees any of widget: shown, and not scrolled or clipped away entirely.
    static bool isSeen(const QWidget *widget)
    {
        // A scroll area (a header, a tree) is covered by its viewport: that is what is seen.
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(widget))
            widget = area->viewport();
        return widget->isVisible() && !widget->visibleRegion().isEmpty();
    }

    static QString plain(const QLabel *label)
    {
        if (!Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::RichText)
            return label->text();
        QTextDocument document;
        document.setHtml(label->text());
        return document.toPlainText();
    }

    static QString screenName()
    {
        const QSize size = QGuiApplication::primaryScreen()->size();
        return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    }

    static void waitForLayout()
    {
        // The font is laid out, the window fitted, then the docks arranged for the room
        // (ClassroomMode::settleLayout, ClassroomLayouts::arrange): each a settle period apart.
        QTest::qWait(ClassroomMode::LayoutSettleMs * 5);
    }

    static void cutLabels(QWidget *window, QStringList &cut, int &checked)
    {
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (!isSeen(label) || label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            ++checked;
            if (label->wordWrap()) {
                // A wrapped text needs its height: a shorter label shows only its first lines.
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + 1)
                    cut << QStringLiteral("wrapped label \"%1\": %2 px tall, needs %3")
                               .arg(plain(label).left(60))
                               .arg(label->height())
                               .arg(needed);
                continue;
            }
            const QStringList lines = plain(label).split(QLatin1Char('\n'));
            const int room = label->contentsRect().width() - 2 * label->margin()
                - qMax(0, label->indent());
            for (const QString &line : lines) {
                const int needed = label->fontMetrics().horizontalAdvance(line);
                if (needed > room)
                    cut << QStringLiteral("label \"%1\": %2 px, has %3").arg(line).arg(needed).arg(room);
            }
        }
    }

    static void cutButtons(QWidget *window, QStringList &cut, int &checked)
    {
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (!isSeen(button) || button->text().isEmpty())
                continue;
            auto *tool = qobject_cast<QToolButton *>(button);
            const bool textShown = qobject_cast<QPushButton *>(button)
                || qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button)
                || (tool
                    && (tool->icon().isNull()
                        || tool->toolButtonStyle() != Qt::ToolButtonIconOnly));
            // (A tab bar's scroll arrows and the like carry no text the user reads.)
            if (!textShown || button->objectName().startsWith(QLatin1String("qt_")))
                continue;
            ++checked;
            // A button narrower than its size hint draws its text cut.
            if (button->width() < button->sizeHint().width())
                cut << QStringLiteral("button \"%1\": %2 px, needs %3")
                           .arg(button->text())
                           .arg(button->width())
                           .arg(button->sizeHint().width());
        }
    }

    static void cutHeaders(QWidget *window, QStringList &cut, int &checked)
    {
        for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
            if (!isSeen(header) || header->orientation() != Qt::Horizontal)
                continue;
            const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const int x = header->sectionViewportPosition(section);
                const int size = header->sectionSize(section);
                if (x + size <= 0 || x >= header->viewport()->width())
                    continue; // scrolled out of view
                ++checked;
                const QString text
                    = header->model()->headerData(section, Qt::Horizontal).toString();
                const int needed = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
                // What the view shows of the section: a header at the view's edge is cut there.
                const int shown = qMin(x + size, header->viewport()->width()) - qMax(x, 0);
                if (needed > shown && !text.isEmpty())
                    cut << QStringLiteral("column \"%1\": %2 px shown, needs %3")
                               .arg(text)
                               .arg(shown)
                               .arg(needed);
            }
        }
    }

    // The cells of every seen tree and table: a column narrower than its widest visible cell
    // elides it. The log's preview column is the exception: it gets the room that is left, and
    // a long payload is elided there by design.
    static void cutCells(QWidget *window, QStringList &cut, int &checked)
    {
        for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
            if (!isSeen(view) || !view->model())
                continue;
            QHeaderView *header = nullptr;
            if (auto *tree = qobject_cast<QTreeView *>(view))
                header = tree->header();
            else if (auto *table = qobject_cast<QTableView *>(view))
                header = table->horizontalHeader();
            if (!header)
                continue;
            for (int column = 0; column < view->model()->columnCount(); ++column) {
                if (header->isSectionHidden(column)
                    || (qobject_cast<ByteLogView *>(view) && column == ByteLogModel::PreviewColumn))
                    continue;
                const int x = header->sectionViewportPosition(column);
                const int size = header->sectionSize(column);
                if (x + size <= 0 || x >= view->viewport()->width())
                    continue;
                ++checked;
                const int needed = view->sizeHintForColumn(column);
                if (needed > size)
                    cut << QStringLiteral("cells of \"%1\" in %2: %3 px, need %4")
                               .arg(view->model()->headerData(column, Qt::Horizontal).toString(),
                                   view->objectName().isEmpty()
                                       ? QLatin1String(view->metaObject()->className())
                                       : view->objectName())
                               .arg(size)
                               .arg(needed);
            }
        }
    }

    // The chart: each tick label, both axis titles and each legend entry lie whole within the
    // plot, in the application's font size (it grows with the zoom).
    static void cutChart(ThroughputChart *chart, QStringList &cut, int &checked)
    {
        if (!isSeen(chart))
            return;
        QCustomPlot *plot = chart->plot();
        plot->replot();
        const QRect area = plot->rect();
        const QRect axisRect = plot->axisRect()->rect();
        const double appSize = QApplication::font().pointSizeF();
        for (QCPAxis *axis : { plot->xAxis, plot->yAxis, plot->yAxis2 }) {
            if (!axis->visible())
                continue;
            const QString name = axis->axisType() == QCPAxis::atBottom ? QStringLiteral("time axis")
                : axis->axisType() == QCPAxis::atLeft                  ? QStringLiteral("rate axis")
                                                      : QStringLiteral("packet axis");
            if (qAbs(axis->tickLabelFont().pointSizeF() - appSize) > 0.5
                || qAbs(axis->labelFont().pointSizeF() - appSize) > 0.5)
                cut << QStringLiteral("%1: labels in %2 pt, the window's text is %3 pt")
                           .arg(name)
                           .arg(axis->tickLabelFont().pointSizeF())
                           .arg(appSize);
            const QFontMetrics ticks(axis->tickLabelFont());
            const QFontMetrics title(axis->labelFont());
            // From the axis line outwards: ticks, their labels, then the title.
            const int toLabels = axis->offset() + axis->tickLengthOut() + axis->tickLabelPadding();
            const QVector<double> positions = axis->tickVector();
            const QVector<QString> labels = axis->tickVectorLabels();
            int widest = 0;
            for (int i = 0; i < labels.size(); ++i) {
                if (!axis->range().contains(positions.at(i)))
                    continue;
                ++checked;
                const QString &label = labels.at(i);
                const int width = ticks.horizontalAdvance(label);
                widest = qMax(widest, width);
                const int at = qRound(axis->coordToPixel(positions.at(i)));
                QRect rect;
                if (axis->orientation() == Qt::Horizontal)
                    rect = QRect(
                        at - width / 2, axisRect.bottom() + 1 + toLabels, width, ticks.height());
                else if (axis->axisType() == QCPAxis::atLeft)
                    rect = QRect(axisRect.left() - toLabels - width, at - ticks.height() / 2, width,
                        ticks.height());
                else
                    rect = QRect(axisRect.right() + 1 + toLabels, at - ticks.height() / 2, width,
                        ticks.height());
                if (!area.contains(rect))
                    cut << QStringLiteral("%1: tick label \"%2\" at %3,%4 %5x%6, the plot is %7x%8")
                               .arg(name, label)
                               .arg(rect.x())
                               .arg(rect.y())
                               .arg(rect.width())
                               .arg(rect.height())
                               .arg(area.width())
                               .arg(area.height());
            }
            if (axis->label().isEmpty())
                continue;
            ++checked;
            const int length = title.horizontalAdvance(axis->label());
            const int along
                = axis->orientation() == Qt::Horizontal ? axisRect.width() : axisRect.height();
            // Across the axis: the labels' extent and then the title must lie in the plot.
            int across = 0;
            if (axis->orientation() == Qt::Horizontal)
                across = axisRect.bottom() + 1 + toLabels + ticks.height() + axis->labelPadding()
                    + title.height() - area.bottom() - 1;
            else if (axis->axisType() == QCPAxis::atLeft)
                across
                    = toLabels + widest + axis->labelPadding() + title.height() - axisRect.left();
            else
                across = axisRect.right() + 1 + toLabels + widest + axis->labelPadding()
                    + title.height() - area.right() - 1;
            if (length > along || across > 0)
                cut << QStringLiteral(
                    "%1: title \"%2\" is %3 px long beside %4 px, %5 px outside the plot")
                           .arg(name, axis->label())
                           .arg(length)
                           .arg(along)
                           .arg(qMax(0, across));
        }
        QCPLegend *legend = plot->legend;
        if (!legend->visible())
            return;
        if (qAbs(legend->font().pointSizeF() - appSize) > 0.5)
            cut << QStringLiteral("legend in %1 pt, the window's text is %2 pt")
                       .arg(legend->font().pointSizeF())
                       .arg(appSize);
        const QFontMetrics metrics(legend->font());
        for (int i = 0; i < legend->itemCount(); ++i) {
            auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i));
            if (!item || !item->visible())
                continue;
            ++checked;
            const QString text = item->plottable()->name();
            const int needed = legend->iconSize().width() + legend->iconTextPadding()
                + metrics.horizontalAdvance(text);
            const QRect rect = item->rect();
            if (rect.width() < needed || !area.contains(rect))
                cut << QStringLiteral(
                    "legend \"%1\": %2 px at x %3, needs %4; the plot is %5 px wide")
                           .arg(text)
                           .arg(rect.width())
                           .arg(rect.x())
                           .arg(needed)
                           .arg(area.width());
        }
    }

    // Descriptions of every seen text that is cut.
    static QStringList cutTexts(MainWindow *window, int *checked)
    {
        QStringList cut;
        *checked = 0;
        cutLabels(window, cut, *checked);
        cutButtons(window, cut, *checked);
        cutHeaders(window, cut, *checked);
        cutCells(window, cut, *checked);
        cutChart(window->chart(), cut, *checked);
        return cut;
    }

private Q_SLOTS:
    void init()
    {
        AppSettings settings;
        settings.clearWindowLayout();
        settings.setClassroom(false);
        settings.setZoomLevel(0);
        settings.setClassroomPreset(QString());
    }

    void noTextIsCut_data()
    {
        QTest::addColumn<Preset>("preset");
        const QString screen = screenName();
        QTest::addRow("%s, Lesson", qPrintable(screen)) << Preset::Lesson;
        QTest::addRow("%s, Traffic", qPrintable(screen)) << Preset::Traffic;
        QTest::addRow("%s, Inspect", qPrintable(screen)) << Preset::Inspect;
    }

    void noTextIsCut()
    {
        QFETCH(Preset, preset);
        WindowFixture f;
        f.start();
        // The banner students read: a listener beyond loopback (nothing connects to it).
        Workbench::ListenOptions everywhere;
        everywhere.address = QHostAddress(QHostAddress::AnyIPv4);
        const ConnectionId open = f.workbench->listen(everywhere);
        f.window->lessonPanel()->setUseSuggestedPorts(false);
        f.window->classroomMode()->classroomAction()->trigger();
        f.window->openLesson(QStringLiteral("hello"));
        QTest::mouseClick(f.window->lessonPanel()->doItButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f.window->lessonPanel()->runner()->status(0),
            LessonRunner::StepStatus::Done, 15000);
        QTRY_VERIFY(f.session.connections().find(open)
            && f.session.connections().find(open)->state == ConnectionState::Listening);
        auto *layouts = f.window->findChild<ClassroomLayouts *>();
        QVERIFY(layouts);
        QTest::mouseClick(layouts->chooserButton(preset), Qt::LeftButton);
        QCOMPARE(f.window->screen()->size(), QGuiApplication::primaryScreen()->size());

        QStringList failures;
        for (int zoom : { 0, 1, 2 }) {
            f.window->classroomMode()->setZoomLevel(ClassroomMode::ClassroomZoom + zoom);
            waitForLayout();
            int checked = 0;
            const QStringList cut = cutTexts(f.window.get(), &checked);
            for (const QString &text : cut)
                failures << QStringLiteral("zoom +%1: %2").arg(zoom).arg(text);
            // The call diagram paints its own text: its titles and boxes, as drawn.
            if (CallDiagramView *calls = f.window->callDiagram(); calls->isVisible()) {
                for (auto side : { CallDiagram::Side::Server, CallDiagram::Side::Client }) {
                    const QStringList shown = QStringList(calls->shownTitle(side)) + calls->shownTexts(side);
                    for (const QString &text : shown) {
                        if (text.contains(QChar(0x2026)))
                            failures << QStringLiteral("zoom +%1: call diagram \"%2\" (%3×%4)").arg(zoom).arg(text).arg(calls->width()).arg(calls->height());
                    }
                    checked += int(shown.size());
                }
            }
            if (checked < 8)
                failures
                    << QStringLiteral("zoom +%1: only %2 texts measured").arg(zoom).arg(checked);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n  "))));
    }

    // The lesson is the main thing on screen: on a 1280×720 projector at one zoom step up, in
    // the Lesson layout, the longest explanation of every lesson reads whole, not scrolled.
    void explanationReadsWhole()
    {
        if (QGuiApplication::primaryScreen()->size() != QSize(1280, 720))
            return; // the larger screen has more room: the 1280×720 run is the test
        WindowFixture f;
        f.start();
        f.window->classroomMode()->classroomAction()->trigger();
        auto *layouts = f.window->findChild<ClassroomLayouts *>();
        f.window->openLesson(QStringLiteral("hello"));
        QTest::mouseClick(layouts->chooserButton(Preset::Lesson), Qt::LeftButton);
        f.window->classroomMode()->setZoomLevel(ClassroomMode::ClassroomZoom + 1);
        waitForLayout();
        LessonPanel *panel = f.window->lessonPanel();
        QLabel *text = panel->textLabel();
        QScrollArea *area = nullptr;
        for (QWidget *parent = text->parentWidget(); parent && !area;
             parent = parent->parentWidget())
            area = qobject_cast<QScrollArea *>(parent);
        QVERIFY(area);
        QStringList failures;
        for (const Lesson &lesson : panel->lessons()) {
            QVERIFY(panel->openLesson(lesson.id));
            int longest = 0;
            for (int i = 1; i < lesson.steps.size(); ++i) {
                if (lesson.steps.at(i).text.size() > lesson.steps.at(longest).text.size())
                    longest = i;
            }
            panel->runner()->goTo(longest);
            // The panes the step names, shown now rather than when the window's lesson focus
            // polls: the text is measured beside them, whatever the timing.
            f.window->findChild<LessonFocus *>()->focusCurrentStep();
            waitForLayout();
            // Laid out for the new text (a loaded machine takes its time; 3 s at most).
            const auto whole = [&] {
                const QRect inView(text->mapTo(area->viewport(), QPoint(0, 0)), text->size());
                return isSeen(text) && area->verticalScrollBar()->value() == 0
                    && area->viewport()->rect().contains(inView);
            };
            QTest::qWaitFor(whole, 3000);
            const QRect inView(text->mapTo(area->viewport(), QPoint(0, 0)), text->size());
            if (!whole())
                failures << QStringLiteral(
                    "%1, step %2: the explanation at y %3..%4, its view is %5 px tall")
                                .arg(lesson.id)
                                .arg(longest + 1)
                                .arg(inView.top())
                                .arg(inView.bottom())
                                .arg(area->viewport()->height())
                    + QStringLiteral(" (it needs %1 px at its width of %2): %3")
                          .arg(text->heightForWidth(text->width()))
                          .arg(text->width())
                          .arg(text->text().left(60));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n  "))));
    }

    // A step that looks at a pane the Lesson layout hid shows it under the lesson; the step,
    // its explanation and its socket calls, still reads whole (the packet view took half the
    // lesson's height, and the calls scrolled out of sight, at 1280×720).
    void lessonReadsWholeBesideWhatItShows()
    {
        if (QGuiApplication::primaryScreen()->size() != QSize(1280, 720))
            return;
        WindowFixture f;
        f.start();
        f.window->classroomMode()->classroomAction()->trigger();
        auto *layouts = f.window->findChild<ClassroomLayouts *>();
        f.window->openLesson(QStringLiteral("hello"));
        QTest::mouseClick(layouts->chooserButton(Preset::Lesson), Qt::LeftButton);
        waitForLayout();
        LessonPanel *panel = f.window->lessonPanel();
        QDockWidget *packet = f.window->findChild<QDockWidget *>(QStringLiteral("packetDock"));
        QVERIFY(packet && packet->isHidden());
        for (int step = 0; step < 4; ++step) {
            if (step > 0)
                QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
            if (step == 2) // "select one to see its bytes in the packet view"
                QTRY_VERIFY(packet->isVisible());
            QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
            QTRY_VERIFY2_WITH_TIMEOUT(panel->statusLabel()->text().startsWith(QStringLiteral("✔")),
                qPrintable(panel->statusLabel()->text()), 10000);
        }
        waitForLayout();
        QScrollArea *area = nullptr;
        for (QWidget *parent = panel->textLabel()->parentWidget(); parent && !area; parent = parent->parentWidget())
            area = qobject_cast<QScrollArea *>(parent);
        QVERIFY(area);
        // The explanation and the calls set as code, in view without scrolling (what follows them,
        // "Look at" and the sockets' states, may be scrolled to).
        const auto inView = [&](QLabel *label) {
            const QRect rect(label->mapTo(area->viewport(), QPoint(0, 0)), label->size());
            return label->isVisible() && area->viewport()->rect().contains(rect);
        };
        const auto whole = [&] {
            return area->verticalScrollBar()->value() == 0 && inView(panel->textLabel())
                && inView(panel->callsLabel());
        };
        QTest::qWaitFor(whole, 3000);
        QVERIFY2(whole(),
            qPrintable(QStringLiteral("the view is %1 px tall (lesson pane %2, packet view %3), scrolled to %4; "
                                      "the explanation ends at y %5, the calls at y %6")
                           .arg(area->viewport()->height())
                           .arg(f.window->findChild<QDockWidget *>(QStringLiteral("lessonDock"))->height())
                           .arg(packet->height())
                           .arg(area->verticalScrollBar()->value())
                           .arg(panel->textLabel()->mapTo(area->viewport(), QPoint(0, panel->textLabel()->height())).y())
                           .arg(panel->callsLabel()->mapTo(area->viewport(), QPoint(0, panel->callsLabel()->height())).y())));
    }

    // Outside classroom mode too, the connection info reads without scrolling sideways with a
    // connection selected (in German its stream buttons in a row were wider than the dock, and the
    // byte counts above them were cut at its right edge).
    void connectionInfoFitsItsDock()
    {
        if (QGuiApplication::primaryScreen()->size() != QSize(1280, 720))
            return;
        WindowFixture f;
        f.start();
        f.window->startEchoDemo();   // its client is selected once it said hello
        ConnectionInfoPane *info = f.window->connectionInfoPane();
        auto *streams = info->findChild<ConnectionStreams *>();
        QVERIFY(streams);
        QTRY_VERIFY_WITH_TIMEOUT(isSeen(streams), 10000);
        QScrollArea *area = nullptr;
        for (QWidget *parent = info->parentWidget(); parent && !area; parent = parent->parentWidget())
            area = qobject_cast<QScrollArea *>(parent);
        QVERIFY(area);
        waitForLayout();
        QCOMPARE(area->horizontalScrollBar()->maximum(), 0);
        int checked = 0;
        QStringList cut;
        cutLabels(f.window.get(), cut, checked);
        cutButtons(f.window.get(), cut, checked);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("\n  "))));
    }
};

// Once per screen: the offscreen platform reads its screens when the application starts.
int main(int argc, char **argv)
{
    int failed = 0;
    QFont
        font; // the application font outlives its QApplication: the second run starts as the first
    for (const QByteArray &screens : { OffscreenScreens::Projector, OffscreenScreens::FullHd }) {
        QTemporaryFile config;
        if (!OffscreenScreens::use(config, screens))
            return 1;
        QApplication app(argc, argv);
        if (screens == OffscreenScreens::Projector)
            font = QApplication::font();
        else
            QApplication::setFont(font);
        QTEST_SET_MAIN_SOURCE_PATH
        tst_TextFit test;
        failed += QTest::qExec(&test, argc, argv);
        // German words are longer: on the projector, in German too.
        if (screens == OffscreenScreens::Projector) {
            if (!AppLanguage::install(app, QStringLiteral("de")))
                return 1;
            failed += QTest::qExec(&test, { QString::fromLocal8Bit(argv[0]), QStringLiteral("noTextIsCut"),
                                            QStringLiteral("explanationReadsWhole"),
                                            QStringLiteral("lessonReadsWholeBesideWhatItShows"),
                                            QStringLiteral("connectionInfoFitsItsDock") });
        }   // the translators go with the application
    }
    return failed;
}

#include "tst_textfit.moc"
