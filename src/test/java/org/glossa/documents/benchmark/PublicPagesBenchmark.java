package org.glossa.documents.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.glossa.containertest.SiteClient;
import org.glossa.content.control.SlugPolicy;
import org.glossa.content.entity.ItemKind;
import org.glossa.documents.control.PartGroup;
import org.glossa.documents.control.SiteDocuments;
import org.glossa.localization.control.LocaleCatalog;

/**
 * The public site on the database {@code editorial-api.sh} seeded (850,850 translations), the uber jar started with
 * {@code -Xmx512m}: its start to ready, the heap it holds once its work after start is over (live after a full GC),
 * and the first request of each page a publication changed, right after the publication was approved, against the
 * same page answered from the cache and a page of another item.
 *
 * <pre>bash src/benchmark/public-pages.sh [PUBLICATIONS]</pre>
 */
public final class PublicPagesBenchmark {

    private static final String SITE = "http://%s.localhost:" + EditorialApiBenchmark.PORT;

    /** The jar's item ids per sitemap group: it inherits this environment, GLOSSA_SITEMAP_ITEMS_PER_PART included. */
    private static final int ITEMS_PER_PART = Integer.parseInt(Objects.requireNonNullElse(
            System.getenv("GLOSSA_SITEMAP_ITEMS_PER_PART"), "" + SiteDocuments.DEFAULT_ITEMS_PER_PART));

    private PublicPagesBenchmark() {}

    public static void main(String[] args) throws Exception {
        int publications = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String heap = System.getProperty("glossa.benchmark.heap", "512m");
        String url = GenerateDocumentsBenchmark.SERVER + GenerateDocumentsBenchmark.DATABASE;
        try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "")) {
            GenerateDocumentsBenchmark.migrate(c);
        }
        try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "")) {
            GenerateDocumentsBenchmark.advanceIdentities(c);
        }
        try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM publication WHERE withdrawn_at IS NULL")) {
            r.next();
            System.out.printf(Locale.ROOT, "live publications: %,d%n", r.getLong(1));
        }
        Path work = Files.createTempDirectory("glossa-pages-benchmark");
        long starting = System.nanoTime();
        // The full regeneration (the safety net, every 15 minutes by default) would land in the middle of the
        // measurements and share the cores with them; the publications' own regenerations run as in production.
        System.out.println("the full regeneration's schedule: once a day at 03:00 UTC, outside the measurements");
        // DOOR=listener: readers' requests go to the public listener (GLOSSA_PUBLIC_PORT), as the README's nginx
        // configuration sends them; else to the container's port, the door of a deployment without it.
        boolean listener = "listener".equals(System.getProperty("glossa.benchmark.door"));
        int readersPort = listener ? EditorialApiBenchmark.PORT + 1 : EditorialApiBenchmark.PORT;
        System.out.println(
                "readers' door: " + (listener ? "the public listener, port " : "the container's port ") + readersPort);
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("GLOSSA_PUBLISHING_FULL_REGENERATION_CRON", "0 0 3 * * ?");
        if (listener) {
            environment.put("GLOSSA_PUBLIC_PORT", String.valueOf(readersPort));
            environment.put("GLOSSA_PUBLIC_ADDRESS", "127.0.0.1");
        }
        Process jar = EditorialApiBenchmark.start(url, work, heap, environment);
        try {
            // HTTP/1.1 as readers' browsers and crawlers speak it to the site: the client's default first tries an
            // upgrade to HTTP/2, and one such request asked while the server was starting never answered.
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            EditorialApiBenchmark.awaitReady(http, jar, work);
            System.out.printf(
                    Locale.ROOT,
                    "start to ready with -Xmx%s: %.1f s (log: %s)%n",
                    heap,
                    (System.nanoTime() - starting) / 1e9,
                    work.resolve("glossa.log"));
            EditorialApiBenchmark.awaitQuiet(jar);
            SiteClient site = new SiteClient(URI.create("http://127.0.0.1:" + readersPort));
            List<Double> lists = new ArrayList<>();
            for (String tag : LocaleCatalog.standard().tags()) {
                for (String path : List.of("/", "/blog", "/experience", "/blog/page/2000")) {
                    lists.add(timed(site, page(tag, path), 200));
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "first request of 68 list pages (17 homes, blogs, timelines, blog page 2000): median %.1f ms, max"
                            + " %.1f ms%n",
                    EditorialApiBenchmark.percentile(lists, 50),
                    EditorialApiBenchmark.percentile(lists, 100));
            System.out.println(heapInUse(jar, "after start and 68 list pages"));
            System.out.println(largestLive(jar));
            Map<String, List<Double>> times = new LinkedHashMap<>();
            String owner = EditorialApiBenchmark.basic("benchmark-owner", "benchmark-owner-password");
            try (Connection c = DriverManager.getConnection(url, GenerateDocumentsBenchmark.USER, "")) {
                List<Long> posts = publishedInGerman(c, publications + 1);
                long other = posts.remove(posts.size() - 1);
                String otherPage = page("fr", postPath(c, other, "fr"));
                timed(site, otherPage, 200);
                for (long post : posts) {
                    String en = page("en", postPath(c, post, "en"));
                    timed(site, en, 200);
                    String de = revise(http, owner, post);
                    time(times, "the changed item's page (de)", site, de);
                    time(times, "its page in another locale (en, alternates)", site, en);
                    time(times, "the blog of the locale (de)", site, page("de", "/blog"));
                    time(times, "the home of the locale (de)", site, page("de", "/"));
                    time(times, "a page of another item (fr), not changed", site, otherPage);
                    time(times, "the changed item's page again (cached)", site, de);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%n%-48s %9s %9s %9s %5s%n",
                    "first request after a publication (" + publications + ")",
                    "median",
                    "p99",
                    "max",
                    "n");
            times.forEach((what, ms) -> System.out.printf(
                    Locale.ROOT,
                    "%-48s %7.1fms %7.1fms %7.1fms %5d%n",
                    what,
                    EditorialApiBenchmark.percentile(ms, 50),
                    EditorialApiBenchmark.percentile(ms, 99),
                    EditorialApiBenchmark.percentile(ms, 100),
                    ms.size()));
            System.out.println(pausedForReaders(http));
            System.out.println(heapInUse(jar, "after the publications"));
            System.out.println(largestLive(jar));
            EditorialApiBenchmark.awaitQuiet(jar);
            visibility(http, owner, site, jar);
            // The publications' regenerations finish before the jar stops: the next start meets no pending work.
            EditorialApiBenchmark.awaitQuiet(jar);
        } finally {
            jar.destroy();
            if (!jar.waitFor(30, TimeUnit.SECONDS)) {
                jar.destroyForcibly();
            }
        }
    }

    /**
     * How soon a publication is in its sitemap and feed, through the API and the public documents as a search engine
     * reads them: new posts live in German only (each approval regenerates one locale), then new posts approved in
     * all 17 locales one after another (a burst: the regenerations are coalesced), polling every 20 ms until each
     * locale's sitemap part and feed list the post's URL.
     */
    private static void visibility(HttpClient http, String owner, SiteClient site, Process jar) throws Exception {
        List<Double> single = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long post = newPost(http, owner, "de");
            long approved = System.nanoTime();
            String url = approve(http, owner, post, "de");
            awaitListed(
                    site, "de", post, url, approved + Duration.ofSeconds(120).toNanos());
            single.add((System.nanoTime() - approved) / 1e6);
            EditorialApiBenchmark.awaitQuiet(jar);
        }
        System.out.printf(
                Locale.ROOT,
                "%na new post live in one locale (de), approval to listed in its sitemap and feed: median %.0f ms, max"
                        + " %.0f ms (5 posts)%n",
                EditorialApiBenchmark.percentile(single, 50),
                EditorialApiBenchmark.percentile(single, 100));
        List<String> tags = LocaleCatalog.standard().tags();
        for (int burst = 1; burst <= 3; burst++) {
            long post = newPost(http, owner, "en");
            for (String tag : tags) {
                if (!tag.equals("en")) {
                    translate(http, owner, post, tag);
                }
            }
            long first = System.nanoTime();
            Map<String, String> urls = new LinkedHashMap<>();
            for (String tag : tags.stream()
                    .sorted((a, b) -> a.equals("en") ? -1 : b.equals("en") ? 1 : 0)
                    .toList()) {
                urls.put(tag, approve(http, owner, post, tag));
            }
            long last = System.nanoTime();
            for (Map.Entry<String, String> live : urls.entrySet()) {
                awaitListed(
                        site,
                        live.getKey(),
                        post,
                        live.getValue(),
                        last + Duration.ofSeconds(300).toNanos());
            }
            long visible = System.nanoTime();
            System.out.printf(
                    Locale.ROOT,
                    "burst %d: a new post approved in 17 locales one after another (%.1f s of approvals): every locale's"
                            + " sitemap and feed list it %.1f s after the last approval%n",
                    burst,
                    (last - first) / 1e9,
                    (visible - last) / 1e9);
            EditorialApiBenchmark.awaitQuiet(jar);
        }
    }

    /** A new post with its source text in {@code locale}, submitted (not yet approved); returns its id. */
    private static long newPost(HttpClient http, String owner, String locale) throws Exception {
        String fields = Json.createObjectBuilder()
                .add("sourceLocale", locale)
                .add("title", "Visibility " + locale + " " + System.nanoTime())
                .add("summary", "Measured")
                .add("body", "A post whose way into the sitemap is timed.")
                .build()
                .toString();
        HttpResponse<String> created = EditorialApiBenchmark.send(http, owner, "POST", "/api/v1/posts", fields);
        check(created, "create a post");
        long id = Json.createReader(new StringReader(created.body()))
                .readObject()
                .getJsonNumber("id")
                .longValue();
        check(
                EditorialApiBenchmark.send(
                        http, owner, "POST", "/api/v1/posts/" + id + "/translations/" + locale + "/submit", "{}"),
                "submit the source");
        return id;
    }

    /** A translation of the post into {@code locale}, saved and submitted. */
    private static void translate(HttpClient http, String owner, long post, String locale) throws Exception {
        String path = "/api/v1/posts/" + post + "/translations/" + locale;
        String fields = Json.createObjectBuilder()
                .add("title", "Visibility " + locale + " " + System.nanoTime())
                .add("summary", "Measured")
                .add("body", "Translated.")
                .build()
                .toString();
        check(EditorialApiBenchmark.send(http, owner, "PUT", path, fields), "save " + locale);
        check(EditorialApiBenchmark.send(http, owner, "POST", path + "/submit", "{}"), "submit " + locale);
    }

    /** Approves the submitted text; returns the public URL it went live at. */
    private static String approve(HttpClient http, String owner, long post, String locale) throws Exception {
        HttpResponse<String> approved = EditorialApiBenchmark.send(
                http, owner, "POST", "/api/v1/posts/" + post + "/translations/" + locale + "/approve", "{}");
        check(approved, "approve " + locale);
        return Json.createReader(new StringReader(approved.body())).readObject().getString("publicUrl");
    }

    /** Polls {@code tag}'s sitemap part of the post and its feed until both list {@code url}. */
    private static void awaitListed(SiteClient site, String tag, long post, String url, long deadline)
            throws InterruptedException {
        String part = page(
                tag,
                "/"
                        + PartGroup.of(ItemKind.POST, (post - 1) / ITEMS_PER_PART, ITEMS_PER_PART)
                                .partName(0));
        String feed = page(tag, "/feed.xml");
        boolean inSitemap = false;
        boolean inFeed = false;
        while (!(inSitemap && inFeed)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(url + " is not listed in " + (inSitemap ? feed : part) + " in time");
            }
            inSitemap = inSitemap || listed(site, part, "<loc>" + url + "</loc>");
            inFeed = inFeed || listed(site, feed, "<link>" + url + "</link>");
            if (!(inSitemap && inFeed)) {
                Thread.sleep(20);
            }
        }
    }

    private static boolean listed(SiteClient site, String document, String entry) {
        HttpResponse<String> response = site.get(document);
        return response.statusCode() == 200 && response.body().contains(entry);
    }

    private static String page(String tag, String path) {
        return SITE.formatted(tag.toLowerCase(Locale.ROOT)) + path;
    }

    private static void time(Map<String, List<Double>> times, String what, SiteClient site, String url) {
        times.computeIfAbsent(what, k -> new ArrayList<>()).add(timed(site, url, 200));
    }

    private static double timed(SiteClient site, String url, int status) {
        long start = System.nanoTime();
        HttpResponse<String> response = site.get(url);
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != status) {
            throw new IllegalStateException("GET " + url + ": " + response.statusCode());
        }
        return ms;
    }

    /** Posts whose German translation is published, spread over the list. */
    private static List<Long> publishedInGerman(Connection c, int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT post_id FROM translation WHERE kind = 'POST'"
                + " AND locale = 'de' AND status = 'PUBLISHED' AND post_id % 997 = 3 ORDER BY post_id LIMIT ?")) {
            s.setInt(1, count);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        if (ids.size() < count) {
            throw new IllegalStateException("not enough posts published in German: " + ids.size());
        }
        return ids;
    }

    private static String postPath(Connection c, long post, String locale) throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT slug FROM publication WHERE post_id = ? AND locale = ? AND withdrawn_at IS NULL")) {
            s.setLong(1, post);
            s.setString(2, locale);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("post " + post + " is not live in " + locale);
                }
                return "/blog/" + SlugPolicy.encodePathSegment(r.getString(1));
            }
        }
    }

    /** A new German text of the post, saved, submitted and approved by the owner; returns its page's URL. */
    private static String revise(HttpClient http, String owner, long post) throws Exception {
        String path = "/api/v1/posts/" + post + "/translations/de";
        HttpResponse<String> current = EditorialApiBenchmark.send(http, owner, "GET", path, null);
        String etag = current.headers().firstValue("ETag").orElseThrow();
        String fields = Json.createObjectBuilder()
                .add("title", "Überarbeitet " + System.nanoTime())
                .add("summary", "Eine neue Fassung")
                .add("body", "Neu geschrieben.")
                .build()
                .toString();
        HttpResponse<String> saved = EditorialApiBenchmark.sendIfMatch(http, owner, "PUT", path, fields, etag);
        check(saved, "save");
        check(EditorialApiBenchmark.send(http, owner, "POST", path + "/submit", "{}"), "submit");
        HttpResponse<String> approved = EditorialApiBenchmark.send(http, owner, "POST", path + "/approve", "{}");
        check(approved, "approve");
        JsonObject json = Json.createReader(new StringReader(approved.body())).readObject();
        URI live = URI.create(json.getString("publicUrl"));
        return page("de", live.getRawPath());
    }

    private static void check(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** The heap the jar holds live: used after a full collection, as {@code jcmd GC.heap_info} reports it. */
    /** How long the documents' runs stepped aside for readers' renders so far, as the jar's metric says. */
    private static String pausedForReaders(HttpClient http) throws Exception {
        String metrics = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + EditorialApiBenchmark.PORT
                                        + "/metrics?scope=application"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return metrics.lines()
                .filter(l -> l.startsWith("glossa_documents_paused_for_readers_seconds"))
                .findFirst()
                .map(l -> "documents' runs paused for readers' renders: " + l.substring(l.lastIndexOf(' ') + 1) + " s")
                .orElse("documents' runs paused for readers' renders: no metric");
    }

    private static String heapInUse(Process jar, String when) throws Exception {
        run("jcmd", String.valueOf(jar.pid()), "GC.run");
        String info = run("jcmd", String.valueOf(jar.pid()), "GC.heap_info");
        return "heap " + when + ", after a full GC: "
                + info.lines()
                        .map(String::strip)
                        .filter(l -> l.contains("total") && l.contains("used"))
                        .findFirst()
                        .orElse(info.strip());
    }

    /** The classes whose live instances take the most heap, as {@code jcmd GC.class_histogram} lists them. */
    private static String largestLive(Process jar) throws Exception {
        return run("jcmd", String.valueOf(jar.pid()), "GC.class_histogram")
                .lines()
                .filter(l -> l.strip().matches("[0-9]+:.*"))
                .limit(8)
                .map(l -> "  " + l.strip())
                .collect(java.util.stream.Collectors.joining("\n", "largest live classes:\n", ""));
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
