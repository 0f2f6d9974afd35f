package org.glossa.publishing.boundary;

import java.time.Instant;

/**
 * A stored document as the server sends it.
 *
 * @param etag strong ETag, quoted: the SHA-256 of the uncompressed bytes
 */
public record ServedDocument(String contentType, byte[] content, byte[] gzip, String etag, Instant lastModified) {
}
