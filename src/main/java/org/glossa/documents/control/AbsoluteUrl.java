package org.glossa.documents.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The URLs sitemaps and feeds may contain: absolute {@code http}/{@code https} URLs with a host, written as
 * percent-encoded ASCII (sitemaps.org, Google's hreflang rules and RSS 2.0 all want absolute, escaped URLs). Entity escaping is the XML writer's job; percent-encoding
 * is the caller's, because only the caller knows which parts of its path are already encoded.
 */
final class AbsoluteUrl {

    /** sitemap.xsd {@code tLoc}: minLength 12; sitemaps.org: "less than 2,048 characters". */
    static final int MIN_LOC_LENGTH = 12;

    static final int MAX_LOC_LENGTH = 2047;

    private AbsoluteUrl() {}

    static String require(String url, String field) {
        Objects.requireNonNull(url, field);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > 0x7e) {
                throw new IllegalArgumentException(field + " contains the non-ASCII character '" + c + "' at index " + i
                        + "; percent-encode it (RFC 3986, e.g. ü -> %C3%BC) before passing the URL: " + url);
            }
            if (c <= 0x20 || c == 0x7f) {
                throw new IllegalArgumentException(field + " contains whitespace or a control character at index " + i
                        + "; percent-encode it (e.g. space -> %20): " + url);
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    field + " is not a valid URI (" + e.getReason() + " at index " + e.getIndex() + "): " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException(field + " must be an absolute http(s) URL with a host, got: " + url);
        }
        return url;
    }

    /** A sitemap or sitemap-index {@code <loc>}: an absolute URL whose length the XSD and the protocol accept. */
    static String requireLoc(String url, String field) {
        require(url, field);
        if (url.length() < MIN_LOC_LENGTH || url.length() > MAX_LOC_LENGTH) {
            throw new IllegalArgumentException(field + " must be " + MIN_LOC_LENGTH + " to " + MAX_LOC_LENGTH
                    + " characters long (sitemap.xsd tLoc, sitemaps.org), got " + url.length() + ": " + url);
        }
        return url;
    }
}
