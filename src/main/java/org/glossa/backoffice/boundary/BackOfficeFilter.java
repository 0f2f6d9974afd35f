package org.glossa.backoffice.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glossa.domains.boundary.PublicResponses;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.security.boundary.Caller;

/**
 * In front of everything under {@code /admin}: a 404 on any host but the back office's (a locale site has no back
 * office); the headers every back-office response carries (a Content-Security-Policy, {@code no-store}, no framing);
 * the sign-in form for anyone not signed in, except for the form itself and its resources; and a 403 for anyone but
 * the owner on the owner's pages ({@link #OWNERS_PAGES}: the review desk, the audit log, the publishing health, the
 * calendar, the translation overview, the content console and the people); the queries behind them refuse anyone
 * else too.
 *
 * <p>PrimeFaces adds its own policy (the same one plus the page's script nonce) to the pages it renders; it
 * <em>replaces</em> the one set here rather than adding a second, which the browser would also enforce.
 */
@WebFilter(urlPatterns = {"/admin", "/admin/*"})
public class BackOfficeFilter extends HttpFilter {

    /** Also {@code primefaces.CSP_POLICY} in web.xml, where PrimeFaces appends the page's nonce to script-src. */
    public static final String POLICY =
            "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline';"
                    + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; script-src 'self'";

    static final String SIGN_IN = "/admin/signin.xhtml";
    static final String HOME = "/admin/index.xhtml";
    /** The owner's review desk: every page whose name starts so. */
    static final String REVIEW = "/admin/review";
    /** The owner's audit log. */
    static final String AUDIT = "/admin/audit";
    /** The owner's publishing health. */
    static final String HEALTH = "/admin/health";
    /** The owner's calendar of scheduled publications. */
    static final String CALENDAR = "/admin/calendar";
    /** The owner's translation overview. */
    static final String OVERVIEW = "/admin/overview";
    /** The owner's content list and item forms. */
    static final String CONTENT = "/admin/content";
    /** The owner's list of people and each person's page ({@code people-detail.xhtml}). */
    static final String PEOPLE = "/admin/people";
    /** Pages only the owner opens: every page whose path starts with one of these. */
    static final List<String> OWNERS_PAGES = List.of(REVIEW, AUDIT, HEALTH, CALENDAR, OVERVIEW, CONTENT, PEOPLE);

    private static final String RESOURCES = "/admin/jakarta.faces.resource/";
    private static final String CSP = "Content-Security-Policy";

    private static final byte[] NOT_FOUND = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
            <body><h1>Not found</h1><p>There is no page at this address.</p></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    private static final byte[] FORBIDDEN = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Forbidden</title></head>
            <body><h1>Forbidden</h1><p>Only the owner may open this page.</p></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    @Inject
    BackOffice backOffice;

    @Inject
    Caller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!backOffice.address().servesHost(SiteDirectory.hostName(request.getHeader("Host")))) {
            PublicResponses.securityHeaders(response);
            PublicResponses.write(
                    response, 404, "text/html; charset=UTF-8", NOT_FOUND, !"HEAD".equals(request.getMethod()));
            return;
        }
        response.setHeader(CSP, POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(RESOURCES)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        boolean signedIn = request.getUserPrincipal() != null;
        if (path.equals("/admin") || path.equals("/admin/")) {
            seeOther(response, signedIn ? HOME : SIGN_IN, path);
        } else if (!signedIn && !path.equals(SIGN_IN)) {
            seeOther(response, SIGN_IN, path);
        } else if (ownersOnly(path) && !caller.owner()) {
            PublicResponses.write(
                    response, 403, "text/html; charset=UTF-8", FORBIDDEN, !"HEAD".equals(request.getMethod()));
        } else {
            chain.doFilter(request, new OnePolicy(response));
        }
    }

    /** Whether only the owner may open the page at {@code path}. */
    static boolean ownersOnly(String path) {
        return OWNERS_PAGES.stream().anyMatch(path::startsWith);
    }

    /**
     * A redirect with a relative Location (RFC 9110 allows it), which the browser resolves against the address it
     * used: an absolute one would have to be built from the Host header, which the client chooses.
     */
    static void seeOther(HttpServletResponse response, String target, String from) {
        String location = relativeTo(from, target);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        response.setContentLength(0);
    }

    /** {@code target} relative to the directory of {@code from}, both root-relative paths. */
    static String relativeTo(String from, String target) {
        int depth = (int) from.chars().filter(c -> c == '/').count() - 1;
        return "../".repeat(Math.max(0, depth)) + target.substring(1);
    }

    /** Lets PrimeFaces' policy (with the page's nonce) replace the one set above instead of adding a second. */
    private static final class OnePolicy extends HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
