package org.glossa.content.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the API says about a stored image: everything but its bytes.
 *
 * @param id         identifier; a post's cover image refers to it
 * @param mimeType   MIME type detected from the bytes
 * @param byteLength exact size in bytes
 * @param width      width in pixels
 * @param height     height in pixels
 * @param sha256     hex SHA-256 of the bytes; the same bytes are stored once
 * @param alt        text alternative, empty when none was given
 */
@Schema(name = "MediaView", description = "An uploaded image and what was verified from its bytes")
public record MediaView(long id, String mimeType, long byteLength, int width, int height, String sha256, String alt) {}
