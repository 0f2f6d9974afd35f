package org.glossa.documents.control;

import java.util.List;
import java.util.Objects;
import org.glossa.content.entity.ItemKind;
import org.glossa.localization.control.LocaleDefinition;

/**
 * The links of a sanitised HTML body that readers of a locale's site get: a live post's body or role's description
 * on its own page, or the profile's introduction on the home page.
 *
 * @param locale the locale of the text, whose site shows it
 * @param kind   the item's kind; null for the profile's introduction
 * @param slug   the item's live slug in that locale; null for the profile's introduction
 * @param hrefs  the body's distinct links as stored with it ({@code content.entity.BodyLinks}; before pages write
 *               current URLs into them)
 */
public record LiveBody(LocaleDefinition locale, ItemKind kind, String slug, List<String> hrefs) {

    public LiveBody {
        Objects.requireNonNull(locale, "locale");
        hrefs = List.copyOf(hrefs);
        if ((kind == null) != (slug == null)) {
            throw new IllegalArgumentException("an item's body has a kind and a slug, the introduction neither");
        }
    }

    /** The profile's introduction, shown on a locale's home page. */
    public static LiveBody introduction(LocaleDefinition locale, List<String> hrefs) {
        return new LiveBody(locale, null, null, hrefs);
    }
}
