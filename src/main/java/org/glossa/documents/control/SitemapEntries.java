package org.glossa.documents.control;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glossa.domains.control.Alternates;

/**
 * Reads sitemaps back, streaming (StAX): the part locations of a sitemap index, and each {@code <url>} of a part with
 * its {@code xhtml:link} alternates. Memory holds one entry at a time, whatever the file's size. DTDs and external
 * entities are refused: the bytes are ours, but a reader of XML never resolves what a document points at.
 */
public final class SitemapEntries {

    /** One {@code <url>}: its {@code loc} and its alternates in document order. */
    public record Entry(String loc, List<Alternates.Link> alternates) {}

    private static final XMLInputFactory FACTORY = factory();

    private SitemapEntries() {}

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** The {@code <sitemap><loc>} of a sitemap index, in order. */
    public static List<String> partLocations(InputStream index) throws XMLStreamException {
        List<String> locations = new ArrayList<>();
        XMLStreamReader xml = FACTORY.createXMLStreamReader(index);
        try {
            boolean inSitemap = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && isSitemap(xml)) {
                    String name = xml.getLocalName();
                    if (name.equals("sitemap")) {
                        inSitemap = true;
                    } else if (inSitemap && name.equals("loc")) {
                        locations.add(xml.getElementText().strip());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && isSitemap(xml)
                        && xml.getLocalName().equals("sitemap")) {
                    inSitemap = false;
                }
            }
        } finally {
            xml.close();
        }
        return locations;
    }

    /** Hands every {@code <url>} of a sitemap part to {@code each}, one at a time, in document order. */
    public static void read(InputStream part, Consumer<Entry> each) throws XMLStreamException {
        XMLStreamReader xml = FACTORY.createXMLStreamReader(part);
        try {
            String loc = null;
            List<Alternates.Link> alternates = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (isSitemap(xml) && xml.getLocalName().equals("url")) {
                        loc = null;
                        alternates = new ArrayList<>();
                    } else if (alternates != null
                            && isSitemap(xml)
                            && xml.getLocalName().equals("loc")) {
                        loc = xml.getElementText().strip();
                    } else if (alternates != null
                            && xml.getLocalName().equals("link")
                            && SitemapWriter.XHTML_NS.equals(xml.getNamespaceURI())) {
                        link(xml, alternates);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && isSitemap(xml)
                        && xml.getLocalName().equals("url")) {
                    each.accept(new Entry(loc, Collections.unmodifiableList(alternates)));
                    alternates = null;
                }
            }
        } finally {
            xml.close();
        }
    }

    /** An {@code xhtml:link rel="alternate"}, its attributes read by position (cheaper than three lookups by name). */
    private static void link(XMLStreamReader xml, List<Alternates.Link> alternates) {
        String rel = null;
        String hreflang = null;
        String href = null;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            switch (xml.getAttributeLocalName(i)) {
                case "rel" -> rel = xml.getAttributeValue(i);
                case "hreflang" -> hreflang = xml.getAttributeValue(i);
                case "href" -> href = xml.getAttributeValue(i);
                default -> {}
            }
        }
        if ("alternate".equals(rel)) {
            alternates.add(new Alternates.Link(hreflang, href));
        }
    }

    private static boolean isSitemap(XMLStreamReader xml) {
        return SitemapWriter.SITEMAP_NS.equals(xml.getNamespaceURI());
    }
}
