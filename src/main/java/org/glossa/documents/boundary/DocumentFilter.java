package org.glossa.documents.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.glossa.documents.control.SiteDocuments;
import org.glossa.domains.boundary.PublicCaching;
import org.glossa.domains.boundary.PublicResponses;
import org.glossa.domains.boundary.Sites;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.notifications.boundary.ChangeAnnouncements;
import org.glossa.notifications.control.WebSubPing;
import org.glossa.problem.ServiceUnavailable;

/**
 * Serves the stored documents: sitemaps, news sitemap and feed of a locale site, and robots.txt at a host's root,
 * with validators (304 on a match) and, when the client accepts it, the stored gzip bytes. Everything else goes on
 * to the pages. The Host header and path only select a stored document; nothing of the request is reflected.
 */
@WebFilter(urlPatterns = {"*.xml", "*.txt"})
public class DocumentFilter extends HttpFilter {

    private static final byte[] UNAVAILABLE =
            "Temporarily unavailable; please try again in a moment.\n".getBytes(StandardCharsets.UTF_8);

    @Inject
    PublicCaching caching;

    @Inject
    Sites sites;

    @Inject
    ServedDocuments documents;

    @Inject
    ChangeAnnouncements announcements;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        boolean get = "GET".equals(method);
        if (!get && !"HEAD".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Located> located;
        try {
            located = locate(request);
        } catch (ServedDocuments.Unavailable e) {
            // A document this node holds no copy of, while the database is away.
            PublicResponses.securityHeaders(response);
            response.setHeader("Retry-After", String.valueOf(ServiceUnavailable.RETRY_AFTER_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            PublicResponses.write(response, 503, "text/plain; charset=UTF-8", UNAVAILABLE, !"HEAD".equals(method));
            return;
        }
        if (located.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        PublicResponses.securityHeaders(response);
        send(request, response, located.get(), get);
    }

    /** A stored document and, for a feed, its own URL (the WebSub topic). */
    private record Located(ServedDocument document, String selfLink) {}

    private Optional<Located> locate(HttpServletRequest request) {
        String path = request.getRequestURI();
        SiteDirectory directory = sites.directory();
        if (("/" + SiteDocuments.ROBOTS).equals(path)) {
            String host = SiteDirectory.hostName(request.getHeader("Host"));
            boolean served = host != null
                    && directory.routable().stream().anyMatch(s -> s.host().equals(host));
            return served
                    ? documents.find(host, SiteDocuments.ROBOTS).map(d -> new Located(d, null))
                    : Optional.empty();
        }
        if (path == null || !path.endsWith(".xml")) {
            return Optional.empty();
        }
        return directory.route(request.getHeader("Host"), path).flatMap(route -> {
            String name = route.path().substring(1);
            boolean xDefault = route.site().xDefault();
            if (!(xDefault ? SiteDocuments.isXDefaultDocument(name) : SiteDocuments.isSiteDocument(name))) {
                return Optional.empty();
            }
            String selfLink = SiteDocuments.FEED.equals(name) ? route.site().url("/" + SiteDocuments.FEED) : null;
            return documents.find(route.site().key(), name).map(d -> new Located(d, selfLink));
        });
    }

    private void send(HttpServletRequest request, HttpServletResponse response, Located located, boolean withBody)
            throws IOException {
        ServedDocument d = located.document();
        Optional<String> hub = announcements.hub();
        if (located.selfLink() != null && hub.isPresent()) {
            response.setHeader("Link", WebSubPing.linkHeader(hub.get(), located.selfLink()));
        }
        response.setHeader("ETag", d.etag());
        response.setHeader("Last-Modified", PublicResponses.HTTP_DATE.format(d.lastModified()));
        response.setHeader("Cache-Control", caching.policy().documents());
        response.setHeader("Vary", "Accept-Encoding");
        if (PublicResponses.notModified(request, d.etag(), d.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
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
}
