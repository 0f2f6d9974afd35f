package org.glossa.site.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.glossa.content.control.MarkdownRenderer;
import org.glossa.content.control.SlugPolicy;
import org.glossa.content.entity.EmploymentType;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Workplace;
import org.glossa.domains.control.FormerSites;
import org.glossa.domains.control.InternalLinks;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.site.control.SiteSnapshot.LiveText;
import org.junit.jupiter.api.Test;

/** Links inside content are written as the current URLs of the pages they lead to, when a page is rendered. */
class CurrentLinksTest {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();
    private static final Instant AT = Instant.parse("2026-11-24T12:00:00Z");
    private static final SiteDirectory SITES = SiteDirectory.parse(
            "en=https://glossa.example,fr=https://glossa.example/fr,de=https://beispiel.example.de,"
                    + CATALOG.tags().stream()
                            .filter(t -> !t.equals("en") && !t.equals("fr") && !t.equals("de"))
                            .map(t -> t + "=https://" + t.toLowerCase(Locale.ROOT) + ".glossa.example")
                            .collect(Collectors.joining(","))
                    + ",x-default=https://www.glossa.example",
            CATALOG);
    private static final InternalLinks LINKS =
            new InternalLinks(SITES, FormerSites.parse("de=https://alt.beispiel.example", SITES, CATALOG));

    private static final String RU_SLUG = "новый-й";

    /**
     * Post 1 is live in en ("lasting"), de ("bleibend", formerly "alt"), fr ("durable") and ru; post 3 ("linking")
     * in en, fr, and de carries the body under test; role 5 is live in en ("lead", formerly "old-lead").
     */
    private static Pages pages(String body) {
        Map<String, LiveText> first = new LinkedHashMap<>();
        first.put("en", new LiveText(10, "en", "lasting", "Lasting", "S", null, AT, AT));
        first.put("de", new LiveText(11, "de", "bleibend", "Bleibend", "S", null, AT, AT));
        first.put("fr", new LiveText(12, "fr", "durable", "Durable", "S", null, AT, AT));
        first.put("ru", new LiveText(13, "ru", RU_SLUG, "Новый", "S", null, AT, AT));
        Map<String, LiveText> linking = new LinkedHashMap<>();
        linking.put("en", new LiveText(30, "en", "linking", "Linking", "S", null, AT, AT));
        linking.put("fr", new LiveText(31, "fr", "liens", "Liens", "S", null, AT, AT));
        linking.put("de", new LiveText(32, "de", "verweise", "Verweise", "S", null, AT, AT));
        Map<String, LiveText> role = Map.of("en", new LiveText(50, "en", "lead", "Lead", null, "Berlin", AT, AT));
        SiteSnapshot snapshot = new SiteSnapshot(
                "Mira",
                Map.of("en", new SiteSnapshot.ProfileText("Mira", "Writer", MarkdownRenderer.toSafeHtml(body))),
                List.of(
                        new SiteSnapshot.PostItem(1, "en", null, first),
                        new SiteSnapshot.PostItem(3, "en", null, linking)),
                List.of(new SiteSnapshot.ExperienceItem(
                        5,
                        "en",
                        "Acme",
                        EmploymentType.FULL_TIME,
                        Workplace.REMOTE,
                        YearMonth.of(2020, 1),
                        null,
                        0,
                        role)),
                List.of(
                        new SiteSnapshot.FormerSlug(ItemKind.POST, "de", "alt", 1),
                        new SiteSnapshot.FormerSlug(ItemKind.EXPERIENCE, "en", "old-lead", 5)));
        String html = MarkdownRenderer.toSafeHtml(body);
        return new Pages(
                LINKS,
                CATALOG,
                snapshot,
                ids -> ids.stream().collect(Collectors.toMap(id -> id, id -> html)),
                ZoneOffset.UTC,
                YearMonth.of(2026, 11),
                10);
    }

    private static Site site(String tag) {
        return SITES.site(CATALOG.get(tag));
    }

    private static String post(String body, String tag, String slug) {
        RenderedPage page = pages(body).render(site(tag), "/blog/" + slug);
        assertThat(page.status()).isEqualTo(200);
        return new String(page.body(), StandardCharsets.UTF_8);
    }

    private static String href(String url) {
        return "href=\"" + url + "\"";
    }

    @Test
    void aLinkToAFormerSlugOrAFormerBaseIsWrittenAsTheCurrentUrlKeepingQueryAndFragment() {
        String body = "[old slug](https://beispiel.example.de/blog/alt?ref=x#teil),"
                + " [old base](https://alt.beispiel.example/blog/bleibend), [both](https://ALT.beispiel.example/blog/ALT),"
                + " [old role](/experience/old-lead), [spelling](https://glossa.example/blog/Lasting)";
        String html = post(body, "en", "linking");
        assertThat(html)
                .contains(href("https://beispiel.example.de/blog/bleibend?ref=x#teil"))
                .contains(href("https://beispiel.example.de/blog/bleibend"))
                .contains(href("https://glossa.example/experience/lead"))
                .contains(href("https://glossa.example/blog/lasting"))
                .doesNotContain("/blog/alt")
                .doesNotContain("alt.beispiel")
                .doesNotContain("old-lead")
                .doesNotContain("Lasting\"");
    }

    @Test
    void linksToCurrentUrlsExternalLinksAndBrokenLinksStayByteIdentical() {
        String ru = "https://ru.glossa.example/blog/" + SlugPolicy.encodePathSegment(RU_SLUG);
        String body = "[a](https://beispiel.example.de/blog/bleibend?x=1), [b](/blog/lasting#top), [c](" + ru + "),"
                + " [d](https://example.org/blog/alt), [e](https://beispiel.example.de/blog/nie-gewesen),"
                + " [f](https://glossa.example/fr/blog/durable) and *more* & \"text\" <b>escaped</b>.";
        String stored = MarkdownRenderer.toSafeHtml(body);
        assertThat(post(body, "en", "linking")).contains("<div class=\"body\">" + stored + "</div>");
    }

    @Test
    void aRootRelativeLinkInATextUnderAPathPrefixIsWrittenOutOnItsSite() {
        String html = post("[mine](/blog/durable) [prefixed](/fr/blog/durable)", "fr", "liens");
        assertThat(html)
                .contains(href("https://glossa.example/fr/blog/durable") + " rel=\"nofollow noopener\">mine")
                .contains(href("/fr/blog/durable"));
    }

    @Test
    void roleDescriptionsAndTheProfileIntroAreRewrittenToo() {
        String body = "[old](https://alt.beispiel.example/blog/alt)";
        String current = href("https://beispiel.example.de/blog/bleibend");
        RenderedPage timeline = pages(body).render(site("en"), "/experience");
        assertThat(new String(timeline.body(), StandardCharsets.UTF_8)).contains(current);
        RenderedPage role = pages(body).render(site("en"), "/experience/lead");
        assertThat(new String(role.body(), StandardCharsets.UTF_8)).contains(current);
        RenderedPage home = pages(body).render(site("en"), "/");
        assertThat(new String(home.body(), StandardCharsets.UTF_8)).contains(current);
    }
}
