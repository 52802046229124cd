// SPDX-License-Identifier: GPL-3.0-or-later
// The TCP state diagram as painted: the given state's box is filled with the highlight colour and
// no other box is.
#include "tcpstatediagram.h"

#include <QImage>
#include <QTest>

Q_DECLARE_METATYPE(TcpState)

class tst_TcpStateDiagram : public QObject
{
    Q_OBJECT

private:
    // The colour just inside a box's left edge, clear of its border and its text.
    static QColor fillOf(const QImage &image, const QRectF &box)
    {
        return image.pixelColor(QPointF(box.left() + 5, box.center().y()).toPoint());
    }

private Q_SLOTS:
    void highlightsTheGivenState_data()
    {
        QTest::addColumn<TcpState>("state");
        for (TcpState state : { TcpState::Listen, TcpState::SynSent, TcpState::Established,
                 TcpState::FinWait2, TcpState::CloseWait, TcpState::TimeWait, TcpState::LastAck })
            QTest::newRow(qPrintable(tcpStateName(state))) << state;
    }

    void highlightsTheGivenState()
    {
        QFETCH(TcpState, state);
        TcpStateDiagram diagram;
        diagram.resize(640, 520);
        diagram.setState(state);
        const QImage image = diagram.grab().toImage();
        const QColor highlight = diagram.palette().color(QPalette::Highlight);
        const QColor base = diagram.palette().color(QPalette::Base);
        QCOMPARE(diagram.currentStateRect(), diagram.stateRect(state));
        QCOMPARE(fillOf(image, diagram.stateRect(state)), highlight);
        for (TcpState other : { TcpState::Listen, TcpState::SynSent, TcpState::SynReceived,
                 TcpState::Established, TcpState::FinWait1, TcpState::FinWait2, TcpState::Closing,
                 TcpState::TimeWait, TcpState::CloseWait, TcpState::LastAck }) {
            if (other != state)
                QCOMPARE(fillOf(image, diagram.stateRect(other)), base);
        }
        QCOMPARE(fillOf(image, diagram.stateRect(TcpState::Closed)), base);
    }

    void closedAfterAConnectionIsTheEndingBox()
    {
        TcpStateDiagram diagram;
        diagram.resize(640, 520);
        diagram.setPath({ TcpState::Closed, TcpState::SynSent, TcpState::Established,
            TcpState::FinWait1, TcpState::FinWait2, TcpState::TimeWait, TcpState::Closed });
        diagram.setState(TcpState::Closed);
        QCOMPARE(diagram.currentStateRect(), diagram.stateRect(TcpState::Closed, true));
        const QImage image = diagram.grab().toImage();
        QCOMPARE(fillOf(image, diagram.stateRect(TcpState::Closed, true)),
            diagram.palette().color(QPalette::Highlight));
        QCOMPARE(fillOf(image, diagram.stateRect(TcpState::Closed, false)),
            diagram.palette().color(QPalette::Base));
    }

    void unknownHighlightsNothing()
    {
        TcpStateDiagram diagram;
        diagram.resize(640, 520);
        diagram.setState(TcpState::Unknown);
        QVERIFY(diagram.currentStateRect().isNull());
        const QImage image = diagram.grab().toImage();
        QCOMPARE(fillOf(image, diagram.stateRect(TcpState::Established)),
            diagram.palette().color(QPalette::Base));
    }

    void boxesDoNotOverlap()
    {
        TcpStateDiagram diagram;
        diagram.resize(diagram.minimumSizeHint());
        QList<QRectF> boxes;
        for (int state = int(TcpState::Established); state <= int(TcpState::Closing); ++state)
            boxes << diagram.stateRect(TcpState(state));
        boxes << diagram.stateRect(TcpState::Closed, true);
        for (int i = 0; i < boxes.size(); ++i) {
            QVERIFY(diagram.rect().toRectF().contains(boxes[i]));
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes[i].intersects(boxes[j]),
                    qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
        }
    }
};

QTEST_MAIN(tst_TcpStateDiagram)
#include "tst_tcpstatediagram.moc"
