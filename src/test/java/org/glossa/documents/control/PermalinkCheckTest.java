package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.domains.control.PageStatus;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.site.control.Pages;
import org.glossa.site.control.SiteSnapshot;
import org.glossa.site.control.SiteSnapshot.LiveText;
import org.junit.jupiter.api.Test;

/**
 * The permalink check against the real generator and the real page dispatch ({@link Pages#resolve}) where it can, and
 * against hand-written sitemaps where only a broken file can show a problem.
 */
class PermalinkCheckTest {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    /** en on the x-default's host, fr below it on a path prefix, the others on hosts of their own. */
    private static final SiteDirectory SITES = SiteDirectory.parse(spec(), CATALOG);

    private static String spec() {
        StringBuilder spec = new StringBuilder();
        for (String tag : CATALOG.tags()) {
            String base = switch (tag) {
                case "en" -> "https://example.com";
                case "fr" -> "https://example.com/fr";
                default -> "https://" + tag.toLowerCase(java.util.Locale.ROOT) + ".example";
            };
            spec.append(tag).append('=').append(base).append(',');
        }
        return spec.append("x-default=https://www.example.com").toString();
    }

    /** Posts 1..n live in en and fr, the even ones also in de (native slugs in de). */
    private static SiteSnapshot posts(int n, int... withdrawnInDe) {
        List<SiteSnapshot.PostItem> posts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Instant at = NOW.minusSeconds(3600L * (n - i + 1));
            Map<String, LiveText> texts = new LinkedHashMap<>();
            texts.put("en", new LiveText(i * 10L, "en", "post-" + i, "Post " + i, "Summary", null, at, at));
            texts.put("fr", new LiveText(i * 10L + 2, "fr", "article-" + i, "Article " + i, "Résumé", null, at, at));
            int item = i;
            if (i % 2 == 0 && java.util.Arrays.stream(withdrawnInDe).noneMatch(w -> w == item)) {
                texts.put("de", new LiveText(i * 10L + 1, "de", "über-" + i, "Über " + i, "Kurz", null, at, at));
            }
            posts.add(new SiteSnapshot.PostItem(i, "en", null, texts));
        }
        return new SiteSnapshot("Mira", Map.of(), posts, List.of());
    }

    private static PageStatus pagesOf(SiteSnapshot snapshot) {
        Pages pages = new Pages(SITES, CATALOG, snapshot, ids -> Map.of(), ZoneOffset.UTC, YearMonth.of(2026, 11), 10);
        return (site, path) -> pages.resolve(site, path).status();
    }

    /** Generates with at most five URLs per part (and sitemaps per index), so the index lists several parts, and checks every locale. */
    private static PermalinkFindings check(SiteSnapshot generatedFrom, PageStatus pages) {
        PermalinkFindings findings = new PermalinkFindings();
        PermalinkCheck check = new PermalinkCheck(SITES, CATALOG, pages, CATALOG.all(), findings);
        for (LocaleDefinition locale : CATALOG.all()) {
            List<GeneratedDocument> generated = new ArrayList<>();
            GenerationObserver observer = check.observer(locale);
            List<String> names = new SiteDocuments(
                            SITES, CATALOG, new SnapshotContent(generatedFrom), new SitemapLimits(5, 50L * 1024 * 1024))
                    .generate(locale, NOW, generated::add, observer::listed);
            observer.generated(generated, names);
        }
        check.finish();
        return findings;
    }

    @Test
    void sitemapsGeneratedFromTheContentThePagesServeHaveNoFindingInAnyLocale() {
        SiteSnapshot content = posts(7);

        PermalinkFindings findings = check(content, pagesOf(content));

        assertThat(findings.locales()).containsExactlyInAnyOrderElementsOf(CATALOG.tags());
        assertThat(findings.total()).as("%s", findings.examples("en")).isZero();
    }

    @Test
    void aListedUrlThePagesDoNotServeIsAFindingOfItsLocaleNamingIt() {
        PermalinkFindings findings = check(posts(4), pagesOf(posts(4, 4)));

        assertThat(findings.count("de")).isEqualTo(1);
        assertThat(findings.examples("de"))
                .containsExactly(
                        new PermalinkFinding("de", "https://de.example/blog/%C3%BCber-4", "answers 404 (not found)"));
        assertThat(findings.count("en")).isZero();
        assertThat(findings.count("fr")).isZero();
    }

    @Test
    void anAlternateWhoseEntryDoesNotListItBackIsAFindingNamingThatLocale() {
        PermalinkFindings findings = new PermalinkFindings();
        PermalinkCheck check = new PermalinkCheck(
                SITES, CATALOG, (site, path) -> 200, List.of(CATALOG.get("en"), CATALOG.get("de")), findings);

        check.listed(
                CATALOG.get("en"),
                "https://example.com/blog/a",
                List.of(
                        new Alternate("en", "https://example.com/blog/a"),
                        new Alternate("de", "https://de.example/blog/b"),
                        new Alternate("x-default", "https://example.com/blog/a")));
        check.listed(
                CATALOG.get("de"),
                "https://de.example/blog/b",
                List.of(
                        new Alternate("de", "https://de.example/blog/b"),
                        new Alternate("x-default", "https://example.com/blog/a")));
        check.finish();

        assertThat(findings.examples("en")).singleElement().satisfies(f -> {
            assertThat(f.url()).isEqualTo("https://example.com/blog/a");
            assertThat(f.problem()).contains("alternates on de do not list it back");
        });
        assertThat(findings.count("de")).isZero();
    }

    @Test
    void anXDefaultThatDoesNotAnswer200AndAnEntryNotListingItselfAreFindings() {
        PermalinkFindings findings = new PermalinkFindings();
        PermalinkCheck check = new PermalinkCheck(
                SITES, CATALOG, (site, path) -> site.xDefault() ? 404 : 200, List.of(CATALOG.get("en")), findings);

        LocaleDefinition en = CATALOG.get("en");
        check.listed(
                en,
                "https://example.com/",
                List.of(
                        new Alternate("en", "https://example.com/"),
                        new Alternate("x-default", "https://www.example.com/")));
        check.listed(
                en,
                "https://example.com/blog",
                List.of(
                        new Alternate("en", "https://example.com/experience"),
                        new Alternate("x-default", "https://example.com/blog")));
        check.listed(en, "https://nowhere.example/", List.of());
        check.finish();

        assertThat(findings.examples("en"))
                .extracting(PermalinkFinding::url, PermalinkFinding::problem)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "https://example.com/",
                                "its x-default https://www.example.com/ answers 404 (not found)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "https://example.com/blog", "its hreflang alternates do not list itself as en"),
                        org.assertj.core.groups.Tuple.tuple("https://nowhere.example/", "is on no configured site"));
    }

    /**
     * Rendered group by group, every version of an item is listed with one shared list of alternates, which the check
     * digests once: each page still gets its own findings, and the cluster pairs as with a list per page.
     */
    @Test
    void oneListOfAlternatesSharedByEveryVersionIsCheckedAsAListPerVersion() {
        LocaleDefinition en = CATALOG.get("en");
        LocaleDefinition de = CATALOG.get("de");
        List<Alternate> shared = List.of(
                new Alternate("en", "https://example.com/blog/a"),
                new Alternate("de", "https://de.example/blog/b"),
                new Alternate("x-default", "https://www.example.com/gone"));
        PermalinkFindings sharing = new PermalinkFindings();
        PermalinkFindings copying = new PermalinkFindings();
        for (PermalinkFindings findings : List.of(sharing, copying)) {
            PermalinkCheck check = new PermalinkCheck(
                    SITES, CATALOG, (site, path) -> site.xDefault() ? 404 : 200, List.of(en, de), findings);
            check.listed(en, "https://example.com/blog/a", findings == sharing ? shared : new ArrayList<>(shared));
            check.listed(de, "https://de.example/blog/b", findings == sharing ? shared : new ArrayList<>(shared));
            check.listed(de, "https://de.example/blog/c", findings == sharing ? shared : new ArrayList<>(shared));
            check.finish();
        }

        assertThat(sharing.examples("en")).isEqualTo(copying.examples("en"));
        assertThat(sharing.examples("de")).isEqualTo(copying.examples("de"));
        assertThat(sharing.examples("de"))
                .extracting(PermalinkFinding::url, PermalinkFinding::problem)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "https://de.example/blog/b",
                                "its x-default https://www.example.com/gone answers 404 (not found)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "https://de.example/blog/c", "its hreflang alternates do not list itself as de"));
        assertThat(sharing.total()).isEqualTo(copying.total()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aPartTheIndexListsButTheRunNeitherGeneratedNorKeptIsAFinding() {
        PermalinkFindings findings = new PermalinkFindings();
        PermalinkCheck check =
                new PermalinkCheck(SITES, CATALOG, (site, path) -> 200, List.of(CATALOG.get("en")), findings);
        List<GeneratedDocument> generated = new ArrayList<>();
        generated.add(document("sitemap-pages.xml", "<urlset/>"));
        generated.add(document(SiteDocuments.INDEX, """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                          <sitemap><loc>https://example.com/sitemap-pages.xml</loc></sitemap>
                          <sitemap><loc>https://example.com/sitemap-posts-1.xml</loc></sitemap>
                          <sitemap><loc>https://example.com/sitemap-posts-2.xml</loc></sitemap>
                        </sitemapindex>"""));

        // posts-1 was kept unchanged from an earlier run; posts-2 is neither generated nor kept.
        check.inspect(
                CATALOG.get("en"), generated, List.of("sitemap-pages.xml", "sitemap-posts-1.xml", SiteDocuments.INDEX));

        assertThat(findings.examples("en"))
                .extracting(PermalinkFinding::url)
                .containsExactly("https://example.com/sitemap-posts-2.xml");
    }

    private static GeneratedDocument document(String name, String xml) {
        DocumentSpool spool = new DocumentSpool();
        try {
            spool.write(xml.getBytes(StandardCharsets.UTF_8));
            spool.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GeneratedDocument(name, GeneratedDocument.XML, spool, NOW);
    }
}
