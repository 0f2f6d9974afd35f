package org.glossa.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFileCacheTest {

    @TempDir
    Path parent;

    @Test
    void leftoversOfStoppedProcessesAreDeletedWhenTheCacheIsFirstUsedAndLiveOnesAreKept() throws Exception {
        Path dead = Files.createDirectories(parent.resolve("node-dead"));
        Files.writeString(dead.resolve("abc.identity"), "old sitemap");
        Files.createFile(dead.resolve(DocumentFileCache.LOCK));
        Path alive = Files.createDirectories(parent.resolve("node-alive"));
        Files.writeString(alive.resolve("def.identity"), "served right now");
        Path notOurs = Files.createDirectories(parent.resolve("something-else"));
        try (FileChannel held = FileChannel.open(
                        alive.resolve(DocumentFileCache.LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var lock = held.lock()) {
            DocumentFileCache cache = new DocumentFileCache(parent);
            Path own = cache.directory();

            assertThat(dead).doesNotExist();
            assertThat(alive.resolve("def.identity")).exists();
            assertThat(notOurs).exists();
            assertThat(own.getParent()).isEqualTo(parent);
            assertThat(own.getFileName().toString()).startsWith(DocumentFileCache.PREFIX);
            assertThat(cache.directory()).as("one directory per life").isEqualTo(own);
        }
    }

    @Test
    void superseededFilesAreDeletedOnceOldEnoughAndFilesInUseNever() throws Exception {
        DocumentFileCache cache = new DocumentFileCache(parent);
        Path directory = cache.directory();
        Instant now = Instant.parse("2026-12-05T12:00:00Z");
        Path current = written(directory.resolve("new.identity"), now.minusSeconds(600));
        Path superseded = written(directory.resolve("old.identity"), now.minusSeconds(600));
        Path inFlight = written(directory.resolve("older.gzip"), now.minusSeconds(10));

        int deleted = cache.deleteUnused(Set.of(current), now.minusSeconds(120));

        assertThat(deleted).isEqualTo(1);
        assertThat(superseded).doesNotExist();
        assertThat(current).exists();
        assertThat(inFlight).as("may still be being sent").exists();
        assertThat(directory.resolve(DocumentFileCache.LOCK)).exists();
    }

    @Test
    void aCacheThatCannotBeWrittenSaysSoWithAnIoException() throws Exception {
        Path aFile = Files.writeString(parent.resolve("not-a-directory"), "x");
        DocumentFileCache cache = new DocumentFileCache(aFile);
        assertThatThrownBy(cache::directory).isInstanceOf(IOException.class);
        cache.failed(new IOException("disk full"));
        cache.failed(new IOException("disk full"));
        cache.succeeded();
    }

    @Test
    void deleteAllRemovesThisNodesDirectory() throws Exception {
        DocumentFileCache cache = new DocumentFileCache(parent);
        Path directory = cache.directory();
        Files.writeString(directory.resolve("x.identity"), "x");
        cache.deleteAll();
        assertThat(directory).doesNotExist();
    }

    private static Path written(Path file, Instant at) throws IOException {
        Files.writeString(file, file.getFileName().toString());
        Files.setLastModifiedTime(file, FileTime.from(at));
        return file;
    }
}
