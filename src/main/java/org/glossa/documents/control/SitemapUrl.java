package org.glossa.documents.control;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One {@code <url>} of a sitemap.
 *
 * @param loc          absolute, percent-encoded http(s) URL of the page, 12 to 2,047 characters (SM-4, SM-5)
 * @param lastModified last significant change of the page, or {@code null} to omit {@code <lastmod>} (SM-6)
 * @param alternates   every language version of the page including this one, or empty (HL-2); each hreflang at
 *                     most once (HL-6)
 * @param imageLocs    absolute URLs of the page's images, at most 1,000 (IM-1)
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
                    + " (Google ignores hreflang sets without a self-reference, RULES.md HL-2): " + alternates);
        }
        if (imageLocs.size() > MAX_IMAGES) {
            throw new IllegalArgumentException(loc + " has " + imageLocs.size()
                    + " images; a sitemap <url> takes at most " + MAX_IMAGES + " (RULES.md IM-1)");
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
                                + loc + " (RULES.md HL-6): " + alternates);
            }
        }
    }
}
