package org.glossa.documents.control;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One language version of a page, written as {@code <xhtml:link rel="alternate" hreflang href>} (Google's hreflang rules: xhtml:link).
 *
 * @param hreflang {@code x-default} or a code Google supports: ISO 639-1 language, optional ISO 15924 script,
 *                 optional ISO 3166-1 alpha-2 region, joined by hyphens ({@code de}, {@code pt-BR},
 *                 {@code zh-Hans}); the {@code hreflang} column of {@code i18n/locales.tsv}
 * @param href     absolute, percent-encoded http(s) URL of that version
 */
public record Alternate(String hreflang, String href) {

    public static final String X_DEFAULT = "x-default";

    /** Google's hreflang language codes: two-letter language, no underscores, no numeric regions such as es-419. */
    private static final Pattern HREFLANG = Pattern.compile("[a-zA-Z]{2}(-[a-zA-Z]{4})?(-[a-zA-Z]{2})?");

    /** Codes found valid: a site has a few, and a large sitemap names each hundreds of thousands of times. */
    private static final Set<String> VALID = ConcurrentHashMap.newKeySet();

    private static final int MAX_REMEMBERED = 256;

    public Alternate {
        Objects.requireNonNull(hreflang, "hreflang");
        if (!VALID.contains(hreflang)) {
            requireValid(hreflang);
            if (VALID.size() < MAX_REMEMBERED) {
                VALID.add(hreflang);
            }
        }
        AbsoluteUrl.require(href, "alternate href");
    }

    private static void requireValid(String hreflang) {
        if (!hreflang.equals(X_DEFAULT) && !HREFLANG.matcher(hreflang).matches()) {
            throw new IllegalArgumentException("hreflang must be x-default or language[-Script][-REGION] with an"
                    + " ISO 639-1 language and an alpha-2 region, e.g. de, pt-BR, zh-Hans; got: " + hreflang);
        }
    }
}
