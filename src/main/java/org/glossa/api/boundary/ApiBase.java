package org.glossa.api.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.domains.boundary.Sites;

/**
 * Where clients reach the API ({@code GLOSSA_API_URL}): the absolute URLs the API hands out, such as a new
 * resource's {@code Location}, are built on it and never on the request's Host header, which the client
 * chooses. Unset, it is the origin of the x-default site ({@code GLOSSA_SITES}; locally
 * {@code http://localhost:<port>}), where the API is served beside the language chooser.
 */
@ApplicationScoped
public class ApiBase {

    private static final Logger LOG = Logger.getLogger(ApiBase.class.getName());

    @Inject
    @ConfigProperty(name = "glossa.api.url")
    Optional<String> configured;

    @Inject
    Sites sites;

    private URI base;

    @PostConstruct
    void init() {
        base = configured
                .filter(s -> !s.isBlank())
                .map(ApiBase::parse)
                .orElseGet(() -> origin(sites.directory().xDefault().base()));
        LOG.info(() -> "API URLs are built on " + base);
    }

    /** The absolute URL of a path on this server ({@code /api/v1/posts/9}, already percent-encoded). */
    public URI url(String rootRelativePath) {
        if (!rootRelativePath.startsWith("/")) {
            throw new IllegalArgumentException("not a root-relative path: " + rootRelativePath);
        }
        return URI.create(base + rootRelativePath);
    }

    /**
     * An absolute http(s) URL without query, fragment or user, normalised to no trailing slash; a path prefix
     * is kept for an API behind a reverse proxy that mounts it below the root.
     *
     * @throws IllegalStateException naming the setting, so a wrong value stops the start with its reason
     */
    static URI parse(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw invalid(value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw invalid(value);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path);
    }

    private static URI origin(URI siteBase) {
        return URI.create(siteBase.getScheme() + "://" + siteBase.getRawAuthority());
    }

    private static IllegalStateException invalid(String value) {
        return new IllegalStateException("glossa.api.url (GLOSSA_API_URL) must be an absolute http(s) URL without "
                + "query, fragment or user, such as https://example.com; got '" + value + "'");
    }
}
