package org.glossa.site.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.content.boundary.ContentChanged;
import org.glossa.content.entity.ItemKind;
import org.glossa.database.boundary.DatabaseAvailability;
import org.glossa.database.control.StatementCounter;
import org.glossa.domains.boundary.PreviewLinks;
import org.glossa.domains.boundary.Sites;
import org.glossa.domains.control.PreviewLink;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.problem.ServiceUnavailable;
import org.glossa.scheduling.control.ReadersFirst;
import org.glossa.site.control.PageCache;
import org.glossa.site.control.Pages;
import org.glossa.site.control.QueriedContent;
import org.glossa.site.control.RenderedPage;
import org.glossa.site.control.SiteContent;
import org.glossa.site.control.SiteProfile;
import org.glossa.site.control.SiteQueries;
import org.glossa.site.control.SiteSnapshots;
import org.glossa.site.control.WorkingVersion;

/**
 * The public site's read path: answers from rendered bytes kept in a cache bounded by bytes ({@link PageCache}), and
 * renders a page the first time it is asked for from what that page shows, read by a few indexed queries
 * ({@link SiteQueries}); nothing proportional to the site is held or read at once. A change marks stale the pages it
 * affects, after it committed: the item's own pages in every locale, and the lists of the locales it touched (every
 * list when the site's totals moved, every page when the profile changed). Another node's changes are noticed within
 * a second, from the publications themselves, and mark the same pages. A page older than {@code glossa.page-cache-seconds} is rendered again, which also moves "present"
 * durations on at a month's turn.
 *
 * <p>While the database cannot be reached, every page still in the cache is answered, however old or stale, with the
 * same bytes and so the same ETag; a page not in it that needs the database is {@link Unavailable}. Only one request
 * at a time tries the database again (at most every couple of seconds, see {@link DatabaseAvailability}); the others
 * do not wait for it.
 */
@ApplicationScoped
public class PublicSite {

    /** How often a node asks the database whether another node published something (one small query). */
    private static final long CHANGE_CHECK_MILLIS = 1000;

    /** How far back a node looks for changes: late commits and clocks a little apart are still caught. */
    private static final Duration CHANGE_LOOKBACK = Duration.ofMinutes(1);

    /** More changes than this within the look-back are handled as a bulk change: every page is marked stale. */
    private static final int MAX_CHANGES_APART = 500;

    @Inject
    Sites sites;

    @Inject
    SiteSnapshots snapshots;

    @Inject
    SiteQueries queries;

    @Inject
    PreviewLinks previewLinks;

    @Inject
    DatabaseAvailability availability;

    /** Told of each render, so that the documents' runs step aside meanwhile. */
    @Inject
    ReadersFirst readersFirst;

    @Inject
    @ConfigProperty(name = "glossa.time-zone", defaultValue = "UTC")
    String timeZone;

    @Inject
    @ConfigProperty(name = "glossa.page-size", defaultValue = "10")
    int pageSize;

    @Inject
    @ConfigProperty(name = "glossa.page-cache-seconds", defaultValue = "300")
    long maxAgeSeconds;

    /** What the rendered pages kept in memory may hold at most, bodies and keys counted. */
    @Inject
    @ConfigProperty(name = "glossa.page-cache-mib", defaultValue = "64")
    long cacheMiB;

    private final Clock clock = Clock.systemUTC();
    private final AtomicLong lastChangeCheck = new AtomicLong();
    private final AtomicLong renders = new AtomicLong();
    private volatile PageCache cache;
    /** The changes of the look-back window already handled, by publication and state, with when they were seen. */
    private final Map<String, Instant> seenChanges = new ConcurrentHashMap<>();
    /** The profile as last read, null once a change may have changed it. */
    private volatile SiteProfile profile;

    /** The counts the list pages show, read again in the background after a change. */
    private volatile LiveCounts counts;

    /**
     * Null when this bean was made while the EJB container started (the demo content loaded at start is a change it
     * observes), before resources could be injected; {@link #background()} looks the executor up then.
     */
    @Resource
    ManagedExecutorService background;

    private volatile Executor lookedUp;

    /** Held by the one request that tries the database again during an outage. */
    private final ReentrantLock probing = new ReentrantLock();

    /** A page that needs the database, which cannot be reached: answered 503 with {@code Retry-After}. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(Throwable cause) {
            super("the database cannot be reached", cause);
        }
    }

    @PostConstruct
    void start() {
        cache = new PageCache(Math.max(1, cacheMiB) * 1024 * 1024);
        counts = new LiveCounts(queries, this::inBackground, cache);
    }

    /**
     * This bean itself rather than its client proxy, for the public listener's event loops (see
     * {@code PublicAnswers.unproxied}); it has no interceptors.
     */
    public Supplier<PublicSite> unproxied() {
        PublicSite self = this; // returned as it is, Weld would hand out its proxy again
        return () -> self;
    }

    /**
     * The page {@link #respond} would answer, when it can be answered from the cache without touching the database:
     * in the cache, neither stale nor aged, and no check for other nodes' changes due. Otherwise null, and the caller
     * asks {@link #respond} from a thread that may wait for the database (an event loop must not).
     */
    public RenderedPage inHand(SiteDirectory.Route route) {
        if (System.currentTimeMillis() - lastChangeCheck.get() >= CHANGE_CHECK_MILLIS || counts.pending()) {
            return null;
        }
        PageCache.Entry cached = cache.get(cacheKey(route));
        return cached != null && !cached.stale() && !aged(cached) ? cached.page() : null;
    }

    /**
     * Hands {@code task} to the managed executor from a thread of its own. Submitted from a request's thread, the task
     * would run in a copy of that request's component invocation, and its end would close the entity manager the
     * request was still reading with (the request then failed with "closed EntityManager"). A change is rare, so one
     * short-lived thread per background read costs nothing; the caller waits for the hand-over, so a refusal reaches
     * it.
     */
    private void inBackground(Runnable task) {
        Executor executor = background();
        AtomicReference<RuntimeException> refused = new AtomicReference<>();
        Thread handOver = new Thread(
                () -> {
                    try {
                        executor.execute(task);
                    } catch (RuntimeException e) {
                        refused.set(e);
                    }
                },
                "glossa-background-hand-over");
        handOver.setDaemon(true);
        handOver.start();
        try {
            handOver.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedExecutionException("interrupted while handing a background read over", e);
        }
        if (refused.get() != null) {
            throw refused.get();
        }
    }

    private static String cacheKey(SiteDirectory.Route route) {
        return route.site().key() + " " + route.path();
    }

    private Executor background() {
        if (background != null) {
            return background;
        }
        Executor executor = lookedUp;
        if (executor == null) {
            try {
                executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
            } catch (NamingException e) {
                throw new RejectedExecutionException("the managed executor cannot be found yet", e);
            }
            lookedUp = executor;
        }
        return executor;
    }

    public RenderedPage respond(SiteDirectory.Route route) {
        noticeChangesElsewhere();
        if (counts.pending() && availability.worthTrying()) {
            counts.readSoon(); // a read the database's absence stopped
        }
        String key = cacheKey(route);
        PageCache.Entry cached = cache.get(key);
        if (cached != null && !cached.stale() && !aged(cached)) {
            return cached.page();
        }
        // During an outage the pages in hand are answered at once; one request at a time finds out whether it ended.
        boolean probe = cached != null && availability.unreachable();
        if (probe && (!availability.worthTrying() || !probing.tryLock())) {
            return cached.page();
        }
        try {
            return render(route, key);
        } catch (RuntimeException e) {
            RuntimeException failure = unavailableOr(e);
            if (cached != null && failure instanceof Unavailable) {
                return cached.page();
            }
            throw failure;
        } finally {
            if (probe) {
                probing.unlock();
            }
        }
    }

    private RenderedPage render(SiteDirectory.Route route, String key) {
        if (!availability.worthTrying()) {
            throw new Unavailable(null);
        }
        try (ReadersFirst.Render rendering = readersFirst.rendering()) {
            return render(route, key, cache.version());
        }
    }

    private RenderedPage render(SiteDirectory.Route route, String key, long version) {
        renders.incrementAndGet();
        Site site = route.site();
        RenderedPage page;
        PageCache.Shows shows;
        String item = null;
        if (route.path().startsWith("/media/")) {
            page = media(site, route.path().substring("/media/".length()));
            shows = PageCache.Shows.IMAGE;
        } else {
            Pages.Resolution resolution = pages().resolve(site, route.path());
            page = resolution.render();
            item = resolution.item();
            shows = item != null
                    ? PageCache.Shows.ITEM
                    : site.xDefault() ? PageCache.Shows.NAME : PageCache.Shows.LISTS;
        }
        availability.succeeded();
        if (page.cacheable()) {
            String locale = site.xDefault() ? null : site.locale().tag();
            cache.put(key, new PageCache.Entry(page, shows, locale, item, System.nanoTime(), false), version);
        }
        return page;
    }

    private boolean aged(PageCache.Entry entry) {
        return System.nanoTime() - entry.renderedAt() > maxAgeSeconds * 1_000_000_000L;
    }

    /**
     * The answer to a preview link opened on {@code site}: the working version it names, rendered as its page will be
     * once published, while the link is genuine, unexpired and names the version's current revision; otherwise a
     * page in the site's language saying why (403 altered or for another site, 410 expired or superseded, 404 gone).
     * Never kept in the page cache.
     */
    public RenderedPage preview(Site site, String query) {
        Instant now = clock.instant();
        Pages pages = pages();
        PreviewLink.Verdict verdict = fromDatabase(() -> previewLinks.read(site, query, now));
        if (verdict instanceof PreviewLink.Expired) {
            return fromDatabase(() -> pages.previewRefused(site, "expired", 410));
        }
        if (!(verdict instanceof PreviewLink.Valid valid)) {
            return fromDatabase(() -> pages.previewRefused(site, "invalid", 403));
        }
        PreviewLink.Target target = valid.target();
        Optional<WorkingVersion> working =
                fromDatabase(() -> snapshots.working(target.kind(), target.itemId(), target.locale()));
        if (working.isEmpty()) {
            return fromDatabase(() -> pages.notFound(site));
        }
        if (working.get().revision() != target.revision()) {
            return fromDatabase(() -> pages.previewRefused(site, "superseded", 410));
        }
        return fromDatabase(() -> pages.preview(site, working.get(), now));
    }

    /** A cover image of a live post; any other id is not found (only live posts' covers are public). */
    private RenderedPage media(Site site, String id) {
        if (!id.matches("[1-9][0-9]{0,17}")) {
            return pages().notFound(site);
        }
        return queries.liveCover(Long.parseLong(id)).orElseGet(() -> pages().notFound(site));
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
     * Marks stale the pages of the publications made or withdrawn lately, on any node, asked at most once a second by
     * one request thread. Changes made on this node marked their pages at once (after commit) and are known as handled;
     * this catches the other nodes', by the same rules. A change is looked for over the last
     * minute, which covers late commits and clocks a little apart, and handled once. The query is not counted as page
     * work: it runs on a clock, not per page. While the database is away nothing is asked: the pages in hand are what
     * there is.
     */
    private void noticeChangesElsewhere() {
        long now = System.currentTimeMillis();
        long last = lastChangeCheck.get();
        if (now - last < CHANGE_CHECK_MILLIS
                || !availability.worthTrying()
                || !lastChangeCheck.compareAndSet(last, now)) {
            return;
        }
        Instant since = clock.instant().minus(CHANGE_LOOKBACK);
        List<SiteQueries.Change> changes = new ArrayList<>();
        try {
            StatementCounter.uncounted(() -> changes.addAll(queries.changedSince(since, MAX_CHANGES_APART)));
        } catch (RuntimeException e) {
            if (unavailableOr(e) instanceof Unavailable) {
                return;
            }
            throw e;
        }
        availability.succeeded();
        seenChanges.values().removeIf(seenAt -> seenAt.isBefore(since));
        if (changes.size() > MAX_CHANGES_APART) {
            // A bulk change (an import, the demo content): every page, rather than each of its items.
            everythingChanged();
            return;
        }
        for (SiteQueries.Change change : changes) {
            if (seenChanges.putIfAbsent(changeKey(change.publicationId(), change.withdrawn()), clock.instant())
                    == null) {
                changed(change.kind(), change.itemId(), Set.of(change.locale()));
            }
        }
    }

    private void everythingChanged() {
        profile = null;
        cache.markAllStale();
        counts.everythingChanged();
    }

    /** The pages as readers get them, reading what each shows from the database. */
    private Pages pages() {
        return pages(new QueriedContent(queries, this::profile, counts::totals, counts::postCount));
    }

    /** The pages of {@code content} (also what {@link PageStatuses} resolves with). */
    Pages pages(SiteContent content) {
        ZoneId zone = ZoneId.of(timeZone);
        return new Pages(
                sites.links(),
                LocaleCatalog.standard(),
                content,
                ids -> snapshots.bodiesHtml(ids),
                zone,
                YearMonth.now(clock.withZone(zone)),
                Math.max(1, pageSize));
    }

    private SiteProfile profile() {
        SiteProfile p = profile;
        if (p == null) {
            p = queries.profile();
            profile = p;
        }
        return p;
    }

    /**
     * Content changed and was committed: its pages are rendered again at their next request. An item's change
     * affects its own pages in every locale (their alternates list its locales), the lists of the locales it changed,
     * and the covers; the profile's, or a whole locale's, affects every page.
     */
    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged event) {
        if (event.kind() == null) {
            everythingChanged();
        } else {
            changed(event.kind(), event.itemId(), event.locales());
        }
        // Handled: when the look for other nodes' changes meets them, it does not mark their pages once more.
        Instant now = clock.instant();
        event.wentLive().forEach(id -> seenChanges.put(changeKey(id, false), now));
        event.withdrawn().forEach(id -> seenChanges.put(changeKey(id, true), now));
    }

    private static String changeKey(long publicationId, boolean withdrawn) {
        return publicationId + (withdrawn ? " withdrawn" : " live");
    }

    private void changed(ItemKind kind, long itemId, Set<String> locales) {
        if (kind == ItemKind.PROFILE) {
            everythingChanged();
            return;
        }
        String item = Pages.itemKey(kind, itemId);
        cache.markStale(entry -> switch (entry.shows()) {
            case ITEM -> item.equals(entry.item());
            case LISTS -> locales.contains(entry.locale());
            case IMAGE -> kind == ItemKind.POST;
            case NAME -> false;
        });
        counts.changed(locales);
    }

    /** How many pages the cache holds and their bytes, for the metrics. */
    public PageCache cache() {
        return cache;
    }

    /** How many responses were rendered since start (each request the cache could not answer). */
    public long renders() {
        return renders.get();
    }
}
