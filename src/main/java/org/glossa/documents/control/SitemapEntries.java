package org.glossa.documents.control;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a sitemap index back, streaming (StAX): the part locations it lists. DTDs and external entities are refused:
 * the bytes are ours, but a reader of XML never resolves what a document points at.
 */
public final class SitemapEntries {

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

    private static boolean isSitemap(XMLStreamReader xml) {
        return SitemapWriter.SITEMAP_NS.equals(xml.getNamespaceURI());
    }
}
