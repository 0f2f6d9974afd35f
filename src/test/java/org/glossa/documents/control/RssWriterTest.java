package org.glossa.documents.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossa.documents.control.RssWriter.ATOM_NS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class RssWriterTest {

    /** RSS elements have no namespace (RSS 2.0). */
    private static final String RSS = null;

    private static final String RFC_822_SHAPE =
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000";

    private static final FeedChannel CHANNEL = new FeedChannel(
            "Glossa (Deutsch)",
            "https://glossa.example/de/",
            "Beiträge über A & B",
            "de",
            "https://glossa.example/de/feed.xml",
            Instant.parse("2025-11-05T10:20:30Z"));
    private static final FeedItem EPISODE = new FeedItem(
            "Folge 1",
            "https://glossa.example/de/folgen/1",
            "https://glossa.example/de/folgen/1",
            Instant.parse("2025-11-05T09:00:00Z"),
            "<p>Tom & Jerry say \"hi\" ]]></p>",
            new Enclosure("https://cdn.glossa.example/audio/folge-1.mp3", 12_216_320, "audio/mpeg"));
    private static final FeedItem POST = new FeedItem(
            "Post 2",
            "https://glossa.example/de/posts/2",
            "post-2-7f3c",
            Instant.parse("2025-11-04T23:59:59Z"),
            null,
            null);

    @Test
    void writesAWellFormedRss2FeedWithChannelAndSelfLink() throws IOException {
        Document document = GeneratedXml.parse(write(List.of(EPISODE, POST)));

        Element rss = document.getDocumentElement();
        assertThat(rss.getLocalName()).isEqualTo("rss");
        assertThat(rss.getNamespaceURI()).isNull();
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        assertThat(GeneratedXml.elements(document, RSS, "channel")).hasSize(1);
        Element channel = GeneratedXml.elements(document, RSS, "channel").get(0);
        assertThat(childText(channel, "title")).isEqualTo("Glossa (Deutsch)");
        assertThat(childText(channel, "link")).isEqualTo("https://glossa.example/de/");
        assertThat(childText(channel, "description")).isEqualTo("Beiträge über A & B");
        assertThat(childText(channel, "language")).isEqualTo("de");
        assertThat(childText(channel, "lastBuildDate")).isEqualTo("Wed, 05 Nov 2025 10:20:30 +0000");
        Element self = GeneratedXml.elements(document, ATOM_NS, "link").get(0);
        assertThat(self.getParentNode()).isSameAs(channel);
        assertThat(List.of(self.getAttribute("rel"), self.getAttribute("type"), self.getAttribute("href")))
                .containsExactly("self", "application/rss+xml", "https://glossa.example/de/feed.xml");
        assertThat(GeneratedXml.texts(document, RSS, "title")).containsExactly("Glossa (Deutsch)", "Folge 1", "Post 2");
    }

    @Test
    void writesRfc822DatesWithEnglishNamesAndTwoDigitDays() throws IOException {
        List<FeedItem> items = IntStream.range(0, 12)
                .mapToObj(month -> ZonedDateTime.parse("2025-01-03T07:08:09Z")
                        .plusMonths(month)
                        .plusDays(month)
                        .toInstant())
                .map(date -> new FeedItem("t", "https://glossa.example/de/p", "id-" + date, date, null, null))
                .toList();

        List<String> dates = GeneratedXml.texts(GeneratedXml.parse(write(items)), RSS, "pubDate");

        assertThat(dates).hasSize(12).allSatisfy(date -> assertThat(date).matches(RFC_822_SHAPE));
        assertThat(dates.get(0)).isEqualTo("Fri, 03 Jan 2025 07:08:09 +0000");
        assertThat(dates.get(8)).isEqualTo("Thu, 11 Sep 2025 07:08:09 +0000");
        for (int i = 0; i < dates.size(); i++) {
            Instant expected = items.get(i).publishedAt();
            assertThat(Instant.from(RssWriter.RFC_822.parse(dates.get(i)))).isEqualTo(expected);
            assertThat(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(dates.get(i))))
                    .isEqualTo(expected);
        }
    }

    @Test
    void writesEnclosuresWithUrlLengthAndType() throws IOException {
        Document document = GeneratedXml.parse(write(List.of(EPISODE, POST)));

        List<Element> enclosures = GeneratedXml.elements(document, RSS, "enclosure");
        assertThat(enclosures).singleElement().satisfies(enclosure -> {
            assertThat(enclosure.getAttribute("url")).isEqualTo("https://cdn.glossa.example/audio/folge-1.mp3");
            assertThat(enclosure.getAttribute("length")).isEqualTo("12216320");
            assertThat(enclosure.getAttribute("type")).isEqualTo("audio/mpeg");
        });
    }

    @Test
    void marksTheGuidAsPermalinkOnlyWhenItIsTheLink() throws IOException {
        Document document = GeneratedXml.parse(write(List.of(EPISODE, POST)));

        assertThat(GeneratedXml.elements(document, RSS, "guid"))
                .extracting(guid -> guid.getAttribute("isPermaLink") + " " + guid.getTextContent())
                .containsExactly("true https://glossa.example/de/folgen/1", "false post-2-7f3c");
        assertThat(new FeedItem("t", "https://glossa.example/a", "https://glossa.example/b", Instant.EPOCH, null, null)
                        .guidIsPermaLink())
                .isFalse();
    }

    @Test
    void escapesHtmlDescriptionsAndTextInsteadOfUsingCdata() throws IOException {
        byte[] xml = write(List.of(EPISODE));

        assertThat(new String(xml, UTF_8))
                .contains("<description>&lt;p&gt;Tom &amp; Jerry say \"hi\" ]]&gt;&lt;/p&gt;</description>")
                .contains("<description>Beiträge über A &amp; B</description>")
                .doesNotContain("CDATA");
        assertThat(GeneratedXml.texts(GeneratedXml.parse(xml), RSS, "description"))
                .containsExactly("Beiträge über A & B", "<p>Tom & Jerry say \"hi\" ]]></p>");
    }

    @Test
    void writesAnEmptyChannelWhenThereAreNoItems() throws IOException {
        Document document = GeneratedXml.parse(write(List.of()));

        assertThat(GeneratedXml.elements(document, RSS, "item")).isEmpty();
        assertThat(GeneratedXml.elements(document, RSS, "channel")).hasSize(1);
    }

    @Test
    void rejectsItemsFeedReadersWouldMisread() {
        assertThatThrownBy(() -> new Enclosure("https://cdn.glossa.example/a.mp3", -1, "audio/mpeg"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("length");
        assertThatThrownBy(() -> new Enclosure("https://cdn.glossa.example/a.mp3", 10, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MIME type");
        assertThatThrownBy(() -> new Enclosure("https://cdn.glossa.example/a.mp3", 10, "mpeg"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MIME type");
        assertThatThrownBy(() -> new Enclosure("/audio/a.mp3", 10, "audio/mpeg"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute");
        assertThatThrownBy(() ->
                        new FeedItem("bell \u0007", "https://glossa.example/de/p", "g", Instant.EPOCH, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0007");
        assertThatThrownBy(() ->
                        new FeedItem("t", "https://glossa.example/de/p", "g", Instant.EPOCH, "broken \ud800", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+D800");
        assertThatThrownBy(() -> new FeedChannel(
                        "t",
                        "https://glossa.example/de/",
                        "d",
                        "de_DE",
                        "https://glossa.example/de/feed.xml",
                        Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("language");
    }

    private static byte[] write(List<FeedItem> items) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RssWriter().write(CHANNEL, items.iterator(), out);
        return out.toByteArray();
    }

    private static String childText(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && element.getNamespaceURI() == null
                    && element.getLocalName().equals(name)) {
                return element.getTextContent();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
    }
}
