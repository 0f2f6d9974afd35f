package org.glossa.domains.control;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.glossa.localization.control.LocaleDefinition;

/**
 * One configured site: a locale's (or the x-default language chooser's) base URL.
 *
 * @param locale the locale served, or {@code null} for the x-default site
 * @param base   absolute http(s) URL without trailing slash, query or fragment; may carry a path prefix
 */
public record Site(LocaleDefinition locale, URI base) {

    public static final String X_DEFAULT = "x-default";

    public boolean xDefault() {
        return locale == null;
    }

    /** {@code x-default} or the locale's tag. */
    public String key() {
        return locale == null ? X_DEFAULT : locale.tag();
    }

    public Optional<LocaleDefinition> localeIfAny() {
        return Optional.ofNullable(locale);
    }

    public String host() {
        return base.getHost().toLowerCase(Locale.ROOT);
    }

    /** The path prefix, {@code ""} or e.g. {@code /fr}. */
    public String pathPrefix() {
        String path = base.getRawPath();
        return path == null ? "" : path;
    }

    /** Absolute URL of a path on this site; {@code path} is already percent-encoded and starts with '/'. */
    public String url(String path) {
        String root = base.toString();
        return "/".equals(path) ? root + "/" : root + path;
    }
}
