package org.glossa.documents.control;

import java.util.Objects;
import org.glossa.content.entity.ItemKind;
import org.glossa.localization.control.LocaleDefinition;

/**
 * A sanitised HTML body that readers of a locale's site get: a live post's body or role's description on its own
 * page, or the profile's introduction on the home page.
 *
 * @param locale the locale of the text, whose site shows it
 * @param kind   the item's kind; null for the profile's introduction
 * @param slug   the item's live slug in that locale; null for the profile's introduction
 * @param html   the stored, sanitised body, as pages show it (before current URLs are written into its links)
 */
public record LiveBody(LocaleDefinition locale, ItemKind kind, String slug, String html) {

    public LiveBody {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(html, "html");
        if ((kind == null) != (slug == null)) {
            throw new IllegalArgumentException("an item's body has a kind and a slug, the introduction neither");
        }
    }

    /** The profile's introduction, shown on a locale's home page. */
    public static LiveBody introduction(LocaleDefinition locale, String html) {
        return new LiveBody(locale, null, null, html);
    }
}
