package org.glossa.content.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a translation translates, and what the workflow needs to know about each kind: its entity, the
 * attribute through which {@link Translation} and {@link Publication} refer to it, and which of the optional
 * text fields its translations have. Title, slug and body every kind has.
 */
public enum ItemKind {
    POST(Post.class, "post", TextField.SUMMARY),
    EXPERIENCE(Experience.class, "experience", TextField.LOCATION);

    /** The text fields only some kinds have. */
    public enum TextField {
        SUMMARY,
        LOCATION
    }

    private final Class<? extends TranslatableItem> entity;
    private final String attribute;
    private final Set<TextField> fields;

    ItemKind(Class<? extends TranslatableItem> entity, String attribute, TextField... fields) {
        this.entity = entity;
        this.attribute = attribute;
        this.fields = EnumSet.noneOf(TextField.class);
        this.fields.addAll(List.of(fields));
    }

    /** The entity class, to find an item of this kind by id. */
    public Class<? extends TranslatableItem> entity() {
        return entity;
    }

    /** The attribute of {@link Translation} and {@link Publication} that refers to items of this kind (JPQL). */
    public String attribute() {
        return attribute;
    }

    /** Whether this kind's translations have the field; without it, the field is always {@code null}. */
    public boolean has(TextField field) {
        return fields.contains(field);
    }
}
