package org.glossa.backoffice.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossa.backoffice.boundary.BackOfficeBrowser.accessible;
import static org.glossa.backoffice.boundary.BackOfficeBrowser.idle;
import static org.glossa.backoffice.boundary.BackOfficeBrowser.screenshot;
import static org.glossa.backoffice.boundary.BackOfficeBrowser.submit;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
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
 * The owner's review desk in a real browser (Debian's Chromium driven by Playwright) against one deployment on
 * PostgreSQL with the demo content and accounts. Translators submit through the API (the fast door); the owner
 * decides in the browser; what readers get is checked on the locale's own domain. Screenshots go to
 * {@code target/screenshots/review-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ArquillianExtension.class)
class ReviewDeskIT {

    private static final String DE_SITE = "https://beispiel.example.de";
    private static final String HOSTILE = "Desk <script>alert(1)</script> <img src=x onerror=alert(2)>";
    private static final Pattern STATEMENTS = Pattern.compile("(?m)^glossa_sql_statements\\{[^}]*}\\s+([0-9.]+)");

    @ArquillianResource
    URL container;

    private static BackOfficeBrowser browser;

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

    private String admin(String path) {
        return browser().admin(path);
    }

    private BrowserContext context(String acceptLanguage, int width, int height) {
        return browser().context(acceptLanguage, width, height);
    }

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.applicationOnFreshDatabase();
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(admin("/signin.xhtml"));
        idle(page);
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        submit(
                page,
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                        .click());
        assertThat(page.url()).endsWith("/admin/index.xhtml");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static void click(Page page, String button) {
        submit(page, () -> button(page, button).click());
    }

    /** The queue's filters (the table's column headers carry the same names). */
    private static Locator filters(Page page) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Filters"));
    }

    private static String messages(Page page) {
        return page.locator("[id='messages']").textContent();
    }

    private static String status(Page page) {
        return page.locator("#review-status").textContent().strip();
    }

    private URI uri() {
        try {
            return container.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ApiClient owner() {
        return ApiClient.as(uri(), "owner", "demo-owner-password");
    }

    private ApiClient anna() {
        return ApiClient.as(uri(), "anna", "demo-anna-password");
    }

    private ApiClient karim() {
        return ApiClient.as(uri(), "karim", "demo-karim-password");
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
    private long publishedEnglishPost(String title) {
        HttpResponse<String> created = owner().post(
                        "/api/v1/posts",
                        Json.createObjectBuilder()
                                .add("sourceLocale", "en")
                                .add("title", title)
                                .add("summary", "Summary of a post for review")
                                .add("body", "First paragraph of the post, with **bold** words.")
                                .build()
                                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        HttpResponse<String> published = owner().post(path(id, "en") + "/publish", "{}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    private static String path(long id, String locale) {
        return "/api/v1/posts/" + id + "/translations/" + locale;
    }

    /** A translator saves a first draft of a translation and submits it. */
    private static void submitted(ApiClient translator, long id, String locale, String title, String body) {
        HttpResponse<String> draft = translator.put(path(id, locale), fields(title, null, "Kurz", body), null);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        HttpResponse<String> submitted = translator.post(path(id, locale) + "/submit", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    }

    private String reviewScreen(long id, String locale) {
        return admin("/review-item.xhtml?kind=post&item=" + id + "&locale=" + locale);
    }

    private long statements() {
        HttpResponse<String> metrics = new SiteClient(uri()).get("127.0.0.1", "/metrics?scope=application", Map.of());
        Matcher m = STATEMENTS.matcher(metrics.body());
        assertThat(m.find()).as("statement metric exposed").isTrue();
        return (long) Double.parseDouble(m.group(1));
    }

    private static long id;
    private static long scheduledId;

    @Test
    @Order(1)
    void theOwnerRejectsWithACommentThenApprovesAndThePageIsLiveOnTheLocalesDomain() throws Exception {
        id = publishedEnglishPost(HOSTILE);
        scheduledId = id;
        submitted(anna(), id, "de", "Der Prüfpult", "Erster Absatz mit **fetten** Wörtern.");
        submitted(anna(), id, "fr", "Le pupitre", "Premier paragraphe avec des mots en **gras**.");
        submitted(karim(), id, "ar", "مكتب المراجعة", "الفقرة الأولى بكلمات **عريضة**.");

        try (BrowserContext context = context("en", 1280, 900)) {
            Page page = context.newPage();
            List<String> dialogs = new ArrayList<>();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            signIn(page, "owner", "demo-owner-password");

            page.getByRole(AriaRole.NAVIGATION)
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Review queue"))
                    .click();
            page.waitForURL("**/admin/review.xhtml");
            idle(page);
            long before = statements();
            page.reload();
            idle(page);
            long used = statements() - before;
            Locator rows = page.locator("[id='queue:items'] tbody tr");
            assertThat(rows.count())
                    .as("three submissions of the post, at least")
                    .isGreaterThanOrEqualTo(3);
            // Resuming the session (the account and its locales), the count, the page, its items, source titles and
            // translators: one query each, whatever the rows; slack for the scheduler's background checks.
            assertThat(used).as("statements for one page of the queue").isLessThanOrEqualTo(7 + 4);

            Locator hostileRows = rows.filter(new Locator.FilterOptions().setHasText("<script>alert(1)</script>"));
            assertThat(hostileRows.count())
                    .as("the hostile title is shown as text")
                    .isEqualTo(3);
            assertThat(page.locator("[id='queue:items'] script, [id='queue:items'] img")
                            .count())
                    .as("no element made of a title")
                    .isZero();
            Locator germanRow = hostileRows.filter(new Locator.FilterOptions().setHas(page.locator("span[lang='de']")));
            assertThat(germanRow.textContent())
                    .as("the translator by their display name")
                    .contains("Deutsch", "Anna (demo translator)");

            submit(page, () -> germanRow.getByRole(AriaRole.LINK).click());
            assertThat(page.url()).contains("review-item.xhtml");
            assertThat(page.locator("#source-text").getAttribute("dir")).isEqualTo("ltr");
            assertThat(page.locator("#translation-text").getAttribute("lang")).isEqualTo("de");
            assertThat(page.locator("#preview").getAttribute("lang")).isEqualTo("de");
            assertThat(page.locator("#preview strong").textContent()).isEqualTo("fetten");
            assertThat(page.locator(".source .field-title").textContent()).isEqualTo(HOSTILE);
            assertThat(status(page)).isEqualTo("In review");

            page.getByLabel("Comment for the translator").fill("Bitte den Titel ausführlicher.");
            click(page, "Reject");
            assertThat(messages(page)).contains("Rejected");
            assertThat(status(page))
                    .as("back in draft with the comment: the label the work list and editor use")
                    .isEqualTo("Rejected");
            assertThat(button(page, "Approve").count())
                    .as("nothing left to decide")
                    .isZero();

            HttpResponse<String> working = anna().get(path(id, "de"));
            assertThat(json(working).getJsonObject("state").getString("reviewComment"))
                    .isEqualTo("Bitte den Titel ausführlicher.");
            HttpResponse<String> revised = anna().put(
                            path(id, "de"),
                            fields("Der Prüfpult im Test", "der-pruefpult", "Kurz", "Erster Absatz, überarbeitet."),
                            working.headers().firstValue("ETag").orElseThrow());
            assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
            assertThat(anna().post(path(id, "de") + "/submit", "{}").statusCode())
                    .isEqualTo(200);

            page.navigate(reviewScreen(id, "de"));
            idle(page);
            assertThat(status(page)).isEqualTo("In review");
            assertThat(page.getByText("No version of this translation is live yet.")
                            .isVisible())
                    .isTrue();
            click(page, "Approve");
            assertThat(messages(page)).contains("Approved");
            assertThat(status(page)).isEqualTo("Published");

            HttpResponse<String> live = new SiteClient(uri()).get(DE_SITE + "/blog/der-pruefpult");
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(live.body()).contains("Der Prüfpult im Test");

            // A change to the live text: the review shows the word diff against what readers see.
            HttpResponse<String> again = anna().get(path(id, "de"));
            assertThat(anna().put(
                                    path(id, "de"),
                                    fields("Der Prüfpult im Test", "der-pruefpult", "Kurz", "Erster Absatz, neu."),
                                    again.headers().firstValue("ETag").orElseThrow())
                            .statusCode())
                    .isEqualTo(200);
            anna().post(path(id, "de") + "/submit", "{}");
            page.navigate(reviewScreen(id, "de"));
            idle(page);
            assertThat(page.locator(".diff ins").allTextContents()).anyMatch(t -> t.contains("neu"));
            assertThat(page.locator(".diff del").allTextContents()).anyMatch(t -> t.contains("überarbeitet"));

            // Decided meanwhile through the other door: the browser's approval is refused with a message, not a 500.
            page.navigate(reviewScreen(id, "fr"));
            idle(page);
            assertThat(status(page)).isEqualTo("In review");
            assertThat(owner().post(path(id, "fr") + "/approve", "{}").statusCode())
                    .isEqualTo(200);
            Response[] answer = new Response[1];
            page.onResponse(r -> {
                if (r.url().contains("review-item.xhtml")) {
                    answer[0] = r;
                }
            });
            click(page, "Approve");
            assertThat(answer[0].status()).isLessThan(500);
            assertThat(messages(page)).contains("Someone else changed this translation meanwhile");
            assertThat(status(page)).isEqualTo("Published");
            assertThat(dialogs).as("no script from a title ran").isEmpty();
        }
    }

    @Test
    @Order(2)
    void theOwnerSchedulesASubmissionInTheFutureOnly() {
        try (BrowserContext context = context("en", 1280, 900)) {
            Page page = context.newPage();
            signIn(page, "owner", "demo-owner-password");
            page.navigate(reviewScreen(scheduledId, "ar"));
            idle(page);
            assertThat(page.locator("#translation-text").getAttribute("dir")).isEqualTo("rtl");

            LocalDateTime past = LocalDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
            page.getByLabel("Publication date and time (UTC)").fill(past.toString());
            click(page, "Schedule");
            assertThat(messages(page)).contains("must be in the future");
            assertThat(status(page)).isEqualTo("In review");

            LocalDateTime future = LocalDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
            page.getByLabel("Publication date and time (UTC)").fill(future.toString());
            click(page, "Schedule");
            assertThat(messages(page)).contains("Scheduled");
            assertThat(status(page)).isEqualTo("Scheduled");
            JsonObject state = json(karim().get(path(scheduledId, "ar"))).getJsonObject("state");
            assertThat(state.getString("status")).isEqualTo("SCHEDULED");
            assertThat(state.getString("publishAt"))
                    .isEqualTo(future.toInstant(ZoneOffset.UTC).toString());
        }
    }

    @Test
    @Order(3)
    void aTranslatorIsRefusedTheDesk() {
        try (BrowserContext context = context("en", 1280, 900)) {
            Page page = context.newPage();
            signIn(page, "anna", "demo-anna-password");
            assertThat(page.getByRole(AriaRole.NAVIGATION)
                            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Review queue"))
                            .count())
                    .isZero();
            assertThat(page.navigate(admin("/review.xhtml")).status()).isEqualTo(403);
            assertThat(page.navigate(reviewScreen(scheduledId, "de")).status()).isEqualTo(403);
        }
        assertThat(anna().get("/api/v1/review-queue").statusCode()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void theQueueAndTheReviewScreenAreAccessibleInEnglishAndArabicOnDesktopAndPhone() throws Exception {
        long post = publishedEnglishPost("Accessible review");
        submitted(karim(), post, "ur", "قابل رسائی جائزہ", "پہلا پیراگراف **نمایاں** الفاظ کے ساتھ۔");
        submitted(anna(), post, "de", "Barrierefreie Prüfung", "Erster Absatz.");
        for (String language : List.of("en", "ar")) {
            for (int width : new int[] {1280, 375}) {
                String device = width > 400 ? "desktop" : "phone";
                try (BrowserContext context = context(language, width, width > 400 ? 900 : 740)) {
                    Page page = context.newPage();
                    page.navigate(admin("/signin.xhtml"));
                    idle(page);
                    page.locator("[id='signin:username']").fill("owner");
                    page.locator("[id='signin:password']").fill("demo-owner-password");
                    submit(page, () -> page.locator("[id='signin:submit']").click());
                    assertThat(page.locator("html").getAttribute("dir"))
                            .isEqualTo(language.equals("ar") ? "rtl" : "ltr");

                    page.navigate(admin("/review.xhtml"));
                    idle(page);
                    screenshot(page, "review-queue-" + language + "-" + device);
                    accessible(page, "review queue, " + language + ", " + device);
                    assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth"
                                    + " <= document.documentElement.clientWidth + 1"))
                            .as("no sideways scrolling")
                            .isTrue();

                    page.navigate(reviewScreen(post, "ur"));
                    idle(page);
                    assertThat(page.locator("#translation-text").getAttribute("dir"))
                            .isEqualTo("rtl");
                    assertThat(page.locator("#source-text").getAttribute("dir")).isEqualTo("ltr");
                    screenshot(page, "review-item-" + language + "-" + device);
                    accessible(page, "review screen, " + language + ", " + device);

                    page.navigate(reviewScreen(id, "de"));
                    idle(page);
                    screenshot(page, "review-diff-" + language + "-" + device);
                }
            }
        }
    }

    @Test
    @Order(5)
    void theQueueIsOldestFirstFilteredByLocaleAndKindWithACountPerLocale() throws Exception {
        long first = publishedEnglishPost("Queue order one");
        long second = publishedEnglishPost("Queue order two");
        submitted(anna(), second, "de", "Reihenfolge zwei", "Zweiter.");
        submitted(anna(), first, "de", "Reihenfolge eins", "Erster.");
        submitted(anna(), first, "fr", "Ordre un", "Premier.");
        submitted(karim(), first, "ar", "الترتيب واحد", "الأول.");
        Map<String, Long> waiting = new java.util.HashMap<>();
        Json.createReader(new StringReader(owner().get("/api/v1/review-queue").body()))
                .readArray()
                .forEach(v -> waiting.merge(v.asJsonObject().getString("locale"), 1L, Long::sum));

        try (BrowserContext context = context("en", 1280, 900)) {
            Page page = context.newPage();
            signIn(page, "owner", "demo-owner-password");
            page.navigate(admin("/review.xhtml"));
            idle(page);
            Locator counts = page.locator(".locale-counts li");
            assertThat(counts.count()).isEqualTo(waiting.size());
            Locator german = counts.filter(new Locator.FilterOptions().setHas(page.locator("span[lang='de']")));
            assertThat(german.textContent()).contains("Deutsch", waiting.get("de") + " submission");

            filters(page)
                    .getByLabel("Language", new Locator.GetByLabelOptions().setExact(true))
                    .selectOption("de");
            long before = statements();
            submit(page, () -> page.locator("#filter-apply").click());
            long used = statements() - before;
            assertThat(page.url()).contains("locale=de");
            // Resuming the session, the counts per locale (also the total), the page, its items, source titles and
            // translators; slack for the scheduler's background checks.
            assertThat(used).as("statements for a filtered page").isLessThanOrEqualTo(7 + 4);
            assertThat(page.locator(".locale-counts a[aria-current='true'] span")
                            .getAttribute("lang"))
                    .isEqualTo("de");
            Locator rows = page.locator("[id='queue:items'] tbody tr");
            List<String> locales = rows.locator("td:nth-child(2) span[lang]").all().stream()
                    .map(l -> l.getAttribute("lang"))
                    .toList();
            assertThat(locales).hasSize((int) Math.min(10, waiting.get("de"))).containsOnly("de");
            List<String> submitted = rows.locator("time").all().stream()
                    .map(t -> t.getAttribute("datetime"))
                    .toList();
            assertThat(submitted).as("oldest first").isSorted();
            List<String> titles = rows.locator("td:nth-child(1) span[lang]").allTextContents();
            assertThat(titles.indexOf("Queue order two"))
                    .as("submitted first, listed first")
                    .isLessThan(titles.indexOf("Queue order one"));

            filters(page)
                    .getByLabel("Kind", new Locator.GetByLabelOptions().setExact(true))
                    .selectOption("experience");
            submit(page, () -> page.locator("#filter-apply").click());
            assertThat(page.url()).contains("kind=experience");
            assertThat(page.locator("[id='queue:items'] tbody").textContent()).contains("Nothing is waiting");
            assertThat(page.locator(".locale-counts li").count()).isZero();

            Response refused = page.navigate(admin("/review.xhtml?locale=xx-nowhere&kind=poem"));
            assertThat(refused.status()).isEqualTo(200);
            assertThat(messages(page)).contains("not one of the choices");
            assertThat(page.locator("[id='queue:items'] tbody tr").count()).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    @Order(6)
    void theApiDecidesOnlyTheVersionTheOwnerRead() throws Exception {
        long post = publishedEnglishPost("If-Match on decisions");
        submitted(anna(), post, "de", "Vorbedingung", "Erste Fassung.");
        String read = owner().get(path(post, "de")).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> rejected = owner().send(
                        "POST",
                        path(post, "de") + "/reject",
                        "{\"comment\":\"Bitte genauer.\"}",
                        Map.of("If-Match", read));
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        HttpResponse<String> draft = anna().get(path(post, "de"));
        assertThat(anna().put(
                                path(post, "de"),
                                fields("Vorbedingung", "vorbedingung", "Kurz", "Zweite Fassung."),
                                draft.headers().firstValue("ETag").orElseThrow())
                        .statusCode())
                .isEqualTo(200);
        assertThat(anna().post(path(post, "de") + "/submit", "{}").statusCode()).isEqualTo(200);
        int auditBefore = Json.createReader(
                        new StringReader(owner().get("/api/v1/audit?kind=post&item=" + post + "&locale=de")
                                .body()))
                .readArray()
                .size();

        for (String decision : List.of("/approve", "/reject")) {
            String body = decision.equals("/reject") ? "{\"comment\":\"Unseen.\"}" : "{}";
            HttpResponse<String> stale =
                    owner().send("POST", path(post, "de") + decision, body, Map.of("If-Match", read));
            assertThat(stale.statusCode())
                    .as(decision + " with the ETag of a version since replaced")
                    .isEqualTo(412);
            assertThat(stale.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(stale.body()).contains("If-Match");
        }
        HttpResponse<String> unchanged = owner().get(path(post, "de"));
        assertThat(json(unchanged).getJsonObject("state").getString("status")).isEqualTo("IN_REVIEW");
        assertThat(Json.createReader(new StringReader(owner().get("/api/v1/audit?kind=post&item=" + post + "&locale=de")
                                .body()))
                        .readArray()
                        .size())
                .as("nothing audited for a refused decision")
                .isEqualTo(auditBefore);
        assertThat(new SiteClient(uri()).get(DE_SITE + "/blog/vorbedingung").statusCode())
                .isEqualTo(404);

        String current = unchanged.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> approved =
                owner().send("POST", path(post, "de") + "/approve", "{}", Map.of("If-Match", current));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(json(owner().get(path(post, "de"))).getJsonObject("state").getString("status"))
                .isEqualTo("PUBLISHED");

        // Without If-Match, as the README says: the decision applies to whatever version is current.
        submitted(anna(), post, "fr", "Précondition", "Première version.");
        HttpResponse<String> unconditional = owner().post(path(post, "fr") + "/approve", "{}");
        assertThat(unconditional.statusCode()).as(unconditional.body()).isEqualTo(200);
        assertThat(json(owner().get(path(post, "fr"))).getJsonObject("state").getString("status"))
                .isEqualTo("PUBLISHED");
    }

    @Test
    @Order(7)
    void aTranslatorsHomeShowsWhatWasDecidedInTheirLocalesSinceTheirPreviousVisit() throws Exception {
        long earlier = publishedEnglishPost("Decided before the visit");
        submitted(anna(), earlier, "de", "Vor dem Besuch", "Alt.");
        assertThat(owner().post(path(earlier, "de") + "/approve", "{}").statusCode())
                .isEqualTo(200);
        try (BrowserContext context = context("en", 1280, 900)) {
            signIn(context.newPage(), "anna", "demo-anna-password");
        }

        long post = publishedEnglishPost("Decided during the absence");
        submitted(anna(), post, "de", "Während der Abwesenheit", "Text.");
        submitted(anna(), post, "fr", "Pendant l’absence", "Texte.");
        submitted(karim(), post, "ar", "أثناء الغياب", "نص.");
        assertThat(owner().post(path(post, "de") + "/reject", "{\"comment\":\"Bitte den Schluss kürzen.\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(owner().post(path(post, "fr") + "/approve", "{}").statusCode())
                .isEqualTo(200);
        assertThat(owner().post(path(post, "ar") + "/approve", "{}").statusCode())
                .isEqualTo(200);

        try (BrowserContext context = context("en", 1280, 900)) {
            Page page = context.newPage();
            signIn(page, "anna", "demo-anna-password");
            Locator lines = page.locator("#decided li");
            assertThat(lines.count())
                    .as("the two decisions in her locales since her previous visit")
                    .isEqualTo(2);
            assertThat(lines.nth(0).textContent()).contains("Approved", "Pendant l’absence", "Français");
            assertThat(lines.nth(1).textContent())
                    .contains("Rejected", "Während der Abwesenheit", "Deutsch", "Bitte den Schluss kürzen.");
            assertThat(page.locator("#decided").textContent())
                    .doesNotContain("أثناء الغياب")
                    .doesNotContain("Vor dem Besuch");
            assertThat(lines.nth(1).locator("a span").getAttribute("lang")).isEqualTo("de");
            screenshot(page, "home-decided-en-desktop");
            accessible(page, "home with decisions, en, desktop");

            page.reload();
            idle(page);
            assertThat(page.locator("#decided li").count())
                    .as("a visit is a sign-in: opening the home again keeps the list")
                    .isEqualTo(2);

            submit(
                    page,
                    () -> page.locator("#decided li")
                            .nth(1)
                            .getByRole(AriaRole.LINK)
                            .click());
            assertThat(page.url()).contains("edit.xhtml?kind=post&id=" + post + "&locale=de");
            assertThat(page.locator(".state").first().textContent()).isEqualTo("Rejected");
        }

        HttpResponse<String> draft = anna().get(path(post, "de"));
        assertThat(anna().put(
                                path(post, "de"),
                                fields("Während der Abwesenheit", "waehrend-der-abwesenheit", "Kurz", "Kürzer."),
                                draft.headers().firstValue("ETag").orElseThrow())
                        .statusCode())
                .isEqualTo(200);
        assertThat(anna().post(path(post, "de") + "/submit", "{}").statusCode()).isEqualTo(200);
        assertThat(owner().post(path(post, "de") + "/approve", "{}").statusCode())
                .isEqualTo(200);

        try (BrowserContext context = context("ar", 1280, 900)) {
            Page page = context.newPage();
            page.navigate(admin("/signin.xhtml"));
            idle(page);
            page.locator("[id='signin:username']").fill("anna");
            page.locator("[id='signin:password']").fill("demo-anna-password");
            submit(page, () -> page.locator("[id='signin:submit']").click());
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            Locator lines = page.locator("#decided li");
            assertThat(lines.count())
                    .as("only what came after the previous visit")
                    .isEqualTo(1);
            assertThat(lines.first().textContent()).contains("Während der Abwesenheit");
            assertThat(lines.first().locator("a span").getAttribute("dir")).isEqualTo("ltr");
            screenshot(page, "home-decided-ar-desktop");
            accessible(page, "home with decisions, ar, desktop");
            page.setViewportSize(375, 740);
            idle(page);
            screenshot(page, "home-decided-ar-phone");
            accessible(page, "home with decisions, ar, phone");
            assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth"
                            + " <= document.documentElement.clientWidth + 1"))
                    .as("no sideways scrolling")
                    .isTrue();
        }

        try (BrowserContext context = context("en", 375, 740)) {
            Page page = context.newPage();
            signIn(page, "anna", "demo-anna-password");
            assertThat(page.locator("#decided li").count()).isZero();
            assertThat(page.locator(".home-changes").textContent())
                    .contains("Nothing in your languages was approved or rejected since then.");
            screenshot(page, "home-decided-en-phone");
            accessible(page, "home without decisions, en, phone");
        }
        try (BrowserContext context = context("en", 1280, 900)) {
            Page page = context.newPage();
            signIn(page, "owner", "demo-owner-password");
            assertThat(page.locator(".home-changes").count())
                    .as("the owner takes the decisions")
                    .isZero();
        }
    }

    @Test
    @Order(20)
    void theReviewScreenShowsTheQualityChecksAndTheWarningsTheTranslatorAcknowledged() throws Exception {
        HttpResponse<String> created = owner().post(
                        "/api/v1/posts",
                        Json.createObjectBuilder()
                                .add("sourceLocale", "en")
                                .add("title", "Quality under review")
                                .add("summary", "What the plan costs.")
                                .add("body", "The plan costs 1,234.5 euros a year.")
                                .build()
                                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long post = json(created).getJsonNumber("id").longValue();
        assertThat(owner().post(path(post, "en") + "/publish", "{}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> draft = anna().put(
                        path(post, "de"),
                        fields("Qualität in der Prüfung", null, "Was der Plan kostet.", "Der Plan kostet viel."),
                        null);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        HttpResponse<String> submitted =
                anna().post(path(post, "de") + "/submit", "{\"acknowledged\":[\"body:numbers-missing\"]}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

        for (String language : List.of("en", "ar")) {
            try (BrowserContext context = context(language, 1280, 900)) {
                Page page = context.newPage();
                page.navigate(admin("/signin.xhtml"));
                idle(page);
                page.locator("[id='signin:username']").fill("owner");
                page.locator("[id='signin:password']").fill("demo-owner-password");
                submit(page, () -> page.locator("[id='signin:submit']").click());
                page.navigate(reviewScreen(post, "de"));
                idle(page);
                Locator checks = page.locator("section.quality-checks");
                if (language.equals("en")) {
                    assertThat(checks.locator("h2").textContent()).isEqualTo("Quality checks");
                    assertThat(page.locator("#quality-findings").textContent())
                            .contains("Warning")
                            .contains("Body: Numbers of the source missing here: 1,234.5.");
                    assertThat(page.locator("#quality-acknowledged").textContent())
                            .contains("Body: Numbers of the source missing here: 1,234.5.");
                } else {
                    assertThat(page.locator("#quality-acknowledged").textContent())
                            .contains("أرقام من الأصل غير موجودة هنا: 1,234.5.");
                }
                screenshot(page, "review-quality-" + language + "-desktop");
                accessible(page, "review screen with quality checks, " + language + ", desktop");
                page.setViewportSize(375, 740);
                idle(page);
                screenshot(page, "review-quality-" + language + "-phone");
                accessible(page, "review screen with quality checks, " + language + ", phone");
            }
        }
    }
}
