package org.glossa.domains.boundary;

import java.util.Optional;
import org.glossa.domains.control.Site;

/**
 * What the current site answers for one of its paths, as far as the redirects of former base URLs need to know:
 * whether that page itself is a permanent redirect (a former slug, a slug spelt otherwise, a trailing slash), and to
 * where. Implemented by the public pages, which sit above this component; {@link FormerSiteRedirects} asks it so that
 * a former base's URL reaches the page in one hop instead of two.
 */
public interface CurrentPages {

    /**
     * The Location of the permanent redirect the current site answers for {@code rawPath}, built from configuration;
     * empty when the path answers anything else (a page, 404, 410), or when that cannot be told just now.
     *
     * @param site    a configured current site
     * @param rawPath the percent-encoded path within the site, starting with '/'
     */
    Optional<String> permanentRedirect(Site site, String rawPath);
}
