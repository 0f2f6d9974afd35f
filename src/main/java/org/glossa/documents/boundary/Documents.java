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
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.documents.control.PublishedContent;
import org.glossa.documents.control.SiteDocuments;
import org.glossa.documents.control.SitemapLimits;
import org.glossa.domains.boundary.Sites;
import org.glossa.domains.control.Site;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/**
 * Sitemaps, news sitemaps, feeds and robots.txt: regenerated from the live content into stored documents, and
 * served from those (requests never generate). A served copy is kept on this node, in memory when small and in a
 * file cache when large (so memory stays bounded however big the sitemaps get), and checked against the stored
 * SHA-256 (one small query) when it is older than {@link #RECHECK}: a regeneration on another node shows within
 * seconds, and at once on the node that ran it.
 */
@ApplicationScoped
public class Documents {

    static final Duration RECHECK = Duration.ofSeconds(3);
    /** Documents up to this size (both encodings together) are served from memory, larger ones from a file. */
    static final long IN_MEMORY_BYTES = 512 * 1024;
    /** How long a superseded cache file stays, for requests that were already sending it. */
    private static final Duration SUPERSEDED_FILE_GRACE = Duration.ofMinutes(2);

    private static final Logger LOG = Logger.getLogger(Documents.class.getName());

    @Inject
    Sites sites;

    @Inject
    DocumentStore store;

    @Inject
    PublishingRuns runs;

    @Inject
    RegenerationRequests requests;

    @Inject
    @ConfigProperty(name = "glossa.sitemap.max-urls", defaultValue = "50000")
    int maxUrls;

    @Inject
    @ConfigProperty(name = "glossa.sitemap.max-bytes", defaultValue = "52428800")
    long maxBytes;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private volatile Path cacheDirectory;

    private record Cached(ServedDocument document, Instant checkedAt) {}

    /**
     * Regenerates every locale's documents (each in its own transaction), the x-default site's sitemap and every
     * host's robots.txt: the periodic safety net, and start-up. Requests waiting when it starts are covered by it.
     * A locale that fails keeps its previous documents; the others are still regenerated.
     *
     * @return how many documents were written
     */
    public int regenerateAll() {
        RegenerationRequests.Pending covered = requests.pending();
        Outcome outcome = new Outcome();
        outcome.attempt(() -> regenerate(LocaleCatalog.standard().all().stream()
                .map(LocaleDefinition::tag)
                .toList()));
        outcome.attempt(() -> {
            requests.done(covered);
            return 0;
        });
        return outcome.writtenOrThrow();
    }

    /**
     * Regenerates what the waiting requests touch (the changed locales and those where the changed items are live)
     * and the locales whose retry after a failure is due, round after round until no request waits.
     *
     * @return how many documents were written
     */
    public int regenerateRequested() {
        Outcome outcome = new Outcome();
        while (true) {
            RegenerationRequests.Pending pending = requests.pending();
            Set<String> locales = new TreeSet<>(pending.locales());
            locales.addAll(runs.retryDue(clock.instant()));
            if (locales.isEmpty() && pending.isEmpty()) {
                break;
            }
            LOG.info(() -> "Regenerating the documents of " + locales + " for "
                    + pending.ids().size() + " request(s)");
            outcome.attempt(() -> regenerate(locales));
            // Deleted whatever the outcome: a failed locale is retried through its publishing state, with backoff.
            if (!outcome.attempt(() -> {
                        requests.done(pending);
                        return 0;
                    })
                    || pending.ids().size() < RegenerationRequests.ROUND) {
                break;
            }
        }
        return outcome.writtenOrThrow();
    }

    /** Documents written by the steps of a run, and its first failure (later ones suppressed into it). */
    private static final class Outcome {
        private int written;
        private RuntimeException failure;

        /** @return whether the step succeeded */
        boolean attempt(java.util.function.IntSupplier step) {
            try {
                written += step.getAsInt();
                return true;
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
                return false;
            }
        }

        int writtenOrThrow() {
            if (failure != null) {
                throw failure;
            }
            return written;
        }
    }

    /** These locales' documents, then x-default's and robots.txt (both small, and x-default's follows every locale). */
    private int regenerate(Collection<String> localeTags) {
        Instant now = clock.instant();
        LocaleCatalog catalog = LocaleCatalog.standard();
        SitemapLimits limits = new SitemapLimits(maxUrls, maxBytes);
        Function<PublishedContent, SiteDocuments> generator =
                content -> new SiteDocuments(sites.directory(), catalog, content, limits);
        int written = 0;
        RuntimeException failure = null;
        for (String tag : localeTags) {
            try {
                written += store.regenerate(generator, catalog.get(tag), now);
                runs.succeeded(tag, now);
            } catch (RuntimeException e) {
                runs.failed(tag, now, e);
                LOG.log(
                        Level.SEVERE,
                        "Documents of " + tag + " were not regenerated; the previous ones stay served",
                        e);
                failure = failure == null ? e : failure;
            }
        }
        // Small, and regenerated by every run: a failure here is logged and repaired by the next run.
        try {
            written += store.regenerateXDefault(generator, now);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The x-default sitemap was not regenerated; the previous one stays served", e);
            failure = failure == null ? e : failure;
        }
        for (String host : Stream.concat(
                        sites.directory().locales().stream(),
                        Stream.of(sites.directory().xDefault()))
                .map(Site::host)
                .distinct()
                .toList()) {
            try {
                if (store.regenerateRobots(generator, host, now)) {
                    written++;
                }
            } catch (RuntimeException e) {
                LOG.log(
                        Level.SEVERE,
                        "robots.txt of " + host + " was not regenerated; the previous one stays served",
                        e);
                failure = failure == null ? e : failure;
            }
        }
        cache.clear();
        if (failure != null) {
            throw failure;
        }
        return written;
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
