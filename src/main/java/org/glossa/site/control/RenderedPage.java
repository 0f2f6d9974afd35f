package org.glossa.site.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A response ready to be written as it is: status, body bytes and their strong ETag, or a redirect.
 *
 * @param location absolute redirect target built from configuration (for 301), else {@code null}
 * @param cacheable whether the bytes may be kept in the page cache (only canonical, existing pages)
 */
public record RenderedPage(
        int status, String contentType, byte[] body, String etag, String location, boolean cacheable) {

    static final String HTML = "text/html; charset=UTF-8";

    static RenderedPage html(int status, String html, boolean cacheable) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        return new RenderedPage(status, HTML, bytes, etagOf(bytes), null, cacheable);
    }

    /** The same response, never to be kept in the page cache, and without an ETag (it is never revalidated). */
    static RenderedPage uncached(RenderedPage page) {
        return new RenderedPage(page.status(), page.contentType(), page.body(), null, page.location(), false);
    }

    public static RenderedPage media(String contentType, byte[] bytes, String sha256) {
        return new RenderedPage(200, contentType, bytes, "\"" + sha256 + "\"", null, true);
    }

    static RenderedPage movedPermanently(String absoluteUrl) {
        return new RenderedPage(301, null, new byte[0], null, absoluteUrl, false);
    }

    static String etagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
