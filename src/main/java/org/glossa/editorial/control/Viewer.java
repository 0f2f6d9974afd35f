package org.glossa.editorial.control;

import java.util.Set;

/**
 * Who is asking, as the editorial queries need it. Every query in {@link TranslationQueries} takes one, so
 * what a person can read is decided where the data is read, not in each resource.
 *
 * @param username who (for revisions and the audit log)
 * @param owner    the owner sees and may do everything
 * @param locales  the locales a translator works in (ignored for the owner)
 */
public record Viewer(String username, boolean owner, Set<String> locales) {

    public Viewer {
        locales = Set.copyOf(locales);
    }

    /** May write in this locale: the owner everywhere, a translator in their locales. */
    public boolean mayEdit(String locale) {
        return owner || locales.contains(locale);
    }

    /** Refuses anyone but the owner. */
    public void requireOwner() {
        if (!owner) {
            throw EditorialException.forbidden("only the owner may do this").because("ownerOnly");
        }
    }

    /** Refuses anyone who may not write in this locale. */
    public void requireEditor(String locale) {
        if (!mayEdit(locale)) {
            throw EditorialException.forbidden("you are not assigned to " + locale)
                    .because("notYourLocale");
        }
    }

    /** May read this locale's version: their own locales, plus the source text they translate from. */
    public boolean mayRead(String locale, String sourceLocale) {
        return mayEdit(locale) || locale.equals(sourceLocale);
    }
}
