package org.glossa.localization.control;

import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * One of the locales Glossa publishes in, as defined in {@code i18n/locales.tsv}.
 *
 * @param tag            BCP 47 tag, the locale's identity everywhere (database, configuration, bundles)
 * @param nativeName     the language's own name
 * @param direction      writing direction
 * @param hreflang       code for hreflang alternates
 * @param newsLanguage   code for Google News sitemaps
 * @param slugScript     whether slugs are ASCII or keep the native script
 * @param slugTransform  ICU transform id used for ASCII slugs; {@code null} for native slugs
 */
public record LocaleDefinition(
        String tag,
        String nativeName,
        Direction direction,
        String hreflang,
        String newsLanguage,
        SlugScript slugScript,
        String slugTransform) {

    public enum Direction {
        LTR,
        RTL;
        /** The value of the HTML {@code dir} attribute. */
        public String html() {
            return this == LTR ? "ltr" : "rtl";
        }
    }

    public enum SlugScript {
        ASCII,
        NATIVE
    }

    public ULocale uLocale() {
        return ULocale.forLanguageTag(tag);
    }

    public Locale javaLocale() {
        return Locale.forLanguageTag(tag);
    }

    /** Lower-case tag, as used in default host names ({@code pt-br.localhost}). */
    public String hostLabel() {
        return tag.toLowerCase(Locale.ROOT);
    }

    public boolean rightToLeft() {
        return direction == Direction.RTL;
    }
}
