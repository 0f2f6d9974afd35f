package org.glossa.documents.control;

import java.time.Instant;
import java.util.List;

/**
 * One {@code <url>} of a sitemap.
 *
 * @param loc          absolute, percent-encoded http(s) URL of the page, 12 to 2,047 characters (sitemaps.org: absolute, escaped, under 2,048 characters)
 * @param lastModified last significant change of the page, or {@code null} to omit {@code <lastmod>} (sitemaps.org: W3C Datetime lastmod)
 * @param alternates   every language version of the page including this one, or empty (Google's hreflang rules: every version, itself included); each hreflang at
 *                     most once (Google's hreflang rules: one URL per code)
 * @param imageLocs    absolute URLs of the page's images, at most 1,000 (Google image sitemaps)
 */
public record SitemapUrl(String loc, Instant lastModified, AlternateLinks alternates, List<String> imageLocs) {

    public static final int MAX_IMAGES = 1_000;

    public SitemapUrl {
        AbsoluteUrl.requireLoc(loc, "loc");
        imageLocs = List.copyOf(imageLocs);
        if (!alternates.isEmpty() && !alternates.includes(loc)) {
            throw new IllegalArgumentException("the alternates of " + loc + " must include the page itself"
                    + " (Google ignores hreflang sets without a self-reference): " + alternates);
        }
        if (imageLocs.size() > MAX_IMAGES) {
            throw new IllegalArgumentException(loc + " has " + imageLocs.size()
                    + " images; a sitemap <url> takes at most " + MAX_IMAGES + " (Google image sitemaps)");
        }
        for (String image : imageLocs) {
            try {
                AbsoluteUrl.require(image, "image loc");
            } catch (IllegalArgumentException e) {
                // named here, not before: a large site checks a million image URLs, each named only if it fails
                throw new IllegalArgumentException("the image loc of " + loc + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * @param alternates checked into an {@link AlternateLinks} unless they are one: pass the same one to the entries
     *                   of every version of a page, so that it is checked and escaped once
     */
    public SitemapUrl(String loc, Instant lastModified, List<Alternate> alternates, List<String> imageLocs) {
        this(loc, lastModified, AlternateLinks.of(alternates), imageLocs);
    }

    /** A page without language versions or images. */
    public SitemapUrl(String loc, Instant lastModified) {
        this(loc, lastModified, List.of(), List.of());
    }
}
