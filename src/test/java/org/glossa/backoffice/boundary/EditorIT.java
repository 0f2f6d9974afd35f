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
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The translator's editor in a real browser against one deployment on PostgreSQL with the demo content and accounts:
 * open from the work list, type, preview, save, submit; a stale save shows both versions and loses nothing; a field's
 * refusal shows at the field; an Urdu translation is edited right to left; no serious accessibility violation in an
 * English and an Arabic UI. Screenshots go to {@code target/screenshots/editor-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ArquillianExtension.class)
class EditorIT {

    @ArquillianResource
    URL container;

    private BackOfficeBrowser browser;

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

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The editor links of the work list's rows in one state and locale, as relative URLs. */
    private List<String> editLinks(Page page, String state, String locale) {
        page.navigate(browser().admin("/index.xhtml"));
        idle(page);
        Locator filters = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Filters"));
        filters.getByLabel("State").selectOption(state);
        filters.getByLabel("Language").selectOption(locale);
        submit(
                page,
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                        .click());
        return page.locator("[id='list:items'] tbody td:nth-child(1) a").all().stream()
                .map(a -> a.getAttribute("href"))
                .toList();
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static void click(Page page, String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
        idle(page);
    }

    /** Lets the page lay itself out again after a resize before it is photographed. */
    private static void settled(Page page) {
        idle(page);
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    /** The message bound to one field of the editor. */
    private static Locator fieldMessage(Page page, String id) {
        return page.locator(".field:has([id='edit:" + id + "']) .ui-message");
    }

    /**
     * When the quality checks warned, the submission waits for each warning to be acknowledged: ticks them all and
     * submits again.
     */
    private static void acknowledgeWarnings(Page page) {
        Locator acknowledgements = page.locator(".quality-ack input[type='checkbox']");
        if (acknowledgements.count() == 0) {
            return;
        }
        assertThat(page.getByText("Acknowledge each warning of the quality checks before submitting.")
                        .isVisible())
                .isTrue();
        acknowledgements.all().forEach(Locator::check);
        click(page, "Submit for review");
    }

    @Test
    @Order(1)
    void aTranslatorOpensAGermanItemFromTheWorkListTypesSavesAndSubmits() throws Exception {
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "anna", "demo-anna-password");
            List<String> missing = editLinks(page, "MISSING", "de");
            assertThat(missing).isNotEmpty().allMatch(href -> href.contains("locale=de"));
            page.locator("[id='list:items'] tbody td:nth-child(1) a").first().click();
            page.waitForLoadState();
            idle(page);
            assertThat(page.url()).contains("/admin/edit.xhtml?kind=").contains("locale=de");

            Locator title = field(page, "Title");
            Locator body = field(page, "Body");
            assertThat(title.getAttribute("lang")).isEqualTo("de");
            assertThat(body.getAttribute("lang")).isEqualTo("de");
            assertThat(body.getAttribute("dir")).isEqualTo("ltr");
            assertThat(page.locator(".source-column dd").first().getAttribute("lang"))
                    .isEqualTo("en");
            assertThat(title.inputValue()).as("nothing translated yet").isEmpty();

            title.fill("Eine Übersetzung ins Deutsche");
            body.fill("Hallo **Welt**, 2026 <script>document.title='x'</script>");
            body.press("End"); // a key typed: the preview follows
            page.locator(".preview strong").waitFor();
            assertThat(page.locator(".preview strong").textContent()).isEqualTo("Welt");
            assertThat(page.locator(".preview script").count())
                    .as("the public site's sanitiser")
                    .isZero();
            assertThat(page.locator(".preview [lang='de']").count()).isEqualTo(1);

            click(page, "Save");
            assertThat(page.getByText("Saved.").isVisible()).isTrue();
            assertThat(field(page, "Slug").inputValue())
                    .as("a slug derived from the title, as the API does")
                    .startsWith("eine-")
                    .endsWith("-deutsche");
            assertThat(page.locator("[id='edit:revisions'] tbody tr").count()).isEqualTo(1);

            field(page, "Slug").fill("eine/übersetzung");
            click(page, "Save");
            assertThat(fieldMessage(page, "slug").textContent()).contains("'/'");
            assertThat(field(page, "Slug").inputValue())
                    .as("the typed text stays")
                    .isEqualTo("eine/übersetzung");
            screenshot(page, "editor-en-field-message");
            accessible(page, "editor with a field message, English, desktop");

            field(page, "Slug").fill("eine-uebersetzung");
            click(page, "Submit for review");
            acknowledgeWarnings(page);
            assertThat(page.getByText("Submitted for review.").isVisible()).isTrue();
            assertThat(page.locator(".editor-item .state").textContent()).isEqualTo("In review");
            assertThat(page.locator("[id='edit:revisions'] tbody tr").count()).isEqualTo(2);
            screenshot(page, "editor-en-desktop");
            accessible(page, "editor, English, desktop");

            page.setViewportSize(375, 740);
            settled(page);
            screenshot(page, "editor-en-phone");
            accessible(page, "editor, English, phone");

            List<String> inReview = editLinks(page, "IN_REVIEW", "de");
            assertThat(inReview).contains(missing.get(0));
        }
    }

    @Test
    @Order(2)
    void aStaleSaveShowsBothVersionsAndLosesNoText() throws Exception {
        try (BrowserContext first = browser().context("en", 1280, 900);
                BrowserContext second = browser().context("en", 1280, 900)) {
            Page mine = first.newPage();
            browser().signIn(mine, "anna", "demo-anna-password");
            String item = editLinks(mine, "MISSING", "de").get(0);
            mine.navigate(browser().admin("/" + item));
            idle(mine);
            field(mine, "Title").fill("Erste Fassung");
            click(mine, "Save");
            assertThat(mine.getByText("Saved.").isVisible()).isTrue();

            Page theirs = second.newPage();
            browser().signIn(theirs, "anna", "demo-anna-password");
            theirs.navigate(browser().admin("/" + item));
            idle(theirs);
            assertThat(field(theirs, "Title").inputValue()).isEqualTo("Erste Fassung");

            field(mine, "Title").fill("Zweite Fassung, zuerst gespeichert");
            click(mine, "Save");
            assertThat(mine.getByText("Saved.").isVisible()).isTrue();

            field(theirs, "Title").fill("Meine Fassung, zu spät gespeichert");
            field(theirs, "Body").fill("Mein Text, der nicht verloren gehen darf.");
            click(theirs, "Save");
            Locator conflict = theirs.locator("[id='edit:conflict']");
            assertThat(conflict.isVisible()).isTrue();
            assertThat(conflict.textContent()).contains("Zweite Fassung, zuerst gespeichert");
            assertThat(field(theirs, "Title").inputValue()).isEqualTo("Meine Fassung, zu spät gespeichert");
            assertThat(field(theirs, "Body").inputValue()).isEqualTo("Mein Text, der nicht verloren gehen darf.");
            screenshot(theirs, "editor-en-conflict");
            accessible(theirs, "editor with a conflict, English, desktop");

            click(theirs, "Keep mine");
            assertThat(theirs.getByText("Saved.").isVisible()).isTrue();
            assertThat(theirs.locator("[id='edit:conflict']").count()).isZero();

            mine.navigate(browser().admin("/" + item));
            idle(mine);
            assertThat(field(mine, "Title").inputValue()).isEqualTo("Meine Fassung, zu spät gespeichert");
            assertThat(mine.locator("[id='edit:revisions'] tbody tr").count()).isEqualTo(3);

            // History: view the first revision, restore it into the draft.
            mine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("View revision 1"))
                    .click();
            idle(mine);
            assertThat(mine.locator(".viewed-revision").textContent()).contains("Erste Fassung");
            mine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore revision 1 into the draft"))
                    .click();
            idle(mine);
            assertThat(field(mine, "Title").inputValue()).isEqualTo("Erste Fassung");
            assertThat(mine.locator("[id='edit:revisions'] tbody tr").count()).isEqualTo(4);
        }
    }

    @Test
    @Order(3)
    void anUrduTranslationIsEditedRightToLeftInAnArabicUi() throws Exception {
        try (BrowserContext context = browser().context("ar", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "karim", "demo-karim-password");
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            page.navigate(browser().admin("/index.xhtml"));
            idle(page);
            String urdu = page.locator("[id='list:items'] tbody td:nth-child(1) a[href*='locale=ur']")
                    .first()
                    .getAttribute("href");
            page.navigate(browser().admin("/" + urdu));
            idle(page);
            Locator body = page.locator("[id='edit:body']");
            assertThat(body.getAttribute("lang")).isEqualTo("ur");
            assertThat(body.getAttribute("dir")).isEqualTo("rtl");
            assertThat(page.locator("[id='edit:title']").getAttribute("dir")).isEqualTo("rtl");
            assertThat(page.locator(".source-column dd").first().getAttribute("dir"))
                    .as("the English source beside it, left to right")
                    .isEqualTo("ltr");
            page.locator("[id='edit:title']").fill("اردو میں عنوان");
            body.fill("یہ **اردو** متن ہے۔");
            body.press("End");
            page.locator(".preview strong").waitFor();
            screenshot(page, "editor-ar-desktop");
            accessible(page, "editor, Arabic UI, Urdu translation, desktop");
            page.setViewportSize(375, 740);
            settled(page);
            screenshot(page, "editor-ar-phone");
            accessible(page, "editor, Arabic UI, Urdu translation, phone");
        }
    }

    @Test
    @Order(4)
    void aTranslatorCannotOpenAnotherLocaleOrAnItemThatDoesNotExist() {
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "anna", "demo-anna-password");
            String german = editLinks(page, "", "de").get(0);
            Response own = page.navigate(browser().admin("/" + german));
            assertThat(own.status()).isEqualTo(200);

            Response urdu = page.navigate(browser().admin("/" + german.replace("locale=de", "locale=ur")));
            assertThat(urdu.status()).isEqualTo(403);
            assertThat(urdu.text()).doesNotContain("edit:title");
            Response none = page.navigate(browser().admin("/edit.xhtml?kind=post&id=999999999&locale=de"));
            assertThat(none.status()).isEqualTo(404);
            Response bogus = page.navigate(browser().admin("/edit.xhtml?kind=nothing&id=1&locale=de"));
            assertThat(bogus.status()).isEqualTo(404);
        }
    }

    private ApiClient api(String username) throws Exception {
        return ApiClient.as(container.toURI(), username, "demo-" + username + "-password");
    }

    /** An English post with a number and a link, published by the owner; returns its id. */
    private long englishPost(String title) throws Exception {
        HttpResponse<String> created = api("owner")
                .post(
                        "/api/v1/posts",
                        Json.createObjectBuilder()
                                .add("sourceLocale", "en")
                                .add("title", title)
                                .add("summary", "What the plan costs.")
                                .add(
                                        "body",
                                        "The plan costs 1,234.5 euros. See [the offer](https://example.org/offer).")
                                .build()
                                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Json.createReader(new StringReader(created.body()))
                .readObject()
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> published = api("owner").post("/api/v1/posts/" + id + "/translations/en/publish", "{}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    /** The warnings recorded as acknowledged with the submissions of a translation. */
    private static List<String> acknowledgedWithSubmissions(long id, String locale) throws Exception {
        try (Connection db = TestDatabase.connect(Deployments.DATABASE);
                PreparedStatement q = db.prepareStatement("SELECT acknowledged_warnings FROM audit_entry"
                        + " WHERE kind = 'POST' AND item_id = ? AND locale = ? AND action = 'SUBMIT' ORDER BY id")) {
            q.setLong(1, id);
            q.setString(2, locale);
            List<String> found = new java.util.ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
            return found;
        }
    }

    @Test
    @Order(5)
    void theQualityChecksShowAtTheirFieldsErrorsBlockAndEachWarningIsAcknowledgedBeforeSubmitting() throws Exception {
        long id = englishPost("Quality in the editor");
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "anna", "demo-anna-password");
            page.navigate(browser().admin("/edit.xhtml?kind=post&id=" + id + "&locale=de"));
            idle(page);
            assertThat(page.locator(".quality-checks").textContent())
                    .as("nothing saved yet: nothing to check")
                    .contains("The quality checks found nothing to look at.");

            field(page, "Title").fill("Qualit\uFFFDt im Editor");
            field(page, "Summary").fill("Was der Plan kostet.");
            field(page, "Body").fill("Der Plan kostet 1.234,5 Euro.");
            field(page, "Slug").fill("qualitaet-im-editor");
            click(page, "Save");
            assertThat(page.getByText("Saved.").isVisible()).isTrue();
            Locator titleFindings = page.locator("#quality-title");
            assertThat(field(page, "Title").getAttribute("aria-describedby")).isEqualTo("quality-title");
            assertThat(titleFindings.textContent()).contains("Error").contains("\uFFFD");
            assertThat(titleFindings.locator("a").getAttribute("href")).isEqualTo("#edit:title");
            assertThat(field(page, "Body").getAttribute("aria-describedby")).isEqualTo("quality-body");
            assertThat(page.locator("#quality-body").textContent())
                    .contains("Warning")
                    .contains("Links: 0 here, 1 in the source.");

            click(page, "Submit for review");
            assertThat(page.getByText("The quality checks found errors: fix them before submitting.")
                            .isVisible())
                    .isTrue();
            assertThat(page.locator(".editor-item .state").textContent()).isEqualTo("Draft");
            screenshot(page, "editor-en-quality-error");
            accessible(page, "editor with a quality-check error, English, desktop");

            field(page, "Title").fill("Qualität im Editor");
            click(page, "Submit for review");
            assertThat(page.locator("#quality-title").textContent()).doesNotContain("Error");
            assertThat(page.getByText("Acknowledge each warning of the quality checks before submitting.")
                            .isVisible())
                    .isTrue();
            assertThat(page.locator(".editor-item .state").textContent())
                    .as("a warning not acknowledged: not submitted")
                    .isEqualTo("Draft");
            Locator acknowledge = page.getByLabel("Checked, submit as it is: Body, Links: 0 here, 1 in the source.");
            assertThat(acknowledge.isChecked()).isFalse();
            screenshot(page, "editor-en-quality-warning");
            accessible(page, "editor with a quality-check warning, English, desktop");

            acknowledge.check();
            click(page, "Submit for review");
            assertThat(page.getByText("Submitted for review.").isVisible()).isTrue();
            assertThat(page.locator(".editor-item .state").textContent()).isEqualTo("In review");
        }
        List<String> recorded = acknowledgedWithSubmissions(id, "de");
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0)).contains("\"field\":\"body\"").contains("\"code\":\"link-count\"");
    }

    @Test
    @Order(6)
    void theQualityChecksSpeakArabicBesideAnUrduTranslation() throws Exception {
        long id = englishPost("Quality in Urdu");
        HttpResponse<String> draft = api("karim")
                .put(
                        "/api/v1/posts/" + id + "/translations/ur",
                        Json.createObjectBuilder()
                                .add("title", "اردو میں معیار")
                                .add("summary", "")
                                .add("body", "منصوبے کی قیمت یورو ہے۔")
                                .add("slug", "")
                                .build()
                                .toString(),
                        null);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        try (BrowserContext context = browser().context("ar", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "karim", "demo-karim-password");
            page.navigate(browser().admin("/edit.xhtml?kind=post&id=" + id + "&locale=ur"));
            idle(page);
            assertThat(page.locator("#quality-body").textContent())
                    .contains("تحذير")
                    .contains("أرقام من الأصل غير موجودة هنا: 1,234.5.");
            assertThat(page.locator("#quality-summary").textContent()).contains("فارغ");
            page.locator("[id='edit:submit']").click();
            idle(page);
            assertThat(page.locator(".messages").textContent())
                    .contains("أكّد كل تحذير من تحذيرات فحوص الجودة قبل الإرسال.");
            assertThat(page.locator(".quality-ack input[type='checkbox']").count())
                    .isEqualTo(3);
            screenshot(page, "editor-ar-quality-warning");
            accessible(page, "editor with quality-check warnings, Arabic UI, Urdu translation, desktop");
            page.setViewportSize(375, 740);
            settled(page);
            screenshot(page, "editor-ar-quality-phone");
            accessible(page, "editor with quality-check warnings, Arabic UI, phone");
        }
    }
}
