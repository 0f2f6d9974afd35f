package org.glossa.backoffice.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossa.backoffice.boundary.BackOfficeBrowser.accessible;
import static org.glossa.backoffice.boundary.BackOfficeBrowser.idle;
import static org.glossa.backoffice.boundary.BackOfficeBrowser.screenshot;
import static org.glossa.backoffice.boundary.BackOfficeBrowser.submit;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 * The owner's calendar of scheduled publications in a real browser against one deployment on PostgreSQL with the
 * demo content. The owner's zone is the deployment's ({@code GLOSSA_TIME_ZONE=UTC}); the browser runs in New York,
 * so a calendar that showed the browser's times instead of the owner's would be five hours off. Translations are
 * submitted and scheduled through the API; moved and cancelled in the browser. That a scheduled translation goes live
 * when due, and is in the calendar before, is {@link OwnerRunsTheSiteIT}'s (one wait for a due time in the suite).
 * Screenshots go to {@code target/screenshots/calendar-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ArquillianExtension.class)
class CalendarIT {

    private static final String DE_SITE = "https://beispiel.example.de";
    private static final String BROWSER_ZONE = "America/New_York";
    private static final Pattern STATEMENTS = Pattern.compile("(?m)^glossa_sql_statements\\{[^}]*}\\s+([0-9.]+)");

    /** Two days ahead, so that the times below are in the future whenever the test runs. */
    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).plusDays(2);

    private static final Instant GERMAN_AT = DAY.atTime(9, 30).toInstant(ZoneOffset.UTC);
    private static final Instant FRENCH_AT = DAY.atTime(14, 15).toInstant(ZoneOffset.UTC);
    private static final LocalDateTime MOVED_TO = DAY.atTime(11, 5);

    @ArquillianResource
    URL container;

    private static BackOfficeBrowser browser;
    private static long post;

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
        } catch (URISyntaxException e) {
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

    /** A new English post, published directly by the owner; returns its id. */
    private long publishedEnglishPost(String title) {
        HttpResponse<String> created = owner().post(
                        "/api/v1/posts",
                        Json.createObjectBuilder()
                                .add("sourceLocale", "en")
                                .add("title", title)
                                .add("summary", "A post to schedule")
                                .add("body", "A paragraph of the post.")
                                .build()
                                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        assertThat(owner().post(path(id, "en") + "/publish", "{}").statusCode()).isEqualTo(200);
        return id;
    }

    /** Anna drafts and submits a translation, and the owner schedules it at {@code at} through the API. */
    private void scheduled(long id, String locale, String title, String slug, Instant at) {
        String fields = Json.createObjectBuilder()
                .add("title", title)
                .add("slug", slug)
                .add("summary", "Kurz")
                .add("body", "Ein Absatz.")
                .build()
                .toString();
        HttpResponse<String> draft = anna().put(path(id, locale), fields, null);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        assertThat(anna().post(path(id, locale) + "/submit", "{}").statusCode()).isEqualTo(200);
        HttpResponse<String> approved = owner().post(path(id, locale) + "/approve", "{\"publishAt\":\"" + at + "\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(state(id, locale).getString("status")).isEqualTo("SCHEDULED");
    }

    private JsonObject state(long id, String locale) {
        return json(owner().get(path(id, locale))).getJsonObject("state");
    }

    private long statements() {
        HttpResponse<String> metrics = new SiteClient(uri()).get("127.0.0.1", "/metrics?scope=application", Map.of());
        Matcher m = STATEMENTS.matcher(metrics.body());
        assertThat(m.find()).as("statement metric exposed").isTrue();
        return (long) Double.parseDouble(m.group(1));
    }

    private void signIn(Page page) {
        browser().signIn(page, "owner", "demo-owner-password");
        assertThat(page.url()).endsWith("/admin/index.xhtml");
    }

    /** Opens the calendar on the day of the test's entries, and waits until the schedule has read them. */
    private void calendarOn(Page page, LocalDate day) {
        page.navigate(browser().admin("/calendar.xhtml"));
        idle(page);
        page.evaluate("d => PF('schedule').calendar.gotoDate(d)", day.toString());
        page.waitForTimeout(300);
        idle(page);
    }

    private static void view(Page page, String name) {
        page.locator(".fc-" + name + "-button").click();
        page.waitForTimeout(300);
        idle(page);
    }

    /** The schedule's entry (any view) whose title contains {@code text}. */
    private static Locator entry(Page page, String text) {
        return page.locator(".fc-event, .fc-list-event").filter(new Locator.FilterOptions().setHasText(text));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator dialog(Page page) {
        return page.locator("[id='entry:entryDialog']");
    }

    @Test
    @Order(1)
    void theCalendarShowsScheduledTranslationsAtTheOwnersTimesInMonthWeekAndListViews() throws Exception {
        post = publishedEnglishPost("Calendar one");
        scheduled(post, "de", "Kalender eins", "kalender-eins", GERMAN_AT);
        scheduled(post, "fr", "Calendrier un", "calendrier-un", FRENCH_AT);

        try (BrowserContext context = browser().context("en", 1280, 900, BROWSER_ZONE)) {
            Page page = context.newPage();
            // What the page's policy refused (FullCalendar's icon font is a data: URL its font-src allows), and any
            // script error: nothing may be refused.
            List<String> refused = new java.util.ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type()) && m.text().contains("Content Security Policy")) {
                    refused.add(m.text());
                }
            });
            page.onPageError(refused::add);
            signIn(page);
            page.getByRole(AriaRole.NAVIGATION)
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Publication calendar"))
                    .click();
            page.waitForURL("**/admin/calendar.xhtml");
            idle(page);
            calendarOn(page, DAY);

            Locator german = entry(page, "Calendar one · Deutsch");
            german.first().waitFor();
            assertThat(german.textContent())
                    .as("month view, owner's time")
                    .contains("9:30")
                    .doesNotContain("4:30");
            assertThat(entry(page, "Calendar one · Français").textContent()).contains("2:15");
            screenshot(page, "calendar-month-en-desktop");

            view(page, "timeGridWeek");
            german.first().waitFor();
            assertThat(german.textContent()).as("week view").contains("9:30").doesNotContain("4:30");
            assertThat(entry(page, "Calendar one · Français").textContent()).contains("2:15");
            screenshot(page, "calendar-week-en-desktop");

            view(page, "listWeek");
            german.first().waitFor();
            assertThat(german.textContent()).as("list view").contains("9:30").doesNotContain("4:30");
            assertThat(entry(page, "Calendar one · Français").textContent()).contains("2:15");
            screenshot(page, "calendar-list-en-desktop");

            // The plain table beside the schedule lists the same entries, with the instant in a <time>.
            Locator rows = page.locator("[id='list:entries'] tbody tr")
                    .filter(new Locator.FilterOptions().setHasText("Calendar one"));
            assertThat(rows.count()).isEqualTo(2);
            assertThat(rows.locator("time").all().stream()
                            .map(t -> t.getAttribute("datetime"))
                            .toList())
                    .containsExactly(GERMAN_AT.toString(), FRENCH_AT.toString());
            assertThat(rows.first().getByRole(AriaRole.LINK).getAttribute("href"))
                    .isEqualTo("review-item.xhtml?kind=post&item=" + post + "&locale=de");

            // Each range the schedule shows is read on its own, in a bounded number of statements.
            long before = statements();
            page.locator(".fc-next-button").click();
            page.waitForTimeout(300);
            idle(page);
            page.locator(".fc-prev-button").click();
            page.waitForTimeout(300);
            idle(page);
            german.first().waitFor();
            long used = statements() - before;
            // Per range: resuming the session (2), the translations, their items, the source titles; slack for the
            // scheduler's background checks.
            assertThat(used).as("statements for two ranges of the schedule").isLessThanOrEqualTo(2 * 5 + 4);
            assertThat(refused)
                    .as("nothing refused by the policy but the icon font, no script error")
                    .isEmpty();
        }
    }

    @Test
    @Order(2)
    void theOwnerMovesAPublicationThroughTheDialogToAFutureTimeOnly() throws Exception {
        try (BrowserContext context = browser().context("en", 1280, 900, BROWSER_ZONE)) {
            Page page = context.newPage();
            signIn(page);
            calendarOn(page, DAY);
            Locator german = entry(page, "Calendar one · Deutsch");
            german.first().waitFor();

            // By keyboard: the entry takes the focus and Enter opens its dialog.
            german.first().focus();
            page.keyboard().press("Enter");
            idle(page);
            dialog(page).getByLabel("New date and time (UTC)").waitFor();
            assertThat(dialog(page).isVisible()).isTrue();
            assertThat(dialog(page).getByRole(AriaRole.LINK).getAttribute("href"))
                    .isEqualTo("review-item.xhtml?kind=post&item=" + post + "&locale=de");
            assertThat(dialog(page).getByLabel("New date and time (UTC)").inputValue())
                    .isEqualTo(DAY.atTime(9, 30).toString());
            screenshot(page, "calendar-dialog-en-desktop");
            accessible(page, "calendar dialog, en");

            LocalDateTime past = LocalDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
            dialog(page).getByLabel("New date and time (UTC)").fill(past.toString());
            submit(page, () -> button(page, "Move publication").click());
            Locator field = dialog(page).getByLabel("New date and time (UTC)");
            assertThat(dialog(page).isVisible())
                    .as("the dialog stays open with the refusal")
                    .isTrue();
            assertThat(page.locator("[id='entry:publishAt-message']").textContent())
                    .as("refused at the field")
                    .contains("must be in the future");
            assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(state(post, "de").getString("publishAt")).isEqualTo(GERMAN_AT.toString());
            screenshot(page, "calendar-dialog-refused-en-desktop");

            field.fill(MOVED_TO.toString());
            submit(page, () -> button(page, "Move publication").click());
            assertThat(page.locator("[id='messages']").textContent()).contains("now goes live at");
            assertThat(dialog(page).isVisible()).isFalse();
            JsonObject moved = state(post, "de");
            assertThat(moved.getString("status")).isEqualTo("SCHEDULED");
            assertThat(moved.getString("publishAt"))
                    .isEqualTo(MOVED_TO.toInstant(ZoneOffset.UTC).toString());

            page.evaluate("d => PF('schedule').calendar.gotoDate(d)", DAY.toString());
            page.waitForTimeout(300);
            idle(page);
            german.first().waitFor();
            assertThat(german.textContent()).contains("11:05").doesNotContain("9:30");
        }
        HttpResponse<String> audit = owner().get("/api/v1/audit?kind=post&item=" + post + "&locale=de");
        assertThat(audit.body()).contains("\"action\":\"RESCHEDULE\"");
    }

    @Test
    @Order(3)
    void theOwnerCancelsAPublicationAndTheTranslationIsBackInTheReviewQueue() {
        try (BrowserContext context = browser().context("en", 1280, 900, BROWSER_ZONE)) {
            Page page = context.newPage();
            signIn(page);
            calendarOn(page, DAY);
            entry(page, "Calendar one · Français").first().waitFor();

            Locator row = page.locator("[id='list:entries'] tbody tr")
                    .filter(new Locator.FilterOptions().setHasText("Calendar one"))
                    .filter(new Locator.FilterOptions().setHas(page.locator("span[lang='fr']")));
            row.getByRole(AriaRole.BUTTON).click();
            idle(page);
            dialog(page).getByLabel("New date and time (UTC)").waitFor();
            assertThat(dialog(page).textContent()).contains("Français");
            submit(page, () -> button(page, "Cancel publication").click());
            assertThat(page.locator("[id='messages']").textContent()).contains("back in the review queue");

            page.evaluate("d => PF('schedule').calendar.gotoDate(d)", DAY.toString());
            page.waitForTimeout(300);
            idle(page);
            entry(page, "Calendar one · Deutsch").first().waitFor();
            assertThat(entry(page, "Calendar one · Français").count())
                    .as("gone from the schedule")
                    .isZero();
            assertThat(page.locator("[id='list:entries'] tbody tr span[lang='fr']")
                            .filter(new Locator.FilterOptions().setHasText("Français"))
                            .count())
                    .as("gone from the list")
                    .isZero();

            page.navigate(browser().admin("/review.xhtml?locale=fr"));
            idle(page);
            assertThat(page.locator("[id='queue:items'] tbody").textContent()).contains("Calendar one");
        }
        JsonObject cancelled = state(post, "fr");
        assertThat(cancelled.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(cancelled.containsKey("publishAt") && !cancelled.isNull("publishAt"))
                .as("no publication time left")
                .isFalse();
        assertThat(owner().get("/api/v1/audit?kind=post&item=" + post + "&locale=fr")
                        .body())
                .contains("\"action\":\"UNSCHEDULE\"");

        // The same moves through the API: a past time is refused naming the field; nothing changes.
        HttpResponse<String> past =
                owner().post(path(post, "de") + "/reschedule", "{\"publishAt\":\"2020-01-01T00:00:00Z\"}");
        assertThat(past.statusCode()).as(past.body()).isEqualTo(400);
        assertThat(past.body()).contains("publishAt");
        assertThat(state(post, "de").getString("publishAt"))
                .isEqualTo(MOVED_TO.toInstant(ZoneOffset.UTC).toString());
        assertThat(anna().post(path(post, "de") + "/unschedule", "{}").statusCode())
                .as("the owner's move only")
                .isEqualTo(403);
    }

    @Test
    @Order(5)
    void aTranslatorIsRefusedTheCalendar() {
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "anna", "demo-anna-password");
            assertThat(page.getByRole(AriaRole.NAVIGATION)
                            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Publication calendar"))
                            .count())
                    .isZero();
            assertThat(page.navigate(browser().admin("/calendar.xhtml")).status())
                    .isEqualTo(403);
        }
    }

    @Test
    @Order(6)
    void theCalendarIsAccessibleInEnglishAndArabicOnDesktopAndPhone() throws Exception {
        for (String language : List.of("en", "ar")) {
            for (int width : new int[] {1280, 390}) {
                String device = width > 400 ? "desktop" : "phone";
                try (BrowserContext context = browser().context(language, width, width > 400 ? 900 : 800)) {
                    Page page = context.newPage();
                    browser().signIn(page, "owner", "demo-owner-password");
                    assertThat(page.locator("html").getAttribute("dir"))
                            .isEqualTo(language.equals("ar") ? "rtl" : "ltr");
                    calendarOn(page, DAY);
                    entry(page, "Calendar one").first().waitFor();
                    if (language.equals("ar")) {
                        assertThat(page.locator(".fc").getAttribute("class")).contains("fc-direction-rtl");
                    }
                    screenshot(page, "calendar-month-" + language + "-" + device);
                    accessible(page, "calendar month, " + language + ", " + device);
                    view(page, "listWeek");
                    entry(page, "Calendar one").first().waitFor();
                    screenshot(page, "calendar-list-" + language + "-" + device);
                    accessible(page, "calendar list, " + language + ", " + device);
                    assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth"
                                    + " <= document.documentElement.clientWidth + 1"))
                            .as("no sideways scrolling, " + language + ", " + device)
                            .isTrue();

                    page.locator("[id='list:entries'] tbody tr")
                            .filter(new Locator.FilterOptions().setHasText("Calendar one"))
                            .first()
                            .getByRole(AriaRole.BUTTON)
                            .click();
                    idle(page);
                    dialog(page).locator("input").first().waitFor();
                    // PrimeFaces greys out the button that sent the request until the response is handled.
                    page.waitForFunction("() => !document.querySelector(\"[id='list:entries'] .ui-state-disabled\")");
                    screenshot(page, "calendar-dialog-" + language + "-" + device);
                    accessible(page, "calendar dialog, " + language + ", " + device);
                }
            }
        }
    }
}
