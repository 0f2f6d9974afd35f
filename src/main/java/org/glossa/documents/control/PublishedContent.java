package org.glossa.documents.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossa.content.entity.ItemKind;

/**
 * The live content a locale's sitemaps, news sitemap and feed are generated from. Implementations read it in
 * bounded pieces ({@link #items} is iterated, never loaded whole), so generation needs the same memory for twenty
 * posts as for twenty thousand.
 */
public interface PublishedContent {

    /** The site owner's display name, the publication name of feeds and news sitemaps; empty when not set. */
    String ownerName();

    /** When the newest live item of {@code kind} in {@code locale} last changed there (its publishedAt). */
    Optional<Instant> newestChange(ItemKind kind, String locale);

    /**
     * Every item of {@code kind} live in {@code locale}, in id order (so a new item lands in the last sitemap file
     * and the others keep their bytes), each with its live slugs in every locale: what a sitemap lists, without the
     * texts (title and summary are null, the first slug is the live one; feeds read {@link #newestPosts}).
     */
    default Iterator<PublishedItem> items(ItemKind kind, String locale) {
        return items(kind, locale, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** As {@link #items(ItemKind, String)}, only the items whose id is from {@code firstId} to {@code lastId}. */
    Iterator<PublishedItem> items(ItemKind kind, String locale, long firstId, long lastId);

    /**
     * As {@link #items(ItemKind, String, long, long)} for each of {@code locales} at once: what one item group's parts
     * list in every locale of a run, so that each item's alternates are read and built once, not once per locale. Each
     * list is in id order; a locale where none of them is live has an empty one.
     */
    default Map<String, List<PublishedItem>> itemsByLocale(
            ItemKind kind, Collection<String> locales, long firstId, long lastId) {
        Map<String, List<PublishedItem>> byLocale = new LinkedHashMap<>();
        for (String locale : locales) {
            List<PublishedItem> items = new ArrayList<>();
            items(kind, locale, firstId, lastId).forEachRemaining(items::add);
            byLocale.put(locale, items);
        }
        return byLocale;
    }

    /**
     * A summary of every item range's inputs ({@code itemsPerPart} ids per range), read in one pass: what decides
     * whether a range's sitemap parts must be rendered again.
     */
    PartInputs partInputs(int itemsPerPart);

    /**
     * As {@link #partInputs(int)}, for the ranges of {@code groups} only (each summarised exactly as there): what a run
     * for a few changed items plans from, without reading a summary of every publication.
     */
    default PartInputs partInputs(int itemsPerPart, Set<PartGroup> groups) {
        return partInputs(itemsPerPart).only(groups);
    }

    /**
     * Posts live in {@code locale}, newest first by when they first went live there, at most {@code limit}, only
     * those first published at or after {@code since} unless it is null.
     */
    List<PublishedItem> newestPosts(String locale, Instant since, int limit);

    /**
     * Slugs of {@code kind} in {@code locale} that went off the site after {@code after} (unpublished, or replaced by
     * another slug) and are not live again: the deleted URLs an IndexNow submission reports (IndexNow: added, updated or deleted URLs).
     */
    List<String> slugsWithdrawnAfter(ItemKind kind, String locale, Instant after);
}
