package org.glossa.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.glossa.domains.boundary.CurrentPages;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.site.control.RenderedPage;

/**
 * Tells the redirects of former base URLs where a path of the current site leads, by asking the public site what it
 * answers there: the same rules, the same page cache, so the two cannot disagree. Media are served as they are and
 * never redirect, so their bytes are not read for this. While the database cannot be reached and the page was never
 * rendered, the answer is "no redirect known": the reader is sent to the same path on the current base, as before.
 */
@ApplicationScoped
public class PageRedirects implements CurrentPages {

    @Inject
    PublicSite site;

    @Override
    public Optional<String> permanentRedirect(Site current, String rawPath) {
        if (rawPath.startsWith("/media/")) {
            return Optional.empty();
        }
        RenderedPage page;
        try {
            page = site.respond(new SiteDirectory.Route(current, rawPath));
        } catch (PublicSite.Unavailable e) {
            return Optional.empty();
        }
        return page.status() == 301 ? Optional.ofNullable(page.location()) : Optional.empty();
    }
}
