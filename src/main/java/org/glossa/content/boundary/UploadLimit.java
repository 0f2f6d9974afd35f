package org.glossa.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large an upload may be ({@code GLOSSA_MEDIA_MAX_BYTES}, 10 MiB by default), and so how large the whole
 * multipart request around it may be: the file plus {@value #ENVELOPE_BYTES} bytes for part headers,
 * boundaries and the alt text.
 */
@ApplicationScoped
public class UploadLimit {

    static final int ENVELOPE_BYTES = 64 * 1024;
    /** Uploads are held in memory while they are checked; this keeps the configuration from asking for more. */
    private static final long CEILING = 256L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "glossa.media.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @PostConstruct
    void check() {
        if (maxBytes < 1 || maxBytes > CEILING) {
            throw new IllegalStateException(
                    "glossa.media.max-bytes must be between 1 and " + CEILING + ", not " + maxBytes);
        }
    }

    /** The largest file accepted, in bytes. */
    public int maxBytes() {
        return (int) maxBytes;
    }

    /** The largest request body accepted, in bytes. */
    public long maxRequestBytes() {
        return maxBytes + ENVELOPE_BYTES;
    }
}
