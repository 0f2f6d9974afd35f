package org.glossa.documents.control;

import java.time.Instant;
import java.util.Objects;

/**
 * One generated file of a site, ready to be stored. Whoever receives it owns the spool and discards it.
 *
 * @param name             file name within the site, e.g. {@code sitemap-1.xml}
 * @param contentType      the Content-Type it is served with
 * @param content          the bytes, uncompressed, closed (so its length and SHA-256 are known)
 * @param contentTimestamp the newest content timestamp inside: Last-Modified and lastmod come from the same
 *                         source (sitemaps.org: lastmod and If-Modified-Since)
 * @param inputStamp       digest of what a sitemap part was rendered from ({@link PartPlan}); null for documents
 *                         every run renders
 */
public record GeneratedDocument(
        String name, String contentType, DocumentSpool content, Instant contentTimestamp, String inputStamp) {

    public static final String XML = "application/xml; charset=utf-8";
    public static final String RSS = RssWriter.MEDIA_TYPE + "; charset=utf-8";
    public static final String TEXT = "text/plain; charset=utf-8";

    public GeneratedDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentTimestamp, "contentTimestamp");
    }

    public GeneratedDocument(String name, String contentType, DocumentSpool content, Instant contentTimestamp) {
        this(name, contentType, content, contentTimestamp, null);
    }

    /** The whole document in one array: for small documents and tests only. */
    public byte[] bytes() {
        return content.readAllBytes();
    }
}
