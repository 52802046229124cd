// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagramlistview.h"

#include "byteformat.h"
#include "connectioncolours.h"
#include "fixedpitchfont.h"

#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>

DatagramListView::DatagramListView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(FixedPitchFont::font());
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void DatagramListView::showDatagrams(const QList<PacketChunk> &datagrams)
{
    clear();
    m_headers.clear();
    m_count = int(datagrams.size());
    QTextCursor cursor(document());
    QTextCharFormat plain;
    qint64 shown = 0;
    for (int i = 0; i < datagrams.size(); ++i) {
        const PacketChunk &datagram = datagrams.at(i);
        if (shown + datagram.bytes.size() > MaxShownBytes && i > 0) {
            cursor.insertText(tr("%Ln more datagram(s) not shown: select fewer rows to see them.", nullptr,
                                 int(datagrams.size() - i)),
                              plain);
            break;
        }
        shown += datagram.bytes.size();
        const QString header = tr("Datagram %1 of %2 · %3").arg(i + 1).arg(datagrams.size()).arg(datagram.label);
        m_headers << header;
        QTextCharFormat headerFormat;
        headerFormat.setFontWeight(QFont::Bold);
        headerFormat.setForeground(ConnectionColours::forDirection(datagram.direction, palette()));
        if (i > 0)
            cursor.insertBlock();
        cursor.insertText(header, headerFormat);
        cursor.insertBlock();
        // Each datagram's bytes start at offset 0: nothing runs on from the one before.
        const QString dump = datagram.bytes.isEmpty() ? tr("(empty datagram: 0 bytes)\n") : hexDump(datagram.bytes);
        cursor.insertText(dump, plain);
    }
    moveCursor(QTextCursor::Start);
}
