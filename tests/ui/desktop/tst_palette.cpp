// SPDX-License-Identifier: GPL-3.0-or-later
// Light and dark palettes both stay readable: the direction and connection colours, the hex
// view's chunk colours and the chart's axes keep a contrast of at least 3:1 (WCAG's minimum
// for large text and graphics) against the background they are drawn on.
#include "connectioncolours.h"
#include "hexview.h"
#include "rateseries.h"
#include "throughputchart.h"
#include "qcustomplotinclude.h"
#include "session.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>
#include <QTest>

namespace {

using ConnectionColours::contrast;

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b2b2b));
    palette.setColor(QPalette::WindowText, QColor(0xe8e8e8));
    palette.setColor(QPalette::Base, QColor(0x1e1e1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x262626));
    palette.setColor(QPalette::Text, QColor(0xe8e8e8));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a9a9a));
    palette.setColor(QPalette::Button, QColor(0x353535));
    palette.setColor(QPalette::ButtonText, QColor(0xe8e8e8));
    palette.setColor(QPalette::Highlight, QColor(0x3d6fb4));
    palette.setColor(QPalette::HighlightedText, QColor(0xffffff));
    palette.setColor(QPalette::Mid, QColor(0x505050));
    return palette;
}

} // namespace

class tst_Palette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void coloursReadOnTheirBackground_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << QApplication::style()->standardPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void coloursReadOnTheirBackground()
    {
        QFETCH(QPalette, palette);
        const QColor base = palette.color(QPalette::Base);
        for (Direction direction : { Direction::In, Direction::Out }) {
            const QColor colour = ConnectionColours::forDirection(direction, palette);
            QVERIFY2(contrast(colour, base) >= 3.0,
                qPrintable(QStringLiteral("direction %1: %2 on %3 is %4:1")
                               .arg(int(direction))
                               .arg(colour.name(), base.name())
                               .arg(contrast(colour, base))));
        }
        for (ConnectionId id = 1; id <= 12; ++id) {
            const QColor colour = ConnectionColours::forConnection(id, palette);
            QVERIFY2(contrast(colour, base) >= 3.0,
                qPrintable(QStringLiteral("connection %1: %2 on %3 is %4:1")
                               .arg(id)
                               .arg(colour.name(), base.name())
                               .arg(contrast(colour, base))));
        }
        HexView hex;
        hex.setPalette(palette);
        for (int chunk = 0; chunk < 8; ++chunk) {
            const QColor colour = hex.chunkColour(chunk);
            QVERIFY2(contrast(colour, base) >= 3.0,
                qPrintable(QStringLiteral("hex chunk %1: %2 on %3 is %4:1")
                               .arg(chunk)
                               .arg(colour.name(), base.name())
                               .arg(contrast(colour, base))));
        }
    }

    // The chart draws on the palette's base colour, with the palette's text colour for axes.
    void chartFollowsThePalette_data() { coloursReadOnTheirBackground_data(); }

    void chartFollowsThePalette()
    {
        QFETCH(QPalette, palette);
        Session session(std::make_unique<SessionClock>());
        ThroughputChart chart(session.log(), session.clock());
        chart.setPalette(palette);
        QCustomPlot *plot = chart.findChild<QCustomPlot *>();
        QVERIFY(plot);
        // The background is painted from the palette's base colour: sample a corner of the plot.
        plot->resize(400, 200);
        plot->replot();
        const QColor background = plot->toPixmap(400, 200).toImage().pixelColor(2, 2);
        QCOMPARE(background.name(), palette.color(QPalette::Base).name());
        QVERIFY(contrast(plot->xAxis->tickLabelColor(), background) >= 4.5);
        QVERIFY(contrast(plot->yAxis->labelColor(), background) >= 4.5);
        QVERIFY(contrast(plot->legend->textColor(), background) >= 4.5);
    }
};

QTEST_MAIN(tst_Palette)
#include "tst_palette.moc"
