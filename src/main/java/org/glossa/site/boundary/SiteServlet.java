package org.glossa.site.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.glossa.domains.boundary.PublicCaching;
import org.glossa.domains.boundary.PublicResponses;
import org.glossa.domains.boundary.Sites;
import org.glossa.domains.control.PreviewLink;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.problem.ServiceUnavailable;
import org.glossa.site.control.RenderedPage;

/**
 * Serves every public page of every site (stored documents such as sitemaps are answered before, by their own
 * filter). The Host header and path only select a site and a page; the bytes written were rendered from
 * configuration and content, so nothing of the request is reflected. Creates no HTTP session.
 */
@WebServlet(urlPatterns = "/", loadOnStartup = 1)
public class SiteServlet extends HttpServlet {

    private static final byte[] UNKNOWN_SITE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
            <body><h1>Not found</h1><p>No site is served at this address.</p></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    private static final byte[] UNAVAILABLE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Temporarily unavailable</title></head>
            <body><h1>Temporarily unavailable</h1><p>This page cannot be shown just now. Please try again in a             moment.</p></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    @Inject
    Sites sites;

    @Inject
    PublicSite site;

    @Inject
    PublicCaching caching;

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
            throws IOException, ServletException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            super.service(request, response);
        } else {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        PublicResponses.securityHeaders(response);
        Optional<SiteDirectory.Route> route =
                sites.directory().route(request.getHeader("Host"), request.getRequestURI());
        if (route.isEmpty()) {
            PublicResponses.write(response, 404, "text/html; charset=UTF-8", UNKNOWN_SITE, withBody);
            return;
        }
        boolean preview = PreviewLink.PATH.equals(route.get().path());
        RenderedPage page;
        try {
            page = preview ? site.preview(route.get().site(), request.getQueryString()) : site.respond(route.get());
        } catch (PublicSite.Unavailable e) {
            // A page this node never rendered, while the database is away: no stale copy to fall back on.
            response.setHeader("Retry-After", String.valueOf(ServiceUnavailable.RETRY_AFTER_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            PublicResponses.write(response, 503, "text/html; charset=UTF-8", UNAVAILABLE, withBody);
            return;
        }
        if (preview) {
            // A working version: for the people holding the link only, never cached, indexed or passed on.
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
            response.setHeader("Referrer-Policy", "no-referrer");
            PublicResponses.write(response, page.status(), page.contentType(), page.body(), withBody);
            return;
        }
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
                            ? caching.policy().immutable()
                            : caching.policy().documents());
            if (page.status() == 200 && PublicResponses.etagMatches(request.getHeader("If-None-Match"), page.etag())) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        PublicResponses.write(response, page.status(), page.contentType(), page.body(), withBody);
    }
}
