package org.glossa.documents.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossa.documents.control.NewsSitemapWriter.NEWS_NS;
import static org.glossa.documents.control.SitemapWriter.SITEMAP_NS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class NewsSitemapWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final String PUBLICATION = "Glossa";

    @Test
    void writesANewsSitemapThatValidatesIncludingZhCn() throws IOException {
        List<NewsItem> items = List.of(
                new NewsItem(
                        "https://glossa.example/en/news/merger",
                        PUBLICATION,
                        "en",
                        NOW.minusSeconds(3_600),
                        "Companies A & B in \"merger\" <talks>"),
                new NewsItem(
                        "https://glossa.example/zh-hans/news/%E5%90%88%E5%B9%B6",
                        PUBLICATION, "zh-cn", NOW.minusSeconds(7_200), "A 与 B 公司进行合并谈判"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int written = new NewsSitemapWriter().write(items.iterator(), NOW, out);

        byte[] xml = out.toByteArray();
        assertThat(written).isEqualTo(2);
        assertThat(XsdValidation.problems(XsdValidation.URLSET, xml)).isEmpty();
        Document document = GeneratedXml.parse(xml);
        assertThat(GeneratedXml.texts(document, NEWS_NS, "language")).containsExactly("en", "zh-cn");
        assertThat(GeneratedXml.texts(document, NEWS_NS, "name")).containsOnly(PUBLICATION);
        assertThat(GeneratedXml.texts(document, NEWS_NS, "publication_date"))
                .containsExactly("2026-11-24T11:00:00Z", "2026-11-24T10:00:00Z");
        assertThat(GeneratedXml.texts(document, NEWS_NS, "title"))
                .containsExactly("Companies A & B in \"merger\" <talks>", "A 与 B 公司进行合并谈判");
        assertThat(new String(xml, UTF_8))
                .contains("Companies A &amp; B in \"merger\" &lt;talks&gt;")
                .contains("xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"");
    }

    @Test
    void keepsOnlyArticlesOfTheLastTwoDays() throws IOException {
        List<Duration> ages = List.of(
                Duration.ofHours(1),
                Duration.ofHours(47),
                Duration.ofDays(2),
                Duration.ofDays(2).plusSeconds(1),
                Duration.ofDays(5),
                Duration.ofMinutes(5));
        Iterator<NewsItem> items = ages.stream()
                .map(age -> item("age-" + age.toSeconds(), NOW.minus(age)))
                .iterator();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int written = new NewsSitemapWriter().write(items, NOW, out);

        assertThat(written).isEqualTo(4);
        assertThat(GeneratedXml.texts(GeneratedXml.parse(out.toByteArray()), SITEMAP_NS, "loc"))
                .containsExactly(
                        "https://glossa.example/en/news/age-3600", "https://glossa.example/en/news/age-169200",
                        "https://glossa.example/en/news/age-172800", "https://glossa.example/en/news/age-300");
    }

    @Test
    void stopsAfterAThousandArticlesWithoutReadingFurther() throws IOException {
        int[] read = {0};
        Iterator<NewsItem> items = IntStream.range(0, 1_500)
                .mapToObj(i -> item("n" + i, NOW.minusSeconds(i)))
                .peek(item -> read[0]++)
                .iterator();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int written = new NewsSitemapWriter().write(items, NOW, out);

        byte[] xml = out.toByteArray();
        assertThat(written).isEqualTo(NewsSitemapWriter.MAX_ITEMS);
        assertThat(read[0]).isEqualTo(NewsSitemapWriter.MAX_ITEMS);
        assertThat(GeneratedXml.elements(GeneratedXml.parse(xml), NEWS_NS, "news"))
                .hasSize(1_000);
        assertThat(GeneratedXml.texts(GeneratedXml.parse(xml), SITEMAP_NS, "loc"))
                .last()
                .isEqualTo("https://glossa.example/en/news/n999");
        assertThat(XsdValidation.problems(XsdValidation.URLSET, xml)).isEmpty();
    }

    @Test
    void writesAnEmptyButWellFormedUrlsetWhenNothingIsRecent() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int written = new NewsSitemapWriter()
                .write(Stream.of(item("old", NOW.minus(Duration.ofDays(3)))).iterator(), NOW, out);

        assertThat(written).isZero();
        Document document = GeneratedXml.parse(out.toByteArray());
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(GeneratedXml.elements(document, SITEMAP_NS, "url")).isEmpty();
    }

    @Test
    void acceptsOnlyTheLanguageCodesOfTheNewsSchema() {
        // the news column of i18n/locales.tsv
        Stream.of(
                        "en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "ru", "ar", "ur", "hi", "zh-cn", "ja",
                        "ko", "vi")
                .forEach(language ->
                        new NewsItem("https://glossa.example/x/news/1", PUBLICATION, language, NOW, "Title"));
        Stream.of("zh-Hans", "zh-CN", "en-US", "pt-BR", "EN", "")
                .forEach(language -> assertThatThrownBy(() ->
                                new NewsItem("https://glossa.example/x/news/1", PUBLICATION, language, NOW, "Title"))
                        .as(language)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("zh-cn"));
        assertThatThrownBy(() -> new NewsItem("https://glossa.example/x/news/1", PUBLICATION, "en", NOW, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title");
    }

    private static NewsItem item(String slug, Instant publishedAt) {
        return new NewsItem("https://glossa.example/en/news/" + slug, PUBLICATION, "en", publishedAt, "Story " + slug);
    }
}
