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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.Eventually;
import org.glossa.containertest.SiteClient;
import org.glossa.containertest.TestDatabase;
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
 * The owner's console in a real browser against one deployment on PostgreSQL with the demo content and accounts: the
 * audit log, filtered by item, actor, action and period. Moves are made through the API (the other door); the log
 * shows them whichever door was used. Screenshots go to {@code target/screenshots/audit-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ArquillianExtension.class)
class OwnerConsoleIT {

    private static final String HOSTILE = "Audit <script>alert(1)</script> <img src=x onerror=alert(2)>";
    private static final Pattern STATEMENTS = Pattern.compile("(?m)^glossa_sql_statements\\{[^}]*}\\s+([0-9.]+)");

    @ArquillianResource
    URL container;

    private static BackOfficeBrowser browser;
    private static long id;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.applicationOnFreshDatabase();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private BackOfficeBrowser browser() {
        if (browser == null) {
            browser = new BackOfficeBrowser(container.getPort());
        }
        return browser;
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

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String path(long id, String locale) {
        return "/api/v1/posts/" + id + "/translations/" + locale;
    }

    private long statements() {
        HttpResponse<String> metrics = new SiteClient(uri()).get("127.0.0.1", "/metrics?scope=application", Map.of());
        Matcher m = STATEMENTS.matcher(metrics.body());
        assertThat(m.find()).as("statement metric exposed").isTrue();
        return (long) Double.parseDouble(m.group(1));
    }

    private static Locator rows(Page page) {
        return page.locator("[id='log:entries'] tbody tr");
    }

    private static void filter(Page page) {
        submit(
                page,
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                        .click());
    }

    /** Drafts of English posts, one audit entry each, so that the log has more than one page. */
    private void drafts(int count) {
        for (int i = 1; i <= count; i++) {
            HttpResponse<String> created = owner().post(
                            "/api/v1/posts",
                            Json.createObjectBuilder()
                                    .add("sourceLocale", "en")
                                    .add("title", "Filler draft " + i)
                                    .add("summary", "A draft")
                                    .add("body", "Text.")
                                    .build()
                                    .toString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
    }

    /** An English post published by the owner, its German translation submitted by anna and rejected. */
    private long postWithHistory() {
        HttpResponse<String> created = owner().post(
                        "/api/v1/posts",
                        Json.createObjectBuilder()
                                .add("sourceLocale", "en")
                                .add("title", HOSTILE)
                                .add("summary", "A post whose history the audit log shows")
                                .add("body", "First paragraph.")
                                .build()
                                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long created_id = json(created).getJsonNumber("id").longValue();
        assertThat(owner().post(path(created_id, "en") + "/publish", "{}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> draft = anna().put(
                        path(created_id, "de"),
                        Json.createObjectBuilder()
                                .add("title", "Protokollierter Beitrag")
                                .add("summary", "Kurz")
                                .add("body", "Erster Absatz.")
                                .add("slug", "")
                                .build()
                                .toString(),
                        null);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        assertThat(anna().post(path(created_id, "de") + "/submit", "{}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> rejected = owner().post(
                        path(created_id, "de") + "/reject",
                        Json.createObjectBuilder()
                                .add("comment", "Zu wörtlich übersetzt.")
                                .build()
                                .toString());
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        return created_id;
    }

    @Test
    @Order(1)
    void theOwnerFiltersTheAuditLogByItemActorActionAndPeriod() throws Exception {
        drafts(16);
        id = postWithHistory();
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            List<String> dialogs = new java.util.ArrayList<>();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            browser().signIn(page, "owner", "demo-owner-password");
            submit(
                    page,
                    () -> page.getByRole(AriaRole.NAVIGATION)
                            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Audit log"))
                            .click());
            assertThat(page.url()).endsWith("/admin/audit.xhtml");

            long before = statements();
            page.reload();
            idle(page);
            long used = statements() - before;
            // Resuming the session (account, locales), the count, the page and one title query per kind shown;
            // slack for the scheduler's background checks.
            assertThat(used).as("statements for one page of the log").isLessThanOrEqualTo(6 + 4);
            assertThat(rows(page).count()).as("a full first page of 21 entries").isEqualTo(20);
            assertThat(rows(page).first().textContent())
                    .as("newest first: the rejection")
                    .contains("Rejected", "owner", "Zu wörtlich übersetzt.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next Page"))
                    .click();
            idle(page);
            assertThat(rows(page).allTextContents())
                    .as("the oldest entry on the second page")
                    .singleElement()
                    .satisfies(text -> assertThat(text).contains("Filler draft 1", "Saved", "owner"));

            page.getByLabel("Kind").selectOption("POST");
            page.getByLabel("Item number").fill(Long.toString(id));
            filter(page);
            assertThat(rows(page).allTextContents())
                    .as("the post's history, newest first")
                    .hasSize(5)
                    .satisfies(texts -> {
                        assertThat(texts.get(0)).contains("Rejected", "In review → Draft", "Deutsch");
                        assertThat(texts.get(1)).contains("Submitted for review", "anna", "Draft → In review");
                        assertThat(texts.get(2)).contains("Saved", "anna");
                        assertThat(texts.get(3)).contains("Published directly", "owner", "English");
                        assertThat(texts.get(4)).contains("Saved", "owner");
                    });
            assertThat(rows(page).first().locator("a").textContent())
                    .as("the item's source title, as text")
                    .isEqualTo(HOSTILE);
            assertThat(page.locator("[id='log:entries'] script, [id='log:entries'] img")
                            .count())
                    .as("no element made of a title")
                    .isZero();
            assertThat(rows(page).first().locator("a").getAttribute("href"))
                    .isEqualTo("edit.xhtml?kind=post&id=" + id + "&locale=de");

            page.getByLabel("Item number").fill("");
            page.getByLabel("Kind").selectOption("");
            // Column headers carry the same names: the fields are asked for by role.
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Done by (username)"))
                    .fill("anna");
            page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Action"))
                    .selectOption("SUBMIT");
            filter(page);
            assertThat(rows(page).allTextContents())
                    .isNotEmpty()
                    .allSatisfy(text -> assertThat(text).contains("anna", "Submitted for review"));
            accessible(page, "audit log, English");
            screenshot(page, "audit-en");

            page.getByLabel("From (day)").fill("2000-01-01");
            page.getByLabel("Until (day)").fill("2000-01-31");
            filter(page);
            assertThat(page.locator("[id='log:entries']").textContent()).contains("No entries match these filters.");

            page.getByLabel("Until (day)").fill("1999-12-31");
            filter(page);
            assertThat(page.locator("[id='log:entries']").textContent())
                    .as("a refused period leaves the table as it was")
                    .contains("No entries match these filters.");
            assertThat(page.getByText("The end of the period is before its start.")
                            .isVisible())
                    .isTrue();

            page.getByLabel("Until (day)").fill("");
            page.getByLabel("From (day)").fill("");
            page.getByLabel("Item number").fill("twelve");
            filter(page);
            assertThat(page.getByText("Enter the item's number: a whole number from 1.")
                            .isVisible())
                    .isTrue();
            assertThat(dialogs).as("no script ran").isEmpty();
        }
    }

    @Test
    @Order(2)
    void inArabicAtPhoneWidthTheLogReadsRightToLeft() throws Exception {
        try (BrowserContext context = browser().context("ar", 390, 844)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            page.navigate(browser().admin("/audit.xhtml"));
            idle(page);
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            assertThat(page.locator("h1").textContent()).isEqualTo("سجل التدقيق");
            assertThat(rows(page).first().locator("a span").getAttribute("dir"))
                    .as("the English source title stays left to right")
                    .isEqualTo("ltr");
            assertThat(rows(page).first().textContent())
                    .as("the change reads right to left: in review, then draft")
                    .contains("قيد المراجعة ← مسودة");
            accessible(page, "audit log, Arabic, phone");
            screenshot(page, "audit-ar-phone");
        }
    }

    @Test
    @Order(3)
    void theHealthScreenListsEveryLocaleWithItsDocumentsOnItsConfiguredSite() throws Exception {
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            submit(
                    page,
                    () -> page.getByRole(AriaRole.NAVIGATION)
                            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Publishing health"))
                            .click());
            assertThat(page.url()).endsWith("/admin/health.xhtml");
            Locator rows = page.locator("[id='regenerate:locales'] tbody tr");
            assertThat(rows.count()).as("every locale").isEqualTo(17);
            assertThat(rows.allTextContents())
                    .allSatisfy(text -> assertThat(text).contains("Within the SLA"));
            Locator german = rows.filter(new Locator.FilterOptions().setHas(page.locator("span[lang='de']")));
            assertThat(german.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sitemap index"))
                            .getAttribute("href"))
                    .as("built from the configured site, not the Host the browser sent")
                    .isEqualTo("https://beispiel.example.de/sitemap.xml");
            assertThat(german.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Feed"))
                            .getAttribute("href"))
                    .isEqualTo("https://beispiel.example.de/feed.xml");
            assertThat(german.textContent()).doesNotContain("Never");
            Locator chart = german.getByRole(AriaRole.IMG);
            assertThat(chart.getAttribute("aria-label"))
                    .as("the lag chart says what it shows")
                    .startsWith("Lag over the last 24 hours, at most");
            assertThat(chart.locator("polyline").getAttribute("points").split(" "))
                    .as("one point per ten minutes of the day")
                    .hasSize(144);
            assertThat(page.locator("[id='dead:letters']").textContent())
                    .contains("Every notification has been delivered.");

            Instant generatedBefore =
                    Instant.parse(german.locator("time").nth(1).getAttribute("datetime"));
            submit(
                    page,
                    () -> page.getByRole(
                                    AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Regenerate now: Deutsch"))
                            .click());
            assertThat(page.locator("[id='messages']").textContent()).contains("Regeneration of Deutsch requested");
            assertThat(page.locator("[id='orders'] tbody tr").first().textContent())
                    .as("recorded: who asked, for which language")
                    .contains("owner", "Deutsch");
            Eventually.until("the German documents regenerated after the request", () -> {
                page.navigate(browser().admin("/health.xhtml"));
                idle(page);
                Locator row = page.locator("[id='regenerate:locales'] tbody tr")
                        .filter(new Locator.FilterOptions().setHas(page.locator("span[lang='de']")));
                Instant generated = Instant.parse(row.locator("time").nth(1).getAttribute("datetime"));
                return generated.isAfter(generatedBefore) ? generated : null;
            });
            accessible(page, "publishing health, English");
            screenshot(page, "health-en");
        }
        try (BrowserContext context = browser().context("ar", 390, 844)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            page.navigate(browser().admin("/health.xhtml"));
            idle(page);
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            assertThat(page.locator("h1").textContent()).isEqualTo("حالة النشر");
            accessible(page, "publishing health, Arabic, phone");
            screenshot(page, "health-ar-phone");
        }
    }

    @Test
    @Order(4)
    void aTranslatorOpeningTheAuditLogOrTheHealthScreenGets403() {
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "anna", "demo-anna-password");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log"))
                            .count())
                    .as("not in a translator's menu")
                    .isZero();
            Response response = page.navigate(browser().admin("/audit.xhtml"));
            assertThat(response.status()).isEqualTo(403);
            assertThat(page.navigate(browser().admin("/health.xhtml")).status()).isEqualTo(403);
        }
    }

    @Test
    @Order(5)
    void aFailedGenerationShowsOnTheHealthScreenWithItsErrorAndRecovers() throws Exception {
        // Corrupt data, not a backdoor: the demo cover's type becomes one the feed cannot write as an enclosure.
        String type = coverType();
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            page.navigate(browser().admin("/health.xhtml"));
            idle(page);
            setCoverType("not a mime type");
            try {
                submit(
                        page,
                        () -> page.getByRole(
                                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Regenerate now: English"))
                                .click());
                String failed = Eventually.until("the English generation failing on the health screen", () -> {
                    String row = englishRow(page);
                    return row.contains("SLA breached") && row.contains("enclosure type") ? row : null;
                });
                assertThat(failed).doesNotContain("Within the SLA");
                screenshot(page, "health-en-failed");
                accessible(page, "publishing health with a failed locale, English");
            } finally {
                setCoverType(type);
            }
            submit(
                    page,
                    () -> page.getByRole(
                                    AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Regenerate now: English"))
                            .click());
            Eventually.until("the English generation recovering on the health screen", () -> {
                String row = englishRow(page);
                return row.contains("Within the SLA") && !row.contains("enclosure type") ? row : null;
            });
        }
    }

    /** The health screen's English row, read afresh. */
    private String englishRow(Page page) {
        page.navigate(browser().admin("/health.xhtml"));
        idle(page);
        return page.locator("[id='regenerate:locales'] tbody tr")
                .filter(new Locator.FilterOptions().setHas(page.locator("span[lang='en']")))
                .textContent();
    }

    private static String coverType() throws Exception {
        try (Connection db = TestDatabase.connect(Deployments.DATABASE);
                PreparedStatement query = db.prepareStatement("SELECT mime_type FROM media ORDER BY id LIMIT 1");
                ResultSet row = query.executeQuery()) {
            assertThat(row.next()).as("the demo cover image").isTrue();
            return row.getString(1);
        }
    }

    private static void setCoverType(String type) throws Exception {
        try (Connection db = TestDatabase.connect(Deployments.DATABASE);
                PreparedStatement update =
                        db.prepareStatement("UPDATE media SET mime_type = ? WHERE id = (SELECT MIN(id) FROM media)")) {
            update.setString(1, type);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
