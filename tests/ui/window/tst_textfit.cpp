// SPDX-License-Identifier: GPL-3.0-or-later
// No text is cut on a projector: the window on a 1280×720 screen, classroom mode on, at zoom
// levels 0 and +1, with a lesson open and a step done. Every label, button and
// column header the user can see shows its text whole (measured with QFontMetrics against the
// room it has); a text that does not fit must wrap.
#include "appsettings.h"
#include "classroommode.h"
#include "lessonpanel.h"
#include "lessonrunner.h"
#include "offscreenscreens.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QTemporaryFile>
#include <QTest>
#include <QTextDocument>

class tst_TextFit : public QObject
{
    Q_OBJECT

private:
    // Whether the user sees any of widget: shown, and not scrolled or clipped away entirely.
    static bool isSeen(const QWidget *widget)
    {
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

    // Descriptions of every seen label, button and header section whose text is cut.
    static QStringList cutTexts(QWidget *window, int *checked)
    {
        QStringList cut;
        *checked = 0;
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (!isSeen(label) || label->wordWrap() || label->text().isEmpty()
                || !label->pixmap().isNull())
                continue;
            ++*checked;
            const QStringList lines = plain(label).split(QLatin1Char('\n'));
            const int room = label->contentsRect().width() - 2 * label->margin()
                - qMax(0, label->indent());
            for (const QString &line : lines) {
                const int needed = label->fontMetrics().horizontalAdvance(line);
                if (needed > room)
                    cut << QStringLiteral("label \"%1\": %2 px, has %3").arg(line).arg(needed).arg(room);
            }
        }
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (!isSeen(button) || button->text().isEmpty()
                || !(qobject_cast<QPushButton *>(button) || qobject_cast<QCheckBox *>(button)))
                continue;
            ++*checked;
            // A push button or check box narrower than its size hint draws its text cut.
            if (button->width() < button->sizeHint().width())
                cut << QStringLiteral("button \"%1\": %2 px, needs %3")
                           .arg(button->text())
                           .arg(button->width())
                           .arg(button->sizeHint().width());
        }
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
                ++*checked;
                const QString text
                    = header->model()->headerData(section, Qt::Horizontal).toString();
                const int needed = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
                if (needed > size && !text.isEmpty())
                    cut << QStringLiteral("column \"%1\": %2 px, needs %3")
                               .arg(text)
                               .arg(size)
                               .arg(needed);
            }
        }
        return cut;
    }

private Q_SLOTS:
    void init()
    {
        AppSettings settings;
        settings.clearWindowLayout();
        settings.setClassroom(false);
        settings.setZoomLevel(0);
    }

    void noTextIsCut_data()
    {
        QTest::addColumn<int>("zoom");
        // (Zoom +2 and 1920×1080 are to come: at +2 the status bar has too little room for
        // "Recording to …", and a window moved to a second screen came out narrower.)
        for (int zoom : { 0, 1 })
            QTest::addRow("1280x720, zoom +%d", zoom) << zoom;
    }

    void noTextIsCut()
    {
        QFETCH(int, zoom);
        WindowFixture f;
        f.start();
        f.window->lessonPanel()->setUseSuggestedPorts(false);
        f.window->classroomMode()->classroomAction()->trigger();
        f.window->classroomMode()->setZoomLevel(ClassroomMode::ClassroomZoom + zoom);
        f.window->openLesson(QStringLiteral("hello"));
        QTest::mouseClick(f.window->lessonPanel()->doItButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f.window->lessonPanel()->runner()->status(0),
            LessonRunner::StepStatus::Done, 15000);
        QTest::qWait(ClassroomMode::LayoutSettleMs * 4);
        QCOMPARE(f.window->screen()->size(), QSize(1280, 720));
        int checked = 0;
        const QStringList cut = cutTexts(f.window.get(), &checked);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("\n  "))));
        QVERIFY2(checked >= 20, qPrintable(QString::number(checked))); // the window was measured
    }
};

int main(int argc, char **argv)
{
    QTemporaryFile config;
    if (!OffscreenScreens::use(config, OffscreenScreens::Projector))
        return 1;
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    tst_TextFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_textfit.moc"
