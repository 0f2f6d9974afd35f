package org.glossa.domains.control;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/**
 * Base URLs a locale's site had before it moved ({@code GLOSSA_FORMER_SITES}, the syntax of {@code GLOSSA_SITES}, a
 * locale may be listed several times). Every path under a former base stands for the same path on the locale's
 * current base, where it is sent with one permanent redirect. The Host header only selects a former base; the redirect target is always
 * built from the configured current base.
 */
public final class FormerSites {

    private static final String SETTING = "GLOSSA_FORMER_SITES";

    /** Longest path prefix first, so that the most specific former base wins. */
    private final List<Move> moves;

    private final SiteDirectory current;

    private FormerSites(List<Move> moves, SiteDirectory current) {
        List<Move> sorted = new ArrayList<>(moves);
        sorted.sort(Comparator.comparingInt((Move m) -> m.former().pathPrefix().length())
                .reversed());
        this.moves = List.copyOf(sorted);
        this.current = current;
    }

    public static FormerSites none(SiteDirectory current) {
        return new FormerSites(List.of(), current);
    }

    /**
     * Parses {@code tag=url,tag=url,...}; a tag may repeat, {@code x-default} is allowed.
     *
     * @throws IllegalArgumentException naming the entry that is wrong: a malformed URL, an unknown locale, a
     *     former base that is (host and path) a current site's, or one listed for two sites
     */
    public static FormerSites parse(String spec, SiteDirectory current, LocaleCatalog catalog) {
        List<Move> moves = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(SETTING + ": expected tag=url, got '" + entry.trim() + "'");
            }
            String tag = entry.substring(0, eq).trim();
            URI base =
                    SiteDirectory.baseUrl(SETTING, tag, entry.substring(eq + 1).trim());
            Site target;
            if (Site.X_DEFAULT.equalsIgnoreCase(tag)) {
                target = current.xDefault();
            } else {
                LocaleDefinition locale = catalog.find(tag)
                        .orElseThrow(() -> new IllegalArgumentException(
                                SETTING + ": '" + tag + "' is not one of the locales " + catalog.tags()));
                target = current.site(locale);
            }
            Site former = new Site(target.locale(), base);
            String place = former.host() + former.pathPrefix();
            for (Site site : current.routable()) {
                if ((site.host() + site.pathPrefix()).equals(place)) {
                    throw new IllegalArgumentException(SETTING + ": " + base + " (former base of " + target.key()
                            + ") is the current base of " + site.key() + " (" + site.base()
                            + "); a change of scheme or port alone is not a move");
                }
            }
            String other = seen.put(place, target.key());
            if (other != null) {
                throw new IllegalArgumentException(
                        other.equals(target.key())
                                ? SETTING + ": " + base + " is listed twice for " + other
                                : SETTING + ": " + base + " is listed for both " + other + " and " + target.key());
            }
            moves.add(new Move(former, target));
        }
        return new FormerSites(moves, current);
    }

    public boolean isEmpty() {
        return moves.isEmpty();
    }

    public List<Move> moves() {
        return moves;
    }

    /**
     * Where a request to a former base now lives: the same path (and query) on the current base; empty when the
     * request is not for a former base, or a current site with a longer path prefix on the same host claims it.
     *
     * @param hostHeader the request's Host header, only compared with configured names
     * @param rawPath    the request URI's raw (percent-encoded) path
     * @param rawQuery   the raw query string, or {@code null}
     */
    public Optional<String> redirect(String hostHeader, String rawPath, String rawQuery) {
        return target(hostHeader, rawPath).map(t -> t.url(rawQuery));
    }

    /**
     * The current site and the path within it that a request to a former base stands for; empty when the request is
     * not for a former base, or a current site with a longer path prefix on the same host claims it.
     *
     * @param hostHeader the request's Host header, only compared with configured names
     * @param rawPath    the request URI's raw (percent-encoded) path
     */
    public Optional<SiteDirectory.Route> target(String hostHeader, String rawPath) {
        String host = SiteDirectory.hostName(hostHeader);
        if (host == null || moves.isEmpty()) {
            return Optional.empty();
        }
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        for (Move move : moves) {
            Optional<String> inside = pathInside(move.former(), host, path);
            if (inside.isEmpty()) {
                continue;
            }
            int claimedByCurrent = current.route(hostHeader, path)
                    .map(r -> r.site().pathPrefix().length())
                    .orElse(-1);
            if (claimedByCurrent >= move.former().pathPrefix().length()) {
                return Optional.empty();
            }
            return Optional.of(new SiteDirectory.Route(move.current(), inside.get()));
        }
        return Optional.empty();
    }

    private static Optional<String> pathInside(Site site, String host, String path) {
        if (!site.host().equals(host)) {
            return Optional.empty();
        }
        String prefix = site.pathPrefix();
        if (prefix.isEmpty()) {
            return Optional.of(path);
        }
        if (path.equals(prefix)) {
            return Optional.of("/");
        }
        return path.startsWith(prefix + "/") ? Optional.of(path.substring(prefix.length())) : Optional.empty();
    }

    /** A former base and the site that now serves its pages. */
    public record Move(Site former, Site current) {}
}
