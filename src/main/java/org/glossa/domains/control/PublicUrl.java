package org.glossa.domains.control;

import org.glossa.content.entity.ItemKind;
import org.glossa.localization.control.LocaleDefinition;

/**
 * Where readers find one locale's version of a post or experience entry: its page on that locale's configured site
 * (path prefix included, slug percent-encoded). The pages, the sitemaps and feeds, and the editorial API all build
 * the URL of a translation here, so a link, a {@code <loc>} and the API's {@code publicUrl} never disagree.
 */
public final class PublicUrl {

    private PublicUrl() {}

    /** The URL of {@code locale}'s version of an item whose slug there is {@code slug}. */
    public static String of(SiteDirectory sites, LocaleDefinition locale, ItemKind kind, String slug) {
        return of(sites.site(locale), kind, slug);
    }

    /** The URL of an item's version on {@code site}, a locale's site (the language chooser's has no items). */
    public static String of(Site site, ItemKind kind, String slug) {
        if (site.xDefault()) {
            throw new IllegalArgumentException("the x-default site has no " + kind + " pages");
        }
        return site.url(SitePaths.item(kind, slug));
    }
}
