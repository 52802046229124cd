// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexview.h"
#include "packetview.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QImage>
#include <QLocale>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

// HexView's selection, copy, chunk marks and painting, driven through mouse and keyboard
// events the way a user would; then PacketView, which feeds it chunks.
class tst_HexView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyViewPaintsPlaceholder();
    void setDataResetsSelectionAndChunks();
    void clickSelectsOneByte_data();
    void clickSelectsOneByte();
    void shiftClickExtends_data();
    void shiftClickExtends();
    void dragSelects_data();
    void dragSelects();
    void selectionIsMirroredInTheOtherPane_data();
    void selectionIsMirroredInTheOtherPane();
    void keyboardSelection_data();
    void keyboardSelection();
    void doubleClickSelectsChunk();
    void setSelectionClips_data();
    void setSelectionClips();
    void copy_data();
    void copy();
    void copyWithoutSelectionKeepsClipboard();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void chunkAt_data();
    void chunkAt();
    void chunkToolTip_data();
    void chunkToolTip();
    void hoverShowsChunkToolTip();
    void chunkBoundaryIsPainted();
    void asciiGlyphsStayInTheirCells_data();
    void asciiGlyphsStayInTheirCells();
    void rowsFollowTheWidth();
    void sixteenMegabytes();
    void packetViewShowChunks_data();
    void packetViewShowChunks();
    void packetViewHeaderNamesSelection();
    void packetViewMessageAndClear();
    void placeholderReadsWholeInAShortPane();
};

using Pane = HexView::Pane;

namespace {

// 300 bytes, all spaces: neither hex nor ASCII glyphs reach the pixels the tests sample.
QByteArray spaces()
{
    return QByteArray(300, ' ');
}

QByteArray request()
{
    return QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
}

QByteArray binary(int size)
{
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = char(i * 37 + 11);
    return bytes;
}

// Shown and exposed, so that grab(), focus and tooltips behave as on screen.
struct ShownView
{
    explicit ShownView(const QByteArray &data)
    {
        view.resize(760, 420);
        view.setData(data);
        view.show();
    }
    HexView view;
};

QPoint pointAt(const HexView &view, qint64 offset, Pane pane)
{
    const QRect rect = view.byteRect(offset, pane);
    Q_ASSERT(!rect.isEmpty());
    return rect.center();
}

// A pixel of the byte's cell that no glyph and no chunk mark covers (for spaces()).
QColor cellBackground(const QImage &image, const HexView &view, qint64 offset, Pane pane)
{
    const QRect rect = view.byteRect(offset, pane);
    const QPoint at
        = pane == Pane::Hex ? QPoint(rect.left() + 1, rect.center().y()) : rect.center();
    return image.pixelColor(at * image.devicePixelRatio());
}

} // namespace

void tst_HexView::emptyViewPaintsPlaceholder()
{
    HexView view;
    view.resize(400, 200);
    view.setPlaceholderText(QStringLiteral("Nothing here yet"));
    QCOMPARE(view.placeholderText(), QStringLiteral("Nothing here yet"));
    QCOMPARE(view.layout().rowCount(), qint64(0));
    QCOMPARE(view.selection().length, qint64(0));
    QCOMPARE(view.offsetAt(QPoint(100, 20)), qint64(-1));

    const QColor base = view.palette().color(QPalette::Base);
    const auto nonBasePixels = [&] {
        const QImage image = view.viewport()->grab().toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixelColor(x, y) != base;
        return count;
    };
    QVERIFY2(nonBasePixels() > 0, "the placeholder text was not painted");
    view.setPlaceholderText(QString());
    QCOMPARE(nonBasePixels(), 0);
}

void tst_HexView::setDataResetsSelectionAndChunks()
{
    ShownView shown(spaces());
    HexView &view = shown.view;
    view.setChunkBoundaries({ 0, 100 });
    view.setSelection(10, 5);
    QSignalSpy spy(&view, &HexView::selectionChanged);

    view.setData(request());
    QCOMPARE(view.data(), request());
    QCOMPARE(view.layout().rowCount(), qint64(2));
    QCOMPARE(view.selection().length, qint64(0));
    QCOMPARE(view.chunkBoundaries(), QList<qint64> { 0 });
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).toLongLong(), qint64(0));
    QCOMPARE(view.verticalScrollBar()->value(), 0);
}

void tst_HexView::clickSelectsOneByte_data()
{
    QTest::addColumn<Pane>("pane");
    QTest::addColumn<qint64>("offset");

    for (const Pane pane : { Pane::Hex, Pane::Ascii }) {
        const char *name = pane == Pane::Hex ? "hex" : "ascii";
        QTest::addRow("%s: first byte", name) << pane << qint64(0);
        QTest::addRow("%s: end of first group", name) << pane << qint64(7);
        QTest::addRow("%s: start of second group", name) << pane << qint64(8);
        QTest::addRow("%s: end of row", name) << pane << qint64(15);
        QTest::addRow("%s: middle", name) << pane << qint64(150);
        QTest::addRow("%s: last byte", name) << pane << qint64(299);
    }
}

void tst_HexView::clickSelectsOneByte()
{
    QFETCH(Pane, pane);
    QFETCH(qint64, offset);

    ShownView shown(spaces());
    HexView &view = shown.view;
    QSignalSpy spy(&view, &HexView::selectionChanged);

    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pointAt(view, offset, pane));

    QCOMPARE(view.selection().start, offset);
    QCOMPARE(view.selection().length, qint64(1));
    QCOMPARE(view.activePane(), pane);
    QCOMPARE(view.offsetAt(pointAt(view, offset, pane)), offset);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), offset);
    QCOMPARE(spy.at(0).at(1).toLongLong(), qint64(1));
}

void tst_HexView::shiftClickExtends_data()
{
    QTest::addColumn<Pane>("firstPane");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<Pane>("secondPane");
    QTest::addColumn<qint64>("second");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("length");

    // The range is the same whichever pane each click lands in.
    const QList<QPair<Pane, Pane>> panes = { { Pane::Hex, Pane::Hex }, { Pane::Ascii, Pane::Ascii },
        { Pane::Hex, Pane::Ascii }, { Pane::Ascii, Pane::Hex } };
    for (const auto &[a, b] : panes) {
        const char *an = a == Pane::Hex ? "hex" : "ascii";
        const char *bn = b == Pane::Hex ? "hex" : "ascii";
        QTest::addRow("%s→%s forwards", an, bn)
            << a << qint64(5) << b << qint64(20) << qint64(5) << qint64(16);
        QTest::addRow("%s→%s backwards", an, bn)
            << a << qint64(40) << b << qint64(3) << qint64(3) << qint64(38);
        QTest::addRow("%s→%s same byte", an, bn)
            << a << qint64(9) << b << qint64(9) << qint64(9) << qint64(1);
    }
}

void tst_HexView::shiftClickExtends()
{
    QFETCH(Pane, firstPane);
    QFETCH(qint64, first);
    QFETCH(Pane, secondPane);
    QFETCH(qint64, second);
    QFETCH(qint64, start);
    QFETCH(qint64, length);

    ShownView shown(spaces());
    HexView &view = shown.view;
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pointAt(view, first, firstPane));
    QTest::mouseClick(
        view.viewport(), Qt::LeftButton, Qt::ShiftModifier, pointAt(view, second, secondPane));

    QCOMPARE(view.selection().start, start);
    QCOMPARE(view.selection().length, length);
    QCOMPARE(view.selectedBytes().size(), length);
    QCOMPARE(view.activePane(), secondPane);
}

void tst_HexView::dragSelects_data()
{
    QTest::addColumn<Pane>("pane");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<QPoint>("toCell"); // (byte column, row) the drag ends over
    QTest::addColumn<Pane>("toPane");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("length");

    for (const Pane pane : { Pane::Hex, Pane::Ascii }) {
        const char *name = pane == Pane::Hex ? "hex" : "ascii";
        QTest::addRow("%s: within a row", name)
            << pane << qint64(2) << QPoint(9, 0) << pane << qint64(2) << qint64(8);
        QTest::addRow("%s: over three rows", name)
            << pane << qint64(10) << QPoint(4, 2) << pane << qint64(10) << qint64(27);
        QTest::addRow("%s: upwards", name)
            << pane << qint64(50) << QPoint(1, 1) << pane << qint64(17) << qint64(34);
    }
    // A drag that leaves its pane keeps selecting there, clamped to the nearest byte.
    QTest::newRow("hex into ascii clamps to row end")
        << Pane::Hex << qint64(3) << QPoint(5, 2) << Pane::Ascii << qint64(3) << qint64(45);
    QTest::newRow("ascii into hex clamps to row start")
        << Pane::Ascii << qint64(40) << QPoint(12, 1) << Pane::Hex << qint64(16) << qint64(25);
}

void tst_HexView::dragSelects()
{
    QFETCH(Pane, pane);
    QFETCH(qint64, from);
    QFETCH(QPoint, toCell);
    QFETCH(Pane, toPane);
    QFETCH(qint64, start);
    QFETCH(qint64, length);

    ShownView shown(spaces());
    HexView &view = shown.view;
    QSignalSpy spy(&view, &HexView::selectionChanged);
    const QPoint to = pointAt(view, toCell.y() * 16 + toCell.x(), toPane);

    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, pointAt(view, from, pane));
    QTest::mouseMove(view.viewport(), to);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);

    QCOMPARE(view.selection().start, start);
    QCOMPARE(view.selection().length, length);
    QCOMPARE(view.activePane(), pane);
    QVERIFY(spy.count() >= 1);
    QCOMPARE(spy.last().at(0).toLongLong(), start);
    QCOMPARE(spy.last().at(1).toLongLong(), length);
}

void tst_HexView::selectionIsMirroredInTheOtherPane_data()
{
    QTest::addColumn<Pane>("pane");
    QTest::newRow("selected in hex") << Pane::Hex;
    QTest::newRow("selected in ascii") << Pane::Ascii;
}

void tst_HexView::selectionIsMirroredInTheOtherPane()
{
    QFETCH(Pane, pane);
    const Pane other = pane == Pane::Hex ? Pane::Ascii : Pane::Hex;

    ShownView shown(spaces());
    HexView &view = shown.view;
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, pointAt(view, 20, pane));
    QTest::mouseMove(view.viewport(), pointAt(view, 37, pane));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, pointAt(view, 37, pane));
    QCOMPARE(view.selection().start, qint64(20));
    QCOMPARE(view.selection().length, qint64(18));

    const QImage image = view.viewport()->grab().toImage();
    const QPalette palette = view.palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Highlight);

    for (const qint64 offset : { 20, 23, 31, 32, 36 }) { // 37 has the cursor frame
        QCOMPARE(cellBackground(image, view, offset, pane), highlight);
        const QColor mirror = cellBackground(image, view, offset, other);
        QVERIFY2(mirror != base && mirror != highlight,
            qPrintable(
                QStringLiteral("byte %1 is not mirrored: %2").arg(offset).arg(mirror.name())));
    }
    for (const qint64 offset : { 19, 38, 100 }) {
        QCOMPARE(cellBackground(image, view, offset, pane), base);
        QCOMPARE(cellBackground(image, view, offset, other), base);
    }
}

void tst_HexView::keyboardSelection_data()
{
    QTest::addColumn<qint64>("clickAt");
    QTest::addColumn<QTestEventList>("keys");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("length");

    const auto keys = [](std::initializer_list<QPair<Qt::Key, Qt::KeyboardModifiers>> list) {
        QTestEventList events;
        for (const auto &[key, modifiers] : list)
            events.addKeyClick(key, modifiers);
        return events;
    };
    const Qt::KeyboardModifiers none;
    const Qt::KeyboardModifiers shift = Qt::ShiftModifier;
    const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    const Qt::KeyboardModifiers ctrlShift = Qt::ControlModifier | Qt::ShiftModifier;

    // 300 bytes: the last row holds 288..299.
    QTest::newRow("right") << qint64(5) << keys({ { Qt::Key_Right, none } }) << qint64(6)
                           << qint64(1);
    QTest::newRow("left") << qint64(5) << keys({ { Qt::Key_Left, none } }) << qint64(4)
                          << qint64(1);
    QTest::newRow("left at the start stays")
        << qint64(0) << keys({ { Qt::Key_Left, none } }) << qint64(0) << qint64(1);
    QTest::newRow("shift+right ×3")
        << qint64(5)
        << keys({ { Qt::Key_Right, shift }, { Qt::Key_Right, shift }, { Qt::Key_Right, shift } })
        << qint64(5) << qint64(4);
    QTest::newRow("shift+left extends backwards")
        << qint64(5) << keys({ { Qt::Key_Left, shift }, { Qt::Key_Left, shift } }) << qint64(3)
        << qint64(3);
    QTest::newRow("plain right collapses")
        << qint64(5)
        << keys({ { Qt::Key_Right, shift }, { Qt::Key_Right, shift }, { Qt::Key_Right, none } })
        << qint64(8) << qint64(1);
    QTest::newRow("down") << qint64(5) << keys({ { Qt::Key_Down, none } }) << qint64(21)
                          << qint64(1);
    QTest::newRow("shift+down") << qint64(5) << keys({ { Qt::Key_Down, shift } }) << qint64(5)
                                << qint64(17);
    QTest::newRow("up in the first row goes to the start")
        << qint64(5) << keys({ { Qt::Key_Up, none } }) << qint64(0) << qint64(1);
    QTest::newRow("down in the last row stops at the end")
        << qint64(290) << keys({ { Qt::Key_Down, none } }) << qint64(299) << qint64(1);
    QTest::newRow("end of row") << qint64(20) << keys({ { Qt::Key_End, none } }) << qint64(31)
                                << qint64(1);
    QTest::newRow("shift+home") << qint64(20) << keys({ { Qt::Key_Home, shift } }) << qint64(16)
                                << qint64(5);
    QTest::newRow("ctrl+end") << qint64(5) << keys({ { Qt::Key_End, ctrl } }) << qint64(299)
                              << qint64(1);
    QTest::newRow("ctrl+shift+end")
        << qint64(5) << keys({ { Qt::Key_End, ctrlShift } }) << qint64(5) << qint64(295);
    QTest::newRow("ctrl+shift+home")
        << qint64(40) << keys({ { Qt::Key_Home, ctrlShift } }) << qint64(0) << qint64(41);
    QTest::newRow("ctrl+a") << qint64(5) << keys({ { Qt::Key_A, ctrl } }) << qint64(0)
                            << qint64(300);
}

void tst_HexView::keyboardSelection()
{
    QFETCH(qint64, clickAt);
    QFETCH(QTestEventList, keys);
    QFETCH(qint64, start);
    QFETCH(qint64, length);

    ShownView shown(spaces());
    HexView &view = shown.view;
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pointAt(view, clickAt, Pane::Ascii));
    keys.simulate(&view);

    QCOMPARE(view.selection().start, start);
    QCOMPARE(view.selection().length, length);
    QCOMPARE(view.activePane(), Pane::Ascii); // keys keep the pane the click chose
}

void tst_HexView::doubleClickSelectsChunk()
{
    ShownView shown(spaces());
    HexView &view = shown.view;
    view.setChunkBoundaries({ 0, 27, 100 });

    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, pointAt(view, 50, Pane::Hex));
    QCOMPARE(view.selection().start, qint64(27));
    QCOMPARE(view.selection().length, qint64(73));

    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, pointAt(view, 120, Pane::Ascii));
    QCOMPARE(view.selection().start, qint64(100));
    QCOMPARE(view.selection().length, qint64(200));
}

void tst_HexView::setSelectionClips_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<qint64>("expectedStart");
    QTest::addColumn<qint64>("expectedLength");

    QTest::newRow("inside") << qint64(10) << qint64(5) << qint64(10) << qint64(5);
    QTest::newRow("runs past the end") << qint64(290) << qint64(50) << qint64(290) << qint64(10);
    QTest::newRow("negative start") << qint64(-5) << qint64(3) << qint64(0) << qint64(3);
    QTest::newRow("length 0 clears") << qint64(10) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("everything") << qint64(0) << qint64(300) << qint64(0) << qint64(300);
}

void tst_HexView::setSelectionClips()
{
    QFETCH(qint64, start);
    QFETCH(qint64, length);
    QFETCH(qint64, expectedStart);
    QFETCH(qint64, expectedLength);

    ShownView shown(spaces());
    shown.view.setSelection(start, length);
    QCOMPARE(shown.view.selection().start, expectedStart);
    QCOMPARE(shown.view.selection().length, expectedLength);
}

void tst_HexView::copy_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<QString>("clipboard");

    const Qt::KeyboardModifiers hex = Qt::ControlModifier;
    const Qt::KeyboardModifiers text = Qt::ControlModifier | Qt::ShiftModifier;
    QTest::newRow("hex") << qint64(0) << qint64(3) << hex << QStringLiteral("47 45 54");
    QTest::newRow("hex of a line break")
        << qint64(13) << qint64(3) << hex << QStringLiteral("31 0d 0a");
    QTest::newRow("one byte as hex") << qint64(4) << qint64(1) << hex << QStringLiteral("2f");
    QTest::newRow("text") << qint64(0) << qint64(3) << text << QStringLiteral("GET");
    QTest::newRow("text keeps line breaks")
        << qint64(13) << qint64(8) << text << QStringLiteral("1\r\nHost:");
}

void tst_HexView::copy()
{
    QFETCH(qint64, start);
    QFETCH(qint64, length);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(QString, clipboard);

    ShownView shown(request());
    HexView &view = shown.view;
    view.setSelection(start, length);
    QTest::keyClick(&view, Qt::Key_C, modifiers);

    QCOMPARE(QGuiApplication::clipboard()->text(), clipboard);
    if (modifiers.testFlag(Qt::ShiftModifier)) {
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(
            mime->data(QStringLiteral("application/octet-stream")), request().mid(start, length));
    }
}

void tst_HexView::copyWithoutSelectionKeepsClipboard()
{
    ShownView shown(request());
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    QTest::keyClick(&shown.view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
}

void tst_HexView::chunkBoundaries_data()
{
    QTest::addColumn<QList<qint64>>("offsets");
    QTest::addColumn<QList<qint64>>("starts");

    QTest::newRow("sorted") << QList<qint64> { 0, 27, 150 } << QList<qint64> { 0, 27, 150 };
    QTest::newRow("zero implied") << QList<qint64> { 27 } << QList<qint64> { 0, 27 };
    QTest::newRow("unsorted") << QList<qint64> { 150, 27, 0 } << QList<qint64> { 0, 27, 150 };
    QTest::newRow("repeated") << QList<qint64> { 0, 27, 27 } << QList<qint64> { 0, 27 };
    QTest::newRow("outside the data")
        << QList<qint64> { -3, 27, 300, 1000 } << QList<qint64> { 0, 27 };
    QTest::newRow("none") << QList<qint64> {} << QList<qint64> { 0 };
    QTest::newRow("last byte") << QList<qint64> { 299 } << QList<qint64> { 0, 299 };
}

void tst_HexView::chunkBoundaries()
{
    QFETCH(QList<qint64>, offsets);
    QFETCH(QList<qint64>, starts);

    HexView view;
    view.setData(spaces());
    view.setChunkBoundaries(offsets);
    QCOMPARE(view.chunkBoundaries(), starts);
    QCOMPARE(view.chunkCount(), int(starts.size()));
    for (int chunk = 0; chunk < starts.size(); ++chunk) {
        QCOMPARE(view.chunkAt(starts.at(chunk)), chunk);
        QCOMPARE(view.isChunkBoundary(starts.at(chunk)), chunk > 0);
        const qint64 end = chunk + 1 < starts.size() ? starts.at(chunk + 1) : 300;
        QCOMPARE(view.chunkRange(chunk).start, starts.at(chunk));
        QCOMPARE(view.chunkRange(chunk).length, end - starts.at(chunk));
    }
}

void tst_HexView::chunkAt_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("chunk");
    QTest::addColumn<bool>("boundary");

    // Chunks start at 0, 27 and 150 of 300 bytes.
    QTest::newRow("first byte") << qint64(0) << 0 << false;
    QTest::newRow("last of chunk 0") << qint64(26) << 0 << false;
    QTest::newRow("first of chunk 1") << qint64(27) << 1 << true;
    QTest::newRow("inside chunk 1") << qint64(28) << 1 << false;
    QTest::newRow("last of chunk 1") << qint64(149) << 1 << false;
    QTest::newRow("first of chunk 2") << qint64(150) << 2 << true;
    QTest::newRow("last byte") << qint64(299) << 2 << false;
    QTest::newRow("past the end") << qint64(300) << -1 << false;
    QTest::newRow("negative") << qint64(-1) << -1 << false;
}

void tst_HexView::chunkAt()
{
    QFETCH(qint64, offset);
    QFETCH(int, chunk);
    QFETCH(bool, boundary);

    HexView view;
    view.setData(spaces());
    view.setChunkBoundaries({ 0, 27, 150 });
    QCOMPARE(view.chunkAt(offset), chunk);
    QCOMPARE(view.isChunkBoundary(offset), boundary);
}

void tst_HexView::chunkToolTip_data()
{
    QTest::addColumn<QList<qint64>>("boundaries");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("toolTip");

    const QList<qint64> two { 0, 27 };
    const QStringList labels { QStringLiteral("#3 received 27 B at 0.100 s"),
        QStringLiteral("#5 received 300 B at 0.532 s") };
    QTest::newRow("first byte of the second chunk")
        << two << labels << qint64(27)
        << QStringLiteral("Chunk 2 of 2: #5 received 300 B at 0.532 s\n"
                          "Byte 1 of 300 in this chunk\n"
                          "Offset 27 (0x1b)\n"
                          "Value 0x0b = 11");
    QTest::newRow("printable byte in the first chunk")
        << two << labels << qint64(0)
        << QStringLiteral("Chunk 1 of 2: #3 received 27 B at 0.100 s\n"
                          "Byte 1 of 27 in this chunk\n"
                          "Offset 0 (0x0)\n"
                          "Value 0x47 = 71 = 'G'");
    QTest::newRow("unlabelled chunks") << two << QStringList() << qint64(26)
                                       << QStringLiteral("Chunk 1 of 2\n"
                                                         "Byte 27 of 27 in this chunk\n"
                                                         "Offset 26 (0x1a)\n"
                                                         "Value 0x0a = 10");
    QTest::newRow("one unlabelled chunk says nothing about chunks")
        << QList<qint64> {} << QStringList() << qint64(1)
        << QStringLiteral("Offset 1 (0x1)\nValue 0x45 = 69 = 'E'");
    QTest::newRow("outside the data") << two << labels << qint64(327) << QString();
}

void tst_HexView::chunkToolTip()
{
    QFETCH(QList<qint64>, boundaries);
    QFETCH(QStringList, labels);
    QFETCH(qint64, offset);
    QFETCH(QString, toolTip);

    HexView view;
    view.setData(request() + binary(300));
    view.setChunkBoundaries(boundaries, labels);
    QCOMPARE(view.chunkToolTip(offset), toolTip);
}

void tst_HexView::hoverShowsChunkToolTip()
{
    ShownView shown(request() + binary(300));
    HexView &view = shown.view;
    view.setChunkBoundaries(
        { 0, 27 }, { QStringLiteral("first read"), QStringLiteral("second read") });
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QPoint at = pointAt(view, 40, Pane::Ascii);
    QHelpEvent help(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(view.viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), view.chunkToolTip(40));
    QVERIFY(QToolTip::text().startsWith(QStringLiteral("Chunk 2 of 2: second read\n")));
    QToolTip::hideText();
}

void tst_HexView::chunkBoundaryIsPainted()
{
    ShownView shown(spaces());
    HexView &view = shown.view;
    const QColor marker(Qt::red);
    view.setChunkColours({ QColor(Qt::blue), marker });
    const auto pixelLeftOf = [&](qint64 offset) {
        const QImage image = view.viewport()->grab().toImage();
        const QRect rect = view.byteRect(offset, Pane::Hex);
        // The bar is centred on the cell's left edge.
        return image.pixelColor(QPoint(rect.left(), rect.center().y()) * image.devicePixelRatio());
    };

    QVERIFY(pixelLeftOf(27) != marker);
    view.setChunkBoundaries({ 0, 27 });
    QCOMPARE(pixelLeftOf(27), marker);
    QVERIFY(pixelLeftOf(28) != marker);
}

void tst_HexView::asciiGlyphsStayInTheirCells_data()
{
    QTest::addColumn<char>("character");
    // The narrowest and widest letters, a digit and punctuation: in a proportional font a run of
    // `i` falls short of its cells and a run of `W` runs past them.
    QTest::newRow("i") << 'i';
    QTest::newRow("W") << 'W';
    QTest::newRow("0") << '0';
    QTest::newRow(".") << '.';
}

// The ASCII pane draws a row's characters as one run from the x of its first cell; each must
// land in its own cell, which only a font whose characters all advance alike does.
void tst_HexView::asciiGlyphsStayInTheirCells()
{
    QFETCH(char, character);
    // Ink: where the row differs from the same row of spaces (offset, hex and bars alike).
    ShownView blank(QByteArray(HexLayout::MaxBytesPerRow, ' '));
    ShownView shown(QByteArray(HexLayout::MaxBytesPerRow, character));
    const HexView &view = shown.view;
    const QImage reference = blank.view.viewport()->grab().toImage();
    const QImage image = view.viewport()->grab().toImage();
    const QRect row = view.byteRect(0, Pane::Ascii);
    const auto inkColumns = [&](int left, int right) {
        QList<int> columns;
        for (int x = qMax(left, 0); x <= qMin(right, image.width() - 1); ++x) {
            for (int y = row.top(); y <= row.bottom(); ++y) {
                const QPoint at = QPoint(x, y) * image.devicePixelRatio();
                if (image.pixel(at) != reference.pixel(at)) {
                    columns << x;
                    break;
                }
            }
        }
        return columns;
    };
    for (int column = 0; column < HexLayout::MaxBytesPerRow; ++column) {
        const QRect cell = view.byteRect(column, Pane::Ascii);
        QVERIFY2(!inkColumns(cell.left(), cell.right()).isEmpty(),
            qPrintable(QStringLiteral("no ink in the cell of byte %1 (x %2..%3)")
                           .arg(column)
                           .arg(cell.left())
                           .arg(cell.right())));
    }
    // Nothing spills past the last cell (a pixel of antialiasing aside).
    const QRect last = view.byteRect(HexLayout::MaxBytesPerRow - 1, Pane::Ascii);
    const QList<int> spill = inkColumns(last.right() + 2, image.width());
    QVERIFY2(spill.isEmpty(),
        qPrintable(QStringLiteral("ink at x = %1, past the last cell (x %2..%3)")
                       .arg(spill.value(0))
                       .arg(last.left())
                       .arg(last.right())));
}

// Narrowed, the view shows 8 or 4 bytes a row, never an ASCII column cut off; widened, 16 again,
// with the selection and the byte at the top kept; the arrow keys move by the row shown.
void tst_HexView::rowsFollowTheWidth()
{
    ShownView shown(binary(2000));
    HexView &view = shown.view;
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.layout().bytesPerRow(), 16);
    QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
    QVERIFY(view.minimumSizeHint().width() < view.sizeHint().width());

    view.setFocus();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pointAt(view, 40, Pane::Ascii));
    QCOMPARE(view.selection().start, qint64(40));

    const auto verifyWholeRows = [&](int bytesPerRow) {
        QTRY_COMPARE(view.layout().bytesPerRow(), bytesPerRow);
        const QRect last
            = view.byteRect(view.firstVisibleRow() * bytesPerRow + bytesPerRow - 1, Pane::Ascii);
        QVERIFY2(!last.isEmpty() && view.viewport()->rect().contains(last),
            qPrintable(QStringLiteral("%1 bytes a row: the last ASCII cell at x %2..%3, the "
                                      "viewport %4 px wide")
                           .arg(bytesPerRow)
                           .arg(last.left())
                           .arg(last.right())
                           .arg(view.viewport()->width())));
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
        QCOMPARE(view.selection().start, qint64(40)); // resizing keeps the selection
    };
    view.resize(view.minimumSizeHint().width(), 420);
    verifyWholeRows(8);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.selection().start, qint64(48));
    QTest::keyClick(&view, Qt::Key_Up);

    view.resize(view.minimumSizeHint().width() * 3 / 4, 420);
    verifyWholeRows(4);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.selection().start, qint64(44));
    QTest::keyClick(&view, Qt::Key_Up);

    // Scrolled down, the byte at the top stays in view as the rows grow.
    view.verticalScrollBar()->setValue(100); // 4 a row: byte 400 on top
    view.resize(view.sizeHint());
    verifyWholeRows(16);
    QCOMPARE(view.firstVisibleRow(), qint64(400 / 16));
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.selection().start, qint64(56));
}

void tst_HexView::sixteenMegabytes()
{
    const qint64 size = 16 << 20;
    QByteArray data(size, '\0');
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(i ^ (i >> 8));

    HexView view;
    view.resize(900, 600);
    view.show();
    QElapsedTimer timer;
    timer.start();
    view.setData(data);
    QList<qint64> boundaries;
    for (qint64 offset = 0; offset < size; offset += 4096 + 7)
        boundaries.append(offset);
    view.setChunkBoundaries(boundaries);
    QCOMPARE(view.layout().rowCount(), qint64(1) << 20);
    QCOMPARE(view.chunkCount(), int(boundaries.size()));

    QVERIFY(!view.grab().isNull());
    view.setSelection(size - 100, 50);
    QCOMPARE(view.selection().start, size - 100);
    QVERIFY2(!view.byteRect(size - 100, Pane::Hex).isEmpty(), "the selection was not scrolled to");
    QVERIFY(view.verticalScrollBar()->value() > 0);
    QVERIFY(!view.grab().isNull());

    view.selectAll();
    QCOMPARE(view.selection().length, size);
    QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(view.selection().start, qint64(0));
    QCOMPARE(view.verticalScrollBar()->value(), 0);
    QTest::keyClick(&view, Qt::Key_PageDown, Qt::ShiftModifier);
    QVERIFY(view.selection().length > 16);
    QVERIFY(!view.grab().isNull());
    qDebug("16 MiB: set, 3 paints and navigation took %lld ms", timer.elapsed());
}

void tst_HexView::packetViewShowChunks_data()
{
    QTest::addColumn<QList<PacketChunk>>("chunks");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<qint64>>("boundaries");
    QTest::addColumn<QString>("header");

    const PacketChunk get { request(), QStringLiteral("#1 received 27 B at 0.100 s") };
    const PacketChunk body { binary(300), QStringLiteral("#2 received 300 B at 0.532 s") };
    const PacketChunk big { binary(1234), QStringLiteral("#3 received") };

    QTest::newRow("request then binary")
        << QList<PacketChunk> { get, body } << QStringLiteral("C1 received")
        << request() + binary(300) << QList<qint64> { 0, 27 }
        << QStringLiteral("2 chunks, 327 bytes — C1 received");
    QTest::newRow("one chunk, no title")
        << QList<PacketChunk> { get } << QString() << request() << QList<qint64> { 0 }
        << QStringLiteral("1 chunk, 27 bytes");
    QTest::newRow("empty chunks are skipped")
        << QList<PacketChunk> { get, PacketChunk {}, get } << QStringLiteral("C2 sent")
        << request() + request() << QList<qint64> { 0, 27 }
        << QStringLiteral("2 chunks, 54 bytes — C2 sent");
    QTest::newRow("thousands use the locale")
        << QList<PacketChunk> { big } << QString() << binary(1234) << QList<qint64> { 0 }
        << QStringLiteral("1 chunk, %1 bytes").arg(QLocale().toString(1234));
    QTest::newRow("nothing") << QList<PacketChunk> {} << QString() << QByteArray()
                             << QList<qint64> {} << QStringLiteral("0 chunks, 0 bytes");
}

void tst_HexView::packetViewShowChunks()
{
    QFETCH(QList<PacketChunk>, chunks);
    QFETCH(QString, title);
    QFETCH(QByteArray, stream);
    QFETCH(QList<qint64>, boundaries);
    QFETCH(QString, header);

    PacketView view;
    view.showChunks(chunks, title);
    QCOMPARE(view.hexView()->data(), stream);
    QCOMPARE(view.hexView()->data().size(), stream.size());
    QCOMPARE(view.hexView()->chunkBoundaries(), boundaries);
    QCOMPARE(view.headerText(), header);
}

void tst_HexView::packetViewHeaderNamesSelection()
{
    PacketView view;
    view.resize(760, 420);
    view.showChunks({ { request(), QStringLiteral("#1 received 27 B at 0.100 s") },
                        { binary(300), QStringLiteral("#2 received 300 B at 0.532 s") } },
        QStringLiteral("C1 received"));
    view.show();
    QCOMPARE(view.hexView()->chunkToolTip(27).section(QLatin1Char('\n'), 0, 0),
        QStringLiteral("Chunk 2 of 2: #2 received 300 B at 0.532 s"));

    view.hexView()->setSelection(27, 3);
    QCOMPARE(view.headerText(),
        QStringLiteral("2 chunks, 327 bytes — C1 received · 3 bytes "
                       "selected at 0x1b (chunk 2)"));
    view.hexView()->setSelection(20, 10);
    QCOMPARE(view.headerText(),
        QStringLiteral("2 chunks, 327 bytes — C1 received · 10 bytes "
                       "selected at 0x14 (chunks 1–2)"));
    view.hexView()->setSelection(4, 1);
    QCOMPARE(view.headerText(),
        QStringLiteral("2 chunks, 327 bytes — C1 received · 1 byte "
                       "selected at 0x4 (chunk 1)"));
    view.hexView()->clearSelection();
    QCOMPARE(view.headerText(), QStringLiteral("2 chunks, 327 bytes — C1 received"));
}

void tst_HexView::packetViewMessageAndClear()
{
    PacketView view;
    view.showChunks({ { request(), QString() } });
    view.hexView()->setSelection(0, 3);

    const QString message = QStringLiteral("Selected event has no payload: connected");
    view.showMessage(message);
    QCOMPARE(view.hexView()->data(), QByteArray());
    QCOMPARE(view.hexView()->selection().length, qint64(0));
    QCOMPARE(view.hexView()->placeholderText(), message);
    QCOMPARE(view.headerText(), QStringLiteral("No bytes"));

    view.showChunks({ { request(), QString() } });
    view.clear();
    QCOMPARE(view.hexView()->data(), QByteArray());
    QCOMPARE(view.hexView()->chunkCount(), 0);
    QCOMPARE(view.headerText(), QString());
    QVERIFY(!view.hexView()->placeholderText().isEmpty());
}

// Under a lesson on a projector the packet view gets a fifth of the height: a placeholder of two
// lines, drawn into the pane less its margins, showed the middle of one line.
void tst_HexView::placeholderReadsWholeInAShortPane()
{
    const QFontMetrics metrics(QGuiApplication::font());
    const QString text = QStringLiteral("Wählen Sie Zeilen von L1.1 im Protokoll, um hier seine Bytes zu sehen.");
    const int margin = 16;
    const QRect roomy(0, 0, 300, 20 * metrics.height());
    int flags = 0;
    QCOMPARE(HexView::placeholderArea(roomy, metrics, text, margin, &flags), roomy.adjusted(margin, margin, -margin, -margin));
    QVERIFY(flags & Qt::AlignVCenter);
    // Wide enough that the text takes two lines, tall enough for them but not for the margins.
    const int width = metrics.horizontalAdvance(text) * 2 / 3 + 2 * margin;
    const QRect shortPane(0, 0, width, 2 * metrics.lineSpacing() + 4);
    const QRect area = HexView::placeholderArea(shortPane, metrics, text, margin, &flags);
    const QRect drawn = metrics.boundingRect(area, flags, text);
    // drawText() clips to the area it is given: the text must lie in it, and it in the pane.
    QVERIFY(shortPane.contains(area));
    QVERIFY2(area.contains(drawn), qPrintable(QStringLiteral("drawn %1,%2 %3x%4 in %5x%6")
                                                       .arg(drawn.x()).arg(drawn.y()).arg(drawn.width())
                                                       .arg(drawn.height()).arg(shortPane.width()).arg(shortPane.height())));
}

QTEST_MAIN(tst_HexView)
#include "tst_hexview.moc"
