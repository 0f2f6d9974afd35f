package org.glossa.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.content.boundary.ContentChanged;
import org.glossa.database.boundary.DatabaseAvailability;
import org.glossa.database.control.StatementCounter;
import org.glossa.domains.boundary.PreviewLinks;
import org.glossa.domains.boundary.Sites;
import org.glossa.domains.control.PreviewLink;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.problem.ServiceUnavailable;
import org.glossa.site.control.Pages;
import org.glossa.site.control.RenderedPage;
import org.glossa.site.control.SiteSnapshot;
import org.glossa.site.control.SiteSnapshots;
import org.glossa.site.control.WorkingVersion;

/**
 * The public site's read path: answers from rendered bytes kept in memory, renders a page the first time
 * it is asked for, and starts over from a fresh snapshot when content changes (or the snapshot ages out,
 * which also moves "present" durations on at a month's turn).
 *
 * <p>While the database cannot be reached, the generation in hand stays in service however old or superseded it
 * is: every page it rendered is still answered, with the same bytes and so the same ETag; a page it never rendered
 * and that needs the database is {@link Unavailable}. Only one request at a time tries the database again (at most
 * every couple of seconds, see {@link DatabaseAvailability}); the others do not wait for it. The first request
 * after the database answers again builds a fresh generation, as after any change.
 */
@ApplicationScoped
public class PublicSite {

    /** Enough for every page of a large site; beyond it pages are rendered per request rather than grow memory. */
    private static final int MAX_CACHED_PAGES = 50_000;

    @Inject
    Sites sites;

    @Inject
    SiteSnapshots snapshots;

    @Inject
    PreviewLinks previewLinks;

    @Inject
    @ConfigProperty(name = "glossa.time-zone", defaultValue = "UTC")
    String timeZone;

    @Inject
    @ConfigProperty(name = "glossa.page-size", defaultValue = "10")
    int pageSize;

    @Inject
    @ConfigProperty(name = "glossa.page-cache-seconds", defaultValue = "300")
    long maxAgeSeconds;

    /** How often a node asks the database whether another node published something (one small query). */
    private static final long STAMP_CHECK_MILLIS = 1000;

    private final Clock clock = Clock.systemUTC();
    private final AtomicLong lastStampCheck = new AtomicLong();
    private volatile Generation current;
    /** Held while a generation is built, and while the one in service is marked superseded. */
    private final ReentrantLock building = new ReentrantLock();

    @Inject
    DatabaseAvailability availability;

    /**
     * @param superseded content changed after it was built (it is still served while the database is away)
     */
    private record Generation(
            Pages pages,
            SiteSnapshot snapshot,
            Instant builtAt,
            String stamp,
            Map<String, RenderedPage> cache,
            boolean superseded) {

        Generation superseding() {
            return new Generation(pages, snapshot, builtAt, stamp, cache, true);
        }
    }

    /** A page that needs the database, which cannot be reached: answered 503 with {@code Retry-After}. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(Throwable cause) {
            super("the database cannot be reached", cause);
        }
    }

    public RenderedPage respond(SiteDirectory.Route route) {
        Generation generation = generation();
        String key = route.site().key() + " " + route.path();
        RenderedPage cached = generation.cache().get(key);
        if (cached != null) {
            return cached;
        }
        RenderedPage page;
        try {
            page = route.path().startsWith("/media/")
                    ? media(generation, route)
                    : generation.pages().render(route.site(), route.path());
        } catch (Unavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw unavailableOr(e);
        }
        if (page.cacheable() && generation.cache().size() < MAX_CACHED_PAGES) {
            generation.cache().put(key, page);
        }
        return page;
    }

    /**
     * The answer to a preview link opened on {@code site}: the working version it names, rendered as its page will be
     * once published, while the link is genuine, unexpired and names the version's current revision; otherwise a
     * page in the site's language saying why (403 altered or for another site, 410 expired or superseded, 404 gone).
     * Never kept in the page cache.
     */
    public RenderedPage preview(Site site, String query) {
        Instant now = clock.instant();
        Generation generation = generation();
        PreviewLink.Verdict verdict = fromDatabase(() -> previewLinks.read(site, query, now));
        if (verdict instanceof PreviewLink.Expired) {
            return generation.pages().previewRefused(site, "expired", 410);
        }
        if (!(verdict instanceof PreviewLink.Valid valid)) {
            return generation.pages().previewRefused(site, "invalid", 403);
        }
        PreviewLink.Target target = valid.target();
        Optional<WorkingVersion> working =
                fromDatabase(() -> snapshots.working(target.kind(), target.itemId(), target.locale()));
        if (working.isEmpty()) {
            return generation.pages().notFound(site);
        }
        if (working.get().revision() != target.revision()) {
            return generation.pages().previewRefused(site, "superseded", 410);
        }
        try {
            return generation.pages().preview(site, working.get(), now);
        } catch (RuntimeException e) {
            throw unavailableOr(e);
        }
    }

    private RenderedPage media(Generation generation, SiteDirectory.Route route) {
        String id = route.path().substring("/media/".length());
        if (!id.matches("[1-9][0-9]{0,17}")) {
            return generation.pages().notFound(route.site());
        }
        long mediaId = Long.parseLong(id);
        // Only images that are the cover of a live post are public.
        Optional<SiteSnapshot.Cover> cover = generation.snapshot().allPosts().stream()
                .map(SiteSnapshot.PostItem::cover)
                .filter(c -> c != null && c.mediaId() == mediaId)
                .findFirst();
        return cover.flatMap(c -> fromDatabase(() -> snapshots.mediaContent(mediaId))
                        .map(bytes -> RenderedPage.media(c.mimeType(), bytes, c.sha256())))
                .orElseGet(() -> generation.pages().notFound(route.site()));
    }

    private Generation generation() {
        Generation g = current;
        if (g != null && fresh(g) && !changedElsewhere(g)) {
            return g;
        }
        // During an outage nobody queues behind the one request that tries the database again.
        if (g != null && availability.unreachable()) {
            if (!availability.worthTrying() || !building.tryLock()) {
                return g;
            }
        } else {
            building.lock();
        }
        try {
            g = current;
            if (g != null && fresh(g)) {
                return g;
            }
            if (g != null && !availability.worthTrying()) {
                return g;
            }
            try {
                Generation built = build();
                availability.succeeded();
                current = built;
                return built;
            } catch (RuntimeException e) {
                RuntimeException failure = unavailableOr(e);
                if (g != null && failure instanceof Unavailable) {
                    return g;
                }
                throw failure;
            }
        } finally {
            building.unlock();
        }
    }

    private boolean fresh(Generation g) {
        return !g.superseded()
                && g.builtAt().plus(Duration.ofSeconds(maxAgeSeconds)).isAfter(clock.instant());
    }

    /** A database failure becomes {@link Unavailable} (and is noted); anything else is a bug and stays what it is. */
    private RuntimeException unavailableOr(RuntimeException e) {
        if (e instanceof Unavailable) {
            return e;
        }
        if (ServiceUnavailable.causedBy(e)) {
            availability.failed(e);
            return new Unavailable(e);
        }
        return e;
    }

    /** Reads from the database unless it was just seen to be away, in which case the caller gets 503 at once. */
    private <T> T fromDatabase(Supplier<T> read) {
        if (!availability.worthTrying()) {
            throw new Unavailable(null);
        }
        try {
            T value = read.get();
            availability.succeeded();
            return value;
        } catch (RuntimeException e) {
            throw unavailableOr(e);
        }
    }

    /**
     * Whether publications changed since this generation was built, asked at most once a second by one
     * request thread. Publications made on this node clear the generation at once (after commit); this
     * catches the other nodes'. The query is not counted as page work: it runs on a clock, not per page.
     * While the database is away the answer is no: the generation in hand is what there is.
     */
    private boolean changedElsewhere(Generation g) {
        long now = System.currentTimeMillis();
        long last = lastStampCheck.get();
        if (now - last < STAMP_CHECK_MILLIS
                || !availability.worthTrying()
                || !lastStampCheck.compareAndSet(last, now)) {
            return false;
        }
        String[] stamp = new String[1];
        try {
            StatementCounter.uncounted(() -> stamp[0] = snapshots.contentStamp());
        } catch (RuntimeException e) {
            if (unavailableOr(e) instanceof Unavailable) {
                return false;
            }
            throw e;
        }
        availability.succeeded();
        if (stamp[0].equals(g.stamp())) {
            return false;
        }
        supersede(g);
        return true;
    }

    private void supersede(Generation g) {
        building.lock();
        try {
            if (current == g) {
                current = g.superseding();
            }
        } finally {
            building.unlock();
        }
    }

    private Generation build() {
        String[] stamp = new String[1];
        StatementCounter.uncounted(() -> stamp[0] = snapshots.contentStamp());
        SiteSnapshot snapshot = snapshots.read();
        return new Generation(pages(snapshot), snapshot, clock.instant(), stamp[0], new ConcurrentHashMap<>(), false);
    }

    /** The pages of {@code snapshot}, as readers get them (also what {@link PageStatuses} resolves with). */
    Pages pages(SiteSnapshot snapshot) {
        ZoneId zone = ZoneId.of(timeZone);
        return new Pages(
                sites.links(),
                LocaleCatalog.standard(),
                snapshot,
                ids -> fromDatabase(() -> snapshots.bodiesHtml(ids)),
                zone,
                YearMonth.now(clock.withZone(zone)),
                Math.max(1, pageSize));
    }

    /** Content changed and was committed: the next request renders from a fresh snapshot. */
    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged event) {
        building.lock();
        try {
            Generation g = current;
            if (g != null) {
                current = g.superseding();
            }
        } finally {
            building.unlock();
        }
    }
}
