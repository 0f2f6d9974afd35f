package org.glossa.documents.control;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one locale's RSS 2.0 feed, one {@code <item>} per line.
 *
 * <p>Decisions: dates are RFC 822 with English names, a two-digit day, a four-digit year and {@code +0000}
 * ({@code Wed, 05 Nov 2025 10:20:30 +0000}); English is explicit because the root locale prints {@code M11}
 * for a month. The channel carries {@code atom:link rel="self"} with {@link #MEDIA_TYPE}, which the server
 * must also send as Content-Type (feed media type). {@code guid} is a permalink only when it equals the item's link; any
 * other guid gets {@code isPermaLink="false"} (RSS 2.0). Descriptions are HTML sent as escaped text, not CDATA,
 * so a {@code ]]>} in content cannot break the file. How many items a feed keeps, and unique guids, are the
 * caller's job. Instances are stateless and can be shared.
 */
public final class RssWriter {

    public static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    public static final String MEDIA_TYPE = "application/rss+xml";

    static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private static final List<XmlFragment.Namespace> NAMESPACES = List.of(new XmlFragment.Namespace("atom", ATOM_NS));
    private static final String CLOSING = "</channel>\n</rss>\n";

    /** Writes the feed. {@code out} is flushed, not closed. */
    public void write(FeedChannel channel, Iterator<FeedItem> items, OutputStream out) throws IOException {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(out, "out");
        XmlFragment opening = new XmlFragment(NAMESPACES);
        opening.serialize(xml -> writeChannelStart(xml, channel, opening));
        XmlFragment entry = new XmlFragment(NAMESPACES);
        EntryDocument document = new EntryDocument(out, opening, CLOSING);
        while (items.hasNext()) {
            FeedItem item = items.next();
            document.append(entry.serialize(xml -> writeItem(xml, item)));
        }
        document.finish();
    }

    private static void writeChannelStart(XMLStreamWriter xml, FeedChannel channel, XmlFragment namespaces)
            throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        namespaces.declareNamespaces(xml);
        xml.writeCharacters("\n");
        xml.writeStartElement("channel");
        xml.writeCharacters("\n");
        writeLine(xml, "title", channel.title());
        writeLine(xml, "link", channel.link());
        writeLine(xml, "description", channel.description());
        writeLine(xml, "language", channel.language());
        writeLine(xml, "lastBuildDate", RFC_822.format(channel.lastBuildDate()));
        xml.writeEmptyElement("atom", "link", ATOM_NS);
        xml.writeAttribute("href", channel.selfUrl());
        xml.writeAttribute("rel", "self");
        xml.writeAttribute("type", MEDIA_TYPE);
        if (channel.hubUrl() != null) {
            xml.writeCharacters("\n");
            xml.writeEmptyElement("atom", "link", ATOM_NS);
            xml.writeAttribute("href", channel.hubUrl());
            xml.writeAttribute("rel", "hub");
        }
    }

    private static void writeLine(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        writeElement(xml, name, text);
        xml.writeCharacters("\n");
    }

    private static void writeItem(XMLStreamWriter xml, FeedItem item) throws XMLStreamException {
        xml.writeStartElement("item");
        writeElement(xml, "title", item.title());
        writeElement(xml, "link", item.link());
        if (item.descriptionHtml() != null) {
            writeElement(xml, "description", item.descriptionHtml());
        }
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", Boolean.toString(item.guidIsPermaLink()));
        xml.writeCharacters(item.guid());
        xml.writeEndElement();
        writeElement(xml, "pubDate", RFC_822.format(item.publishedAt()));
        Enclosure enclosure = item.enclosureOrNull();
        if (enclosure != null) {
            xml.writeEmptyElement("enclosure");
            xml.writeAttribute("url", enclosure.url());
            xml.writeAttribute("length", Long.toString(enclosure.length()));
            xml.writeAttribute("type", enclosure.mimeType());
        }
        xml.writeEndElement();
    }

    private static void writeElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
