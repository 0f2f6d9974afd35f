package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSpoolTest {

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static long heapUsedAfterCollection() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * A full run keeps every part it rendered ahead until its locale stores it (thousands at a large size): a closed
     * spool must hold no more than its compressed bytes. Each of these wrote five blocks to a file; the blocks, the
     * deflater's buffer and the file's buffer it wrote them with would be at least 192 KiB a spool, 75 MiB for 400.
     */
    @Test
    void closedSpoolsHoldNoneOfTheBuffersThatWroteThem(@TempDir Path directory) throws Exception {
        byte[] block = new byte[DocumentSpool.BLOCK];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) ('a' + i % 23);
        }
        List<DocumentSpool> held = new ArrayList<>();
        long before = heapUsedAfterCollection();
        try {
            for (int s = 0; s < 400; s++) {
                DocumentSpool spool = new DocumentSpool(0, directory);
                for (int b = 0; b < 5; b++) {
                    spool.write(block);
                }
                spool.close();
                held.add(spool);
            }
            long grown = heapUsedAfterCollection() - before;

            assertThat(grown).as("heap held by 400 closed spools").isLessThan(16L << 20);
            assertThat(held.get(399).readAllBytes()).hasSize(5 * DocumentSpool.BLOCK);
        } finally {
            held.forEach(DocumentSpool::discard);
        }
        try (var left = Files.list(directory)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void smallDocumentStaysInMemory() throws Exception {
        byte[] text = "<urlset/>".getBytes(StandardCharsets.UTF_8);
        try (DocumentSpool spool = new DocumentSpool(1024)) {
            spool.write(text);
            spool.close();
            assertThat(spool.onDisk()).isFalse();
            assertThat(spool.length()).isEqualTo(text.length);
            assertThat(spool.sha256()).isEqualTo(sha256(text));
            assertThat(spool.readAllBytes()).isEqualTo(text);
            spool.discard();
        }
    }

    /** The threshold counts compressed bytes: random bytes do not compress. */
    @Test
    void largeDocumentMovesToAFileThatDiscardDeletes() throws Exception {
        byte[] expected = new byte[1201];
        new java.util.Random(7).nextBytes(expected);
        DocumentSpool spool = new DocumentSpool(1000);
        spool.write(expected, 0, 700);
        assertThat(spool.onDisk()).isFalse();
        spool.write(expected, 700, 500);
        spool.write(expected[1200]);
        spool.close();
        assertThat(spool.onDisk()).isTrue();
        assertThat(spool.length()).isEqualTo(1201);
        assertThat(spool.sha256()).isEqualTo(sha256(expected));
        try (InputStream in = spool.open()) {
            assertThat(in.readAllBytes()).isEqualTo(expected);
        }
        assertThat(spool.readAllBytes()).as("readable again").isEqualTo(expected);
        spool.discard();
        assertThatThrownBy(spool::open).isInstanceOf(IOException.class);
    }

    /** Stored as it is: the spool's gzip encoding, which any gzip reader inflates to the bytes written. */
    @Test
    void keepsTheBytesGzipCompressedAndCountsBothSizes() throws Exception {
        byte[] sitemapLike = "<url><loc>https://de.example.com/posts/a</loc></url>\n"
                .repeat(20_000)
                .getBytes(StandardCharsets.UTF_8);
        DocumentSpool spool = new DocumentSpool(64 * 1024);
        spool.write(sitemapLike);
        spool.close();
        byte[] gzip;
        try (InputStream in = spool.openGzip()) {
            gzip = in.readAllBytes();
        }
        assertThat(spool.gzipLength()).isEqualTo(gzip.length).isLessThan(sitemapLike.length / 20);
        assertThat(spool.onDisk()).as("compressed, it fits the threshold").isFalse();
        assertThat(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip)).readAllBytes())
                .isEqualTo(sitemapLike);
        assertThat(spool.sha256()).isEqualTo(sha256(sitemapLike));
        spool.discard();
    }

    /**
     * A document of many blocks, written in pieces of every size across the blocks' bounds, is compressed and hashed
     * (by the compressor, beside the writer) exactly as written.
     */
    @Test
    void aDocumentOfManyBlocksIsCompressedAndHashedInTheOrderItWasWritten() throws Exception {
        java.util.Random random = new java.util.Random(11);
        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        DocumentSpool spool = new DocumentSpool(64 * 1024);
        int piece = 1;
        while (written.size() < 40 * DocumentSpool.BLOCK + 123) {
            byte[] bytes = new byte[piece];
            if (random.nextBoolean()) {
                random.nextBytes(bytes);
            } else {
                java.util.Arrays.fill(bytes, (byte) ('a' + random.nextInt(26)));
            }
            spool.write(bytes);
            written.write(bytes);
            piece = piece * 3 % (3 * DocumentSpool.BLOCK) + 1;
        }
        spool.close();

        byte[] expected = written.toByteArray();
        assertThat(spool.length()).isEqualTo(expected.length);
        assertThat(spool.sha256()).isEqualTo(sha256(expected));
        assertThat(spool.onDisk()).isTrue();
        assertThat(spool.readAllBytes()).isEqualTo(expected);
        try (InputStream in = spool.openGzip()) {
            assertThat(in.readAllBytes()).hasSize((int) spool.gzipLength());
        }
        spool.discard();
    }

    /** A temporary file that cannot be made fails the spool's writer (at a later write or at close), never silently. */
    @Test
    void aCompressorFailureReachesTheWriter(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path notADirectory = java.nio.file.Files.writeString(dir.resolve("file"), "x");
        DocumentSpool spool = new DocumentSpool(16, notADirectory);
        byte[] random = new byte[3 * DocumentSpool.BLOCK];
        new java.util.Random(3).nextBytes(random);

        assertThatThrownBy(() -> {
                    for (int i = 0; i < 20; i++) {
                        spool.write(random);
                    }
                    spool.close();
                })
                .isInstanceOf(IOException.class)
                .hasMessageContaining("could not be compressed");
        spool.discard();
        assertThatThrownBy(spool::sha256).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cannotBeReadWhileWrittenNorWrittenOnceClosed() throws Exception {
        DocumentSpool spool = new DocumentSpool();
        spool.write(1);
        assertThatThrownBy(spool::sha256).isInstanceOf(IllegalStateException.class);
        spool.close();
        assertThatThrownBy(() -> spool.write(2)).isInstanceOf(IOException.class);
        spool.discard();
    }
}
