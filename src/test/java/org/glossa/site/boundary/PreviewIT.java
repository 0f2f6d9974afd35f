package org.glossa.site.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.Eventually;
import org.glossa.containertest.SiteClient;
import org.glossa.containertest.TestDatabase;
import org.glossa.content.entity.ItemKind;
import org.glossa.domains.control.PreviewLink;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Preview links of working versions on PostgreSQL, as a reader's browser would open them on the locale's own domain.
 * The links are signed here with the key the database holds (the one every node reads), so the test can also make
 * expired and altered ones; the back office's own links are opened in {@code TranslationLoopIT}.
 */
@ExtendWith(ArquillianExtension.class)
class PreviewIT {

    private static final String DE_HOST = "beispiel.example.de";
    private static final String DE = "https://" + DE_HOST;
    private static final String LIVE_TEXT = "Erste Fassung für alle";
    private static final String DRAFT_TEXT = "Zweite Fassung im Entwurf";
    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    @ArquillianResource
    URL container;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.applicationOnFreshDatabase();
    }

    private URI uri() throws Exception {
        return container.toURI();
    }

    private ApiClient owner() throws Exception {
        return ApiClient.as(uri(), "owner", "demo-owner-password");
    }

    private ApiClient anna() throws Exception {
        return ApiClient.as(uri(), "anna", "demo-anna-password");
    }

    private SiteClient site() throws Exception {
        return new SiteClient(uri());
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
                .add("summary", "Kurzfassung: " + title)
                .add("body", body)
                .add("slug", slug)
                .build()
                .toString();
    }

    private static byte[] storedKey() throws Exception {
        try (Connection c = TestDatabase.connect(Deployments.DATABASE);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT secret FROM preview_signing_key")) {
            assertThat(r.next()).as("a key was generated at the first start").isTrue();
            byte[] key = Base64.getDecoder().decode(r.getString(1));
            assertThat(r.next()).as("one key for every node").isFalse();
            return key;
        }
    }

    private static int revision(long postId, String locale) throws Exception {
        try (Connection c = TestDatabase.connect(Deployments.DATABASE);
                PreparedStatement s = c.prepareStatement(
                        "SELECT revision_number FROM translation WHERE post_id = ? AND locale = ?")) {
            s.setLong(1, postId);
            s.setString(2, locale);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getInt(1);
            }
        }
    }

    /** The German sitemap index and every file it lists, by URL. */
    private Map<String, String> germanSitemaps() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        HttpResponse<String> index = site().get(DE + "/sitemap.xml");
        assertThat(index.statusCode()).isEqualTo(200);
        files.put(DE + "/sitemap.xml", index.body());
        Matcher loc = LOC.matcher(index.body());
        while (loc.find()) {
            HttpResponse<String> part = site().get(loc.group(1));
            assertThat(part.statusCode()).as(loc.group(1)).isEqualTo(200);
            files.put(loc.group(1), part.body());
        }
        return files;
    }

    private HttpResponse<String> open(String host, String path) throws Exception {
        return site().get(host, path, Map.of());
    }

    private static void refusedWithoutTheDraft(HttpResponse<String> response, int status, String heading) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).doesNotContain(DRAFT_TEXT).contains(heading);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
    }

    @Test
    void aSignedLinkShowsTheDraftOnItsOwnDomainUnindexedAndUncachedWhileReadersKeepTheLiveVersion() throws Exception {
        HttpResponse<String> created = owner().post(
                        "/api/v1/posts",
                        Json.createObjectBuilder()
                                .add("sourceLocale", "en")
                                .add("title", "Preview in context")
                                .add("summary", "What a preview shows")
                                .add("body", "A post whose German version is previewed.")
                                .build()
                                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        assertThat(owner().post(translation(id, "en") + "/publish", "{}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> first = anna().put(
                        translation(id, "de"), fields("Vorschau im Kontext", "vorschau-im-kontext", LIVE_TEXT), null);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(anna().post(translation(id, "de") + "/submit", "{}").statusCode())
                .isEqualTo(200);
        assertThat(owner().post(translation(id, "de") + "/approve", "{}").statusCode())
                .isEqualTo(200);
        String publicUrl = DE + "/blog/vorschau-im-kontext";
        HttpResponse<String> working = anna().get(translation(id, "de"));
        HttpResponse<String> second = anna().put(
                        translation(id, "de"),
                        fields(
                                "Vorschau im Kontext",
                                "vorschau-im-kontext",
                                "**" + DRAFT_TEXT + "**, noch nicht live."),
                        working.headers().firstValue("ETag").orElseThrow());
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        int revision = revision(id, "de");
        assertThat(revision).isEqualTo(2);

        Map<String, String> sitemapsBefore = Eventually.until(
                "the German sitemaps list the live version and stay as they are (regeneration done)",
                () -> settledSitemaps(publicUrl));
        String feedBefore = site().get(DE + "/feed.xml").body();
        PreviewLink links = new PreviewLink(storedKey());
        Instant now = Instant.now();
        String query =
                links.query(new PreviewLink.Target(ItemKind.POST, id, "de", revision, now.plus(Duration.ofHours(1))));

        HttpResponse<String> preview = open(DE_HOST, "/preview?" + query);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body())
                .contains("<html lang=\"de\" dir=\"ltr\">")
                .contains("<meta name=\"robots\" content=\"noindex, nofollow\">")
                .contains("<strong>" + DRAFT_TEXT + "</strong>")
                .contains("<link rel=\"canonical\" href=\"" + publicUrl + "\">")
                .contains("<nav class=\"sections\"")
                .doesNotContain(LIVE_TEXT);
        assertThat(preview.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
        assertThat(preview.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(preview.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(preview.headers().firstValue("ETag")).isEmpty();

        HttpResponse<String> live = site().get(publicUrl);
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains(LIVE_TEXT).doesNotContain(DRAFT_TEXT).doesNotContain("noindex");
        assertThat(site().get(DE + "/blog").body()).doesNotContain(DRAFT_TEXT);
        assertThat(open(DE_HOST, "/preview?" + query).body())
                .as("asked again, still rendered from the draft")
                .contains(DRAFT_TEXT);
        assertThat(site().get(publicUrl).body())
                .as("the public page cache never holds the preview")
                .contains(LIVE_TEXT)
                .doesNotContain(DRAFT_TEXT);

        // Altered, expired, for another site, for an older revision: a page in the site's language, never the draft.
        String tampered = query.substring(0, query.length() - 2) + (query.endsWith("AA") ? "BB" : "AA");
        refusedWithoutTheDraft(open(DE_HOST, "/preview?" + tampered), 403, "Vorschaulink ungültig");
        refusedWithoutTheDraft(
                open(DE_HOST, "/preview?" + query.replace("revision=2", "revision=3")), 403, "Vorschaulink ungültig");
        refusedWithoutTheDraft(open(DE_HOST, "/preview"), 403, "Vorschaulink ungültig");
        String expired = links.query(
                new PreviewLink.Target(ItemKind.POST, id, "de", revision, now.minus(Duration.ofMinutes(1))));
        refusedWithoutTheDraft(open(DE_HOST, "/preview?" + expired), 410, "Vorschaulink abgelaufen");
        refusedWithoutTheDraft(open("glossa.example", "/fr/preview?" + query), 403, "Lien d’aperçu non valide");
        refusedWithoutTheDraft(open("es.glossa.example", "/preview?" + query), 403, "Enlace de vista previa no válido");
        refusedWithoutTheDraft(open("www.glossa.example", "/preview?" + query), 403, "Preview link not valid");
        HttpResponse<String> unknownHost = open("evil.example", "/preview?" + query);
        assertThat(unknownHost.statusCode()).isEqualTo(404);
        assertThat(unknownHost.body()).doesNotContain(DRAFT_TEXT);
        String older = links.query(
                new PreviewLink.Target(ItemKind.POST, id, "de", revision - 1, now.plus(Duration.ofHours(1))));
        refusedWithoutTheDraft(open(DE_HOST, "/preview?" + older), 410, "Es gibt eine neuere Fassung");
        PreviewLink otherKey = new PreviewLink("a key this deployment never had, 32 bytes+".getBytes());
        refusedWithoutTheDraft(
                open(
                        DE_HOST,
                        "/preview?"
                                + otherKey.query(new PreviewLink.Target(
                                        ItemKind.POST, id, "de", revision, now.plus(Duration.ofHours(1))))),
                403,
                "Vorschaulink ungültig");

        assertThat(germanSitemaps()).as("sitemaps untouched by previews").isEqualTo(sitemapsBefore);
        assertThat(germanSitemaps().values()).noneMatch(x -> x.contains("/preview?"));
        String feed = site().get(DE + "/feed.xml").body();
        assertThat(feed).isEqualTo(feedBefore).doesNotContain(DRAFT_TEXT).doesNotContain("/preview?");
    }

    /** The German sitemaps once they list {@code url} and read the same twice, two seconds apart; else null. */
    @Test
    void anExperienceEntrysWorkingVersionIsPreviewedOnItsTimelineLayout() throws Exception {
        long id;
        int revision;
        String slug;
        String organisation;
        try (Connection c = TestDatabase.connect(Deployments.DATABASE);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT t.experience_id, t.revision_number, t.slug, e.organisation"
                        + " FROM translation t JOIN experience e ON e.id = t.experience_id"
                        + " WHERE t.kind = 'EXPERIENCE' AND t.locale = 'de' ORDER BY t.experience_id LIMIT 1")) {
            assertThat(r.next()).as("the demo has German roles").isTrue();
            id = r.getLong(1);
            revision = r.getInt(2);
            slug = r.getString(3);
            organisation = r.getString(4);
        }
        String query = new PreviewLink(storedKey())
                .query(new PreviewLink.Target(
                        ItemKind.EXPERIENCE, id, "de", revision, Instant.now().plus(Duration.ofMinutes(5))));
        HttpResponse<String> preview = open(DE_HOST, "/preview?" + query);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body())
                .contains("<meta name=\"robots\" content=\"noindex, nofollow\">")
                .contains("<link rel=\"canonical\" href=\"" + DE + "/experience/" + slug + "\">")
                .contains("<p class=\"role-facts\">")
                .contains("<div class=\"description\">");
        assertThat(preview.body()).contains(organisation.replace("&", "&amp;"));
        assertThat(preview.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    private Map<String, String> settledSitemaps(String url) {
        try {
            Map<String, String> first = germanSitemaps();
            if (first.values().stream().noneMatch(x -> x.contains("<loc>" + url + "</loc>"))) {
                return null;
            }
            Thread.sleep(2000);
            return germanSitemaps().equals(first) ? first : null;
        } catch (Exception | AssertionError e) {
            return null;
        }
    }
}
