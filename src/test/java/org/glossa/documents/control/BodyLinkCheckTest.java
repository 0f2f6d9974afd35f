package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.glossa.content.entity.BodyLinks;
import org.glossa.content.entity.ItemKind;
import org.glossa.domains.control.InternalLinks;
import org.glossa.domains.control.PageStatus;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.site.control.Pages;
import org.glossa.site.control.SiteSnapshot;
import org.glossa.site.control.SiteSnapshot.LiveText;
import org.junit.jupiter.api.Test;

/** The links inside live bodies, resolved as the pages resolve them and answered by the real page dispatch. */
class BodyLinkCheckTest {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final LocaleDefinition EN = CATALOG.get("en");
    private static final LocaleDefinition FR = CATALOG.get("fr");
    private static final LocaleDefinition DE = CATALOG.get("de");
    /** en on its own host, fr below it on a path prefix, the others on hosts of their own. */
    private static final SiteDirectory SITES = SiteDirectory.parse(spec(), CATALOG);

    private static String spec() {
        StringBuilder spec = new StringBuilder();
        for (String tag : CATALOG.tags()) {
            String base = switch (tag) {
                case "en" -> "https://example.com";
                case "fr" -> "https://example.com/fr";
                default -> "https://" + tag.toLowerCase(Locale.ROOT) + ".example";
            };
            spec.append(tag).append('=').append(base).append(',');
        }
        return spec.append("x-default=https://www.example.com").toString();
    }

    /** Post 1 live in en, fr and de; post 2 live in en only. */
    private static final PageStatus PAGES = pages();

    private static PageStatus pages() {
        Map<String, LiveText> first = new LinkedHashMap<>();
        first.put("en", new LiveText(10L, "en", "first-post", "First", "Summary", null, NOW, NOW));
        first.put("fr", new LiveText(11L, "fr", "premier-article", "Premier", "Résumé", null, NOW, NOW));
        first.put("de", new LiveText(12L, "de", "erster-beitrag", "Erster", "Kurz", null, NOW, NOW));
        Map<String, LiveText> second =
                Map.of("en", new LiveText(20L, "en", "second-post", "Second", "S", null, NOW, NOW));
        SiteSnapshot snapshot = new SiteSnapshot(
                "Mira",
                Map.of(),
                List.of(
                        new SiteSnapshot.PostItem(1, "en", null, first),
                        new SiteSnapshot.PostItem(2, "en", null, second)),
                List.of());
        Pages pages = new Pages(SITES, CATALOG, snapshot, ids -> Map.of(), ZoneOffset.UTC, YearMonth.of(2026, 11), 10);
        return (site, path) -> pages.resolve(site, path).status();
    }

    private static PermalinkFindings check(PageStatus pages, LiveBody... bodies) {
        PermalinkFindings findings = new PermalinkFindings();
        BodyLinkCheck check = new BodyLinkCheck(InternalLinks.of(SITES), pages, findings);
        for (LiveBody body : bodies) {
            check.inspect(body);
        }
        check.finish();
        return findings;
    }

    /** A live post's body, its links as a publication stores them. */
    private static LiveBody post(LocaleDefinition locale, String slug, String html) {
        return new LiveBody(locale, ItemKind.POST, slug, BodyLinks.of(html));
    }

    private static LiveBody introduction(LocaleDefinition locale, String html) {
        return LiveBody.introduction(locale, BodyLinks.of(html));
    }

    @Test
    void linksToLivePagesInAnyFormTheSiteAcceptsAreNoFinding() {
        PermalinkFindings findings = check(
                PAGES,
                post(EN, "first-post", """
                        <p><a href="https://example.com/blog/second-post">absolute</a>,
                        <a href="/blog/second-post/">trailing slash, a 301</a>,
                        <a href="http://EXAMPLE.com:443/blog/second-post?x=1#top">other scheme, port, case, suffix</a>,
                        <a href="https://de.example/blog/erster-beitrag">another locale</a>,
                        <a href="/fr/blog/premier-article">the path prefix of fr</a>,
                        <a href="https://elsewhere.example/blog/missing">external</a>,
                        <a href="mailto:mira@example.com">mail</a>, <a href="#notes">fragment</a></p>"""),
                post(FR, "premier-article", "<p><a href=\"/blog/premier-article\">its own site</a></p>"),
                introduction(DE, "<p><a href=\"/experience\">Lebenslauf</a></p>"));

        assertThat(findings.total()).isZero();
        assertThat(findings.locales())
                .as("only findings mark a locale; the run marks the rest")
                .isEmpty();
    }

    @Test
    void aLinkToAPageThatIsNotLiveInItsLocaleIsAFindingOfThePageHoldingIt() {
        PermalinkFindings findings = check(
                PAGES,
                post(DE, "erster-beitrag", """
                        <p><a href="/blog/second-post">not live in de</a> and
                        <a href="/blog/second-post">the same link again</a></p>"""),
                post(EN, "first-post", "<p><a href=\"https://example.com/fr/blog/second-post\">not live in fr</a></p>"),
                introduction(FR, "<p><a href=\"https://example.com/fr/blog/page/7\">no such page</a></p>"));

        assertThat(findings.examples("de"))
                .as("one finding per broken link and body, on the page readers see it on")
                .containsExactly(new PermalinkFinding(
                        "de",
                        "https://de.example/blog/erster-beitrag",
                        "links to /blog/second-post, which answers 404 (not found)"));
        assertThat(findings.examples("en"))
                .containsExactly(new PermalinkFinding(
                        "en",
                        "https://example.com/blog/first-post",
                        "links to https://example.com/fr/blog/second-post, which answers 404 (not found)"));
        assertThat(findings.examples("fr"))
                .extracting(PermalinkFinding::url)
                .as("the introduction is shown on the home page")
                .containsExactly("https://example.com/fr/");
    }

    @Test
    void aBodyWithoutAnInternalLinkAsksNothingAndATargetIsResolvedOncePerRun() {
        AtomicInteger asked = new AtomicInteger();
        PageStatus counting = (site, path) -> {
            asked.incrementAndGet();
            return PAGES.of(site, path);
        };
        List<LiveBody> bodies = new ArrayList<>();
        bodies.add(post(EN, "first-post", "<p>No link at all.</p>"));
        bodies.add(post(EN, "first-post", "<p><a href=\"https://elsewhere.example/\">external only</a></p>"));
        for (int i = 0; i < 5; i++) {
            bodies.add(post(EN, "first-post", "<p><a href=\"/blog/missing\">gone</a></p>"));
        }

        PermalinkFindings findings = check(counting, bodies.toArray(LiveBody[]::new));

        assertThat(findings.count("en")).isEqualTo(5);
        assertThat(asked).hasValue(1);
    }

    @Test
    void theTargetsOfABatchOfBodiesAreAskedTogetherEachOnceAndNothingIsReportedBeforeFinish() {
        List<List<PageStatus.Target>> batches = new ArrayList<>();
        PageStatus batched = batchesOnly(targets -> {
            batches.add(targets);
            return answered(targets);
        });
        PermalinkFindings findings = new PermalinkFindings();
        BodyLinkCheck check = new BodyLinkCheck(InternalLinks.of(SITES), batched, findings);
        check.inspect(post(EN, "first-post", "<p><a href=\"/blog/second-post\">live</a></p>"));
        check.inspect(post(DE, "erster-beitrag", "<p><a href=\"/blog/second-post\">not live in de</a></p>"));
        check.inspect(
                post(EN, "first-post", "<p><a href=\"/blog/second-post\">again</a> <a href=\"/blog/gone\">x</a></p>"));
        assertThat(findings.total()).as("checked in a batch, at finish").isZero();

        check.finish();

        assertThat(batches).hasSize(1);
        assertThat(batches.get(0))
                .extracting(PageStatus.Target::rawPath)
                .containsExactly("/blog/second-post", "/blog/second-post", "/blog/gone");
        assertThat(batches.get(0)).extracting(t -> t.site().locale().tag()).containsExactly("en", "de", "en");
        assertThat(findings.count("de")).isEqualTo(1);
        assertThat(findings.examples("en"))
                .extracting(PermalinkFinding::problem)
                .containsExactly("links to /blog/gone, which answers 404 (not found)");
    }

    @Test
    void whenABatchCannotBeAnsweredEachOfItsBodiesIsAFindingNoneIsPassedUnchecked() {
        PageStatus failing = batchesOnly(targets -> {
            throw new IllegalStateException("connection lost");
        });

        PermalinkFindings findings = check(
                failing,
                post(EN, "first-post", "<p><a href=\"/blog/second-post\">live</a></p>"),
                post(DE, "erster-beitrag", "<p><a href=\"/blog/unreadable\">unreadable</a></p>"),
                post(FR, "premier-article", "<p><a href=\"https://elsewhere.example/\">external only</a></p>"));

        assertThat(findings.count("fr"))
                .as("a body without an internal link asks nothing")
                .isZero();
        assertThat(findings.examples("en"))
                .containsExactly(new PermalinkFinding(
                        "en",
                        "https://example.com/",
                        "the links of a live body could not be checked: java.lang.IllegalStateException: connection"
                                + " lost"));
        assertThat(findings.count("de")).isEqualTo(1);
    }

    @Test
    void bodiesAreCheckedInBatchesOfBoundedSize() {
        List<Integer> batchSizes = new ArrayList<>();
        PageStatus counting = batchesOnly(targets -> {
            batchSizes.add(targets.size());
            return answered(targets);
        });
        LiveBody[] bodies = new LiveBody[BodyLinkCheck.BODIES_PER_BATCH + 1];
        for (int i = 0; i < bodies.length; i++) {
            bodies[i] = post(EN, "first-post", "<p><a href=\"/blog/missing-" + i + "\">gone</a></p>");
        }

        PermalinkFindings findings = check(counting, bodies);

        assertThat(batchSizes).containsExactly(BodyLinkCheck.BODIES_PER_BATCH, 1);
        assertThat(findings.count("en")).isEqualTo(bodies.length);
    }

    /** Statuses that answer only many at once, as {@code answer} does: a page asked alone fails the test. */
    private static PageStatus batchesOnly(Function<List<PageStatus.Target>, int[]> answer) {
        return new PageStatus() {
            @Override
            public int of(Site site, String path) {
                throw new AssertionError("asked one by one: " + path);
            }

            @Override
            public int[] ofAll(List<PageStatus.Target> targets) {
                return answer.apply(targets);
            }
        };
    }

    /** What the real page dispatch answers for each target. */
    private static int[] answered(List<PageStatus.Target> targets) {
        return targets.stream().mapToInt(t -> PAGES.of(t.site(), t.rawPath())).toArray();
    }
}
