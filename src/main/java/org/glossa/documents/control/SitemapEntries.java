package org.glossa.documents.control;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glossa.domains.control.Alternates;

/**
 * Reads sitemaps back, streaming: the part locations of a sitemap index (StAX), and each {@code <url>} of a part with
 * its {@code xhtml:link} alternates ({@link SitemapScanner}, a reader of the generator's own form that costs a fraction
 * of a general parser's time). Memory holds one entry at a time, whatever the file's size. DTDs and external
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

    /**
     * Hands every {@code <url>} of a sitemap part to {@code each}, one at a time, in document order. Read from the
     * bytes by {@link SitemapScanner}, which refuses what the generator never writes (comments, DTDs, namespaces
     * declared below the root) rather than parse it.
     */
    public static void read(InputStream part, Consumer<Entry> each) throws XMLStreamException {
        SitemapScanner.read(part, each);
    }

    private static boolean isSitemap(XMLStreamReader xml) {
        return SitemapWriter.SITEMAP_NS.equals(xml.getNamespaceURI());
    }
}
