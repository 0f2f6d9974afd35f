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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glossa.content.boundary.ContentChanged;
import org.glossa.database.control.StatementCounter;
import org.glossa.domains.boundary.Sites;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.site.control.Pages;
import org.glossa.site.control.RenderedPage;
import org.glossa.site.control.SiteSnapshot;
import org.glossa.site.control.SiteSnapshots;

/**
 * The public site's read path: answers from rendered bytes kept in memory, renders a page the first time
 * it is asked for, and starts over from a fresh snapshot when content changes (or the snapshot ages out,
 * which also moves "present" durations on at a month's turn).
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

    private record Generation(
            Pages pages, SiteSnapshot snapshot, Instant builtAt, String stamp, Map<String, RenderedPage> cache) {}

    public RenderedPage respond(SiteDirectory.Route route) {
        Generation generation = generation();
        String key = route.site().key() + " " + route.path();
        RenderedPage cached = generation.cache().get(key);
        if (cached != null) {
            return cached;
        }
        RenderedPage page = route.path().startsWith("/media/")
                ? media(generation, route)
                : generation.pages().render(route.site(), route.path());
        if (page.cacheable() && generation.cache().size() < MAX_CACHED_PAGES) {
            generation.cache().put(key, page);
        }
        return page;
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
        return cover.flatMap(c -> snapshots
                        .mediaContent(mediaId)
                        .map(bytes -> RenderedPage.media(c.mimeType(), bytes, c.sha256())))
                .orElseGet(() -> generation.pages().notFound(route.site()));
    }

    private Generation generation() {
        Generation g = current;
        if (g != null
                && g.builtAt().plus(Duration.ofSeconds(maxAgeSeconds)).isAfter(clock.instant())
                && !changedElsewhere(g)) {
            return g;
        }
        synchronized (this) {
            g = current;
            if (g == null
                    || !g.builtAt().plus(Duration.ofSeconds(maxAgeSeconds)).isAfter(clock.instant())) {
                g = build();
                current = g;
            }
            return g;
        }
    }

    /**
     * Whether publications changed since this generation was built, asked at most once a second by one
     * request thread. Publications made on this node clear the generation at once (after commit); this
     * catches the other nodes'. The query is not counted as page work: it runs on a clock, not per page.
     */
    private boolean changedElsewhere(Generation g) {
        long now = System.currentTimeMillis();
        long last = lastStampCheck.get();
        if (now - last < STAMP_CHECK_MILLIS || !lastStampCheck.compareAndSet(last, now)) {
            return false;
        }
        String[] stamp = new String[1];
        StatementCounter.uncounted(() -> stamp[0] = snapshots.contentStamp());
        if (stamp[0].equals(g.stamp())) {
            return false;
        }
        current = null;
        return true;
    }

    private Generation build() {
        String[] stamp = new String[1];
        StatementCounter.uncounted(() -> stamp[0] = snapshots.contentStamp());
        SiteSnapshot snapshot = snapshots.read();
        ZoneId zone = ZoneId.of(timeZone);
        Pages pages = new Pages(
                sites.directory(),
                LocaleCatalog.standard(),
                snapshot,
                snapshots::bodiesHtml,
                zone,
                YearMonth.now(clock.withZone(zone)),
                Math.max(1, pageSize));
        return new Generation(pages, snapshot, clock.instant(), stamp[0], new ConcurrentHashMap<>());
    }

    /** Content changed and was committed: the next request renders from a fresh snapshot. */
    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged event) {
        current = null;
    }
}
