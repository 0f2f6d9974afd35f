package org.glossa.documents.control;

/**
 * How many entries and bytes one sitemap file may hold. {@link #PROTOCOL} is the sitemaps.org limit
 * (50,000 URLs and 50 MB per file, for sitemaps and sitemap indexes alike); smaller limits exist for tests. Larger ones are refused: no crawler reads past them.
 *
 * @param maxEntries {@code <url>} (or {@code <sitemap>}) elements per file
 * @param maxBytes   uncompressed bytes per file, the XML declaration and root element included
 */
public record SitemapLimits(int maxEntries, long maxBytes) {

    public static final SitemapLimits PROTOCOL = new SitemapLimits(50_000, 50L * 1024 * 1024);

    public SitemapLimits {
        if (maxEntries < 1 || maxEntries > 50_000) {
            throw new IllegalArgumentException("maxEntries must be 1 to 50,000, got " + maxEntries);
        }
        if (maxBytes < 1 || maxBytes > 50L * 1024 * 1024) {
            throw new IllegalArgumentException("maxBytes must be 1 to 52,428,800 (50 MiB), got " + maxBytes);
        }
    }
}
