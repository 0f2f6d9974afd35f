package org.glossa.documents.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossa.documents.control.SitemapWriter.IMAGE_NS;
import static org.glossa.documents.control.SitemapWriter.SITEMAP_NS;
import static org.glossa.documents.control.SitemapWriter.XHTML_NS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SitemapWriterTest {

    private static final String SITE = "https://glossa.example";
    private static final Instant MODIFIED = Instant.parse("2026-11-24T10:20:30Z");

    /** One page in three languages plus the language chooser; every version lists the same full set (Google's hreflang rules: every version, itself included, and reciprocal). */
    private static final List<Alternate> PRICING = List.of(
            new Alternate("en", SITE + "/en/pricing?ref=a&b=c"),
            new Alternate("de", SITE + "/de/preise"),
            new Alternate("zh-Hans", SITE + "/zh-hans/%E4%BB%B7%E6%A0%BC"),
            new Alternate(Alternate.X_DEFAULT, SITE + "/pricing"));

    @Test
    void writesASitemapThatValidatesWithAlternatesAndImages() throws IOException {
        List<SitemapUrl> urls = List.of(
                new SitemapUrl(SITE + "/en/pricing?ref=a&b=c", MODIFIED, PRICING, List.of(SITE + "/img/pricing.png")),
                new SitemapUrl(SITE + "/de/preise", MODIFIED, PRICING, List.of()),
                new SitemapUrl(SITE + "/zh-hans/%E4%BB%B7%E6%A0%BC", null, PRICING, List.of()),
                new SitemapUrl(SITE + "/pricing", MODIFIED, PRICING, List.of()));

        byte[] xml = write(urls);

        assertThat(XsdValidation.problems(XsdValidation.URLSET, xml)).isEmpty();
        Document document = GeneratedXml.parse(xml);
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP_NS);
        assertThat(GeneratedXml.texts(document, SITEMAP_NS, "loc"))
                .containsExactlyElementsOf(urls.stream().map(SitemapUrl::loc).toList());
        Element firstUrl = GeneratedXml.elements(document, SITEMAP_NS, "url").get(0);
        List<Element> links = GeneratedXml.elements(document, XHTML_NS, "link");
        assertThat(links).hasSize(16);
        assertThat(links.subList(0, 4))
                .allSatisfy(link -> assertThat(link.getParentNode()).isSameAs(firstUrl))
                .extracting(link -> link.getAttribute("rel") + " " + link.getAttribute("hreflang") + " "
                        + link.getAttribute("href"))
                .containsExactly(
                        "alternate en " + SITE + "/en/pricing?ref=a&b=c",
                        "alternate de " + SITE + "/de/preise",
                        "alternate zh-Hans " + SITE + "/zh-hans/%E4%BB%B7%E6%A0%BC",
                        "alternate x-default " + SITE + "/pricing");
        assertThat(GeneratedXml.texts(document, IMAGE_NS, "loc")).containsExactly(SITE + "/img/pricing.png");
        assertThat(GeneratedXml.elements(document, IMAGE_NS, "image").get(0).getParentNode())
                .isSameAs(firstUrl);
        assertThat(new String(xml, UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"
                        + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""
                        + " xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\">\n<url><loc>");
    }

    /** The entries are written as bytes, not through StAX: they must be exactly what StAX writes. */
    @Test
    void writesEachEntryByteForByteAsTheJdksStaxWriterDoes() {
        List<SitemapUrl> urls = List.of(
                new SitemapUrl(SITE + "/en/pricing?ref=a&b=c", MODIFIED, PRICING, List.of(SITE + "/img/a.png?s=1&t=2")),
                new SitemapUrl(SITE + "/zh-hans/%E4%BB%B7%E6%A0%BC", null, PRICING, List.of()),
                new SitemapUrl(SITE + "/de/preise", MODIFIED),
                new SitemapUrl(
                        SITE + "/pricing", MODIFIED, PRICING, List.of(SITE + "/img/1.png", SITE + "/img/2.png")));
        XmlFragment direct = new XmlFragment(List.of());
        XmlFragment stax = new XmlFragment(List.of(
                new XmlFragment.Namespace("", SITEMAP_NS),
                new XmlFragment.Namespace("xhtml", XHTML_NS),
                new XmlFragment.Namespace("image", SitemapWriter.IMAGE_NS)));
        for (SitemapUrl url : urls) {
            direct.write(xml -> SitemapWriter.writeUrl(xml, url));
            stax.serialize(xml -> writeUrlWithStax(xml, url));
            assertThat(bytes(direct)).as(url.loc()).isEqualTo(bytes(stax));
        }
    }

    /** Refuses what it would have to encode: the checks before it let through only ASCII. */
    @Test
    void theDirectWriterRefusesCharactersOutsidePrintableAscii() {
        XmlFragment fragment = new XmlFragment(List.of());

        assertThatThrownBy(() -> fragment.write(xml -> xml.text("Straße")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+df");
        assertThatThrownBy(() -> fragment.write(xml -> xml.attribute("href", "a\tb")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new String(
                        bytes(fragment.write(
                                xml -> xml.raw("<a").attribute("t", "<\"&'>").raw("/>"))),
                        UTF_8))
                .isEqualTo("<a t=\"&lt;&quot;&amp;'&gt;\"/>\n");
    }

    /** Escapes lengthen what is written: the buffer grows past its first size, whatever the mix. */
    @Test
    void theDirectWriterGrowsItsBufferForEscapes() {
        String value = "a&b\"".repeat(3_000) + "<" + "z".repeat(5_000);

        String written = new String(
                bytes(new XmlFragment(List.of())
                        .write(xml -> xml.raw("<a").attribute("t", value).raw("/>"))),
                UTF_8);

        assertThat(written)
                .isEqualTo("<a t=\"" + "a&amp;b&quot;".repeat(3_000) + "&lt;" + "z".repeat(5_000) + "\"/>\n");
    }

    private static byte[] bytes(XmlFragment fragment) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            fragment.writeTo(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** How the writer serialised an entry until it wrote bytes directly: the reference it is compared with. */
    private static void writeUrlWithStax(javax.xml.stream.XMLStreamWriter xml, SitemapUrl url)
            throws javax.xml.stream.XMLStreamException {
        xml.writeStartElement("", "url", SITEMAP_NS);
        xml.writeStartElement("", "loc", SITEMAP_NS);
        xml.writeCharacters(url.loc());
        xml.writeEndElement();
        if (url.lastModified() != null) {
            xml.writeStartElement("", "lastmod", SITEMAP_NS);
            xml.writeCharacters(W3cDatetime.format(url.lastModified()));
            xml.writeEndElement();
        }
        for (Alternate alternate : url.alternates()) {
            xml.writeEmptyElement("xhtml", "link", XHTML_NS);
            xml.writeAttribute("rel", "alternate");
            xml.writeAttribute("hreflang", alternate.hreflang());
            xml.writeAttribute("href", alternate.href());
        }
        for (String image : url.imageLocs()) {
            xml.writeStartElement("image", "image", SitemapWriter.IMAGE_NS);
            xml.writeStartElement("image", "loc", SitemapWriter.IMAGE_NS);
            xml.writeCharacters(image);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    @Test
    void escapesTheAmpersandOfAQueryInLocAndHref() throws IOException {
        String text = new String(
                write(List.of(new SitemapUrl(SITE + "/en/pricing?ref=a&b=c", MODIFIED, PRICING, List.of()))), UTF_8);

        assertThat(text)
                .contains("<loc>" + SITE + "/en/pricing?ref=a&amp;b=c</loc>")
                .contains("href=\"" + SITE + "/en/pricing?ref=a&amp;b=c\"")
                .doesNotContain("a&b");
    }

    @Test
    void writesLastmodInUtcWithSecondsAndLeavesItOutWhenUnknown() throws IOException {
        byte[] xml = write(List.of(
                new SitemapUrl(SITE + "/en/a", Instant.parse("2026-11-24T10:20:30.987654321Z")),
                new SitemapUrl(SITE + "/en/b", Instant.parse("2026-03-01T23:59:59-05:00")),
                new SitemapUrl(SITE + "/en/c", null)));

        assertThat(XsdValidation.problems(XsdValidation.URLSET, xml)).isEmpty();
        assertThat(GeneratedXml.texts(GeneratedXml.parse(xml), SITEMAP_NS, "lastmod"))
                .containsExactly("2026-11-24T10:20:30Z", "2026-03-02T04:59:59Z");
    }

    @Test
    void validatesForEveryHreflangCodeOfTheSeventeenLocales() throws IOException {
        // the hreflang column of i18n/locales.tsv
        List<String> codes = List.of(
                "en", "de", "fr", "es", "it", "pt-BR", "nl", "pl", "tr", "ru", "ar", "ur", "hi", "zh-Hans", "ja", "ko",
                "vi");
        List<Alternate> cluster = new ArrayList<>(codes.stream()
                .map(code -> new Alternate(code, SITE + "/" + code.toLowerCase(Locale.ROOT) + "/about"))
                .toList());
        cluster.add(new Alternate(Alternate.X_DEFAULT, SITE + "/about"));
        List<SitemapUrl> urls = cluster.stream()
                .map(alternate -> new SitemapUrl(alternate.href(), MODIFIED, cluster, List.of()))
                .toList();

        byte[] xml = write(urls);

        assertThat(XsdValidation.problems(XsdValidation.URLSET, xml)).isEmpty();
        assertThat(GeneratedXml.elements(GeneratedXml.parse(xml), XHTML_NS, "link"))
                .hasSize(18 * 18);
    }

    @Test
    void splitsByUrlCount() throws IOException {
        List<SitemapUrl> urls = numberedUrls(7);
        PartOutputs outputs = new PartOutputs();

        List<SitemapPart> parts = new SitemapWriter(new SitemapLimits(3, SitemapLimits.PROTOCOL.maxBytes()))
                .writeParts(urls.iterator(), outputs::open);

        assertThat(parts).extracting(SitemapPart::index).containsExactly(0, 1, 2);
        assertThat(parts).extracting(SitemapPart::urlCount).containsExactly(3, 3, 1);
        assertThat(outputs.files())
                .hasSize(3)
                .allSatisfy(xml -> assertThat(XsdValidation.problems(XsdValidation.URLSET, xml))
                        .isEmpty());
        assertThat(parts).extracting(SitemapPart::bytes).containsExactlyElementsOf(outputs.sizes());
        assertThat(outputs.allClosed()).isTrue();
        assertThat(outputs.locsInOrder())
                .containsExactlyElementsOf(urls.stream().map(SitemapUrl::loc).toList());
    }

    @Test
    void splitsByBytesWithoutAnyFileExceedingTheLimitOrLosingAUrl() throws IOException {
        // locs of varying length, so files fill unevenly
        List<SitemapUrl> urls = IntStream.range(0, 40)
                .mapToObj(
                        i -> new SitemapUrl(SITE + "/en/" + "x".repeat(i * 7 % 60) + "/" + i, MODIFIED.plusSeconds(i)))
                .toList();
        long maxBytes = 700;
        PartOutputs outputs = new PartOutputs();

        List<SitemapPart> parts =
                new SitemapWriter(new SitemapLimits(50_000, maxBytes)).writeParts(urls.iterator(), outputs::open);

        assertThat(parts.size()).isGreaterThan(3);
        assertThat(outputs.sizes()).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(maxBytes));
        assertThat(parts).extracting(SitemapPart::bytes).containsExactlyElementsOf(outputs.sizes());
        assertThat(outputs.files())
                .allSatisfy(xml -> assertThat(XsdValidation.problems(XsdValidation.URLSET, xml))
                        .isEmpty());
        assertThat(outputs.locsInOrder())
                .containsExactlyElementsOf(urls.stream().map(SitemapUrl::loc).toList());
        assertThat(parts.stream().mapToInt(SitemapPart::urlCount).sum()).isEqualTo(urls.size());
        // a file is only finished when the next url does not fit, so no two neighbours could have been merged
        for (int i = 0; i + 1 < parts.size(); i++) {
            assertThat(outputs.sizes().get(i)
                            + firstUrlLineLength(outputs.files().get(i + 1)))
                    .isGreaterThan(maxBytes);
        }
    }

    @Test
    void reportsTheNewestLastmodOfEachPart() throws IOException {
        List<SitemapUrl> urls = List.of(
                new SitemapUrl(SITE + "/en/1", Instant.parse("2026-01-03T00:00:00Z")),
                new SitemapUrl(SITE + "/en/2", Instant.parse("2026-01-05T00:00:00Z")),
                new SitemapUrl(SITE + "/en/3", null),
                new SitemapUrl(SITE + "/en/4", null));

        List<SitemapPart> parts = new SitemapWriter(new SitemapLimits(2, SitemapLimits.PROTOCOL.maxBytes()))
                .writeParts(urls.iterator(), new PartOutputs()::open);

        assertThat(parts)
                .extracting(SitemapPart::newestLastModified)
                .containsExactly(Instant.parse("2026-01-05T00:00:00Z"), null);
    }

    @Test
    void rejectsAUrlThatCannotFitEvenAloneBeforeStartingAFile() {
        SitemapUrl huge = new SitemapUrl(SITE + "/en/" + "y".repeat(1_500), MODIFIED);
        PartOutputs outputs = new PartOutputs();
        SitemapWriter writer = new SitemapWriter(new SitemapLimits(50_000, 1_000));

        assertThatThrownBy(() -> writer.writeParts(
                        List.of(new SitemapUrl(SITE + "/en/small", MODIFIED), huge)
                                .iterator(),
                        outputs::open))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(huge.loc())
                .hasMessageContaining("1000 bytes");
        assertThat(outputs.files()).hasSize(1);
        assertThat(outputs.allClosed()).isTrue();
    }

    @Test
    void writesNoFileForNoUrls() throws IOException {
        PartOutputs outputs = new PartOutputs();

        assertThat(new SitemapWriter().writeParts(List.<SitemapUrl>of().iterator(), outputs::open))
                .isEmpty();
        assertThat(outputs.files()).isEmpty();
        assertThatThrownBy(
                        () -> new SitemapWriter().write(List.<SitemapUrl>of().iterator(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }

    @Test
    void singleFileWriteRefusesUrlsThatNeedASecondFileAndLeavesTheStreamOpen() throws IOException {
        SitemapWriter writer = new SitemapWriter(new SitemapLimits(2, SitemapLimits.PROTOCOL.maxBytes()));
        PartOutputs.ClosableBuffer out = new PartOutputs.ClosableBuffer();

        SitemapPart part = writer.write(numberedUrls(2).iterator(), out);

        assertThat(part.urlCount()).isEqualTo(2);
        assertThat(part.bytes()).isEqualTo(out.size());
        assertThat(out.closed).isFalse();
        assertThatThrownBy(() -> writer.write(numberedUrls(3).iterator(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sitemap index");
    }

    @Test
    void rejectsUrlsThatAreNotPercentEncodedAsciiOrNotAbsolute() {
        assertThatThrownBy(() -> new SitemapUrl(SITE + "/ru/статья", MODIFIED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-ASCII")
                .hasMessageContaining("percent-encode");
        assertThatThrownBy(() -> new SitemapUrl(SITE + "/en/two words", MODIFIED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whitespace");
        assertThatThrownBy(() -> new SitemapUrl("/en/pricing", MODIFIED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute");
        assertThatThrownBy(() -> new SitemapUrl("ftp://glossa.example/en/pricing", MODIFIED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http(s)");
        assertThatThrownBy(() -> new SitemapUrl(SITE + "/en/" + "z".repeat(2_048), MODIFIED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2047");
        assertThatThrownBy(() -> new SitemapUrl(SITE + "/en/a", MODIFIED, List.of(), List.of("img/a.png")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("image loc of " + SITE + "/en/a");
    }

    @Test
    void rejectsHreflangSetsGoogleWouldIgnore() {
        assertThatThrownBy(() -> new Alternate("pt_BR", SITE + "/pt-br/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pt_BR");
        assertThatThrownBy(() -> new Alternate("es-419", SITE + "/es/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Alternate("deu", SITE + "/de/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SitemapUrl(SITE + "/fr/prix", MODIFIED, PRICING, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("itself");
        List<Alternate> twice = List.of(new Alternate("de", SITE + "/de/a"), new Alternate("DE", SITE + "/de/b"));
        assertThatThrownBy(() -> new SitemapUrl(SITE + "/de/a", MODIFIED, twice, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than once");
    }

    @Test
    void refusesLimitsAboveTheProtocol() {
        assertThatThrownBy(() -> new SitemapLimits(50_001, 1_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SitemapLimits(10, 50L * 1024 * 1024 + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] write(List<SitemapUrl> urls) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SitemapWriter().write(urls.iterator(), out);
        return out.toByteArray();
    }

    private static List<SitemapUrl> numberedUrls(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new SitemapUrl(SITE + "/en/page-" + i, MODIFIED))
                .toList();
    }

    private static int firstUrlLineLength(byte[] file) {
        String text = new String(file, UTF_8);
        int start = text.indexOf("<url>");
        return text.indexOf('\n', start) + 1 - start;
    }
}
