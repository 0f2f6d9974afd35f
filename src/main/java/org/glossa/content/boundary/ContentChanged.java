package org.glossa.content.boundary;

import java.util.Objects;
import java.util.Set;
import org.glossa.content.entity.ItemKind;

/**
 * Fired inside the transaction of a change to what readers can see (publication, unpublication, demo load):
 * observers may record work that must commit with the change, or observe {@code AFTER_SUCCESS} to act once it
 * committed.
 *
 * @param locales the locales whose public pages changed
 * @param kind    the kind of the item that changed; null when whole locales changed (demo load)
 * @param itemId  that item's id; null exactly when {@code kind} is
 */
public record ContentChanged(Set<String> locales, ItemKind kind, Long itemId) {

    public ContentChanged {
        locales = Set.copyOf(locales);
        if ((kind == null) != (itemId == null)) {
            throw new IllegalArgumentException("kind and itemId go together");
        }
    }

    /** One item went live, moved to another slug or came off the site in one locale. */
    public static ContentChanged item(ItemKind kind, long itemId, String locale) {
        return new ContentChanged(Set.of(locale), Objects.requireNonNull(kind, "kind"), itemId);
    }

    /** Everything in these locales may have changed. */
    public static ContentChanged wholeLocales(Set<String> locales) {
        return new ContentChanged(locales, null, null);
    }
}
