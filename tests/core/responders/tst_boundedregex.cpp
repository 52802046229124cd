// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundedregex.h"

#include <QElapsedTimer>
#include <QTest>

class tst_BoundedRegex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesAndCaptures();
    void caseInsensitive();
    void invalidPatternSaysWhere();
    void invalidUtf8SubjectIsMatched();
    void catastrophicBacktrackingGivesUpQuickly_data();
    void catastrophicBacktrackingGivesUpQuickly();
};

void tst_BoundedRegex::matchesAndCaptures()
{
    QString error;
    const auto regex = BoundedRegex::compile(QStringLiteral("^MAIL FROM:\\s*<([^>]*)>( SIZE=(\\d+))?"), false, &error);
    QVERIFY2(regex, qPrintable(error));
    QCOMPARE(regex->captureCount(), 3);
    QList<QByteArray> groups;
    QCOMPARE(regex->match("MAIL FROM:<a@b.example>", &groups), BoundedRegex::Result::Match);
    QCOMPARE(groups, (QList<QByteArray> { "MAIL FROM:<a@b.example>", "a@b.example", QByteArray(), QByteArray() }));
    QCOMPARE(regex->match("RCPT TO:<a@b>", &groups), BoundedRegex::Result::NoMatch);
}

void tst_BoundedRegex::caseInsensitive()
{
    QString error;
    const auto strict = BoundedRegex::compile(QStringLiteral("^ehlo (\\S+)$"), false, &error);
    const auto relaxed = BoundedRegex::compile(QStringLiteral("^ehlo (\\S+)$"), true, &error);
    QCOMPARE(strict->match("EHLO host"), BoundedRegex::Result::NoMatch);
    QList<QByteArray> groups;
    QCOMPARE(relaxed->match("EHLO host", &groups), BoundedRegex::Result::Match);
    QCOMPARE(groups.value(1), QByteArray("host"));
}

void tst_BoundedRegex::invalidPatternSaysWhere()
{
    QString error;
    QVERIFY(!BoundedRegex::compile(QStringLiteral("ab(c"), false, &error));
    QVERIFY2(error.contains(QLatin1String("missing closing parenthesis")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("at character 5")), qPrintable(error));
    QVERIFY(!BoundedRegex::compile(QStringLiteral("a\\Cb"), false, &error));
}

void tst_BoundedRegex::invalidUtf8SubjectIsMatched()
{
    QString error;
    const auto regex = BoundedRegex::compile(QStringLiteral("^GET (\\S+)"), false, &error);
    QList<QByteArray> groups;
    // Bytes that are not UTF-8 are matched by nothing in a pattern (not even '.'), and the
    // text around them still matches.
    QCOMPARE(regex->match(QByteArray("GET /a\xff\xfe x"), &groups), BoundedRegex::Result::Match);
    QCOMPARE(groups.value(1), QByteArray("/a"));
}

// Patterns that backtrack exponentially on a near miss: without a limit each of these runs for
// minutes or longer (2^n paths); with it the answer is "gave up" within a fraction of a second.
void tst_BoundedRegex::catastrophicBacktrackingGivesUpQuickly_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QByteArray>("subject");
    QTest::newRow("(a+)+$") << QStringLiteral("^(a+)+$") << QByteArray(40, 'a') + "b";
    QTest::newRow("(a|aa)+$") << QStringLiteral("^(a|aa)+$") << QByteArray(5000, 'a') + "!";
    QTest::newRow("(\\w+\\s?)+$") << QStringLiteral("^(\\w+\\s?)+$") << QByteArray(1000, 'x') + "!";
}

void tst_BoundedRegex::catastrophicBacktrackingGivesUpQuickly()
{
    QFETCH(QString, pattern);
    QFETCH(QByteArray, subject);
    QString error;
    const auto regex = BoundedRegex::compile(pattern, false, &error);
    QVERIFY2(regex, qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(regex->match(subject), BoundedRegex::Result::GaveUp);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(tst_BoundedRegex)
#include "tst_boundedregex.moc"
