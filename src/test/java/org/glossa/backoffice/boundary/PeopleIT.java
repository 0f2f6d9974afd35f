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
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * The people screens in a real browser against one deployment on PostgreSQL with the demo content and accounts: the
 * owner creates a translator for Italian, changes their languages, disables and enables them and resets their
 * password, while the translator, signed in in another browser, meets each change on their next request; everyone
 * changes their own password under "Your account". Screenshots go to {@code target/screenshots/people-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ArquillianExtension.class)
class PeopleIT {

    private static final Pattern STATEMENTS = Pattern.compile("(?m)^glossa_sql_statements\\{[^}]*}\\s+([0-9.]+)");
    private static final String FIRST_PASSWORD = "paola first password";
    private static final String SECOND_PASSWORD = "paola second password";
    private static final String THIRD_PASSWORD = "paola third password";

    @ArquillianResource
    URL container;

    private static BackOfficeBrowser browser;

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

    private long statements() {
        HttpResponse<String> metrics = new SiteClient(uri()).get("127.0.0.1", "/metrics?scope=application", Map.of());
        Matcher m = STATEMENTS.matcher(metrics.body());
        assertThat(m.find()).as("statement metric exposed").isTrue();
        return (long) Double.parseDouble(m.group(1));
    }

    /** Every username {@code GET /api/v1/users} lists, all pages. */
    private List<String> listedUsernames() {
        List<String> names = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            HttpResponse<String> response = owner().get("/api/v1/users?page=" + page);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonArray people =
                    Json.createReader(new StringReader(response.body())).readArray();
            if (people.isEmpty()) {
                return names;
            }
            people.forEach(p -> names.add(p.asJsonObject().getString("username")));
        }
    }

    private static Locator rows(Page page) {
        return page.locator("[id='people:translators'] tbody tr");
    }

    /** The error shown at the field whose input has this id. */
    private static String errorAt(Page page, String id) {
        return page.locator(".field:has([id='" + id + "']) .ui-message-error, fieldset:has([id='" + id
                        + "']) > .ui-message-error")
                .first()
                .textContent()
                .strip();
    }

    private static void click(Page page, String button) {
        submit(
                page,
                () -> page.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName(button).setExact(true))
                        .click());
    }

    private static void nav(Page page, String link) {
        submit(
                page,
                () -> page.getByRole(AriaRole.NAVIGATION)
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link))
                        .click());
    }

    private static void fillNewTranslator(Page page, String name, String username, String password) {
        page.locator("[id='people:displayName']").fill(name);
        page.locator("[id='people:username']").fill(username);
        page.locator("[id='people:password']").fill(password);
    }

    /** The locale column's tags on the translator's work list. */
    private static List<String> workListLocales(Page page) {
        return page.locator("[id='list:items'] tbody td:nth-child(2) span[lang]").all().stream()
                .map(l -> l.getAttribute("lang"))
                .toList();
    }

    private static List<String> workListLanguageChoices(Page page) {
        return page
                .getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Filters"))
                .getByLabel("Language")
                .locator("option")
                .allTextContents()
                .stream()
                .filter(o -> !o.equals("All"))
                .toList();
    }

    @Test
    @Order(1)
    void theOwnerRunsATranslatorsAccountAndEachChangeMeetsTheTranslatorsNextRequest() throws Exception {
        for (int i = 1; i <= 12; i++) {
            HttpResponse<String> created = owner().post(
                            "/api/v1/users",
                            "{\"username\":\"filler" + (i < 10 ? "0" : "") + i + "\",\"password\":\"a long enough"
                                    + " password\",\"displayName\":\"Filler " + i + "\",\"locales\":[\"de\",\"ja\"]}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        List<String> before = listedUsernames();

        try (BrowserContext ownerContext = browser().context("en", 1280, 900);
                BrowserContext paolaContext = browser().context("en", 1280, 900)) {
            Page page = ownerContext.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            nav(page, "People");
            assertThat(page.url()).endsWith("/admin/people.xhtml");

            long start = statements();
            page.reload();
            idle(page);
            long used = statements() - start;
            // Resuming the session (account, locales), the count, the page and its locales in one batch; slack for
            // the scheduler's background checks. One statement per person would be 14 more.
            assertThat(used).as("statements for a page of people").isLessThanOrEqualTo(5 + 4);
            assertThat(rows(page).count())
                    .as("anna, karim and the twelve fillers")
                    .isGreaterThanOrEqualTo(14);
            assertThat(rows(page)
                            .filter(new Locator.FilterOptions().setHasText("filler07"))
                            .textContent())
                    .contains("Filler 7", "German and Japanese", "Never", "Active");

            fillNewTranslator(page, "Anna Again", "Anna", FIRST_PASSWORD);
            page.getByLabel("Italian", new Page.GetByLabelOptions().setExact(true))
                    .check();
            click(page, "Create translator");
            assertThat(errorAt(page, "people:username")).isEqualTo("This username is taken.");

            fillNewTranslator(page, "Weak Link", "weakling", "too short");
            click(page, "Create translator");
            assertThat(errorAt(page, "people:password")).isEqualTo("Use at least 12 characters.");
            assertThat(page.getByLabel("Italian", new Page.GetByLabelOptions().setExact(true))
                            .isChecked())
                    .as("the form keeps what was chosen")
                    .isTrue();
            page.getByLabel("Italian", new Page.GetByLabelOptions().setExact(true))
                    .uncheck();
            fillNewTranslator(page, "", "no locale", FIRST_PASSWORD);
            click(page, "Create translator");
            assertThat(errorAt(page, "people:displayName")).isEqualTo("Required.");
            assertThat(errorAt(page, "people:username")).startsWith("Use 3 to 64 characters");
            assertThat(errorAt(page, "people:locales:0")).isEqualTo("Choose at least one language.");
            assertThat(listedUsernames()).as("nothing stored by a refused form").isEqualTo(before);
            accessible(page, "people with refusals, English");
            screenshot(page, "people-refused-en");

            fillNewTranslator(page, "Paola Rossi", "paola", FIRST_PASSWORD);
            page.getByLabel("Italian", new Page.GetByLabelOptions().setExact(true))
                    .check();
            click(page, "Create translator");
            assertThat(page.locator("[id='messages']").textContent()).contains("Paola Rossi can now sign in as paola.");
            assertThat(rows(page)
                            .filter(new Locator.FilterOptions().setHasText("paola"))
                            .textContent())
                    .contains("Paola Rossi", "Italian", "Never", "Active");
            accessible(page, "people, English");
            screenshot(page, "people-en");

            Page paola = paolaContext.newPage();
            browser().signIn(paola, "paola", FIRST_PASSWORD);
            assertThat(paola.url()).endsWith("/admin/index.xhtml");
            assertThat(workListLocales(paola)).isNotEmpty().containsOnly("it");
            assertThat(workListLanguageChoices(paola)).containsExactly("Italiano");
            assertThat(paola.getByRole(AriaRole.NAVIGATION)
                            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("People"))
                            .count())
                    .as("no People entry for a translator")
                    .isZero();
            Response refused = paola.navigate(browser().admin("/people.xhtml"));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(paola.navigate(browser().admin("/people-detail.xhtml?id=1"))
                            .status())
                    .isEqualTo(403);
            assertThat(ApiClient.as(uri(), "paola", FIRST_PASSWORD)
                            .get("/api/v1/users")
                            .statusCode())
                    .isEqualTo(403);

            page.reload();
            idle(page);
            assertThat(rows(page)
                            .filter(new Locator.FilterOptions().setHasText("paola"))
                            .textContent())
                    .as("her sign-in shown")
                    .doesNotContain("Never");
            submit(
                    page,
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Paola Rossi"))
                            .click());
            assertThat(page.url()).contains("/admin/people-detail.xhtml?id=");

            page.getByLabel("German", new Page.GetByLabelOptions().setExact(true))
                    .check();
            click(page, "Save languages");
            assertThat(page.locator("[id='messages']").textContent()).contains("Languages of Paola Rossi saved");
            paola.navigate(browser().admin("/index.xhtml"));
            idle(paola);
            assertThat(workListLanguageChoices(paola))
                    .as("her next request sees the new languages")
                    .containsExactly("Deutsch", "Italiano");

            page.getByLabel("German", new Page.GetByLabelOptions().setExact(true))
                    .uncheck();
            page.getByLabel("Italian", new Page.GetByLabelOptions().setExact(true))
                    .uncheck();
            click(page, "Save languages");
            assertThat(errorAt(page, "person:locales:0")).isEqualTo("Choose at least one language.");

            click(page, "Disable…");
            assertThat(page.locator(".confirmation").textContent())
                    .contains("Disable Paola Rossi?", "signed out at their next request");
            assertThat(page.evaluate("document.activeElement.id"))
                    .as("the keyboard starts on the question's safe answer")
                    .isEqualTo("person:cancel");
            accessible(page, "disable confirmation, English");
            screenshot(page, "people-confirm-en");
            click(page, "Cancel");
            assertThat(page.locator("#state").textContent()).isEqualTo("Active");
            click(page, "Disable…");
            click(page, "Yes, disable");
            assertThat(page.locator("#state").textContent()).isEqualTo("Disabled");
            assertThat(page.locator("[id='messages']").textContent()).contains("Paola Rossi is disabled");

            paola.reload();
            idle(paola);
            assertThat(paola.url()).as("her open session is refused").endsWith("/admin/signin.xhtml");
            browser().signIn(paola, "paola", FIRST_PASSWORD);
            assertThat(paola.url()).endsWith("/admin/signin.xhtml");

            click(page, "Enable…");
            assertThat(page.locator(".confirmation").textContent()).contains("Enable Paola Rossi?");
            click(page, "Yes, enable");
            assertThat(page.locator("#state").textContent()).isEqualTo("Active");
            browser().signIn(paola, "paola", FIRST_PASSWORD);
            assertThat(paola.url()).as("enabled again").endsWith("/admin/index.xhtml");

            page.locator("[id='person:newPassword']").fill("short");
            click(page, "Set new password");
            assertThat(errorAt(page, "person:newPassword")).isEqualTo("Use at least 12 characters.");
            page.locator("[id='person:newPassword']").fill(SECOND_PASSWORD);
            click(page, "Set new password");
            assertThat(page.locator("[id='messages']").textContent()).contains("New password for Paola Rossi set");
            assertThat(page.url())
                    .as("the address still names her page after the form, so a reload shows her again")
                    .contains("/admin/people-detail.xhtml?id=");
            paola.reload();
            idle(paola);
            assertThat(paola.url())
                    .as("the session she signed in with the old password ends with it")
                    .endsWith("/admin/signin.xhtml");

            try (BrowserContext fresh = browser().context("en", 1280, 900)) {
                Page again = fresh.newPage();
                browser().signIn(again, "paola", FIRST_PASSWORD);
                assertThat(again.url())
                        .as("the old password no longer signs in")
                        .endsWith("/admin/signin.xhtml");
                browser().signIn(again, "paola", SECOND_PASSWORD);
                assertThat(again.url()).as("the new one does").endsWith("/admin/index.xhtml");
            }

            assertThat(page.getByLabel("German", new Page.GetByLabelOptions().setExact(true))
                                    .isChecked()
                            && page.getByLabel("Italian", new Page.GetByLabelOptions().setExact(true))
                                    .isChecked())
                    .as("the languages shown are the stored ones, not those of the refused form")
                    .isTrue();
            List<String> audit = page.locator("[id='changes'] tbody tr").allTextContents();
            assertThat(audit).as("created, languages, disabled, enabled, reset").hasSize(5);
            assertThat(audit.get(0)).contains("Password reset", "owner");
            assertThat(audit.get(1)).contains("Enabled", "owner");
            assertThat(audit.get(2)).contains("Disabled", "owner");
            assertThat(audit.get(3)).contains("Languages changed", "it -> de, it");
            assertThat(audit.get(audit.size() - 1)).contains("Created", "owner", "locales it");
            accessible(page, "person, English");
            screenshot(page, "people-person-en");
        }
    }

    @Test
    @Order(2)
    void theOwnersScreensReadRightToLeftAtPhoneWidth() throws Exception {
        try (BrowserContext context = browser().context("ar", 390, 844)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            page.navigate(browser().admin("/people.xhtml"));
            idle(page);
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            assertThat(page.locator("h1").textContent()).isEqualTo("الأشخاص");
            click(page, "إنشاء المترجم");
            assertThat(errorAt(page, "people:password")).isEqualTo("حقل مطلوب.");
            accessible(page, "people, Arabic, phone");
            screenshot(page, "people-ar-phone");
            submit(
                    page,
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Paola Rossi"))
                            .click());
            click(page, "تعطيل…");
            accessible(page, "person, Arabic, phone");
            screenshot(page, "people-person-ar-phone");
            click(page, "إلغاء");
            page.navigate(browser().admin("/account.xhtml"));
            idle(page);
            accessible(page, "your account, Arabic, phone");
            screenshot(page, "account-ar-phone");
        }
    }

    @Test
    @Order(3)
    void everyoneChangesTheirOwnPasswordWithTheRulesMessagesAtTheField() throws Exception {
        try (BrowserContext context = browser().context("en", 1280, 900);
                BrowserContext elsewhere = browser().context("en", 1280, 900)) {
            Page other = elsewhere.newPage();
            browser().signIn(other, "paola", SECOND_PASSWORD);
            assertThat(other.url()).endsWith("/admin/index.xhtml");
            Page page = context.newPage();
            browser().signIn(page, "paola", SECOND_PASSWORD);
            nav(page, "Your account");
            assertThat(page.url()).endsWith("/admin/account.xhtml");
            assertThat(page.locator(".person-facts").textContent()).contains("paola", "Paola Rossi", "Italian");

            page.getByLabel("Current password").fill("not my password");
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                    .fill(THIRD_PASSWORD);
            page.getByLabel("New password again").fill(THIRD_PASSWORD);
            click(page, "Change password");
            assertThat(errorAt(page, "password:currentPassword")).isEqualTo("This is not your current password.");

            page.getByLabel("Current password").fill(SECOND_PASSWORD);
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                    .fill(THIRD_PASSWORD);
            page.getByLabel("New password again").fill(THIRD_PASSWORD + "!");
            click(page, "Change password");
            assertThat(errorAt(page, "password:repeated")).isEqualTo("The two new passwords differ.");

            page.getByLabel("Current password").fill(SECOND_PASSWORD);
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                    .fill("short");
            page.getByLabel("New password again").fill("short");
            click(page, "Change password");
            assertThat(errorAt(page, "password:newPassword")).isEqualTo("Use at least 12 characters.");
            accessible(page, "your account with refusals, English");
            screenshot(page, "account-refused-en");

            page.getByLabel("Current password").fill(SECOND_PASSWORD);
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                    .fill(THIRD_PASSWORD);
            page.getByLabel("New password again").fill(THIRD_PASSWORD);
            click(page, "Change password");
            assertThat(page.locator("[id='messages']").textContent()).contains("Your password has been changed");
            screenshot(page, "account-en");
            page.navigate(page.url());
            assertThat(page.url())
                    .as("the session that changed it stays signed in")
                    .endsWith("/admin/account.xhtml");
            other.navigate(other.url());
            assertThat(other.url())
                    .as("her other session, signed in with the old password, is signed out")
                    .endsWith("/admin/signin.xhtml");
        }
        assertThat(ApiClient.as(uri(), "paola", SECOND_PASSWORD)
                        .get("/api/v1/me")
                        .statusCode())
                .isEqualTo(401);
        assertThat(ApiClient.as(uri(), "paola", THIRD_PASSWORD)
                        .get("/api/v1/me")
                        .statusCode())
                .isEqualTo(200);

        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            nav(page, "Your account");
            page.getByLabel("Current password").fill("demo-owner-password");
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                    .fill("the owner's new password");
            page.getByLabel("New password again").fill("the owner's new password");
            click(page, "Change password");
            assertThat(page.locator("[id='messages']").textContent()).contains("Your password has been changed");
        }
        assertThat(ApiClient.as(uri(), "owner", "the owner's new password")
                        .get("/api/v1/me")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> audit =
                ApiClient.as(uri(), "owner", "the owner's new password").get("/api/v1/users/1/audit");
        JsonObject newest =
                Json.createReader(new StringReader(audit.body())).readArray().getJsonObject(0);
        assertThat(newest.getString("change")).isEqualTo("password-changed");
    }

    @Test
    @Order(4)
    void theListOfTranslatorsIsPagedInTheApi() {
        ApiClient owner = ApiClient.as(uri(), "owner", "the owner's new password");
        assertThat(owner.get("/api/v1/users?page=0").statusCode()).isEqualTo(400);
        assertThat(owner.get("/api/v1/users?page=x").body()).contains("page");
        JsonObject first = Json.createReader(
                        new StringReader(owner.get("/api/v1/users").body()))
                .readArray()
                .getJsonObject(0);
        assertThat(first.getString("username")).isEqualTo("anna");
        assertThat(first.getJsonArray("locales").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("de", "fr");
    }
}
