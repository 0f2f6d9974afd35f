package org.glossa.site.boundary;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glossa.database.control.StatementCounter;
import org.glossa.site.control.PageCache;
import org.glossa.site.control.SiteQueries;
import org.glossa.site.control.SiteTotals;

/**
 * The counts the list pages show, kept between pages: the site's totals (posts and roles live in some locale, which
 * each list compares its locale's count with) and each locale's count of live posts. A change marks the counts it may
 * move, and they are read again in the background, not by the readers' requests: counting the posts live anywhere
 * reads every post (50 to 70 ms at 50,000), which the first request after each publication used to wait for. Pages
 * rendered meanwhile show the counts as they were; when a count moved, the pages showing it are marked stale after the
 * new count is in place, so none outlives the change (a page rendered while the mark is made is kept stale by the
 * cache's version check, as it reads the version before the counts). Only the first read of a count since start is
 * made on a request: there is nothing to show before it.
 */
final class LiveCounts {

    private static final Logger LOG = Logger.getLogger(LiveCounts.class.getName());

    private final SiteQueries queries;
    private final Executor background;
    private final PageCache cache;

    private volatile SiteTotals totals;
    private final Map<String, Integer> postCounts = new ConcurrentHashMap<>();

    private final AtomicBoolean totalsMayHaveMoved = new AtomicBoolean();
    private final Set<String> localesMayHaveMoved = ConcurrentHashMap.newKeySet();
    /** Held while a background read runs: one at a time, the marks made meanwhile read by the same task. */
    private final AtomicBoolean reading = new AtomicBoolean();

    LiveCounts(SiteQueries queries, Executor background, PageCache cache) {
        this.queries = queries;
        this.background = background;
        this.cache = cache;
    }

    SiteTotals totals() {
        SiteTotals known = totals;
        if (known != null) {
            return known;
        }
        long version = cache.version();
        SiteTotals read = queries.totals();
        synchronized (this) {
            if (totals == null && keptAcross(version)) {
                totals = read;
            }
            return read;
        }
    }

    int postCount(String locale) {
        Integer known = postCounts.get(locale);
        if (known != null) {
            return known;
        }
        long version = cache.version();
        int read = queries.postCount(locale);
        if (keptAcross(version)) {
            // A background read may have stored a newer count meanwhile: it wins.
            postCounts.putIfAbsent(locale, read);
        }
        return read;
    }

    /**
     * Whether a count read on a request since {@code version} may be kept: no change was marked while it was read. A
     * change marked then finds nothing kept to read again in the background, so a count from before it would stay;
     * the next page reads it instead.
     */
    private boolean keptAcross(long version) {
        return cache.version() == version;
    }

    /** Content of these locales changed: their counts and the totals are read again in the background. */
    void changed(Set<String> locales) {
        totalsMayHaveMoved.set(true);
        localesMayHaveMoved.addAll(locales);
        readSoon();
    }

    /** Anything may have changed: every count known is read again in the background. */
    void everythingChanged() {
        changed(Set.copyOf(postCounts.keySet()));
    }

    /** Starts a background read of what was marked, unless one is running (it reads the marks made meanwhile). */
    void readSoon() {
        if (!pending() || !reading.compareAndSet(false, true)) {
            return;
        }
        try {
            // Not page work: it runs once per change, whatever the pages asked meanwhile.
            background.execute(() -> StatementCounter.uncounted(this::readMarked));
        } catch (RejectedExecutionException e) {
            reading.set(false); // the server is stopping, or the pool is full: the next change or request tries again
        }
    }

    boolean pending() {
        return totalsMayHaveMoved.get() || !localesMayHaveMoved.isEmpty();
    }

    private void readMarked() {
        try {
            while (pending()) {
                if (totalsMayHaveMoved.getAndSet(false) && totals != null) {
                    SiteTotals read = queries.totals();
                    SiteTotals before = totals;
                    totals = read;
                    if (!read.equals(before)) {
                        // Each list compares its locale's count with the totals ("n posts not translated yet").
                        cache.markStale(entry -> entry.shows() == PageCache.Shows.LISTS);
                    }
                }
                for (String locale : Set.copyOf(localesMayHaveMoved)) {
                    localesMayHaveMoved.remove(locale);
                    if (!postCounts.containsKey(locale)) {
                        continue; // read when a page first needs it
                    }
                    int read;
                    try {
                        read = queries.postCount(locale);
                    } catch (RuntimeException e) {
                        localesMayHaveMoved.add(locale);
                        throw e;
                    }
                    Integer before = postCounts.put(locale, read);
                    if (before == null || before != read) {
                        cache.markStale(
                                entry -> entry.shows() == PageCache.Shows.LISTS && locale.equals(entry.locale()));
                    }
                }
            }
        } catch (RuntimeException e) {
            // The database is away, or the read failed: what is kept is what the pages show until the next try.
            totalsMayHaveMoved.set(true);
            LOG.log(Level.FINE, "the list pages' counts could not be read again; tried at the next request", e);
        } finally {
            reading.set(false);
        }
    }
}
