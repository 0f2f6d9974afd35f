package org.glossa.editorial.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.SiteClient;
import org.glossa.containertest.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The editorial workflow through the REST API, against PostgreSQL, with the demo accounts: owner, anna
 * (de, fr) and karim (ar, ur). Each test creates its own post.
 */
@ExtendWith(ArquillianExtension.class)
class EditorialWorkflowIT {

    private static final String DE_SITE = "https://beispiel.example.de";
    /** The API's URL: unconfigured, the origin of the x-default site ({@code glossa.it.sites}). */
    private static final String API = "https://www.glossa.example";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    /** {@code glossa.api.page-size} in arquillian.xml. */
    private static final int API_PAGE_SIZE = 3;

    @ArquillianResource
    URL container;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.applicationOnFreshDatabase();
    }

    private ApiClient owner() throws Exception {
        return ApiClient.as(container.toURI(), "owner", "demo-owner-password");
    }

    private ApiClient anna() throws Exception {
        return ApiClient.as(container.toURI(), "anna", "demo-anna-password");
    }

    @Test
    void apiAnswersAreNeverStoredNorSniffedAndAPageOutOfRangeIsRefusedNamingIt() throws Exception {
        HttpResponse<String> list = owner().get("/api/v1/posts");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(list.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        // Page 42949674 used to overflow the offset into a 500.
        // A page number skips at most 10,000 rows (3 to a page here); the pages after it are read by the next link.
        assertThat(owner().get("/api/v1/posts?page=3334").statusCode()).isEqualTo(200);
        for (String page : List.of("3335", "42949674", "0", "-1")) {
            HttpResponse<String> refused = owner().get("/api/v1/posts?page=" + page);
            assertThat(refused.statusCode()).as("page=%s", page).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(refused.body()).contains("\"field\":\"page\"");
            assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }

    private ApiClient karim() throws Exception {
        return ApiClient.as(container.toURI(), "karim", "demo-karim-password");
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String fields(String title, String slug, String summary, String body) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("summary", summary)
                .add("body", body)
                .add("slug", slug == null ? "" : slug)
                .build()
                .toString();
    }

    /** A new English post, published directly by the owner; returns its id. */
    private long publishedEnglishPost(String title) throws Exception {
        HttpResponse<String> created = owner().post(
                        "/api/v1/posts",
                        Json.createObjectBuilder()
                                .add("sourceLocale", "en")
                                .add("title", title)
                                .add("summary", "Summary of " + title)
                                .add("body", "First paragraph of " + title + ".")
                                .build()
                                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location")).hasValue(API + "/api/v1/posts/" + id);
        HttpResponse<String> published = owner().post("/api/v1/posts/" + id + "/translations/en/publish", "{}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    private String translationPath(long id, String locale) {
        return "/api/v1/posts/" + id + "/translations/" + locale;
    }

    private HttpResponse<String> readerGet(String url) throws Exception {
        return new SiteClient(container.toURI()).get(url);
    }

    @Test
    void theWholeFlowFromDraftToReaders() throws Exception {
        long id = publishedEnglishPost("Working across time zones");
        HttpResponse<String> draft = anna().put(
                        translationPath(id, "de"),
                        fields("Arbeiten über Zeitzonen", null, "Kurzfassung", "Erster Absatz."),
                        null);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        assertThat(json(draft).getString("slug")).isEqualTo("arbeiten-ueber-zeitzonen");
        String postUrl = DE_SITE + "/blog/arbeiten-ueber-zeitzonen";

        assertThat(anna().post(translationPath(id, "de") + "/submit", "{}").statusCode())
                .isEqualTo(200);
        assertThat(readerGet(postUrl).statusCode())
                .as("not public before approval")
                .isEqualTo(404);
        HttpResponse<String> rejected =
                owner().post(translationPath(id, "de") + "/reject", "{\"comment\":\"Bitte den Titel kürzen\"}");
        assertThat(json(rejected).getString("status")).isEqualTo("DRAFT");

        HttpResponse<String> working = anna().get(translationPath(id, "de"));
        assertThat(json(working).getJsonObject("state").getString("reviewComment"))
                .isEqualTo("Bitte den Titel kürzen");
        String etag = working.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> revised = anna().put(
                        translationPath(id, "de"),
                        fields(
                                "Über Zeitzonen",
                                "arbeiten-ueber-zeitzonen",
                                "Kurzfassung",
                                "Erster Absatz, überarbeitet."),
                        etag);
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        anna().post(translationPath(id, "de") + "/submit", "{}");
        assertThat(owner().get("/api/v1/review-queue").body()).contains("Über Zeitzonen");

        HttpResponse<String> approved = owner().post(translationPath(id, "de") + "/approve", "{}");
        assertThat(json(approved).getString("status")).isEqualTo("PUBLISHED");
        assertThat(json(approved).getString("publicUrl")).isEqualTo(postUrl);
        HttpResponse<String> page = readerGet(postUrl);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Über Zeitzonen").contains("Erster Absatz, überarbeitet.");

        JsonArray audit = Json.createReader(new StringReader(
                        owner().get("/api/v1/audit?item=" + id + "&locale=de").body()))
                .readArray();
        assertThat(audit.stream().map(v -> v.asJsonObject().getString("action")).toList())
                .containsExactly("SAVE", "SUBMIT", "REJECT", "SAVE", "SUBMIT", "APPROVE");
        assertThat(audit.getJsonObject(2).getString("comment")).isEqualTo("Bitte den Titel kürzen");
        assertThat(audit.getJsonObject(2).getString("actor")).isEqualTo("owner");
    }

    @Test
    void theLiveVersionStaysWhileANewDraftIsInReviewAndSnapshotsAnswerForAnyInstant() throws Exception {
        long id = publishedEnglishPost("Caching rendered pages");
        String etag = anna().put(
                        translationPath(id, "de"), fields("Seiten zwischenspeichern", null, "K", "Version eins."), null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        anna().post(translationPath(id, "de") + "/submit", "{}");
        owner().post(translationPath(id, "de") + "/approve", "{}");
        // The instant version one went live, as the server recorded it (no reading of this side's clock that the
        // second approval would have to outrun): asked about once version two is live, it still answers version one.
        String versionOneLive =
                json(anna().get(translationPath(id, "de") + "/published")).getString("publishedAt");
        etag = anna().get(translationPath(id, "de"))
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        HttpResponse<String> second = anna().put(
                        translationPath(id, "de"),
                        fields("Seiten zwischenspeichern", "seiten-zwischenspeichern", "K", "Version zwei."),
                        etag);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        anna().post(translationPath(id, "de") + "/submit", "{}");
        String url = DE_SITE + "/blog/seiten-zwischenspeichern";
        assertThat(readerGet(url).body()).contains("Version eins.").doesNotContain("Version zwei.");

        owner().post(translationPath(id, "de") + "/approve", "{}");
        assertThat(readerGet(url).body()).contains("Version zwei.");
        assertThat(json(anna().get(translationPath(id, "de") + "/published?at=" + versionOneLive))
                        .getString("bodyHtml"))
                .contains("Version eins.");
        assertThat(json(anna().get(translationPath(id, "de") + "/revisions/1")).getString("body"))
                .isEqualTo("Version eins.");
        assertThat(json(anna().get(translationPath(id, "de") + "/published")).getInt("revision"))
                .isEqualTo(2);

        assertThat(anna().post(translationPath(id, "de") + "/unpublish", "{}").statusCode())
                .isEqualTo(403);
        assertThat(json(owner().post(translationPath(id, "de") + "/unpublish", "{}"))
                        .getBoolean("live"))
                .isFalse();
        // Withdrawn is not missing: the URL says the page was taken down on purpose.
        assertThat(readerGet(url).statusCode()).as("unpublished").isEqualTo(410);
        assertProblem(owner().post(translationPath(id, "de") + "/unpublish", "{}"), 409, "status");
        assertThat(json(owner().post(translationPath(id, "de") + "/archive", "{}"))
                        .getString("status"))
                .isEqualTo("ARCHIVED");
    }

    @Test
    void publishingANewSourceRevisionMarksTranslationsOutdatedWithAWordDiff() throws Exception {
        long id = publishedEnglishPost("Plural rules in practice");
        anna().put(translationPath(id, "de"), fields("Pluralregeln in der Praxis", null, "K", "Text."), null);
        assertThat(json(anna().get(translationPath(id, "de")))
                        .getJsonObject("state")
                        .getBoolean("outdated"))
                .isFalse();

        String etag = owner().get(translationPath(id, "en"))
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        owner().put(
                        translationPath(id, "en"),
                        fields(
                                "Plural rules in practice",
                                "plural-rules-in-practice",
                                "Summary of Plural rules in practice",
                                "First paragraph of Plural rules in everyday practice."),
                        etag);
        owner().post(translationPath(id, "en") + "/publish", "{}");

        assertThat(json(anna().get(translationPath(id, "de")))
                        .getJsonObject("state")
                        .getBoolean("outdated"))
                .isTrue();
        assertThat(allPages(anna(), "/api/v1/posts?outdated=true&locale=de"))
                .anySatisfy(t -> assertThat(t.getString("title")).isEqualTo("Pluralregeln in der Praxis"));
        JsonObject diff = json(anna().get(translationPath(id, "de") + "/source-diff"));
        assertThat(diff.getInt("fromRevision")).isEqualTo(1);
        assertThat(diff.getInt("toRevision")).isEqualTo(2);
        assertThat(diff.getJsonObject("fields").getJsonArray("body").toString())
                .contains("{\"kind\":\"INSERTED\",\"text\":\"everyday \"}");

        // Saved again from the live source revision, the translation leaves the outdated list.
        String german = anna().get(translationPath(id, "de"))
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        assertThat(anna().put(
                                translationPath(id, "de"),
                                fields("Pluralregeln in der Praxis", null, "K", "Text, im Alltag."),
                                german)
                        .statusCode())
                .isEqualTo(200);
        assertThat(json(anna().get(translationPath(id, "de")))
                        .getJsonObject("state")
                        .getBoolean("outdated"))
                .isFalse();
        assertThat(allPages(anna(), "/api/v1/posts?outdated=true&locale=de"))
                .noneSatisfy(t -> assertThat(t.getString("title")).isEqualTo("Pluralregeln in der Praxis"));
        assertThat(allPages(anna(), "/api/v1/posts?outdated=false&locale=de"))
                .anySatisfy(t -> assertThat(t.getString("title")).isEqualTo("Pluralregeln in der Praxis"));
    }

    @Test
    void translatorsAreConfinedToTheirLocalesAndCannotDecide() throws Exception {
        long id = publishedEnglishPost("Right to left without tears");
        karim().put(translationPath(id, "ar"), fields("من اليمين إلى اليسار", null, "ملخص", "نص."), null);
        anna().put(translationPath(id, "de"), fields("Von rechts nach links", null, "K", "Text."), null);
        anna().post(translationPath(id, "de") + "/submit", "{}");

        assertThat(anna().post(translationPath(id, "de") + "/approve", "{}").statusCode())
                .isEqualTo(403);
        assertThat(anna().put(translationPath(id, "ar"), fields("x", null, "y", "z"), null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(anna().get(translationPath(id, "ar")).statusCode())
                .as("another locale's draft")
                .isEqualTo(404);
        assertThat(karim().get(translationPath(id, "de")).statusCode()).isEqualTo(404);
        assertThat(anna().get(translationPath(id, "en")).statusCode())
                .as("the source text")
                .isEqualTo(200);
        assertThat(anna().get("/api/v1/posts/" + id).body())
                .contains("\"locale\":\"de\"")
                .contains("\"locale\":\"en\"")
                .doesNotContain("\"locale\":\"ar\"");
        assertThat(anna().get("/api/v1/posts?locale=ar").body()).isEqualTo("[]");
        assertThat(anna().get("/api/v1/review-queue").statusCode()).isEqualTo(403);
        assertThat(anna().get("/api/v1/audit?item=" + id).statusCode()).isEqualTo(403);
        assertThat(ApiClient.anonymous(container.toURI()).get("/api/v1/posts").statusCode())
                .isEqualTo(401);
        assertThat(anna().post(
                                "/api/v1/posts",
                                "{\"sourceLocale\":\"de\",\"title\":\"x\",\"summary\":\"\",\"body\":\"\"}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void concurrentSavesNeverLoseAWrite() throws Exception {
        long id = publishedEnglishPost("Optimistic locking");
        String etag = anna().put(translationPath(id, "de"), fields("Optimistisches Sperren", null, "K", "v1"), null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        ApiClient anna = anna();
        List<CompletableFuture<HttpResponse<String>>> saves = List.of("A", "B").stream()
                .map(v -> CompletableFuture.supplyAsync(() -> anna.put(
                        translationPath(id, "de"),
                        fields("Optimistisches Sperren", "optimistisches-sperren", "K", "v2-" + v),
                        etag)))
                .toList();
        List<Integer> statuses =
                saves.stream().map(f -> f.join().statusCode()).sorted().toList();
        assertThat(statuses).containsExactly(200, 412);
        HttpResponse<String> stale = saves.stream()
                .map(CompletableFuture::join)
                .filter(r -> r.statusCode() == 412)
                .findFirst()
                .orElseThrow();
        assertThat(stale.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(stale.body()).contains("ETag");
        assertThat(anna.put(translationPath(id, "de"), fields("x", null, "y", "z"), null)
                        .statusCode())
                .isEqualTo(428);
        assertThat(json(anna.get(translationPath(id, "de") + "/revisions/2")).getString("body"))
                .startsWith("v2-");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() throws Exception {
        long id = publishedEnglishPost("Validating input");
        assertProblem(anna().put(translationPath(id, "xx"), fields("T", null, "S", "B"), null), 400, "locale");
        assertProblem(anna().put(translationPath(id, "de"), fields("  ", null, "S", "B"), null), 400, "title");
        assertProblem(
                anna().put(translationPath(id, "de"), fields("Titel", "Nicht Gültig", "S", "B"), null), 400, "slug");
        assertProblem(
                anna().put(translationPath(id, "de"), fields("Titel", null, "S", "x".repeat(200_001)), null),
                400,
                "body");
        assertProblem(anna().put(translationPath(id, "de"), "{\"title\":", null), 400, "body");
        assertProblem(
                owner().post(
                                "/api/v1/posts",
                                "{\"sourceLocale\":\"en\",\"title\":\"Validating input\",\"summary\":\"\",\"body\":\"\"}"),
                409,
                "slug");
        anna().put(
                        translationPath(id, "de"),
                        fields("Eingaben prüfen", null, "S", "<script>alert(1)</script>Text"),
                        null);
        assertProblem(owner().post(translationPath(id, "de") + "/approve", "{}"), 409, "status");
        assertProblem(
                owner().post(translationPath(id, "de") + "/approve", "{\"publishAt\":\"tomorrow\"}"), 400, "publishAt");
        anna().post(translationPath(id, "de") + "/submit", "{}");
        assertProblem(owner().post(translationPath(id, "de") + "/reject", "{}"), 400, "comment");
        owner().post(translationPath(id, "de") + "/approve", "{}");
        String page = readerGet(DE_SITE + "/blog/eingaben-pruefen").body();
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("Text");
        assertThat(owner().get(translationPath(id, "de") + "/revisions").body()).doesNotContain("Titel\"");
    }

    @Test
    void aScheduledApprovalGoesLiveWhenDueWithoutAnyoneVisiting() throws Exception {
        long id = publishedEnglishPost("Scheduling publication");
        anna().put(translationPath(id, "de"), fields("Veröffentlichung planen", null, "K", "Geplant."), null);
        anna().post(translationPath(id, "de") + "/submit", "{}");
        Instant at = Instant.now().plusSeconds(3);
        HttpResponse<String> scheduled =
                owner().post(translationPath(id, "de") + "/approve", "{\"publishAt\":\"" + at + "\"}");
        assertThat(json(scheduled).getString("status")).isEqualTo("SCHEDULED");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String status = "SCHEDULED";
        while (Instant.now().isBefore(deadline) && !status.equals("PUBLISHED")) {
            Thread.sleep(500);
            status = json(owner().get(translationPath(id, "de")))
                    .getJsonObject("state")
                    .getString("status");
        }
        assertThat(status).isEqualTo("PUBLISHED");
        assertThat(readerGet(DE_SITE + "/blog/veroeffentlichung-planen").statusCode())
                .isEqualTo(200);
    }

    @Test
    void experienceEntriesFollowTheSameWorkflow() throws Exception {
        HttpResponse<String> created = owner().post(
                        "/api/v1/experience",
                        Json.createObjectBuilder()
                                .add("sourceLocale", "en")
                                .add("organisation", "Atlas Data")
                                .add("employmentType", "FREELANCE")
                                .add("workplace", "REMOTE")
                                .add("start", "2015-01")
                                .add("end", "2015-12")
                                .add("sortOrder", 9)
                                .add("title", "Localisation consultant")
                                .add("location", "Porto, Portugal")
                                .add("body", "Advised on *plural rules*.")
                                .build()
                                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        String path = "/api/v1/experience/" + id + "/translations/";
        assertThat(owner().post(path + "en/publish", "{}").statusCode()).isEqualTo(200);
        HttpResponse<String> draft = anna().put(
                        path + "de",
                        Json.createObjectBuilder()
                                .add("title", "Beraterin für Lokalisierung")
                                .add("location", "Porto, Portugal")
                                .add("body", "Beratung zu *Pluralregeln*.")
                                .build()
                                .toString(),
                        null);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        anna().post(path + "de/submit", "{}");
        owner().post(path + "de/approve", "{}");
        HttpResponse<String> page = readerGet(DE_SITE + "/experience/beraterin-fuer-lokalisierung");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Atlas Data")
                .contains("<em>Pluralregeln</em>")
                .contains("Freiberuflich");
        assertProblem(
                owner().post(
                                "/api/v1/experience",
                                "{\"sourceLocale\":\"en\",\"organisation\":\"X\",\"employmentType\":\"SOMETIMES\","
                                        + "\"workplace\":\"REMOTE\",\"start\":\"2015-01\",\"title\":\"Y\"}"),
                400,
                "employmentType");
        assertProblem(
                owner().post(
                                "/api/v1/experience",
                                "{\"sourceLocale\":\"en\",\"organisation\":\"X\",\"employmentType\":\"CONTRACT\","
                                        + "\"workplace\":\"REMOTE\",\"start\":\"2015-05\",\"end\":\"2015-01\",\"title\":\"Z\"}"),
                400,
                "end");
    }

    @Test
    void aPublicationWithdrawnOnAnotherNodeLeavesThisNodesPagesWithinSeconds() throws Exception {
        long id = publishedEnglishPost("Changes made elsewhere");
        String url = "https://glossa.example/blog/changes-made-elsewhere";
        assertThat(readerGet(url).statusCode()).isEqualTo(200);
        // Another node's unpublication reaches only the shared database, not this node's events.
        try (var db = org.glossa.containertest.TestDatabase.connect(Deployments.DATABASE);
                var update = db.prepareStatement("UPDATE publication SET withdrawn_at = now(), live_slug = NULL"
                        + " WHERE post_id = ? AND withdrawn_at IS NULL")) {
            update.setLong(1, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        int status = 200;
        while (status == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            status = readerGet(url).statusCode();
        }
        assertThat(status).as("page after another node withdrew it").isEqualTo(404);
    }

    @Test
    void aStateChangingCallThatDoesNotDeclareJsonIsRefusedBeforeItActs() throws Exception {
        long id = publishedEnglishPost("Cross-site requests");
        anna().put(translationPath(id, "de"), fields("Seitenübergreifend", null, "K", "Text."), null);
        anna().post(translationPath(id, "de") + "/submit", "{}");
        String approve = translationPath(id, "de") + "/approve";
        // What a cross-site page can send without a CORS preflight: no Content-Type, or a form's types.
        for (String type : List.of("", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data")) {
            Map<String, String> headers = type.isEmpty() ? Map.of() : Map.of("Content-Type", type);
            HttpResponse<String> refused = rawPost(approve, type.isEmpty() ? null : "{}", headers);
            assertProblem(refused, 415, "Content-Type");
        }
        assertProblem(rawPost(translationPath(id, "de") + "/unpublish", null, Map.of()), 415, "Content-Type");
        assertProblem(rawPost("/api/v1/publishing/dead-letters/1/retry", null, Map.of()), 415, "Content-Type");
        assertProblem(
                owner().send("POST", "/api/v1/media", "{}", Map.of("Content-Type", "application/json")),
                415,
                "Content-Type");
        assertThat(json(owner().get(translationPath(id, "de")))
                        .getJsonObject("state")
                        .getString("status"))
                .as("nothing was approved")
                .isEqualTo("IN_REVIEW");

        // The same call declaring JSON, with an empty body or {}, acts.
        HttpResponse<String> approved = owner().send("POST", approve, null, Map.of());
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(json(approved).getString("status")).isEqualTo("PUBLISHED");
        assertThat(owner().send(
                                "POST",
                                translationPath(id, "de") + "/unpublish",
                                "{}",
                                Map.of("Content-Type", "application/json; charset=UTF-8"))
                        .statusCode())
                .isEqualTo(200);
    }

    /** A POST as the owner that sends exactly {@code headers} (no Content-Type unless they give one). */
    private HttpResponse<String> rawPost(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(container.toURI().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", SiteClient.basic("owner", "demo-owner-password"))
                .POST(
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void locationIsOnTheConfiguredApiUrlWhateverHostTheRequestNames() throws Exception {
        Map<String, String> evil = Map.of("Host", "evil.example");
        HttpResponse<String> post = owner().send(
                        "POST",
                        "/api/v1/posts",
                        "{\"sourceLocale\":\"en\",\"title\":\"Hosts from headers\",\"summary\":\"S\",\"body\":\"B\"}",
                        evil);
        assertThat(post.statusCode()).as(post.body()).isEqualTo(201);
        long id = json(post).getJsonNumber("id").longValue();
        assertThat(post.headers().firstValue("Location")).hasValue(API + "/api/v1/posts/" + id);

        HttpResponse<String> translation =
                anna().send("PUT", translationPath(id, "de"), fields("Host aus Kopfzeilen", null, "K", "T"), evil);
        assertThat(translation.statusCode()).as(translation.body()).isEqualTo(201);
        assertThat(translation.headers().firstValue("Location")).hasValue(API + translationPath(id, "de"));

        HttpResponse<String> user = owner().send(
                        "POST",
                        "/api/v1/users",
                        "{\"username\":\"hostile.host\",\"password\":\"a long enough password\","
                                + "\"displayName\":\"H\",\"locales\":[\"de\"]}",
                        evil);
        assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
        assertThat(user.headers().firstValue("Location").orElseThrow())
                .startsWith(API + "/api/v1/users/")
                .doesNotContain("evil");

        HttpResponse<String> entry = owner().send(
                        "POST",
                        "/api/v1/experience",
                        "{\"sourceLocale\":\"en\",\"organisation\":\"Hostile Host Ltd\",\"employmentType\":\"CONTRACT\","
                                + "\"workplace\":\"REMOTE\",\"start\":\"2020-01\",\"title\":\"Host inspector\","
                                + "\"location\":\"Nowhere\",\"body\":\"Read headers.\"}",
                        evil);
        assertThat(entry.statusCode()).as(entry.body()).isEqualTo(201);
        assertThat(entry.headers().firstValue("Location").orElseThrow()).startsWith(API + "/api/v1/experience/");
    }

    @Test
    void aJsonBodyOverItsLimitIs413WhetherItsLengthIsDeclaredOrItIsStreamed() throws Exception {
        long id = publishedEnglishPost("Body limits");
        String comment = "{\"comment\":\"" + "x".repeat(1024 * 1024) + "\"}";
        String reject = translationPath(id, "en") + "/reject";
        assertProblem(owner().post(reject, comment), 413, "body");
        HttpResponse<String> streamed = HTTP.send(
                HttpRequest.newBuilder(container.toURI().resolve(reject))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", SiteClient.basic("owner", "demo-owner-password"))
                        .header("Content-Type", "application/json")
                        // A body of unknown length goes chunked, without a Content-Length to refuse it by.
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(comment.getBytes(StandardCharsets.UTF_8))))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertProblem(streamed, 413, "body");
        // A translation's text may need more than 1 MiB when a client escapes every non-ASCII character.
        String escaped = "\\u00fc".repeat(199_000);
        HttpResponse<String> large = anna().put(
                        translationPath(id, "de"),
                        "{\"title\":\"Grenzen\",\"summary\":\"K\",\"body\":\"" + escaped + "\"}",
                        null);
        assertThat(large.statusCode()).as(large.body()).isEqualTo(201);
        assertThat(json(owner().get(translationPath(id, "de"))).getString("body"))
                .hasSize(199_000);
    }

    @Test
    void valuesOfTheWrongTypeOrOutOfRangeAre400sNamingTheirField() throws Exception {
        long id = publishedEnglishPost("Out of range");
        String path = translationPath(id, "en");
        assertProblem(owner().get(path + "/published?at=%2B999999999-12-31T00:00:00Z"), 400, "at");
        assertProblem(owner().get(path + "/published?at=-5000-01-01T00:00:00Z"), 400, "at");
        assertProblem(owner().get(path + "/published?at=yesterday"), 400, "at");
        assertProblem(owner().get("/api/v1/posts/99999999999999999999"), 400, "id");
        assertProblem(owner().get("/api/v1/posts/-1"), 400, "id");
        assertProblem(owner().get("/api/v1/posts/0/translations/en"), 400, "id");
        assertProblem(owner().get(path + "/revisions/-2"), 400, "n");
        assertProblem(owner().get(path + "/revisions/4294967296"), 400, "n");
        assertProblem(owner().get("/api/v1/posts?page=abc"), 400, "page");
        assertProblem(owner().get("/api/v1/audit?item=-5"), 400, "item");
        assertProblem(owner().get("/api/v1/audit?item=1e3"), 400, "item");
        assertProblem(owner().get("/api/v1/media/-1"), 400, "id");
        assertProblem(owner().post("/api/v1/publishing/dead-letters/-1/retry", "{}"), 400, "id");

        anna().put(translationPath(id, "de"), fields("Außerhalb", null, "K", "Text."), null);
        anna().post(translationPath(id, "de") + "/submit", "{}");
        String de = translationPath(id, "de");
        assertProblem(
                owner().post(de + "/approve", "{\"publishAt\":\"+999999999-12-31T23:59:59Z\"}"), 400, "publishAt");
        assertProblem(owner().post(de + "/approve", "{\"publishAt\":\"-5000-01-01T00:00:00Z\"}"), 400, "publishAt");
        assertProblem(owner().post(de + "/approve", "{\"publishAt\":20261201}"), 400, "publishAt");
        assertProblem(owner().post(de + "/approve", "[\"publishAt\"]"), 400, "body");
        assertProblem(owner().post(de + "/reject", "{\"comment\":\"" + "ü".repeat(2001) + "\"}"), 400, "comment");
        assertProblem(owner().post(de + "/reject", "{\"comment\":{\"nested\":true}}"), 400, "comment");
        assertProblem(
                owner().post(de + "/reject", "{\"comment\":" + "[".repeat(40) + "]".repeat(40) + "}"), 400, "body");
        assertThat(json(owner().get(de)).getJsonObject("state").getString("status"))
                .as("nothing refused changed the translation")
                .isEqualTo("IN_REVIEW");
        HttpResponse<String> rejected = owner().post(de + "/reject", "{\"comment\":\"" + "ü".repeat(2000) + "   \"}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);

        String entry = "{\"sourceLocale\":\"en\",\"organisation\":\"Range Ltd\",\"employmentType\":\"CONTRACT\","
                + "\"workplace\":\"REMOTE\",\"title\":\"Ranger\",\"location\":\"X\",\"body\":\"B\",";
        assertProblem(owner().post("/api/v1/experience", entry + "\"start\":\"+999999999-12\"}"), 400, "start");
        assertProblem(
                owner().post("/api/v1/experience", entry + "\"start\":\"2020-01\",\"sortOrder\":\"first\"}"),
                400,
                "sortOrder");
        assertProblem(
                owner().post("/api/v1/experience", entry + "\"start\":\"2020-01\",\"sortOrder\":1e12}"),
                400,
                "sortOrder");
    }

    @Test
    void racingFirstSavesAndRacingApprovalsGiveOneWinnerAndOneConflictNeverA500() throws Exception {
        ApiClient anna = anna();
        ApiClient owner = owner();
        for (int round = 0; round < 5; round++) {
            long id = publishedEnglishPost("Racing writes " + round);
            String de = translationPath(id, "de");
            String title = "Wettlauf " + round;
            List<HttpResponse<String>> saves = concurrently(
                    () -> anna.put(de, fields(title, null, "K", "A"), null),
                    () -> anna.put(de, fields(title, null, "K", "B"), null));
            // The loser either collided with the winner's insert (409) or came after its commit and, holding no
            // ETag, was asked for one (428).
            assertOneWinner(saves, 201, List.of(409, 412, 428));

            anna.post(de + "/submit", "{}");
            List<HttpResponse<String>> approvals =
                    concurrently(() -> owner.post(de + "/approve", "{}"), () -> owner.post(de + "/approve", "{}"));
            assertOneWinner(approvals, 200, List.of(409, 412));
            assertThat(json(owner.get(de)).getJsonObject("state").getString("status"))
                    .isEqualTo("PUBLISHED");
            assertThat(owner.get("/api/v1/audit?item=" + id + "&locale=de").body())
                    .as("one approval in the audit log")
                    .containsOnlyOnce("\"action\":\"APPROVE\"");
        }
    }

    @SafeVarargs
    private static List<HttpResponse<String>> concurrently(Supplier<HttpResponse<String>>... requests) {
        CyclicBarrier start = new CyclicBarrier(requests.length);
        List<CompletableFuture<HttpResponse<String>>> running = Stream.of(requests)
                .map(request -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return request.get();
                }))
                .toList();
        return running.stream().map(CompletableFuture::join).toList();
    }

    private static void assertOneWinner(List<HttpResponse<String>> responses, int won, List<Integer> lost) {
        List<Integer> statuses =
                responses.stream().map(HttpResponse::statusCode).sorted().toList();
        assertThat(statuses)
                .as(responses.stream().map(HttpResponse::body).toList().toString())
                .hasSize(2)
                .containsOnlyOnce(won);
        HttpResponse<String> loser = responses.stream()
                .filter(r -> r.statusCode() != won)
                .findFirst()
                .orElseThrow();
        assertThat(loser.statusCode()).as(loser.body()).isIn(lost);
        assertThat(loser.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void theOpenApiDocumentDescribesTheWorkflowForBothKindsOfItem() throws Exception {
        String document = new SiteClient(container.toURI()).local("/openapi").body();
        assertThat(document)
                .contains("/api/v1/posts/{id}/translations/{locale}/approve")
                .contains("/api/v1/experience/{id}/translations/{locale}/source-diff")
                .contains("/api/v1/review-queue")
                .doesNotContain("/null/");
    }

    @Test
    void theServedOpenApiDocumentIsValidOpenApi30WithPlainPathTemplates() throws Exception {
        HttpResponse<String> served =
                new SiteClient(container.toURI()).get("localhost", "/openapi", Map.of("Accept", "application/json"));
        assertThat(served.statusCode()).isEqualTo(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body(), null, options);

        assertThat(parsed.getMessages()).as("validation messages").isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.0.");
        api.getPaths().forEach(EditorialWorkflowIT::assertPlainTemplateWithRequiredPathParameters);
        assertThat(api.getPaths().keySet()).contains("/api/v1/users/{id}").noneMatch(path -> path.contains(":"));
        assertThat(operations(api))
                .contains(
                        "POST /api/v1/posts",
                        "GET /api/v1/posts",
                        "GET /api/v1/experience",
                        "GET /api/v1/posts/{id}",
                        "POST /api/v1/posts/{id}/translations/{locale}/approve",
                        "GET /api/v1/posts/{id}/translations/{locale}/revisions/{n}",
                        "POST /api/v1/experience",
                        "GET /api/v1/experience/{id}/translations/{locale}/source-diff",
                        "GET /api/v1/profile",
                        "POST /api/v1/profile/{id}/translations/{locale}/approve",
                        "GET /api/v1/users",
                        "POST /api/v1/users",
                        "GET /api/v1/users/{id}",
                        "POST /api/v1/slugs",
                        "POST /api/v1/media",
                        "GET /api/v1/media/{id}",
                        "GET /api/v1/review-queue",
                        "GET /api/v1/audit",
                        "GET /api/v1/publishing/dead-letters",
                        "POST /api/v1/publishing/dead-letters/{id}/retry",
                        "POST /api/v1/publishing/regenerations",
                        "GET /api/v1/publishing/status",
                        "GET /api/v1/me");
    }

    /** Template parameters as OpenAPI names them: no JAX-RS regular expression, one required parameter each. */
    private static void assertPlainTemplateWithRequiredPathParameters(String path, PathItem item) {
        List<String> templated = new ArrayList<>();
        Matcher parameter = Pattern.compile("\\{([^}]*)}").matcher(path);
        while (parameter.find()) {
            templated.add(parameter.group(1));
        }
        assertThat(templated).as(path).allMatch(name -> name.matches("[A-Za-z0-9_.-]+"));
        item.readOperationsMap().forEach((method, operation) -> {
            List<Parameter> declared = new ArrayList<>();
            if (item.getParameters() != null) {
                declared.addAll(item.getParameters());
            }
            if (operation.getParameters() != null) {
                declared.addAll(operation.getParameters());
            }
            List<Parameter> inPath =
                    declared.stream().filter(p -> "path".equals(p.getIn())).toList();
            assertThat(inPath)
                    .as(method + " " + path)
                    .extracting(Parameter::getName)
                    .containsExactlyInAnyOrderElementsOf(templated);
            assertThat(inPath).as(method + " " + path).allMatch(p -> Boolean.TRUE.equals(p.getRequired()));
        });
    }

    private static List<String> operations(OpenAPI api) {
        return api.getPaths().entrySet().stream()
                .flatMap(path -> path.getValue().readOperationsMap().keySet().stream()
                        .map(method -> method + " " + path.getKey()))
                .toList();
    }

    /** Every page of a list, in order, until the first empty one; each page but the last must be full. */
    private static List<JsonObject> allPages(ApiClient client, String query) {
        List<JsonObject> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            HttpResponse<String> response = client.get(query + "&page=" + page);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonArray rows =
                    Json.createReader(new StringReader(response.body())).readArray();
            if (rows.isEmpty()) {
                return all;
            }
            assertThat(all.size())
                    .as("every page before this one (%d) was full: %s", page, query)
                    .isEqualTo((page - 1) * API_PAGE_SIZE);
            rows.forEach(row -> all.add(row.asJsonObject()));
            assertThat(page).as("a bounded number of pages").isLessThan(1000);
        }
    }

    @Test
    void theOutdatedFilterIsAppliedInTheQuerySoOnlyTheLastPageIsShort() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= API_PAGE_SIZE + 2; i++) {
            long id = publishedEnglishPost("Paging outdated translations " + i);
            HttpResponse<String> saved = karim().put(
                            translationPath(id, "ur"),
                            fields("ترجمہ " + i, "tarjuma-" + i + "-" + id, "خلاصہ", "متن."),
                            null);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
            ids.add(id);
        }
        // The source text of the even ones goes live in a new revision: their Urdu translations are now outdated.
        for (int i = 1; i < ids.size(); i += 2) {
            String path = translationPath(ids.get(i), "en");
            String etag = owner().get(path).headers().firstValue("ETag").orElseThrow();
            assertThat(owner().put(
                                    path,
                                    fields(
                                            "Paging outdated translations " + (i + 1),
                                            null,
                                            "New summary",
                                            "Revised body."),
                                    etag)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(owner().post(path + "/publish", "{}").statusCode()).isEqualTo(200);
        }

        List<JsonObject> outdated = allPages(karim(), "/api/v1/posts?locale=ur&outdated=true");
        List<JsonObject> current = allPages(karim(), "/api/v1/posts?locale=ur&outdated=false");
        List<JsonObject> all = allPages(karim(), "/api/v1/posts?locale=ur");

        assertThat(outdated)
                .allSatisfy(t -> assertThat(t.getBoolean("outdated")).isTrue());
        assertThat(current).allSatisfy(t -> assertThat(t.getBoolean("outdated")).isFalse());
        assertThat(outdated.size() + current.size()).isEqualTo(all.size());
        List<Long> outdatedIds = outdated.stream()
                .map(t -> t.getJsonNumber("itemId").longValue())
                .toList();
        List<Long> currentIds =
                current.stream().map(t -> t.getJsonNumber("itemId").longValue()).toList();
        for (int i = 0; i < ids.size(); i++) {
            assertThat(i % 2 == 1 ? outdatedIds : currentIds)
                    .as("post %d", i + 1)
                    .contains(ids.get(i));
        }
    }

    @Test
    void theNextLinkWalksEveryRowOnceNewestFirstOnTheConfiguredBaseAndEndsOnTheLastPage() throws Exception {
        List<Long> created = new ArrayList<>();
        for (int i = 1; i <= 2 * API_PAGE_SIZE + 1; i++) {
            long id = publishedEnglishPost("Walked by the next link " + i);
            HttpResponse<String> draft = owner().put(
                            translationPath(id, "ko"),
                            fields("다음 링크로 걷기 " + i, "dareum-" + i + "-" + id, "요약", "본문."),
                            null);
            assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
            created.add(id);
        }
        String query = "/api/v1/posts?locale=ko&status=draft";

        List<HttpResponse<String>> pages = new ArrayList<>();
        List<JsonObject> walked = new ArrayList<>();
        String next = query;
        while (next != null) {
            HttpResponse<String> page = owner().get(next);
            JsonArray rows = array(page);
            rows.forEach(row -> walked.add(row.asJsonObject()));
            pages.add(page);
            next = page.headers()
                    .firstValue("Link")
                    .map(link -> {
                        assertThat(link).as("on the configured API base").startsWith("<" + API + "/api/v1/posts?");
                        assertThat(link).endsWith(">; rel=\"next\"").contains("locale=ko", "status=draft", "after=");
                        return link.substring(1 + API.length(), link.indexOf('>'));
                    })
                    .orElse(null);
            assertThat(pages).as("a bounded walk").hasSizeLessThan(10);
        }

        assertThat(pages).hasSize(3);
        assertThat(array(pages.get(2))).as("the last page is the short one").hasSize(1);
        assertThat(walked.stream().map(t -> t.getJsonNumber("itemId").longValue()))
                .as("every row once, most recently changed first")
                .containsExactlyElementsOf(newestFirst(created));
        assertThat(walked).allSatisfy(t -> assertThat(t.getString("locale")).isEqualTo("ko"));
        assertThat(walked.stream().map(t -> t.getJsonNumber("itemId").longValue()))
                .as("the same rows, in the same order, as the pages by number")
                .containsExactlyElementsOf(allPages(owner(), query).stream()
                        .map(t -> t.getJsonNumber("itemId").longValue())
                        .toList());
    }

    private static List<Long> newestFirst(List<Long> oldestFirst) {
        List<Long> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        return reversed;
    }

    @Test
    void aPositionThisListDidNotGiveIsRefusedNamingItAndSoIsAPageBesideIt() throws Exception {
        for (String after : List.of("x", "MTIz", "%E2%80%8B", "MTo5MjIzMzcyMDM2ODU0Nzc1ODA3OjA6MQ")) {
            assertProblem(owner().get("/api/v1/posts?after=" + after), 400, "after");
        }
        HttpResponse<String> first = owner().get("/api/v1/posts");
        String link = first.headers().firstValue("Link").orElseThrow();
        String after = link.substring(link.indexOf("after=") + "after=".length(), link.indexOf('>'));
        assertProblem(owner().get("/api/v1/posts?page=2&after=" + after), 400, "page");
        assertThat(owner().get("/api/v1/posts?after=" + after).statusCode()).isEqualTo(200);
    }

    @Test
    void pastedControlCharactersAreStoredCleanAndUnstorableTextIsRefusedNamingTheFieldStoringNothing()
            throws Exception {
        long id = publishedEnglishPost("Pasted from a word processor");
        // U+000B is what Word writes for a manual line break; U+2028 is a line separator.
        HttpResponse<String> saved = anna().put(
                        translationPath(id, "de"),
                        fields(
                                "Aus Word\u000Beingefügt\uFFFE",
                                null,
                                "Kurz\u0007",
                                "Erste Zeile\u2028zweite Zeile\r\nDritte"),
                        null);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        JsonObject stored = json(anna().get(translationPath(id, "de")));
        assertThat(stored.getString("title")).isEqualTo("Aus Word eingefügt");
        assertThat(stored.getString("slug")).isEqualTo("aus-word-eingefuegt");
        assertThat(stored.getString("summary")).isEqualTo("Kurz");
        assertThat(stored.getString("body")).isEqualTo("Erste Zeile\nzweite Zeile\nDritte");

        long other = publishedEnglishPost("Damaged on its way");
        // JSON escapes, so that the request itself is well-formed UTF-8: NUL, and a high surrogate with no low one.
        assertProblem(
                anna().put(
                                translationPath(other, "de"),
                                "{\"title\":\"Titel\",\"summary\":\"\",\"body\":\"a\\u0000b\"}",
                                null),
                400,
                "body");
        assertProblem(
                anna().put(
                                translationPath(other, "de"),
                                "{\"title\":\"Titel \\ud800\",\"summary\":\"\",\"body\":\"Text\"}",
                                null),
                400,
                "title");
        assertThat(anna().get(translationPath(other, "de")).statusCode())
                .as("nothing stored")
                .isEqualTo(404);
        String etag = saved.headers().firstValue("ETag").orElseThrow();
        assertProblem(
                anna().put(
                                translationPath(id, "de"),
                                "{\"title\":\"Titel\",\"summary\":\"\\udc00\",\"body\":\"Text\"}",
                                etag),
                400,
                "summary");
        assertThat(anna().get(translationPath(id, "de")).headers().firstValue("ETag"))
                .as("the existing translation unchanged")
                .hasValue(etag);
        anna().post(translationPath(id, "de") + "/submit", "{}");
        assertProblem(
                owner().post(translationPath(id, "de") + "/reject", "{\"comment\":\"Bitte \\u0000 prüfen\"}"),
                400,
                "comment");
        HttpResponse<String> rejected =
                owner().post(translationPath(id, "de") + "/reject", "{\"comment\":\"Bitte\\u000Bprüfen\"}");
        assertThat(json(rejected).getString("reviewComment")).isEqualTo("Bitte\nprüfen");
    }

    @Test
    void aScheduledPublicationThatCannotGoLiveReturnsToReviewWhileTheOthersDueWithItGoLive() throws Exception {
        long taken = publishedEnglishPost("A slug taken meanwhile");
        long blocked = publishedEnglishPost("Blocked by a taken slug");
        long onTime = publishedEnglishPost("Due at the same moment");
        // The German version of the first goes live as 'vergebener-slug', then is revised to another slug: its live
        // snapshot keeps the old one.
        anna().put(translationPath(taken, "de"), fields("Vergeben", "vergebener-slug", "K", "Text."), null);
        anna().post(translationPath(taken, "de") + "/submit", "{}");
        assertThat(owner().post(translationPath(taken, "de") + "/approve", "{}").statusCode())
                .isEqualTo(200);
        String etag = anna().get(translationPath(taken, "de"))
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        assertThat(anna().put(translationPath(taken, "de"), fields("Vergeben", "neuer-slug", "K", "Text 2."), etag)
                        .statusCode())
                .isEqualTo(200);
        for (long id : List.of(blocked, onTime)) {
            String title = id == blocked ? "Blockiert" : "Pünktlich";
            anna().put(translationPath(id, "de"), fields(title, null, "K", "Geplant."), null);
            anna().post(translationPath(id, "de") + "/submit", "{}");
        }
        Instant at = Instant.now().plusSeconds(4);
        for (long id : List.of(blocked, onTime)) {
            HttpResponse<String> scheduled =
                    owner().post(translationPath(id, "de") + "/approve", "{\"publishAt\":\"" + at + "\"}");
            assertThat(json(scheduled).getString("status")).isEqualTo("SCHEDULED");
        }
        // Free when the owner approved; taken before the time comes (here by hand, past every check of the API).
        try (Connection connection = TestDatabase.connect(Deployments.DATABASE);
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE translation SET slug = 'vergebener-slug' WHERE post_id = ? AND locale = 'de'")) {
            update.setLong(1, blocked);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)
                && (status(onTime, "de").equals("SCHEDULED")
                        || status(blocked, "de").equals("SCHEDULED"))) {
            Thread.sleep(500);
        }
        assertThat(status(onTime, "de")).isEqualTo("PUBLISHED");
        assertThat(readerGet(DE_SITE + "/blog/puenktlich").statusCode()).isEqualTo(200);
        JsonObject failed = json(owner().get(translationPath(blocked, "de"))).getJsonObject("state");
        assertThat(failed.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(failed.getString("reviewComment"))
                .startsWith("Scheduled publication at ")
                .contains("vergebener-slug");
        assertThat(owner().get("/api/v1/review-queue").body()).contains("\"itemId\":" + blocked + ",");
        assertThat(owner().get("/api/v1/audit?kind=post&item=" + blocked + "&locale=de")
                        .body())
                .contains("\"action\":\"PUBLISH_FAILED\"", "\"actor\":\"scheduler\"");
        assertThat(readerGet(DE_SITE + "/blog/vergebener-slug").body()).contains("Vergeben");
    }

    private String status(long id, String locale) throws Exception {
        return json(owner().get(translationPath(id, locale)))
                .getJsonObject("state")
                .getString("status");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    /**
     * A list page costs the same number of statements whatever the number of rows on it: each row's item, live
     * version and the live version of its source are read for the whole page at once. Background work (document
     * regeneration after other tests' publications) can only add statements, so each page is measured a few
     * times and the least count is compared.
     */
    @Test
    void aListPageCostsTheSameStatementsForOneRowAsForAFullPage() throws Exception {
        for (int i = 1; i <= API_PAGE_SIZE + 1; i++) {
            long id = publishedEnglishPost("Counted list row " + i);
            HttpResponse<String> draft = owner().put(
                            translationPath(id, "vi"),
                            fields("Hàng danh sách " + i, null, "Tóm tắt", "Đoạn văn."),
                            null);
            assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        }
        String fullPage = "/api/v1/posts?locale=vi&status=draft&page=1";
        String lastPage = "/api/v1/posts?locale=vi&status=draft&page=2";
        assertThat(array(owner().get(fullPage))).hasSize(API_PAGE_SIZE);
        assertThat(array(owner().get(lastPage))).hasSize(1);

        long full = leastStatements(fullPage);
        long one = leastStatements(lastPage);
        String link = owner().get(fullPage).headers().firstValue("Link").orElseThrow();
        long afterCursor = leastStatements(link.substring(1 + API.length(), link.indexOf('>')));

        assertThat(full)
                .as("statements for a page of " + API_PAGE_SIZE + " rows")
                .isEqualTo(one);
        assertThat(afterCursor).as("statements for the page after a cursor").isEqualTo(one);
        assertThat(full).as("statements for a list page").isLessThanOrEqualTo(8);
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private long leastStatements(String path) throws Exception {
        ApiClient owner = owner();
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 5; attempt++) {
            long before = statements();
            HttpResponse<String> page = owner.get(path);
            long used = statements() - before;
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            least = Math.min(least, used);
        }
        return least;
    }

    private long statements() throws Exception {
        Matcher m = Pattern.compile("(?m)^glossa_sql_statements\\{[^}]*}\\s+([0-9.]+)")
                .matcher(owner().get("/metrics?scope=application").body());
        assertThat(m.find()).as("statement metric exposed").isTrue();
        return (long) Double.parseDouble(m.group(1));
    }
}
