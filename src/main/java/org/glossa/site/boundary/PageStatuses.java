package org.glossa.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.glossa.domains.boundary.PageResolver;
import org.glossa.domains.control.PageStatus;
import org.glossa.site.control.Pages;
import org.glossa.site.control.SiteSnapshots;

/**
 * What the public pages answer for a path, from a snapshot read for the caller (six queries) and the same
 * {@link Pages#resolve} dispatch that serves readers, without rendering: a status costs a few map lookups.
 * Images ({@code /media/...}) are not pages and are answered 404 here; no sitemap {@code loc} names one.
 */
@ApplicationScoped
public class PageStatuses implements PageResolver {

    @Inject
    SiteSnapshots snapshots;

    @Inject
    PublicSite site;

    @Override
    public PageStatus fresh() {
        Pages pages = site.pages(snapshots.read());
        return (target, rawPath) -> pages.resolve(target, rawPath).status();
    }
}
