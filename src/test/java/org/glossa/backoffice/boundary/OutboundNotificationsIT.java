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
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.Eventually;
import org.glossa.containertest.Posts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The health screen's outbound notifications in a real browser, against a deployment whose WebSub hub is a local
 * HTTP server this test controls: while the hub answers 500 a publication's ping is seen failing and waiting for its
 * next attempt, then giving up; once the hub answers again the owner sends one dead letter again, then all the
 * others, through the screen alone, and the hub receives them. Screenshots: {@code target/screenshots/outbound-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ArquillianExtension.class)
class OutboundNotificationsIT {

    private static final int HUB_PORT = 18767;
    private static final String HUB = "http://127.0.0.1:" + HUB_PORT + "/hub";

    /** Started before the deployment, so that the start-up's own pings fail too. */
    private static final HttpServer HUB_SERVER;

    private static final AtomicInteger HUB_STATUS = new AtomicInteger(500);
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();

    static {
        try {
            HUB_SERVER = HttpServer.create(new InetSocketAddress("127.0.0.1", HUB_PORT), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HUB_SERVER.createContext("/hub", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = HUB_STATUS.get();
            if (status == 200) {
                RECEIVED.add(body);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        HUB_SERVER.start();
    }

    @ArquillianResource
    URL container;

    private static BackOfficeBrowser browser;

    /**
     * Two attempts, the second 6 s after the first: long enough for the screen to show a failed ping waiting for its
     * next attempt, short enough for the test to see it give up.
     */
    @Deployment(testable = false)
    static WebArchive application() {
        String settings = String.join(
                "\n",
                "config_ordinal=500",
                "glossa.websub.hub=" + HUB,
                "glossa.notifications.max-attempts=2",
                "glossa.notifications.base-delay-seconds=6",
                "glossa.notifications.check-seconds=1",
                "");
        return Deployments.applicationOnFreshDatabase()
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "outbound-it-config.jar")
                        .addAsManifestResource(new StringAsset(settings), "microprofile-config.properties"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        HUB_SERVER.stop(0);
    }

    private BackOfficeBrowser browser() {
        if (browser == null) {
            browser = new BackOfficeBrowser(container.getPort());
        }
        return browser;
    }

    private ApiClient owner() throws Exception {
        return ApiClient.as(container.toURI(), "owner", "demo-owner-password");
    }

    private static Locator hubRows(Page page) {
        return page.locator("[id='dead:letters'] tbody tr").filter(new Locator.FilterOptions().setHasText(HUB));
    }

    /** The screen's rows for the hub, read afresh. */
    private List<String> hubRowsNow(Page page) {
        page.navigate(browser().admin("/health.xhtml"));
        idle(page);
        return hubRows(page).allTextContents();
    }

    @Test
    @Order(1)
    void aFailedPingIsShownWaitingThenGivesUpAndTheOwnerSendsDeadLettersAgain() throws Exception {
        HUB_STATUS.set(500);
        HttpResponse<String> created = owner().post(
                        "/api/v1/posts",
                        Json.createObjectBuilder()
                                .add("sourceLocale", "en")
                                .add("title", "Pinged while the hub is down")
                                .add("summary", "A publication whose ping fails")
                                .add("body", "Text.")
                                .build()
                                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject item = Json.createReader(new StringReader(created.body())).readObject();
        long id = item.getJsonNumber("id").longValue();

        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            HttpResponse<String> published = owner().post("/api/v1/posts/" + id + "/translations/en/publish", "{}");
            assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

            String waiting = Eventually.until(
                    "a failed ping waiting for its next attempt",
                    () -> hubRowsNow(page).stream()
                            .filter(row ->
                                    row.contains("Failed, tried 1 times; will try again") && row.contains("HTTP 500"))
                            .findFirst()
                            .orElse(null));
            assertThat(waiting).contains("WEBSUB");
            screenshot(page, "outbound-en-retrying");

            Eventually.until("every ping to the hub given up", () -> {
                List<String> rows = hubRowsNow(page);
                return !rows.isEmpty() && rows.stream().allMatch(row -> row.contains("Gave up")) ? rows : null;
            });
            int dead = hubRows(page).count();
            assertThat(hubRows(page).first().textContent()).contains("HTTP 500", "2");
            accessible(page, "publishing health with dead letters, English");
            screenshot(page, "outbound-en-dead");

            HUB_STATUS.set(200);
            submit(
                    page,
                    () -> hubRows(page)
                            .first()
                            .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send again"))
                            .click());
            assertThat(page.locator("[id='messages']").textContent()).contains("Queued to be sent again.");
            Eventually.until("the dead letter sent again reaches the hub", () -> RECEIVED.isEmpty() ? null : true);
            Eventually.until(
                    "the delivered ping leaves the screen",
                    () -> hubRowsNow(page).size() == dead - 1 ? true : null);

            if (dead > 1) {
                submit(
                        page,
                        () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send all again"))
                                .click());
                // At least those seen; pings of regenerations that ran meanwhile may have given up since.
                java.util.regex.Matcher queued = java.util.regex.Pattern.compile("Queued to be sent again: (\\d+)")
                        .matcher(page.locator("[id='messages']").textContent());
                assertThat(queued.find()).isTrue();
                assertThat(Integer.parseInt(queued.group(1))).isGreaterThanOrEqualTo(dead - 1);
            }
            Eventually.until("every ping delivered", () -> hubRowsNow(page).isEmpty() ? true : null);
            assertThat(page.locator("[id='dead:letters']").textContent())
                    .contains("Every notification has been delivered.");
            assertThat(RECEIVED).hasSizeGreaterThanOrEqualTo(dead);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send all again"))
                            .count())
                    .as("nothing left to send again")
                    .isZero();
        }
    }

    @Test
    @Order(2)
    void inArabicAtPhoneWidthTheUndeliveredNotificationsReadRightToLeft() throws Exception {
        HUB_STATUS.set(500);
        Posts.publish(owner(), "en", "Another ping while the hub is down", "A publication whose ping fails", "Text.");
        try (BrowserContext context = browser().context("ar", 390, 844)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            Eventually.until(
                    "a dead letter on the Arabic screen",
                    () -> hubRowsNow(page).stream()
                            .filter(row -> row.contains("توقفت المحاولات"))
                            .findFirst()
                            .orElse(null));
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            accessible(page, "undelivered notifications, Arabic, phone");
            screenshot(page, "outbound-ar-phone");
        } finally {
            HUB_STATUS.set(200);
        }
    }
}
