package org.glossa.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
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
 * Regenerates sitemaps, news sitemaps, feeds and robots.txt from the live content into stored documents: everything
 * (the periodic safety net, and start-up) or what waiting requests touch. Requests never generate; they are served
 * by {@link ServedDocuments}, whose copies this clears after each run.
 */
@ApplicationScoped
public class Regeneration {

    private static final Logger LOG = Logger.getLogger(Regeneration.class.getName());

    @Inject
    Sites sites;

    @Inject
    DocumentStore store;

    @Inject
    PublishingRuns runs;

    @Inject
    RegenerationRequests requests;

    @Inject
    ServedDocuments served;

    @Inject
    @ConfigProperty(name = "glossa.sitemap.max-urls", defaultValue = "50000")
    int maxUrls;

    @Inject
    @ConfigProperty(name = "glossa.sitemap.max-bytes", defaultValue = "52428800")
    long maxBytes;

    private final Clock clock = Clock.systemUTC();

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
        boolean attempt(IntSupplier step) {
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
                DocumentStore.Regenerated regenerated = store.regenerate(generator, catalog.get(tag), now);
                written += regenerated.written();
                runs.succeeded(tag, now, regenerated.notices());
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
        served.forgetAll();
        if (failure != null) {
            throw failure;
        }
        return written;
    }
}
