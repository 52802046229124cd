// SPDX-License-Identifier: GPL-3.0-or-later
// The fixed-width font is chosen by measuring it, whatever fontconfig calls fixed pitch. Runs on
// the machine's fonts and again on DejaVu alone (tst_fixedpitchfont:minimal-fonts).
#include "fixedpitchfont.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QLabel>
#include <QTest>
#include <QTextDocumentFragment>

namespace {

// Advances are fractions of a pixel; those of a fixed-pitch font are identical.
bool sameAdvance(qreal a, qreal b)
{
    return qAbs(a - b) < 0.01;
}

} // namespace

class tst_FixedPitchFont : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPrintableCharacterAdvancesAlike_data()
    {
        QTest::addColumn<qreal>("pointSize");
        // The log's and hex view's sizes from classroom zoom -2 to +4.
        for (const qreal size : { 6.0, 9.0, 10.5, 14.0, 21.0, 32.0 })
            QTest::addRow("%g pt", size) << size;
    }

    void everyPrintableCharacterAdvancesAlike()
    {
        QFETCH(qreal, pointSize);
        const QFont font = FixedPitchFont::font(pointSize);
        QCOMPARE(font.pointSizeF(), pointSize);
        // The family is drawn, not a substitute for it.
        QCOMPARE(QFontInfo(font).family(), FixedPitchFont::family());
        const QFontMetricsF metrics(font);
        const qreal cell = metrics.horizontalAdvance(QLatin1Char('0'));
        QVERIFY(cell > 0);
        for (char c = ' '; c <= '~'; ++c) {
            const qreal advance = metrics.horizontalAdvance(QLatin1Char(c));
            QVERIFY2(sameAdvance(advance, cell),
                qPrintable(QStringLiteral("'%1' advances %2 px in %3, '0' %4 px")
                               .arg(QLatin1Char(c))
                               .arg(advance)
                               .arg(FixedPitchFont::family())
                               .arg(cell)));
        }
        // Runs are drawn as one string (the hex view's ASCII column, the log's previews): 64
        // narrow and 64 wide characters take 64 cells each, as shaped, kerned or not.
        const QString narrow(64, QLatin1Char('i')), wide(64, QLatin1Char('W'));
        QVERIFY(sameAdvance(metrics.horizontalAdvance(narrow), 64 * cell));
        QVERIFY(sameAdvance(metrics.horizontalAdvance(wide), 64 * cell));
        QVERIFY(sameAdvance(metrics.horizontalAdvance(QStringLiteral("\\x8f\\r\\n.~")), 10 * cell));
    }

    void measuringTellsFixedFromProportional_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<bool>("fixed");
        // DejaVu is on every machine the suite runs on (scripts/setup: fonts-dejavu-core).
        QTest::newRow("DejaVu Sans Mono") << QStringLiteral("DejaVu Sans Mono") << true;
        QTest::newRow("DejaVu Sans") << QStringLiteral("DejaVu Sans") << false;
        QTest::newRow("DejaVu Serif") << QStringLiteral("DejaVu Serif") << false;
    }

    void measuringTellsFixedFromProportional()
    {
        QFETCH(QString, family);
        QFETCH(bool, fixed);
        const QFont font(family);
        QCOMPARE(QFontInfo(font).family(), family);
        QCOMPARE(FixedPitchFont::advancesAlike(font), fixed);
    }

    void fallsBackPastProportionalFonts()
    {
        const QFont sans(QStringLiteral("DejaVu Sans")), serif(QStringLiteral("DejaVu Serif")),
            mono(QStringLiteral("DejaVu Sans Mono"));
        QCOMPARE(
            FixedPitchFont::firstFixed({ sans, serif, mono }), QStringLiteral("DejaVu Sans Mono"));
        QCOMPARE(FixedPitchFont::firstFixed({ sans, serif }), QString());
        QCOMPARE(FixedPitchFont::firstFixed({}), QString());
    }

    // On a desktop's fonts "monospace" is Noto Sans Mono, which fontconfig does not flag as
    // fixed pitch; it measures fixed, so it is the one taken, as the desktop chose.
    void takesTheSystemsFixedFontWhenItMeasuresFixed()
    {
        const QFont system = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        const QString systemFamily = QFontInfo(system).family();
        qInfo("system fixed font: %s (%s by fontconfig), chosen: %s", qPrintable(systemFamily),
            QFontInfo(system).fixedPitch() ? "fixed pitch" : "not fixed pitch",
            qPrintable(FixedPitchFont::family()));
        if (FixedPitchFont::advancesAlike(system))
            QCOMPARE(FixedPitchFont::family(), systemFamily);
        else
            QVERIFY(FixedPitchFont::family() != systemFamily);
        QCOMPARE(FixedPitchFont::candidates().constFirst(), system);
    }

    void candidatesAreInstalledFamilies()
    {
        const QList<QFont> candidates = FixedPitchFont::candidates();
        QVERIFY(candidates.size() > 1);
        // Qt names the foundry where two make a family ("Nimbus Mono PS [urw]", ghostscript's).
        const auto withoutFoundry
            = [](const QString &family) { return family.section(QStringLiteral(" ["), 0, 0); };
        for (qsizetype i = 1; i < candidates.size(); ++i) {
            const QString asked = candidates.at(i).family();
            const QString drawn = QFontInfo(candidates.at(i)).family();
            QVERIFY2(withoutFoundry(drawn) == withoutFoundry(asked),
                qPrintable(QStringLiteral("%1 is drawn as %2").arg(asked, drawn)));
        }
        // DejaVu Sans Mono, the first known family, right after the system's fixed font.
        QCOMPARE(candidates.at(1).family(), QStringLiteral("DejaVu Sans Mono"));
    }

    // Lessons set socket calls and addresses in the fixed font among proportional text.
    void richTextIsSetInTheFixedFont()
    {
        QLabel narrow(FixedPitchFont::html(QString(20, QLatin1Char('i'))));
        QLabel wide(FixedPitchFont::html(QString(20, QLatin1Char('W'))));
        QLabel proportional(QString(20, QLatin1Char('i')));
        QCOMPARE(narrow.textFormat(), Qt::AutoText);
        QVERIFY(Qt::mightBeRichText(narrow.text()));
        // Equal but for the last W's overhang, which the label's width includes.
        QVERIFY2(qAbs(narrow.sizeHint().width() - wide.sizeHint().width()) <= 1,
            qPrintable(QStringLiteral("%1 px of i, %2 px of W")
                           .arg(narrow.sizeHint().width())
                           .arg(wide.sizeHint().width())));
        // An `i` of the fixed font is a cell wide: more than twice that of a proportional one.
        QVERIFY(proportional.sizeHint().width() < narrow.sizeHint().width() * 3 / 4);
        // Plain text stays text: markup in it is shown, not obeyed.
        QLabel markup(FixedPitchFont::html(QStringLiteral("<b>&amp;")));
        markup.setTextFormat(Qt::RichText);
        QCOMPARE(QTextDocumentFragment::fromHtml(markup.text()).toPlainText(),
            QStringLiteral("<b>&amp;"));
    }
};

QTEST_MAIN(tst_FixedPitchFont)
#include "tst_fixedpitchfont.moc"
