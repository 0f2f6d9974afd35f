package org.glossa.site.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.Page;
import org.glossa.containertest.SiteClient;
import org.glossa.content.control.SlugPolicy;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Permalinks that never break, on PostgreSQL through the API and the public site: a changed slug leaves its old
 * URL (in every spelling the slug rules accept) one 301 away from the current one, however many changes later;
 * no other item can take it; a withdrawn translation answers 410 with the locales where the item is still live.
 */
@ExtendWith(ArquillianExtension.class)
class UrlHistoryIT {

    @ArquillianResource
    URL container;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.applicationOnFreshDatabase();
    }

    private ApiClient owner() throws Exception {
        return ApiClient.as(container.toURI(), "owner", "demo-owner-password");
    }

    private SiteClient reader() throws Exception {
        return new SiteClient(container.toURI());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String fields(String title, String slug) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "Summary of " + title)
                .add("body", "Text of " + title + ".")
                .add("slug", slug)
                .build()
                .toString();
    }

    private long publishedEnglishPost(String title) throws Exception {
        HttpResponse<String> created = owner().post(
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
        HttpResponse<String> published = owner().post("/api/v1/posts/" + id + "/translations/en/publish", "{}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    private static String translation(long id, String locale) {
        return "/api/v1/posts/" + id + "/translations/" + locale;
    }

    /** Saves the locale's text with this slug, submits and approves it; returns its public URL. */
    private String publish(long id, String locale, String title, String slug) throws Exception {
        submit(id, locale, title, slug);
        String url = approve(id, locale);
        assertThat(reader().get(url).statusCode()).as("GET %s", url).isEqualTo(200);
        return url;
    }

    private void submit(long id, String locale, String title, String slug) throws Exception {
        HttpResponse<String> current = owner().get(translation(id, locale));
        String etag = current.statusCode() == 200
                ? current.headers().firstValue("ETag").orElseThrow()
                : null;
        HttpResponse<String> saved = owner().put(translation(id, locale), fields(title, slug), etag);
        assertThat(saved.statusCode()).as(saved.body()).isIn(200, 201);
        HttpResponse<String> submitted = owner().post(translation(id, locale) + "/submit", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    }

    /** Approves the submitted text; returns its public URL. */
    private String approve(long id, String locale) throws Exception {
        HttpResponse<String> approved = owner().post(translation(id, locale) + "/approve", "{}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        return json(approved).getString("publicUrl");
    }

    /** The URL with its last path segment replaced by this spelling of the slug. */
    private static String withSlug(String url, String slug) {
        return url.substring(0, url.lastIndexOf('/') + 1) + SlugPolicy.encodePathSegment(slug);
    }

    private static String slugOf(String url) {
        String path = URI.create(url).getRawPath();
        return SlugPolicy.decodePathSegment(path.substring(path.lastIndexOf('/') + 1))
                .orElseThrow();
    }

    /** The old URL as published, upper-cased and in NFD: each answers one 301 straight to a 200 at {@code now}. */
    private void assertOneHop(String former, String now) throws Exception {
        String slug = slugOf(former);
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(slug);
        spellings.add(slug.toUpperCase(Locale.ROOT));
        spellings.add(Normalizer.normalize(slug, Normalizer.Form.NFD));
        for (String spelling : spellings) {
            String url = withSlug(former, spelling);
            URI uri = URI.create(url);
            HttpResponse<String> moved = reader().get(uri.getHost(), uri.getRawPath(), Map.of());
            assertThat(moved.statusCode()).as("GET %s", url).isEqualTo(301);
            assertThat(moved.headers().firstValue("Location")).as("GET %s", url).hasValue(now);
        }
        assertThat(reader().get(now).statusCode())
                .as("the target is the page itself")
                .isEqualTo(200);
    }

    @Test
    void formerUrlsRedirectInOneHopCannotBeTakenAndAWithdrawnPageIsGoneUntilPublishedAgain() throws Exception {
        long id = publishedEnglishPost("Addresses that last");
        String english = json(owner().get(translation(id, "en"))).toString();
        assertThat(english).contains("addresses-that-last");

        String deFirst = publish(id, "de", "Adressen, die bleiben", "adressen-die-bleiben");
        String deSecond = publish(id, "de", "Bleibende Adressen", "bleibende-adressen");
        assertOneHop(deFirst, deSecond);
        String deThird = publish(id, "de", "Adressen für immer", "adressen-fuer-immer");
        assertOneHop(deFirst, deThird);
        assertOneHop(deSecond, deThird);

        String ruFirst = publish(id, "ru", "Адреса, которые остаются", "старый-адрес-й");
        String ruSecond = publish(id, "ru", "Новый адрес", "новый-адрес-й");
        assertThat(Normalizer.normalize(slugOf(ruFirst), Normalizer.Form.NFD)).isNotEqualTo(slugOf(ruFirst));
        assertOneHop(ruFirst, ruSecond);

        // Another item cannot take a slug that still leads readers to this one.
        long other = publishedEnglishPost("Another item entirely");
        for (String[] taken : new String[][] {{"de", "adressen-die-bleiben"}, {"ru", "старый-адрес-й"}}) {
            HttpResponse<String> refused =
                    owner().put(translation(other, taken[0]), fields("Etwas anderes", taken[1]), null);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(refused.body()).contains("\"field\":\"slug\"").contains("post " + id);
        }
        assertOneHop(deFirst, deThird);

        // Withdrawn is not missing: the page and its former URLs are gone, with the locales still live.
        assertThat(owner().post(translation(id, "de") + "/unpublish", "{}").statusCode())
                .isEqualTo(200);
        for (String url : new String[] {deThird, deFirst, withSlug(deSecond, "BLEIBENDE-ADRESSEN")}) {
            URI uri = URI.create(url);
            HttpResponse<String> gone = reader().get(uri.getHost(), uri.getRawPath(), Map.of());
            assertThat(gone.statusCode()).as("GET %s", url).isEqualTo(410);
            assertThat(gone.body())
                    .contains("lang=\"de\"")
                    .contains("Seite zurückgezogen")
                    .contains("href=\"" + ruSecond + "\"")
                    .contains("hreflang=\"en\"")
                    .doesNotContain("href=\"" + deThird + "\"");
        }
        assertThat(reader().get(ruSecond).statusCode()).isEqualTo(200);

        // Published again at its last slug: 200 there, and the older URLs lead there again in one hop.
        String again = publish(id, "de", "Adressen für immer", "adressen-fuer-immer");
        assertThat(again).isEqualTo(deThird);
        assertOneHop(deFirst, deThird);
        assertOneHop(deSecond, deThird);

        // Only the owner can let a former slug go; it is audited, stops redirecting, and is free to take.
        String release = translation(id, "de") + "/former-slugs/ADRESSEN-DIE-BLEIBEN/release";
        ApiClient anna = ApiClient.as(container.toURI(), "anna", "demo-anna-password");
        assertThat(anna.post(release, "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> released = owner().post(release, "{}");
        assertThat(released.statusCode()).as(released.body()).isEqualTo(204);
        assertThat(owner().post(release, "{}").statusCode()).isEqualTo(404);
        assertThat(owner().get("/api/v1/audit?kind=post&item=" + id + "&locale=de")
                        .body())
                .contains("RELEASE_SLUG")
                .contains("adressen-die-bleiben");
        assertThat(reader().get(deFirst).statusCode()).isEqualTo(404);
        assertOneHop(deSecond, deThird);
        HttpResponse<String> taken =
                owner().put(translation(other, "de"), fields("Etwas anderes", "adressen-die-bleiben"), null);
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    }

    /**
     * de used to live at https://alt.beispiel.example and under https://glossa.example/de (glossa.former-sites in
     * arquillian.xml): a URL a German post had there, in any spelling and with a trailing slash, answers one 301
     * straight to the post's current URL on the current base, not to its old slug there.
     */
    @Test
    void aFormerSlugOnAFormerBaseLeadsInOneHopToTheCurrentUrl() throws Exception {
        long id = publishedEnglishPost("Moved house and name");
        String before = publish(id, "de", "Umgezogen", "umgezogen-mit-altem-namen");
        String now = publish(id, "de", "Umgezogen und umbenannt", "umgezogen-und-umbenannt");
        assertThat(now).startsWith("https://beispiel.example.de/blog/");
        String oldPath = URI.create(before).getRawPath();
        String nowPath = URI.create(now).getRawPath();
        Map<String, String> formerBases =
                Map.of("alt.beispiel.example", "", "ALT.Beispiel.Example.:8443", "", "glossa.example", "/de");
        for (Map.Entry<String, String> base : formerBases.entrySet()) {
            for (String path : new String[] {
                oldPath,
                withSlug(oldPath, "UMGEZOGEN-MIT-ALTEM-NAMEN"),
                oldPath + "/",
                withSlug(oldPath, "Umgezogen-Mit-Altem-Namen") + "/",
                nowPath + "/",
                withSlug(nowPath, "UMGEZOGEN-UND-UMBENANNT")
            }) {
                String request = base.getKey() + base.getValue() + path;
                HttpResponse<String> moved = reader().get(base.getKey(), base.getValue() + path, Map.of());
                assertThat(moved.statusCode()).as("GET %s", request).isEqualTo(301);
                assertThat(moved.headers().firstValue("Location"))
                        .as("GET %s", request)
                        .hasValue(now);
            }
            // The page's own URL on a former base: the same path on the current base, query and all.
            HttpResponse<String> same = reader().get(base.getKey(), base.getValue() + nowPath + "?ref=old", Map.of());
            assertThat(same.statusCode()).isEqualTo(301);
            assertThat(same.headers().firstValue("Location")).hasValue(now + "?ref=old");
        }
        assertThat(reader().get(now).statusCode())
                .as("the Location is the page itself")
                .isEqualTo(200);
        // The current base gives the same answer for the same spellings, also in one hop.
        HttpResponse<String> slash = reader().get(withSlug(before, "UMGEZOGEN-MIT-ALTEM-NAMEN") + "/");
        assertThat(slash.statusCode()).isEqualTo(301);
        assertThat(slash.headers().firstValue("Location")).hasValue(now);
    }

    /**
     * A change marks stale only the pages it changes: a page of another item is still answered from the page cache
     * (nothing is rendered for it), while the list of the changed locale and the item's page in another locale (its
     * alternates) show the change at their next request, no reader waiting for a whole-site rebuild.
     */
    @Test
    void aChangeRendersAgainOnlyThePagesItChanges() throws Exception {
        long untouched = publishedEnglishPost("Left as it was");
        String untouchedDe = publish(untouched, "de", "So gelassen, wie es war", "so-gelassen-wie-es-war");
        long changed = publishedEnglishPost("Renamed in German");
        String before = publish(changed, "de", "Titel vor der Umbenennung", "titel-vor-der-umbenennung");
        String deBlog = before.substring(0, before.lastIndexOf('/'));
        String enPost =
                Page.parse(before, reader().get(before).body()).alternates().get("en");
        assertThat(enPost).isNotNull();
        for (String url : List.of(untouchedDe, deBlog, enPost)) {
            assertThat(reader().get(url).statusCode()).as("GET %s", url).isEqualTo(200);
        }

        String now = publish(changed, "de", "Titel nach der Umbenennung", "titel-nach-der-umbenennung");

        long renders = renders();
        HttpResponse<String> other = reader().get(untouchedDe);
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(renders())
                .as("another item's page is answered from the cache")
                .isEqualTo(renders);
        assertThat(reader().get(deBlog).body())
                .contains("Titel nach der Umbenennung")
                .doesNotContain("Titel vor der Umbenennung");
        assertThat(Page.parse(enPost, reader().get(enPost).body()).alternates())
                .as("the item's page in another locale links the new German URL")
                .containsEntry("de", now);
        assertThat(renders())
                .as("the list and the item's other page were rendered again")
                .isGreaterThan(renders);
    }

    /**
     * A change made on this node marks its pages at once; when the look for other nodes' changes (once a second, at
     * a reader's request) meets it later, it knows it as handled and does not mark them again, so the page rendered
     * after the change is answered from the cache. The look runs at the request just before the approval, so that
     * the change is new to it at the request a second later.
     */
    @Test
    void aChangeMadeOnThisNodeIsNotMarkedAgainByTheLookForOtherNodesChanges() throws Exception {
        long id = publishedEnglishPost("Rendered once after its change");
        String first = publish(id, "de", "Einmal gerendert", "einmal-gerendert");
        submit(id, "de", "Einmal gerendert, neu", "einmal-gerendert-neu");
        Thread.sleep(1_100);
        assertThat(reader().get(first).statusCode()).isIn(200, 301);
        String now = approve(id, "de");
        assertThat(reader().get(now).body()).contains("Einmal gerendert, neu");

        long renders = renders();
        Thread.sleep(1_100);
        assertThat(reader().get(now).statusCode()).isEqualTo(200);
        assertThat(renders())
                .as("the page rendered after the change is answered from the cache")
                .isEqualTo(renders);
    }

    /**
     * Sitemap parts have a stable membership (the ITs put 3 post ids in a group): renaming a post in German renders
     * the group holding it in the locales where it is live, and keeps every other group as stored.
     */
    @Test
    void aChangeRendersOnlyTheSitemapGroupHoldingItsItem() throws Exception {
        long changed = publishedEnglishPost("Listed in one sitemap group");
        String before = publish(changed, "de", "Vor der Umbenennung gelistet", "vor-der-umbenennung-gelistet");
        String part = "/sitemap-posts-" + ((changed - 1) / 3 + 1) + ".xml";
        String dePart = before.substring(0, before.indexOf("/blog/")) + part;
        String enPage =
                Page.parse(before, reader().get(before).body()).alternates().get("en");
        String enPart = enPage.substring(0, enPage.indexOf("/blog/")) + part;
        awaitListed(dePart, "<loc>" + before + "</loc>");
        awaitListed(enPart, "href=\"" + before + "\"");
        long rendered = metric("glossa_sitemap_groups_rendered");
        long kept = metric("glossa_sitemap_groups_kept");

        String now = publish(changed, "de", "Nach der Umbenennung gelistet", "nach-der-umbenennung-gelistet");

        awaitListed(dePart, "<loc>" + now + "</loc>");
        awaitListed(enPart, "href=\"" + now + "\"");
        assertThat(metric("glossa_sitemap_groups_rendered") - rendered)
                .as("the group holding the post, in de and in en (its alternates)")
                .isGreaterThanOrEqualTo(2);
        assertThat(metric("glossa_sitemap_groups_kept") - kept)
                .as("the other groups of de and en are kept as stored")
                .isGreaterThanOrEqualTo(1);
        assertThat(reader().get(before.substring(0, before.indexOf("/blog/")) + "/sitemap.xml")
                        .body())
                .as("the index still lists the kept groups")
                .contains("/sitemap-roles-1.xml", part);
    }

    private void awaitListed(String document, String entry) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpResponse<String> response = reader().get(document);
            if (response.statusCode() == 200 && response.body().contains(entry)) {
                return;
            }
            assertThat(System.nanoTime())
                    .as("%s lists %s within 60 s (last: %s)", document, entry, response.statusCode())
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private long metric(String name) throws Exception {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*}\\s+([0-9.]+)")
                .matcher(new SiteClient(container.toURI())
                        .local("/metrics?scope=application")
                        .body());
        assertThat(m.find()).as(name + " exposed").isTrue();
        return (long) Double.parseDouble(m.group(1));
    }

    private long renders() throws Exception {
        Matcher m = Pattern.compile("(?m)^glossa_page_renders\\{[^}]*}\\s+([0-9.]+)")
                .matcher(new SiteClient(container.toURI())
                        .local("/metrics?scope=application")
                        .body());
        assertThat(m.find()).as("render metric exposed").isTrue();
        return (long) Double.parseDouble(m.group(1));
    }
}
