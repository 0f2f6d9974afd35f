package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLStreamException;
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
    void aDocumentTypeDeclarationIsRefused() {
        assertThatThrownBy(() -> SitemapEntries.partLocations(xml("""
                <?xml version="1.0"?>
                <!DOCTYPE sitemapindex [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>&x;</loc></sitemap>
                </sitemapindex>"""))).isInstanceOf(XMLStreamException.class);
    }
}
