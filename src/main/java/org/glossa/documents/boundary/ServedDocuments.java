package org.glossa.documents.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Serves the stored documents (requests never generate). A served copy is kept on this node, in memory when small
 * and in a file cache when large (so memory stays bounded however big the sitemaps get), and checked against the
 * stored SHA-256 (one small query) when it is older than {@link #RECHECK}: a regeneration on another node shows
 * within seconds, and at once on the node that ran it ({@link #forgetAll}).
 */
@ApplicationScoped
public class ServedDocuments {

    static final Duration RECHECK = Duration.ofSeconds(3);
    /** Documents up to this size (both encodings together) are served from memory, larger ones from a file. */
    static final long IN_MEMORY_BYTES = 512 * 1024;
    /** How long a superseded cache file stays, for requests that were already sending it. */
    private static final Duration SUPERSEDED_FILE_GRACE = Duration.ofMinutes(2);

    private static final Logger LOG = Logger.getLogger(ServedDocuments.class.getName());

    @Inject
    DocumentStore store;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private volatile Path cacheDirectory;

    private record Cached(ServedDocument document, Instant checkedAt) {}

    /** Drops every copy, so the next request reads the stored document (after a regeneration on this node). */
    void forgetAll() {
        cache.clear();
    }

    /** The stored document {@code name} of the site {@code siteKey} (a locale tag, x-default, or a host for robots.txt). */
    public Optional<ServedDocument> find(String siteKey, String name) {
        String key = siteKey + "\u0000" + name;
        Cached cached = cache.get(key);
        Instant now = clock.instant();
        if (cached != null && cached.checkedAt().plus(RECHECK).isAfter(now)) {
            return Optional.of(cached.document());
        }
        if (cached != null) {
            Optional<String> sha = store.sha256(siteKey, name);
            if (sha.isPresent() && cached.document().etag().equals("\"" + sha.get() + "\"")) {
                cache.put(key, new Cached(cached.document(), now));
                return Optional.of(cached.document());
            }
        }
        Optional<ServedDocument> document = read(siteKey, name);
        if (document.isEmpty()) {
            cache.remove(key);
        } else {
            cache.put(key, new Cached(document.get(), now));
            if (cached != null && cached.document().content() instanceof ServedDocument.InFile) {
                sweepCacheFiles();
            }
        }
        return document;
    }

    private Optional<ServedDocument> read(String siteKey, String name) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.read(siteKey, name, IN_MEMORY_BYTES, this::cacheDirectory);
            } catch (DocumentStore.DocumentReplacedException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private Path cacheDirectory() {
        Path directory = cacheDirectory;
        if (directory == null) {
            synchronized (this) {
                if (cacheDirectory == null) {
                    try {
                        cacheDirectory = Files.createTempDirectory("glossa-documents-");
                    } catch (IOException e) {
                        throw new UncheckedIOException("creating the document file cache", e);
                    }
                }
                directory = cacheDirectory;
            }
        }
        return directory;
    }

    /** Deletes cache files no cached document uses any more, once they are old enough not to be in flight. */
    private void sweepCacheFiles() {
        Path directory = cacheDirectory;
        if (directory == null) {
            return;
        }
        Set<Path> inUse = cache.values().stream()
                .flatMap(c -> Stream.of(c.document().content(), c.document().gzip()))
                .filter(ServedDocument.InFile.class::isInstance)
                .map(b -> ((ServedDocument.InFile) b).file())
                .collect(Collectors.toSet());
        Instant cutoff = clock.instant().minus(SUPERSEDED_FILE_GRACE);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                if (!inUse.contains(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not sweep the document file cache " + directory, e);
        }
    }

    @PreDestroy
    void deleteCacheFiles() {
        Path directory = cacheDirectory;
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the document file cache " + directory, e);
        }
    }
}
