package org.glossa.documents.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.Eventually;
import org.glossa.containertest.GlossaProcess;
import org.glossa.containertest.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A restart does no work proportional to the content before it is ready: a site whose every locale was generated
 * serves its stored documents at once, and a full run in the background brings them up to date. Here what changed
 * while the site was down is its configuration: the second start has another port, so every URL in the sitemaps
 * changes, and only a run can have written the new ones.
 */
class RestartIT {

    private static final String DATABASE = Deployments.DATABASE + "_restart";

    @Test
    void aRestartServesTheStoredDocumentsAndBringsThemUpToDateInTheBackground() throws Exception {
        TestDatabase.recreate(DATABASE);
        Map<String, String> environment = TestDatabase.processEnvironment(DATABASE, "GLOSSA_DEMO", "true");
        int firstPort;
        try (GlossaProcess first =
                GlossaProcess.start("restart-first", environment).awaitReady()) {
            firstPort = first.port();
            assertThat(first.log())
                    .as("a fresh site generates before it is ready")
                    .contains("Sitemaps and feeds generated at start-up")
                    .doesNotContain("in the background");
            assertThat(germanSitemap(first).body()).contains("http://de.localhost:" + firstPort + "/");
        }

        try (GlossaProcess second =
                GlossaProcess.start("restart-second", environment).awaitReady()) {
            assertThat(second.port()).isNotEqualTo(firstPort);
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
        }
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
