package org.glossa.documents.control;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
 * <p>The bytes are written in blocks of {@value #BLOCK} bytes, which one compressor thread, shared by every spool,
 * hashes and compresses while the writer renders the next: a full run compresses gigabytes, which would otherwise
 * keep the rendering thread busy for a third of its time while the second core idles. At most {@value #BLOCKS} blocks
 * of a spool wait for it (the writer waits when they are taken), and a document smaller than a block is compressed by
 * its writer when it is closed, without a hand-over.
 *
 * <p>Write, {@link #close()}, read as often as needed ({@link #open()} inflates, {@link #openGzip()} does not), then
 * {@link #discard()}, which deletes the file. Not thread-safe: one generation writes one spool.
 */
public final class DocumentSpool extends OutputStream {

    /** Heap a spool may use (compressed) before it moves to a file. */
    public static final int DEFAULT_THRESHOLD = 1 << 20;

    /** Bytes handed to the compressor at a time. */
    static final int BLOCK = 64 * 1024;

    /** Blocks of one spool at most waiting for the compressor, or being compressed. */
    static final int BLOCKS = 4;

    /**
     * One thread, so each spool's blocks are compressed in the order they were written; it ends after ten idle seconds
     * (a regeneration's spools follow one another closely), so it holds nothing of an application undeployed since.
     */
    private static final ExecutorService COMPRESSOR =
            new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                Thread thread = new Thread(task, "glossa-document-compressor");
                thread.setDaemon(true);
                return thread;
            });

    private final int threshold;
    private final Path directory;
    private final MessageDigest digest;
    private final Compressed compressed = new Compressed();
    /** Null once closed, with the other buffers that only writing needs ({@link #close}). */
    private FastGzip gzip;
    /** Blocks free to be filled: taken by the writer, given back by the compressor once done with them. */
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BLOCKS);

    private int blocksMade;
    private byte[] block;
    private int filled;
    /** The last block handed over: its completion means every earlier one is done. */
    private Future<?> handedOver;
    /** What went wrong in the compressor, reported to the writer at its next write or at close. */
    private volatile Throwable failure;

    private ByteArrayOutputStream memory = new ByteArrayOutputStream(8 * 1024);
    private Path file;
    private OutputStream fileOut;
    private long length;
    private String sha256;

    public DocumentSpool() {
        this(DEFAULT_THRESHOLD);
    }

    public DocumentSpool(int threshold) {
        this(threshold, null);
    }

    /** @param directory where the temporary file goes (null: the system's temporary directory) */
    DocumentSpool(int threshold, Path directory) {
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative");
        }
        this.threshold = threshold;
        this.directory = directory;
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
        Objects.checkFromIndexSize(offset, count, bytes.length);
        if (sha256 != null) {
            throw new IOException("the spool is closed");
        }
        requireNoFailure();
        while (count > 0) {
            if (block == null) {
                block = nextBlock();
            }
            int taken = Math.min(count, BLOCK - filled);
            System.arraycopy(bytes, offset, block, filled, taken);
            filled += taken;
            offset += taken;
            count -= taken;
            length += taken;
            if (filled == BLOCK) {
                handOver();
            }
        }
    }

    /** A block to fill: a new one while this spool has fewer than {@link #BLOCKS}, else one the compressor is done with. */
    private byte[] nextBlock() throws IOException {
        byte[] next = free.poll();
        if (next != null) {
            return next;
        }
        if (blocksMade < BLOCKS) {
            blocksMade++;
            return new byte[BLOCK];
        }
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the compressor caught up");
        }
    }

    /** Gives the filled block to the compressor, which gives it back once compressed. */
    private void handOver() {
        byte[] full = block;
        int count = filled;
        block = null;
        filled = 0;
        handedOver = COMPRESSOR.submit(() -> {
            try {
                if (failure == null) {
                    compress(full, count);
                }
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
            } finally {
                free.offer(full);
            }
        });
    }

    private void compress(byte[] bytes, int count) throws IOException {
        gzip.write(bytes, 0, count);
        digest.update(bytes, 0, count);
    }

    /** Waits until the compressor is done with every block handed over. */
    private void awaitCompressor() throws IOException {
        if (handedOver == null) {
            return;
        }
        try {
            handedOver.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the compressor finished");
        } catch (ExecutionException e) {
            failure = e.getCause(); // the task catches what it can; anything else ends here
        }
    }

    private void requireNoFailure() throws IOException {
        Throwable cause = failure;
        if (cause != null) {
            throw new IOException("the document could not be compressed: " + cause, cause);
        }
    }

    /** Ends writing; closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (sha256 != null) {
            return;
        }
        awaitCompressor();
        requireNoFailure();
        if (block != null) {
            compress(block, filled); // the last block, on the writer's thread: the compressor is done
            block = null;
        }
        gzip.close(); // closes the file too
        sha256 = HexFormat.of().formatHex(digest.digest());
        // Kept until stored (a full run keeps every part it rendered ahead, thousands at a large size): a closed spool
        // holds its compressed bytes only, not the four blocks, the deflater's buffer and the file's buffer that wrote
        // them (384 KiB).
        free.clear();
        handedOver = null;
        gzip = null;
        fileOut = null;
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
                awaitCompressor();
                gzip.abandon();
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

        /** Frees the deflater of a spool abandoned while it was written, writing nothing more. */
        void abandon() {
            def.end();
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
                file = directory == null
                        ? Files.createTempFile("glossa-document-", ".gz")
                        : Files.createTempFile(directory, "glossa-document-", ".gz");
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
