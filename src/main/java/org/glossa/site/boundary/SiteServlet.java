package org.glossa.site.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.glossa.documents.boundary.Documents;
import org.glossa.documents.boundary.ServedDocument;
import org.glossa.documents.control.SiteDocuments;
import org.glossa.domains.boundary.Sites;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.notifications.boundary.ChangeAnnouncements;
import org.glossa.notifications.control.WebSubPing;
import org.glossa.site.control.RenderedPage;

/**
 * Serves every public page of every site. The Host header and path only select a site and a page; the
 * bytes written were rendered from configuration and content, so nothing of the request is reflected.
 * Creates no HTTP session.
 */
@WebServlet(urlPatterns = "/", loadOnStartup = 1)
public class SiteServlet extends HttpServlet {

    private static final byte[] UNKNOWN_SITE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
            <body><h1>Not found</h1><p>No site is served at this address.</p></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    @Inject
    Sites sites;

    @Inject
    PublicSite site;

    @Inject
    Documents documents;

    @Inject
    ChangeAnnouncements announcements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, jakarta.servlet.ServletException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            super.service(request, response);
        } else {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        securityHeaders(response);
        if (serveDocument(request, response, withBody)) {
            return;
        }
        Optional<SiteDirectory.Route> route =
                sites.directory().route(request.getHeader("Host"), request.getRequestURI());
        if (route.isEmpty()) {
            write(response, 404, "text/html; charset=UTF-8", UNKNOWN_SITE, withBody);
            return;
        }
        RenderedPage page = site.respond(route.get());
        if (page.location() != null) {
            response.setStatus(page.status());
            response.setHeader("Location", page.location());
            response.setContentLength(0);
            return;
        }
        if (page.etag() != null) {
            response.setHeader("ETag", page.etag());
            response.setHeader(
                    "Cache-Control",
                    page.contentType().startsWith("image/")
                            ? "public, max-age=31536000, immutable"
                            : "public, max-age=60");
            if (page.status() == 200 && matches(request.getHeader("If-None-Match"), page.etag())) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        write(response, page.status(), page.contentType(), page.body(), withBody);
    }

    /**
     * Sitemaps, news sitemap and feed of a locale site, and robots.txt at a host's root: stored documents, sent
     * with validators (304 on a match) and, when the client accepts it, the stored gzip bytes.
     */
    private boolean serveDocument(HttpServletRequest request, HttpServletResponse response, boolean withBody)
            throws IOException {
        String path = request.getRequestURI();
        Optional<ServedDocument> document = Optional.empty();
        String selfLink = null;
        Optional<String> indexNowKey = announcements.indexNowKey();
        if (indexNowKey.isPresent() && ("/" + indexNowKey.get() + ".txt").equals(path)) {
            // IndexNow key file (IN-1) at the root of every host a site is served on.
            String host = SiteDirectory.hostName(request.getHeader("Host"));
            if (host != null
                    && sites.directory().routable().stream()
                            .anyMatch(s -> s.host().equals(host))) {
                response.setHeader("Cache-Control", "public, max-age=3600");
                write(
                        response,
                        200,
                        "text/plain; charset=utf-8",
                        indexNowKey.get().getBytes(StandardCharsets.UTF_8),
                        withBody);
                return true;
            }
        }
        if (("/" + SiteDocuments.ROBOTS).equals(path)) {
            String host = SiteDirectory.hostName(request.getHeader("Host"));
            boolean served = host != null
                    && sites.directory().routable().stream()
                            .anyMatch(s -> s.host().equals(host));
            document = served ? documents.find(host, SiteDocuments.ROBOTS) : Optional.empty();
        } else if (path != null && path.endsWith(".xml")) {
            Optional<SiteDirectory.Route> route = sites.directory().route(request.getHeader("Host"), path);
            if (route.isPresent()) {
                String name = route.get().path().substring(1);
                boolean xDefault = route.get().site().xDefault();
                if (xDefault ? SiteDocuments.isXDefaultDocument(name) : SiteDocuments.isSiteDocument(name)) {
                    document = documents.find(route.get().site().key(), name);
                    if (SiteDocuments.FEED.equals(name)) {
                        selfLink = route.get().site().url("/" + SiteDocuments.FEED);
                    }
                }
            }
        }
        if (document.isEmpty()) {
            return false;
        }
        ServedDocument d = document.get();
        Optional<String> hub = announcements.hub();
        if (selfLink != null && hub.isPresent()) {
            response.setHeader("Link", WebSubPing.linkHeader(hub.get(), selfLink));
        }
        response.setHeader("ETag", d.etag());
        response.setHeader("Last-Modified", HTTP_DATE.format(d.lastModified()));
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setHeader("Vary", "Accept-Encoding");
        if (notModified(request, d)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        ServedDocument.Body body = d.content();
        if (acceptsGzip(request.getHeader("Accept-Encoding"))) {
            response.setHeader("Content-Encoding", "gzip");
            body = d.gzip();
        }
        response.setStatus(200);
        response.setContentType(d.contentType());
        response.setContentLengthLong(body.length());
        if (withBody) {
            body.writeTo(response.getOutputStream());
        }
        return true;
    }

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** RFC 9110: If-None-Match decides when present; If-Modified-Since only without it. */
    static boolean notModified(HttpServletRequest request, ServedDocument document) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, document.etag());
        }
        String since = request.getHeader("If-Modified-Since");
        if (since == null) {
            return false;
        }
        try {
            Instant then = ZonedDateTime.parse(since.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return !document.lastModified()
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    .isAfter(then);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equals("gzip")) {
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].trim();
                    if (p.startsWith("q=")) {
                        try {
                            return Double.parseDouble(p.substring(2)) > 0;
                        } catch (NumberFormatException e) {
                            return false;
                        }
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static void write(
            HttpServletResponse response, int status, String contentType, byte[] body, boolean withBody)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        if (withBody) {
            response.getOutputStream().write(body);
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    }
}
