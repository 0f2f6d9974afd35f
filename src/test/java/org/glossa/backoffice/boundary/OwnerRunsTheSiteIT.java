package org.glossa.backoffice.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossa.backoffice.boundary.BackOfficeBrowser.accessible;
import static org.glossa.backoffice.boundary.BackOfficeBrowser.idle;
import static org.glossa.backoffice.boundary.BackOfficeBrowser.screenshot;
import static org.glossa.backoffice.boundary.BackOfficeBrowser.submit;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.imageio.ImageIO;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.Eventually;
import org.glossa.containertest.SiteClient;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The owner runs the site from the browser alone, start to finish, as the owner's console promises: a post with a
 * cover image created and its English text published; a translator created for Italian, who signs in, sees only
 * Italian and translates the post; the Italian text scheduled two minutes ahead, shown in the calendar, and live on
 * the Italian domain when due; meanwhile the translator disabled (her open session is refused at once) and the
 * publishing health read for all 17 languages. Nothing here uses the API. The health screen's failure and recovery
 * and a dead letter sent again are {@link OwnerConsoleIT} and {@link OutboundNotificationsIT}, which need a broken
 * database row and a failing hub. Screenshots: {@code target/screenshots/tour-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
class OwnerRunsTheSiteIT {

    private static final String TITLE = "Tour of the console";
    private static final String ITALIAN_TITLE = "Giro della console";
    private static final String ITALIAN_SLUG = "giro-della-console";
    private static final String PASSWORD = "paola-tour-password-1";
    private static final SiteDirectory SITES =
            SiteDirectory.parse(System.getProperty("glossa.it.sites"), LocaleCatalog.standard());

    /** A page's URL on a locale's configured site. */
    private static String url(String locale, String path) {
        return SITES.site(LocaleCatalog.standard().get(locale)).url(path);
    }

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

    private SiteClient sites() {
        try {
            return new SiteClient(container.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void click(Page page, String name) {
        submit(
                page,
                () -> page.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName(name).setExact(true))
                        .click());
    }

    private static void ajax(Page page, String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
        idle(page);
    }

    private static void menu(Page page, String name) {
        submit(
                page,
                () -> page.getByRole(AriaRole.NAVIGATION)
                        .getByRole(
                                AriaRole.LINK,
                                new Locator.GetByRoleOptions().setName(name).setExact(true))
                        .click());
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(180, 60, 30));
        g.fillRect(0, 0, 64, 32);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theOwnerRunsTheWholeSiteFromTheBrowser() throws Exception {
        try (BrowserContext owners = browser().context("en", 1280, 900);
                BrowserContext paolas = browser().context("en", 1280, 900)) {
            Page owner = owners.newPage();
            browser().signIn(owner, "owner", "demo-owner-password");

            // A post with a cover image, its English text published directly.
            menu(owner, "Content");
            submit(
                    owner,
                    () -> owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New post"))
                            .click());
            field(owner, "Title").fill(TITLE);
            owner.getByLabel("Summary").fill("Everything the owner does, in a browser");
            owner.getByLabel("Body").fill("From a new post to its Italian text, scheduled and live.");
            owner.getByLabel("Slug").fill("tour-of-the-console");
            owner.locator("[id='item:cover']").setInputFiles(new FilePayload("cover.png", "image/png", png()));
            owner.getByLabel("Text alternative for the cover image").fill("A rust-red rectangle");
            accessible(owner, "new post, English");
            click(owner, "Publish");
            assertThat(owner.locator(".messages").allTextContents().toString()).contains("Saved and published.");
            screenshot(owner, "tour-post-published");
            var english = sites().get(url("en", "/blog/tour-of-the-console"));
            assertThat(english.statusCode()).isEqualTo(200);
            assertThat(english.body()).contains(TITLE).contains("alt=\"A rust-red rectangle\"");

            // A translator for Italian.
            menu(owner, "People");
            owner.locator("[id='people:displayName']").fill("Paola Rossi");
            owner.locator("[id='people:username']").fill("paola");
            owner.locator("[id='people:password']").fill(PASSWORD);
            field(owner, "Italian").check();
            click(owner, "Create translator");
            assertThat(owner.locator("[id='messages']").textContent())
                    .contains("Paola Rossi can now sign in as paola.");
            accessible(owner, "people, English");

            // She signs in, sees only Italian, and translates the new post.
            Page paola = paolas.newPage();
            browser().signIn(paola, "paola", PASSWORD);
            Locator rows = paola.locator("[id='list:items'] tbody tr");
            assertThat(rows.locator("td:nth-child(2) span[lang]").all())
                    .as("her work list holds Italian only")
                    .isNotEmpty()
                    .allMatch(s -> "it".equals(s.getAttribute("lang")));
            Locator filters = paola.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Filters"));
            filters.getByLabel("Search source titles").fill(TITLE);
            click(paola, "Filter");
            assertThat(rows.count()).isEqualTo(1);
            submit(paola, () -> rows.getByRole(AriaRole.LINK).first().click());
            assertThat(paola.url()).contains("/admin/edit.xhtml").contains("locale=it");
            field(paola, "Title").fill(ITALIAN_TITLE);
            field(paola, "Summary").fill("Tutto ciò che fa la proprietaria, in un browser");
            field(paola, "Body").fill("Da un nuovo articolo al suo testo italiano, programmato e pubblicato.");
            field(paola, "Slug").fill(ITALIAN_SLUG);
            ajax(paola, "Save");
            PlaywrightAssertions.assertThat(paola.getByText("Saved.")).isVisible();
            ajax(paola, "Submit for review");
            Locator acknowledgements = paola.locator(".quality-ack input[type='checkbox']");
            if (acknowledgements.count() > 0) {
                acknowledgements.all().forEach(Locator::check);
                ajax(paola, "Submit for review");
            }
            assertThat(paola.getByText("Submitted for review.").isVisible()).isTrue();
            accessible(paola, "editor after submission, English");

            // The owner schedules it two minutes ahead from the review screen.
            menu(owner, "Review queue");
            Locator queued = owner.locator("[id='queue:items'] tbody tr")
                    .filter(new Locator.FilterOptions().setHasText(TITLE))
                    .filter(new Locator.FilterOptions().setHas(owner.locator("span[lang='it']")));
            assertThat(queued.count()).isEqualTo(1);
            submit(owner, () -> queued.getByRole(AriaRole.LINK).first().click());
            LocalDateTime due = LocalDateTime.now(ZoneOffset.UTC).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
            owner.getByLabel("Publication date and time (UTC)").fill(due.toString());
            click(owner, "Schedule");
            assertThat(owner.locator(".messages").allTextContents().toString()).contains("Scheduled");
            screenshot(owner, "tour-scheduled");

            // The calendar shows it.
            menu(owner, "Publication calendar");
            Locator entry =
                    owner.locator(".fc-event, .fc-list-event").filter(new Locator.FilterOptions().setHasText(TITLE));
            assertThat(entry.count())
                    .as("the month view shows the scheduled translation")
                    .isPositive();
            assertThat(owner.locator("table")
                            .filter(new Locator.FilterOptions().setHasText(TITLE))
                            .last()
                            .textContent())
                    .as("the plain table of the same entries")
                    .contains(TITLE);
            accessible(owner, "calendar, English");
            screenshot(owner, "tour-calendar");
            assertThat(sites().get(url("it", "/blog/" + ITALIAN_SLUG)).statusCode())
                    .as("not live before it is due")
                    .isEqualTo(404);

            // While it waits: the translator is disabled, and her open session is refused at its next request.
            menu(owner, "People");
            submit(
                    owner,
                    () -> owner.locator("[id='people:translators'] tbody tr")
                            .filter(new Locator.FilterOptions().setHasText("paola"))
                            .getByRole(AriaRole.LINK)
                            .first()
                            .click());
            click(owner, "Disable…");
            click(owner, "Yes, disable");
            assertThat(owner.locator("#state").textContent()).isEqualTo("Disabled");
            paola.reload();
            idle(paola);
            assertThat(paola.url()).as("her open session is refused").endsWith("/admin/signin.xhtml");

            // The publishing health lists every language.
            menu(owner, "Publishing health");
            assertThat(owner.locator("[id='regenerate:locales'] tbody tr").count())
                    .isEqualTo(17);
            accessible(owner, "publishing health, English");

            // The console in Arabic at phone width.
            try (BrowserContext arabic = browser().context("ar", 390, 844)) {
                Page inArabic = arabic.newPage();
                browser().signIn(inArabic, "owner", "demo-owner-password");
                inArabic.navigate(browser().admin("/content.xhtml"));
                idle(inArabic);
                assertThat(inArabic.locator("html").getAttribute("dir")).isEqualTo("rtl");
                accessible(inArabic, "content list, Arabic, phone");
                screenshot(inArabic, "tour-content-ar-phone");
            }

            // When due, the Italian text is live on the Italian domain.
            String live = Eventually.until("the Italian translation live on the Italian domain when due", () -> {
                var page = sites().get(url("it", "/blog/" + ITALIAN_SLUG));
                return page.statusCode() == 200 ? page.body() : null;
            });
            assertThat(live).contains(ITALIAN_TITLE).contains("lang=\"it\"");
            assertThat(LocalDateTime.now(ZoneOffset.UTC))
                    .as("not before it was due")
                    .isAfterOrEqualTo(due);
        }
    }
}
