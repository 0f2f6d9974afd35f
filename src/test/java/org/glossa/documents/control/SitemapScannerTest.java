package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glossa.domains.control.Alternates;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.site.control.SiteSnapshot;
import org.glossa.site.control.SiteSnapshot.LiveText;
import org.junit.jupiter.api.Test;

/**
 * The sitemap scanner reads what a namespace-aware XML parser reads from the generator's sitemaps and from other
 * documents in the same form, and refuses, rather than misreads, what lies outside that form.
 */
class SitemapScannerTest {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void readsTheGeneratorsSitemapsExactlyAsAnXmlParserDoes() throws Exception {
        StringBuilder spec = new StringBuilder();
        for (String tag : CATALOG.tags()) {
            spec.append(tag)
                    .append("=https://")
                    .append(tag.toLowerCase(Locale.ROOT))
                    .append(".example,");
        }
        SiteDirectory sites =
                SiteDirectory.parse(spec.append("x-default=https://example.com").toString(), CATALOG);
        List<SiteSnapshot.PostItem> posts = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            Map<String, LiveText> texts = new LinkedHashMap<>();
            texts.put("en", new LiveText(i * 10L, "en", "post-" + i, "Post & " + i, "S", null, NOW, NOW));
            texts.put("ru", new LiveText(i * 10L + 1, "ru", "пост-" + i, "Пост " + i, "S", null, NOW, NOW));
            texts.put("ja", new LiveText(i * 10L + 2, "ja", "記事-" + i, "記事 " + i, "S", null, NOW, NOW));
            posts.add(new SiteSnapshot.PostItem(i, "en", null, texts));
        }
        SiteSnapshot content = new SiteSnapshot("Mira", Map.of(), posts, List.of());
        int parts = 0;
        for (LocaleDefinition locale : List.of(CATALOG.get("en"), CATALOG.get("ru"), CATALOG.get("ja"))) {
            List<GeneratedDocument> generated = new ArrayList<>();
            new SiteDocuments(sites, CATALOG, new SnapshotContent(content), new SitemapLimits(5, 50L * 1024 * 1024))
                    .generate(locale, NOW, generated::add);
            for (GeneratedDocument document : generated) {
                if (!document.name().startsWith("sitemap-")) {
                    continue;
                }
                parts++;
                List<SitemapEntries.Entry> scanned = new ArrayList<>();
                try (InputStream in = document.content().open()) {
                    SitemapEntries.read(in, scanned::add);
                }
                try (InputStream in = document.content().open()) {
                    assertThat(scanned)
                            .as(document.name())
                            .isEqualTo(parsed(in))
                            .isNotEmpty();
                }
            }
        }
        assertThat(parts).as("parts read").isGreaterThan(3);
    }

    @Test
    void readsEntitiesQuotesWhitespaceAndPrefixesAsAnXmlParserDoes() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <s:urlset xmlns:s="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:h='http://www.w3.org/1999/xhtml'
                    xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
                  <s:url>
                    <s:loc>
                      https://example.com/a?x=1&amp;y=&#x32;&#51;&lt;&gt;&quot;&apos;
                    </s:loc>
                    <s:lastmod>2026-11-24</s:lastmod>
                    <h:link rel='alternate' hreflang="de" href="https://de.example/%C3%BCber&#10;x" />
                    <h:link rel="canonical" hreflang="fr" href="https://fr.example/"/>
                    <image:image><image:loc>https://example.com/media/1</image:loc></image:image>
                  </s:url>
                  <s:url><s:loc/></s:url>
                  <s:url><s:loc>https://example.com/über</s:loc></s:url>
                </s:urlset>""";

        List<SitemapEntries.Entry> scanned = new ArrayList<>();
        SitemapEntries.read(bytes(xml), scanned::add);

        assertThat(scanned).isEqualTo(parsed(bytes(xml))).hasSize(3);
        assertThat(scanned.get(0).loc()).isEqualTo("https://example.com/a?x=1&y=23<>\"'");
        assertThat(scanned.get(0).alternates())
                .containsExactly(new Alternates.Link("de", "https://de.example/%C3%BCber\nx"));
    }

    @Test
    void refusesWhatTheGeneratorNeverWritesRatherThanMisreadIt() {
        String open = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
        for (String broken : List.of(
                open + "<!-- a comment --><url><loc>https://example.com/</loc></url></urlset>",
                open + "<url><loc><![CDATA[https://example.com/]]></loc></url></urlset>",
                "<!DOCTYPE urlset>" + open + "</urlset>",
                open + "<url xmlns:x=\"http://www.w3.org/1999/xhtml\"><x:link rel=\"alternate\"/></url></urlset>",
                open + "<url><loc>https://example.com/</loc></urlx></urlset>",
                open + "<url><loc>https://example.com/</loc></url>",
                open + "<url><loc>https://example.com/&nbsp;</loc></url></urlset>",
                open + "<url><loc>https://example.com/<b>x</b></loc></url></urlset>",
                open + "<url><xhtml:link rel=\"alternate\"/></url></urlset>",
                open + "<url><loc>https://example.com/</loc></url></urlset><urlset/>")) {
            assertThatThrownBy(() -> SitemapEntries.read(bytes(broken), e -> {}))
                    .as(broken)
                    .isInstanceOf(XMLStreamException.class);
        }
    }

    private static InputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The entries as a namespace-aware StAX parser reads them: the reference. */
    private static List<SitemapEntries.Entry> parsed(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        List<SitemapEntries.Entry> entries = new ArrayList<>();
        String loc = null;
        List<Alternates.Link> alternates = null;
        while (xml.hasNext()) {
            int event = xml.next();
            boolean sitemap = event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT
                    ? false
                    : SitemapWriter.SITEMAP_NS.equals(xml.getNamespaceURI());
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (sitemap && xml.getLocalName().equals("url")) {
                    loc = null;
                    alternates = new ArrayList<>();
                } else if (alternates != null && sitemap && xml.getLocalName().equals("loc")) {
                    loc = xml.getElementText().strip();
                } else if (alternates != null
                        && xml.getLocalName().equals("link")
                        && SitemapWriter.XHTML_NS.equals(xml.getNamespaceURI())
                        && "alternate".equals(xml.getAttributeValue(null, "rel"))) {
                    alternates.add(new Alternates.Link(
                            xml.getAttributeValue(null, "hreflang"), xml.getAttributeValue(null, "href")));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT
                    && sitemap
                    && xml.getLocalName().equals("url")) {
                entries.add(new SitemapEntries.Entry(loc, List.copyOf(alternates)));
                alternates = null;
            }
        }
        return entries;
    }
}
