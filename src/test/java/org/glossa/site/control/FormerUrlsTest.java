package org.glossa.site.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.content.control.SlugPolicy;
import org.glossa.content.entity.ItemKind;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.site.control.SiteSnapshot.LiveText;
import org.junit.jupiter.api.Test;

/** How the pages answer a URL an item had: one 301 to where it is live now, else 410 naming where it still is. */
class FormerUrlsTest {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();
    private static final Instant AT = Instant.parse("2026-11-24T12:00:00Z");

    private static SiteDirectory sites() {
        StringBuilder spec = new StringBuilder();
        for (String tag : CATALOG.tags()) {
            spec.append(tag)
                    .append("=https://")
                    .append(tag.toLowerCase(Locale.ROOT))
                    .append(".example,");
        }
        return SiteDirectory.parse(spec + "x-default=https://www.example.com", CATALOG);
    }

    /** Post 1, live in en and ru; it was once at "alte-adresse" in de (not live there now) and "старый-й" in ru. */
    private static Pages pages() {
        Map<String, LiveText> texts = new LinkedHashMap<>();
        texts.put("en", new LiveText(10, "en", "lasting", "Lasting", "S", null, AT, AT));
        texts.put("ru", new LiveText(11, "ru", "новый-й", "Новый", "S", null, AT, AT));
        SiteSnapshot snapshot = new SiteSnapshot(
                "Mira",
                Map.of(),
                List.of(new SiteSnapshot.PostItem(1, "en", null, texts)),
                List.of(),
                List.of(
                        new SiteSnapshot.FormerSlug(ItemKind.POST, "ru", "старый-й", 1),
                        new SiteSnapshot.FormerSlug(ItemKind.POST, "ru", "прежний", 1),
                        new SiteSnapshot.FormerSlug(ItemKind.POST, "de", "alte-adresse", 1),
                        new SiteSnapshot.FormerSlug(ItemKind.POST, "de", "ganz-weg", 2)));
        return new Pages(sites(), CATALOG, snapshot, ids -> Map.of(), ZoneOffset.UTC, YearMonth.of(2026, 11), 10);
    }

    private static Site site(String tag) {
        return sites().site(CATALOG.get(tag));
    }

    @Test
    void everyFormerSlugAndItsSpellingsLeadInOneHopToTheLiveUrl() {
        Pages pages = pages();
        String live = "https://ru.example/blog/" + SlugPolicy.encodePathSegment("новый-й");
        for (String slug :
                List.of("старый-й", "СТАРЫЙ-Й", Normalizer.normalize("старый-й", Normalizer.Form.NFD), "прежний")) {
            RenderedPage page = pages.render(site("ru"), "/blog/" + SlugPolicy.encodePathSegment(slug));
            assertThat(page.status()).as(slug).isEqualTo(301);
            assertThat(page.location()).as(slug).isEqualTo(live);
            assertThat(page.cacheable()).isFalse();
        }
    }

    @Test
    void aFormerSlugOfAnItemNotLiveInTheLocaleIsGoneWithLinksToWhereItIsLive() {
        RenderedPage page = pages().render(site("de"), "/blog/ALTE-ADRESSE");
        assertThat(page.status()).isEqualTo(410);
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("Seite zurückgezogen")
                .contains("href=\"https://en.example/blog/lasting\"")
                .contains("href=\"https://ru.example/blog/" + SlugPolicy.encodePathSegment("новый-й") + "\"");
    }

    @Test
    void aFormerSlugOfAnItemLiveNowhereIsGoneWithoutLinksAndAnUnknownSlugIsNotFound() {
        RenderedPage gone = pages().render(site("de"), "/blog/ganz-weg");
        assertThat(gone.status()).isEqualTo(410);
        assertThat(new String(gone.body(), StandardCharsets.UTF_8)).doesNotContain("class=\"elsewhere\"");
        assertThat(pages().render(site("de"), "/blog/nie-gewesen").status()).isEqualTo(404);
        assertThat(pages().render(site("en"), "/blog/alte-adresse").status())
                .as("a former slug belongs to its locale")
                .isEqualTo(404);
        assertThat(pages().render(site("de"), "/experience/alte-adresse").status())
                .as("and to its kind")
                .isEqualTo(404);
    }

    @Test
    void aTrailingSlashLeadsInOneHopWhereThePathWithoutItLeads() {
        Pages pages = pages();
        String live = "https://ru.example/blog/" + SlugPolicy.encodePathSegment("новый-й");
        for (String slug : List.of("старый-й", "СТАРЫЙ-Й", "новый-й")) {
            RenderedPage page = pages.render(site("ru"), "/blog/" + SlugPolicy.encodePathSegment(slug) + "/");
            assertThat(page.status()).as(slug).isEqualTo(301);
            assertThat(page.location()).as(slug).isEqualTo(live);
        }
        RenderedPage twice = pages.render(site("ru"), "/blog/" + SlugPolicy.encodePathSegment("старый-й") + "//");
        assertThat(twice.location()).isEqualTo(live);
        assertThat(pages.render(site("en"), "/blog/").location()).isEqualTo("https://en.example/blog");
        assertThat(pages.render(site("en"), "/blog/page/1/").location()).isEqualTo("https://en.example/blog");
        RenderedPage gone = pages.render(site("de"), "/blog/alte-adresse/");
        assertThat(gone.status())
                .as("a page that is no redirect is reached without the slash, and answers there")
                .isEqualTo(301);
        assertThat(gone.location()).isEqualTo("https://de.example/blog/alte-adresse");
        assertThat(pages.render(site("de"), "/blog/nie-gewesen/").location())
                .isEqualTo("https://de.example/blog/nie-gewesen");
    }
}
