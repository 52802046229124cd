// SPDX-License-Identifier: GPL-3.0-or-later
// How the byte log draws its cells: previews cut to the cell, the style's selection and markers.
#include "bytelogdelegate.h"
#include "bytelogmodel.h"
#include "bytelogview.h"
#include "connectioncolours.h"
#include "session.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QTemporaryDir>
#include <QTest>

class tst_ByteLogDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitsTextToTheCells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("shown");
        // Cells 7 pixels wide.
        QTest::newRow("fits") << QStringLiteral("abc") << 21 << QStringLiteral("abc");
        QTest::newRow("one cell short") << QStringLiteral("abcd") << 21 << QStringLiteral("ab…");
        QTest::newRow("partial cell ignored")
            << QStringLiteral("abcd") << 27 << QStringLiteral("ab…");
        QTest::newRow("room for the ellipsis only")
            << QStringLiteral("abcd") << 7 << QStringLiteral("…");
        QTest::newRow("no room") << QStringLiteral("abcd") << 0 << QStringLiteral("…");
        QTest::newRow("empty") << QString() << 0 << QString();
        // An escape cut in half still reads as cut: the ellipsis follows it.
        QTest::newRow("escape cut")
            << QStringLiteral("\\x8f\\x01") << 42 << QStringLiteral("\\x8f\\…");
    }

    void fitsTextToTheCells()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(QString, shown);
        QCOMPARE(ByteLogDelegate::fitted(text, width, 7), shown);
    }

    void previewsAreFixedWidthAndFollowTheViewSize()
    {
        ByteLogDelegate delegate;
        QFont like;
        like.setPointSizeF(21);
        const QFont font = delegate.previewFont(like);
        // Measured: fontconfig's fixed-pitch flag is false for Noto Sans Mono, "monospace" on a
        // desktop with fonts-noto-mono, although its characters all advance alike.
        const QFontMetricsF metrics(font);
        const qreal cells = 10 * metrics.horizontalAdvance(QLatin1Char('0'));
        for (const char c : { 'i', 'W', '0', '.', '\\', 'x' }) {
            QVERIFY2(qAbs(metrics.horizontalAdvance(QString(10, QLatin1Char(c))) - cells) < 0.01,
                qPrintable(QStringLiteral("'%1' in %2")
                               .arg(QLatin1Char(c))
                               .arg(QFontInfo(font).family())));
        }
        QCOMPARE(font.pointSizeF(), 21.0);
        like.setPointSizeF(9);
        QCOMPARE(delegate.previewFont(like).pointSizeF(), 9.0);
    }

    void drawsBackgroundsSelectionAndMarkers()
    {
        QTemporaryDir dir;
        Session session(std::make_unique<ManualClock>());
        QString error;
        QVERIFY2(session.startRecording(dir.filePath(QStringLiteral("s.socketlab")), &error),
            qPrintable(error));
        ConnectionInfo info;
        info.id = session.connections().reserveId();
        info.role = ConnectionRole::Client;
        info.name = QStringLiteral("C1");
        session.setIdentity(info);
        QByteArray binary;
        for (int i = 0; i < 200; ++i)
            binary += char(i * 37);
        session.record(info.id, EventKind::Received, binary);
        session.record(info.id, EventKind::Sent, "hello\n");

        ByteLogModel model(session);
        ByteLogView view;
        view.setAlternatingRowColors(false);
        view.setModel(&model);
        view.resize(700, 200);
        QTRY_COMPARE(model.rowCount(), 2);
        model.setHighlightNewest(true);
        view.selectRow(0);

        const QImage image = view.viewport()->grab().toImage();
        const QPalette palette = view.palette();
        // The time is right-aligned: the cell's left edge shows its background.
        const int y0 = view.rowViewportPosition(0) + view.rowHeight(0) / 2;
        const int y1 = view.rowViewportPosition(1) + view.rowHeight(1) / 2;
        const QRgb selected = image.pixelColor(2, y0).rgb();
        QVERIFY2(selected == palette.color(QPalette::Active, QPalette::Highlight).rgb()
                || selected == palette.color(QPalette::Inactive, QPalette::Highlight).rgb(),
            qPrintable(QColor(selected).name()));
        // The model's background (classroom mode's newest chunk) is drawn under the text.
        QCOMPARE(image.pixelColor(2, y1).rgb(),
            model.index(1, 0).data(Qt::BackgroundRole).value<QColor>().rgb());

        // The connection's marker is drawn at the start of its cell, in the connection's colour.
        const QColor marker = ConnectionColours::forConnection(info.id, palette);
        const int markerX = view.columnViewportPosition(ByteLogModel::ConnectionColumn);
        bool found = false;
        for (int x = markerX; x < markerX + 24 && !found; ++x)
            found = image.pixelColor(x, y1).rgb() == marker.rgb();
        QVERIFY2(found, "no pixel of the connection's colour where its marker goes");
    }
};

QTEST_MAIN(tst_ByteLogDelegate)
#include "tst_bytelogdelegate.moc"
