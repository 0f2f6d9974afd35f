package org.glossa.documents.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glossa.content.entity.ItemKind;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.site.control.SiteSnapshot;
import org.glossa.site.control.SiteSnapshot.LiveText;

/** {@link PublishedContent} over an in-memory {@link SiteSnapshot}, for tests of the generator without a database. */
final class SnapshotContent implements PublishedContent {

    private final SiteSnapshot snapshot;
    /** Current slug to the slug its item first went live at, where they differ (a renamed item). */
    private final Map<String, String> firstSlugs;

    SnapshotContent(SiteSnapshot snapshot) {
        this(snapshot, Map.of());
    }

    SnapshotContent(SiteSnapshot snapshot, Map<String, String> firstSlugs) {
        this.snapshot = snapshot;
        this.firstSlugs = firstSlugs;
    }

    @Override
    public String ownerName() {
        return snapshot.ownerName();
    }

    @Override
    public Optional<Instant> newestChange(ItemKind kind, String locale) {
        return live(kind, locale).map(i -> i.publishedAt()).max(Comparator.naturalOrder());
    }

    @Override
    public Iterator<PublishedItem> items(ItemKind kind, String locale, long firstId, long lastId) {
        return live(kind, locale)
                .filter(i -> i.id() >= firstId && i.id() <= lastId)
                .sorted(Comparator.comparingLong(PublishedItem::id))
                .iterator();
    }

    /** Each live text is a row of its range: any change of slug, time or cover changes the range's digest. */
    @Override
    public PartInputs partInputs(int itemsPerPart) {
        PartInputs.Builder inputs = new PartInputs.Builder(itemsPerPart);
        for (String locale : LocaleCatalog.standard().tags()) {
            for (ItemKind kind : List.of(ItemKind.POST, ItemKind.EXPERIENCE)) {
                live(kind, locale).forEach(item -> {
                    long range = PartGroup.rangeOf(item.id(), itemsPerPart);
                    inputs.live(kind, range, locale)
                            .row(
                                    kind,
                                    range,
                                    locale + " " + item.id() + " " + item.slug() + " " + item.publishedAt() + " "
                                            + item.cover() + " " + item.sourceLocale());
                });
            }
        }
        return inputs.build();
    }

    @Override
    public List<PublishedItem> newestPosts(String locale, Instant since, int limit) {
        return live(ItemKind.POST, locale)
                .filter(p -> since == null || !p.firstPublishedAt().isBefore(since))
                .sorted(Comparator.comparing(PublishedItem::firstPublishedAt)
                        .reversed()
                        .thenComparing(PublishedItem::id, Comparator.reverseOrder()))
                .limit(limit)
                .toList();
    }

    /** A snapshot holds live content only: nothing withdrawn to report. */
    @Override
    public List<String> slugsWithdrawnAfter(ItemKind kind, String locale, Instant after) {
        return List.of();
    }

    private Stream<PublishedItem> live(ItemKind kind, String locale) {
        if (kind == ItemKind.POST) {
            return snapshot.posts(locale).stream()
                    .map(p -> item(
                            p.id(),
                            p.sourceLocale(),
                            p.texts(),
                            locale,
                            p.cover() == null
                                    ? null
                                    : new PublishedItem.Cover(
                                            p.cover().mediaId(),
                                            p.cover().mimeType(),
                                            p.cover().byteLength())));
        }
        return snapshot.experience(locale).stream().map(r -> item(r.id(), r.sourceLocale(), r.texts(), locale, null));
    }

    private PublishedItem item(
            long id, String source, Map<String, LiveText> texts, String locale, PublishedItem.Cover cover) {
        LiveText text = texts.get(locale);
        return new PublishedItem(
                id,
                source,
                text.slug(),
                text.title(),
                text.summary(),
                text.firstPublishedAt(),
                text.publishedAt(),
                cover,
                texts.values().stream().collect(Collectors.toMap(LiveText::locale, LiveText::slug)),
                firstSlugs.getOrDefault(text.slug(), text.slug()));
    }
}
