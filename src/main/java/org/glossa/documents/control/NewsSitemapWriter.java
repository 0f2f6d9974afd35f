package org.glossa.documents.control;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a Google News sitemap: a {@code <urlset>} whose entries carry {@code news:news} (Google News sitemap rules).
 *
 * <p>Decisions: only articles published at most {@link #WINDOW} before {@code now} are written (Google News sitemaps: last two days only; exactly two
 * days old still counts, later-than-now is not filtered), and writing stops after {@link #MAX_ITEMS} (Google News sitemaps: at most 1,000 articles),
 * without reading further items. Items should come newest first, so the cut keeps the newest; ordering, like
 * the {@code zh-cn} language mapping, is the caller's job. With nothing recent the result is an empty
 * {@code <urlset>}: Google accepts it with an "Empty Sitemap" warning and the one news sitemap URL stays put
 * (Google News sitemaps: last two days only), although sitemap.xsd wants at least one {@code <url>}. Instances are stateless and can be shared.
 */
public final class NewsSitemapWriter {

    public static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    public static final int MAX_ITEMS = 1_000;
    public static final Duration WINDOW = Duration.ofDays(2);

    private static final SitemapLimits LIMITS = new SitemapLimits(MAX_ITEMS, SitemapLimits.PROTOCOL.maxBytes());
    private static final List<XmlFragment.Namespace> NAMESPACES = List.of(
            new XmlFragment.Namespace("", SitemapWriter.SITEMAP_NS), new XmlFragment.Namespace("news", NEWS_NS));
    private static final String CLOSING = "</urlset>\n";

    /**
     * Writes the news sitemap. {@code out} is flushed, not closed.
     *
     * @return the number of articles written, at most {@link #MAX_ITEMS}
     * @throws IllegalStateException if the articles would exceed 50 MiB (only with absurdly long titles)
     */
    public int write(Iterator<NewsItem> items, Instant now, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        Instant oldestAccepted = now.minus(WINDOW);
        XmlFragment opening = new XmlFragment(NAMESPACES);
        opening.serialize(xml -> {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("", "urlset", SitemapWriter.SITEMAP_NS);
            opening.declareNamespaces(xml);
        });
        XmlFragment entry = new XmlFragment(NAMESPACES);
        EntryDocument document = new EntryDocument(out, opening, CLOSING);
        while (document.entries() < MAX_ITEMS && items.hasNext()) {
            NewsItem item = items.next();
            if (item.publishedAt().isBefore(oldestAccepted)) {
                continue;
            }
            entry.serialize(xml -> writeItem(xml, item));
            if (!document.fits(entry, LIMITS)) {
                throw new IllegalStateException("the news sitemap would exceed " + LIMITS.maxBytes() + " bytes at "
                        + item.loc() + " (sitemaps.org protocol)");
            }
            document.append(entry);
        }
        document.finish();
        return document.entries();
    }

    private static void writeItem(XMLStreamWriter xml, NewsItem item) throws XMLStreamException {
        xml.writeStartElement("", "url", SitemapWriter.SITEMAP_NS);
        xml.writeStartElement("", "loc", SitemapWriter.SITEMAP_NS);
        xml.writeCharacters(item.loc());
        xml.writeEndElement();
        xml.writeStartElement("news", "news", NEWS_NS);
        xml.writeStartElement("news", "publication", NEWS_NS);
        writeNewsElement(xml, "name", item.publicationName());
        writeNewsElement(xml, "language", item.language());
        xml.writeEndElement();
        writeNewsElement(xml, "publication_date", W3cDatetime.format(item.publishedAt()));
        writeNewsElement(xml, "title", item.title());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void writeNewsElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("news", name, NEWS_NS);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
