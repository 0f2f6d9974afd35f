package org.glossa.database.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.GlossaProcess;
import org.glossa.containertest.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A migration that fails stops the deployment ({@link Migrations}): no start-up work runs on a schema that is not
 * the release's, the node never reports ready, and no page is served.
 */
class FailedMigrationIT {

    private static final String DATABASE = Deployments.DATABASE + "_failed_migration";

    @Test
    void aMigrationThatFailsStopsTheDeploymentSoNothingIsServed() throws Exception {
        TestDatabase.recreate(DATABASE);
        try (Connection c = TestDatabase.connect(DATABASE);
                Statement s = c.createStatement()) {
            // The first changeset creates this table; one already there, of another shape, makes it fail.
            s.execute("CREATE TABLE media (id TEXT)");
        }
        try (GlossaProcess glossa = GlossaProcess.start("failed-migration", environment())) {
            String log = awaitLogLine(glossa, "Exception while loading the app", "Demo content loaded");
            assertThat(log)
                    .as("the migration failed and its failure stopped the deployment")
                    .contains("Database migration failed")
                    .contains("Initialization failed for Singleton Migrations")
                    .contains("Exception while loading the app");
            assertThat(log)
                    .as("no start-up work ran on the unmigrated schema")
                    .doesNotContain("Demo content loaded")
                    .doesNotContain("Scheduler started");
            assertThat(status(glossa, "/health/ready")).as("never ready").isNotEqualTo(200);
            assertThat(status(glossa, "/")).as("no page served").isNotEqualTo(200);
        }
    }

    private static Map<String, String> environment() {
        return TestDatabase.processEnvironment(DATABASE, "GLOSSA_DEMO", "true");
    }

    /** The log once it holds one of {@code outcomes} (at most three minutes). */
    private static String awaitLogLine(GlossaProcess glossa, String... outcomes) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            String log = glossa.log();
            for (String outcome : outcomes) {
                if (log.contains(outcome)) {
                    return log;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The deployment neither failed nor succeeded within 3 minutes:\n" + glossa.log());
    }

    private static int status(GlossaProcess glossa, String path) {
        try {
            return glossa.client().local(path).statusCode();
        } catch (RuntimeException notListening) {
            return -1;
        }
    }
}
