package org.glossa.editorial.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
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
 * The quality checks through the REST API against PostgreSQL: errors refuse a submission with a problem naming each
 * field and change nothing; warnings come back, before submitting ({@code GET .../checks}) and with the submission,
 * and those acknowledged are recorded with it; a client that knows nothing of the checks submits as before.
 */
@ExtendWith(ArquillianExtension.class)
class QualityChecksIT {

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

    private ApiClient karim() throws Exception {
        return ApiClient.as(container.toURI(), "karim", "demo-karim-password");
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String path(long id, String locale) {
        return "/api/v1/posts/" + id + "/translations/" + locale;
    }

    /** An English post with a number, a link and an image, published by the owner. */
    private long englishPost(String title) throws Exception {
        HttpResponse<String> created = owner().post(
                        "/api/v1/posts",
                        Json.createObjectBuilder()
                                .add("sourceLocale", "en")
                                .add("title", title)
                                .add("summary", "What the plan costs.")
                                .add(
                                        "body",
                                        "The plan costs 1,234.5 euros a year. See [the offer](https://example.org/offer)"
                                                + " and ![a chart](https://example.org/chart.png).")
                                .build()
                                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        HttpResponse<String> published = owner().post(path(id, "en") + "/publish", "{}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    private HttpResponse<String> save(long id, String title, String summary, String body) throws Exception {
        HttpResponse<String> current = anna().get(path(id, "de"));
        String etag = current.statusCode() == 200
                ? current.headers().firstValue("ETag").orElseThrow()
                : null;
        HttpResponse<String> saved = anna().put(
                        path(id, "de"),
                        Json.createObjectBuilder()
                                .add("title", title)
                                .add("summary", summary)
                                .add("body", body)
                                .add("slug", "")
                                .build()
                                .toString(),
                        etag);
        assertThat(saved.statusCode()).as(saved.body()).isIn(200, 201);
        return saved;
    }

    private static List<String> strings(JsonArray array, String member) {
        List<String> values = new ArrayList<>();
        for (JsonValue v : array) {
            values.add(v.asJsonObject().getString(member));
        }
        return values;
    }

    private static String status(long id, String locale) throws Exception {
        try (Connection db = TestDatabase.connect(Deployments.DATABASE);
                PreparedStatement q = db.prepareStatement(
                        "SELECT status, version FROM translation WHERE post_id = ? AND locale = ?")) {
            q.setLong(1, id);
            q.setString(2, locale);
            try (ResultSet r = q.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getString(1) + "@" + r.getInt(2);
            }
        }
    }

    /** The acknowledged warnings of each submission of the German translation, oldest first (null: none). */
    private static List<String> submissions(long id) throws Exception {
        try (Connection db = TestDatabase.connect(Deployments.DATABASE);
                PreparedStatement q = db.prepareStatement("SELECT acknowledged_warnings FROM audit_entry"
                        + " WHERE kind = 'POST' AND item_id = ? AND locale = 'de' AND action = 'SUBMIT' ORDER BY id")) {
            q.setLong(1, id);
            List<String> found = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
            return found;
        }
    }

    @Test
    void errorsRefuseTheSubmissionNamingEachFieldAndChangeNothing() throws Exception {
        long id = englishPost("Prices this year");
        save(id, "Preise dieses Jahr\uFFFD", "Was der Plan kostet.", "");
        String before = status(id, "de");

        HttpResponse<String> checks = anna().get(path(id, "de") + "/checks");
        assertThat(checks.statusCode()).as(checks.body()).isEqualTo(200);
        assertThat(json(checks).getBoolean("submittable")).isFalse();
        assertThat(strings(json(checks).getJsonArray("errors"), "key"))
                .containsExactly("title:replacement-character", "body:required");

        HttpResponse<String> refused = anna().post(path(id, "de") + "/submit", "{}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonObject problem = json(refused);
        assertThat(problem.getString("type")).isEqualTo("/problems/quality-checks");
        assertThat(strings(problem.getJsonArray("errors"), "field")).containsExactly("title", "body");
        assertThat(strings(problem.getJsonArray("findings"), "code")).contains("replacement-character", "required");
        assertThat(problem.getString("detail"))
                .contains("title: contains U+FFFD")
                .contains("body: must not be empty");

        assertThat(status(id, "de"))
                .as("still the same draft")
                .isEqualTo(before)
                .startsWith("DRAFT@");
        assertThat(submissions(id)).isEmpty();
    }

    @Test
    void warningsComeBackBeforeAndWithTheSubmissionAndTheAcknowledgedOnesAreRecorded() throws Exception {
        long id = englishPost("Prices next year");
        String longTitle = "Was der Plan im nächsten Jahr kostet, und warum er etwas teurer wird als gedacht";
        save(id, longTitle, "Was der Plan kostet.", "Der Plan kostet 1.234,6 Euro im Jahr.");

        HttpResponse<String> checks = anna().get(path(id, "de") + "/checks");
        assertThat(checks.statusCode()).as(checks.body()).isEqualTo(200);
        JsonObject found = json(checks);
        assertThat(found.getBoolean("submittable")).isTrue();
        assertThat(found.getJsonArray("errors")).isEmpty();
        assertThat(strings(found.getJsonArray("warnings"), "key"))
                .containsExactly("title:title-too-long", "body:link-count", "body:image-count", "body:numbers-missing");
        JsonObject numbers = found.getJsonArray("warnings").getJsonObject(3);
        assertThat(numbers.getString("severity")).isEqualTo("warning");
        assertThat(numbers.getJsonObject("parameters").getString("numbers")).isEqualTo("1,234.5");

        HttpResponse<String> submitted = anna().post(
                        path(id, "de") + "/submit",
                        "{\"acknowledged\":[\"title:title-too-long\",\"body:numbers-missing\",\"slug:nothing\"]}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonObject answer = json(submitted);
        assertThat(answer.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(answer.getJsonArray("warnings")).hasSize(4);
        assertThat(answer.getJsonArray("acknowledged").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("title:title-too-long", "body:numbers-missing");

        List<String> recorded = submissions(id);
        assertThat(recorded).hasSize(1);
        JsonArray acknowledged =
                Json.createReader(new StringReader(recorded.get(0))).readArray();
        assertThat(strings(acknowledged, "code")).containsExactly("title-too-long", "numbers-missing");
        assertThat(acknowledged.getJsonObject(1).getJsonObject("parameters").getString("numbers"))
                .isEqualTo("1,234.5");
    }

    @Test
    void aClientThatKnowsNothingOfTheChecksSubmitsAsBefore() throws Exception {
        long id = englishPost("Prices last year");
        save(id, "Preise letztes Jahr", "Was der Plan kostet.", "Der Plan kostete viel.");
        HttpResponse<String> submitted = anna().post(path(id, "de") + "/submit", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(json(submitted).getString("status")).isEqualTo("IN_REVIEW");
        assertThat(json(submitted).getJsonArray("warnings")).isNotEmpty();
        assertThat(json(submitted).getJsonArray("acknowledged")).isEmpty();
        assertThat(submissions(id)).hasSize(1).containsOnlyNulls();

        HttpResponse<String> read = anna().get(path(id, "de"));
        assertThat(read.body()).as("other answers carry no warnings").doesNotContain("\"warnings\"");
    }

    @Test
    void aTranslatorSeesNoChecksOfAnotherLocaleAndTheOpenApiDocumentListsThem() throws Exception {
        long id = englishPost("Prices in the future");
        save(id, "Preise in Zukunft", "Was der Plan kostet.", "Der Plan kostet 1.234,5 Euro.");
        HttpResponse<String> refused = karim().get(path(id, "de") + "/checks");
        assertThat(refused.statusCode()).as(refused.body()).isIn(403, 404);
        assertThat(refused.body()).doesNotContain("Preise");

        String document = new SiteClient(container.toURI()).local("/openapi").body();
        assertThat(document)
                .contains("/api/v1/posts/{id}/translations/{locale}/checks")
                .contains("/api/v1/experience/{id}/translations/{locale}/checks");
    }
}
