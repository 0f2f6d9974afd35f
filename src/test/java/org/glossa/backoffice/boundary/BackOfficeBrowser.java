package org.glossa.backoffice.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright against the back office of one deployment: the back office's host
 * ({@code admin.glossa.example}, see arquillian.xml) and the sites' hosts resolve to the container, so the browser
 * sends the Host a reverse proxy would. Also the waits, screenshots and accessibility checks the browser tests share.
 */
final class BackOfficeBrowser implements AutoCloseable {

    static final String ADMIN_HOST = "admin.glossa.example";
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String IDLE = "() => document.readyState === 'complete'"
            + " && (!window.jQuery || jQuery.active === 0)"
            + " && (!window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && PrimeFaces.animationActive === false))";

    /**
     * One Playwright driver and one Chromium for the whole test JVM: starting them takes seconds on this machine, a
     * new profile (context) for each test a fraction of that, and contexts share nothing (cookies, storage, cache).
     */
    private static Playwright playwright;

    private static Browser chromium;

    private final int port;
    /** The profiles opened through this object, closed with it. */
    private final List<BrowserContext> contexts = new ArrayList<>();

    BackOfficeBrowser(int port) {
        this.port = port;
    }

    private static synchronized Browser chromium() {
        if (playwright == null) {
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            // Surefire ends the JVM with System.exit; without this the driver and its browser outlive it.
            Runtime.getRuntime().addShutdownHook(new Thread(BackOfficeBrowser::closeChromium));
        }
        if (chromium == null || !chromium.isConnected()) {
            chromium = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Paths.get("/usr/bin/chromium"))
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--host-resolver-rules=MAP " + ADMIN_HOST + " 127.0.0.1, MAP *.example 127.0.0.1,"
                                            + " MAP *.example.de 127.0.0.1")));
        }
        return chromium;
    }

    private static synchronized void closeChromium() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            chromium = null;
        }
    }

    private BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = chromium().newContext(options);
        contexts.add(context);
        return context;
    }

    String admin(String path) {
        return "http://" + ADMIN_HOST + ":" + port + "/admin" + path;
    }

    /** A new browser profile speaking {@code acceptLanguage}, with a viewport of that size. */
    BrowserContext context(String acceptLanguage, int width, int height) {
        return newContext(new Browser.NewContextOptions()
                .setLocale(acceptLanguage)
                .setExtraHTTPHeaders(Map.of("Accept-Language", acceptLanguage))
                .setViewportSize(width, height));
    }

    /** A new browser profile as {@link #context(String, int, int)}, its clock in {@code timeZone}. */
    BrowserContext context(String acceptLanguage, int width, int height, String timeZone) {
        return newContext(new Browser.NewContextOptions()
                .setLocale(acceptLanguage)
                .setTimezoneId(timeZone)
                .setExtraHTTPHeaders(Map.of("Accept-Language", acceptLanguage))
                .setViewportSize(width, height));
    }

    /** Waits until the page and PrimeFaces' ajax queue are idle. */
    static void idle(Page page) {
        page.waitForFunction(IDLE);
    }

    /** Does what sends a form without ajax, and waits for the page that answers it (after any redirect). */
    @SuppressWarnings("deprecation")
    static void submit(Page page, Runnable action) {
        page.waitForNavigation(action);
        page.waitForLoadState();
        idle(page);
    }

    /** Signs in through the form. */
    void signIn(Page page, String username, String password) {
        page.navigate(admin("/signin.xhtml"));
        idle(page);
        page.locator("[id='signin:username']").fill(username);
        page.locator("[id='signin:password']").fill(password);
        submit(page, () -> page.locator("[id='signin:submit']").click());
    }

    static void screenshot(Page page, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /** axe-core with the WCAG 2.2 AA rules: no serious or critical violation. */
    static void accessible(Page page, String what) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        List<Rule> severe = results.getViolations().stream()
                .filter(v -> Set.of("serious", "critical").contains(v.getImpact()))
                .toList();
        assertThat(severe)
                .as(
                        "%s: serious or critical WCAG 2.2 AA violations: %s",
                        what,
                        severe.stream()
                                .map(v -> v.getId() + " (" + v.getImpact() + "): "
                                        + v.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    /** Closes the profiles opened through this object; Chromium stays for the next test. */
    @Override
    public void close() {
        for (BrowserContext context : contexts) {
            try {
                context.close();
            } catch (PlaywrightException browserGone) {
                // The browser crashed or was closed: its profiles went with it, and the next test launches another.
            }
        }
        contexts.clear();
    }
}
