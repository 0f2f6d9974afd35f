package org.glossa.documents.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The URLs sitemaps and feeds may contain: absolute {@code http}/{@code https} URLs with a host, written as
 * percent-encoded ASCII (sitemaps.org, Google's hreflang rules and RSS 2.0 all want absolute, escaped URLs). Entity
 * escaping is the XML writer's job; percent-encoding is the caller's, because only the caller knows which parts of its
 * path are already encoded.
 *
 * <p>Checked in one pass over the characters against RFC 3986's grammar for such URLs (scheme, authority, path, query,
 * fragment), not by {@link URI}: a full run checks some 15 million URLs (every sitemap entry's alternates), and
 * parsing each into a URI object was an eighth of its time. As a consequence, the XML writers may rely on a URL holding
 * none of {@code < > " ' \} and no whitespace; {@code &} is the only character they escape in one.
 */
final class AbsoluteUrl {

    /** sitemap.xsd {@code tLoc}: minLength 12; sitemaps.org: "less than 2,048 characters". */
    static final int MIN_LOC_LENGTH = 12;

    static final int MAX_LOC_LENGTH = 2047;

    /** RFC 3986 sub-delims without the apostrophe, which no URL we build holds and no XML attribute should. */
    private static final String SUB_DELIMS = "!$&()*+,;=";

    /** Characters allowed as they are in a path, query or fragment, and in user information (by ASCII code). */
    private static final boolean[] PATH = allowed(SUB_DELIMS + ":@/?");

    private static final boolean[] USER_INFO = allowed(SUB_DELIMS + ":");

    /**
     * Authorities (scheme, user information, host, port) found valid, so that the URLs of a few sites are not parsed
     * again and again; bounded, as any URL may come through here.
     */
    private static final Set<String> VALID_AUTHORITIES = ConcurrentHashMap.newKeySet();

    private static final int MAX_REMEMBERED_AUTHORITIES = 256;

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
        int authority = authorityStart(url);
        if (authority < 0) {
            throw new IllegalArgumentException(field + " must be an absolute http(s) URL with a host, got: " + url);
        }
        int end = authority;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authorityPart = url.substring(0, end);
        if (!VALID_AUTHORITIES.contains(authorityPart)) {
            requireAuthority(url, field, authority, end);
            if (VALID_AUTHORITIES.size() < MAX_REMEMBERED_AUTHORITIES) {
                VALID_AUTHORITIES.add(authorityPart);
            }
        }
        int fragment = url.indexOf('#', end);
        if (fragment < 0) {
            requireCharacters(url, field, end, url.length(), PATH, "the path or query");
        } else {
            requireCharacters(url, field, end, fragment, PATH, "the path or query");
            requireCharacters(url, field, fragment + 1, url.length(), PATH, "the fragment");
        }
        return url;
    }

    /** Checks user information, host and port, from {@code authority} to {@code end}. */
    private static void requireAuthority(String url, String field, int authority, int end) {
        int host = authority;
        int at = url.lastIndexOf('@', end - 1);
        if (at >= authority) {
            requireCharacters(url, field, authority, at, USER_INFO, "the user information");
            host = at + 1;
        }
        int hostEnd = host;
        if (host < end && url.charAt(host) == '[') {
            hostEnd = url.indexOf(']', host) + 1;
            if (hostEnd == 0 || hostEnd > end) {
                throw invalid(field, url, "an IPv6 address without its ']'", host);
            }
            if (!isIpv6Literal(url.substring(host, hostEnd))) {
                throw invalid(field, url, "an invalid IPv6 address", host);
            }
        } else {
            while (hostEnd < end && url.charAt(hostEnd) != ':') {
                hostEnd++;
            }
            if (hostEnd > host && !isHostName(url.substring(host, hostEnd))) {
                throw invalid(field, url, "a host that is neither a host name nor an IPv4 address", host);
            }
        }
        if (hostEnd == host) {
            throw new IllegalArgumentException(field + " must be an absolute http(s) URL with a host, got: " + url);
        }
        if (hostEnd < end && url.charAt(hostEnd) != ':') {
            throw invalid(field, url, "the character '" + url.charAt(hostEnd) + "' after the host", hostEnd);
        }
        for (int i = hostEnd + 1; i < end; i++) {
            if (url.charAt(i) < '0' || url.charAt(i) > '9') {
                throw invalid(field, url, "a port that is not a number", i);
            }
        }
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

    /** Where the authority starts after {@code http://} or {@code https://} (any case); -1 for any other start. */
    private static int authorityStart(String url) {
        for (String scheme : new String[] {"http://", "https://"}) {
            if (url.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return scheme.length();
            }
        }
        return -1;
    }

    /** Percent-encoded characters and those {@code allowed} (the first loop of {@link #require} kept all ASCII). */
    private static void requireCharacters(String url, String field, int from, int to, boolean[] allowed, String part) {
        for (int i = from; i < to; i++) {
            char c = url.charAt(i);
            if (c == '%') {
                requirePercentEncoding(url, field, i);
                i += 2;
            } else if (!allowed[c]) {
                throw invalid(field, url, "the character '" + c + "' in " + part, i);
            }
        }
    }

    /** Unreserved characters and {@code others}, as a table by ASCII code. */
    private static boolean[] allowed(String others) {
        boolean[] allowed = new boolean[128];
        for (char c = 0; c < 128; c++) {
            allowed[c] = isUnreserved(c) || others.indexOf(c) >= 0;
        }
        return allowed;
    }

    /**
     * A host name as {@link URI} takes one (RFC 2396): dot-separated labels of letters, digits and inner
     * hyphens, the last starting with a letter, an optional final dot; or four numbers (IPv4).
     */
    private static boolean isHostName(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] labels = name.split("\\.", -1);
        boolean numeric = true;
        for (String label : labels) {
            if (label.isEmpty()
                    || !isAlphanumeric(label.charAt(0))
                    || !isAlphanumeric(label.charAt(label.length() - 1))) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!isAlphanumeric(c) && c != '-') {
                    return false;
                }
                numeric &= c >= '0' && c <= '9';
            }
        }
        if (numeric) {
            return labels.length == 4 && !host.endsWith(".");
        }
        return Character.isLetter(labels[labels.length - 1].charAt(0));
    }

    /** A bracketed IPv6 address: rare enough in a site's base URL to leave to {@link URI}. */
    private static boolean isIpv6Literal(String host) {
        try {
            return new URI("http://" + host + "/").getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static void requirePercentEncoding(String url, String field, int index) {
        if (index + 2 >= url.length()
                || Character.digit(url.charAt(index + 1), 16) < 0
                || Character.digit(url.charAt(index + 2), 16) < 0) {
            throw invalid(field, url, "'%' is not followed by two hexadecimal digits", index);
        }
    }

    private static boolean isUnreserved(char c) {
        return c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9'
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }

    private static IllegalArgumentException invalid(String field, String url, String reason, int index) {
        return new IllegalArgumentException(
                field + " is not a valid URI (" + reason + " at index " + index + "): " + url);
    }
}
