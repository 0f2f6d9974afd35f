package org.glossa.domains.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/**
 * The configured sites ({@code GLOSSA_SITES}) and the routing of a request's Host and path to one of them.
 * The Host header is only ever compared with configured names; it is never copied into anything.
 */
public final class SiteDirectory {

    private final Map<String, Site> byLocaleTag;
    private final Site xDefault;
    /** Sites a request can reach, longest path prefix first so that the most specific one wins. */
    private final List<Site> routable;
    /** The same sites by host, in the same order: a request compares its host once, not with every site. */
    private final Map<String, List<Site>> routableByHost;

    private SiteDirectory(Map<String, Site> byLocaleTag, Site xDefault) {
        this.byLocaleTag = byLocaleTag;
        this.xDefault = xDefault;
        List<Site> sites = new ArrayList<>(byLocaleTag.values());
        boolean xDefaultHasOwnBase =
                byLocaleTag.values().stream().noneMatch(s -> s.base().equals(xDefault.base()));
        if (xDefaultHasOwnBase) {
            sites.add(xDefault);
        }
        sites.sort(Comparator.comparingInt((Site s) -> s.pathPrefix().length()).reversed());
        this.routable = List.copyOf(sites);
        Map<String, List<Site>> byHost = new HashMap<>();
        for (Site site : routable) {
            byHost.computeIfAbsent(site.host(), h -> new ArrayList<>()).add(site);
        }
        byHost.replaceAll((host, list) -> List.copyOf(list));
        this.routableByHost = Map.copyOf(byHost);
    }

    /** The default when nothing is configured: {@code http://<tag>.localhost:<port>} and {@code http://localhost:<port>}. */
    public static SiteDirectory localDefaults(LocaleCatalog catalog, int port) {
        Map<String, Site> sites = new LinkedHashMap<>();
        for (LocaleDefinition locale : catalog.all()) {
            sites.put(
                    locale.tag(), new Site(locale, URI.create("http://" + locale.hostLabel() + ".localhost:" + port)));
        }
        return new SiteDirectory(sites, new Site(null, URI.create("http://localhost:" + port)));
    }

    /**
     * Parses {@code tag=url,tag=url,...,x-default=url}. Every locale needs a site; x-default falls back to
     * the first locale's site.
     *
     * @throws IllegalArgumentException naming the entry that is wrong
     */
    public static SiteDirectory parse(String spec, LocaleCatalog catalog) {
        Map<String, Site> sites = new LinkedHashMap<>();
        Site xDefault = null;
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("GLOSSA_SITES: expected tag=url, got '" + entry.trim() + "'");
            }
            String tag = entry.substring(0, eq).trim();
            URI base = baseUrl("GLOSSA_SITES", tag, entry.substring(eq + 1).trim());
            if (Site.X_DEFAULT.equalsIgnoreCase(tag)) {
                xDefault = new Site(null, base);
                continue;
            }
            LocaleDefinition locale = catalog.find(tag)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "GLOSSA_SITES: '" + tag + "' is not one of the locales " + catalog.tags()));
            if (sites.put(locale.tag(), new Site(locale, base)) != null) {
                throw new IllegalArgumentException("GLOSSA_SITES: " + locale.tag() + " is configured twice");
            }
        }
        List<String> missing =
                catalog.tags().stream().filter(t -> !sites.containsKey(t)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("GLOSSA_SITES: no base URL for " + missing);
        }
        Map<URI, String> seen = new LinkedHashMap<>();
        for (Site site : sites.values()) {
            String other = seen.put(site.base(), site.key());
            if (other != null) {
                throw new IllegalArgumentException(
                        "GLOSSA_SITES: " + other + " and " + site.key() + " share the base URL " + site.base());
            }
        }
        Map<String, Site> ordered = new LinkedHashMap<>();
        catalog.tags().forEach(t -> ordered.put(t, sites.get(t)));
        return new SiteDirectory(
                ordered,
                xDefault != null
                        ? xDefault
                        : new Site(null, ordered.values().iterator().next().base()));
    }

    /**
     * A configured base URL, normalised: lower-case scheme and host, no trailing slash.
     *
     * @param setting the setting's name, for the message
     * @throws IllegalArgumentException when it is not an absolute http(s) URL without query, fragment or user
     */
    static URI baseUrl(String setting, String tag, String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(setting + ": " + tag + " has an invalid URL: " + value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(setting + ": " + tag + " needs an absolute http(s) URL, got " + value);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(
                    setting + ": " + tag + " URL may not carry a query, fragment or user: " + value);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        try {
            return new URI(scheme, null, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), null, null, null)
                    .resolve(path.isEmpty() ? "" : path)
                    .normalize();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(setting + ": " + tag + " has an invalid URL: " + value);
        }
    }

    public List<Site> locales() {
        return List.copyOf(byLocaleTag.values());
    }

    public Site xDefault() {
        return xDefault;
    }

    /**
     * The x-default alternate of a section page ({@code /}, {@code /blog}, {@code /experience}). The home page's is
     * x-default's base (the language chooser when it has a base of its own). The chooser lists homes only, so the
     * other sections' x-default is their page on the site sharing x-default's base, else on the English site:
     * every x-default must be a page that lists the same alternates back (Google's hreflang rules: reciprocal links).
     */
    public String xDefaultUrl(String sectionPath) {
        if (SitePaths.HOME.equals(sectionPath)) {
            return xDefault.url(SitePaths.HOME);
        }
        Site fallback = byLocaleTag.values().stream()
                .filter(s -> s.base().equals(xDefault.base()))
                .findFirst()
                .orElseGet(() -> byLocaleTag.getOrDefault(
                        "en", byLocaleTag.values().iterator().next()));
        return fallback.url(sectionPath);
    }

    public Site site(LocaleDefinition locale) {
        return byLocaleTag.get(locale.tag());
    }

    /** Every site a request can reach (a locale's, and x-default when it has a base URL of its own). */
    public List<Site> routable() {
        return routable;
    }

    /** Whether some site a request can reach lives on {@code host} (a lower-case host name, see {@link #hostName}). */
    public boolean serves(String host) {
        return routableByHost.containsKey(host);
    }

    /**
     * The site a request belongs to, and the path within it.
     *
     * @param hostHeader the request's Host header (with or without port)
     * @param rawPath    the request URI's raw path
     */
    public Optional<Route> route(String hostHeader, String rawPath) {
        String host = hostName(hostHeader);
        if (host == null) {
            return Optional.empty();
        }
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        for (Site site : routableByHost.getOrDefault(host, List.of())) {
            String prefix = site.pathPrefix();
            if (prefix.isEmpty()) {
                return Optional.of(new Route(site, path));
            }
            if (path.equals(prefix)) {
                return Optional.of(new Route(site, "/"));
            }
            if (path.startsWith(prefix + "/")) {
                return Optional.of(new Route(site, path.substring(prefix.length())));
            }
        }
        return Optional.empty();
    }

    /** Lower-case host name without port; {@code null} when the header is missing or malformed. */
    public static String hostName(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return null;
        }
        String h = hostHeader.trim();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? null : h.substring(0, end + 1).toLowerCase(Locale.ROOT);
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.isEmpty() ? null : name.toLowerCase(Locale.ROOT);
    }

    /** A request resolved to a site, with the path inside that site (always starting with '/'). */
    public record Route(Site site, String path) {

        /** The absolute URL of this path on the site's configured base, with the raw query when there is one. */
        public String url(String rawQuery) {
            String location = site.url(path);
            return rawQuery == null || rawQuery.isEmpty() ? location : location + "?" + rawQuery;
        }
    }
}
