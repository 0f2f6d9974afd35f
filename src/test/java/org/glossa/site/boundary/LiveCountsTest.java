package org.glossa.site.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Executor;
import org.glossa.site.control.PageCache;
import org.glossa.site.control.PageCache.Shows;
import org.glossa.site.control.RenderedPage;
import org.glossa.site.control.SiteQueries;
import org.glossa.site.control.SiteTotals;
import org.junit.jupiter.api.Test;

/**
 * The list pages' counts after a change: read again off the readers' requests, the pages showing a count that moved
 * marked stale, and a read the database's absence stopped tried again.
 */
class LiveCountsTest {

    /** The counts as the database has them, and how often each was read. */
    private static final class Database extends SiteQueries {
        SiteTotals totals = new SiteTotals(100, 5);
        final Map<String, Integer> posts = new HashMap<>(Map.of("de", 40, "fr", 30));
        int totalsReads;
        int countReads;
        boolean away;
        /** What happens elsewhere while a count is read (once). */
        Runnable meanwhile = () -> {};

        @Override
        public SiteTotals totals() {
            if (away) {
                throw new IllegalStateException("the database cannot be reached");
            }
            totalsReads++;
            SiteTotals read = totals;
            runMeanwhile();
            return read;
        }

        @Override
        public int postCount(String locale) {
            if (away) {
                throw new IllegalStateException("the database cannot be reached");
            }
            countReads++;
            int read = posts.get(locale);
            runMeanwhile();
            return read;
        }

        private void runMeanwhile() {
            Runnable once = meanwhile;
            meanwhile = () -> {};
            once.run();
        }
    }

    /** Runs what was handed to it only when told to: the background, under the test's control. */
    private static final class Background implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.remove().run();
            }
        }
    }

    private final Database database = new Database();
    private final Background background = new Background();
    private final PageCache cache = new PageCache(1_000_000);
    private final LiveCounts counts = new LiveCounts(database, background, cache);

    private void cached(String key, Shows shows, String locale) {
        byte[] body = key.getBytes(StandardCharsets.UTF_8);
        cache.put(
                key,
                new PageCache.Entry(
                        new RenderedPage(200, "text/html", body, "\"" + key + "\"", null, true),
                        shows,
                        locale,
                        shows == Shows.ITEM ? "POST 1" : null,
                        System.nanoTime(),
                        false),
                cache.version());
    }

    private boolean stale(String key) {
        return cache.get(key).stale();
    }

    @Test
    void aChangeIsCountedInTheBackgroundAndNoPageWaitsForIt() {
        assertThat(counts.totals()).isEqualTo(new SiteTotals(100, 5));
        assertThat(counts.postCount("de")).isEqualTo(40);
        cached("de /", Shows.LISTS, "de");
        cached("fr /", Shows.LISTS, "fr");
        cached("fr /blog/b", Shows.ITEM, "fr");

        database.totals = new SiteTotals(101, 5);
        database.posts.put("de", 41);
        counts.changed(Set.of("de"));

        // Until the background read, pages show the counts as they were, without reading anything.
        assertThat(counts.totals()).isEqualTo(new SiteTotals(100, 5));
        assertThat(counts.postCount("de")).isEqualTo(40);
        assertThat(database.totalsReads).isEqualTo(1);
        assertThat(database.countReads).isEqualTo(1);
        assertThat(background.tasks).hasSize(1);

        background.runAll();
        assertThat(counts.totals()).isEqualTo(new SiteTotals(101, 5));
        assertThat(counts.postCount("de")).isEqualTo(41);
        assertThat(counts.pending()).isFalse();
        // The totals moved: every list compares with them. Item pages do not show them.
        assertThat(stale("de /")).isTrue();
        assertThat(stale("fr /")).isTrue();
        assertThat(stale("fr /blog/b")).isFalse();
    }

    @Test
    void onlyTheListsOfALocaleWhoseCountMovedAreMarked() {
        counts.totals();
        counts.postCount("de");
        counts.postCount("fr");
        cached("de /", Shows.LISTS, "de");
        cached("fr /", Shows.LISTS, "fr");

        database.posts.put("de", 41); // a post already live in French goes live in German: the totals stay
        counts.changed(Set.of("de"));
        background.runAll();

        assertThat(stale("de /")).isTrue();
        assertThat(stale("fr /")).isFalse();
    }

    @Test
    void countsThatDidNotMoveMarkNothing() {
        counts.totals();
        counts.postCount("de");
        cached("de /", Shows.LISTS, "de");

        counts.changed(Set.of("de")); // a revision of a live post: nothing moved
        background.runAll();

        assertThat(stale("de /")).isFalse();
        assertThat(database.totalsReads).isEqualTo(2);
    }

    @Test
    void changesMadeWhileAReadIsUnderWayAreReadByTheSameTaskOrTheNext() {
        counts.totals();
        counts.changed(Set.of("de"));
        counts.changed(Set.of("fr"));
        assertThat(background.tasks).as("one read at a time").hasSize(1);
        background.runAll();
        assertThat(database.totalsReads).isEqualTo(2);

        counts.changed(Set.of("de"));
        assertThat(background.tasks).hasSize(1);
    }

    @Test
    void aReadTheDatabasesAbsenceStoppedIsTriedAgain() {
        counts.totals();
        counts.postCount("de");
        database.away = true;
        database.totals = new SiteTotals(101, 5);
        database.posts.put("de", 41);
        counts.changed(Set.of("de"));
        background.runAll();

        assertThat(counts.pending()).isTrue();
        assertThat(counts.totals()).as("what is kept is shown").isEqualTo(new SiteTotals(100, 5));
        database.away = false;
        counts.readSoon();
        background.runAll();

        assertThat(counts.pending()).isFalse();
        assertThat(counts.totals()).isEqualTo(new SiteTotals(101, 5));
        assertThat(counts.postCount("de")).isEqualTo(41);
    }

    @Test
    void aLocaleNoPageHasCountedIsReadWhenAPageFirstNeedsIt() {
        counts.totals();
        counts.changed(Set.of("fr"));
        background.runAll();
        assertThat(database.countReads).isZero();
        assertThat(counts.postCount("fr")).isEqualTo(30);
        assertThat(database.countReads).isEqualTo(1);
    }

    @Test
    void aFirstReadThatAChangeCrossedIsNotKept() {
        PageCache shared = cache;
        database.meanwhile = () -> {
            database.posts.put("de", 41);
            database.totals = new SiteTotals(101, 5);
            shared.markStale(entry -> false); // what PublicSite does first when a change commits
            counts.changed(Set.of("de"));
            background.runAll(); // the background read is over before the request's read ends
        };
        assertThat(counts.postCount("de")).as("what the read saw").isEqualTo(40);
        background.runAll();

        assertThat(counts.postCount("de"))
                .as("read again, not the count from before")
                .isEqualTo(41);
        assertThat(database.countReads).isEqualTo(2);

        database.meanwhile = () -> {
            database.totals = new SiteTotals(102, 5);
            shared.markStale(entry -> false);
            counts.changed(Set.of("fr"));
            background.runAll();
        };
        counts.totals();
        background.runAll();
        assertThat(counts.totals()).isEqualTo(new SiteTotals(102, 5));
    }
}
