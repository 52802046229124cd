// SPDX-License-Identifier: GPL-3.0-or-later
#include "responderdriver.h"
#include "responderloader.h"

#include <QTest>

// A saved edit reaches an open connection at its next request, never in the middle of one
// (ResponderDriver::reload): a browser's kept-open connection gets the new page on reload.
class tst_ResponderDriver : public QObject
{
    Q_OBJECT

private:
    static std::shared_ptr<const Responder> page(const QByteArray &text)
    {
        // Line by line: a request line, headers up to the empty line, then the page.
        const QByteArray json
            = "{\"schema\":1,\"name\":\"page\",\"framing\":\"line\",\"initialState\":\"request\","
              "\"rules\":[{\"name\":\"get\",\"state\":\"request\",\"match\":\"prefix\",\"text\":"
              "\"GET \","
              "\"next\":\"head\"},{\"name\":\"answer\",\"state\":\"head\",\"match\":\"exact\","
              "\"text\":\"\","
              "\"then\":[{\"reply\":\""
            + text
            + "\\n\"}],\"next\":\"request\"},{\"name\":\"header\",\"state\":\"head\",\"match\":"
              "\"any\"}]}";
        QString error;
        auto responder = ResponderLoader::parse(json, QStringLiteral("page.json"), &error);
        if (!responder)
            qFatal("%s", qPrintable(error));
        return responder;
    }

private Q_SLOTS:
    void reloadWaitsForTheNextRequest()
    {
        QByteArray sent;
        QStringList notes;
        ResponderDriver::Hooks hooks;
        hooks.send = [&](const QByteArray &bytes) { sent += bytes; };
        hooks.close = [] {};
        hooks.abort = [] {};
        hooks.note = [&](const QString &note) { notes << note; };
        ResponderDriver driver(
            page("old"), QStringLiteral("L1.1"), QStringLiteral("127.0.0.1:5"), hooks);
        driver.connected();
        driver.received("GET / HTTP/1.1\r\nHost: x\r\n");
        driver.reload(page("new")); // saved while this request is half read
        driver.received("\r\n");
        QCOMPARE(sent, QByteArray("old\n"));
        driver.received("GET / HTTP/1.1\r\n\r\n");
        QCOMPARE(sent, QByteArray("old\nnew\n"));
        QVERIFY2(notes.contains(
                     QStringLiteral("responder page: the saved rules answer from this request on")),
            qPrintable(notes.join(QLatin1Char('\n'))));
        driver.received("GET / HTTP/1.1\r\n\r\n");
        QCOMPARE(sent, QByteArray("old\nnew\nnew\n"));
        QCOMPARE(notes.count(
                     QStringLiteral("responder page: the saved rules answer from this request on")),
            1);
    }
};

QTEST_GUILESS_MAIN(tst_ResponderDriver)
#include "tst_responderdriver.moc"
