package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DocumentSpoolTest {

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
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

    @Test
    void largeDocumentMovesToAFileThatDiscardDeletes() throws Exception {
        byte[] chunk = new byte[700];
        java.util.Arrays.fill(chunk, (byte) 'x');
        DocumentSpool spool = new DocumentSpool(1000);
        spool.write(chunk);
        assertThat(spool.onDisk()).isFalse();
        spool.write(chunk, 0, 500);
        spool.write('y');
        spool.close();
        assertThat(spool.onDisk()).isTrue();
        byte[] expected = new byte[1201];
        System.arraycopy(chunk, 0, expected, 0, 700);
        System.arraycopy(chunk, 0, expected, 700, 500);
        expected[1200] = 'y';
        assertThat(spool.length()).isEqualTo(1201);
        assertThat(spool.sha256()).isEqualTo(sha256(expected));
        try (InputStream in = spool.open()) {
            assertThat(in.readAllBytes()).isEqualTo(expected);
        }
        assertThat(spool.readAllBytes()).as("readable again").isEqualTo(expected);
        spool.discard();
        assertThatThrownBy(spool::open).isInstanceOf(IOException.class);
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
