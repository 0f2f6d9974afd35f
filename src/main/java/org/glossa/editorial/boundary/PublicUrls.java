package org.glossa.editorial.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.glossa.content.entity.Publication;
import org.glossa.domains.boundary.Sites;
import org.glossa.domains.control.PublicUrl;
import org.glossa.domains.control.SitePaths;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/** Where readers find a live publication: on its locale's configured site, never a request's Host. */
@ApplicationScoped
public class PublicUrls {

    @Inject
    Sites sites;

    /** The page readers see the publication on: its own, or for a kind without pages (the profile) its locale's home. */
    public String of(Publication live) {
        LocaleDefinition locale = LocaleCatalog.standard().get(live.locale());
        if (!live.kind().hasPages()) {
            return sites.directory().site(locale).url(SitePaths.HOME);
        }
        return PublicUrl.of(sites.directory(), locale, live.kind(), live.slug());
    }
}
