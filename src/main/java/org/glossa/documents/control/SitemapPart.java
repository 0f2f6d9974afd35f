package org.glossa.documents.control;

import java.time.Instant;

/**
 * What was written into one sitemap file.
 *
 * @param index              0-based position of the file among the parts of one run
 * @param urlCount           number of {@code <url>} entries
 * @param bytes              size of the file, uncompressed
 * @param newestLastModified the latest {@code lastmod} in the file, or {@code null} if no entry had one; the value for
 *                           the file's {@link SitemapReference} in the index
 */
public record SitemapPart(int index, int urlCount, long bytes, Instant newestLastModified) {}
