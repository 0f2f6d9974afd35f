package org.glossa.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.SiteClient;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outbound notifications end to end, with a local HTTP server as the WebSub hub (this deployment's settings point
 * glossa.websub.hub at it, with 2 attempts and a 1 s base delay): an approval pings the hub for the locale's
 * feed; a hub answering 500 turns the ping into a dead letter the owner can list and send again. The same server
 * stands in for the IndexNow endpoint.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    private static final String HUB = "http://127.0.0.1:18766/hub";
    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String DE_FEED = SiteDirectory.parse(
                    System.getProperty("glossa.it.sites"), LocaleCatalog.standard())
            .site(LocaleCatalog.standard().get("de"))
            .url("/feed.xml");
    private static final String DE_PING =
            "hub.mode=publish&hub.url=" + URLEncoder.encode(DE_FEED, StandardCharsets.UTF_8);

    /** Started before the deployment, so the start-up's own pings find it. */
    private static final HttpServer HUB_SERVER;

    private static final AtomicInteger HUB_STATUS = new AtomicInteger(200);
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static final List<String> INDEXNOW = new CopyOnWriteArrayList<>();
    private static final String KEY = "glossa-it-key-0123";

    static {
        try {
            HUB_SERVER = HttpServer.create(new InetSocketAddress("127.0.0.1", 18766), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HUB_SERVER.createContext("/hub", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = HUB_STATUS.get();
            if (status == 200
                    && "application/x-www-form-urlencoded"
                            .equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                RECEIVED.add(body);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        HUB_SERVER.createContext("/indexnow", exchange -> {
            INDEXNOW.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        HUB_SERVER.start();
    }

    @ArquillianResource
    URL container;

    /**
     * The application with this test's settings in a config source of higher ordinal inside the WAR, so that only
     * this deployment pings the local hub (other deployments' pages and query counts stay untouched).
     */
    @Deployment(testable = false)
    static WebArchive application() {
        String settings = String.join(
                "\n",
                "config_ordinal=500",
                "glossa.websub.hub=" + HUB,
                "glossa.notifications.max-attempts=2",
                "glossa.notifications.base-delay-seconds=1",
                "glossa.notifications.check-seconds=1",
                "glossa.indexnow.key=" + KEY,
                "glossa.indexnow.endpoint=http://127.0.0.1:18766/indexnow",
                "");
        return Deployments.applicationOnFreshDatabase()
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "notifications-it-config.jar")
                        .addAsManifestResource(new StringAsset(settings), "microprofile-config.properties"));
    }

    @AfterAll
    static void stopHub() {
        HUB_SERVER.stop(0);
    }

    private ApiClient owner() throws Exception {
        return ApiClient.as(container.toURI(), "owner", "demo-owner-password");
    }

    private ApiClient anna() throws Exception {
        return ApiClient.as(container.toURI(), "anna", "demo-anna-password");
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) throws InterruptedException {
        Instant deadline = Instant.now().plus(WITHIN);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Not within " + WITHIN + ": " + what);
    }

    private Optional<JsonObject> deadLetterTo(String url, String error) {
        try {
            JsonArray list = Json.createReader(new StringReader(
                            owner().get("/api/v1/publishing/dead-letters").body()))
                    .readArray();
            return list.getValuesAs(JsonObject.class).stream()
                    .filter(d -> url.equals(d.getString("targetUrl")) && error.equals(d.getString("lastError", null)))
                    .findFirst();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void approvalPingsTheHubAndSubmitsToIndexNowAndAFailedPingBecomesADeadLetterTheOwnerCanRetry() throws Exception {
        // A German translation approved through the API -> a publish ping for de's feed.
        HttpResponse<String> created = owner().post(
                        "/api/v1/posts",
                        Json.createObjectBuilder()
                                .add("sourceLocale", "en")
                                .add("title", "Hubs and topics")
                                .add("summary", "About WebSub")
                                .add("body", "Text.")
                                .build()
                                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        String path = "/api/v1/posts/" + id + "/translations/";
        assertThat(owner().post(path + "en/publish", "{}").statusCode()).isEqualTo(200);
        await("the start-up's pings are done", () -> RECEIVED.contains(DE_PING) ? Optional.of(true) : Optional.empty());
        RECEIVED.clear();
        HttpResponse<String> draft = anna().put(
                        path + "de",
                        Json.createObjectBuilder()
                                .add("title", "Hubs und Themen")
                                .add("summary", "Über WebSub")
                                .add("body", "Text.")
                                .add("slug", "")
                                .build()
                                .toString(),
                        null);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        assertThat(anna().post(path + "de/submit", "{}").statusCode()).isEqualTo(200);
        assertThat(owner().post(path + "de/approve", "{}").statusCode()).isEqualTo(200);
        await(
                "the hub receives hub.mode=publish for " + DE_FEED,
                () -> RECEIVED.contains(DE_PING) ? Optional.of(true) : Optional.empty());

        // IndexNow: the new page is submitted for its host, and the key file is served there (IndexNow: key file and
        // batch submission).
        String pageUrl = DE_FEED.replace("/feed.xml", "/blog/hubs-und-themen");
        JsonObject submission = await(
                "an IndexNow submission of " + pageUrl,
                () -> INDEXNOW.stream()
                        .map(b -> Json.createReader(new StringReader(b)).readObject())
                        .filter(o -> o.getJsonArray("urlList")
                                .getValuesAs(jakarta.json.JsonString::getString)
                                .contains(pageUrl))
                        .findFirst());
        assertThat(submission.getString("host")).isEqualTo("beispiel.example.de");
        assertThat(submission.getString("key")).isEqualTo(KEY);
        HttpResponse<String> keyFile =
                new SiteClient(container.toURI()).get(DE_FEED.replace("/feed.xml", "/" + KEY + ".txt"));
        assertThat(keyFile.statusCode()).isEqualTo(200);
        assertThat(keyFile.body()).isEqualTo(KEY);
        assertThat(keyFile.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));

        // The feed advertises the hub, in the document and in the Link header (WebSub: discovery; the self link is the
        // topic).
        HttpResponse<String> feed = new SiteClient(container.toURI()).get(DE_FEED);
        assertThat(feed.body()).contains("<atom:link href=\"" + HUB + "\" rel=\"hub\"");
        assertThat(feed.headers().firstValue("Link"))
                .hasValue("<" + HUB + ">; rel=\"hub\", <" + DE_FEED + ">; rel=\"self\"");

        // The hub fails: after 2 attempts the ping is a dead letter.
        HUB_STATUS.set(500);
        INDEXNOW.clear();
        assertThat(owner().post(path + "de/unpublish", "{}").statusCode()).isEqualTo(200);
        // The unpublished page is submitted too: a deleted URL is news for a search engine (IndexNow: added, updated or
        // deleted URLs).
        await(
                "an IndexNow submission of the removed " + pageUrl,
                () -> INDEXNOW.stream()
                        .map(b -> Json.createReader(new StringReader(b)).readObject())
                        .filter(o -> o.getJsonArray("urlList")
                                .getValuesAs(jakarta.json.JsonString::getString)
                                .contains(pageUrl))
                        .findFirst());
        JsonObject dead = await("a dead letter to the hub", () -> deadLetterTo(HUB, "HTTP 500"));
        assertThat(dead.getString("kind")).isEqualTo("WEBSUB");
        assertThat(dead.getInt("attempts")).isEqualTo(2);
        assertThat(dead.getString("createdAt")).isNotBlank();
        long deadId = dead.getJsonNumber("id").longValue();

        // Only the owner sees or retries dead letters.
        assertThat(ApiClient.anonymous(container.toURI())
                        .get("/api/v1/publishing/dead-letters")
                        .statusCode())
                .isEqualTo(401);
        assertThat(anna().get("/api/v1/publishing/dead-letters").statusCode()).isEqualTo(403);
        assertThat(anna().post("/api/v1/publishing/dead-letters/" + deadId + "/retry", "{}")
                        .statusCode())
                .isEqualTo(403);

        // The hub is back: a retry delivers it, and it leaves the list.
        HUB_STATUS.set(200);
        RECEIVED.clear();
        assertThat(owner().post("/api/v1/publishing/dead-letters/" + deadId + "/retry", "{}")
                        .statusCode())
                .isEqualTo(202);
        await("the retried ping is delivered", () -> RECEIVED.contains(DE_PING) ? Optional.of(true) : Optional.empty());
        await("the delivered ping leaves the dead letters", () -> {
            try {
                String list = owner().get("/api/v1/publishing/dead-letters").body();
                return list.contains("\"id\":" + deadId + ",") ? Optional.empty() : Optional.of(true);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        HttpResponse<String> again = owner().post("/api/v1/publishing/dead-letters/" + deadId + "/retry", "{}");
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    /** The IndexNow submissions so far that list every one of these URLs. */
    private static Optional<JsonObject> submissionListing(String... urls) {
        return INDEXNOW.stream()
                .map(b -> Json.createReader(new StringReader(b)).readObject())
                .filter(o -> o.getJsonArray("urlList")
                        .getValuesAs(jakarta.json.JsonString::getString)
                        .containsAll(List.of(urls)))
                .findFirst();
    }

    @Test
    void afterASlugChangeIndexNowIsToldTheNewUrlAndTheOldOne() throws Exception {
        HttpResponse<String> created = owner().post(
                        "/api/v1/posts",
                        Json.createObjectBuilder()
                                .add("sourceLocale", "en")
                                .add("title", "Names that change")
                                .add("summary", "About slugs")
                                .add("body", "Text.")
                                .build()
                                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        String de = "/api/v1/posts/" + id + "/translations/de";
        assertThat(owner().post("/api/v1/posts/" + id + "/translations/en/publish", "{}")
                        .statusCode())
                .isEqualTo(200);
        String oldUrl = DE_FEED.replace("/feed.xml", "/blog/namen-die-sich-aendern");
        String newUrl = DE_FEED.replace("/feed.xml", "/blog/neue-namen");
        publishGerman(de, "Namen, die sich ändern", "namen-die-sich-aendern", null);
        await("an IndexNow submission of " + oldUrl, () -> submissionListing(oldUrl));

        String etag = owner().get(de).headers().firstValue("ETag").orElseThrow();
        publishGerman(de, "Neue Namen", "neue-namen", etag);
        JsonObject submission = await(
                "one IndexNow submission of " + newUrl + " and " + oldUrl, () -> submissionListing(newUrl, oldUrl));
        assertThat(submission.getString("host")).isEqualTo("beispiel.example.de");
        assertThat(submission.getString("key")).isEqualTo(KEY);
        assertThat(new SiteClient(container.toURI()).get(oldUrl).statusCode())
                .as("the old URL still leads to the page")
                .isEqualTo(301);
    }

    private void publishGerman(String translation, String title, String slug, String etag) throws Exception {
        HttpResponse<String> saved = owner().put(
                        translation,
                        Json.createObjectBuilder()
                                .add("title", title)
                                .add("summary", "Über Namen")
                                .add("body", "Text.")
                                .add("slug", slug)
                                .build()
                                .toString(),
                        etag);
        assertThat(saved.statusCode()).as(saved.body()).isIn(200, 201);
        HttpResponse<String> submitted = owner().post(translation + "/submit", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        HttpResponse<String> approved = owner().post(translation + "/approve", "{}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }
}
