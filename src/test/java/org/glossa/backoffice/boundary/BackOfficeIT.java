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
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * The back office in a real browser (Debian's Chromium driven by Playwright) against one deployment on PostgreSQL
 * with the demo content and accounts. The back office's host ({@code admin.glossa.example}, see arquillian.xml) is
 * mapped to the container by Chromium's host resolver, so the browser sends the Host a reverse proxy would.
 * Screenshots of every screen, in English and Arabic, at desktop and phone width, go to {@code target/screenshots/}.
 *
 * <p>One order is needed: the statement count of a work-list page is taken first, before other tests' sessions
 * add background work.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ArquillianExtension.class)
class BackOfficeIT {

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

    /** Signs in with the keyboard only: Tab to the username, type, Tab to the password, type, Enter. */
    private void signInByKeyboard(Page page, String username, String password) {
        page.navigate(admin("/signin.xhtml"));
        idle(page);
        for (int i = 0; i < 6 && !"signin:username".equals(focused(page)); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(focused(page)).as("Tab reaches the username").isEqualTo("signin:username");
        page.keyboard().type(username);
        page.keyboard().press("Tab");
        assertThat(focused(page)).as("Tab moves to the password").isEqualTo("signin:password");
        page.keyboard().type(password);
        submit(page, () -> page.keyboard().press("Enter"));
    }

    /** The work list's filters (the table's column headers carry the same names). */
    private static Locator filters(Page page) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Filters"));
    }

    private static String focused(Page page) {
        return (String) page.evaluate("() => document.activeElement && document.activeElement.id");
    }

    /** The locale column's tags on the current page of the work list. */
    private static List<String> listedLocales(Page page) {
        return page.locator("[id='list:items'] tbody td:nth-child(2) span[lang]").all().stream()
                .map(l -> l.getAttribute("lang"))
                .toList();
    }

    private static List<String> listedStates(Page page) {
        return page.locator("[id='list:items'] tbody .state").allTextContents();
    }

    private static List<String> listedTitles(Page page) {
        return page.locator("[id='list:items'] tbody td:nth-child(1) span[lang]")
                .allTextContents();
    }

    private long statements() {
        HttpResponse<String> metrics = new SiteClient(uri()).get("127.0.0.1", "/metrics?scope=application", Map.of());
        Matcher m = STATEMENTS.matcher(metrics.body());
        assertThat(m.find()).as("statement metric exposed").isTrue();
        return (long) Double.parseDouble(m.group(1));
    }

    private java.net.URI uri() {
        try {
            return container.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(1)
    void aPageOfTheWorkListCostsABoundedNumberOfStatements() {
        try (BrowserContext context = context("en", 1280, 900)) {
            Page page = context.newPage();
            signInByKeyboard(page, "owner", "demo-owner-password");
            assertThat(page.url()).endsWith("/admin/index.xhtml");
            long before = statements();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next Page"))
                    .click();
            idle(page);
            long used = statements() - before;

            assertThat(listedStates(page)).hasSize(10);
            // Resuming the session (the account and its locales), the count and the page; the rest is slack for the
            // scheduler's background checks, which share the counter. One statement per row would be 10 more.
            assertThat(used).as("statements for one page of 10 rows").isLessThanOrEqualTo(4 + 4);

            filters(page).getByLabel("State").selectOption("MISSING");
            filters(page).getByLabel("Language").selectOption("fr");
            filters(page).getByLabel("Kind").selectOption("POST");
            filters(page).getByLabel("Search source titles").fill("a");
            long beforeFiltered = statements();
            submit(
                    page,
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                            .click());
            long filtered = statements() - beforeFiltered;
            assertThat(listedStates(page)).isNotEmpty().containsOnly("Missing");
            assertThat(listedLocales(page)).containsOnly("fr");
            // Every filter at once is still the count and the page (each filter is in their statements).
            assertThat(filtered).as("statements for a filtered page").isLessThanOrEqualTo(4 + 4);
        }
    }

    @Test
    @Order(2)
    void aTranslatorSignsInByKeyboardAndSeesOnlyTheirLocalesWithWhatNeedsActionFirst() throws Exception {
        try (BrowserContext context = context("en", 1280, 900)) {
            Page page = context.newPage();
            List<String> consoleErrors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                    consoleErrors.add(m.text());
                }
            });
            page.onPageError(consoleErrors::add);

            Response signInPage = page.navigate(admin("/"));
            assertThat(page.url()).as("anonymous: sent to the form").endsWith("/admin/signin.xhtml");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
            String policy = signInPage.headerValue("content-security-policy");
            assertThat(policy).contains("script-src 'self' 'nonce-").contains("frame-ancestors 'none'");
            assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("unsafe");
            String anonymousSession = sessionCookie(context).orElseThrow().value;

            signInByKeyboard(page, "anna", "demo-anna-password");

            assertThat(page.url()).endsWith("/admin/index.xhtml");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Work list"))
                            .isVisible())
                    .isTrue();
            Cookie session = sessionCookie(context).orElseThrow();
            assertThat(session.value).as("a new session id at sign-in").isNotEqualTo(anonymousSession);
            assertThat(session.httpOnly).isTrue();
            assertThat(session.sameSite).isEqualTo(SameSiteAttribute.LAX);
            assertThat(session.path).isEqualTo("/admin");
            assertThat(session.secure).as("the admin URL is http here").isFalse();

            assertThat(listedLocales(page))
                    .isNotEmpty()
                    .allMatch(tag -> Set.of("de", "fr").contains(tag));
            assertThat(filters(page).getByLabel("Language").locator("option").allTextContents())
                    .filteredOn(o -> !o.equals("All"))
                    .containsExactly("Deutsch", "Français");
            List<String> states = listedStates(page);
            assertThat(states.get(0)).as("needs action first").isIn("Rejected", "Outdated", "Missing");
            screenshot(page, "worklist-en-desktop");
            accessible(page, "work list, English, desktop");

            // Filter by state, then search a source title.
            filters(page).getByLabel("State").selectOption("MISSING");
            filters(page).getByLabel("Language").selectOption("fr");
            submit(
                    page,
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                            .click());
            assertThat(listedStates(page)).isNotEmpty().containsOnly("Missing");
            assertThat(listedLocales(page)).containsOnly("fr");

            filters(page).getByLabel("State").selectOption("");
            filters(page).getByLabel("Language").selectOption("");
            filters(page).getByLabel("Search source titles").fill("SITEMAPS");
            submit(
                    page,
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                            .click());
            assertThat(listedTitles(page))
                    .isNotEmpty()
                    .allMatch(t -> t.toLowerCase(Locale.ROOT).contains("sitemaps"));

            // Pages: the demo content fills more than one page of 10 for two locales.
            filters(page).getByLabel("Search source titles").fill("");
            submit(
                    page,
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                            .click());
            List<String> firstPage = listedTitles(page);
            assertThat(firstPage).hasSize(10);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next Page"))
                    .click();
            idle(page);
            assertThat(listedLocales(page))
                    .isNotEmpty()
                    .allMatch(tag -> Set.of("de", "fr").contains(tag));
            assertThat(page.locator(".ui-paginator-page.ui-state-active")
                            .first()
                            .textContent())
                    .isEqualTo("2");
            assertThat(listedTitles(page)).isNotEqualTo(firstPage);

            page.setViewportSize(375, 740);
            screenshot(page, "worklist-en-phone");
            accessible(page, "work list, English, phone");
            assertThat((Boolean) page.evaluate(
                            "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1"))
                    .as("no sideways scrolling at 375 px")
                    .isTrue();

            submit(
                    page,
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                            .click());
            assertThat(page.url()).endsWith("/admin/signin.xhtml");
            page.navigate(admin("/index.xhtml"));
            assertThat(page.url()).as("signed out: the list is closed").endsWith("/admin/signin.xhtml");
            assertThat(consoleErrors)
                    .as("no script blocked by the policy, no error")
                    .isEmpty();
        }
    }

    private static Optional<Cookie> sessionCookie(BrowserContext context) {
        return context.cookies().stream()
                .filter(c -> c.name.equals("GLOSSA_SESSION"))
                .findFirst();
    }

    @Test
    @Order(3)
    void aWrongPasswordIsToldSoAndOpensNothing() {
        try (BrowserContext context = context("en", 1280, 900)) {
            Page page = context.newPage();
            signInByKeyboard(page, "anna", "not-annas-password");

            assertThat(page.url()).endsWith("/admin/signin.xhtml");
            assertThat(page.getByText("Wrong username or password.").isVisible())
                    .isTrue();
            assertThat(page.getByLabel("Password").inputValue())
                    .as("the password is not sent back")
                    .isEmpty();
            page.navigate(admin("/index.xhtml"));
            assertThat(page.url()).endsWith("/admin/signin.xhtml");
        }
    }

    @Test
    @Order(4)
    void theSignInPageIsAccessibleInEnglishAndArabicOnDesktopAndPhone() throws Exception {
        for (String language : List.of("en", "ar")) {
            for (int width : new int[] {1280, 375}) {
                try (BrowserContext context = context(language, width, width > 400 ? 900 : 740)) {
                    Page page = context.newPage();
                    page.navigate(admin("/signin.xhtml"));
                    idle(page);
                    assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
                    assertThat(page.locator("html").getAttribute("dir"))
                            .isEqualTo(language.equals("ar") ? "rtl" : "ltr");
                    String device = width > 400 ? "desktop" : "phone";
                    screenshot(page, "signin-" + language + "-" + device);
                    accessible(page, "sign-in page, " + language + ", " + device);
                }
            }
        }
    }

    @Test
    @Order(5)
    void anArabicTranslatorChoosesArabicAndGetsARightToLeftWorkListOfTheirLocales() throws Exception {
        try (BrowserContext context = context("en", 1280, 900)) {
            Page page = context.newPage();
            signInByKeyboard(page, "karim", "demo-karim-password");
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("ltr");

            page.getByLabel("Interface language").selectOption("ar");
            submit(
                    page,
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change language"))
                            .click());

            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ar");
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("قائمة العمل"))
                            .isVisible())
                    .isTrue();
            assertThat(listedLocales(page))
                    .isNotEmpty()
                    .allMatch(tag -> Set.of("ar", "ur").contains(tag));
            assertThat(page.locator("[id='list:items'] tbody td:nth-child(1) span[lang='en']")
                            .first()
                            .getAttribute("dir"))
                    .as("the English source title stays left-to-right in an Arabic UI")
                    .isEqualTo("ltr");
            screenshot(page, "worklist-ar-desktop");
            accessible(page, "work list, Arabic, desktop");
            page.setViewportSize(375, 740);
            screenshot(page, "worklist-ar-phone");
            accessible(page, "work list, Arabic, phone");
        }
        try (BrowserContext context = context("en", 1280, 900)) {
            Page page = context.newPage();
            signInByKeyboard(page, "karim", "demo-karim-password");
            assertThat(page.locator("html").getAttribute("lang"))
                    .as("the choice is stored on the account, not in the browser")
                    .isEqualTo("ar");
        }
    }

    @Test
    @Order(6)
    void theBackOfficeIsNotServedOnTheSitesHosts() {
        SiteClient client = new SiteClient(uri());
        for (String host : List.of("beispiel.example.de", "glossa.example", "www.glossa.example")) {
            for (String path : List.of("/admin", "/admin/", "/admin/signin.xhtml", "/admin/index.xhtml")) {
                HttpResponse<String> response = client.get(host, path, Map.of());
                assertThat(response.statusCode()).as("%s%s", host, path).isEqualTo(404);
                assertThat(response.body()).doesNotContain("jakarta.faces");
                assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
            }
        }
        HttpResponse<String> adminHost = client.get(BackOfficeBrowser.ADMIN_HOST, "/admin/signin.xhtml", Map.of());
        assertThat(adminHost.statusCode()).isEqualTo(200);
        assertThat(adminHost.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(adminHost.headers().firstValue("Cache-Control")).hasValue("no-store");
        HttpResponse<String> publicXhtml = client.get("beispiel.example.de", "/blog/x.xhtml", Map.of());
        assertThat(publicXhtml.statusCode())
                .as("JSF answers nothing outside /admin")
                .isEqualTo(404);
        assertThat(publicXhtml.body()).doesNotContain("jakarta.faces");
    }

    @Test
    @Order(7)
    void aDisabledAccountIsSignedOutAtItsNextRequestAndCannotSignInAgain() {
        ApiClient owner = ApiClient.as(uri(), "owner", "demo-owner-password");
        HttpResponse<String> created = owner.post(
                "/api/v1/users",
                "{\"username\":\"bea\",\"password\":\"a password for bea\",\"displayName\":\"Bea\","
                        + "\"locales\":[\"it\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String account = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/users/", "");
        try (BrowserContext context = context("it", 1280, 900)) {
            Page page = context.newPage();
            signInByKeyboard(page, "bea", "a password for bea");
            assertThat(page.url()).endsWith("/admin/index.xhtml");
            assertThat(page.locator("html").getAttribute("lang"))
                    .as("Accept-Language: it")
                    .isEqualTo("it");
            assertThat(listedLocales(page)).isNotEmpty().containsOnly("it");

            HttpResponse<String> disabled =
                    owner.send("PATCH", "/api/v1/users/" + account, "{\"enabled\":false}", Map.of());
            assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);

            page.reload();
            assertThat(page.url()).endsWith("/admin/signin.xhtml");
            signInByKeyboard(page, "bea", "a password for bea");
            assertThat(page.url()).endsWith("/admin/signin.xhtml");
            assertThat(page.getByText("Nome utente o password errati.").isVisible())
                    .isTrue();
        }
    }

    @Test
    @Order(8)
    void aFormSentWithViewStateItsSessionDoesNotHoldChangesNothing() {
        try (BrowserContext karim = context("en", 1280, 900);
                BrowserContext anna = context("en", 1280, 900)) {
            Page karimsPage = karim.newPage();
            signInByKeyboard(karimsPage, "karim", "demo-karim-password");
            String karimsViewState = karimsPage
                    .locator("[id='language'] input[name='jakarta.faces.ViewState']")
                    .inputValue();
            Page annasPage = anna.newPage();
            signInByKeyboard(annasPage, "anna", "demo-anna-password");

            // Anna's language form, sent with the view state of Karim's: a POST made in another session.
            annasPage
                    .locator("[id='language'] input[name='jakarta.faces.ViewState']")
                    .evaluate("(input, value) => input.value = value", karimsViewState);
            annasPage.getByLabel("Interface language").selectOption("ru");
            submit(
                    annasPage,
                    () -> annasPage
                            .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change language"))
                            .click());

            assertThat(annasPage.url()).as("the page again").endsWith("/admin/index.xhtml");
            annasPage.reload();
            idle(annasPage);
            assertThat(annasPage.locator("html").getAttribute("lang")).isEqualTo("en");
        }
        try (BrowserContext context = context("en", 1280, 900)) {
            Page page = context.newPage();
            page.navigate(admin("/signin.xhtml"));
            idle(page);
            context.clearCookies(); // as if the session had timed out while the form was open
            page.getByLabel("Username").fill("anna");
            page.getByLabel("Password").fill("demo-anna-password");
            submit(
                    page,
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                            .click());

            assertThat(page.url()).endsWith("/admin/signin.xhtml");
            assertThat(page.getByLabel("Username").inputValue()).isEmpty();
            signInByKeyboard(page, "anna", "demo-anna-password");
            assertThat(page.url()).endsWith("/admin/index.xhtml");
        }
    }
}
