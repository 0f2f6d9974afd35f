package org.glossa.documents.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.containertest.AlertInbox;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.Eventually;
import org.glossa.containertest.Posts;
import org.glossa.containertest.TestDatabase;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The publishing SLA monitor, black box. arquillian.xml points {@code glossa.alert.webhook} at a tiny HTTP server this
 * test runs on 127.0.0.1 (the fork's glossa.it.alertPort) and checks every 2 s.
 *
 * <p>The forced failure is made with data, not with a backdoor: the demo post's cover image gets a MIME type that
 * the upload check would never store ("not a mime type", written straight into the database). The RSS writer refuses
 * it as an enclosure type, so every locale where that post is live fails to generate, exactly as corrupt data would
 * fail in production; restoring the type is the repair.
 */
@ExtendWith(ArquillianExtension.class)
class PublishingMonitorIT {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();
    private static final SiteDirectory SITES = SiteDirectory.parse(System.getProperty("glossa.it.sites"), CATALOG);
    private static AlertInbox alerts;

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

    @BeforeAll
    static void startWebhook() throws IOException {
        alerts = AlertInbox.open();
    }

    @AfterAll
    static void stopWebhook() {
        alerts.close();
    }

    private ApiClient owner() throws Exception {
        return ApiClient.as(container.toURI(), "owner", "demo-owner-password");
    }

    @Test
    void statusListsEveryLocaleForTheOwnerOnly() throws Exception {
        HttpResponse<String> status = owner().get("/api/v1/publishing/status");

        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        JsonArray locales = Json.createReader(new StringReader(status.body())).readArray();
        assertThat(locales).hasSize(CATALOG.all().size());
        JsonObject en = locale(locales, "en");
        assertThat(en.keySet())
                .contains("locale", "lastPublicationAt", "lastSuccessfulGenerationAt", "lagSeconds", "slaState");
        assertThat(en.getString("slaState")).isEqualTo("OK");
        assertThat(en.getJsonNumber("lagSeconds").longValue()).isZero();
        assertThat(Instant.parse(en.getString("lastSuccessfulGenerationAt")))
                .isAfterOrEqualTo(Instant.parse(en.getString("lastPublicationAt")));

        assertThat(ApiClient.anonymous(container.toURI())
                        .get("/api/v1/publishing/status")
                        .statusCode())
                .isEqualTo(401);
        assertThat(ApiClient.as(container.toURI(), "anna", "demo-anna-password")
                        .get("/api/v1/publishing/status")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aFailingGenerationKeepsThePreviousDocumentsAlertsAndRecovers() throws Exception {
        Map<Long, String> originalTypes = new LinkedHashMap<>();
        String tag;
        try (Connection db = TestDatabase.connect(Deployments.DATABASE);
                Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("""
                    SELECT p.locale FROM publication p JOIN post po ON po.id = p.post_id
                    WHERE po.cover_media_id IS NOT NULL AND p.withdrawn_at IS NULL ORDER BY p.locale""")) {
                assertThat(r.next()).as("the demo has a live post with a cover").isTrue();
                tag = r.getString(1);
            }
            try (ResultSet r = s.executeQuery("""
                    SELECT id, mime_type FROM media WHERE id IN (SELECT cover_media_id FROM post)""")) {
                while (r.next()) {
                    originalTypes.put(r.getLong(1), r.getString(2));
                }
            }
        }
        Site site = SITES.site(CATALOG.get(tag));
        // A regeneration still running (start-up, an earlier test) must not change the documents under the test:
        // wait until the locale is up to date, and until the site serves what is stored.
        String upToDate = tag;
        Eventually.until(upToDate + " up to date", () -> {
            JsonObject l = locale(status(), upToDate);
            return l.getString("slaState").equals("OK")
                            && l.getJsonNumber("lagSeconds").longValue() == 0
                    ? l
                    : null;
        });
        awaitServedAsStored(tag, site, "sitemap.xml", "feed.xml");
        String sitemapEtag = etag(site.url("/sitemap.xml"));
        String feedEtag = etag(site.url("/feed.xml"));

        try {
            setCoverTypes(originalTypes.keySet().stream()
                    .collect(LinkedHashMap::new, (m, id) -> m.put(id, "not a mime type"), Map::putAll));
            long postId = publishPost(tag);

            JsonObject failed = Eventually.until("status shows the failure of " + tag, () -> {
                JsonObject l = locale(status(), tag);
                return l.getString("slaState").equals("BREACHED") && !l.isNull("lastError") ? l : null;
            });
            assertThat(failed.getString("lastError")).contains("enclosure type");

            assertThat(etag(site.url("/sitemap.xml")))
                    .as("previous sitemap index still served")
                    .isEqualTo(sitemapEtag);
            assertThat(etag(site.url("/feed.xml")))
                    .as("previous feed still served")
                    .isEqualTo(feedEtag);

            JsonObject check = Eventually.until("health names " + tag, () -> {
                JsonObject c = publishingCheck();
                return c != null
                                && c.getString("status").equals("DOWN")
                                && c.containsKey("data")
                                && c.getJsonObject("data").containsKey(tag)
                        ? c
                        : null;
            });
            assertThat(check.getJsonObject("data").getString(tag)).contains("generation failed");
            assertThat(local("/health/ready").statusCode()).isEqualTo(503);

            double lag = Eventually.until("lag metric of " + tag, () -> {
                Matcher m = Pattern.compile("glossa_publishing_lag_seconds\\{[^}]*locale=\"" + Pattern.quote(tag)
                                + "\"[^}]*}\\s+([0-9.Ee+-]+)")
                        .matcher(local("/metrics?scope=application").body());
                return m.find() && Double.parseDouble(m.group(1)) > 0 ? Double.parseDouble(m.group(1)) : null;
            });
            assertThat(lag).isPositive();

            JsonObject alert = Eventually.until(
                    "webhook alert for " + tag,
                    () -> alerts.first("publishing.run.failed", tag).orElse(null));
            assertThat(alert.getString("cause")).contains("enclosure type");
            assertThat(alert.keySet()).contains("lagSeconds", "at");
            assertThat(announcedBreach(tag))
                    .as("the breach is announced for every node")
                    .isTrue();
            assertThat(postId).isPositive();
        } finally {
            setCoverTypes(originalTypes);
        }

        // Repaired: the retry (10 s, 20 s, 40 s after the failures) regenerates the locale.
        Eventually.until("status of " + tag + " back to OK", () -> {
            JsonObject l = locale(status(), tag);
            return l.getString("slaState").equals("OK")
                            && l.getJsonNumber("lagSeconds").longValue() == 0
                    ? l
                    : null;
        });
        assertThat(etag(site.url("/sitemap.xml")))
                .as("regenerated with the new post")
                .isNotEqualTo(sitemapEtag);
        Eventually.until("health UP", () -> local("/health/ready").statusCode() == 200 ? true : null);
        Eventually.until(
                "resolved webhook for " + tag,
                () -> alerts.first("publishing.recovered", tag).orElse(null));
        assertThat(announcedBreach(tag)).isFalse();
        assertThat(alerts.events(tag))
                .as("each change of state announced once")
                .containsExactly("publishing.run.failed", "publishing.recovered");
    }

    private static boolean announcedBreach(String tag) throws Exception {
        try (Connection db = TestDatabase.connect(Deployments.DATABASE);
                PreparedStatement select =
                        db.prepareStatement("SELECT announced_breach FROM publishing_state WHERE locale = ?")) {
            select.setString(1, tag);
            try (ResultSet r = select.executeQuery()) {
                assertThat(r.next()).as("publishing state of %s", tag).isTrue();
                return r.getBoolean(1);
            }
        }
    }

    /**
     * A failure while the documents are being stored, after some of them were already written: a trigger refuses
     * the feed, the last document of a site's run. The sitemaps written before it in the same run must roll back
     * with it, so the database and the site keep serving exactly the previous version.
     */
    @Test
    void aFailureWhileStoringRollsBackTheDocumentsAlreadyWritten() throws Exception {
        String tag = "de";
        Site site = SITES.site(CATALOG.get(tag));
        Eventually.until(tag + " up to date", () -> {
            JsonObject l = locale(status(), tag);
            return l.getString("slaState").equals("OK")
                            && l.getJsonNumber("lagSeconds").longValue() == 0
                    ? l
                    : null;
        });
        awaitServedAsStored(tag, site, "sitemap.xml", "sitemap-pages.xml");
        Map<String, String> before = storedVersions(tag);
        assertThat(before).containsKeys("sitemap.xml", "sitemap-pages.xml", "news-sitemap.xml", "feed.xml");
        String sitemapEtag = etag(site.url("/sitemap.xml"));
        String partEtag = etag(site.url("/sitemap-pages.xml"));

        try (Connection db = TestDatabase.connect(Deployments.DATABASE);
                Statement s = db.createStatement()) {
            s.execute("""
                    CREATE FUNCTION refuse_feed_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                      RAISE EXCEPTION 'disk full (injected by the test)';
                    END $$""");
            s.execute("""
                    CREATE TRIGGER refuse_feed_for_test BEFORE INSERT OR UPDATE ON published_document FOR EACH ROW
                    WHEN (NEW.site_key = 'de' AND NEW.name = 'feed.xml') EXECUTE FUNCTION refuse_feed_for_test()""");
        }
        try {
            publishPost(tag);
            JsonObject failed = Eventually.until("status shows the storage failure of " + tag, () -> {
                JsonObject l = locale(status(), tag);
                return l.getString("slaState").equals("BREACHED")
                                && !l.isNull("lastError")
                                && l.getString("lastError").contains("injected by the test")
                        ? l
                        : null;
            });
            assertThat(failed.getString("lastError")).contains("disk full");

            assertThat(storedVersions(tag))
                    .as("every document of %s as before the failed run", tag)
                    .isEqualTo(before);
            awaitServedAsStored(tag, site, "sitemap.xml", "sitemap-pages.xml");
            assertThat(etag(site.url("/sitemap.xml")))
                    .as("previous sitemap index still served")
                    .isEqualTo(sitemapEtag);
            assertThat(etag(site.url("/sitemap-pages.xml")))
                    .as("previous sitemap still served")
                    .isEqualTo(partEtag);
        } finally {
            try (Connection db = TestDatabase.connect(Deployments.DATABASE);
                    Statement s = db.createStatement()) {
                s.execute("DROP TRIGGER refuse_feed_for_test ON published_document");
                s.execute("DROP FUNCTION refuse_feed_for_test()");
            }
        }

        Eventually.until("status of " + tag + " back to OK", () -> {
            JsonObject l = locale(status(), tag);
            return l.getString("slaState").equals("OK")
                            && l.getJsonNumber("lagSeconds").longValue() == 0
                    ? l
                    : null;
        });
        Map<String, String> after = storedVersions(tag);
        assertThat(after.get("sitemap-pages.xml"))
                .as("the retry stored the new post (the home's lastmod in the section pages)")
                .isNotEqualTo(before.get("sitemap-pages.xml"));
        assertThat(after.get("feed.xml")).isNotEqualTo(before.get("feed.xml"));
    }

    /**
     * Waits until the site serves the stored version of each document: a node rechecks its served copy against the
     * database every few seconds, so just after a run the two may still differ.
     */
    private void awaitServedAsStored(String siteKey, Site site, String... names) throws InterruptedException {
        for (String name : names) {
            Eventually.until(siteKey + " serves the stored " + name, () -> {
                try {
                    String stored = storedVersions(siteKey).get(name);
                    return stored != null && etag(site.url("/" + name)).equals("\"" + stored + "\"") ? true : null;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    /** Name to SHA-256 of every document stored for a site, read straight from the database. */
    private static Map<String, String> storedVersions(String siteKey) throws Exception {
        Map<String, String> versions = new TreeMap<>();
        try (Connection db = TestDatabase.connect(Deployments.DATABASE);
                PreparedStatement select =
                        db.prepareStatement("SELECT name, sha256 FROM published_document WHERE site_key = ?")) {
            select.setString(1, siteKey);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    versions.put(r.getString(1), r.getString(2));
                }
            }
        }
        return versions;
    }

    private long publishPost(String tag) throws Exception {
        return Posts.publish(
                owner(), tag, "Monitored publication", "Waits for its feed", "Published while generation fails.");
    }

    private static void setCoverTypes(Map<Long, String> types) throws Exception {
        try (Connection db = TestDatabase.connect(Deployments.DATABASE);
                PreparedStatement update = db.prepareStatement("UPDATE media SET mime_type = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> type : types.entrySet()) {
                update.setString(1, type.getValue());
                update.setLong(2, type.getKey());
                update.executeUpdate();
            }
        }
    }

    private JsonArray status() {
        try {
            HttpResponse<String> status = owner().get("/api/v1/publishing/status");
            assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
            return Json.createReader(new StringReader(status.body())).readArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject locale(JsonArray locales, String tag) {
        return locales.stream()
                .map(JsonValue::asJsonObject)
                .filter(l -> l.getString("locale").equals(tag))
                .findFirst()
                .orElseThrow();
    }

    private JsonObject publishingCheck() {
        JsonObject health = Json.createReader(
                        new StringReader(local("/health/ready").body()))
                .readObject();
        return health.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("publishing"))
                .findFirst()
                .orElse(null);
    }

    private HttpResponse<String> local(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + container.getPort() + path))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String etag(String siteUrl) throws Exception {
        URI uri = URI.create(siteUrl);
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + container.getPort() + uri.getRawPath()))
                        .timeout(Duration.ofSeconds(30))
                        .header("Host", uri.getHost())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("GET %s", siteUrl).isEqualTo(200);
        Optional<String> etag = response.headers().firstValue("ETag");
        assertThat(etag).as("ETag of %s", siteUrl).isPresent();
        return etag.get();
    }
}
