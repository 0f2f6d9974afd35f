package org.glossa.documents.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.glossa.domains.boundary.PublicResponses;

/**
 * A stored document as the server sends it: small ones from memory, large ones from this node's file cache.
 *
 * @param etag strong ETag, quoted: the SHA-256 of the uncompressed bytes
 * @param lastModifiedHeader {@code lastModified} as the Last-Modified header writes it, formatted once
 */
public record ServedDocument(
        String contentType, String etag, Instant lastModified, String lastModifiedHeader, Body content, Body gzip) {

    public ServedDocument(String contentType, String etag, Instant lastModified, Body content, Body gzip) {
        this(contentType, etag, lastModified, PublicResponses.HTTP_DATE.format(lastModified), content, gzip);
    }

    /** One encoding's bytes. */
    public sealed interface Body {
        long length();

        void writeTo(OutputStream out) throws IOException;
    }

    public record InMemory(byte[] bytes) implements Body {
        @Override
        public long length() {
            return bytes.length;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(bytes);
        }
    }

    /**
     * Read from the database while it is sent: the fallback when the node's file cache cannot be written (a full
     * disk). Costs a connection for the duration of the send; correct, just slower.
     */
    public record FromDatabase(long length, Copier copier) implements Body {
        @Override
        public void writeTo(OutputStream out) throws IOException {
            try {
                copier.copyTo(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /** Copies one encoding of one stored version. */
    @FunctionalInterface
    public interface Copier {
        void copyTo(OutputStream out);
    }

    /** A file of the node's cache, named by the content's SHA-256 so it never changes once written. */
    public record InFile(Path file, long length) implements Body {
        @Override
        public void writeTo(OutputStream out) throws IOException {
            Files.copy(file, out);
        }
    }
}
