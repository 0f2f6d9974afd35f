package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.glossa.domains.control.Alternates;
import org.junit.jupiter.api.Test;

class SitemapEntriesTest {

    private static ByteArrayInputStream xml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void indexYieldsItsPartLocationsInOrder() throws Exception {
        List<String> parts = SitemapEntries.partLocations(xml("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://example.com/sitemap-1.xml</loc><lastmod>2026-11-24</lastmod></sitemap>
                  <sitemap><loc> https://example.com/sitemap-2.xml </loc></sitemap>
                  <sitemap><loc>https://example.com/news-sitemap.xml</loc></sitemap>
                </sitemapindex>"""));

        assertThat(parts)
                .containsExactly(
                        "https://example.com/sitemap-1.xml",
                        "https://example.com/sitemap-2.xml",
                        "https://example.com/news-sitemap.xml");
    }

    @Test
    void partYieldsEveryUrlWithItsAlternatesButNotItsImages() throws Exception {
        List<SitemapEntries.Entry> entries = new ArrayList<>();
        SitemapEntries.read(xml("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"
                        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
                  <url><loc>https://example.com/blog/a%C3%BC</loc><lastmod>2026-11-24</lastmod>
                    <xhtml:link rel="alternate" hreflang="en" href="https://example.com/blog/a%C3%BC"/>
                    <xhtml:link rel="alternate" hreflang="de" href="https://de.example/blog/b?x=1&amp;y=2"/>
                    <xhtml:link rel="alternate" hreflang="x-default" href="https://example.com/blog/a%C3%BC"/>
                    <image:image><image:loc>https://example.com/media/7</image:loc></image:image>
                  </url>
                  <url><loc>https://example.com/</loc></url>
                </urlset>"""), entries::add);

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).loc()).isEqualTo("https://example.com/blog/a%C3%BC");
        assertThat(entries.get(0).alternates())
                .containsExactly(
                        new Alternates.Link("en", "https://example.com/blog/a%C3%BC"),
                        new Alternates.Link("de", "https://de.example/blog/b?x=1&y=2"),
                        new Alternates.Link("x-default", "https://example.com/blog/a%C3%BC"));
        assertThat(entries.get(1)).isEqualTo(new SitemapEntries.Entry("https://example.com/", List.of()));
    }

    @Test
    void aDocumentTypeDeclarationIsRefused() {
        assertThatThrownBy(() -> SitemapEntries.read(xml("""
                <?xml version="1.0"?>
                <!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&x;</loc></url></urlset>"""), e -> {})).isInstanceOf(XMLStreamException.class);
    }
}
