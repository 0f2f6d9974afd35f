package org.glossa.domains.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.glossa.domains.control.FormerSites;

/**
 * Answers every request for a former base URL ({@code GLOSSA_FORMER_SITES}) with one redirect to the same path and
 * query on the locale's current base: pages, sitemaps, feeds and robots.txt alike. Registered by
 * {@link FormerSitesAtStart} ahead of every other filter, so nothing else sees such a request.
 */
public class FormerSiteRedirects extends HttpFilter {

    private final transient FormerSites former;

    FormerSiteRedirects(FormerSites former) {
        this.former = former;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> location =
                former.redirect(request.getHeader("Host"), request.getRequestURI(), request.getQueryString());
        if (location.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String method = request.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        PublicResponses.securityHeaders(response);
        // 308 keeps a write's method and body; readers and crawlers get the classic 301.
        response.setStatus(read ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
        response.setHeader("Location", location.get());
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setContentLength(0);
    }
}
