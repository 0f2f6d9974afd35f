package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.content.entity.EmploymentType;
import org.glossa.content.entity.Workplace;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.domains.control.SitePaths;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.site.control.SiteSnapshot;
import org.glossa.site.control.SiteSnapshot.LiveText;
import org.junit.jupiter.api.Test;

class SiteDocumentsTest {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final Pattern LASTMOD = Pattern.compile("<lastmod>([^<]+)</lastmod>");

    private static SiteDirectory sites() {
        StringBuilder spec = new StringBuilder();
        for (String tag : CATALOG.tags()) {
            spec.append(tag)
                    .append("=https://")
                    .append(tag.toLowerCase(java.util.Locale.ROOT))
                    .append(".example,");
        }
        spec.append("en=https://example.com,fr=https://example.com/fr,x-default=https://www.example.com");
        String value = spec.toString().replace("en=https://en.example,", "").replace("fr=https://fr.example,", "");
        return SiteDirectory.parse(value, CATALOG);
    }

    /** Posts 1..n in en (published one hour apart, newest last), the even ones also in de. */
    private static SiteSnapshot posts(int n) {
        List<SiteSnapshot.PostItem> posts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Instant at = NOW.minusSeconds(3600L * (n - i + 1));
            Map<String, LiveText> texts = new LinkedHashMap<>();
            texts.put("en", new LiveText(i * 10L, "en", "post-" + i, "Post " + i, "Summary " + i, null, at, at));
            if (i % 2 == 0) {
                texts.put(
                        "de",
                        new LiveText(i * 10L + 1, "de", "beitrag-" + i, "Beitrag " + i, "Kurz " + i, null, at, at));
            }
            SiteSnapshot.Cover cover = i == 1 ? new SiteSnapshot.Cover(7, "image/png", 1234, 10, 10, "ab", "") : null;
            posts.add(new SiteSnapshot.PostItem(i, "en", cover, texts));
        }
        return new SiteSnapshot("Mira", Map.of(), posts, List.of());
    }

    private static Map<String, GeneratedDocument> generate(SiteSnapshot snapshot, String tag, SitemapLimits limits) {
        Map<String, GeneratedDocument> out = new LinkedHashMap<>();
        new SiteDocuments(sites(), CATALOG, new SnapshotContent(snapshot), limits)
                .generate(CATALOG.get(tag), NOW, d -> out.put(d.name(), d));
        return out;
    }

    private static String text(GeneratedDocument document) {
        return new String(document.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aRenamedPostKeepsItsFeedGuidItsFirstUrlAndLinksToItsCurrentUrl() {
        Map<String, GeneratedDocument> out = new LinkedHashMap<>();
        new SiteDocuments(
                        sites(),
                        CATALOG,
                        new SnapshotContent(posts(2), Map.of("post-2", "original-post-2")),
                        new SitemapLimits(50_000, 50L * 1024 * 1024))
                .generate(CATALOG.get("en"), NOW, d -> out.put(d.name(), d));
        String feed = text(out.get("feed.xml"));

        assertThat(feed)
                .contains("<link>https://example.com/blog/post-2</link>")
                .contains("<guid isPermaLink=\"false\">https://example.com/blog/original-post-2</guid>")
                .contains("<guid isPermaLink=\"true\">https://example.com/blog/post-1</guid>");
        assertThat(text(out.get("sitemap-posts-1.xml"))).doesNotContain("original-post-2");
    }

    @Test
    void anExperienceEntrysXDefaultIsItsSourceLocalesPage() {
        Instant at = NOW.minusSeconds(3600);
        Map<String, LiveText> texts = new LinkedHashMap<>();
        texts.put("en", new LiveText(1, "en", "engineer", "Engineer", null, "Berlin", at, at));
        texts.put("de", new LiveText(2, "de", "ingenieurin", "Ingenieurin", null, "Berlin", at, at));
        SiteSnapshot.ExperienceItem role = new SiteSnapshot.ExperienceItem(
                1, "de", "Acme", EmploymentType.FULL_TIME, Workplace.HYBRID, YearMonth.of(2020, 1), null, 1, texts);
        SiteSnapshot snapshot = new SiteSnapshot("Mira", Map.of(), List.of(), List.of(role));

        String sitemap = text(generate(snapshot, "en", new SitemapLimits(50_000, 50L * 1024 * 1024))
                .get("sitemap-roles-1.xml"));

        String germanPage = sites().site(CATALOG.get("de")).url(SitePaths.experienceEntry("ingenieurin"));
        assertThat(sitemap).contains("hreflang=\"x-default\" href=\"" + germanPage + "\"");
    }

    @Test
    void aGroupThatOutgrowsTheLimitContinuesInNumberedPartsEachCarryingTheNewestLastmodInsideIt() {
        Map<String, GeneratedDocument> documents = generate(posts(7), "en", new SitemapLimits(4, 50L * 1024 * 1024));
        // home, blog, experience in the pages group; the 7 posts (ids 1 to 7, one range) in parts of 4.
        assertThat(documents)
                .containsKeys(
                        "sitemap-pages.xml",
                        "sitemap-posts-1.xml",
                        "sitemap-posts-1-2.xml",
                        "news-sitemap.xml",
                        "sitemap.xml",
                        "feed.xml")
                .doesNotContainKey("sitemap-posts-1-3.xml");
        for (String part : List.of("sitemap-pages.xml", "sitemap-posts-1.xml", "sitemap-posts-1-2.xml")) {
            GeneratedDocument document = documents.get(part);
            assertThat(XsdValidation.problems(XsdValidation.URLSET, document.bytes()))
                    .as(part)
                    .isEmpty();
            Matcher m = LASTMOD.matcher(text(document));
            Instant newest = Instant.EPOCH;
            while (m.find()) {
                Instant lastmod = Instant.parse(m.group(1));
                newest = lastmod.isAfter(newest) ? lastmod : newest;
            }
            assertThat(document.contentTimestamp()).as(part).isEqualTo(newest);
        }
        GeneratedDocument index = documents.get("sitemap.xml");
        assertThat(XsdValidation.problems(XsdValidation.SITEMAP_INDEX, index.bytes()))
                .isEmpty();
        assertThat(text(index))
                .contains(
                        "<loc>https://example.com/sitemap-posts-1-2.xml</loc>",
                        "<loc>https://example.com/news-sitemap.xml</loc>");
    }

    @Test
    void itemAlternatesListOnlyLocalesWhereTheItemIsLiveWithXDefaultOnTheOriginal() {
        String en = text(generate(posts(2), "en", SitemapLimits.PROTOCOL).get("sitemap-posts-1.xml"));
        assertThat(en)
                .contains(
                        "<url><loc>https://example.com/blog/post-2</loc><lastmod>2026-11-24T11:00:00Z</lastmod>"
                                + "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.com/blog/post-2\"/>"
                                + "<xhtml:link rel=\"alternate\" hreflang=\"de\" href=\"https://de.example/blog/beitrag-2\"/>"
                                + "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.com/blog/post-2\"/></url>");
        assertThat(en)
                .contains("<loc>https://example.com/blog/post-1</loc>")
                .doesNotContain("beitrag-1")
                .contains("<image:image><image:loc>https://example.com/media/7</image:loc></image:image>");
    }

    @Test
    void newsSitemapUsesTheNewsLanguageAndFeedTheRealEnclosureLength() {
        String news = text(generate(posts(2), "zh-Hans", SitemapLimits.PROTOCOL).get("news-sitemap.xml"));
        assertThat(news).doesNotContain("<url>");
        Map<String, GeneratedDocument> en = generate(posts(2), "en", SitemapLimits.PROTOCOL);
        assertThat(XsdValidation.problems(
                        XsdValidation.URLSET, en.get("news-sitemap.xml").bytes()))
                .isEmpty();
        assertThat(text(en.get("news-sitemap.xml"))).contains("<news:language>en</news:language>");
        assertThat(text(en.get("feed.xml")))
                .contains(
                        "<language>en</language>",
                        "<enclosure url=\"https://example.com/media/7\" length=\"1234\" type=\"image/png\"/>",
                        "<atom:link href=\"https://example.com/feed.xml\" rel=\"self\" type=\"application/rss+xml\"/>");
        assertThat(en.get("feed.xml").contentType()).isEqualTo("application/rss+xml; charset=utf-8");
    }

    @Test
    void storedTextThatXmlCannotCarryIsRepairedOrLeftOutAndEveryOtherItemIsStillPublished() {
        Instant at = NOW.minusSeconds(3600);
        List<SiteSnapshot.PostItem> posts = new ArrayList<>();
        String[][] texts = {
            {"Good first", "Fine"},
            {"Manual\u000Bbreak\uFFFE", "Sum\u0000mary"},
            {"\u0001\u0002", "Only controls"},
            {"Good last", "Fine"}
        };
        for (int i = 0; i < texts.length; i++) {
            LiveText text = new LiveText(
                    i + 100L, "en", "post-" + (i + 1), texts[i][0], texts[i][1], null, at.plusSeconds(i), at);
            posts.add(new SiteSnapshot.PostItem(i + 1, "en", null, Map.of("en", text)));
        }
        SiteDocuments documents = new SiteDocuments(
                sites(),
                CATALOG,
                new SnapshotContent(new SiteSnapshot("Mi\u000Bra", Map.of(), posts, List.of())),
                SitemapLimits.PROTOCOL);
        Map<String, GeneratedDocument> out = new LinkedHashMap<>();
        documents.generate(CATALOG.get("en"), NOW, d -> out.put(d.name(), d));

        assertThat(XsdValidation.problems(
                        XsdValidation.URLSET, out.get("news-sitemap.xml").bytes()))
                .isEmpty();
        assertThat(XsdValidation.problems(
                        XsdValidation.URLSET, out.get("sitemap-posts-1.xml").bytes()))
                .isEmpty();
        GeneratedXml.parse(out.get("feed.xml").bytes());
        String news = text(out.get("news-sitemap.xml"));
        String feed = text(out.get("feed.xml"));
        assertThat(news).contains("Good first", "Manual break", "Good last", "<news:name>Mi ra</news:name>");
        assertThat(feed)
                .contains("Good first", "Manual break", "Summary", "Good last")
                .doesNotContain("post-3");
        assertThat(news).doesNotContain("post-3");
        assertThat(text(out.get("sitemap-posts-1.xml")))
                .as("the sitemap needs no title")
                .contains("/blog/post-1<", "/blog/post-2<", "/blog/post-3<", "/blog/post-4<");
        assertThat(documents.notices())
                .anySatisfy(
                        n -> assertThat(n).startsWith("en: post 2: its title").contains("U+000B", "U+FFFE"))
                .anySatisfy(
                        n -> assertThat(n).startsWith("en: post 2: its summary").contains("U+0000"))
                .anySatisfy(n -> assertThat(n).startsWith("en: post 3 was left out of news-sitemap.xml"))
                .anySatisfy(n -> assertThat(n).startsWith("en: post 3 was left out of feed.xml"))
                .noneSatisfy(n -> assertThat(n).contains("post 1"));
    }

    @Test
    void robotsListsTheIndexOfEverySiteOnTheHost() {
        SiteDocuments documents =
                new SiteDocuments(sites(), CATALOG, new SnapshotContent(posts(1)), SitemapLimits.PROTOCOL);
        assertThat(new String(documents.robots("example.com", NOW).bytes(), StandardCharsets.UTF_8).lines())
                .contains("Sitemap: https://example.com/sitemap.xml", "Sitemap: https://example.com/fr/sitemap.xml")
                .filteredOn(l -> l.startsWith("Sitemap:"))
                .hasSize(2);
        assertThat(new String(documents.robots("www.example.com", NOW).bytes(), StandardCharsets.UTF_8).lines())
                .filteredOn(l -> l.startsWith("Sitemap:"))
                .containsExactly("Sitemap: https://www.example.com/sitemap.xml");
        assertThat(documents.hosts()).contains("example.com", "www.example.com", "de.example");
    }

    @Test
    void xDefaultSiteListsItsChooserWithEveryHomeAsAlternate() {
        Map<String, GeneratedDocument> out = new LinkedHashMap<>();
        List<String> names = new SiteDocuments(sites(), CATALOG, new SnapshotContent(posts(2)), SitemapLimits.PROTOCOL)
                .generateXDefault(NOW, d -> out.put(d.name(), d));
        assertThat(names).containsExactly("sitemap-pages.xml", "sitemap.xml");
        String part = text(out.get("sitemap-pages.xml"));
        assertThat(XsdValidation.problems(
                        XsdValidation.URLSET, out.get("sitemap-pages.xml").bytes()))
                .isEmpty();
        assertThat(part)
                .contains(
                        "<loc>https://www.example.com/</loc>",
                        "hreflang=\"en\" href=\"https://example.com/\"",
                        "hreflang=\"de\" href=\"https://de.example/\"",
                        "hreflang=\"x-default\" href=\"https://www.example.com/\"");
        assertThat(text(out.get("sitemap.xml"))).contains("<loc>https://www.example.com/sitemap-pages.xml</loc>");
        assertThat(out.get("sitemap.xml").contentTimestamp()).isEqualTo(NOW.minusSeconds(3600));
    }

    @Test
    void noXDefaultSitemapWhenXDefaultSharesALocaleSite() {
        SiteDirectory shared = SiteDirectory.parse(
                CATALOG.tags().stream()
                                .map(t -> t + "=https://" + t.toLowerCase(java.util.Locale.ROOT) + ".example")
                                .reduce((a, b) -> a + "," + b)
                                .orElseThrow()
                        + ",x-default=https://en.example",
                CATALOG);
        assertThat(new SiteDocuments(shared, CATALOG, new SnapshotContent(posts(1)), SitemapLimits.PROTOCOL)
                        .generateXDefault(NOW, d -> {}))
                .isEmpty();
    }
}
