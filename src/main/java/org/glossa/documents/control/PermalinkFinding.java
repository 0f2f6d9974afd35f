package org.glossa.documents.control;

import java.util.Objects;

/**
 * A public URL of a locale's site that does not work as published: what the permalink check reports.
 *
 * @param locale  BCP 47 tag of the site whose published documents name the URL
 * @param url     the absolute URL as published
 * @param problem what is wrong with it, in a sentence for the owner ("answers 404 (not found)")
 */
public record PermalinkFinding(String locale, String url, String problem) {

    public PermalinkFinding {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(problem, "problem");
    }
}
