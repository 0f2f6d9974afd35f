package org.glossa.database.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.GlossaProcess;
import org.glossa.containertest.SiteClient;
import org.glossa.containertest.TcpProxy;
import org.glossa.containertest.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A real database outage: {@code glossa.jar} reaches PostgreSQL only through a {@link TcpProxy} the test cuts (every
 * connection closed, new ones refused) and restores. Before the start, the database holds a Liquibase lock that a
 * killed migration left behind an hour ago.
 */
class DatabaseOutageIT {

    private static final String DATABASE = Deployments.DATABASE + "_outage";
    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    @Test
    void pagesAndDocumentsStayServedWhileTheDatabaseIsAwayAndEverythingRecoversWithoutRestart() throws Exception {
        TestDatabase.recreate(DATABASE);
        leaveAStaleMigrationLock();
        URI pg = URI.create(TestDatabase.serverUrl().substring("jdbc:".length()));
        try (TcpProxy proxy = TcpProxy.to(pg.getHost(), pg.getPort());
                GlossaProcess glossa =
                        GlossaProcess.start("outage", environment(proxy)).awaitReady()) {
            assertThat(glossa.log())
                    .as("the stale lock was released and logged, and migrations ran")
                    .contains("Released a stale Liquibase lock held by killed-node")
                    .contains("Database schema is up to date");
            SiteClient client = glossa.client();
            String de = "http://de.localhost:" + glossa.port();
            String fr = "http://fr.localhost:" + glossa.port();

            // Warm: pages and documents this node has served.
            List<String> dePosts = postLinks(client, de + "/blog");
            assertThat(dePosts).hasSizeGreaterThanOrEqualTo(2);
            List<String> warm = List.of(de + "/", de + "/blog", dePosts.get(0), de + "/sitemap.xml", de + "/feed.xml");
            Map<String, HttpResponse<String>> before = new LinkedHashMap<>();
            for (String url : warm) {
                HttpResponse<String> r = client.get(url);
                assertThat(r.statusCode()).as(url).isEqualTo(200);
                assertThat(r.headers().firstValue("ETag")).as(url).isPresent();
                before.put(url, r);
            }
            String neverRendered = dePosts.get(1);

            proxy.cut();
            // Longer than the page cache (3 s here) and the documents' recheck (3 s): every copy is due for a
            // refresh that cannot happen.
            Thread.sleep(4000);

            for (String url : warm) {
                HttpResponse<String> r = client.get(url);
                String etag = before.get(url).headers().firstValue("ETag").orElseThrow();
                assertThat(r.statusCode()).as("stale %s still served", url).isEqualTo(200);
                assertThat(r.headers().firstValue("ETag")).as(url).contains(etag);
                assertThat(r.body()).as(url).isEqualTo(before.get(url).body());
                HttpResponse<String> conditional = get(client, url, Map.of("If-None-Match", etag));
                assertThat(conditional.statusCode()).as("conditional %s", url).isEqualTo(304);
            }
            for (String url : List.of(neverRendered, fr + "/feed.xml")) {
                Instant asked = Instant.now();
                HttpResponse<String> r = client.get(url);
                assertThat(Duration.between(asked, Instant.now()))
                        .as("%s answered without waiting for the database", url)
                        .isLessThan(Duration.ofSeconds(3));
                assertThat(r.statusCode()).as("never served: %s", url).isEqualTo(503);
                assertThat(r.headers().firstValue("Retry-After")).as(url).isPresent();
            }

            Instant asked = Instant.now();
            HttpResponse<String> ready = client.local("/health/ready");
            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(10));
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(check(ready, "database").getString("status")).isEqualTo("DOWN");
            HttpResponse<String> publicReady = get(client, de + "/health/ready", Map.of());
            assertThat(publicReady.statusCode()).isEqualTo(503);
            assertThat(check(publicReady, "database").getString("status")).isEqualTo("DOWN");
            assertThat(json(publicReady).getJsonArray("checks"))
                    .as("a public host shows names and statuses only")
                    .allSatisfy(c -> assertThat(c.asJsonObject().keySet()).containsOnly("name", "status"));
            assertThat(publicReady.body()).doesNotContain("127.0.0.1", "Exception", "SQL", "reason");

            ApiClient owner =
                    ApiClient.as(URI.create("http://127.0.0.1:" + glossa.port()), "owner", "demo-owner-password");
            HttpResponse<String> api = owner.get("/api/v1/posts");
            assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(api.headers().firstValue("Retry-After")).isPresent();

            proxy.restore();
            await("ready again", () -> client.local("/health/ready").statusCode() == 200, Duration.ofSeconds(60));
            assertThat(get(client, de + "/health/ready", Map.of()).statusCode()).isEqualTo(200);
            assertThat(client.get(neverRendered).statusCode()).isEqualTo(200);

            HttpResponse<String> created = owner.post(
                    "/api/v1/posts",
                    Json.createObjectBuilder()
                            .add("sourceLocale", "en")
                            .add("title", "Back after the outage")
                            .add("summary", "Publishing resumed by itself")
                            .add("body", "No restart was needed.")
                            .build()
                            .toString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long id = json(created).getJsonNumber("id").longValue();
            HttpResponse<String> published = owner.post("/api/v1/posts/" + id + "/translations/en/publish", "{}");
            assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
            String url = json(published).getString("publicUrl");
            await("the new post's page", () -> client.get(url).statusCode() == 200, Duration.ofSeconds(30));
            String en = "http://en.localhost:" + glossa.port();
            await("the new post in en's sitemap", () -> sitemapUrls(client, en).contains(url), Duration.ofSeconds(60));
            assertThat(glossa.log()).contains("The database cannot be reached").contains("The database answers again");
        }
    }

    private static Map<String, String> environment(TcpProxy proxy) {
        return Map.of(
                "GLOSSA_DB_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + DATABASE,
                "GLOSSA_DB_USER", TestDatabase.user(),
                "GLOSSA_DB_PASSWORD", "unused",
                "GLOSSA_DEMO", "true",
                "GLOSSA_PAGE_CACHE_SECONDS", "3");
    }

    /** The row Liquibase leaves when the process holding its lock is killed mid-migration (an hour ago). */
    private static void leaveAStaleMigrationLock() throws Exception {
        try (Connection c = TestDatabase.connect(DATABASE);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE databasechangeloglock (id INTEGER NOT NULL PRIMARY KEY, locked BOOLEAN NOT NULL,"
                    + " lockgranted TIMESTAMP WITHOUT TIME ZONE, lockedby VARCHAR(255))");
            s.execute("INSERT INTO databasechangeloglock VALUES"
                    + " (1, TRUE, LOCALTIMESTAMP - INTERVAL '1 hour', 'killed-node (10.0.0.9)')");
        }
    }

    private static List<String> postLinks(SiteClient client, String blog) {
        HttpResponse<String> page = client.get(blog);
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> links = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"(" + Pattern.quote(blog) + "/[^\"?#]+)\"")
                .matcher(page.body());
        while (m.find()) {
            if (!links.contains(m.group(1))) {
                links.add(m.group(1));
            }
        }
        return links;
    }

    private static List<String> sitemapUrls(SiteClient client, String site) {
        List<String> urls = new ArrayList<>();
        for (String part : locs(client.get(site + "/sitemap.xml").body())) {
            urls.addAll(locs(client.get(part).body()));
        }
        return urls;
    }

    private static List<String> locs(String xml) {
        List<String> found = new ArrayList<>();
        Matcher m = LOC.matcher(xml);
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&"));
        }
        return found;
    }

    private static HttpResponse<String> get(SiteClient client, String url, Map<String, String> headers) {
        URI uri = URI.create(url);
        return client.get(uri.getHost(), uri.getRawPath().isEmpty() ? "/" : uri.getRawPath(), headers);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject check(HttpResponse<String> health, String name) {
        return json(health).getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health.body()));
    }

    private static void await(String what, Supplier<Boolean> condition, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            try {
                if (condition.get()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // keep waiting
            }
            assertThat(Instant.now()).as("%s within %s", what, within).isBefore(deadline);
            Thread.sleep(500);
        }
    }
}
