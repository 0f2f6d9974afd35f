package org.glossa.site.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.site.control.SiteSnapshot.LiveText;
import org.junit.jupiter.api.Test;

/**
 * What the permalink check resolves a site's section pages with: their statuses need no content, so none is read; the
 * first item URL reads it, once.
 */
class ContentReadWhenAskedTest {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();
    private static final Instant AT = Instant.parse("2026-11-24T12:00:00Z");
    private static final SiteDirectory SITES = SiteDirectory.parse(
            String.join(
                            ",",
                            CATALOG.tags().stream()
                                    .map(tag -> tag + "=https://" + tag.toLowerCase(Locale.ROOT) + ".example")
                                    .toList())
                    + ",x-default=https://www.example.com",
            CATALOG);

    @Test
    void sectionPagesResolveWithoutReadingAndTheFirstItemUrlReadsOnce() {
        AtomicInteger reads = new AtomicInteger();
        ContentReadWhenAsked content = new ContentReadWhenAsked(() -> {
            reads.incrementAndGet();
            return new SiteSnapshot(
                    "Mira",
                    Map.of(),
                    List.of(new SiteSnapshot.PostItem(
                            1, "de", null, Map.of("de", new LiveText(10, "de", "erster", "", "", "", AT, AT)))),
                    List.of());
        });
        Pages pages = new Pages(SITES, CATALOG, content, ids -> Map.of(), ZoneOffset.UTC, YearMonth.of(2026, 11), 10);
        Site de = SITES.site(CATALOG.get("de"));

        for (String section : List.of("/", "/blog", "/experience")) {
            assertThat(pages.resolve(de, section).status()).as(section).isEqualTo(200);
        }
        assertThat(content.wasRead()).isFalse();

        assertThat(pages.resolve(de, "/blog/erster").status()).isEqualTo(200);
        assertThat(pages.resolve(de, "/blog/zweiter").status()).isEqualTo(404);
        assertThat(pages.resolve(de, "/experience/keine").status()).isEqualTo(404);
        assertThat(content.wasRead()).isTrue();
        assertThat(reads).hasValue(1);
    }
}
