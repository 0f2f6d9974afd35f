package org.glossa.site.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.glossa.site.control.PageCache.Entry;
import org.glossa.site.control.PageCache.Shows;
import org.junit.jupiter.api.Test;

/** The public pages' cache: bounded by bytes, marked stale by change, never trusting a page rendered across one. */
class PageCacheTest {

    private static Entry page(int bytes, Shows shows, String locale, String item) {
        RenderedPage page = RenderedPage.html(200, "x".repeat(bytes), true);
        return new Entry(page, shows, locale, item, System.nanoTime(), false);
    }

    @Test
    void holdsNoMoreBytesThanItsBoundAndLetsTheOldestGoFirst() {
        PageCache cache = new PageCache(10_000);
        for (int i = 0; i < 20; i++) {
            cache.put("de /blog/" + i, page(1_000, Shows.ITEM, "de", "POST " + i), cache.version());
            assertThat(cache.bytes()).isLessThanOrEqualTo(10_000);
        }
        assertThat(cache.size()).isBetween(7, 9);
        assertThat(cache.get("de /blog/0")).as("the first page in").isNull();
        assertThat(cache.get("de /blog/19")).as("the last page in").isNotNull();
    }

    @Test
    void replacingAPageCountsItsBytesOnce() {
        PageCache cache = new PageCache(1_000_000);
        cache.put("de /", page(5_000, Shows.LISTS, "de", null), cache.version());
        long once = cache.bytes();
        cache.put("de /", page(5_000, Shows.LISTS, "de", null), cache.version());
        assertThat(cache.bytes()).isEqualTo(once);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aPageLargerThanTheWholeBoundIsNotKept() {
        PageCache cache = new PageCache(1_000);
        cache.put("de /", page(2_000, Shows.LISTS, "de", null), cache.version());
        assertThat(cache.size()).isZero();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void markingStaleKeepsTheBytesOfTheAffectedPagesOnlyAndTouchesNoOther() {
        PageCache cache = new PageCache(1_000_000);
        cache.put("de /blog/a", page(100, Shows.ITEM, "de", "POST 1"), cache.version());
        cache.put("fr /blog/a", page(100, Shows.ITEM, "fr", "POST 1"), cache.version());
        cache.put("fr /blog/b", page(100, Shows.ITEM, "fr", "POST 2"), cache.version());
        cache.put("fr /blog", page(100, Shows.LISTS, "fr", null), cache.version());

        cache.markStale(e -> "POST 1".equals(e.item()));

        assertThat(cache.get("de /blog/a").stale()).isTrue();
        assertThat(cache.get("fr /blog/a").stale()).isTrue();
        assertThat(cache.get("de /blog/a").page().body()).hasSize(100);
        assertThat(cache.get("fr /blog/b").stale()).isFalse();
        assertThat(cache.get("fr /blog").stale()).isFalse();
    }

    @Test
    void aPageRenderedWhileAChangeWasMarkedIsKeptStale() {
        PageCache cache = new PageCache(1_000_000);
        long before = cache.version();
        cache.markAllStale();
        cache.put("de /blog", page(100, Shows.LISTS, "de", null), before);
        assertThat(cache.get("de /blog").stale())
                .as("it may show the content from before the change")
                .isTrue();

        cache.put("de /blog", page(100, Shows.LISTS, "de", null), cache.version());
        assertThat(cache.get("de /blog").stale()).isFalse();
    }

    @Test
    void aChangeMarkedWhileAPageWasRenderedLeavesItFreshWhenItDoesNotAffectIt() {
        PageCache cache = new PageCache(1_000_000);
        long before = cache.version();
        cache.markStale(entry -> "POST 2".equals(entry.item()));
        cache.markStale(entry -> entry.shows() == Shows.LISTS && "fr".equals(entry.locale()));
        cache.put("de /blog/a", page(100, Shows.ITEM, "de", "POST 1"), before);
        cache.put("de /blog", page(100, Shows.LISTS, "de", null), before);
        assertThat(cache.get("de /blog/a").stale()).as("another item changed").isFalse();
        assertThat(cache.get("de /blog").stale())
                .as("another locale's lists changed")
                .isFalse();

        cache.put("de /blog/b", page(100, Shows.ITEM, "de", "POST 2"), before);
        assertThat(cache.get("de /blog/b").stale())
                .as("its item changed meanwhile")
                .isTrue();
    }

    @Test
    void aPageRenderedFromBeforeTheMarksStillKeptIsJudgedStale() {
        PageCache cache = new PageCache(1_000_000);
        long before = cache.version();
        for (int i = 0; i <= PageCache.MARKS_KEPT; i++) {
            cache.markStale(entry -> false);
        }
        cache.put("de /blog/a", page(100, Shows.ITEM, "de", "POST 1"), before);
        assertThat(cache.get("de /blog/a").stale())
                .as("a mark made while it was rendered is no longer known")
                .isTrue();

        long recent = cache.version();
        cache.markStale(entry -> false);
        cache.put("de /blog/a", page(100, Shows.ITEM, "de", "POST 1"), recent);
        assertThat(cache.get("de /blog/a").stale()).isFalse();
    }
}
