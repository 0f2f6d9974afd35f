package org.glossa.documents.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.database.boundary.DatabaseAvailability;
import org.glossa.documents.control.DocumentFileCache;
import org.glossa.problem.ServiceUnavailable;

/**
 * Serves the stored documents (requests never generate). A served copy is kept on this node, in memory when small
 * and in a file cache when large (so memory stays bounded however big the sitemaps get), and checked against the
 * stored SHA-256 (one small query) when it is older than {@link #RECHECK}: a regeneration on another node shows
 * within seconds, and at once on the node that ran it ({@link #forgetAll}).
 *
 * <p>While the database cannot be reached, the copy in hand is served as it is, with its validators, without
 * waiting for the database (see {@link DatabaseAvailability}); a document this node holds no copy of is
 * {@link Unavailable}.
 *
 * <p>The file cache ({@link DocumentFileCache}) lives under {@code glossa.documents.cache-directory} (default: the
 * temporary directory's {@code glossa-documents}); files of superseded versions are deleted once no request can still
 * be sending them, and the leftovers of earlier processes at start-up. When the cache cannot
 * be written, large documents are streamed from the database.
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

    @Inject
    DatabaseAvailability availability;

    /** A document this node holds no copy of, while the database is away: answered 503 with {@code Retry-After}. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(Throwable cause) {
            super("the database cannot be reached", cause);
        }
    }

    /** How often, at most, the file cache is swept for superseded files. */
    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(30);

    @Inject
    @ConfigProperty(name = "glossa.documents.cache-directory")
    Optional<String> cacheDirectory;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);
    private volatile DocumentFileCache files;

    @PostConstruct
    void init() {
        files = new DocumentFileCache(cacheDirectory
                .filter(d -> !d.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "glossa-documents")));
    }

    /** At start-up: takes this node's cache directory, which deletes the leftovers of stopped processes. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            files.directory();
        } catch (IOException e) {
            files.failed(e);
        }
    }

    private record Cached(ServedDocument document, Instant checkedAt) {}

    /**
     * Makes every copy due for its check against the stored SHA-256, so the next request serves what was just
     * stored (after a regeneration on this node). The copies stay, to be served while the database is away.
     */
    void forgetAll() {
        cache.replaceAll((key, cached) -> new Cached(cached.document(), Instant.EPOCH));
    }

    /**
     * This bean itself rather than its client proxy, for the public listener's event loops (see
     * {@code PublicAnswers.unproxied}); it has no interceptors.
     */
    public Supplier<ServedDocuments> unproxied() {
        ServedDocuments self = this; // returned as it is, Weld would hand out its proxy again
        return () -> self;
    }

    /**
     * The copy {@link #find} would answer without asking the database (held, and checked within {@link #RECHECK}),
     * else null: the caller then asks {@link #find} from a thread that may wait for the database.
     */
    public ServedDocument inHand(String siteKey, String name) {
        Cached cached = cache.get(siteKey + "\u0000" + name);
        return cached != null && cached.checkedAt().plus(RECHECK).isAfter(clock.instant()) ? cached.document() : null;
    }

    /** The stored document {@code name} of the site {@code siteKey} (a locale tag, x-default, or a host for robots.txt). */
    public Optional<ServedDocument> find(String siteKey, String name) {
        String key = siteKey + "\u0000" + name;
        Cached cached = cache.get(key);
        Instant now = clock.instant();
        if (cached != null && cached.checkedAt().plus(RECHECK).isAfter(now)) {
            return Optional.of(cached.document());
        }
        if (!availability.worthTrying()) {
            if (cached != null) {
                return Optional.of(cached.document());
            }
            throw new Unavailable(null);
        }
        try {
            Optional<ServedDocument> found = findStored(key, cached, siteKey, name, now);
            availability.succeeded();
            return found;
        } catch (RuntimeException e) {
            if (!ServiceUnavailable.causedBy(e)) {
                throw e;
            }
            availability.failed(e);
            if (cached != null) {
                return Optional.of(cached.document());
            }
            throw new Unavailable(e);
        }
    }

    private Optional<ServedDocument> findStored(String key, Cached cached, String siteKey, String name, Instant now) {
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
        }
        sweepIfDue(now);
        return document;
    }

    private Optional<ServedDocument> read(String siteKey, String name) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.read(siteKey, name, IN_MEMORY_BYTES, files, store::copy);
            } catch (DocumentStore.DocumentReplacedException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Deletes cache files no cached document uses any more, once they are old enough not to be in flight. */
    private void sweepIfDue(Instant now) {
        Instant last = lastSweep.get();
        if (last.plus(SWEEP_INTERVAL).isAfter(now) || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        Set<Path> inUse = cache.values().stream()
                .flatMap(c -> Stream.of(c.document().content(), c.document().gzip()))
                .filter(ServedDocument.InFile.class::isInstance)
                .map(b -> ((ServedDocument.InFile) b).file())
                .collect(Collectors.toSet());
        files.deleteUnused(inUse, now.minus(SUPERSEDED_FILE_GRACE));
    }

    @PreDestroy
    void deleteCacheFiles() {
        try {
            files.deleteAll();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the document file cache", e);
        }
    }
}
