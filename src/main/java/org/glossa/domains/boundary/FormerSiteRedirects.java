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
        Optional<SiteDirectory.Route> target = former.target(request.getHeader("Host"), request.getRequestURI());
        if (target.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String method = request.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        SiteDirectory.Route route = target.get();
        Optional<String> location = read ? pages.permanentRedirect(route.site(), route.path()) : Optional.empty();
        PublicResponses.securityHeaders(response);
        // 308 keeps a write's method and body; readers and crawlers get the classic 301.
        response.setStatus(read ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
        response.setHeader("Location", location.orElseGet(() -> route.url(request.getQueryString())));
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setContentLength(0);
    }
}
