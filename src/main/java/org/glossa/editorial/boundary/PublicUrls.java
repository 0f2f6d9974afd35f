package org.glossa.editorial.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Publication;
import org.glossa.domains.boundary.Sites;
import org.glossa.domains.control.SitePaths;
import org.glossa.localization.control.LocaleCatalog;

/** Where readers find a live publication: on its locale's configured site, never a request's Host. */
@ApplicationScoped
public class PublicUrls {

    @Inject
    Sites sites;

    public String of(Publication live) {
        var site = sites.directory().site(LocaleCatalog.standard().get(live.locale()));
        return site.url(
                live.kind() == ItemKind.POST ? SitePaths.post(live.slug()) : SitePaths.experienceEntry(live.slug()));
    }
}
