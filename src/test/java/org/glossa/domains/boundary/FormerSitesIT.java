package org.glossa.domains.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.GlossaProcess;
import org.glossa.containertest.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * {@code GLOSSA_FORMER_SITES} as an operator sets it: in the environment of the uber jar. A moved German site's old
 * host redirects to its new one; a bad entry stops the application from starting, with a message naming it.
 */
class FormerSitesIT {

    private static final String DATABASE = Deployments.DATABASE + "_former_sites";

    @Test
    void aMovedSitesFormerHostRedirectsToTheNewOne() throws Exception {
        TestDatabase.recreate(DATABASE);
        Map<String, String> environment = Map.of(
                "GLOSSA_DB_URL", TestDatabase.serverUrl() + DATABASE,
                "GLOSSA_DB_USER", TestDatabase.user(),
                "GLOSSA_DB_PASSWORD", "unused",
                "GLOSSA_DEMO", "true",
                "GLOSSA_FORMER_SITES", "de=http://old-de.localhost,de=http://en.localhost/de");
        try (GlossaProcess node =
                GlossaProcess.start("former-sites", environment).awaitReady()) {
            String current = "http://de.localhost:" + node.port();
            for (String path : new String[] {"/", "/blog", "/sitemap.xml", "/feed.xml", "/robots.txt"}) {
                HttpResponse<String> moved = node.client().get("old-de.localhost", path, Map.of());
                assertThat(moved.statusCode()).as(path).isEqualTo(301);
                assertThat(moved.headers().firstValue("Location")).as(path).hasValue(current + path);
                assertThat(node.client().get("de.localhost", path, Map.of()).statusCode())
                        .as("%s on the current base", path)
                        .isEqualTo(200);
            }
            HttpResponse<String> prefix = node.client().get("en.localhost", "/de/blog?page=2", Map.of());
            assertThat(prefix.statusCode()).isEqualTo(301);
            assertThat(prefix.headers().firstValue("Location")).hasValue(current + "/blog?page=2");
            assertThat(node.client().get("en.localhost", "/blog", Map.of()).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void aFormerBaseThatIsACurrentSiteStopsTheStart() throws Exception {
        TestDatabase.recreate(DATABASE); // so that nothing but the setting can stop the start
        Map<String, String> environment = Map.of(
                "GLOSSA_DB_URL",
                TestDatabase.serverUrl() + DATABASE,
                "GLOSSA_DB_USER",
                TestDatabase.user(),
                "GLOSSA_DB_PASSWORD",
                "unused",
                "GLOSSA_FORMER_SITES",
                "de=http://old-de.localhost,fr=http://de.localhost");
        String message = "GLOSSA_FORMER_SITES: http://de.localhost (former base of fr) is the current base of de";
        try (GlossaProcess node = GlossaProcess.start("former-sites-refused", environment)) {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (!node.log().contains(message) && Instant.now().isBefore(deadline)) {
                Thread.sleep(1000);
            }
            assertThat(node.log()).contains(message);
            int status;
            try {
                status = node.client().get("de.localhost", "/", Map.of()).statusCode();
            } catch (RuntimeException notListening) {
                status = -1;
            }
            assertThat(status).as("the application is not served").isNotEqualTo(200);
        }
    }
}
