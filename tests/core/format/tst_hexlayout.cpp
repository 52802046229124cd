// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexlayout.h"

#include <QByteArray>
#include <QString>
#include <QTest>

// Expected rows are what `hexdump -C` (util-linux) prints for the same bytes.
class tst_HexLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowCount_data();
    void rowCount();
    void rowAndColumn_data();
    void rowAndColumn();
    void offsetAt_data();
    void offsetAt();
    void characterColumns_data();
    void characterColumns();
    void byteColumnAt_data();
    void byteColumnAt();
    void columnsRoundTrip();
    void paneAt_data();
    void paneAt();
    void nearestByteColumn_data();
    void nearestByteColumn();
    void rowText_data();
    void rowText();
    void hexTextMatchesRowText();
    void wideOffsets_data();
    void wideOffsets();
    void shorterRows_data();
    void shorterRows();
    void rowLengthFitting_data();
    void rowLengthFitting();
    void asciiChar_data();
    void asciiChar();
};

using Pane = HexLayout::Pane;

void tst_HexLayout::rowCount_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<int>("lastRowBytes");

    QTest::newRow("empty") << qint64(0) << qint64(0) << 0;
    QTest::newRow("one byte") << qint64(1) << qint64(1) << 1;
    QTest::newRow("one short of a row") << qint64(15) << qint64(1) << 15;
    QTest::newRow("exactly a row") << qint64(16) << qint64(1) << 16;
    QTest::newRow("one into the second row") << qint64(17) << qint64(2) << 1;
    QTest::newRow("16 MiB") << qint64(16 << 20) << qint64(1 << 20) << 16;
    QTest::newRow("16 MiB + 3") << qint64((16 << 20) + 3) << qint64((1 << 20) + 1) << 3;
    QTest::newRow("negative size counts as empty") << qint64(-5) << qint64(0) << 0;
}

void tst_HexLayout::rowCount()
{
    QFETCH(qint64, size);
    QFETCH(qint64, rows);
    QFETCH(int, lastRowBytes);

    const HexLayout layout(size);
    QCOMPARE(layout.rowCount(), rows);
    QCOMPARE(layout.bytesInRow(rows - 1), lastRowBytes);
    QCOMPARE(layout.bytesInRow(rows), 0);
    QCOMPARE(layout.bytesInRow(-1), 0);
}

void tst_HexLayout::rowAndColumn_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<int>("column");

    QTest::newRow("first byte") << qint64(0) << qint64(0) << 0;
    QTest::newRow("end of the first group") << qint64(7) << qint64(0) << 7;
    QTest::newRow("start of the second group") << qint64(8) << qint64(0) << 8;
    QTest::newRow("end of the first row") << qint64(15) << qint64(0) << 15;
    QTest::newRow("start of the second row") << qint64(16) << qint64(1) << 0;
    QTest::newRow("beyond 4 GiB") << (qint64(1) << 32) + 0x1b << (qint64(1) << 28) + 1 << 0xb;
}

void tst_HexLayout::rowAndColumn()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, row);
    QFETCH(int, column);

    QCOMPARE(HexLayout().rowOf(offset), row);
    QCOMPARE(HexLayout().columnOf(offset), column);
    QCOMPARE(HexLayout(offset + 1).offsetAt(row, column), offset);
}

void tst_HexLayout::offsetAt_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<qint64>("offset");

    QTest::newRow("inside") << qint64(40) << qint64(1) << 3 << qint64(19);
    QTest::newRow("last byte") << qint64(40) << qint64(2) << 7 << qint64(39);
    QTest::newRow("past the end in the last row") << qint64(40) << qint64(2) << 8 << qint64(-1);
    QTest::newRow("row past the end") << qint64(40) << qint64(3) << 0 << qint64(-1);
    QTest::newRow("negative row") << qint64(40) << qint64(-1) << 0 << qint64(-1);
    QTest::newRow("negative column") << qint64(40) << qint64(1) << -1 << qint64(-1);
    QTest::newRow("column 16") << qint64(40) << qint64(0) << 16 << qint64(-1);
    QTest::newRow("empty data") << qint64(0) << qint64(0) << 0 << qint64(-1);
}

void tst_HexLayout::offsetAt()
{
    QFETCH(qint64, size);
    QFETCH(qint64, row);
    QFETCH(int, column);
    QFETCH(qint64, offset);

    QCOMPARE(HexLayout(size).offsetAt(row, column), offset);
}

void tst_HexLayout::characterColumns_data()
{
    QTest::addColumn<int>("byteColumn");
    QTest::addColumn<int>("hexColumn");
    QTest::addColumn<int>("asciiColumn");

    // "00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  |GET / HTTP/1.1..|"
    QTest::newRow("0") << 0 << 10 << 61;
    QTest::newRow("1") << 1 << 13 << 62;
    QTest::newRow("7") << 7 << 31 << 68;
    QTest::newRow("8, after the group gap") << 8 << 35 << 69;
    QTest::newRow("15") << 15 << 56 << 76;
}

void tst_HexLayout::characterColumns()
{
    QFETCH(int, byteColumn);
    QFETCH(int, hexColumn);
    QFETCH(int, asciiColumn);

    const HexLayout layout(100);
    QCOMPARE(layout.offsetWidth(), 8);
    QCOMPARE(layout.hexColumn(byteColumn), hexColumn);
    QCOMPARE(layout.asciiColumn(byteColumn), asciiColumn);
    QCOMPARE(layout.rowWidth(), 78);
}

void tst_HexLayout::byteColumnAt_data()
{
    QTest::addColumn<int>("charColumn");
    QTest::addColumn<int>("byteColumn");

    QTest::newRow("offset") << 0 << -1;
    QTest::newRow("last offset digit") << 7 << -1;
    QTest::newRow("gap after the offset") << 9 << -1;
    QTest::newRow("byte 0 high digit") << 10 << 0;
    QTest::newRow("byte 0 low digit") << 11 << 0;
    QTest::newRow("space after byte 0") << 12 << -1;
    QTest::newRow("byte 1") << 13 << 1;
    QTest::newRow("byte 7 low digit") << 32 << 7;
    QTest::newRow("space after byte 7") << 33 << -1;
    QTest::newRow("group gap") << 34 << -1;
    QTest::newRow("byte 8") << 35 << 8;
    QTest::newRow("byte 15 low digit") << 57 << 15;
    QTest::newRow("gap before ascii") << 58 << -1;
    QTest::newRow("second gap before ascii") << 59 << -1;
    QTest::newRow("opening bar") << 60 << -1;
    QTest::newRow("ascii 0") << 61 << 0;
    QTest::newRow("ascii 15") << 76 << 15;
    QTest::newRow("closing bar") << 77 << -1;
    QTest::newRow("past the row") << 78 << -1;
    QTest::newRow("negative") << -1 << -1;
}

void tst_HexLayout::byteColumnAt()
{
    QFETCH(int, charColumn);
    QFETCH(int, byteColumn);

    QCOMPARE(HexLayout(1000).byteColumnAt(charColumn), byteColumn);
}

void tst_HexLayout::columnsRoundTrip()
{
    const HexLayout layout(1000);
    for (int column = 0; column < HexLayout::MaxBytesPerRow; ++column) {
        QCOMPARE(layout.byteColumnAt(layout.hexColumn(column)), column);
        QCOMPARE(layout.byteColumnAt(layout.hexColumn(column) + 1), column);
        QCOMPARE(layout.byteColumnAt(layout.asciiColumn(column)), column);
        QCOMPARE(layout.paneAt(layout.hexColumn(column)), Pane::Hex);
        QCOMPARE(layout.paneAt(layout.asciiColumn(column)), Pane::Ascii);
    }
}

void tst_HexLayout::paneAt_data()
{
    QTest::addColumn<int>("charColumn");
    QTest::addColumn<Pane>("pane");

    QTest::newRow("before the row") << -1 << Pane::None;
    QTest::newRow("offset") << 0 << Pane::Offset;
    QTest::newRow("first gap space") << 8 << Pane::Offset;
    QTest::newRow("space before byte 0") << 9 << Pane::Hex;
    QTest::newRow("group gap") << 34 << Pane::Hex;
    QTest::newRow("last space of hex") << 59 << Pane::Hex;
    QTest::newRow("opening bar") << 60 << Pane::Ascii;
    QTest::newRow("closing bar") << 77 << Pane::Ascii;
    QTest::newRow("past the row") << 78 << Pane::None;
}

void tst_HexLayout::paneAt()
{
    QFETCH(int, charColumn);
    QFETCH(Pane, pane);

    QCOMPARE(HexLayout(1000).paneAt(charColumn), pane);
}

void tst_HexLayout::nearestByteColumn_data()
{
    QTest::addColumn<Pane>("pane");
    QTest::addColumn<int>("charColumn");
    QTest::addColumn<int>("byteColumn");

    QTest::newRow("hex: far left clamps") << Pane::Hex << 0 << 0;
    QTest::newRow("hex: space before byte 0") << Pane::Hex << 9 << 0;
    QTest::newRow("hex: byte 0") << Pane::Hex << 10 << 0;
    QTest::newRow("hex: space after byte 0") << Pane::Hex << 12 << 0;
    QTest::newRow("hex: byte 1") << Pane::Hex << 13 << 1;
    QTest::newRow("hex: space after byte 7") << Pane::Hex << 33 << 7;
    QTest::newRow("hex: group gap") << Pane::Hex << 34 << 8;
    QTest::newRow("hex: byte 8") << Pane::Hex << 35 << 8;
    QTest::newRow("hex: space after byte 8") << Pane::Hex << 37 << 8;
    QTest::newRow("hex: byte 9") << Pane::Hex << 38 << 9;
    QTest::newRow("hex: byte 15") << Pane::Hex << 57 << 15;
    QTest::newRow("hex: into ascii clamps") << Pane::Hex << 70 << 15;
    QTest::newRow("ascii: opening bar") << Pane::Ascii << 60 << 0;
    QTest::newRow("ascii: back in hex clamps") << Pane::Ascii << 20 << 0;
    QTest::newRow("ascii: 5") << Pane::Ascii << 66 << 5;
    QTest::newRow("ascii: closing bar") << Pane::Ascii << 77 << 15;
    QTest::newRow("ascii: far right") << Pane::Ascii << 500 << 15;
    QTest::newRow("offset has no bytes") << Pane::Offset << 3 << -1;
    QTest::newRow("none has no bytes") << Pane::None << 20 << -1;
}

void tst_HexLayout::nearestByteColumn()
{
    QFETCH(Pane, pane);
    QFETCH(int, charColumn);
    QFETCH(int, byteColumn);

    QCOMPARE(HexLayout(1000).nearestByteColumn(pane, charColumn), byteColumn);
}

void tst_HexLayout::rowText_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<QString>("text");

    const QByteArray request("GET / HTTP/1.1\r\nHost: x\r\n\r\n\x00\x01\x7f\x80\xff ~", 34);
    QTest::newRow("full row") << request << qint64(0)
                              << QStringLiteral("00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e "
                                                "31 0d 0a  |GET / HTTP/1.1..|");
    QTest::newRow("control and high bytes")
        << request << qint64(1)
        << QStringLiteral("00000010  48 6f 73 74 3a 20 78 0d  0a 0d 0a 00 01 7f 80 ff  "
                          "|Host: x.........|");
    QTest::newRow("short last row")
        << request << qint64(2)
        << QStringLiteral("00000020  20 7e                                             | ~|");
    QTest::newRow("last row inside the first group")
        << QByteArray("Hello world\n") << qint64(0)
        << QStringLiteral("00000000  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a              "
                          "|Hello world.|");
    QTest::newRow("row past the end") << request << qint64(3) << QString();
    QTest::newRow("negative row") << request << qint64(-1) << QString();
    QTest::newRow("empty data") << QByteArray() << qint64(0) << QString();
}

void tst_HexLayout::rowText()
{
    QFETCH(QByteArray, data);
    QFETCH(qint64, row);
    QFETCH(QString, text);

    const HexLayout layout(data.size());
    QCOMPARE(layout.rowText(data, row), text);
}

void tst_HexLayout::hexTextMatchesRowText()
{
    QByteArray data;
    for (int i = 0; i < 40; ++i)
        data += char(i * 7);
    const HexLayout layout(data.size());
    for (qint64 row = 0; row < layout.rowCount(); ++row) {
        const QString hex = layout.hexText(data, row);
        const QString full = layout.rowText(data, row);
        QCOMPARE(hex.size(), layout.hexColumn(15) + 2 - layout.hexColumn(0));
        QCOMPARE(full.mid(layout.hexColumn(0), hex.size()), hex);
        QCOMPARE(full.left(layout.offsetWidth()), layout.offsetText(row));
    }
}

// Rows of 8 and 4 bytes for a narrow pane: the same columns, fewer of them, the ASCII column
// right after the hex as in a full row.
void tst_HexLayout::shorterRows_data()
{
    QTest::addColumn<int>("bytesPerRow");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rowWidth");

    QTest::newRow("8: first row") << 8 << qint64(0)
                                  << QStringLiteral("00000000  47 45 54 20 2f 20 48 54  |GET / HT|")
                                  << 45;
    QTest::newRow("8: second row")
        << 8 << qint64(1) << QStringLiteral("00000008  54 50 2f 31 2e 31 0d 0a  |TP/1.1..|") << 45;
    QTest::newRow("8: short last row")
        << 8 << qint64(2) << QStringLiteral("00000010  48 6f                    |Ho|") << 45;
    QTest::newRow("4: first row") << 4 << qint64(0)
                                  << QStringLiteral("00000000  47 45 54 20  |GET |") << 29;
    QTest::newRow("4: fifth row") << 4 << qint64(4) << QStringLiteral("00000010  48 6f        |Ho|")
                                  << 29;
    QTest::newRow("anything else is 16")
        << 5 << qint64(0)
        << QStringLiteral("00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  "
                          "|GET / HTTP/1.1..|")
        << 78;
}

void tst_HexLayout::shorterRows()
{
    QFETCH(int, bytesPerRow);
    QFETCH(qint64, row);
    QFETCH(QString, text);
    QFETCH(int, rowWidth);

    const QByteArray data("GET / HTTP/1.1\r\nHo");
    const HexLayout layout(data.size(), bytesPerRow);
    QCOMPARE(layout.rowText(data, row), text);
    QCOMPARE(layout.rowWidth(), rowWidth);
    const int length = layout.bytesPerRow();
    QCOMPARE(layout.rowCount(), (data.size() + length - 1) / length);
    QCOMPARE(layout.rowOf(17), 17 / length);
    QCOMPARE(layout.columnOf(17), 17 % length);
    QCOMPARE(layout.offsetAt(layout.rowOf(17), layout.columnOf(17)), qint64(17));
    for (int column = 0; column < length; ++column) {
        QCOMPARE(layout.byteColumnAt(layout.hexColumn(column)), column);
        QCOMPARE(layout.byteColumnAt(layout.asciiColumn(column)), column);
    }
    QCOMPARE(layout.nearestByteColumn(Pane::Ascii, 500), length - 1);
    QCOMPARE(layout.nearestByteColumn(Pane::Hex, layout.asciiColumn(0) - 2), length - 1);
}

void tst_HexLayout::rowLengthFitting_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("characters");
    QTest::addColumn<int>("bytesPerRow");

    QTest::newRow("a full row fits") << qint64(100) << 78 << 16;
    QTest::newRow("wider still 16") << qint64(100) << 300 << 16;
    QTest::newRow("one short of 16") << qint64(100) << 77 << 8;
    QTest::newRow("exactly 8") << qint64(100) << 45 << 8;
    QTest::newRow("one short of 8") << qint64(100) << 44 << 4;
    QTest::newRow("nothing fits: 4") << qint64(100) << 3 << 4;
    QTest::newRow("a 9-digit offset needs one more") << (qint64(1) << 33) << 78 << 8;
}

void tst_HexLayout::rowLengthFitting()
{
    QFETCH(qint64, size);
    QFETCH(int, characters);
    QFETCH(int, bytesPerRow);

    QCOMPARE(HexLayout::bytesPerRowFitting(size, characters), bytesPerRow);
}

void tst_HexLayout::wideOffsets_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("offsetWidth");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<QString>("offsetText");

    QTest::newRow("empty") << qint64(0) << 8 << qint64(0) << QStringLiteral("00000000");
    QTest::newRow("4 GiB still fits 8 digits")
        << (qint64(1) << 32) << 8 << (qint64(1) << 28) - 1 << QStringLiteral("fffffff0");
    QTest::newRow("one byte more needs 9")
        << (qint64(1) << 32) + 1 << 9 << qint64(1) << QStringLiteral("000000010");
    QTest::newRow("last row of 4 GiB + 1")
        << (qint64(1) << 32) + 1 << 9 << (qint64(1) << 28) << QStringLiteral("100000000");
}

void tst_HexLayout::wideOffsets()
{
    QFETCH(qint64, size);
    QFETCH(int, offsetWidth);
    QFETCH(qint64, row);
    QFETCH(QString, offsetText);

    const HexLayout layout(size);
    QCOMPARE(layout.offsetWidth(), offsetWidth);
    QCOMPARE(layout.offsetText(row), offsetText);
    // Everything right of the offset moves with it.
    QCOMPARE(layout.hexColumn(0), offsetWidth + 2);
    QCOMPARE(layout.rowWidth(), offsetWidth + 70);
}

void tst_HexLayout::asciiChar_data()
{
    QTest::addColumn<int>("byte");
    QTest::addColumn<QChar>("shown");

    QTest::newRow("NUL") << 0x00 << QChar(QLatin1Char('.'));
    QTest::newRow("LF") << 0x0a << QChar(QLatin1Char('.'));
    QTest::newRow("last control") << 0x1f << QChar(QLatin1Char('.'));
    QTest::newRow("space") << 0x20 << QChar(QLatin1Char(' '));
    QTest::newRow("A") << 0x41 << QChar(QLatin1Char('A'));
    QTest::newRow("tilde") << 0x7e << QChar(QLatin1Char('~'));
    QTest::newRow("DEL") << 0x7f << QChar(QLatin1Char('.'));
    QTest::newRow("high bit") << 0x80 << QChar(QLatin1Char('.'));
    QTest::newRow("0xff") << 0xff << QChar(QLatin1Char('.'));
}

void tst_HexLayout::asciiChar()
{
    QFETCH(int, byte);
    QFETCH(QChar, shown);

    QCOMPARE(HexLayout::asciiChar(char(byte)), shown);
    QCOMPARE(HexLayout::isPrintable(char(byte)), shown != QLatin1Char('.'));
}

QTEST_GUILESS_MAIN(tst_HexLayout)
#include "tst_hexlayout.moc"
