package org.glossa.documents.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlternateLinksTest {

    private static final String SITE = "https://glossa.example";
    private static final List<Alternate> VERSIONS = List.of(
            new Alternate("en", SITE + "/en/a?x=1&y=2"),
            new Alternate("de", SITE + "/de/a"),
            new Alternate(Alternate.X_DEFAULT, SITE + "/a"));

    /** An item's versions share one list: checked when it is made, then kept as it is by every entry. */
    @Test
    void theEntriesOfAnItemsVersionsShareOneCheckedList() {
        AlternateLinks links = AlternateLinks.of(new ArrayList<>(VERSIONS));

        SitemapUrl english = new SitemapUrl(SITE + "/en/a?x=1&y=2", Instant.EPOCH, links, List.of());
        SitemapUrl german = new SitemapUrl(SITE + "/de/a", Instant.EPOCH, links, List.of());

        assertThat(AlternateLinks.of(links)).isSameAs(links);
        assertThat(english.alternates()).isSameAs(links).isSameAs(german.alternates());
        assertThat(links).isEqualTo(VERSIONS).hasSameHashCodeAs(VERSIONS);
        assertThat(new SitemapUrl(SITE + "/de/a", Instant.EPOCH, VERSIONS, List.of()))
                .as("a record equal to one made from a plain list")
                .isEqualTo(german);
        assertThat(links.includes(SITE + "/de/a")).isTrue();
        assertThat(links.includes(SITE + "/fr/a")).isFalse();
    }

    /** A copy is taken: changing the list it was made from changes nothing. */
    @Test
    void keepsACopy() {
        List<Alternate> source = new ArrayList<>(VERSIONS);
        AlternateLinks links = AlternateLinks.of(source);

        source.clear();

        assertThat(links).hasSize(3);
        assertThatThrownBy(() -> links.add(VERSIONS.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesAnHreflangTwiceWhateverItsCase() {
        List<Alternate> twice = List.of(new Alternate("de", SITE + "/de/a"), new Alternate("DE", SITE + "/de/b"));

        assertThatThrownBy(() -> AlternateLinks.of(twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DE appears more than once");
    }

    /** The markup is escaped once per list, and is what each entry writes. */
    @Test
    void itsMarkupIsEscapedOnceAndWrittenByEveryEntry() {
        AlternateLinks links = AlternateLinks.of(VERSIONS);

        byte[] markup = links.markup();

        assertThat(links.markup()).isSameAs(markup);
        assertThat(new String(markup, UTF_8))
                .isEqualTo("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + SITE + "/en/a?x=1&amp;y=2\"/>"
                        + "<xhtml:link rel=\"alternate\" hreflang=\"de\" href=\"" + SITE + "/de/a\"/>"
                        + "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"" + SITE + "/a\"/>");
        XmlFragment entry = new XmlFragment(List.of())
                .write(xml -> SitemapWriter.writeUrl(xml, new SitemapUrl(SITE + "/de/a", null, links, List.of())));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            entry.writeTo(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(out.toString(UTF_8))
                .isEqualTo("<url><loc>" + SITE + "/de/a</loc>" + new String(markup, UTF_8) + "</url>\n");
        assertThat(AlternateLinks.of(List.of()).markup()).isEmpty();
    }
}
