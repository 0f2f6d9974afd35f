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
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.containertest.ApiClient;
import org.glossa.containertest.DemoData;
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
 * The owner's profile through the translation workflow, on the demo content: a translator translates it into German
 * (the API), the owner approves it on the review desk (the browser), and the German home page shows the new headline;
 * the draft and the submission never reach readers, and the profile has no URL in any sitemap or feed. Screenshots go
 * to {@code target/screenshots/profile-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ArquillianExtension.class)
class ProfileIT {

    private static final String DE_SITE = "https://beispiel.example.de";
    private static final String NEW_HEADLINE = "Dateningenieurin, Autorin und Übersetzungsfreundin";
    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    @ArquillianResource
    URL container;

    private static BackOfficeBrowser browser;
    private static long profileId;

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

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
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
        return "/api/v1/profile/" + id + "/translations/" + locale;
    }

    private String germanHome() {
        HttpResponse<String> home = new SiteClient(uri()).get(DE_SITE + "/");
        assertThat(home.statusCode()).isEqualTo(200);
        return home.body();
    }

    private void signIn(Page page, String username, String password) {
        browser().signIn(page, username, password);
        assertThat(page.url()).endsWith("/admin/index.xhtml");
    }

    @Test
    @Order(1)
    void theProfileIsAnItemWhoseLiveTextIsTheHomePage() {
        HttpResponse<String> list = owner().get("/api/v1/profile?locale=de");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonArray translations =
                Json.createReader(new StringReader(list.body())).readArray();
        assertThat(translations).hasSize(1);
        JsonObject german = translations.getJsonObject(0);
        profileId = german.getJsonNumber("itemId").longValue();
        assertThat(german.getString("kind")).isEqualTo("PROFILE");
        assertThat(german.getString("status")).isEqualTo("PUBLISHED");
        assertThat(german.getString("title")).isEqualTo(DemoData.ownerName());
        assertThat(german.getString("publicUrl"))
                .as("the profile shows on its locale's home page")
                .isEqualTo(DE_SITE + "/");
        assertThat(germanHome()).contains("Data Engineer und technische Redakteurin");

        HttpResponse<String> second = owner().post(
                        "/api/v1/profile",
                        Json.createObjectBuilder()
                                .add("sourceLocale", "en")
                                .add("title", "Someone else")
                                .add("summary", "A second profile")
                                .add("body", "Not wanted.")
                                .build()
                                .toString());
        assertThat(second.statusCode()).as("one profile per site").isEqualTo(409);
    }

    @Test
    @Order(2)
    void theTranslatorFindsTheProfileInTheWorkListAndItsFieldsAreNamedAsWhatTheyAre() throws Exception {
        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            signIn(page, "anna", "demo-anna-password");
            page.locator("[id='list:kind']").selectOption("PROFILE");
            page.locator("[id='list:state']").selectOption("");
            page.locator("[id='list:apply']").click();
            idle(page);
            Locator rows = page.locator("[id='list:items'] tbody tr");
            assertThat(rows.allTextContents())
                    .as("the profile in each of Anna's locales")
                    .anyMatch(r -> r.contains("Profile") && r.contains("Deutsch"))
                    .anyMatch(r -> r.contains("Profile") && r.contains("Français"));
            assertThat(page.getByRole(AriaRole.NAVIGATION)
                            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Profile"))
                            .count())
                    .as("the menu's Profile entry is the owner's")
                    .isZero();

            page.navigate(browser().admin("/edit.xhtml?kind=profile&id=" + profileId + "&locale=de"));
            idle(page);
            assertThat(page.getByLabel("Display name").inputValue()).isEqualTo(DemoData.ownerName());
            assertThat(page.getByLabel("Headline").inputValue()).isEqualTo("Data Engineer und technische Redakteurin");
            assertThat(page.getByLabel("Introduction").inputValue()).contains("Lissabon");
            assertThat(page.locator("[id='edit:slug']").count())
                    .as("the profile's slug is fixed, not a field")
                    .isZero();
            accessible(page, "profile editor (en)");
            screenshot(page, "profile-editor-translator");
        }
    }

    @Test
    @Order(3)
    void aTranslationApprovedOnTheReviewDeskIsWhatTheGermanHomeShowsAndADraftNeverIs() throws Exception {
        HttpResponse<String> working = anna().get(path(profileId, "de"));
        assertThat(working.statusCode()).as(working.body()).isEqualTo(200);
        JsonObject text = json(working);
        HttpResponse<String> saved = anna().put(
                        path(profileId, "de"),
                        Json.createObjectBuilder()
                                .add("title", DemoData.ownerName())
                                .add("summary", NEW_HEADLINE)
                                .add("body", "Ich entwerfe Datenplattformen in **Lissabon** und schreibe darüber.")
                                .add("slug", "ueber-mich")
                                .build()
                                .toString(),
                        working.headers().firstValue("ETag").orElseThrow());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).getString("slug"))
                .as("a slug sent for the profile is ignored")
                .isEqualTo("profile");
        assertThat(germanHome()).as("a draft is never shown").doesNotContain(NEW_HEADLINE);
        assertThat(text.getJsonObject("state").getString("status")).isEqualTo("PUBLISHED");

        HttpResponse<String> submitted = anna().post(path(profileId, "de") + "/submit", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(germanHome()).as("nor is a submission").doesNotContain(NEW_HEADLINE);

        try (BrowserContext context = browser().context("en", 1280, 900)) {
            Page page = context.newPage();
            signIn(page, "owner", "demo-owner-password");
            page.getByRole(AriaRole.NAVIGATION)
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Profile"))
                    .click();
            page.waitForURL("**/admin/edit.xhtml?kind=profile*");
            idle(page);
            assertThat(page.url()).contains("locale=en");
            assertThat(page.getByLabel("Display name").inputValue()).isEqualTo(DemoData.ownerName());
            screenshot(page, "profile-editor-owner");

            page.navigate(browser().admin("/review-item.xhtml?kind=profile&item=" + profileId + "&locale=de"));
            idle(page);
            assertThat(page.locator(".translation .field-summary").textContent())
                    .isEqualTo(NEW_HEADLINE);
            assertThat(page.locator(".translation h3").allTextContents())
                    .containsExactly("Display name", "Headline", "Introduction");
            assertThat(page.locator("#preview strong").textContent()).isEqualTo("Lissabon");
            accessible(page, "profile review (en)");
            screenshot(page, "profile-review");
            submit(
                    page,
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"))
                            .click());
            assertThat(page.locator("#review-status").textContent().strip()).isEqualTo("Published");
        }
        String home = germanHome();
        assertThat(home).contains(NEW_HEADLINE).doesNotContain("Data Engineer und technische Redakteurin");
        assertThat(home).contains("<strong>Lissabon</strong>");

        HttpResponse<String> audit = owner().get("/api/v1/audit?kind=profile&item=" + profileId + "&locale=de");
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        assertThat(audit.body()).contains("SUBMIT", "APPROVE");
    }

    @Test
    @Order(4)
    void theArabicUiLabelsTheProfilesFieldsInArabic() throws Exception {
        try (BrowserContext context = browser().context("ar", 390, 844)) {
            Page page = context.newPage();
            signIn(page, "owner", "demo-owner-password");
            page.navigate(browser().admin("/profile.xhtml"));
            page.waitForURL("**/admin/edit.xhtml?kind=profile*");
            idle(page);
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            assertThat(page.getByLabel("الاسم المعروض").count()).isEqualTo(1);
            assertThat(page.getByLabel("العنوان التعريفي").count()).isEqualTo(1);
            accessible(page, "profile editor (ar)");
            screenshot(page, "profile-editor-ar-phone");
        }
    }

    @Test
    @Order(5)
    void theProfileIsInNoSitemapAndNoFeed() throws Exception {
        SiteClient site = new SiteClient(uri());
        List<String> urls = new ArrayList<>();
        long deadline = System.nanoTime() + 60_000_000_000L;
        HttpResponse<String> index = site.get(DE_SITE + "/sitemap.xml");
        while (index.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            index = site.get(DE_SITE + "/sitemap.xml");
        }
        assertThat(index.statusCode()).isEqualTo(200);
        Matcher parts = LOC.matcher(index.body());
        while (parts.find()) {
            HttpResponse<String> part = site.get(parts.group(1));
            assertThat(part.statusCode()).isEqualTo(200);
            Matcher loc = LOC.matcher(part.body());
            while (loc.find()) {
                urls.add(loc.group(1));
            }
        }
        assertThat(urls).contains(DE_SITE + "/").noneMatch(u -> u.contains("profile"));
        HttpResponse<String> feed = site.get(DE_SITE + "/feed.xml");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).doesNotContain("/profile").doesNotContain(NEW_HEADLINE);
        assertThat(site.get(DE_SITE + "/profile").statusCode()).isEqualTo(404);
    }
}
