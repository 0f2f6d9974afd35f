package org.glossa.documents.control;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A media file attached to a feed item; RSS requires all three attributes (RSS 2.0).
 *
 * @param url      absolute http(s) URL of the file
 * @param length   size in bytes, not negative
 * @param mimeType MIME type such as {@code audio/mpeg}
 */
public record Enclosure(String url, long length, String mimeType) {

    private static final Pattern MIME_TYPE =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(\\s*;[\\x20-\\x7e]*)?");

    public Enclosure {
        AbsoluteUrl.require(url, "enclosure url");
        if (length < 0) {
            throw new IllegalArgumentException(
                    "enclosure length must be a number of bytes >= 0, got " + length + " for " + url);
        }
        Objects.requireNonNull(mimeType, "mimeType");
        if (!MIME_TYPE.matcher(mimeType).matches()) {
            throw new IllegalArgumentException(
                    "enclosure type must be a MIME type such as audio/mpeg, got '" + mimeType + "' for " + url);
        }
    }
}
