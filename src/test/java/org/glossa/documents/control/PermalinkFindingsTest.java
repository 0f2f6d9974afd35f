package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PermalinkFindingsTest {

    @Test
    void addingAnotherChecksFindingsIsAddingThemOneByOneAfterTheseOnes() {
        PermalinkFindings merged = new PermalinkFindings();
        PermalinkFindings oneByOne = new PermalinkFindings();
        PermalinkFindings sitemaps = new PermalinkFindings();
        PermalinkFindings bodies = new PermalinkFindings();
        IntStream.range(0, 15).forEach(i -> sitemaps.add(finding("de", "sitemap " + i)));
        IntStream.range(0, 15).forEach(i -> bodies.add(finding("de", "body " + i)));
        bodies.add(finding("fr", "body"));
        bodies.checked("it");
        for (PermalinkFindings into : new PermalinkFindings[] {merged, oneByOne}) {
            IntStream.range(0, 15).forEach(i -> into.add(finding("de", "sitemap " + i)));
        }
        IntStream.range(0, 15).forEach(i -> oneByOne.add(finding("de", "body " + i)));
        oneByOne.add(finding("fr", "body"));
        oneByOne.checked("it");

        merged.addAll(bodies, locale -> true);

        assertThat(merged.locales()).containsExactly("de", "fr", "it");
        for (String locale : oneByOne.locales()) {
            assertThat(merged.count(locale)).as(locale).isEqualTo(oneByOne.count(locale));
            assertThat(merged.examples(locale)).as(locale).isEqualTo(oneByOne.examples(locale));
        }
        assertThat(merged.count("de")).isEqualTo(30);
        assertThat(merged.examples("de"))
                .hasSize(PermalinkFindings.MAX_EXAMPLES)
                .last()
                .extracting(PermalinkFinding::problem)
                .isEqualTo("body 4");
        assertThat(merged.total()).isEqualTo(31);
    }

    @Test
    void aLocaleTheMergeDoesNotKeepIsLeftOut() {
        PermalinkFindings into = new PermalinkFindings();
        PermalinkFindings bodies = new PermalinkFindings();
        bodies.add(finding("de", "kept"));
        bodies.add(finding("fr", "failed locale"));

        into.addAll(bodies, "de"::equals);

        assertThat(into.locales()).containsExactly("de");
        assertThat(into.total()).isEqualTo(1);
    }

    private static PermalinkFinding finding(String locale, String problem) {
        return new PermalinkFinding(locale, "https://" + locale + ".example.com/", problem);
    }
}
