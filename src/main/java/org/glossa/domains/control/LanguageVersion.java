package org.glossa.domains.control;

import java.util.Objects;
import org.glossa.localization.control.LocaleDefinition;

/**
 * One locale's version of a page.
 *
 * @param locale the locale it is written in
 * @param url    its absolute, percent-encoded URL on that locale's site
 */
public record LanguageVersion(LocaleDefinition locale, String url) {

    public LanguageVersion {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(url, "url");
    }

    /** Its code in {@code hreflang} attributes (the {@code hreflang} column of {@code i18n/locales.tsv}). */
    public String hreflang() {
        return locale.hreflang();
    }
}
