package org.glossa.documents.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossa.documents.control.SitemapWriter.SITEMAP_NS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SitemapIndexWriterTest {

    @Test
    void indexesThePartsOfASplitSitemapAndValidates() throws IOException {
        List<SitemapUrl> urls = IntStream.range(0, 5)
                .mapToObj(i -> new SitemapUrl(
                        "https://glossa.example/de/seite-" + i, Instant.parse("2026-11-2" + i + "T08:00:00Z")))
                .toList();
        List<SitemapPart> parts = new SitemapWriter(new SitemapLimits(2, SitemapLimits.PROTOCOL.maxBytes()))
                .writeParts(urls.iterator(), new PartOutputs()::open);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new SitemapIndexWriter()
                .write(
                        parts.stream()
                                .map(part -> new SitemapReference(
                                        "https://glossa.example/sitemaps/de-" + (part.index() + 1) + ".xml",
                                        part.newestLastModified()))
                                .iterator(),
                        out);

        byte[] xml = out.toByteArray();
        assertThat(XsdValidation.problems(XsdValidation.SITEMAP_INDEX, xml)).isEmpty();
        Document document = GeneratedXml.parse(xml);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(GeneratedXml.texts(document, SITEMAP_NS, "loc"))
                .containsExactly(
                        "https://glossa.example/sitemaps/de-1.xml",
                        "https://glossa.example/sitemaps/de-2.xml",
                        "https://glossa.example/sitemaps/de-3.xml");
        assertThat(GeneratedXml.texts(document, SITEMAP_NS, "lastmod"))
                .containsExactly("2026-11-21T08:00:00Z", "2026-11-23T08:00:00Z", "2026-11-24T08:00:00Z");
    }

    @Test
    void escapesLocsAndLeavesOutUnknownLastmod() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new SitemapIndexWriter()
                .write(
                        List.of(new SitemapReference("https://glossa.example/sitemap.xml?locale=en&part=1", null))
                                .iterator(),
                        out);

        String text = out.toString(UTF_8);
        assertThat(XsdValidation.problems(XsdValidation.SITEMAP_INDEX, out.toByteArray()))
                .isEmpty();
        assertThat(text)
                .contains("<loc>https://glossa.example/sitemap.xml?locale=en&amp;part=1</loc>")
                .doesNotContain("lastmod");
    }

    @Test
    void rejectsRelativeLocsThatTheSchemaWouldAccept() {
        assertThatThrownBy(() -> new SitemapReference("/sitemaps/de.xml.gz", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute");
    }

    @Test
    void refusesAnEmptyIndexAndOneBeyondItsLimits() {
        SitemapReference one = new SitemapReference("https://glossa.example/sitemaps/en.xml", null);

        assertThatThrownBy(() -> new SitemapIndexWriter()
                        .write(List.<SitemapReference>of().iterator(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> new SitemapIndexWriter(new SitemapLimits(2, SitemapLimits.PROTOCOL.maxBytes()))
                        .write(List.of(one, one, one).iterator(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at most 2 sitemaps");
    }
}
