package org.glossa.site.control;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Rendered responses by site and path, bounded by the bytes they hold: past the bound, the pages kept longest go
 * first. A change marks the pages it affects stale rather than dropping them: a stale page is rendered again at its
 * next request, and its bytes are still there to answer with while the database cannot be reached. Reads take no
 * lock.
 *
 * <p>A page rendered while a change that affects it was being marked is kept stale: it may have read the content from
 * before the change ({@link #version()} is taken before rendering and given back to {@link #put}). Changes that do
 * not affect it (another item, another locale's lists) leave it fresh: the latest marks are kept to tell.
 */
public final class PageCache {

    /** What a cached response shows, and so which changes make it stale. */
    public enum Shows {
        /** A home, blog or timeline page: its locale's lists, and the site's totals. */
        LISTS,
        /** An item's own page: its texts in every locale. */
        ITEM,
        /** A cover image, public while its post is live somewhere. */
        IMAGE,
        /** The language chooser: the owner's name only. */
        NAME
    }

    /**
     * @param locale     the locale of the site it was rendered for; null for the language chooser
     * @param item       the item whose page it is ({@link Pages#itemKey}); null unless {@code shows} is an item
     * @param renderedAt {@code System.nanoTime()} when it was rendered
     */
    public record Entry(RenderedPage page, Shows shows, String locale, String item, long renderedAt, boolean stale) {

        Entry staled() {
            return stale ? this : new Entry(page, shows, locale, item, renderedAt, true);
        }

        long bytes(String key) {
            // The body, the key, and about what the entry's objects and the map's node take.
            return page.body().length + 2L * key.length() + 256;
        }
    }

    private final long maxBytes;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    /** Keys in the order they came in, each once while it is cached. */
    private final Queue<String> arrival = new ConcurrentLinkedQueue<>();

    /** How many of the latest marks are kept to judge a page rendered while they were made. */
    static final int MARKS_KEPT = 256;

    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong version = new AtomicLong();
    /** The latest marks, by the version each began at. */
    private final NavigableMap<Long, Predicate<Entry>> marks = new ConcurrentSkipListMap<>();
    /** The newest version whose mark is no longer kept: a page rendered from before it is judged stale. */
    private final AtomicLong forgottenUpTo = new AtomicLong(-1);

    public PageCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Entry get(String key) {
        return entries.get(key);
    }

    /** Changes each time pages are marked stale. */
    public long version() {
        return version.get();
    }

    /**
     * Keeps a response rendered from content read after {@code versionBefore}; stale if a mark made since then
     * affects it. Past the bound, the entries that came in first leave.
     */
    public void put(String key, Entry entry, long versionBefore) {
        if (entry.bytes(key) > maxBytes) {
            return;
        }
        Entry previous = entries.put(key, entry);
        // Judged after it is in: a mark either finds it there, or was logged before this looks.
        if (version.get() != versionBefore && markedSince(versionBefore, entry)) {
            entries.replace(key, entry, entry.staled());
        }
        if (previous == null) {
            arrival.add(key);
            bytes.addAndGet(entry.bytes(key));
        } else {
            bytes.addAndGet(entry.bytes(key) - previous.bytes(key));
        }
        while (bytes.get() > maxBytes) {
            String oldest = arrival.poll();
            if (oldest == null) {
                break;
            }
            Entry removed = entries.remove(oldest);
            if (removed != null) {
                bytes.addAndGet(-removed.bytes(oldest));
            }
        }
    }

    /** Marks stale every entry that matches: its next request renders it again. */
    public void markStale(Predicate<Entry> affected) {
        long began = version.incrementAndGet();
        marks.put(began, affected);
        while (marks.size() > MARKS_KEPT) {
            Map.Entry<Long, Predicate<Entry>> oldest = marks.pollFirstEntry();
            if (oldest != null) {
                forgottenUpTo.accumulateAndGet(oldest.getKey(), Math::max);
            }
        }
        entries.replaceAll((key, entry) -> affected.test(entry) ? entry.staled() : entry);
        version.incrementAndGet();
    }

    private boolean markedSince(long versionBefore, Entry entry) {
        if (versionBefore <= forgottenUpTo.get()) {
            return true;
        }
        // A mark that had begun when the version was read may not have reached this page's key before it was put.
        return marks.tailMap(versionBefore, true).values().stream().anyMatch(mark -> mark.test(entry));
    }

    public void markAllStale() {
        markStale(entry -> true);
    }

    public int size() {
        return entries.size();
    }

    /** What the entries hold, as {@link Entry#bytes} counts it. */
    public long bytes() {
        return bytes.get();
    }
}
