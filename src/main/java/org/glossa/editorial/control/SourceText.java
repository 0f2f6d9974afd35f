package org.glossa.editorial.control;

import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.TranslatableText;
import org.glossa.localization.control.LocaleDefinition;

/**
 * The text a new item is created with, checked before anything is stored: only the owner creates items, in a
 * supported locale, with a text that passes the rules for the item's kind. Only {@link #checked} makes one.
 */
public final class SourceText {

    private final Viewer author;
    private final ItemKind kind;
    private final String locale;
    private final TranslatableText text;

    private SourceText(Viewer author, ItemKind kind, String locale, TranslatableText text) {
        this.author = author;
        this.kind = kind;
        this.locale = locale;
        this.text = text;
    }

    public static SourceText checked(Viewer author, ItemKind kind, String sourceLocale, TranslatableText text) {
        author.requireOwner();
        LocaleDefinition locale = RequestedLocale.of(sourceLocale, "sourceLocale");
        return new SourceText(author, kind, locale.tag(), TextRules.validated(text, kind, locale));
    }

    /** The owner, who writes it. */
    public Viewer author() {
        return author;
    }

    public ItemKind kind() {
        return kind;
    }

    /** The supported tag, as the catalogue spells it. */
    public String locale() {
        return locale;
    }

    /** The text as it will be stored. */
    public TranslatableText text() {
        return text;
    }
}
