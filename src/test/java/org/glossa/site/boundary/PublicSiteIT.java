package org.glossa.site.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.glossa.containertest.DemoData;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.Page;
import org.glossa.containertest.SiteClient;
import org.glossa.content.control.SlugPolicy;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.localization.control.Messages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public site as readers and crawlers see it: one deployment on PostgreSQL with the demo content,
 * 17 locale sites on their configured domains (fr under a path prefix), requested by Host header.
 *
 * <p>One order is needed, and only one: what the list pages cost in SQL statements is measured on the first pages
 * the deployment renders ({@code @Order(1)}). Once rendered, a page is served from the page cache, so measured after
 * any other test the count would prove nothing; the other tests need no order among themselves. A deployment of its
 * own would give the same proof for one more Payara Micro start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ArquillianExtension.class)
class PublicSiteIT {

    private static final Pattern STATEMENTS = Pattern.compile("(?m)^glossa_sql_statements\\{[^}]*}\\s+([0-9.]+)");

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();
    private static final SiteDirectory SITES = SiteDirectory.parse(System.getProperty("glossa.it.sites"), CATALOG);

    @ArquillianResource
    URL container;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.applicationOnFreshDatabase();
    }

    private SiteClient client() throws Exception {
        return new SiteClient(container.toURI());
    }

    @Test
    @Order(1)
    void listPagesOfAllLocalesCostABoundedNumberOfQueriesHoweverManyItems() throws Exception {
        long before = statements();
        for (Site site : SITES.locales()) {
            for (String path : List.of("/", "/blog", "/experience")) {
                HttpResponse<String> response = client().get(site.url(path));
                assertThat(response.statusCode()).as("GET %s", site.url(path)).isEqualTo(200);
            }
        }
        long used = statements() - before;
        // Each page reads what it shows, nothing of the site is loaded at once: a home its three latest posts, its
        // count of posts and its roles (3); a blog page its slice of posts and their count (2); a timeline its roles
        // and their descriptions (2). The profile is read once for every page. Per-item loading would cost hundreds
        // here (posts x locales).
        assertThat(used).as("statements for 51 list pages").isLessThanOrEqualTo(17 * (3 + 2 + 2) + 1);
    }

    @Test
    @Order(2)
    void anItemPageCostsTheSameFewQueriesWhateverItsLinksAndAlternates() throws Exception {
        List<String> posts = new ArrayList<>();
        for (String tag : List.of("en", "de", "ar")) {
            fetch(url(tag, "/blog")).document().select("li h2 a").forEach(a -> posts.add(a.absUrl("href")));
        }
        assertThat(posts).hasSizeGreaterThanOrEqualTo(3);
        for (String post : posts) {
            long before = statements();
            HttpResponse<String> response = client().get(post);
            assertThat(response.statusCode()).as("GET %s", post).isEqualTo(200);
            // The post with its texts in every locale and its cover (1), the cover's text alternatives (1), the body
            // (1), and, for a body with links to other pages, their current slugs (2, however many links).
            assertThat(statements() - before).as("statements for %s", post).isLessThanOrEqualTo(5);
        }
    }

    private long statements() throws Exception {
        Matcher m =
                STATEMENTS.matcher(client().local("/metrics?scope=application").body());
        assertThat(m.find()).as("statement metric exposed").isTrue();
        return (long) Double.parseDouble(m.group(1));
    }

    private Page fetch(String url) throws Exception {
        HttpResponse<String> response = client().get(url);
        assertThat(response.statusCode()).as("GET %s", url).isEqualTo(200);
        return Page.parse(url, response.body());
    }

    private static String url(String tag, String path) {
        return SITES.site(CATALOG.get(tag)).url(path);
    }

    @Test
    void everyLocaleHomeIsServedOnItsOwnDomainWithLanguageAndDirection() throws Exception {
        for (LocaleDefinition locale : CATALOG.all()) {
            Page home = fetch(url(locale.tag(), "/"));
            assertThat(home.lang()).isEqualTo(locale.tag());
            assertThat(home.dir())
                    .as(locale.tag())
                    .isEqualTo(Set.of("ar", "ur").contains(locale.tag()) ? "rtl" : "ltr");
            assertThat(home.canonical()).isEqualTo(url(locale.tag(), "/"));
            assertThat(home.title()).contains(DemoData.ownerName());
            assertThat(home.document().selectFirst("meta[name=description]").attr("content"))
                    .isNotBlank();
            assertThat(home.document().select("nav.sections a").eachText())
                    .containsExactly(
                            Messages.of(locale).text("nav.home"),
                            Messages.of(locale).text("nav.blog"),
                            Messages.of(locale).text("nav.experience"));
        }
    }

    @Test
    void canonicalAndLinksComeFromConfigurationNotFromTheHostHeader() throws Exception {
        // Same site reached with a differently spelt Host (case, port, trailing dot).
        HttpResponse<String> response = client().get(
                        "BEISPIEL.Example.DE.:8443",
                        "/blog",
                        Map.of("X-Forwarded-Host", "attacker.example", "Forwarded", "host=attacker.example"));
        assertThat(response.statusCode()).isEqualTo(200);
        Page page = Page.parse("https://beispiel.example.de/blog", response.body());
        assertThat(page.canonical()).isEqualTo("https://beispiel.example.de/blog");
        assertThat(response.body())
                .doesNotContainIgnoringCase("attacker")
                .doesNotContain("8443")
                .doesNotContain("BEISPIEL.Example");
        // fr lives under a path prefix of en's domain.
        Page fr = fetch("https://glossa.example/fr/blog");
        assertThat(fr.lang()).isEqualTo("fr");
        assertThat(fr.canonical()).isEqualTo("https://glossa.example/fr/blog");
        assertThat(fetch("https://glossa.example/blog").lang()).isEqualTo("en");
    }

    @Test
    void unknownHostIsNotFoundAndNeverReflected() throws Exception {
        for (String host : List.of("evil.example", "glossa.example.evil.example", "localhost.evil")) {
            HttpResponse<String> response = client().get(host, "/blog", Map.of());
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).doesNotContain("evil");
            assertThat(response.headers().allValues("Location")).isEmpty();
        }
        // A path that merely starts like fr's prefix is not the fr site.
        assertThat(client().get("https://glossa.example/french").statusCode()).isEqualTo(404);
    }

    @Test
    void hreflangAlternatesAreReciprocalAcrossAllLocalesAndMatchTheSwitcher() throws Exception {
        Map<String, Page> pages = crawl();
        assertThat(pages).hasSizeGreaterThan(100);
        for (Page page : pages.values()) {
            Map<String, String> alternates = page.alternates();
            String ownHreflang = CATALOG.get(page.lang()).hreflang();
            assertThat(page.canonical()).as("canonical of %s", page.url()).isEqualTo(page.url());
            assertThat(alternates).as("%s lists itself", page.url()).containsEntry(ownHreflang, page.url());
            assertThat(alternates).as("%s has x-default", page.url()).containsKey("x-default");
            Map<String, String> languages = new LinkedHashMap<>(alternates);
            languages.remove("x-default");
            assertThat(page.switcher()).as("switcher of %s", page.url()).isEqualTo(languages);
            for (String href : languages.values()) {
                Page other = pages.containsKey(href) ? pages.get(href) : fetch(href);
                assertThat(other.alternates())
                        .as("%s and %s list each other identically", page.url(), href)
                        .isEqualTo(alternates);
            }
        }
    }

    @Test
    void anItemIsListedAndAlternatedOnlyWhereItIsPublished() throws Exception {
        Map<String, Page> pages = crawl();
        Map<String, Set<String>> publishedLocalesByKey = new HashMap<>();
        Map<String, String> enTitleToKey = new HashMap<>();
        for (DemoData.Text t : DemoData.texts()) {
            if (t.published() && t.kind().equals("post")) {
                publishedLocalesByKey
                        .computeIfAbsent(t.key(), k -> new HashSet<>())
                        .add(CATALOG.get(t.locale()).hreflang());
                if (t.locale().equals("en")) {
                    enTitleToKey.put(t.title(), t.key());
                }
            }
        }
        int checked = 0;
        for (Page page : pages.values()) {
            if (!page.lang().equals("en")
                    || !URI.create(page.url()).getPath().startsWith("/blog/")
                    || page.url().contains("/blog/page/")) {
                continue;
            }
            String key = enTitleToKey.get(page.document().selectFirst("main h1").text());
            Set<String> languages = new HashSet<>(page.alternates().keySet());
            languages.remove("x-default");
            assertThat(languages).as("alternates of %s", key).isEqualTo(publishedLocalesByKey.get(key));
            checked++;
        }
        assertThat(checked).isEqualTo(enTitleToKey.size());
        for (LocaleDefinition locale : CATALOG.all()) {
            long expected = publishedLocalesByKey.values().stream()
                    .filter(s -> s.contains(locale.hreflang()))
                    .count();
            assertThat(blogPosts(locale.tag()))
                    .as("posts listed in %s", locale.tag())
                    .hasSize((int) expected);
        }
    }

    @Test
    void unpublishedTranslationsAreInvisible() throws Exception {
        List<DemoData.Text> drafts =
                DemoData.texts().stream().filter(t -> !t.published()).toList();
        assertThat(drafts).isNotEmpty();
        Map<String, Page> pages = crawl();
        for (DemoData.Text draft : drafts) {
            LocaleDefinition locale = CATALOG.get(draft.locale());
            String path = (draft.kind().equals("post") ? "/blog/" : "/experience/")
                    + SlugPolicy.encodePathSegment(SlugPolicy.slugify(draft.title(), locale));
            assertThat(client().get(url(draft.locale(), path)).statusCode())
                    .as("draft %s", path)
                    .isEqualTo(404);
            for (Page page : pages.values()) {
                assertThat(page.text())
                        .as("%s shows the draft '%s'", page.url(), draft.title())
                        .doesNotContain(draft.title());
            }
        }
    }

    @Test
    void aSlugInAnotherNormalisationFormOrCaseRedirectsToTheCanonicalUrl() throws Exception {
        int redirects = 0;
        for (String tag : List.of("de", "ru", "ko", "vi", "tr")) {
            for (String href : blogPosts(tag)) {
                String path = URI.create(href).getRawPath();
                String slug = SlugPolicy.decodePathSegment(path.substring(path.lastIndexOf('/') + 1))
                        .orElseThrow();
                for (String variant :
                        List.of(slug.toUpperCase(Locale.ROOT), Normalizer.normalize(slug, Normalizer.Form.NFD))) {
                    if (variant.equals(slug)) {
                        continue;
                    }
                    String prefix = URI.create(url(tag, "/")).getRawPath();
                    HttpResponse<String> response = client().get(
                                    URI.create(href).getHost(),
                                    (prefix.equals("/") ? "" : prefix) + "/blog/"
                                            + SlugPolicy.encodePathSegment(variant),
                                    Map.of());
                    assertThat(response.statusCode())
                            .as("%s variant of %s", tag, slug)
                            .isEqualTo(301);
                    assertThat(response.headers().firstValue("Location")).hasValue(href);
                    redirects++;
                }
            }
        }
        assertThat(redirects).as("upper-case and NFD variants exercised").isGreaterThan(10);
    }

    @Test
    void anonymousReadingCreatesNoSession() throws Exception {
        for (String url : List.of(
                url("en", "/"),
                url("ar", "/blog"),
                url("ja", "/experience"),
                SITES.xDefault().url("/"),
                url("de", "/missing"))) {
            HttpResponse<String> response = client().get(url);
            assertThat(response.headers().allValues("Set-Cookie")).as(url).isEmpty();
        }
    }

    @Test
    void anUnknownPathGetsTheLocalisedNotFoundPage() throws Exception {
        for (String tag : List.of("de", "ar", "zh-Hans")) {
            HttpResponse<String> response = client().get(url(tag, "/no-such-page"));
            assertThat(response.statusCode()).isEqualTo(404);
            Page page = Page.parse(url(tag, "/no-such-page"), response.body());
            assertThat(page.lang()).isEqualTo(tag);
            assertThat(page.title()).isEqualTo(Messages.of(CATALOG.get(tag)).text("notFound.title"));
            assertThat(response.body()).doesNotContain("no-such-page");
        }
    }

    @Test
    void theXDefaultSiteOffersEveryLanguageWithoutRedirecting() throws Exception {
        HttpResponse<String> response = client().get(SITES.xDefault().url("/"));
        assertThat(response.statusCode()).isEqualTo(200);
        Page chooser = Page.parse(SITES.xDefault().url("/"), response.body());
        Set<String> homes = SITES.locales().stream().map(s -> s.url("/")).collect(Collectors.toSet());
        assertThat(chooser.document().select("main a[href]").eachAttr("href"))
                .containsExactlyInAnyOrderElementsOf(homes);
        assertThat(chooser.alternates())
                .containsEntry("x-default", SITES.xDefault().url("/"))
                .hasSize(18);
    }

    @Test
    void theBlogIsPaginatedNewestFirst() throws Exception {
        Page first = fetch(url("en", "/blog"));
        List<String> dates = first.document().select("main time").eachAttr("datetime");
        assertThat(dates).hasSize(3).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(first.document().selectFirst("a[rel=next]").attr("href")).isEqualTo(url("en", "/blog/page/2"));
        assertThat(client().get(url("en", "/blog/page/2")).statusCode()).isEqualTo(200);
        assertThat(client().get(url("en", "/blog/page/99")).statusCode()).isEqualTo(404);
        HttpResponse<String> one = client().get(url("en", "/blog/page/1"));
        assertThat(one.statusCode()).isEqualTo(301);
        assertThat(one.headers().firstValue("Location")).hasValue(url("en", "/blog"));
    }

    @Test
    void pagesAnswerConditionalRequestsWithNotModified() throws Exception {
        HttpResponse<String> page = client().get(url("pl", "/"));
        String etag = page.headers().firstValue("ETag").orElseThrow();
        URI uri = URI.create(url("pl", "/"));
        HttpResponse<String> again = client().get(uri.getHost(), "/", Map.of("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        // Fit for a shared cache in front of the nodes, on the 304 as on the 200 (RFC 9111: a 304 carries it too).
        String sharedCache = "public, max-age=60, stale-while-revalidate=300, stale-if-error=86400";
        assertThat(page.headers().firstValue("Cache-Control")).hasValue(sharedCache);
        assertThat(again.headers().firstValue("Cache-Control")).hasValue(sharedCache);
    }

    @Test
    void theCoverImageIsServedWithTheTypeReadFromItsBytes() throws Exception {
        Page post = fetch(blogPosts("en").get(0));
        String src = post.document().selectFirst("img.cover").attr("src");
        assertThat(src).startsWith(url("en", "/media/"));
        HttpResponse<String> image = client().get(src);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(client().get(url("en", "/media/999999")).statusCode()).isEqualTo(404);
    }

    @Test
    void readinessIsUpOnceMigratedAndServing() throws Exception {
        HttpResponse<String> health = client().local("/health/ready");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    // ---- domain moves: de used to live at https://alt.beispiel.example and https://glossa.example/de ------------
    // (glossa.former-sites in arquillian.xml)

    /** One 301 to the given URL, which itself answers 200: no chain. */
    private void movedOnceTo(String host, String pathAndQuery, String location, String target) throws Exception {
        HttpResponse<String> moved = client().get(host, pathAndQuery, Map.of());
        assertThat(moved.statusCode()).as("GET %s%s", host, pathAndQuery).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location"))
                .as("GET %s%s", host, pathAndQuery)
                .hasValue(location);
        HttpResponse<String> arrived = client().get(target);
        assertThat(arrived.statusCode()).as("GET %s", target).isEqualTo(200);
    }

    @Test
    void aFormerBaseOfAMovedLocaleAnswersOneRedirectToTheSamePathOnTheCurrentBase() throws Exception {
        String post = blogPosts("de").get(0);
        String postPath = URI.create(post).getRawPath();
        assertThat(post).startsWith("https://beispiel.example.de/blog/");

        movedOnceTo("alt.beispiel.example", postPath, post, post);
        movedOnceTo("alt.beispiel.example", "/", "https://beispiel.example.de/", "https://beispiel.example.de/");
        movedOnceTo(
                "alt.beispiel.example",
                "/sitemap.xml",
                "https://beispiel.example.de/sitemap.xml",
                "https://beispiel.example.de/sitemap.xml");
        movedOnceTo(
                "ALT.Beispiel.Example.:8443",
                "/robots.txt",
                "https://beispiel.example.de/robots.txt",
                "https://beispiel.example.de/robots.txt");
        movedOnceTo(
                "alt.beispiel.example",
                "/blog?utm_source=old&x=%C3%A4",
                "https://beispiel.example.de/blog?utm_source=old&x=%C3%A4",
                "https://beispiel.example.de/blog");
        // Ahead of every other filter: the health filter would answer this path on any other host.
        HttpResponse<String> health = client().get("alt.beispiel.example", "/health/ready", Map.of());
        assertThat(health.statusCode()).isEqualTo(301);
        assertThat(health.headers().firstValue("Location")).hasValue("https://beispiel.example.de/health/ready");
        // The Location is the configured base, whatever the request says about its host.
        HttpResponse<String> forwarded = client().get(
                        "alt.beispiel.example",
                        "/blog",
                        Map.of("X-Forwarded-Host", "attacker.example", "Forwarded", "host=attacker.example"));
        assertThat(forwarded.headers().firstValue("Location")).hasValue("https://beispiel.example.de/blog");
    }

    @Test
    void aFormerPathPrefixOnTheEnglishDomainCatchesOnlyThatPrefix() throws Exception {
        String post = blogPosts("de").get(0);
        String postPath = URI.create(post).getRawPath();
        movedOnceTo("glossa.example", "/de" + postPath, post, post);
        movedOnceTo("glossa.example", "/de", "https://beispiel.example.de/", "https://beispiel.example.de/");
        movedOnceTo(
                "glossa.example",
                "/de/sitemap.xml",
                "https://beispiel.example.de/sitemap.xml",
                "https://beispiel.example.de/sitemap.xml");
        // English and French on the same host are untouched.
        assertThat(fetch("https://glossa.example/").lang()).isEqualTo("en");
        assertThat(fetch("https://glossa.example/fr/blog").lang()).isEqualTo("fr");
        assertThat(client().get("https://glossa.example/sitemap.xml").statusCode())
                .isEqualTo(200);
        assertThat(client().get("https://glossa.example/robots.txt").statusCode())
                .isEqualTo(200);
        HttpResponse<String> lookAlike = client().get("https://glossa.example/deutsch");
        assertThat(lookAlike.statusCode()).isEqualTo(404);
        assertThat(lookAlike.headers().allValues("Location")).isEmpty();
    }

    @Test
    void sitemapsAndAlternatesNeverMentionAFormerBase() throws Exception {
        Deque<String> sitemaps = new ArrayDeque<>(List.of(
                "https://beispiel.example.de/sitemap.xml",
                "https://glossa.example/sitemap.xml",
                "https://www.glossa.example/sitemap.xml"));
        Set<String> read = new HashSet<>();
        while (!sitemaps.isEmpty()) {
            String sitemap = sitemaps.poll();
            if (!read.add(sitemap)) {
                continue;
            }
            HttpResponse<String> response = client().get(sitemap);
            if (response.statusCode() == 404) {
                continue; // x-default may have no sitemap of its own
            }
            assertThat(response.statusCode()).as(sitemap).isEqualTo(200);
            assertThat(response.body())
                    .as(sitemap)
                    .doesNotContain("alt.beispiel")
                    .doesNotContain("glossa.example/de");
            Matcher part = Pattern.compile("<loc>([^<]+\\.xml)</loc>").matcher(response.body());
            while (part.find()) {
                sitemaps.add(part.group(1));
            }
        }
        assertThat(read).as("the sitemap index and its parts").hasSizeGreaterThan(3);
        Page german = fetch(blogPosts("de").get(0));
        assertThat(german.document().select("link[rel=alternate]").eachAttr("href"))
                .isNotEmpty()
                .noneMatch(href -> href.contains("alt.beispiel") || href.contains("glossa.example/de"));
    }

    // ---- crawling ---------------------------------------------------------------------------------------

    /** Every post listed on a locale's blog (all pages), as absolute URLs, newest first. */
    private List<String> blogPosts(String tag) throws Exception {
        List<String> posts = new ArrayList<>();
        String next = url(tag, "/blog");
        while (next != null) {
            Page page = fetch(next);
            page.document().select("main ul.cards h2 a[href]").eachAttr("href").forEach(posts::add);
            var older = page.document().selectFirst("a[rel=next]");
            next = older == null ? null : older.attr("href");
        }
        return posts;
    }

    private Map<String, Page> crawl() throws Exception {
        Map<String, Page> pages = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (Site site : SITES.locales()) {
            queue.add(site.url("/"));
            queue.add(site.url("/blog"));
            queue.add(site.url("/experience"));
        }
        while (!queue.isEmpty()) {
            String url = queue.poll();
            if (pages.containsKey(url)) {
                continue;
            }
            Page page = fetch(url);
            pages.put(url, page);
            String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            String siteBase = SITES.site(CATALOG.get(page.lang())).url("");
            for (String link : page.document().select("main a[href]").eachAttr("href")) {
                if (link.startsWith(siteBase + "/blog/") || link.startsWith(siteBase + "/experience/")) {
                    queue.add(link);
                }
            }
            assertThat(base).isNotEmpty();
        }
        return pages;
    }
}
