package org.glossa.content.entity;

/**
 * What a translation translates: a post, an experience entry, or a later kind. Its language-neutral part,
 * written in one source locale, from which every other locale's version is translated.
 *
 * <p>The schema gives each kind its own foreign key column in {@code translation} and {@code publication}
 * ({@code post_id}, {@code experience_id}), so {@link Translation} and {@link Publication} map one relation
 * per kind, exactly one of them set. Each kind sets its own with {@code refer(this)}, chosen by the item's
 * static type, so nothing casts; a new kind that lacks its relation there does not compile. An abstract
 * class rather than an interface keeps these methods inside the package; it holds no state, so each kind's
 * table mapping stays in its own entity.
 */
public abstract class TranslatableItem {

    public abstract Long id();

    /** The locale the item was written in; translators translate from its text. */
    public abstract String sourceLocale();

    public abstract ItemKind kind();

    /** Sets the translation's relation for this kind to this item. */
    abstract void referredBy(Translation translation);

    /** Sets the publication's relation for this kind to this item. */
    abstract void referredBy(Publication publication);
}
