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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
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
 * The owner's translation overview in a real browser: every item by all 17 locales, each cell naming its state in
 * text and leading to the editor (the review screen while in review), the per-locale counters, the filters and the
 * search; owner only; English and Arabic at desktop and phone width, axe-checked, screenshots in
 * {@code target/screenshots/overview-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ArquillianExtension.class)
class OverviewIT {

    private static final Pattern STATEMENTS = Pattern.compile("(?m)^glossa_sql_statements\\{[^}]*}\\s+([0-9.]+)");

    @ArquillianResource
    URL container;

    private static BackOfficeBrowser browser;
    private static long alpha;
    private static long beta;

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

    private static String text(String title) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "Kurz")
                .add("body", "Text.")
                .add("slug", "")
                .build()
                .toString();
    }

    /** An English post published directly; returns its id. */
    private long englishPost(String title) {
        HttpResponse<String> created = owner().post(
                        "/api/v1/posts",
                        Json.createObjectBuilder()
                                .add("sourceLocale", "en")
                                .add("title", title)
                                .add("summary", "Summary")
                                .add("body", "Body.")
                                .build()
                                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        assertThat(owner().post(path(id, "en") + "/publish", "{}").statusCode()).isEqualTo(200);
        return id;
    }

    /**
     * Alpha: English live, German in review, French a draft, the rest missing. Beta: English live in a second
     * revision after its German translation went live (German outdated).
     */
    private void content() {
        if (alpha != 0) {
            return;
        }
        alpha = englishPost("Overview alpha");
        assertThat(owner().put(path(alpha, "de"), text("Übersicht Alpha"), null).statusCode())
                .isEqualTo(201);
        assertThat(owner().post(path(alpha, "de") + "/submit", "{}").statusCode())
                .isEqualTo(200);
        assertThat(owner().put(path(alpha, "fr"), text("Aperçu alpha"), null).statusCode())
                .isEqualTo(201);

        beta = englishPost("Overview beta");
        assertThat(owner().put(path(beta, "de"), text("Übersicht Beta"), null).statusCode())
                .isEqualTo(201);
        assertThat(owner().post(path(beta, "de") + "/submit", "{}").statusCode())
                .isEqualTo(200);
        assertThat(owner().post(path(beta, "de") + "/approve", "{}").statusCode())
                .isEqualTo(200);
        String etag = owner().get(path(beta, "en")).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> revised = owner().put(path(beta, "en"), text("Overview beta, revised"), etag);
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(owner().post(path(beta, "en") + "/publish", "{}").statusCode())
                .isEqualTo(200);
    }

    private static Locator line(Page page, String title) {
        return page.locator("[id='overview:lines'] tbody tr").filter(new Locator.FilterOptions().setHasText(title));
    }

    /** The cell of a line in a locale's column (the first column is the item). */
    private static Locator cell(Page page, Locator line, String locale) {
        List<String> tags = page.locator("[id='overview:lines'] thead th span[lang]").all().stream()
                .map(l -> l.getAttribute("lang"))
                .toList();
        return line.locator("td").nth(tags.indexOf(locale) + 1);
    }

    private static void filter(Page page) {
        submit(
                page,
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                        .click());
    }

    private long fromCounters(String locale, String condition) throws Exception {
        try (Connection c = TestDatabase.connect(Deployments.DATABASE);
                PreparedStatement p = c.prepareStatement(
                        "SELECT COALESCE(SUM(item_count), 0) FROM work_count WHERE locale = ? AND " + condition)) {
            p.setString(1, locale);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    @Order(1)
    void everyItemByEveryLocaleEachCellLeadingToItsScreenWithTheCountersAbove() throws Exception {
        content();
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            long before = statements();
            page.navigate(browser().admin("/overview.xhtml"));
            idle(page);
            long used = statements() - before;
            assertThat(page.locator("h1").textContent()).isEqualTo("Translation overview");
            // The session's account, the counters, the total and one page's items and cells; slack for the
            // scheduler's background checks. One statement per item or per cell would be 25 or 425 more.
            assertThat(used).as("statements for the overview's first page").isLessThanOrEqualTo(5 + 4);

            Locator headers = page.locator("[id='overview:lines'] thead th");
            assertThat(headers.count()).as("the item and 17 locales").isEqualTo(18);
            assertThat(page.locator("[id='overview:lines'] thead th span[lang]").count())
                    .isEqualTo(17);

            Locator alphaLine = line(page, "Overview alpha");
            assertThat(alphaLine.count()).isEqualTo(1);
            assertThat(cell(page, alphaLine, "en").textContent())
                    .contains("Published")
                    .contains("source");
            Locator de = cell(page, alphaLine, "de").locator("a");
            assertThat(de.textContent()).isEqualTo("In review");
            assertThat(de.getAttribute("href")).isEqualTo("review-item.xhtml?kind=post&item=" + alpha + "&locale=de");
            Locator fr = cell(page, alphaLine, "fr").locator("a");
            assertThat(fr.textContent()).isEqualTo("Draft");
            assertThat(fr.getAttribute("href")).isEqualTo("edit.xhtml?kind=post&id=" + alpha + "&locale=fr");
            assertThat(cell(page, alphaLine, "ar").textContent()).contains("Missing");
            assertThat(cell(page, line(page, "Overview beta"), "de").textContent())
                    .contains("Outdated");

            Locator counters = page.locator("#counters li");
            assertThat(counters.count()).isEqualTo(17);
            long deOutdated = fromCounters("de", "state = 'OUTDATED'");
            assertThat(deOutdated).isPositive();
            assertThat(page.locator("#counters li[data-locale='de'] .counter-outdated")
                            .textContent())
                    .isEqualTo(deOutdated + " outdated");
            long enItems = fromCounters("en", "TRUE");
            long enLive = fromCounters("en", "live");
            assertThat(page.locator("#counters li[data-locale='en'] .counter-live")
                            .textContent())
                    .isEqualTo(enLive * 100 / enItems + "% live");
            accessible(page, "overview, English");
            screenshot(page, "overview-en");

            submit(
                    page,
                    () -> cell(page, line(page, "Overview alpha"), "de")
                            .locator("a")
                            .click());
            assertThat(page.url()).contains("/admin/review-item.xhtml?kind=post&item=" + alpha + "&locale=de");
            page.goBack();
            idle(page);
            submit(
                    page,
                    () -> cell(page, line(page, "Overview alpha"), "fr")
                            .locator("a")
                            .click());
            assertThat(page.url()).contains("/admin/edit.xhtml?kind=post&id=" + alpha + "&locale=fr");
        }
    }

    @Test
    @Order(2)
    void aStateInALocaleAndASearchNarrowTheLinesAndAStateWithoutItsLocaleIsRefusedAtTheField() throws Exception {
        content();
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            page.navigate(browser().admin("/overview.xhtml"));
            idle(page);
            Locator filters = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Filters"));

            filters.getByLabel("State").selectOption("OUTDATED");
            filter(page);
            assertThat(page.getByText("Choose the language this state is in.").isVisible())
                    .isTrue();

            filters.getByLabel("Language").selectOption("de");
            long before = statements();
            filter(page);
            long used = statements() - before;
            assertThat(used).as("statements for a filtered page").isLessThanOrEqualTo(4 + 4);
            Locator lines = page.locator("[id='overview:lines'] tbody tr");
            assertThat(line(page, "Overview beta").count()).isEqualTo(1);
            assertThat(line(page, "Overview alpha").count()).isZero();
            for (Locator l : lines.all()) {
                assertThat(cell(page, l, "de").textContent()).contains("Outdated");
            }

            filters.getByLabel("State").selectOption("");
            filters.getByLabel("Language").selectOption("");
            filters.getByLabel("Search source titles").fill("overview ALPHA");
            filter(page);
            assertThat(lines.count()).isEqualTo(1);
            assertThat(line(page, "Overview alpha").count()).isEqualTo(1);

            filters.getByLabel("Search source titles").fill("");
            filters.getByLabel("Kind").selectOption("EXPERIENCE");
            filter(page);
            assertThat(line(page, "Overview alpha").count()).isZero();
            assertThat(lines.count()).isPositive();
        }
    }

    @Test
    @Order(3)
    void inArabicAtPhoneWidthTheGridScrollsInItsOwnRegionWithTheItemColumnInView() throws Exception {
        content();
        try (BrowserContext context = browser().context("ar", 390, 844)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            page.navigate(browser().admin("/overview.xhtml"));
            idle(page);
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            assertThat(page.locator("h1").textContent()).isEqualTo("نظرة عامة على الترجمات");
            double pageWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).doubleValue();
            assertThat(pageWidth).as("the page itself does not scroll sideways").isLessThanOrEqualTo(390);
            Locator wrapper = page.locator("[id='overview:lines'] .ui-datatable-tablewrapper");
            assertThat(((Number) wrapper.evaluate("w => w.scrollWidth - w.clientWidth")).intValue())
                    .as("the grid scrolls inside its region")
                    .isPositive();
            assertThat(page.locator("[id='overview:lines'] td.overview-item")
                            .first()
                            .evaluate("td => getComputedStyle(td).position"))
                    .isEqualTo("sticky");
            accessible(page, "overview, Arabic, phone");
            screenshot(page, "overview-ar-phone");
        }
    }

    @Test
    @Order(4)
    void aTranslatorIsRefused() {
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "anna", "demo-anna-password");
            Response refused = page.navigate(browser().admin("/overview.xhtml"));
            assertThat(refused.status()).isEqualTo(403);
            page.navigate(browser().admin("/index.xhtml"));
            idle(page);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Translation overview"))
                            .count())
                    .as("no link to it either")
                    .isZero();
        }
    }
}
