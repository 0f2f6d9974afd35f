package org.glossa.editorial.control;

import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/** A locale named in a request: one of the supported locales, or a refusal naming the field that named it. */
public final class RequestedLocale {

    private static final LocaleCatalog CATALOG = LocaleCatalog.standard();

    private RequestedLocale() {}

    public static LocaleDefinition of(String tag, String field) {
        return CATALOG.find(tag)
                .orElseThrow(() -> EditorialException.invalid(field, "not one of the 17 supported locales"));
    }
}
