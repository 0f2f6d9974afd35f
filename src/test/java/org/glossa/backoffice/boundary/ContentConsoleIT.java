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
import com.microsoft.playwright.options.FilePayload;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
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
 * The owner's content screens in a real browser against one deployment on PostgreSQL with the demo content: a post
 * created with a cover image and published, a refused upload, a role that continues created and edited, two roles
 * reordered, a post unpublished after a confirmation that lists where it was live. Every check of the public site is
 * on the configured English (and German) site. Screenshots go to {@code target/screenshots/content-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ArquillianExtension.class)
class ContentConsoleIT {

    private static final String EN_SITE = "https://glossa.example";
    private static final String DE_SITE = "https://beispiel.example.de";
    private static final Pattern STATEMENTS = Pattern.compile("(?m)^glossa_sql_statements\\{[^}]*}\\s+([0-9.]+)");

    @ArquillianResource
    URL container;

    private static BackOfficeBrowser browser;
    private static long coverStory;

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

    private SiteClient site() {
        return new SiteClient(uri());
    }

    private long statements() {
        HttpResponse<String> metrics = site().get("127.0.0.1", "/metrics?scope=application", Map.of());
        Matcher m = STATEMENTS.matcher(metrics.body());
        assertThat(m.find()).as("statement metric exposed").isTrue();
        return (long) Double.parseDouble(m.group(1));
    }

    private static long count(String sql) throws Exception {
        try (Connection db = TestDatabase.connect(Deployments.DATABASE);
                PreparedStatement query = db.prepareStatement(sql);
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static byte[] png(Color colour) throws Exception {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 64, 32);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void click(Page page, String name) {
        submit(
                page,
                () -> page.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName(name).setExact(true))
                        .click());
    }

    private static String messages(Page page) {
        return page.locator(".messages").allTextContents().toString();
    }

    private void openContent(Page page) {
        submit(
                page,
                () -> page.getByRole(AriaRole.NAVIGATION)
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Content"))
                        .click());
        assertThat(page.url()).endsWith("/admin/content.xhtml");
    }

    /** A role created and published through the API (the other door). */
    private long role(String title, String slug, String start) {
        HttpResponse<String> created = owner().post(
                        "/api/v1/experience",
                        Json.createObjectBuilder()
                                .add("sourceLocale", "en")
                                .add("organisation", "Order Test Ltd")
                                .add("employmentType", "CONTRACT")
                                .add("workplace", "REMOTE")
                                .add("start", start)
                                .add("end", start)
                                .add("sortOrder", 0)
                                .add("title", title)
                                .add("location", "Lisbon")
                                .add("body", "What the role was.")
                                .add("slug", slug)
                                .build()
                                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Json.createReader(new StringReader(created.body()))
                .readObject()
                .getJsonNumber("id")
                .longValue();
        assertThat(owner().post("/api/v1/experience/" + id + "/translations/en/publish", "{}")
                        .statusCode())
                .isEqualTo(200);
        return id;
    }

    @Test
    @Order(1)
    void theOwnerCreatesAPostWithACoverImageAndPublishesItsEnglishText() throws Exception {
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            openContent(page);

            long before = statements();
            page.reload();
            idle(page);
            long used = statements() - before;
            // Resuming the session (account, locales); per table the count, the page and its live locales; slack
            // for the scheduler's background checks.
            assertThat(used).as("statements for the content list").isLessThanOrEqualTo(8 + 4);
            assertThat(page.locator("[id='content:posts'] tbody tr").count()).isPositive();
            accessible(page, "content list (en)");
            screenshot(page, "content-list-en");

            submit(
                    page,
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New post"))
                            .click());
            page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
                    .fill("A cover story");
            page.getByLabel("Summary").fill("A post with a cover image");
            page.getByLabel("Body").fill("The first paragraph of a post with a cover.");
            page.getByLabel("Slug").fill("a-cover-story");
            page.locator("[id='item:cover']")
                    .setInputFiles(new FilePayload("cover.png", "image/png", png(new Color(20, 90, 160))));
            page.getByLabel("Text alternative for the cover image").fill("A deep blue rectangle");
            accessible(page, "new post form (en)");
            screenshot(page, "content-new-post-en");
            click(page, "Publish");

            assertThat(messages(page)).contains("Saved and published.");
            assertThat(page.url()).contains("content-item.xhtml").contains("kind=post");
            Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(page.url());
            assertThat(id.find()).as(page.url()).isTrue();
            coverStory = Long.parseLong(id.group(1));
            screenshot(page, "content-post-saved-en");

            HttpResponse<String> live = site().get(EN_SITE + "/blog/a-cover-story");
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(live.body()).contains("A cover story").contains("alt=\"A deep blue rectangle\"");
        }
    }

    @Test
    @Order(2)
    void aRefusedUploadShowsTheReasonAtTheFieldAndStoresNothing() throws Exception {
        long media = count("SELECT COUNT(*) FROM media");
        long posts = count("SELECT COUNT(*) FROM post");
        try (BrowserContext context = browser().context("en", 390, 844)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            page.navigate(browser().admin("/content-item.xhtml?kind=post"));
            idle(page);
            page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
                    .fill("Not with this file");
            page.getByLabel("Body").fill("Text.");
            page.locator("[id='item:cover']")
                    .setInputFiles(new FilePayload(
                            "holiday.png", "image/png", "just some words\n".getBytes(StandardCharsets.UTF_8)));
            click(page, "Save as draft");

            assertThat(page.locator("[id='item:coverMessage']").textContent())
                    .contains("This file is not a PNG, JPEG, GIF or WebP image, whatever its name says.");
            assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
                            .inputValue())
                    .as("the form keeps what was typed")
                    .isEqualTo("Not with this file");
            accessible(page, "refused upload (en, phone)");
            screenshot(page, "content-refused-upload-phone-en");
        }
        assertThat(count("SELECT COUNT(*) FROM media")).as("no media stored").isEqualTo(media);
        assertThat(count("SELECT COUNT(*) FROM post")).as("no post stored").isEqualTo(posts);
    }

    @Test
    @Order(3)
    void theOwnerCreatesAndEditsARoleThatContinues() throws Exception {
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            openContent(page);
            submit(
                    page,
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New role"))
                            .click());
            page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
                    .fill("Principal cartographer");
            page.getByLabel("Location").fill("Porto");
            page.getByLabel("Body").fill("Maps of everything.");
            page.getByLabel("Slug").fill("principal-cartographer");
            page.getByLabel("Organisation").fill("Atlas Works");
            page.getByLabel("Employment type").selectOption("FULL_TIME");
            page.getByLabel("Workplace").selectOption("HYBRID");
            page.getByLabel("Start month").fill("2023-04");
            page.getByLabel("Present (the role continues)").check();
            page.getByLabel("Ordering").fill("0");
            screenshot(page, "content-new-role-en");
            click(page, "Publish");
            assertThat(messages(page)).contains("Saved and published.");
            assertThat(page.getByLabel("Present (the role continues)").isChecked())
                    .isTrue();

            page.getByLabel("Organisation").fill("Atlas Works Cooperative");
            click(page, "Save");
            assertThat(messages(page)).contains("Saved.");
            assertThat(page.getByLabel("Organisation").inputValue()).isEqualTo("Atlas Works Cooperative");

            HttpResponse<String> timeline = site().get(EN_SITE + "/experience");
            assertThat(timeline.statusCode()).isEqualTo(200);
            assertThat(timeline.body()).contains("Principal cartographer").contains("Atlas Works Cooperative");

            // The API's door to the same facts: a stale version is refused, the current one applies.
            Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(page.url());
            assertThat(id.find()).as(page.url()).isTrue();
            String facts = "/api/v1/experience/" + id.group(1) + "/facts";
            JsonObject read = Json.createReader(
                            new StringReader(owner().get(facts).body()))
                    .readObject();
            assertThat(read.getString("organisation")).isEqualTo("Atlas Works Cooperative");
            assertThat(read.containsKey("end") && !read.isNull("end"))
                    .as("a role that continues has no end")
                    .isFalse();
            int version = read.getInt("version");
            String change = Json.createObjectBuilder(read)
                    .add("organisation", "Atlas Works (API)")
                    .build()
                    .toString();
            HttpResponse<String> stale = owner().put(
                            facts,
                            Json.createObjectBuilder(read)
                                    .add("version", version - 1)
                                    .build()
                                    .toString(),
                            null);
            assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
            HttpResponse<String> applied = owner().put(facts, change, null);
            assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);

            // The form still holds the version before the API's edit: its save is refused, nothing overwritten.
            page.getByLabel("Organisation").fill("Atlas Works from a stale form");
            click(page, "Save");
            assertThat(messages(page)).contains("Someone changed this item since you opened it");
            assertThat(Json.createReader(new StringReader(owner().get(facts).body()))
                            .readObject()
                            .getString("organisation"))
                    .isEqualTo("Atlas Works (API)");
            screenshot(page, "content-role-stale-en");
        }
        try (BrowserContext context = browser().context("ar", 390, 844)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            page.navigate(browser().admin("/content-item.xhtml?kind=experience"));
            idle(page);
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            accessible(page, "new role form (ar, phone)");
            screenshot(page, "content-new-role-phone-ar");
            page.navigate(browser().admin("/content.xhtml"));
            idle(page);
            accessible(page, "content list (ar, phone)");
            screenshot(page, "content-list-phone-ar");
        }
    }

    @Test
    @Order(4)
    void movingARoleUpChangesTheOrderOfThePublicTimeline() throws Exception {
        role("Later lighthouse keeper", "later-lighthouse-keeper", "2099-02");
        role("Earlier lighthouse keeper", "earlier-lighthouse-keeper", "2099-01");
        String before = site().get(EN_SITE + "/experience").body();
        assertThat(before.indexOf("Later lighthouse keeper"))
                .isLessThan(before.indexOf("Earlier lighthouse keeper"))
                .isNotNegative();
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            openContent(page);
            Locator moveUp = page.getByRole(
                    AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move “Earlier lighthouse keeper” up"));
            moveUp.focus();
            submit(page, () -> page.keyboard().press("Enter"));
            assertThat(messages(page)).contains("The timeline order was changed");
            screenshot(page, "content-reordered-en");
        }
        String after = site().get(EN_SITE + "/experience").body();
        assertThat(after.indexOf("Earlier lighthouse keeper"))
                .as("the moved role comes first on the public timeline")
                .isLessThan(after.indexOf("Later lighthouse keeper"))
                .isNotNegative();
    }

    @Test
    @Order(5)
    void unpublishingNamesTheLiveLocalesThenThePagesAreGone() throws Exception {
        long id = coverStory;
        assertThat(id).as("the post made in the first test").isPositive();
        String german = "/api/v1/posts/" + id + "/translations/de";
        HttpResponse<String> saved = owner().put(
                        german,
                        Json.createObjectBuilder()
                                .add("title", "Eine Titelgeschichte")
                                .add("summary", "Ein Beitrag mit Titelbild")
                                .add("body", "Der erste Absatz eines Beitrags mit Titelbild.")
                                .add("slug", "eine-titelgeschichte")
                                .build()
                                .toString(),
                        null);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(owner().post(german + "/submit", "{}").statusCode()).isEqualTo(200);
        assertThat(owner().post(german + "/approve", "{}").statusCode()).isEqualTo(200);
        // A text alternative for German readers, through the API's door to the post's facts.
        String facts = "/api/v1/posts/" + id + "/facts";
        JsonObject read =
                Json.createReader(new StringReader(owner().get(facts).body())).readObject();
        assertThat(read.getJsonObject("altTexts").getString("en")).isEqualTo("A deep blue rectangle");
        HttpResponse<String> described = owner().put(
                        facts,
                        Json.createObjectBuilder(read)
                                .add("altTexts", Json.createObjectBuilder().add("de", "Ein tiefblaues Rechteck"))
                                .build()
                                .toString(),
                        null);
        assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
        HttpResponse<String> germanPage = site().get(DE_SITE + "/blog/eine-titelgeschichte");
        assertThat(germanPage.statusCode()).isEqualTo(200);
        assertThat(germanPage.body()).contains("alt=\"Ein tiefblaues Rechteck\"");
        assertThat(site().get(EN_SITE + "/blog/a-cover-story").body()).contains("alt=\"A deep blue rectangle\"");

        try (BrowserContext context = browser().context("en", 390, 844)) {
            Page page = context.newPage();
            browser().signIn(page, "owner", "demo-owner-password");
            openContent(page);
            click(page, "Unpublish “A cover story”");
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            assertThat(dialog.isVisible()).isTrue();
            assertThat(dialog.locator("li").allTextContents()).containsExactlyInAnyOrder("English", "German");
            accessible(page, "unpublish confirmation (en, phone)");
            screenshot(page, "content-unpublish-confirm-phone-en");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BackOfficeBrowser.SCREENSHOTS.resolve("content-unpublish-confirm-phone-en-viewport.png")));
            submit(
                    page,
                    () -> dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Unpublish"))
                            .click());
            assertThat(messages(page)).contains("“A cover story” was taken off the site.");
        }
        assertThat(site().get(EN_SITE + "/blog/a-cover-story").statusCode()).isEqualTo(410);
        assertThat(site().get(DE_SITE + "/blog/eine-titelgeschichte").statusCode())
                .isEqualTo(410);
    }

    @Test
    @Order(6)
    void translatorsAreRefusedTheContentScreens() throws Exception {
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            browser().signIn(page, "anna", "demo-anna-password");
            assertThat(page.getByRole(AriaRole.NAVIGATION)
                            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Content"))
                            .count())
                    .isZero();
            Response list = page.navigate(browser().admin("/content.xhtml"));
            assertThat(list.status()).isEqualTo(403);
            Response item = page.navigate(browser().admin("/content-item.xhtml?kind=post"));
            assertThat(item.status()).isEqualTo(403);
        }
    }
}
