package org.glossa.documents.control;

import java.time.Instant;

/**
 * One {@code <sitemap>} entry of a sitemap index.
 *
 * @param loc          absolute URL of the child sitemap; the XSD accepts relative ones but crawlers drop them (sitemaps.org: index entries)
 * @param lastModified when the child file last changed, e.g. {@link SitemapPart#newestLastModified()}, or {@code null}
 */
public record SitemapReference(String loc, Instant lastModified) {

    public SitemapReference {
        AbsoluteUrl.requireLoc(loc, "sitemap loc");
    }
}
