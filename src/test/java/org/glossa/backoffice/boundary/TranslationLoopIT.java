package org.glossa.backoffice.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossa.backoffice.boundary.BackOfficeBrowser.accessible;
import static org.glossa.backoffice.boundary.BackOfficeBrowser.idle;
import static org.glossa.backoffice.boundary.BackOfficeBrowser.screenshot;
import static org.glossa.backoffice.boundary.BackOfficeBrowser.submit;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.Eventually;
import org.glossa.containertest.SiteClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole loop through the back office alone, in Chromium against one deployment on PostgreSQL: a translator finds
 * an item in the work list, translates it into German, opens its preview on the German domain, submits; the owner
 * rejects with a comment; the translator reads it, fixes and resubmits; the owner approves; the German page and
 * sitemap show it. Only the English source is made through the API (the back office has no screen for it). The sites'
 * https URLs are answered by the container with the site's Host, as a reverse proxy would. Screenshots go to
 * {@code target/screenshots/loop-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ArquillianExtension.class)
class TranslationLoopIT {

    private static final String DE = "https://beispiel.example.de";
    private static final String SOURCE_TITLE = "The whole loop through the back office";
    private static final String FIRST_TITLE = "Die ganze Schleife durch das Backoffice, vom ersten Entwurf an";
    private static final String FIXED_TITLE = "Die ganze Schleife durch das Backoffice";
    private static final String SLUG = "die-ganze-schleife";
    private static final String COMMENT = "Bitte den Titel kürzen.";
    private static final String HOSTILE = "Schleife <script>alert(1)</script><img src=x onerror=alert(2)>";
    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    @ArquillianResource
    URL container;

    private static BackOfficeBrowser browser;
    private static long postId;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.applicationOnFreshDatabase();
    }

    private BackOfficeBrowser browser() {
        if (browser == null) {
            browser = new BackOfficeBrowser(container.getPort());
        }
        return browser;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private URI uri() {
        try {
            return container.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private SiteClient sites() {
        return new SiteClient(uri());
    }

    /**
     * A browser profile whose requests to the sites' https URLs reach the container with the site's Host (the
     * container speaks plain HTTP): what a reverse proxy in front of it does. Dialogs are recorded, never accepted.
     */
    private BrowserContext context(String language, List<String> dialogs) {
        BrowserContext context = browser().context(language, 1280, 900);
        context.route("https://**", this::throughTheProxy);
        context.onPage(p -> p.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        }));
        return context;
    }

    private void throughTheProxy(Route route) {
        URI url = URI.create(route.request().url());
        String path = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        HttpResponse<String> answer = sites().get(url.getHost(), path, Map.of());
        Map<String, String> headers = new HashMap<>();
        answer.headers().map().forEach((name, values) -> {
            if (!Set.of("content-length", "transfer-encoding", "connection").contains(name)) {
                headers.put(name, String.join(", ", values));
            }
        });
        route.fulfill(new Route.FulfillOptions()
                .setStatus(answer.statusCode())
                .setHeaders(headers)
                .setBody(answer.body()));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /** A button of the editor (ajax): waits until PrimeFaces is idle again. */
    private static void ajax(Page page, String name) {
        button(page, name).click();
        idle(page);
    }

    /**
     * Submits for review as a translator does: when the quality checks warn (a title longer than search results show,
     * say), the editor asks for each warning to be acknowledged, and the translator ticks them and submits again.
     */
    private static void submitForReview(Page page) {
        ajax(page, "Submit for review");
        Locator acknowledgements = page.locator(".quality-ack input[type='checkbox']");
        if (acknowledgements.count() == 0) {
            return;
        }
        assertThat(page.getByText("Acknowledge each warning of the quality checks before submitting.")
                        .isVisible())
                .isTrue();
        acknowledgements.all().forEach(Locator::check);
        ajax(page, "Submit for review");
    }

    /** A button that sends its form without ajax: waits for the page that answers. */
    private static void post(Page page, String name) {
        submit(page, () -> button(page, name).click());
    }

    private static Locator previewLink(Page page) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Preview on the site"));
    }

    /** Opens the work list filtered to one state and language, searching the source title. */
    private void workList(Page page, String state, String locale) {
        page.navigate(browser().admin("/index.xhtml"));
        idle(page);
        Locator filters = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Filters"));
        filters.getByLabel("State").selectOption(state);
        filters.getByLabel("Language").selectOption(locale);
        filters.getByLabel("Search source titles").fill("whole loop");
        post(page, "Filter");
    }

    private static Locator rows(Page page) {
        return page.locator("[id='list:items'] tbody tr");
    }

    /** Opens the review screen of the German submission from the owner's queue. */
    private void openGermanSubmissionFromTheQueue(Page page) {
        page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Review queue"))
                .click();
        page.waitForURL("**/admin/review.xhtml");
        idle(page);
        Locator row = page.locator("[id='queue:items'] tbody tr")
                .filter(new Locator.FilterOptions().setHasText(SOURCE_TITLE))
                .filter(new Locator.FilterOptions().setHas(page.locator("span[lang='de']")));
        assertThat(row.count()).isEqualTo(1);
        submit(page, () -> row.getByRole(AriaRole.LINK).click());
        assertThat(page.url()).contains("review-item.xhtml").contains("locale=de");
    }

    private static String messages(Page page) {
        return page.locator("[id='messages']").textContent();
    }

    /** The German sitemap index and the files it lists, as one text. */
    private String germanSitemaps() {
        StringBuilder all = new StringBuilder();
        HttpResponse<String> index = sites().get(DE + "/sitemap.xml");
        all.append(index.body());
        Matcher loc = LOC.matcher(index.body());
        while (loc.find()) {
            all.append(sites().get(loc.group(1)).body());
        }
        return all.toString();
    }

    @Test
    @Order(1)
    void aTranslationGoesTheWholeLoopThroughTheBackOfficeAndGoesLiveOnTheGermanDomain() throws Exception {
        ApiClient owner = ApiClient.as(uri(), "owner", "demo-owner-password");
        HttpResponse<String> created = owner.post(
                "/api/v1/posts",
                Json.createObjectBuilder()
                        .add("sourceLocale", "en")
                        .add("title", SOURCE_TITLE)
                        .add("summary", "From a draft to a live page")
                        .add("body", "The **whole** way, from the draft to the page.")
                        .build()
                        .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject post = Json.createReader(new StringReader(created.body())).readObject();
        postId = post.getJsonNumber("id").longValue();
        assertThat(owner.post("/api/v1/posts/" + postId + "/translations/en/publish", "{}")
                        .statusCode())
                .isEqualTo(200);

        List<String> dialogs = new ArrayList<>();
        try (BrowserContext annas = context("en", dialogs);
                BrowserContext owners = context("en", dialogs)) {
            // The translator finds the item among her own locales' work and translates it into German.
            Page anna = annas.newPage();
            browser().signIn(anna, "anna", "demo-anna-password");
            workList(anna, "", "");
            assertThat(rows(anna).locator("td:nth-child(2) span[lang]").all())
                    .as("her locales only")
                    .isNotEmpty()
                    .allMatch(s -> Set.of("de", "fr").contains(s.getAttribute("lang")));
            workList(anna, "MISSING", "de");
            assertThat(rows(anna).count()).isEqualTo(1);
            screenshot(anna, "loop-worklist-en");
            accessible(anna, "work list, English");
            rows(anna).getByRole(AriaRole.LINK).click();
            anna.waitForLoadState();
            idle(anna);
            assertThat(anna.url()).contains("/admin/edit.xhtml?kind=post").contains("locale=de");
            assertThat(previewLink(anna).count())
                    .as("nothing saved: nothing to preview")
                    .isZero();

            field(anna, "Title").fill(FIRST_TITLE);
            field(anna, "Summary").fill("Vom Entwurf bis zur Seite");
            field(anna, "Body").fill("Der **ganze** Weg, vom Entwurf bis zur Seite.");
            ajax(anna, "Save");
            PlaywrightAssertions.assertThat(anna.getByText("Saved.")).isVisible();
            field(anna, "Slug").fill(SLUG);
            ajax(anna, "Save");

            // The preview: the saved draft on the German domain, in the site's layout, not for search engines.
            assertThat(previewLink(anna).getAttribute("href")).startsWith(DE + "/preview?");
            assertThat(anna.locator(".preview-link .hint").textContent()).contains("works until");
            Page preview = annas.waitForPage(() -> previewLink(anna).click());
            preview.waitForLoadState();
            assertThat(preview.url()).startsWith(DE + "/preview?");
            assertThat(preview.locator("html").getAttribute("lang")).isEqualTo("de");
            assertThat(preview.locator("h1").textContent()).isEqualTo(FIRST_TITLE);
            assertThat(preview.locator("article .body strong").textContent()).isEqualTo("ganze");
            assertThat(preview.locator("meta[name='robots']").getAttribute("content"))
                    .isEqualTo("noindex, nofollow");
            assertThat(preview.locator("link[rel='canonical']").getAttribute("href"))
                    .isEqualTo(DE + "/blog/" + SLUG);
            screenshot(preview, "loop-preview-de");
            accessible(preview, "preview of the German draft");
            preview.close();
            assertThat(sites().get(DE + "/blog/" + SLUG).statusCode())
                    .as("readers see nothing yet")
                    .isEqualTo(404);

            submitForReview(anna);
            assertThat(anna.getByText("Submitted for review.").isVisible()).isTrue();
            assertThat(anna.locator(".editor-item .state").textContent()).isEqualTo("In review");
            screenshot(anna, "loop-editor-en");
            accessible(anna, "editor after submission, English");

            // The owner rejects it with a comment, from the queue; the review screen links the same preview.
            Page ownersPage = owners.newPage();
            browser().signIn(ownersPage, "owner", "demo-owner-password");
            openGermanSubmissionFromTheQueue(ownersPage);
            assertThat(previewLink(ownersPage).getAttribute("href")).startsWith(DE + "/preview?");
            Page ownersPreview =
                    owners.waitForPage(() -> previewLink(ownersPage).click());
            ownersPreview.waitForLoadState();
            assertThat(ownersPreview.locator("h1").textContent()).isEqualTo(FIRST_TITLE);
            ownersPreview.close();
            ownersPage.getByLabel("Comment for the translator").fill(COMMENT);
            post(ownersPage, "Reject");
            assertThat(messages(ownersPage)).contains("Rejected");
            screenshot(ownersPage, "loop-review-en");
            accessible(ownersPage, "review screen after rejection, English");

            // The translator sees the rejection and the comment, fixes the title and submits again.
            workList(anna, "REJECTED", "de");
            assertThat(rows(anna).count()).isEqualTo(1);
            assertThat(rows(anna).locator(".state").textContent()).isEqualTo("Rejected");
            rows(anna).getByRole(AriaRole.LINK).click();
            anna.waitForLoadState();
            idle(anna);
            assertThat(anna.locator(".review-comment .comment").textContent()).isEqualTo(COMMENT);
            screenshot(anna, "loop-rejected-en");
            accessible(anna, "editor of a rejected translation, English");
            field(anna, "Title").fill(FIXED_TITLE);
            submitForReview(anna);
            assertThat(anna.getByText("Submitted for review.").isVisible()).isTrue();
            assertThat(anna.locator(".editor-item .state").textContent()).isEqualTo("In review");

            // The owner approves; readers get the page on the German domain, and the sitemap lists it.
            openGermanSubmissionFromTheQueue(ownersPage);
            assertThat(ownersPage.locator(".translation .field-title").textContent())
                    .isEqualTo(FIXED_TITLE);
            post(ownersPage, "Approve");
            assertThat(messages(ownersPage)).contains("Approved");
            assertThat(ownersPage.locator("#review-status").textContent().strip())
                    .isEqualTo("Published");

            Page live = owners.newPage();
            live.navigate(DE + "/blog/" + SLUG);
            assertThat(live.locator("h1").textContent()).isEqualTo(FIXED_TITLE);
            assertThat(live.locator("meta[name='robots']").count()).isZero();
            screenshot(live, "loop-live-de");
            Eventually.until(
                    "the German sitemap lists the new page",
                    () -> germanSitemaps().contains("<loc>" + DE + "/blog/" + SLUG + "</loc>") ? true : null);
            assertThat(germanSitemaps()).doesNotContain("/preview?");
        }
        assertThat(dialogs).as("no script ran").isEmpty();
    }

    @Test
    @Order(2)
    void theLoopsScreensInAnArabicUi() throws Exception {
        List<String> dialogs = new ArrayList<>();
        try (BrowserContext annas = context("ar", dialogs);
                BrowserContext owners = context("ar", dialogs)) {
            Page anna = annas.newPage();
            browser().signIn(anna, "anna", "demo-anna-password");
            assertThat(anna.locator("html").getAttribute("dir")).isEqualTo("rtl");
            anna.navigate(browser().admin("/index.xhtml"));
            idle(anna);
            screenshot(anna, "loop-worklist-ar");
            accessible(anna, "work list, Arabic");
            anna.navigate(browser().admin("/edit.xhtml?kind=post&id=" + postId + "&locale=de"));
            idle(anna);
            Locator link = anna.locator(".preview-link a");
            assertThat(link.getAttribute("href")).startsWith(DE + "/preview?");
            assertThat(link.textContent()).isEqualTo("معاينة على الموقع");
            screenshot(anna, "loop-editor-ar");
            accessible(anna, "editor with the preview link, Arabic");

            Page owner = owners.newPage();
            browser().signIn(owner, "owner", "demo-owner-password");
            owner.navigate(browser().admin("/review-item.xhtml?kind=post&item=" + postId + "&locale=de"));
            idle(owner);
            assertThat(owner.locator(".preview-link a").getAttribute("href")).startsWith(DE + "/preview?");
            screenshot(owner, "loop-review-ar");
            accessible(owner, "review screen with the preview link, Arabic");
            Page preview =
                    owners.waitForPage(() -> owner.locator(".preview-link a").click());
            preview.waitForLoadState();
            assertThat(preview.locator("html").getAttribute("lang"))
                    .as("the site's language, not the UI's")
                    .isEqualTo("de");
            assertThat(preview.locator("h1").textContent()).isEqualTo(FIXED_TITLE);
        }
        assertThat(dialogs).isEmpty();
    }

    @Test
    @Order(3)
    void aHostileTitleIsTextOnTheReviewScreenAndInThePreview() {
        ApiClient karim = ApiClient.as(uri(), "karim", "demo-karim-password");
        String path = "/api/v1/posts/" + postId + "/translations/ar";
        HttpResponse<String> draft = karim.put(
                path,
                Json.createObjectBuilder()
                        .add("title", HOSTILE)
                        .add("summary", "ملخص")
                        .add("body", "نص <img src=x onerror=alert(3)> **عريض**")
                        .add("slug", "schleife-ar")
                        .build()
                        .toString(),
                null);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        assertThat(karim.post(path + "/submit", "{}").statusCode()).isEqualTo(200);

        List<String> dialogs = new ArrayList<>();
        try (BrowserContext owners = context("en", dialogs)) {
            Page owner = owners.newPage();
            browser().signIn(owner, "owner", "demo-owner-password");
            owner.navigate(browser().admin("/review.xhtml"));
            idle(owner);
            owner.navigate(browser().admin("/review-item.xhtml?kind=post&item=" + postId + "&locale=ar"));
            idle(owner);
            assertThat(owner.locator(".translation .field-title").textContent()).isEqualTo(HOSTILE);
            assertThat(owner.locator(".review script, .review img").count()).isZero();
            Page preview = owners.waitForPage(() -> previewLink(owner).click());
            preview.waitForLoadState();
            assertThat(preview.url()).startsWith("https://ar.glossa.example/preview?");
            assertThat(preview.locator("html").getAttribute("dir")).isEqualTo("rtl");
            assertThat(preview.locator("h1").textContent()).isEqualTo(HOSTILE);
            assertThat(preview.locator("main script, main img").count())
                    .as("the site's sanitiser, as for a published body")
                    .isZero();
            assertThat(preview.locator("article .body strong").textContent()).isEqualTo("عريض");
        }
        assertThat(dialogs).as("no script from a title or body ran").isEmpty();
    }
}
