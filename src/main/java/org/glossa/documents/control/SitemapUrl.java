package org.glossa.documents.control;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One {@code <url>} of a sitemap.
 *
 * @param loc          absolute, percent-encoded http(s) URL of the page, 12 to 2,047 characters (sitemaps.org: absolute, escaped, under 2,048 characters)
 * @param lastModified last significant change of the page, or {@code null} to omit {@code <lastmod>} (sitemaps.org: W3C Datetime lastmod)
 * @param alternates   every language version of the page including this one, or empty (Google's hreflang rules: every version, itself included); each hreflang at
 *                     most once (Google's hreflang rules: one URL per code)
 * @param imageLocs    absolute URLs of the page's images, at most 1,000 (Google image sitemaps)
 */
public record SitemapUrl(String loc, Instant lastModified, List<Alternate> alternates, List<String> imageLocs) {

    public static final int MAX_IMAGES = 1_000;

    public SitemapUrl {
        AbsoluteUrl.requireLoc(loc, "loc");
        alternates = List.copyOf(alternates);
        imageLocs = List.copyOf(imageLocs);
        requireOneUrlPerHreflang(loc, alternates);
        if (!alternates.isEmpty()
                && alternates.stream().noneMatch(alternate -> alternate.href().equals(loc))) {
            throw new IllegalArgumentException("the alternates of " + loc + " must include the page itself"
                    + " (Google ignores hreflang sets without a self-reference): " + alternates);
        }
        if (imageLocs.size() > MAX_IMAGES) {
            throw new IllegalArgumentException(loc + " has " + imageLocs.size()
                    + " images; a sitemap <url> takes at most " + MAX_IMAGES + " (Google image sitemaps)");
        }
        imageLocs.forEach(image -> AbsoluteUrl.require(image, "image loc of " + loc));
    }

    /** A page without language versions or images. */
    public SitemapUrl(String loc, Instant lastModified) {
        this(loc, lastModified, List.of(), List.of());
    }

    private static void requireOneUrlPerHreflang(String loc, List<Alternate> alternates) {
        Set<String> seen = new HashSet<>();
        for (Alternate alternate : alternates) {
            if (!seen.add(alternate.hreflang().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(
                        "hreflang " + alternate.hreflang() + " appears more than once among the" + " alternates of "
                                + loc + " (Google's hreflang rules: one URL per code): " + alternates);
            }
        }
    }
}
