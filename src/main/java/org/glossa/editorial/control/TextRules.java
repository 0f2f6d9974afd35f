package org.glossa.editorial.control;

import org.glossa.content.control.InvalidSlugException;
import org.glossa.content.control.SlugPolicy;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.ItemKind.TextField;
import org.glossa.content.entity.TranslatableText;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.localization.control.TypedText;

/** Checks a translation's fields before anything is saved, naming the field at fault. */
public final class TextRules {

    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_LOCATION = 200;
    /** Markdown source; a long article is ~50 KB. */
    static final int MAX_BODY = 200_000;

    private TextRules() {}

    /**
     * The text as it will be stored: cleaned as {@link TypedText} says (title, slug and location are single-line
     * fields, summary and body multi-line), trimmed title, and a slug derived from the title when none is given. A kind
     * without pages always gets its fixed slug: whatever was sent is ignored, as it would never be a URL.
     */
    public static TranslatableText validated(TranslatableText text, ItemKind kind, LocaleDefinition locale) {
        String title = single("title", text.title()).strip();
        if (title.isEmpty()) {
            throw EditorialException.invalid("title", "must not be empty").because("text.empty");
        }
        require(title.length() <= MAX_TITLE, "title", MAX_TITLE);
        String summary =
                kind.has(TextField.SUMMARY) ? multi("summary", text.summary()).strip() : null;
        require(summary == null || summary.length() <= MAX_SUMMARY, "summary", MAX_SUMMARY);
        String location = kind.has(TextField.LOCATION)
                ? single("location", text.location()).strip()
                : null;
        require(location == null || location.length() <= MAX_LOCATION, "location", MAX_LOCATION);
        String body = multi("body", text.body());
        require(body.length() <= MAX_BODY, "body", MAX_BODY);
        if (!kind.hasPages()) {
            return new TranslatableText(title, ItemKind.PAGELESS_SLUG, summary, body, location);
        }
        String typedSlug = single("slug", text.slug());
        String slug = typedSlug.isBlank() ? slugFromTitle(title, locale) : typedSlug;
        SlugPolicy.validate(slug, locale);
        return new TranslatableText(title, slug, summary, body, location);
    }

    private static String slugFromTitle(String title, LocaleDefinition locale) {
        try {
            return SlugPolicy.slugify(title, locale);
        } catch (InvalidSlugException e) {
            throw EditorialException.invalid("slug", "cannot be derived from the title (" + e.reason() + "); give one")
                    .because("slug.noneFromTitle");
        }
    }

    private static void require(boolean ok, String field, int maxCharacters) {
        if (!ok) {
            throw EditorialException.invalid(field, "at most " + maxCharacters + " characters")
                    .because("text.tooLong", "max", maxCharacters);
        }
    }

    private static String single(String field, String s) {
        return s == null ? "" : TypedText.singleLine(field, s);
    }

    private static String multi(String field, String s) {
        return s == null ? "" : TypedText.multiLine(field, s);
    }
}
