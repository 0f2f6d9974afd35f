package org.glossa.backoffice.boundary;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.List;

/** Locales named for the person reading the back office, in its UI language. */
final class LocaleNames {

    private LocaleNames() {}

    /**
     * The locales' names as one list, in the order given: "German and Italian" in English, "الألمانية والإيطالية" in
     * Arabic (each language's own separators, never a Latin comma in a right-to-left UI).
     */
    static String list(List<String> tags, UiLanguage ui) {
        ULocale language = ULocale.forLanguageTag(ui.getTag());
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(language);
        return ListFormatter.getInstance(language)
                .format(tags.stream()
                        .map(tag -> names.localeDisplayName(ULocale.forLanguageTag(tag)))
                        .toList());
    }
}
