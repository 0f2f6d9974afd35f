package org.glossa.backoffice.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where the back office is served ({@code GLOSSA_ADMIN_URL}): an absolute http(s) URL whose path is
 * {@code /admin}. Its host is the only one that serves the back office (compared without the port, which a reverse
 * proxy may change); its scheme says whether the session cookie must be {@code Secure}.
 */
public record AdminAddress(URI url) {

    public static final String PATH = "/admin";

    /**
     * @throws IllegalStateException naming the setting, so a wrong value stops the start with its reason
     */
    public static AdminAddress parse(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw invalid(value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null
                || !path.equals(PATH)) {
            throw invalid(value);
        }
        return new AdminAddress(
                URI.create(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + PATH));
    }

    /** The back office on the origin of a site (the x-default site's, by default). */
    public static AdminAddress onOriginOf(URI siteBase) {
        return parse(siteBase.getScheme() + "://" + siteBase.getRawAuthority() + PATH);
    }

    /** Whether a request with this {@code Host} header is for the back office's host (port aside). */
    public boolean servesHost(String hostName) {
        return hostName != null && hostName.equals(url.getHost().toLowerCase(Locale.ROOT));
    }

    public boolean secure() {
        return url.getScheme().equals("https");
    }

    private static IllegalStateException invalid(String value) {
        return new IllegalStateException("glossa.admin.url (GLOSSA_ADMIN_URL) must be an absolute http(s) URL whose"
                + " path is /admin, without query, fragment or user, such as https://admin.example.com/admin; got '"
                + value + "'");
    }
}
