package org.glossa.content.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a translation translates, and what the workflow needs to know about each kind: its entity, the
 * attribute through which {@link Translation} and {@link Publication} refer to it, which of the optional
 * text fields its translations have, and whether its translations have a page of their own. Title, slug and
 * body every kind has.
 *
 * <p>The {@link #PROFILE} has no page: its live text in a locale is what that locale's home page shows (title:
 * the display name, summary: the headline, body: the introduction). Its slug is the fixed {@link #PAGELESS_SLUG},
 * which the schema requires and which is unique per kind and locale as any slug; it never becomes a URL, so
 * such a kind is left out of sitemaps, feeds, former URLs and link targets.
 */
public enum ItemKind {
    POST(Post.class, "post", true, TextField.SUMMARY),
    EXPERIENCE(Experience.class, "experience", true, TextField.LOCATION),
    PROFILE(Profile.class, "profile", false, TextField.SUMMARY);

    /** The slug of every translation of a kind without pages: one item per kind, one translation per locale. */
    public static final String PAGELESS_SLUG = "profile";

    /** The text fields only some kinds have. */
    public enum TextField {
        SUMMARY,
        LOCATION
    }

    private final Class<? extends TranslatableItem> entity;
    private final String attribute;
    private final Set<TextField> fields;
    private final boolean pages;

    ItemKind(Class<? extends TranslatableItem> entity, String attribute, boolean pages, TextField... fields) {
        this.entity = entity;
        this.attribute = attribute;
        this.pages = pages;
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

    /** Whether each translation of this kind is a page at its slug (else its slug is {@link #PAGELESS_SLUG}). */
    public boolean hasPages() {
        return pages;
    }

    /** The kinds whose translations are pages: what sitemaps, feeds, former URLs and link checks consider. */
    public static List<ItemKind> withPages() {
        return Stream.of(values()).filter(ItemKind::hasPages).toList();
    }
}
