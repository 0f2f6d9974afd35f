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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.containertest.AlertInbox;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.Eventually;
import org.glossa.containertest.Posts;
import org.glossa.containertest.TestDatabase;
import org.glossa.content.control.SlugPolicy;
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
 * The permalink check that follows every regeneration, black box: clean demo content has no finding in any locale;
 * a row broken on purpose in the database is found by the next whole regeneration of its locale (the owner's
 * "Regenerate now", here through the API; the periodic full run does the same), reported, counted by the
 * metric and alerted through the webhook (arquillian.xml points it at this fork's port on 127.0.0.1, served here), while readiness
 * stays UP; the repaired row clears the finding and the webhook hears of the recovery.
 *
 * <p>A link inside a live body is checked too: a post links to another, which is then unpublished through the API;
 * the linking post's page is the finding (its link now answers 410), and republishing the target clears it.
 *
 * <p>The break is one a hand edit makes: a live post's stored slug set to upper case (what the slug rules never
 * store). The generator lists the URL with that slug, but the site's pages look slugs up in their canonical (lower
 * case) form, so the listed URL answers 404. No request names the edited item, so a publication's run, which renders
 * the groups of its own items only, does not see it; once found, the locale's stamps are forgotten and its next run,
 * whatever asked for it, renders and checks every group again.
 */
@ExtendWith(ArquillianExtension.class)
class PermalinkCheckIT {

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

    @Test
    void aSlugBrokenInTheDatabaseIsFoundAfterTheNextRegenerationAlertedAndClearedWhenRepaired() throws Exception {
        // Clean demo content: the start-up run checked every locale and found nothing.
        JsonArray clean = Eventually.until("every locale checked", () -> {
            JsonArray all = status();
            return all.stream().map(JsonValue::asJsonObject).allMatch(l -> !l.isNull("permalinksCheckedAt"))
                    ? all
                    : null;
        });
        assertThat(clean).hasSize(CATALOG.all().size());
        for (JsonValue l : clean) {
            assertThat(l.asJsonObject().getInt("brokenPermalinks")).as("%s", l).isZero();
            assertThat(l.asJsonObject().getJsonArray("brokenPermalinkExamples")).isEmpty();
        }

        long publicationId;
        String tag;
        String slug;
        try (Connection db = TestDatabase.connect(Deployments.DATABASE);
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("""
                        SELECT id, locale, slug FROM publication
                        WHERE kind = 'POST' AND withdrawn_at IS NULL AND slug ~ '[a-z]'
                          AND locale IN ('de', 'en', 'es', 'it', 'nl', 'pl', 'vi')
                        ORDER BY locale = 'de' DESC, id""")) {
            assertThat(r.next())
                    .as("the demo has a live post with a Latin slug")
                    .isTrue();
            publicationId = r.getLong(1);
            tag = r.getString(2);
            slug = r.getString(3);
        }
        assertThat(metric(tag)).isZero();
        String broken = slug.toUpperCase(java.util.Locale.ROOT);
        String brokenUrl = SITES.site(CATALOG.get(tag)).url("/blog/" + SlugPolicy.encodePathSegment(broken));

        try {
            setSlug(publicationId, broken);
            HttpResponse<String> ordered =
                    owner().post("/api/v1/publishing/regenerations", "{\"locale\": \"" + tag + "\"}");
            assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(202);
            assertThat(ordered.body()).contains("\"locale\":\"" + tag + "\"");

            JsonObject found = Eventually.until("the finding in the status of " + tag, () -> {
                JsonObject l = locale(status(), tag);
                return l.getInt("brokenPermalinks") > 0 ? l : null;
            });
            assertThat(found.getJsonArray("brokenPermalinkExamples").stream()
                            .map(JsonValue::asJsonObject)
                            .filter(e -> e.getString("url").equals(brokenUrl))
                            .map(e -> e.getString("problem")))
                    .as("the examples of %s name %s", tag, brokenUrl)
                    .contains("answers 404 (not found)");
            assertThat(found.getString("slaState"))
                    .as("readers are still served")
                    .isEqualTo("OK");

            assertThat(Eventually.until("metric of " + tag + " above 0", () -> metric(tag) > 0 ? metric(tag) : null))
                    .isPositive();
            JsonObject alert = Eventually.until(
                    "webhook alert for " + tag,
                    () -> alerts.first("publishing.permalinks.broken", tag).orElse(null));
            assertThat(alert.getString("cause")).contains(brokenUrl);
            assertThat(publishingCheckStatus()).as("readiness stays UP").isEqualTo("UP");
        } finally {
            setSlug(publicationId, slug);
        }

        publishPost(tag, "Publication after the repair");
        Eventually.until("no finding left in " + tag, () -> {
            JsonObject l = locale(status(), tag);
            return l.getInt("brokenPermalinks") == 0 ? l : null;
        });
        Eventually.until("metric of " + tag + " back to 0", () -> metric(tag) == 0 ? true : null);
        Eventually.until(
                "recovery alert for " + tag,
                () -> alerts.first("publishing.permalinks.recovered", tag).orElse(null));
        assertThat(alerts.events(tag))
                .as("each change announced once")
                .containsExactly("publishing.permalinks.broken", "publishing.permalinks.recovered");
    }

    @Test
    void aLiveBodyWhoseLinkTargetIsUnpublishedIsFoundAlertedAndClearedWhenTheTargetIsBack() throws Exception {
        String tag = "tr";
        long target = publishPost(tag, "Link target", "The page another post links to.");
        String targetSlug = liveSlug(target, tag);
        String href = "/blog/" + SlugPolicy.encodePathSegment(targetSlug);
        long holder = publishPost(tag, "Link holder", "Read [the other post](" + href + ") first.");
        String holderUrl =
                SITES.site(CATALOG.get(tag)).url("/blog/" + SlugPolicy.encodePathSegment(liveSlug(holder, tag)));
        Eventually.until("a clean check of " + tag + " after both went live", () -> {
            JsonObject l = locale(status(), tag);
            return !l.isNull("permalinksCheckedAt") && l.getInt("brokenPermalinks") == 0 ? l : null;
        });

        HttpResponse<String> unpublished =
                owner().post("/api/v1/posts/" + target + "/translations/" + tag + "/unpublish", "{}");
        assertThat(unpublished.statusCode()).as(unpublished.body()).isEqualTo(200);

        JsonObject found = Eventually.until("the broken body link in the status of " + tag, () -> {
            JsonObject l = locale(status(), tag);
            return l.getInt("brokenPermalinks") > 0 ? l : null;
        });
        assertThat(found.getJsonArray("brokenPermalinkExamples").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(e -> e.getString("url").equals(holderUrl))
                        .map(e -> e.getString("problem")))
                .as("the page holding the link is named, with the link and what its target answers")
                .containsExactly("links to " + href + ", which answers 410 (gone)");
        assertThat(Eventually.until("metric of " + tag + " above 0", () -> metric(tag) > 0 ? metric(tag) : null))
                .isPositive();
        JsonObject alert = Eventually.until(
                "webhook alert for " + tag,
                () -> alerts.first("publishing.permalinks.broken", tag).orElse(null));
        assertThat(alert.getString("cause")).contains(holderUrl);

        HttpResponse<String> republished =
                owner().post("/api/v1/posts/" + target + "/translations/" + tag + "/publish", "{}");
        assertThat(republished.statusCode()).as(republished.body()).isEqualTo(200);
        Eventually.until("no finding left in " + tag, () -> {
            JsonObject l = locale(status(), tag);
            return l.getInt("brokenPermalinks") == 0 ? l : null;
        });
        Eventually.until(
                "recovery alert for " + tag,
                () -> alerts.first("publishing.permalinks.recovered", tag).orElse(null));
    }

    @Test
    void onlyTheOwnerOrdersARegenerationAndOnlyOfALocaleOfTheSite() throws Exception {
        HttpResponse<String> unknown = owner().post("/api/v1/publishing/regenerations", "{\"locale\": \"xx\"}");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(unknown.body()).contains("\"field\":\"locale\"");
        HttpResponse<String> translator = ApiClient.as(container.toURI(), "anna", "demo-anna-password")
                .post("/api/v1/publishing/regenerations", "{\"locale\": \"de\"}");
        assertThat(translator.statusCode()).as(translator.body()).isEqualTo(403);
    }

    private static String liveSlug(long postId, String tag) throws Exception {
        try (Connection db = TestDatabase.connect(Deployments.DATABASE);
                PreparedStatement select = db.prepareStatement(
                        "SELECT slug FROM publication WHERE post_id = ? AND locale = ? AND withdrawn_at IS NULL")) {
            select.setLong(1, postId);
            select.setString(2, tag);
            try (ResultSet r = select.executeQuery()) {
                assertThat(r.next()).as("post %s live in %s", postId, tag).isTrue();
                return r.getString(1);
            }
        }
    }

    private static void setSlug(long publicationId, String slug) throws Exception {
        try (Connection db = TestDatabase.connect(Deployments.DATABASE);
                PreparedStatement update = db.prepareStatement("UPDATE publication SET slug = ? WHERE id = ?")) {
            update.setString(1, slug);
            update.setLong(2, publicationId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private ApiClient owner() throws Exception {
        return ApiClient.as(container.toURI(), "owner", "demo-owner-password");
    }

    /** A new post published in {@code tag}: what makes its locale regenerate (and so be checked). */
    private void publishPost(String tag, String title) throws Exception {
        publishPost(tag, title, "Published to trigger a regeneration.");
    }

    /** @return the new post's id */
    private long publishPost(String tag, String title, String body) throws Exception {
        return Posts.publish(owner(), tag, title, "Makes its locale regenerate", body);
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

    private double metric(String tag) {
        Matcher m = Pattern.compile(
                        "glossa_broken_permalinks\\{[^}]*locale=\"" + Pattern.quote(tag) + "\"[^}]*}\\s+([0-9.Ee+-]+)")
                .matcher(local("/metrics?scope=application").body());
        assertThat(m.find()).as("glossa_broken_permalinks of %s", tag).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private String publishingCheckStatus() {
        JsonObject health = Json.createReader(
                        new StringReader(local("/health/ready").body()))
                .readObject();
        return health.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("publishing"))
                .findFirst()
                .map(c -> c.getString("status"))
                .orElse("missing");
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
}
