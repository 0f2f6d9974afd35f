package org.glossa.domains.boundary;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * What every answer of a public site shares, whoever produces it (pages, documents, key files): the security
 * headers, and conditional requests evaluated as RFC 9110 says.
 */
public final class PublicResponses {

    public static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private PublicResponses() {}

    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static void securityHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }

    /** Writes a whole answer held in memory; a HEAD request gets the same headers and no body. */
    public static void write(
            HttpServletResponse response, int status, String contentType, byte[] body, boolean withBody)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        if (withBody) {
            response.getOutputStream().write(body);
        }
    }

    /** Whether {@code If-None-Match} names the (strong) ETag, weakly compared as RFC 9110 asks for GET. */
    public static boolean etagMatches(String ifNoneMatch, String etag) {
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

    /** RFC 9110: If-None-Match decides when present; If-Modified-Since only without it. */
    public static boolean notModified(String ifNoneMatch, String since, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return etagMatches(ifNoneMatch, etag);
        }
        if (since == null) {
            return false;
        }
        try {
            Instant then = ZonedDateTime.parse(since.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(then);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
