package org.glossa.documents.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.TestDatabase;
import org.glossa.documents.control.XsdValidation;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Sitemaps, news sitemaps, feeds and robots.txt as crawlers fetch them, on the demo content, with sitemap files
 * limited to 10 URLs (arquillian.xml) so that split files are exercised. Every fetched document is also written
 * to {@code target/published-documents/<site>/<name>} for the shared checkers.
 *
 * <p>The periodic full regeneration does not fire during container tests (arquillian.xml), so the only runs are the
 * start-up run and the runs the tests' own publications ask for: which locales a publication regenerates can be read
 * from the recorded outcomes without regard to the clock.
 */
@ExtendWith(ArquillianExtension.class)
class PublishingIT {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();
    private static final SiteDirectory SITES = SiteDirectory.parse(System.getProperty("glossa.it.sites"), CATALOG);
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final Path SAVED = Path.of("target", "published-documents");
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @ArquillianResource
    URL container;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.applicationOnFreshDatabase();
    }

    private static Site site(String tag) {
        return SITES.site(CATALOG.get(tag));
    }

    private HttpResponse<byte[]> get(String url, Map<String, String> headers) throws Exception {
        URI uri = URI.create(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + container.getPort() + uri.getRawPath()))
                .timeout(Duration.ofSeconds(30))
                .header("Host", uri.getHost())
                .GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GET, expect 200, and keep a copy for the shared checkers. */
    private byte[] fetch(String siteKey, String url) throws Exception {
        HttpResponse<byte[]> response = get(url, Map.of());
        assertThat(response.statusCode()).as("GET %s", url).isEqualTo(200);
        String name = url.substring(url.lastIndexOf('/') + 1);
        Path file = SAVED.resolve(siteKey).resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, response.body());
        return response.body();
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<Element> elements(Element parent, String ns, String name) {
        NodeList nodes = ns == null ? parent.getElementsByTagName(name) : parent.getElementsByTagNameNS(ns, name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static String text(Element parent, String ns, String name) {
        List<Element> found = elements(parent, ns, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    /** The sitemap URLs of a locale: loc -> (hreflang -> href). */
    private Map<String, Map<String, String>> sitemapUrls(String tag, boolean validate) throws Exception {
        return sitemapUrls(tag, site(tag), validate);
    }

    private Map<String, Map<String, String>> sitemapUrls(String tag, Site site, boolean validate) throws Exception {
        byte[] index = fetch(tag, site.url("/sitemap.xml"));
        if (validate) {
            assertThat(XsdValidation.problems(XsdValidation.SITEMAP_INDEX, index))
                    .as("%s sitemap index", tag)
                    .isEmpty();
        }
        Map<String, Map<String, String>> urls = new HashMap<>();
        List<Element> listed = elements(xml(index).getDocumentElement(), SITEMAP_NS, "sitemap");
        forgetSavedPartsNotIn(
                tag, listed.stream().map(e -> text(e, SITEMAP_NS, "loc")).toList());
        for (Element sitemap : listed) {
            String loc = text(sitemap, SITEMAP_NS, "loc");
            assertThat(loc).as("%s index lists its own files", tag).startsWith(site.url("/"));
            byte[] file = fetch(tag, loc);
            Element root = xml(file).getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("urlset");
            List<Element> entries = elements(root, SITEMAP_NS, "url");
            if (validate && !entries.isEmpty()) {
                assertThat(XsdValidation.problems(XsdValidation.URLSET, file))
                        .as(loc)
                        .isEmpty();
            }
            if (loc.endsWith("/news-sitemap.xml")) {
                assertThat(entries.size()).isLessThanOrEqualTo(1000);
                continue;
            }
            assertThat(entries.size()).as("%s split at 10 URLs", loc).isBetween(1, 10);
            for (Element url : entries) {
                Map<String, String> alternates = new HashMap<>();
                for (Element link : elements(url, XHTML_NS, "link")) {
                    alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
                }
                urls.put(text(url, SITEMAP_NS, "loc"), alternates);
            }
        }
        return urls;
    }

    /**
     * Deletes the saved copies of {@code tag}'s sitemap parts its index no longer lists: a group whose items all left
     * the locale has no part any more, and the shared checkers must see the site as it is now.
     */
    private static void forgetSavedPartsNotIn(String tag, List<String> listedUrls) throws IOException {
        Path directory = SAVED.resolve(tag);
        if (!Files.isDirectory(directory)) {
            return;
        }
        Set<String> listed = listedUrls.stream()
                .map(url -> url.substring(url.lastIndexOf('/') + 1))
                .collect(java.util.stream.Collectors.toSet());
        try (var saved = Files.list(directory)) {
            for (Path file : saved.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("sitemap-") && !listed.contains(name)) {
                    Files.delete(file);
                }
            }
        }
    }

    private Map<String, Map<String, String>> allSitemapUrls(boolean validate) throws Exception {
        Map<String, Map<String, String>> all = new HashMap<>();
        for (LocaleDefinition locale : CATALOG.all()) {
            all.putAll(sitemapUrls(locale.tag(), validate));
        }
        all.putAll(sitemapUrls(Site.X_DEFAULT, SITES.xDefault(), validate));
        return all;
    }

    /** Locale -> when its documents were last regenerated, from the owner's publishing status. */
    private static Map<String, String> lastGenerations(ApiClient owner) {
        HttpResponse<String> status;
        try {
            status = owner.get("/api/v1/publishing/status");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        Map<String, String> result = new HashMap<>();
        for (JsonValue locale :
                Json.createReader(new StringReader(status.body())).readArray()) {
            JsonObject l = locale.asJsonObject();
            result.put(
                    l.getString("locale"),
                    l.isNull("lastSuccessfulGenerationAt") ? null : l.getString("lastSuccessfulGenerationAt"));
        }
        return result;
    }

    private void await(String what, Predicate<Void> condition, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.test(null)) {
            assertThat(System.nanoTime()).as("%s within %s", what, within).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    /** The start-up run is done: the last document it writes, the x-default host's robots.txt, is served. */
    private void awaitDocumentsGeneratedAtStartUp() throws Exception {
        await(
                "documents generated at start-up",
                v -> {
                    try {
                        return get(SITES.xDefault().url("/robots.txt"), Map.of())
                                        .statusCode()
                                == 200;
                    } catch (Exception e) {
                        return false;
                    }
                },
                Duration.ofSeconds(60));
    }

    @Test
    void everyLocalesSitemapsValidateAndAlternatesAreReciprocalAcrossAllSites() throws Exception {
        awaitDocumentsGeneratedAtStartUp();
        Map<String, Map<String, String>> all = allSitemapUrls(true);
        assertThat(all)
                .containsKeys(
                        site("en").url("/"),
                        site("fr").url("/blog"),
                        site("ja").url("/experience"),
                        SITES.xDefault().url("/"));
        for (Map.Entry<String, Map<String, String>> url : all.entrySet()) {
            Map<String, String> alternates = url.getValue();
            assertThat(alternates).as("%s lists itself", url.getKey()).containsValue(url.getKey());
            assertThat(alternates).as("%s has x-default", url.getKey()).containsKey("x-default");
            // x-default included: an item's points to its original's page, a home's to the chooser, whose own
            // sitemap (the x-default site's) lists the same cluster.
            for (Map.Entry<String, String> alternate : alternates.entrySet()) {
                assertThat(all)
                        .as("%s points to a published page", url.getKey())
                        .containsKey(alternate.getValue());
                assertThat(all.get(alternate.getValue()))
                        .as("%s and %s list each other identically", url.getKey(), alternate.getValue())
                        .isEqualTo(alternates);
            }
        }
        byte[] enIndex = fetch("en", site("en").url("/sitemap.xml"));
        assertThat(new String(enIndex, java.nio.charset.StandardCharsets.UTF_8))
                .contains(site("en").url("/sitemap-posts-2.xml"), site("en").url("/news-sitemap.xml"));
    }

    @Test
    void everyLocaleFeedIsRssWithRealEnclosureLengthsAndIsLinkedFromPages() throws Exception {
        awaitDocumentsGeneratedAtStartUp();
        for (LocaleDefinition locale : CATALOG.all()) {
            Site site = site(locale.tag());
            HttpResponse<byte[]> response = get(site.url("/feed.xml"), Map.of());
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/rss+xml; charset=utf-8");
            Element rss = xml(fetch(locale.tag(), site.url("/feed.xml"))).getDocumentElement();
            assertThat(rss.getTagName()).isEqualTo("rss");
            assertThat(rss.getAttribute("version")).isEqualTo("2.0");
            Element channel = elements(rss, null, "channel").get(0);
            assertThat(text(channel, null, "language")).isEqualTo(locale.tag());
            Element self = elements(channel, ATOM_NS, "link").get(0);
            assertThat(self.getAttribute("rel")).isEqualTo("self");
            assertThat(self.getAttribute("href")).isEqualTo(site.url("/feed.xml"));
            assertThat(self.getAttribute("type")).isEqualTo("application/rss+xml");
            List<Element> items = elements(channel, null, "item");
            assertThat(items).isNotEmpty().hasSizeLessThanOrEqualTo(50);
            for (Element item : items) {
                assertThat(text(item, null, "title")).isNotBlank();
                assertThat(text(item, null, "link")).startsWith(site.url("/blog/"));
                assertThat(text(item, null, "guid")).isEqualTo(text(item, null, "link"));
                assertThat(text(item, null, "description")).isNotBlank();
                ZonedDateTime.parse(text(item, null, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
                for (Element enclosure : elements(item, null, "enclosure")) {
                    HttpResponse<byte[]> media = get(enclosure.getAttribute("url"), Map.of());
                    assertThat(media.statusCode()).isEqualTo(200);
                    assertThat(Long.parseLong(enclosure.getAttribute("length"))).isEqualTo(media.body().length);
                    assertThat(enclosure.getAttribute("type"))
                            .isEqualTo(
                                    media.headers().firstValue("Content-Type").orElseThrow());
                }
            }
            String home = new String(get(site.url("/"), Map.of()).body(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(home)
                    .contains("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"" + site.url("/feed.xml")
                            + "\">");
        }
        String enFeed = new String(fetch("en", site("en").url("/feed.xml")), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(enFeed).as("the demo post with a cover image").contains("<enclosure ");
    }

    @Test
    void robotsTxtListsTheIndexOfEverySiteOnItsHost() throws Exception {
        awaitDocumentsGeneratedAtStartUp();
        HttpResponse<byte[]> shared = get("https://glossa.example/robots.txt", Map.of());
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        saveRobots("glossa.example", shared.body());
        assertThat(lines(shared.body()))
                .contains(
                        "User-agent: *",
                        "Sitemap: https://glossa.example/sitemap.xml",
                        "Sitemap: https://glossa.example/fr/sitemap.xml")
                .filteredOn(l -> l.startsWith("Sitemap:"))
                .hasSize(2);
        HttpResponse<byte[]> german = get("https://beispiel.example.de/robots.txt", Map.of());
        saveRobots("beispiel.example.de", german.body());
        assertThat(lines(german.body()))
                .filteredOn(l -> l.startsWith("Sitemap:"))
                .containsExactly("Sitemap: https://beispiel.example.de/sitemap.xml");
        HttpResponse<byte[]> chooser = get("https://www.glossa.example/robots.txt", Map.of());
        assertThat(chooser.statusCode()).isEqualTo(200);
        saveRobots("www.glossa.example", chooser.body());
        assertThat(lines(chooser.body()))
                .filteredOn(l -> l.startsWith("Sitemap:"))
                .containsExactly("Sitemap: https://www.glossa.example/sitemap.xml");
    }

    private static void saveRobots(String host, byte[] body) throws IOException {
        Path file = SAVED.resolve(host).resolve("robots.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, body);
    }

    private static List<String> lines(byte[] body) {
        return new String(body, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void conditionalRequestsGet304AndGzipIsSentWhenAsked() throws Exception {
        awaitDocumentsGeneratedAtStartUp();
        String url = site("de").url("/sitemap.xml");
        HttpResponse<byte[]> plain = get(url, Map.of());
        assertThat(plain.headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        String lastModified = plain.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(plain.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(plain.headers().firstValue("Cache-Control"))
                .hasValue("public, max-age=60, stale-while-revalidate=300, stale-if-error=86400");
        HttpResponse<byte[]> notModified = get(url, Map.of("If-None-Match", etag));
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.headers().firstValue("Cache-Control"))
                .hasValue("public, max-age=60, stale-while-revalidate=300, stale-if-error=86400");
        assertThat(get(url, Map.of("If-Modified-Since", lastModified)).statusCode())
                .isEqualTo(304);
        assertThat(get(url, Map.of("If-None-Match", "\"other\"")).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> gzipped = get(url, Map.of("Accept-Encoding", "gzip"));
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
    }

    private ApiClient as(String user, String password) throws Exception {
        return ApiClient.as(container.toURI(), user, password);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private String etag(String url) throws Exception {
        return get(url, Map.of()).headers().firstValue("ETag").orElseThrow();
    }

    private boolean contains(String url, String text) {
        try {
            HttpResponse<byte[]> response = get(url, Map.of());
            return response.statusCode() == 200
                    && new String(response.body(), java.nio.charset.StandardCharsets.UTF_8).contains(text);
        } catch (Exception e) {
            return false;
        }
    }

    private boolean inSitemap(String tag, Predicate<Map<String, Map<String, String>>> condition) {
        try {
            return condition.test(sitemapUrls(tag, false));
        } catch (Exception | AssertionError e) {
            return false;
        }
    }

    @Test
    void anApprovedTranslationReachesSitemapsAndFeedWithinSecondsAndUnpublishingRemovesIt() throws Exception {
        awaitDocumentsGeneratedAtStartUp();
        ApiClient owner = as("owner", "demo-owner-password");
        ApiClient anna = as("anna", "demo-anna-password");
        HttpResponse<String> created = owner.post(
                "/api/v1/posts",
                Json.createObjectBuilder()
                        .add("sourceLocale", "en")
                        .add("title", "Sitemaps that keep up")
                        .add("summary", "How sitemaps follow publication")
                        .add("body", "Crawlers learn about new pages.")
                        .build()
                        .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        String path = "/api/v1/posts/" + id + "/translations/";
        String enUrl = json(owner.post(path + "en/publish", "{}")).getString("publicUrl");
        await(
                "the English post in en's sitemap",
                v -> inSitemap("en", urls -> urls.containsKey(enUrl)),
                VISIBLE_WITHIN);
        String jaFeed = etag(site("ja").url("/feed.xml"));
        String jaIndex = etag(site("ja").url("/sitemap.xml"));
        Map<String, String> generatedBefore = lastGenerations(owner);

        assertThat(anna.put(
                                path + "de",
                                Json.createObjectBuilder()
                                        .add("title", "Sitemaps, die mithalten")
                                        .add("summary", "Wie Sitemaps der Veröffentlichung folgen")
                                        .add("body", "Crawler erfahren davon.")
                                        .add("slug", "")
                                        .build()
                                        .toString(),
                                null)
                        .statusCode())
                .isEqualTo(201);
        assertThat(anna.post(path + "de/submit", "{}").statusCode()).isEqualTo(200);
        HttpResponse<String> approved = owner.post(path + "de/approve", "{}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        String deUrl = json(approved).getString("publicUrl");

        await("the German post in de's sitemap", v -> inSitemap("de", urls -> urls.containsKey(deUrl)), VISIBLE_WITHIN);
        await("the German post in de's feed", v -> contains(site("de").url("/feed.xml"), deUrl), VISIBLE_WITHIN);
        await(
                "en's entry gains the de alternate",
                v -> inSitemap(
                        "en",
                        urls -> deUrl.equals(urls.getOrDefault(enUrl, Map.of()).get("de"))),
                VISIBLE_WITHIN);
        assertThat(etag(site("ja").url("/feed.xml"))).as("ja feed untouched").isEqualTo(jaFeed);
        assertThat(etag(site("ja").url("/sitemap.xml")))
                .as("ja sitemap index untouched")
                .isEqualTo(jaIndex);
        // Only de (its new post) and en (the alternate) are regenerated, in one run; ja has no version of the post.
        // Each locale's outcome is recorded just after its documents commit, so the status may lag them briefly.
        await(
                "de and en recorded as regenerated by one run",
                v -> {
                    Map<String, String> now = lastGenerations(owner);
                    return !now.get("de").equals(generatedBefore.get("de"))
                            && now.get("de").equals(now.get("en"));
                },
                VISIBLE_WITHIN);
        assertThat(lastGenerations(owner).get("ja"))
                .as("ja not regenerated at all")
                .isEqualTo(generatedBefore.get("ja"));

        assertThat(owner.post(path + "de/unpublish", "{}").statusCode()).isEqualTo(200);
        await(
                "the German post leaves de's sitemap",
                v -> inSitemap("de", urls -> !urls.containsKey(deUrl)),
                VISIBLE_WITHIN);
        await("the German post leaves de's feed", v -> !contains(site("de").url("/feed.xml"), deUrl), VISIBLE_WITHIN);
        await(
                "en's entry loses the de alternate",
                v -> inSitemap(
                        "en",
                        urls -> urls.containsKey(enUrl) && !urls.get(enUrl).containsKey("de")),
                VISIBLE_WITHIN);
    }

    /** A new post written and published by the owner in {@code locale}; returns its id and public URL. */
    private Map.Entry<Long, String> publishedPost(ApiClient owner, String locale, String title) throws Exception {
        HttpResponse<String> created = owner.post(
                "/api/v1/posts",
                Json.createObjectBuilder()
                        .add("sourceLocale", locale)
                        .add("title", title)
                        .add("summary", "Over " + title)
                        .add("body", "Tekst van " + title + ".")
                        .build()
                        .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        HttpResponse<String> published =
                owner.post("/api/v1/posts/" + id + "/translations/" + locale + "/publish", "{}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return Map.entry(id, json(published).getString("publicUrl"));
    }

    private static JsonObject status(ApiClient owner, String locale) throws Exception {
        for (JsonValue value : Json.createReader(
                        new StringReader(owner.get("/api/v1/publishing/status").body()))
                .readArray()) {
            if (value.asJsonObject().getString("locale").equals(locale)) {
                return value.asJsonObject();
            }
        }
        throw new AssertionError("no status for " + locale);
    }

    @Test
    void aStoredTitleXmlCannotCarryIsRepairedInTheOutputAndEveryOtherItemOfTheLocaleIsStillPublished()
            throws Exception {
        awaitDocumentsGeneratedAtStartUp();
        ApiClient owner = as("owner", "demo-owner-password");
        Map.Entry<Long, String> damaged = publishedPost(owner, "nl", "Eerste bericht");
        await(
                "the first post in nl's feed",
                v -> contains(site("nl").url("/feed.xml"), damaged.getValue()),
                VISIBLE_WITHIN);
        // Straight into the database, as an old row or a manual UPDATE would put it: input cleaning never saw it.
        // PostgreSQL stores U+000B, U+0001 and U+FFFE (only NUL it refuses); XML 1.0 allows none of them.
        try (Connection connection = TestDatabase.connect(Deployments.DATABASE);
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE publication SET title = ?, summary = ? WHERE post_id = ? AND withdrawn_at IS NULL")) {
            update.setString(1, "Regel\u000Bafbreking\u0001\uFFFE");
            update.setString(2, "Kort\u000Bverhaal");
            update.setLong(3, damaged.getKey());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        String generatedBefore = lastGenerations(owner).get("nl");

        Map.Entry<Long, String> next = publishedPost(owner, "nl", "Tweede bericht");

        await(
                "nl regenerated after the next publication",
                v -> !Objects.equals(lastGenerations(owner).get("nl"), generatedBefore),
                VISIBLE_WITHIN);
        JsonObject nl = status(owner, "nl");
        assertThat(nl.get("lastError")).as("the run succeeded: %s", nl).isIn(null, JsonValue.NULL);
        assertThat(nl.getJsonArray("notices").getValuesAs(JsonString::getString))
                .as("the owner is told which item to correct")
                .anySatisfy(notice -> assertThat(notice)
                        .startsWith("nl: post " + damaged.getKey() + ": its title")
                        .contains("U+000B", "U+0001", "U+FFFE"))
                .noneSatisfy(notice -> assertThat(notice).contains("post " + next.getKey() + ":"));
        byte[] news = fetch("nl", site("nl").url("/news-sitemap.xml"));
        assertThat(XsdValidation.problems(XsdValidation.URLSET, news)).isEmpty();
        List<String> newsTitles = new ArrayList<>();
        for (Element title :
                elements(xml(news).getDocumentElement(), "http://www.google.com/schemas/sitemap-news/0.9", "title")) {
            newsTitles.add(title.getTextContent());
        }
        assertThat(newsTitles).contains("Regel afbreking", "Tweede bericht");
        Element channel = elements(xml(fetch("nl", site("nl").url("/feed.xml"))).getDocumentElement(), null, "channel")
                .get(0);
        List<String> feedTitles = new ArrayList<>();
        for (Element item : elements(channel, null, "item")) {
            feedTitles.add(text(item, null, "title"));
        }
        assertThat(feedTitles).contains("Regel afbreking", "Tweede bericht");
        assertThat(sitemapUrls("nl", true)).containsKeys(damaged.getValue(), next.getValue());
        HttpResponse<byte[]> page = get(damaged.getValue(), Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Regel afbreking")
                .doesNotContain("\u000B");
    }
}
