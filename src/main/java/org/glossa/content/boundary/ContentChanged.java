package org.glossa.content.boundary;

import java.util.Objects;
import java.util.Set;
import org.glossa.content.entity.ItemKind;

/**
 * Fired inside the transaction of a change to what readers can see (publication, unpublication, demo load):
 * observers may record work that must commit with the change, or observe {@code AFTER_SUCCESS} to act once it
 * committed.
 *
 * @param locales   the locales whose public pages changed
 * @param kind      the kind of the item that changed; null when whole locales changed (demo load)
 * @param itemId    that item's id; null exactly when {@code kind} is
 * @param wentLive  the publications the change put live, so that a node that learns of them again (when it looks
 *                  for other nodes' changes) knows it has already handled them; empty when none or not known
 * @param withdrawn the publications the change took off the site, likewise
 */
public record ContentChanged(Set<String> locales, ItemKind kind, Long itemId, Set<Long> wentLive, Set<Long> withdrawn) {

    public ContentChanged {
        locales = Set.copyOf(locales);
        wentLive = Set.copyOf(wentLive);
        withdrawn = Set.copyOf(withdrawn);
        if ((kind == null) != (itemId == null)) {
            throw new IllegalArgumentException("kind and itemId go together");
        }
    }

    public ContentChanged(Set<String> locales, ItemKind kind, Long itemId) {
        this(locales, kind, itemId, Set.of(), Set.of());
    }

    /** One item went live, moved to another slug or came off the site in one locale. */
    public static ContentChanged item(ItemKind kind, long itemId, String locale) {
        return new ContentChanged(Set.of(locale), Objects.requireNonNull(kind, "kind"), itemId);
    }

    /** One item's publications in one locale changed: these went live, these came off the site. */
    public static ContentChanged item(
            ItemKind kind, long itemId, String locale, Set<Long> wentLive, Set<Long> withdrawn) {
        return new ContentChanged(Set.of(locale), Objects.requireNonNull(kind, "kind"), itemId, wentLive, withdrawn);
    }

    /** Everything in these locales may have changed. */
    public static ContentChanged wholeLocales(Set<String> locales) {
        return new ContentChanged(locales, null, null);
    }
}
