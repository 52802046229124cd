// SPDX-License-Identifier: GPL-3.0-or-later
#include "udpdestination.h"

#include "endpointaddress.h"

UdpDestination UdpDestination::parse(const QString &text)
{
    UdpDestination destination;
    if (text.trimmed().isEmpty()) {
        destination.error = tr("Type where to send: HOST:PORT, e.g. 127.0.0.1:5000 or [::1]:5000");
        return destination;
    }
    const ParsedEndpoint parsed = parseHostAndPort(text.trimmed());
    if (!parsed.ok()) {
        destination.error = parsed.error;
        return destination;
    }
    destination.port = parsed.port;
    if (!parsed.address.isNull())
        destination.address = parsed.address;
    else if (parsed.host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        destination.address = QHostAddress(QHostAddress::LocalHost);
    else
        destination.error = tr("%1 is a name: type its IP address (a datagram is sent without a name lookup)")
                                .arg(parsed.host);
    if (destination.ok() && destination.port == 0)
        destination.error = tr("Port 0 is no destination: type the port the peer listens on");
    return destination;
}
