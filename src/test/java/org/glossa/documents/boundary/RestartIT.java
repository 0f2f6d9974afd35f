package org.glossa.documents.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.Eventually;
import org.glossa.containertest.GlossaProcess;
import org.glossa.containertest.Posts;
import org.glossa.containertest.TestDatabase;
import org.glossa.content.control.SlugPolicy;
import org.junit.jupiter.api.Test;

/**
 * A restart does no work proportional to the content before it is ready: a site whose every locale was generated
 * serves its stored documents at once, and a full run in the background brings them up to date. Here what changed
 * while the site was down is its configuration: the second start has another port, so every URL in the sitemaps
 * changes, and only a run can have written the new ones.
 *
 * <p>That full run checks the permalinks too, the links inside the live bodies included: a post
 * links to another, whose slug a hand edit changed while the site was down (no former slug recorded, so the link
 * answers 404), and the background run names the linking post's page.
 */
class RestartIT {

    private static final String DATABASE = Deployments.DATABASE + "_restart";

    @Test
    void aRestartServesTheStoredDocumentsAndBringsThemUpToDateInTheBackground() throws Exception {
        TestDatabase.recreate(DATABASE);
        Map<String, String> environment = TestDatabase.processEnvironment(DATABASE, "GLOSSA_DEMO", "true");
        int firstPort;
        long target;
        String targetSlug;
        String holderSlug;
        try (GlossaProcess first =
                GlossaProcess.start("restart-first", environment).awaitReady()) {
            firstPort = first.port();
            assertThat(first.log())
                    .as("a new database is migrated by Liquibase")
                    .contains("Database schema is up to date on PostgreSQL");
            assertThat(first.log())
                    .as("a fresh site generates before it is ready")
                    .contains("Sitemaps and feeds generated at start-up")
                    .doesNotContain("in the background");
            assertThat(germanSitemap(first).body()).contains("http://de.localhost:" + firstPort + "/");
            ApiClient owner = owner(first);
            target = Posts.publish(
                    owner, "de", "Link target", "A post the permalink check reads", "The page another post links to.");
            targetSlug = liveSlug(target);
            holderSlug = liveSlug(Posts.publish(
                    owner,
                    "de",
                    "Link holder",
                    "A post the permalink check reads",
                    "Read [the other post](/blog/" + SlugPolicy.encodePathSegment(targetSlug) + ") first."));
        }
        // A hand edit while the site is down: the target moves without a former slug, so the link no longer answers.
        setSlug(target, targetSlug + "-edited");

        try (GlossaProcess second =
                GlossaProcess.start("restart-second", environment).awaitReady()) {
            assertThat(second.port()).isNotEqualTo(firstPort);
            assertThat(second.log())
                    .as("the changelog recorded by the first start is this one: Liquibase has nothing to do")
                    .contains("Database schema is up to date: its changelog is the one last applied")
                    .doesNotContain("Database schema is up to date on PostgreSQL");
            assertThat(second.log())
                    .contains("they are served while a full run checks them in the background")
                    .doesNotContain("generated at start-up");
            HttpResponse<String> served = germanSitemap(second);
            assertThat(served.statusCode())
                    .as("the stored sitemap is served at once")
                    .isEqualTo(200);

            String current = "http://de.localhost:" + second.port() + "/";
            Eventually.until("the background run rewrote the German sitemap with the new base", () -> {
                String body = germanSitemap(second).body();
                return body.contains(current) && !body.contains(":" + firstPort + "/") ? body : null;
            });
            Eventually.until(
                    "the background run is logged",
                    () -> log(second).contains("Sitemaps and feeds generated in the background after start-up")
                            ? true
                            : null);

            String holderUrl = current + "blog/" + SlugPolicy.encodePathSegment(holderSlug);
            JsonObject german = Eventually.until("the background run's finding in the status of de", () -> {
                JsonObject de = germanStatus(second);
                return de.getInt("brokenPermalinks") > 0 ? de : null;
            });
            assertThat(german.getInt("brokenPermalinks"))
                    .as("the one broken link, and nothing else")
                    .isEqualTo(1);
            assertThat(german.getJsonArray("brokenPermalinkExamples").stream()
                            .map(JsonValue::asJsonObject)
                            .map(e -> e.getString("url") + " " + e.getString("problem")))
                    .containsExactly(holderUrl + " links to /blog/" + SlugPolicy.encodePathSegment(targetSlug)
                            + ", which answers 404 (not found)");
        }
    }

    private static ApiClient owner(GlossaProcess node) {
        return ApiClient.as(URI.create("http://127.0.0.1:" + node.port()), "owner", "demo-owner-password");
    }

    private static String liveSlug(long postId) throws Exception {
        try (Connection db = TestDatabase.connect(DATABASE);
                PreparedStatement select = db.prepareStatement(
                        "SELECT slug FROM publication WHERE post_id = ? AND locale = 'de' AND withdrawn_at IS NULL")) {
            select.setLong(1, postId);
            try (ResultSet r = select.executeQuery()) {
                assertThat(r.next()).as("post %s live in de", postId).isTrue();
                return r.getString(1);
            }
        }
    }

    private static void setSlug(long postId, String slug) throws Exception {
        try (Connection db = TestDatabase.connect(DATABASE);
                PreparedStatement update = db.prepareStatement("UPDATE publication SET slug = ?, live_slug = ?"
                        + " WHERE post_id = ? AND locale = 'de' AND withdrawn_at IS NULL")) {
            update.setString(1, slug);
            update.setString(2, slug);
            update.setLong(3, postId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static JsonObject germanStatus(GlossaProcess node) {
        HttpResponse<String> status = owner(node).get("/api/v1/publishing/status");
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        return Json.createReader(new StringReader(status.body())).readArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(l -> l.getString("locale").equals("de"))
                .findFirst()
                .orElseThrow();
    }

    private static HttpResponse<String> germanSitemap(GlossaProcess node) {
        return node.client().get("de.localhost", "/sitemap.xml", Map.of());
    }

    private static String log(GlossaProcess node) {
        try {
            return node.log();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
