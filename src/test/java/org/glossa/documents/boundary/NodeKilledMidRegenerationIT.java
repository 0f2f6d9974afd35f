package org.glossa.documents.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.Eventually;
import org.glossa.containertest.GlossaProcess;
import org.glossa.containertest.Posts;
import org.glossa.containertest.TestDatabase;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.junit.jupiter.api.Test;

/**
 * Two nodes from the uber jar on one PostgreSQL database. A publication's regeneration starts on one of them and is
 * held in the middle (the test holds the documents' write lock, which a run takes before it writes); that node is
 * killed with {@code kill -9}. The other node must notice the work that died with it and finish it within the SLA:
 * the publication is in the English feed it serves, and no request for a regeneration is left behind.
 */
class NodeKilledMidRegenerationIT {

    private static final String DATABASE = Deployments.DATABASE + "_killed";
    private static final Duration SLA = Duration.ofSeconds(60);
    private static final String SITES = System.getProperty("glossa.it.sites");
    private static final String EN_FEED = SiteDirectory.parse(SITES, LocaleCatalog.standard())
            .site(LocaleCatalog.standard().get("en"))
            .url("/feed.xml");
    private static final String TITLE = "Published while a node dies";

    @Test
    void theSurvivingNodeFinishesTheRegenerationOfAKilledNodeWithinTheSla() throws Exception {
        TestDatabase.recreate(DATABASE);
        Map<String, String> environment = TestDatabase.processEnvironment(
                DATABASE,
                "GLOSSA_DEMO",
                "true",
                "GLOSSA_SITES",
                SITES,
                "GLOSSA_PUBLISHING_SLA",
                "PT60S",
                "GLOSSA_PUBLISHING_MONITOR_SECONDS",
                "2",
                "GLOSSA_PUBLISHING_FULL_REGENERATION_CRON",
                "0 0 0 1 1 ? 2099");
        try (GlossaProcess a = GlossaProcess.start("killed-a", environment).awaitReady();
                GlossaProcess b = GlossaProcess.start("killed-b", environment).awaitReady();
                Connection db = TestDatabase.connect(DATABASE);
                // Its own connection: statistics views are read once per transaction, and db's stays open.
                Connection watch = TestDatabase.connect(DATABASE)) {
            Eventually.until("the start-up's documents written", () -> pendingRequests(watch) == 0 ? true : null);
            int logA = a.log().length();
            int logB = b.log().length();

            db.setAutoCommit(false);
            try (Statement lock = db.createStatement()) {
                lock.execute("SELECT name FROM document_write_lock WHERE name = 'documents' FOR UPDATE");
            }
            Instant published = Instant.now();
            ApiClient owner = ApiClient.as(base(a), "owner", "demo-owner-password");
            Posts.publish(owner, "en", TITLE, "Its regeneration starts on a node that is then killed", "Text.");

            GlossaProcess victim = Eventually.until("a node's run waiting for the documents' write lock", () -> {
                try {
                    if (!runWaitingForTheLock(watch)) {
                        return null;
                    }
                    if (a.log().substring(logA).contains("Regenerating the documents of")) {
                        return a;
                    }
                    return b.log().substring(logB).contains("Regenerating the documents of") ? b : null;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            GlossaProcess survivor = victim == a ? b : a;
            victim.kill();
            db.rollback();
            db.setAutoCommit(true);
            assertThat(pendingRequests(db))
                    .as("the killed run's requests are still there")
                    .isPositive();

            Eventually.until("the publication in the English feed the surviving node serves", () -> {
                HttpResponse<String> feed = survivor.client().get(EN_FEED);
                return feed.statusCode() == 200 && feed.body().contains(TITLE) ? true : null;
            });
            Duration took = Duration.between(published, Instant.now());
            assertThat(took).as("publication to feed, through a killed node").isLessThanOrEqualTo(SLA);
            Eventually.until("no regeneration request left", () -> pendingRequests(watch) == 0 ? true : null);
            HttpResponse<String> status =
                    ApiClient.as(base(survivor), "owner", "demo-owner-password").get("/api/v1/publishing/status");
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(survivor.log()).doesNotContain("were not regenerated");
        }
    }

    private static URI base(GlossaProcess node) {
        return URI.create("http://127.0.0.1:" + node.port() + "/");
    }

    private static int pendingRequests(Connection db) {
        try (PreparedStatement query = db.prepareStatement("SELECT count(*) FROM regeneration_request");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether another session waits for a lock on the documents' write lock row (the held run). */
    private static boolean runWaitingForTheLock(Connection db) throws java.sql.SQLException {
        try (PreparedStatement query =
                        db.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                + " AND wait_event_type = 'Lock'"
                                + " AND query ILIKE '%document_write_lock%'");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1) > 0;
        }
    }
}
