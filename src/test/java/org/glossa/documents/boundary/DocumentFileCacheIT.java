package org.glossa.documents.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.Set;
import org.glossa.containertest.Deployments;
import org.glossa.containertest.TestDatabase;
import org.glossa.database.control.ChangelogUpdate;
import org.glossa.documents.control.DocumentFileCache;
import org.glossa.documents.control.DocumentSpool;
import org.glossa.documents.control.DocumentTable;
import org.glossa.documents.control.GeneratedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The read path of a large document (one served from the node's file cache) against a real PostgreSQL, without a
 * container: {@link DocumentStore#read} with an in-memory limit of 0, so every document takes that path.
 */
class DocumentFileCacheIT {

    private static final String DATABASE = Deployments.DATABASE + "_files";
    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    @TempDir
    Path temporary;

    @BeforeAll
    static void schema() throws Exception {
        TestDatabase.recreate(DATABASE);
        try (Connection c = TestDatabase.connect(DATABASE)) {
            ChangelogUpdate.apply(c, DocumentFileCacheIT.class.getClassLoader());
        }
    }

    private static DocumentStore store() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(TestDatabase.serverUrl() + DATABASE);
        dataSource.setUser(TestDatabase.user());
        DocumentStore store = new DocumentStore();
        store.dataSource = dataSource;
        return store;
    }

    @Test
    void aCacheThatCannotBeWrittenServesTheDocumentFromTheDatabase() throws Exception {
        byte[] bytes = stored("de", "sitemap-9.xml", 'a');
        Path notADirectory = Files.writeString(temporary.resolve("full"), "a file where the cache should be");
        DocumentStore store = store();

        ServedDocument served = store.read("de", "sitemap-9.xml", 0, new DocumentFileCache(notADirectory), store::copy)
                .orElseThrow();

        assertThat(served.content()).isInstanceOf(ServedDocument.FromDatabase.class);
        assertThat(served.content().length()).isEqualTo(bytes.length);
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        served.content().writeTo(sent);
        assertThat(sent.toByteArray()).isEqualTo(bytes);
        assertThat(served.gzip()).isInstanceOf(ServedDocument.FromDatabase.class);
    }

    @Test
    void aNewVersionGetsItsOwnFileAndTheSupersededOneIsDeletedOnceNotInUse() throws Exception {
        stored("fr", "sitemap-9.xml", 'b');
        DocumentStore store = store();
        DocumentFileCache cache = new DocumentFileCache(temporary.resolve("cache"));
        ServedDocument first =
                store.read("fr", "sitemap-9.xml", 0, cache, store::copy).orElseThrow();
        Path firstFile = ((ServedDocument.InFile) first.content()).file();
        assertThat(firstFile).exists();

        byte[] second = stored("fr", "sitemap-9.xml", 'c');
        ServedDocument replaced =
                store.read("fr", "sitemap-9.xml", 0, cache, store::copy).orElseThrow();
        Path secondFile = ((ServedDocument.InFile) replaced.content()).file();
        assertThat(secondFile).isNotEqualTo(firstFile);
        assertThat(Files.readAllBytes(secondFile)).isEqualTo(second);

        Path secondGzip = ((ServedDocument.InFile) replaced.gzip()).file();
        cache.deleteUnused(Set.of(secondFile, secondGzip), Instant.now().plusSeconds(60));
        assertThat(firstFile).doesNotExist();
        assertThat(((ServedDocument.InFile) first.gzip()).file()).doesNotExist();
        assertThat(secondFile).exists();
        assertThat(secondGzip).exists();
    }

    /** Stores (or replaces) a 300 KiB document and returns its bytes. */
    private static byte[] stored(String site, String name, char fill) throws Exception {
        byte[] bytes = new byte[300 * 1024];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 97 == 0 ? '\n' : fill + i % 7);
        }
        DocumentSpool spool = new DocumentSpool(64 * 1024);
        spool.write(bytes);
        spool.close();
        try (Connection c = TestDatabase.connect(DATABASE)) {
            c.setAutoCommit(false);
            DocumentTable table = new DocumentTable(c);
            table.store(
                    site,
                    table.find(site, name).orElse(null),
                    new GeneratedDocument(name, GeneratedDocument.XML, spool, NOW),
                    NOW);
            c.commit();
        }
        return bytes;
    }
}
