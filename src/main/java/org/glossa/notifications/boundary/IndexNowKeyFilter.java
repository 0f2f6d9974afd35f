package org.glossa.notifications.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.glossa.domains.boundary.PublicResponses;
import org.glossa.domains.boundary.Sites;
import org.glossa.domains.control.SiteDirectory;

/** The IndexNow key file (IN-1), {@code /{key}.txt} at the root of every host a site is served on. */
@WebFilter(urlPatterns = "*.txt")
public class IndexNowKeyFilter extends HttpFilter {

    @Inject
    Sites sites;

    @Inject
    ChangeAnnouncements announcements;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        Optional<String> key = announcements.indexNowKey();
        if (key.isEmpty()
                || !("GET".equals(method) || "HEAD".equals(method))
                || !("/" + key.get() + ".txt").equals(request.getRequestURI())
                || !servedHost(request.getHeader("Host"))) {
            chain.doFilter(request, response);
            return;
        }
        PublicResponses.securityHeaders(response);
        response.setHeader("Cache-Control", "public, max-age=3600");
        PublicResponses.write(
                response,
                200,
                "text/plain; charset=utf-8",
                key.get().getBytes(StandardCharsets.UTF_8),
                "GET".equals(method));
    }

    private boolean servedHost(String hostHeader) {
        String host = SiteDirectory.hostName(hostHeader);
        return host != null
                && sites.directory().routable().stream().anyMatch(s -> s.host().equals(host));
    }
}
