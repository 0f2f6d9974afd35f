package org.glossa.content.control;

/**
 * Bytes that {@link ImageInspector} will not accept as an image. {@link #reason()} says which rule they broke;
 * the message says what was found, in words an uploader can act on.
 */
public final class RejectedImageException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why the bytes were refused. */
    public enum Reason {
        /** No PNG, JPEG, GIF or WebP signature (text, HTML, SVG, a PDF, ...). */
        NOT_AN_IMAGE,
        /** The signature of a supported format, but the rest does not decode (truncated, corrupt). */
        UNREADABLE,
        /** A real image, but too many pixels to accept (a decompression bomb, or simply too big). */
        TOO_MANY_PIXELS
    }

    private final Reason reason;

    public RejectedImageException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
