package org.glossa.domains.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.glossa.domains.control.FormerSites;
import org.glossa.domains.control.SiteDirectory;

/**
 * Answers every request for a former base URL ({@code GLOSSA_FORMER_SITES}) with one redirect to the same path and
 * query on the locale's current base: pages, sitemaps, feeds and robots.txt alike. Registered by
 * {@link FormerSitesAtStart} ahead of every other filter, so nothing else sees such a request.
 *
 * <p>When that path on the current base is itself a permanent redirect (a former slug, a slug spelt otherwise, a
 * trailing slash), a read is sent straight to where it leads, as the current site would send it (without the query):
 * one hop instead of two. The current site is asked once, and its answer is a configured URL, so no loop can form.
 */
public class FormerSiteRedirects extends HttpFilter {

    private final transient FormerSites former;
    private final transient CurrentPages pages;

    FormerSiteRedirects(FormerSites former, CurrentPages pages) {
        this.former = former;
        this.pages = pages;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Moved> moved = moved(
                former,
                pages,
                request.getMethod(),
                request.getHeader("Host"),
                request.getRequestURI(),
                request.getQueryString());
        if (moved.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        PublicResponses.securityHeaders(response);
        response.setStatus(moved.get().status());
        response.setHeader("Location", moved.get().location());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setContentLength(0);
    }

    /** How long a shared cache may keep such a redirect: they do not change once a site has moved. */
    public static final String CACHE_CONTROL = "public, max-age=86400";

    /** The redirect a request for a former base URL gets. */
    public record Moved(int status, String location) {}

    /** The redirect for a request on a former base URL; empty for any other request. */
    public static Optional<Moved> moved(
            FormerSites former, CurrentPages pages, String method, String hostHeader, String rawPath, String rawQuery) {
        Optional<SiteDirectory.Route> target = former.target(hostHeader, rawPath);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        SiteDirectory.Route route = target.get();
        Optional<String> location = read ? pages.permanentRedirect(route.site(), route.path()) : Optional.empty();
        // 308 keeps a write's method and body; readers and crawlers get the classic 301.
        return Optional.of(new Moved(
                read ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308, location.orElseGet(() -> route.url(rawQuery))));
    }
}
