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
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.Posts;
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
 * open from the work list, type, preview, save, submit; a stale save shows both versions side by side and loses
 * nothing; a field's refusal shows at the field, in the UI language; the slug is checked and suggested as the title
 * and slug change (a slug used by another text, or still leading readers to another item, is refused as a save would); unsaved text survives a closed tab and a lost session (kept in the browser) and meets the
 * staleness rule when it comes back; an Urdu translation is edited right to left, also at phone width; no serious
 * accessibility violation in an English and an Arabic UI. Screenshots go to {@code target/screenshots/editor-*.png}.
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

    /** Whether the conflict panel shows their version and the user's text beside each other (else stacked). */
    private static boolean sideBySide(Locator conflict) {
        var theirs = conflict.locator(".theirs").boundingBox();
        var mine = conflict.locator(".mine").boundingBox();
        return Math.abs(theirs.y - mine.y) < 1 && Math.abs(theirs.x - mine.x) > theirs.width / 2;
    }

    /** Whether the page is no wider than the viewport (in a right-to-left page, overflow would be cut off). */
    private static boolean fitsTheWidth(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }

    private static boolean withinTheWidth(Page page, Locator element) {
        var box = element.boundingBox();
        return box != null && box.x >= 0 && box.x + box.width <= page.viewportSize().width;
    }

    /** The editor's status line saying when the unsaved text was last kept in the browser. */
    private static Locator draftStatus(Page page) {
        return page.locator("#draft-status");
    }

    /** How many editor drafts this browser profile keeps. */
    private static long keptDrafts(Page page) {
        return ((Number) page.evaluate(
                        "() => Object.keys(localStorage).filter(k => k.startsWith('glossa.draft.')).length"))
                .longValue();
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
            PlaywrightAssertions.assertThat(page.getByText("Saved.")).isVisible();
            assertThat(field(page, "Slug").inputValue())
                    .as("a slug derived from the title, as the API does")
                    .startsWith("eine-")
                    .endsWith("-deutsche");
            assertThat(page.locator("[id='edit:revisions'] tbody tr").count()).isEqualTo(1);

            field(page, "Slug").fill("eine/übersetzung");
            click(page, "Save");
            assertThat(fieldMessage(page, "slug").textContent())
                    .contains("The slug contains “/”, which cannot be used in a web address.");
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
            PlaywrightAssertions.assertThat(mine.getByText("Saved.")).isVisible();

            Page theirs = second.newPage();
            browser().signIn(theirs, "anna", "demo-anna-password");
            theirs.navigate(browser().admin("/" + item));
            idle(theirs);
            assertThat(field(theirs, "Title").inputValue()).isEqualTo("Erste Fassung");

            field(mine, "Title").fill("Zweite Fassung, zuerst gespeichert");
            click(mine, "Save");
            PlaywrightAssertions.assertThat(mine.getByText("Saved.")).isVisible();

            field(theirs, "Title").fill("Meine Fassung, zu spät gespeichert");
            field(theirs, "Body").fill("Mein Text, der nicht verloren gehen darf.");
            click(theirs, "Save");
            Locator conflict = theirs.locator("[id='edit:conflict']");
            assertThat(conflict.isVisible()).isTrue();
            assertThat(conflict.textContent()).contains("Zweite Fassung, zuerst gespeichert");
            assertThat(field(theirs, "Title").inputValue()).isEqualTo("Meine Fassung, zu spät gespeichert");
            assertThat(field(theirs, "Body").inputValue()).isEqualTo("Mein Text, der nicht verloren gehen darf.");
            assertThat(conflict.locator(".mine").textContent()).contains("Meine Fassung, zu spät gespeichert");
            assertThat(theirs.locator("[id='edit:checks']").textContent())
                    .as("the checks judge the text in the form, not the version saved meanwhile (its body is empty)")
                    .doesNotContain("Required, but empty");
            assertThat(sideBySide(conflict))
                    .as("their version and mine in two columns")
                    .isTrue();
            screenshot(theirs, "editor-en-conflict");
            accessible(theirs, "editor with a conflict, English, desktop");
            theirs.setViewportSize(375, 740);
            settled(theirs);
            assertThat(sideBySide(conflict)).as("stacked at phone width").isFalse();
            assertThat(fitsTheWidth(theirs)).isTrue();
            screenshot(theirs, "editor-en-conflict-phone");
            accessible(theirs, "editor with a conflict, English, phone");
            theirs.setViewportSize(1280, 900);
            settled(theirs);

            click(theirs, "Keep mine");
            PlaywrightAssertions.assertThat(theirs.getByText("Saved.")).isVisible();
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

            // A refusal in the UI's language, at the field, not the API's English.
            Locator slug = page.locator("[id='edit:slug']");
            slug.fill("اردو/متن");
            click(page, "حفظ");
            assertThat(fieldMessage(page, "slug").textContent())
                    .contains("يحتوي المعرّف على «/»، ولا يمكن استخدامه في عنوان ويب.");
            slug.fill("");
            slug.press("End");
            page.locator("[id='edit:slugCheck']").getByText("إذا تُرك فارغًا").waitFor();
            screenshot(page, "editor-ar-desktop");
            accessible(page, "editor, Arabic UI, Urdu translation, desktop");
            page.setViewportSize(375, 740);
            settled(page);
            assertThat(fitsTheWidth(page))
                    .as("nothing pushed out of a right-to-left phone screen")
                    .isTrue();
            for (String id : List.of("edit:slug", "edit:save", "edit:submit")) {
                assertThat(withinTheWidth(page, page.locator("[id='" + id + "']")))
                        .as(id)
                        .isTrue();
            }
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
        return Posts.publish(
                api("owner"),
                "en",
                title,
                "What the plan costs.",
                "The plan costs 1,234.5 euros. See [the offer](https://example.org/offer).");
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
            PlaywrightAssertions.assertThat(page.getByText("Saved.")).isVisible();
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
    @Order(15)
    void theSlugIsCheckedAndSuggestedAsTheTitleAndTheSlugChange() throws Exception {
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "anna", "demo-anna-password");
            String item = editLinks(page, "MISSING", "de").get(0);
            page.navigate(browser().admin("/" + item));
            idle(page);
            Locator check = page.locator("[id='edit:slugCheck']");

            field(page, "Title").fill("Grüße aus Köln");
            field(page, "Title").press("End"); // a key typed: the check follows
            check.getByText("Suggested from the title:").waitFor();
            String suggested = check.locator(".suggested-slug").textContent().strip();
            assertThat(suggested).startsWith("gr").endsWith("-koeln");
            assertThat(check.textContent()).contains("Left empty, the slug is made from the title: " + suggested);
            assertThat(field(page, "Slug").getAttribute("aria-describedby").split(" "))
                    .as("the slug check and the quality checks describe the field")
                    .contains("edit:slugCheck");

            click(page, "Use the suggestion");
            assertThat(field(page, "Slug").inputValue()).isEqualTo(suggested);
            assertThat(check.textContent()).contains("This slug is valid and free.");

            field(page, "Slug").fill("gruesse/koeln");
            field(page, "Slug").press("End");
            check.getByText("The slug contains “/”, which cannot be used in a web address.")
                    .waitFor();

            // The first test submitted a German translation with this slug: a save would be refused (409).
            field(page, "Slug").fill("eine-uebersetzung");
            field(page, "Slug").press("End");
            check.getByText("“eine-uebersetzung” is already the slug of another text in this language.")
                    .waitFor();
            assertThat(check.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use the suggestion"))
                            .isVisible())
                    .isTrue();
            screenshot(page, "editor-en-slug-check");
            accessible(page, "editor with the slug check, English, desktop");
        }
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

    @Test
    @Order(16)
    void unsavedTextSurvivesAClosedTabAndALostSession() throws Exception {
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "anna", "demo-anna-password");
            String item = editLinks(page, "MISSING", "de").get(0);
            page.navigate(browser().admin("/" + item));
            idle(page);
            field(page, "Title").fill("Noch nicht gespeichert");
            field(page, "Body").fill("Ein Absatz, der eine geschlossene Seite übersteht.");
            draftStatus(page).getByText("Unsaved text kept in this browser at").waitFor();
            assertThat(draftStatus(page).getAttribute("role")).isEqualTo("status");
            screenshot(page, "editor-en-draft-kept");
            accessible(page, "editor with a kept draft, English, desktop");

            page.close();
            Page again = context.newPage();
            again.navigate(browser().admin("/" + item));
            idle(again);
            again.getByText("Your unsaved text from this browser is back in the form.")
                    .waitFor();
            assertThat(field(again, "Title").inputValue()).isEqualTo("Noch nicht gespeichert");
            assertThat(field(again, "Body").inputValue())
                    .isEqualTo("Ein Absatz, der eine geschlossene Seite übersteht.");
            assertThat(again.locator("[id='edit:conflict']").count()).isZero();

            // The session is gone (as after GLOSSA_ADMIN_IDLE): typing goes on, then the user signs in again.
            field(again, "Body").fill("Ein Absatz, der auch das Ende der Sitzung übersteht.");
            draftStatus(again).getByText("Unsaved text kept in this browser at").waitFor();
            context.clearCookies();
            again.navigate(browser().admin("/" + item));
            again.waitForLoadState();
            assertThat(again.url()).contains("/admin/signin.xhtml");
            browser().signIn(again, "anna", "demo-anna-password");
            again.navigate(browser().admin("/" + item));
            idle(again);
            again.getByText("Your unsaved text from this browser is back in the form.")
                    .waitFor();
            assertThat(field(again, "Title").inputValue()).isEqualTo("Noch nicht gespeichert");
            assertThat(field(again, "Body").inputValue())
                    .isEqualTo("Ein Absatz, der auch das Ende der Sitzung übersteht.");

            click(again, "Save");
            PlaywrightAssertions.assertThat(again.getByText("Saved.")).isVisible();
            assertThat(draftStatus(again).textContent()).startsWith("Saved at ");
            assertThat(keptDrafts(again))
                    .as("a saved text is forgotten by the browser")
                    .isZero();
            again.navigate(browser().admin("/" + item));
            idle(again);
            assertThat(again.getByText("Your unsaved text from this browser is back in the form.")
                            .count())
                    .isZero();
            assertThat(field(again, "Title").inputValue()).isEqualTo("Noch nicht gespeichert");
        }
    }

    @Test
    @Order(17)
    void aKeptDraftTypedOnAnOlderVersionComesBackBesideTheNewerOne() throws Exception {
        try (BrowserContext first = browser().context("en", 1280, 900);
                BrowserContext second = browser().context("en", 1280, 900)) {
            Page mine = first.newPage();
            browser().signIn(mine, "anna", "demo-anna-password");
            String item = editLinks(mine, "MISSING", "de").get(0);
            mine.navigate(browser().admin("/" + item));
            idle(mine);
            field(mine, "Title").fill("Erster Stand");
            click(mine, "Save");
            PlaywrightAssertions.assertThat(mine.getByText("Saved.")).isVisible();
            field(mine, "Title").fill("Mein ungespeicherter Stand");
            draftStatus(mine).getByText("Unsaved text kept in this browser at").waitFor();
            mine.close();

            Page theirs = second.newPage();
            browser().signIn(theirs, "anna", "demo-anna-password");
            theirs.navigate(browser().admin("/" + item));
            idle(theirs);
            field(theirs, "Title").fill("Neuerer Stand von anderswo");
            click(theirs, "Save");
            PlaywrightAssertions.assertThat(theirs.getByText("Saved.")).isVisible();

            Page back = first.newPage();
            back.navigate(browser().admin("/" + item));
            idle(back);
            back.getByText("Your unsaved text from this browser is back in the form.")
                    .waitFor();
            Locator conflict = back.locator("[id='edit:conflict']");
            assertThat(conflict.isVisible())
                    .as("never silently over their newer save")
                    .isTrue();
            assertThat(conflict.locator(".theirs").textContent()).contains("Neuerer Stand von anderswo");
            assertThat(conflict.locator(".mine").textContent()).contains("Mein ungespeicherter Stand");
            assertThat(field(back, "Title").inputValue()).isEqualTo("Mein ungespeicherter Stand");

            click(back, "Save");
            assertThat(conflict.isVisible()).as("a plain save is still stale").isTrue();
            click(back, "Merge by hand");
            assertThat(conflict.textContent()).contains("Merging by hand");
            field(back, "Title").fill("Zusammengeführter Stand");
            click(back, "Save");
            PlaywrightAssertions.assertThat(back.getByText("Saved.")).isVisible();
            assertThat(back.locator("[id='edit:conflict']").count()).isZero();

            theirs.navigate(browser().admin("/" + item));
            idle(theirs);
            assertThat(field(theirs, "Title").inputValue()).isEqualTo("Zusammengeführter Stand");
        }
    }

    @Test
    @Order(18)
    void aSlugStillLeadingReadersToAnotherItemIsRefusedAsItIsTyped() throws Exception {
        ApiClient owner = ApiClient.as(container.toURI(), "owner", "demo-owner-password");
        ApiClient anna = ApiClient.as(container.toURI(), "anna", "demo-anna-password");
        long id = publishedEnglishPost(owner, "An address that moved");
        String german = "/api/v1/posts/" + id + "/translations/de";
        liveAt(owner, anna, german, "alte-adresse-im-editor", null);
        String etag = anna.get(german).headers().firstValue("ETag").orElseThrow();
        liveAt(owner, anna, german, "neue-adresse-im-editor", etag); // the old address now redirects

        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "anna", "demo-anna-password");
            long other = publishedEnglishPost(owner, "Another post, not yet in German");
            page.navigate(browser().admin("/edit.xhtml?kind=post&id=" + other + "&locale=de"));
            idle(page);
            field(page, "Slug").fill("alte-adresse-im-editor");
            field(page, "Slug").press("End");
            page.locator("[id='edit:slugCheck']")
                    .getByText("“alte-adresse-im-editor” was the address of another text in this language and still"
                            + " leads readers there; the owner can release it.")
                    .waitFor();
        }
    }

    /** A new English post, live; returns its id. */
    private static long publishedEnglishPost(ApiClient owner, String title) {
        HttpResponse<String> created = owner.post(
                "/api/v1/posts",
                Json.createObjectBuilder()
                        .add("sourceLocale", "en")
                        .add("title", title)
                        .add("summary", "A post made for this test")
                        .add("body", "A paragraph.")
                        .build()
                        .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        HttpResponse<String> published = owner.post("/api/v1/posts/" + id + "/translations/en/publish", "{}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    /** Anna saves the German translation with this slug and submits it; the owner approves it: it is live. */
    private static void liveAt(ApiClient owner, ApiClient anna, String path, String slug, String etag) {
        String fields = Json.createObjectBuilder()
                .add("title", "Eine umgezogene Adresse")
                .add("summary", "Kurz")
                .add("body", "Ein Absatz.")
                .add("slug", slug)
                .build()
                .toString();
        HttpResponse<String> saved = anna.put(path, fields, etag);
        assertThat(saved.statusCode()).as(saved.body()).isIn(200, 201);
        HttpResponse<String> submitted = anna.post(path + "/submit", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        HttpResponse<String> approved = owner.post(path + "/approve", "{}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
