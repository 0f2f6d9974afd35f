package org.glossa.documents.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@code <sitemapindex>} listing sitemap files (sitemaps.org: sitemap index files), one {@code <sitemap>} per line.
 * An index cannot be split (indexes of indexes are not allowed), so exceeding the limits is an error, detected
 * before the offending entry is written. Listing only files of the same site, in the index's directory or below
 * it (sitemaps.org: index lastmod), is the caller's job. Instances are immutable and can be shared.
 */
public final class SitemapIndexWriter {

    private static final List<XmlFragment.Namespace> NAMESPACES =
            List.of(new XmlFragment.Namespace("", SitemapWriter.SITEMAP_NS));
    private static final String CLOSING = "</sitemapindex>\n";

    private final SitemapLimits limits;

    /** A writer with the protocol limits: 50,000 sitemaps and 50 MiB. */
    public SitemapIndexWriter() {
        this(SitemapLimits.PROTOCOL);
    }

    public SitemapIndexWriter(SitemapLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Writes the index. {@code out} is flushed, not closed.
     *
     * @throws IllegalArgumentException if there are no sitemaps (siteindex.xsd requires one)
     * @throws IllegalStateException    if the entries exceed the limits
     */
    public void write(Iterator<SitemapReference> sitemaps, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        if (!sitemaps.hasNext()) {
            throw new IllegalArgumentException("a sitemap index needs at least one <sitemap> (siteindex.xsd)");
        }
        XmlFragment opening = new XmlFragment(NAMESPACES);
        opening.serialize(xml -> {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("", "sitemapindex", SitemapWriter.SITEMAP_NS);
            opening.declareNamespaces(xml);
        });
        XmlFragment entry = new XmlFragment(NAMESPACES);
        EntryDocument document = new EntryDocument(out, opening, CLOSING);
        while (sitemaps.hasNext()) {
            SitemapReference sitemap = sitemaps.next();
            entry.serialize(xml -> writeSitemap(xml, sitemap));
            if (!document.fits(entry, limits)) {
                throw new IllegalStateException(
                        "a sitemap index holds at most " + limits.maxEntries() + " sitemaps and " + limits.maxBytes()
                                + " bytes; " + sitemap.loc() + " does not fit (sitemaps.org: sitemap index)");
            }
            document.append(entry);
        }
        document.finish();
    }

    private static void writeSitemap(XMLStreamWriter xml, SitemapReference sitemap) throws XMLStreamException {
        xml.writeStartElement("", "sitemap", SitemapWriter.SITEMAP_NS);
        xml.writeStartElement("", "loc", SitemapWriter.SITEMAP_NS);
        xml.writeCharacters(sitemap.loc());
        xml.writeEndElement();
        if (sitemap.lastModified() != null) {
            xml.writeStartElement("", "lastmod", SitemapWriter.SITEMAP_NS);
            xml.writeCharacters(W3cDatetime.format(sitemap.lastModified()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
