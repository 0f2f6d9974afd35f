package org.glossa.domains.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.GlossaProcess;
import org.glossa.containertest.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * {@code GLOSSA_FORMER_SITES} as an operator sets it: in the environment of the uber jar. A moved German site's old
 * host redirects to its new one, a post's former slug there straight to the post's current URL; a bad entry stops the application from starting, with a message naming it.
 */
class FormerSitesIT {

    private static final String DATABASE = Deployments.DATABASE + "_former_sites";

    @Test
    void aMovedSitesFormerHostRedirectsToTheNewOne() throws Exception {
        TestDatabase.recreate(DATABASE);
        Map<String, String> environment = TestDatabase.processEnvironment(
                DATABASE,
                "GLOSSA_DEMO",
                "true",
                "GLOSSA_FORMER_SITES",
                "de=http://old-de.localhost,de=http://en.localhost/de");
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

            // A German post whose slug changed: its old URL on a former base is one 301 from the page, not two.
            ApiClient owner =
                    ApiClient.as(URI.create("http://127.0.0.1:" + node.port()), "owner", "demo-owner-password");
            long id = englishPost(owner, "Moving with the site");
            publishGerman(owner, id, "Mit der Seite umgezogen", "mit-der-seite-umgezogen");
            publishGerman(owner, id, "Neu benannt", "neu-benannt");
            String now = current + "/blog/neu-benannt";
            for (String[] former : new String[][] {
                {"old-de.localhost", "/blog/mit-der-seite-umgezogen"},
                {"old-de.localhost", "/blog/MIT-DER-SEITE-UMGEZOGEN/"},
                {"en.localhost", "/de/blog/mit-der-seite-umgezogen"}
            }) {
                HttpResponse<String> moved = node.client().get(former[0], former[1], Map.of());
                assertThat(moved.statusCode()).as(former[0] + former[1]).isEqualTo(301);
                assertThat(moved.headers().firstValue("Location"))
                        .as(former[0] + former[1])
                        .hasValue(now);
            }
            assertThat(node.client().get(now).statusCode()).isEqualTo(200);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static long englishPost(ApiClient owner, String title) {
        HttpResponse<String> created = owner.post(
                "/api/v1/posts",
                Json.createObjectBuilder()
                        .add("sourceLocale", "en")
                        .add("title", title)
                        .add("summary", "Summary of " + title)
                        .add("body", "Text of " + title + ".")
                        .build()
                        .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        HttpResponse<String> published = owner.post("/api/v1/posts/" + id + "/translations/en/publish", "{}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    /** Saves the German text with this slug, submits and approves it. */
    private static void publishGerman(ApiClient owner, long id, String title, String slug) {
        String translation = "/api/v1/posts/" + id + "/translations/de";
        HttpResponse<String> current = owner.get(translation);
        String etag = current.statusCode() == 200
                ? current.headers().firstValue("ETag").orElseThrow()
                : null;
        HttpResponse<String> saved = owner.put(
                translation,
                Json.createObjectBuilder()
                        .add("title", title)
                        .add("summary", "Summary of " + title)
                        .add("body", "Text of " + title + ".")
                        .add("slug", slug)
                        .build()
                        .toString(),
                etag);
        assertThat(saved.statusCode()).as(saved.body()).isIn(200, 201);
        assertThat(owner.post(translation + "/submit", "{}").statusCode()).isEqualTo(200);
        HttpResponse<String> approved = owner.post(translation + "/approve", "{}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }

    @Test
    void aFormerBaseThatIsACurrentSiteStopsTheStart() throws Exception {
        TestDatabase.recreate(DATABASE); // so that nothing but the setting can stop the start
        Map<String, String> environment = TestDatabase.processEnvironment(
                DATABASE, "GLOSSA_FORMER_SITES", "de=http://old-de.localhost,fr=http://de.localhost");
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
