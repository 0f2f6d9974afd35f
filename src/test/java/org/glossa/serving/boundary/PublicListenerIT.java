package org.glossa.serving.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.containertest.GlossaProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public listener ({@code GLOSSA_PUBLIC_PORT}) on the uber jar with demo content: it answers every public request
 * as the container's port does (same status, headers and bytes), in order when requests are pipelined behind a page
 * not yet rendered, and refuses what is not a read or not HTTP.
 */
class PublicListenerIT {

    /** Headers a cache or a reader acts on; both ports must agree on each (the container adds its own others). */
    private static final List<String> COMPARED = List.of(
            "content-type",
            "content-length",
            "content-encoding",
            "etag",
            "last-modified",
            "cache-control",
            "vary",
            "location",
            "link",
            "retry-after",
            "x-robots-tag",
            "x-content-type-options",
            "referrer-policy",
            "content-security-policy",
            "x-frame-options");

    private static GlossaProcess glossa;
    private static int listener;
    private static String en;

    @BeforeAll
    static void start() throws Exception {
        listener = freePort();
        glossa = GlossaProcess.start(
                        "public-listener",
                        Map.of("GLOSSA_DEMO", "true", "GLOSSA_PUBLIC_PORT", String.valueOf(listener)))
                .awaitReady();
        en = "en.localhost:" + glossa.port();
        for (int i = 0; i < 60 && container(en, "/sitemap.xml").status() != 200; i++) {
            Thread.sleep(1000); // the demo's documents are generated at start
        }
        assertThat(glossa.log()).contains("Public listener on 0.0.0.0:" + listener);
    }

    @AfterAll
    static void stop() throws Exception {
        if (glossa != null) {
            glossa.close();
        }
    }

    @Test
    void answersEveryPublicRequestAsTheContainerPortDoes() throws Exception {
        String post = firstPostPath();
        RawHttp.Response sitemap = container(en, "/sitemap.xml");
        List<String[]> requests = new ArrayList<>(List.of(
                new String[] {"GET", en, "/"},
                new String[] {"GET", en, "/blog"},
                new String[] {"GET", en, post},
                new String[] {"GET", en, post + "/"},
                new String[] {"GET", en, "/experience"},
                new String[] {"GET", en, "/no-such-page"},
                new String[] {"GET", en, "/sitemap.xml"},
                new String[] {"GET", en, "/sitemap.xml", "Accept-Encoding: gzip"},
                new String[] {"GET", en, "/sitemap.xml", "If-None-Match: " + sitemap.header("etag")},
                new String[] {"GET", en, "/sitemap.xml", "If-Modified-Since: " + sitemap.header("last-modified")},
                new String[] {"GET", en, "/news-sitemap.xml"},
                new String[] {"GET", en, "/feed.xml"},
                new String[] {"GET", en, "/sitemap-999.xml"},
                new String[] {"GET", en, "/robots.txt"},
                new String[] {"GET", en, "/preview?item=1&sig=forged"},
                new String[] {"GET", en, "/media/999999"},
                new String[] {"HEAD", en, "/blog"},
                new String[] {
                    "GET",
                    en,
                    "/blog",
                    "If-None-Match: " + container(en, "/blog").header("etag")
                },
                new String[] {"GET", "ar.localhost:" + glossa.port(), "/"},
                new String[] {"GET", "localhost:" + glossa.port(), "/"},
                new String[] {"GET", "localhost:" + glossa.port(), "/sitemap.xml"},
                new String[] {"GET", "nowhere.example", "/"}));
        for (String[] r : requests) {
            String raw = RawHttp.request(r[0], r[1], r[2], r.length > 3 ? new String[] {r[3]} : new String[0]);
            RawHttp.Response expected = send(glossa.port(), raw);
            RawHttp.Response actual = send(listener, raw);
            String what = String.join(" ", r);
            assertThat(actual.status()).as(what).isEqualTo(expected.status());
            for (String name : COMPARED) {
                assertThat(actual.header(name)).as(what + ": " + name).isEqualTo(expected.header(name));
            }
            assertThat(actual.body()).as(what).isEqualTo(expected.body());
            assertThat(actual.header("date")).as(what + ": Date").isNotBlank();
        }
    }

    @Test
    void pathsNoPageCanHaveAreRefusedBeforeAnythingIsLookedUp() throws Exception {
        for (String path : List.of(
                "/blog/%2e%2e/%2e%2e/etc/passwd",
                "/blog/../../etc/passwd",
                "/blog/.%2e/robots.txt",
                "/%00",
                "/blog/a%0d%0aSet-Cookie:%20x=1",
                "/%c0%ae%c0%ae/",
                "/blog/%",
                "/%ZZ")) {
            RawHttp.Response refused = send(listener, RawHttp.request("GET", en, path));
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.header("set-cookie")).as(path).isNull();
        }
        // The container makes a host up for an empty Host header; the listener selects no site.
        RawHttp.Response noHost = send(listener, RawHttp.request("GET", "", "/blog"));
        assertThat(noHost.status()).isEqualTo(404);
        assertThat(noHost.text()).contains("No site is served at this address.");
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderBehindAPageNotYetRendered() throws Exception {
        String ja = "ja.localhost:" + glossa.port();
        String ko = "ko.localhost:" + glossa.port();
        try (RawHttp http = new RawHttp(listener)) {
            http.send(RawHttp.request("GET", ja, "/blog") // never asked for: rendered off the event loop
                    + RawHttp.request("GET", en, "/blog")
                    + RawHttp.request("HEAD", ko, "/")
                    + RawHttp.request("GET", en, "/sitemap.xml"));
            RawHttp.Response first = http.read(false);
            RawHttp.Response second = http.read(false);
            RawHttp.Response third = http.read(true);
            RawHttp.Response fourth = http.read(false);
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.body()).isEqualTo(container(ja, "/blog").body());
            assertThat(first.text()).contains("lang=\"ja\"");
            assertThat(second.body()).isEqualTo(container(en, "/blog").body());
            assertThat(third.status()).isEqualTo(200);
            assertThat(third.body()).isEmpty();
            assertThat(third.header("content-length"))
                    .isEqualTo(String.valueOf(container(ko, "/").body().length));
            assertThat(fourth.header("etag"))
                    .isEqualTo(container(en, "/sitemap.xml").header("etag"));
        }
    }

    @Test
    void whatIsNotAReadIsRefusedAndTheConnectionGoesOn() throws Exception {
        try (RawHttp http = new RawHttp(listener)) {
            RawHttp.Response refused = http.exchange(
                    RawHttp.request("POST", en, "/blog", "Content-Type: text/plain", "Content-Length: 5") + "hello");
            assertThat(refused.status()).isEqualTo(405);
            assertThat(refused.header("allow")).isEqualTo("GET, HEAD");
            assertThat(http.exchange(RawHttp.request("GET", en, "/blog")).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void oversizedHeadersAreRefusedAndTheConnectionClosed() throws Exception {
        try (RawHttp http = new RawHttp(listener)) {
            RawHttp.Response refused =
                    http.exchange(RawHttp.request("GET", en, "/blog", "X-Padding: " + "a".repeat(20_000)));
            assertThat(refused.status()).isEqualTo(431);
            assertThat(http.closedByServer()).isTrue();
        }
        try (RawHttp http = new RawHttp(listener)) {
            http.send("NOT HTTP AT ALL\r\n\r\n");
            assertThat(http.read(false).status()).isEqualTo(400);
            assertThat(http.closedByServer()).isTrue();
        }
    }

    @Test
    void aConnectionIsClosedWhenTheClientAsks() throws Exception {
        try (RawHttp http = new RawHttp(listener)) {
            RawHttp.Response last = http.exchange(RawHttp.request("GET", en, "/blog", "Connection: close"));
            assertThat(last.status()).isEqualTo(200);
            assertThat(last.header("connection")).isEqualTo("close");
            assertThat(http.closedByServer()).isTrue();
        }
        try (RawHttp http = new RawHttp(listener)) {
            http.send("GET /blog HTTP/1.0\r\nHost: " + en + "\r\n\r\n");
            assertThat(http.read(false).status()).isEqualTo(200);
            assertThat(http.closedByServer()).isTrue();
        }
    }

    private static String firstPostPath() throws IOException {
        Matcher link = Pattern.compile("href=\"https?://[^/\"]+(/blog/[^\"#?]+)\"")
                .matcher(container(en, "/blog").text());
        assertThat(link.find()).as("a post linked from the blog").isTrue();
        return link.group(1);
    }

    private static RawHttp.Response container(String host, String path) throws IOException {
        return send(glossa.port(), RawHttp.request("GET", host, path));
    }

    private static RawHttp.Response send(int port, String raw) throws IOException {
        try (RawHttp http = new RawHttp(port)) {
            return http.exchange(raw);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
