package org.glossa.backoffice.boundary;

import java.util.Set;
import org.glossa.content.entity.ItemKind;

/**
 * The message key that labels a text field on a screen. The profile's fields mean something of their own (title: the
 * display name, summary: the headline, body: the introduction), so they are labelled as such; every other kind's
 * fields keep the screen's own labels.
 */
final class FieldLabels {

    private static final Set<String> PROFILE_FIELDS = Set.of("title", "summary", "body");

    private FieldLabels() {}

    /**
     * @param screen the screen's key prefix, e.g. {@code backoffice.editor.field.}
     * @param kind   the item's kind, or null when not known
     * @param field  title, summary, body, location or slug
     */
    static String key(String screen, ItemKind kind, String field) {
        if (kind == ItemKind.PROFILE && PROFILE_FIELDS.contains(field)) {
            return "backoffice.profile.field." + field;
        }
        return screen + field;
    }
}
