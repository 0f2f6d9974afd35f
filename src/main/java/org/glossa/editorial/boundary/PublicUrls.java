package org.glossa.editorial.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.glossa.content.entity.Publication;
import org.glossa.domains.boundary.Sites;
import org.glossa.domains.control.PublicUrl;
import org.glossa.localization.control.LocaleCatalog;

/** Where readers find a live publication: on its locale's configured site, never a request's Host. */
@ApplicationScoped
public class PublicUrls {

    @Inject
    Sites sites;

    public String of(Publication live) {
        return PublicUrl.of(sites.directory(), LocaleCatalog.standard().get(live.locale()), live.kind(), live.slug());
    }
}
