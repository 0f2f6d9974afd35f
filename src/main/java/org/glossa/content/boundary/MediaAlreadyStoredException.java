package org.glossa.content.boundary;

/**
 * The same bytes were stored by a concurrent upload between the check and the insert; the transaction that
 * lost is rolled back and the caller reads the winner's media instead.
 */
public class MediaAlreadyStoredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MediaAlreadyStoredException(String sha256, Throwable cause) {
        super("media with SHA-256 " + sha256 + " already stored", cause);
    }
}
