package org.glossa.site.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.glossa.site.control.RenderedPage;
import org.glossa.site.control.SiteDirectory;

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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException,
            jakarta.servlet.ServletException {
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
        Optional<SiteDirectory.Route> route = sites.directory().route(request.getHeader("Host"), request.getRequestURI());
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
            response.setHeader("Cache-Control", page.contentType().startsWith("image/")
                    ? "public, max-age=31536000, immutable" : "public, max-age=60");
            if (page.status() == 200 && matches(request.getHeader("If-None-Match"), page.etag())) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        write(response, page.status(), page.contentType(), page.body(), withBody);
    }

    private static void write(HttpServletResponse response, int status, String contentType, byte[] body,
                              boolean withBody) throws IOException {
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
        response.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    }
}
