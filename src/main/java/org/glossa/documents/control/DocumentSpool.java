package org.glossa.documents.control;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Where one generated document is written before it is stored: gzip-compressed as it is written, in memory up to a
 * threshold (of compressed bytes), then in a temporary file, so a document of any size costs at most the threshold in
 * heap. Counts the uncompressed bytes and computes their SHA-256 while they are written, so the store can tell an
 * unchanged document without reading it again, and stores the compressed bytes as they are (documents are stored
 * gzip-compressed only: {@link DocumentTable}). A large site's sitemap parts compress some 40 times, so the
 * uncompressed bytes never go through a file.
 *
 * <p>Write, {@link #close()}, read as often as needed ({@link #open()} inflates, {@link #openGzip()} does not), then
 * {@link #discard()}, which deletes the file. Not thread-safe: one generation writes one spool.
 */
public final class DocumentSpool extends OutputStream {

    /** Heap a spool may use (compressed) before it moves to a file. */
    public static final int DEFAULT_THRESHOLD = 1 << 20;

    private final int threshold;
    private final MessageDigest digest;
    private final Compressed compressed = new Compressed();
    private final GZIPOutputStream gzip;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream(8 * 1024);
    private Path file;
    private OutputStream fileOut;
    private long length;
    private String sha256;

    public DocumentSpool() {
        this(DEFAULT_THRESHOLD);
    }

    public DocumentSpool(int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative");
        }
        this.threshold = threshold;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
            this.gzip = new FastGzip(compressed);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int count) throws IOException {
        if (sha256 != null) {
            throw new IOException("the spool is closed");
        }
        gzip.write(bytes, offset, count);
        digest.update(bytes, offset, count);
        length += count;
    }

    /** Ends writing; closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (sha256 != null) {
            return;
        }
        gzip.close();
        sha256 = HexFormat.of().formatHex(digest.digest());
    }

    /** Hex SHA-256 of everything written (uncompressed); only once closed. */
    public String sha256() {
        requireClosed();
        return sha256;
    }

    /** How many bytes were written (uncompressed). */
    public long length() {
        return length;
    }

    /** How many bytes their gzip encoding has; only once closed. */
    public long gzipLength() {
        requireClosed();
        return compressed.written;
    }

    /** Whether the compressed bytes went to a temporary file (they outgrew the threshold). */
    public boolean onDisk() {
        return file != null;
    }

    /** A new stream over the bytes written, inflated; the caller closes it. */
    public InputStream open() throws IOException {
        return new GZIPInputStream(openGzip(), 64 * 1024);
    }

    /** A new stream over the gzip encoding of the bytes written; the caller closes it. */
    public InputStream openGzip() throws IOException {
        requireClosed();
        if (file != null) {
            return Files.newInputStream(file);
        }
        if (memory == null) {
            throw new IOException("the spool was discarded");
        }
        return new ByteArrayInputStream(memory.toByteArray());
    }

    /**
     * All bytes in one array: for small documents (robots.txt, tests) only, since the point of a spool is not to
     * hold a large document in the heap.
     */
    public byte[] readAllBytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary file, if any. The spool cannot be read afterwards. */
    public void discard() {
        try {
            if (sha256 == null) {
                gzip.close(); // frees the compressor of a spool abandoned while it was written
            }
            if (fileOut != null) {
                fileOut.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            memory = null;
        }
    }

    private void requireClosed() {
        if (sha256 == null) {
            throw new IllegalStateException("the spool is still being written");
        }
    }

    /**
     * gzip at deflate's fastest level: on a sitemap part (3.4 MB, 18 alternates per URL) it compresses 34 times instead
     * of 38 at the default level, three times as fast; a full run compresses 2.8 GB at 850,850 translations.
     */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    /** Where the compressor writes: memory, then a file once the threshold would be crossed. */
    private final class Compressed extends OutputStream {
        private long written;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int count) throws IOException {
            if (fileOut == null && memory.size() + (long) count > threshold) {
                file = Files.createTempFile("glossa-document-", ".gz");
                fileOut = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
                memory.writeTo(fileOut);
                memory = null;
            }
            if (fileOut != null) {
                fileOut.write(bytes, offset, count);
            } else {
                memory.write(bytes, offset, count);
            }
            written += count;
        }

        @Override
        public void close() throws IOException {
            if (fileOut != null) {
                fileOut.close();
            }
        }
    }
}
