package org.glossa.site.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.SiteClient;
import org.glossa.content.control.SlugPolicy;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Links inside content, on PostgreSQL through the API and the public site: a body linking to a page that is not
 * live, or to no page at all, is refused when it is submitted or published (a problem naming {@code body}, with the
 * live version in the text's own locale suggested); a body linking to a former URL (an old slug, the former German
 * base from arquillian.xml) goes live, and its page links to the current URL.
 */
@ExtendWith(ArquillianExtension.class)
class InternalLinksIT {

    private static final String DE = "https://beispiel.example.de";

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

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String translation(long id, String locale) {
        return "/api/v1/posts/" + id + "/translations/" + locale;
    }

    private static String fields(String title, String slug, String body) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "Summary of " + title)
                .add("body", body)
                .add("slug", slug)
                .build()
                .toString();
    }

    private long newEnglishPost(String title, String body) throws Exception {
        HttpResponse<String> created = owner().post(
                        "/api/v1/posts",
                        Json.createObjectBuilder()
                                .add("sourceLocale", "en")
                                .add("title", title)
                                .add("summary", "Summary of " + title)
                                .add("body", body)
                                .build()
                                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getJsonNumber("id").longValue();
    }

    private long publishedEnglishPost(String title, String body) throws Exception {
        long id = newEnglishPost(title, body);
        HttpResponse<String> published = owner().post(translation(id, "en") + "/publish", "{}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    /** Saves a locale's text as this account; returns the response. */
    private static HttpResponse<String> save(ApiClient as, long id, String locale, String json) {
        HttpResponse<String> current = as.get(translation(id, locale));
        String etag = current.statusCode() == 200
                ? current.headers().firstValue("ETag").orElseThrow()
                : null;
        return as.put(translation(id, locale), json, etag);
    }

    /** Saves, submits and approves a locale's text as the owner; returns its public URL. */
    private String publish(long id, String locale, String title, String slug, String body) throws Exception {
        HttpResponse<String> saved = save(owner(), id, locale, fields(title, slug, body));
        assertThat(saved.statusCode()).as(saved.body()).isIn(200, 201);
        HttpResponse<String> submitted = owner().post(translation(id, locale) + "/submit", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        HttpResponse<String> approved = owner().post(translation(id, locale) + "/approve", "{}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        return json(approved).getString("publicUrl");
    }

    private static void assertBrokenLinks(HttpResponse<String> refused, int count) {
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonObject problem = json(refused);
        assertThat(problem.getString("type")).isEqualTo("/problems/broken-links");
        assertThat(problem.getJsonArray("errors")).hasSize(count);
        problem.getJsonArray("errors")
                .forEach(e -> assertThat(e.asJsonObject().getString("field")).isEqualTo("body"));
        assertThat(problem.getJsonArray("links")).hasSize(count);
    }

    @Test
    void aBodyLinkingToAPageThatIsNotLiveIsRefusedAndOneLinkingToAFormerUrlRendersTheCurrentUrl() throws Exception {
        long target = publishedEnglishPost("Linked target", "The page others link to.");
        String targetEnglish = "https://glossa.example/blog/linked-target";
        String targetGerman = publish(target, "de", "Verlinktes Ziel", "verlinktes-ziel", "Die Seite.");
        assertThat(targetGerman).isEqualTo(DE + "/blog/verlinktes-ziel");
        HttpResponse<String> russianDraft =
                save(owner(), target, "ru", fields("Черновик цели", "черновик-цели", "Текст."));
        assertThat(russianDraft.statusCode()).as(russianDraft.body()).isEqualTo(201);
        String russianUnpublished = "https://ru.glossa.example/blog/" + SlugPolicy.encodePathSegment("черновик-цели");

        // A translator links to the target's Russian version, which is only a draft, and to a page that never was.
        long linking = publishedEnglishPost("Linking post", "Plain text.");
        String broken = "Siehe [russisch](" + russianUnpublished + "), [nirgends](/blog/gibt-es-nicht)"
                + " und [anderswo](https://example.org/irgendwo).";
        HttpResponse<String> draft = save(anna(), linking, "de", fields("Verweisender Beitrag", "verweise", broken));
        assertThat(draft.statusCode()).as("a draft may hold broken links").isEqualTo(201);
        HttpResponse<String> refused = anna().post(translation(linking, "de") + "/submit", "{}");
        assertBrokenLinks(refused, 2);
        JsonArray links = json(refused).getJsonArray("links");
        assertThat(links.getJsonObject(0).getString("href")).isEqualTo(russianUnpublished);
        assertThat(links.getJsonObject(0).getString("suggestion")).isEqualTo(targetGerman);
        assertThat(links.getJsonObject(1).getString("href")).isEqualTo("/blog/gibt-es-nicht");
        assertThat(links.getJsonObject(1).containsKey("suggestion")).isFalse();
        assertThat(refused.body()).doesNotContain("example.org");
        assertThat(json(anna().get(translation(linking, "de")))
                        .getJsonObject("state")
                        .getString("status"))
                .as("the refused submission changed nothing")
                .isEqualTo("DRAFT");

        // The owner's own text is checked when published directly too.
        long direct = newEnglishPost("Direct post", "See [this](" + targetGerman + "/nope).");
        assertBrokenLinks(owner().post(translation(direct, "en") + "/publish", "{}"), 1);

        // The target's German slug changes: its old URL is a former one, which still leads readers to it.
        String targetGermanNow = publish(target, "de", "Neues Ziel", "neues-ziel", "Die Seite.");
        assertThat(targetGermanNow).isEqualTo(DE + "/blog/neues-ziel");
        String fixed = "Siehe [alt](" + DE + "/blog/verlinktes-ziel?x=1#teil),"
                + " [alte Domain](https://alt.beispiel.example/blog/neues-ziel),"
                + " [alter Pfad](https://glossa.example/de/blog/VERLINKTES-ZIEL),"
                + " [englisch](" + targetEnglish + ") und [anderswo](https://example.org/irgendwo).";
        HttpResponse<String> saved = save(anna(), linking, "de", fields("Verweisender Beitrag", "verweise", fixed));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        HttpResponse<String> submitted = anna().post(translation(linking, "de") + "/submit", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        HttpResponse<String> approved = owner().post(translation(linking, "de") + "/approve", "{}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

        HttpResponse<String> page = new SiteClient(container.toURI()).get(DE + "/blog/verweise");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("href=\"" + targetGermanNow + "?x=1#teil\"")
                .contains("href=\"" + targetGermanNow + "\" rel=\"nofollow noopener\">alte Domain")
                .contains("href=\"" + targetGermanNow + "\" rel=\"nofollow noopener\">alter Pfad")
                .contains("href=\"" + targetEnglish + "\" rel=\"nofollow noopener\">englisch")
                .contains("href=\"https://example.org/irgendwo\"")
                .doesNotContain("verlinktes-ziel")
                .doesNotContain("alt.beispiel.example");
    }

    /**
     * A body's links are looked up together: a submission refused for eight broken links and two good ones costs the
     * statements one refused for a single broken link costs. Background work can only add statements, so each is
     * measured a few times and the least count compared.
     */
    @Test
    void theLinksOfABodyAreLookedUpInTheSameStatementsHoweverManyThereAre() throws Exception {
        List<String> drafts = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            long id = publishedEnglishPost("Counted target " + i, "Text.");
            HttpResponse<String> draft = save(owner(), id, "ru", fields("Цель " + i, "цель-" + i, "Текст."));
            assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
            drafts.add("https://ru.glossa.example/blog/" + SlugPolicy.encodePathSegment("цель-" + i));
        }
        long linking = publishedEnglishPost("Counting links", "Plain text.");
        String one = "[a](" + drafts.get(0) + ")";
        String many = drafts.stream().map(u -> "[x](" + u + ")").collect(Collectors.joining(" "))
                + " [live](https://glossa.example/blog/counted-target-1) [home](/)";

        long forOne = leastStatementsToRefuse(linking, one, 1);
        long forMany = leastStatementsToRefuse(linking, many, 8);

        assertThat(forMany).as("statements to refuse a body with ten links").isEqualTo(forOne);
    }

    private long leastStatementsToRefuse(long id, String body, int broken) throws Exception {
        HttpResponse<String> saved = save(anna(), id, "de", fields("Zählende Verweise", "zaehlende-verweise", body));
        assertThat(saved.statusCode()).as(saved.body()).isIn(200, 201);
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 5; attempt++) {
            long before = statements();
            HttpResponse<String> refused = anna().post(translation(id, "de") + "/submit", "{}");
            long used = statements() - before;
            assertBrokenLinks(refused, broken);
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
