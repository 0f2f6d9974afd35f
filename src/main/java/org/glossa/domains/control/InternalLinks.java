package org.glossa.domains.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which links in a text lead to one of Glossa's own pages, and to which: an absolute http(s) URL on a configured
 * base (current or former; host compared case-insensitively, port respected, scheme not), or a root-relative path
 * ({@code /blog/x}), which means the text's own site. Other links (another host, a relative path, a fragment,
 * {@code mailto:}) are external and left alone.
 *
 * <p>A root-relative path that a browser would take to another of Glossa's sites on the same host (one with a
 * longer path prefix, or a former base there) means that site; one that would leave a site with a path prefix
 * ({@code /blog/x} written in the French text of a site at {@code /fr}) still means the text's own site, as its
 * author meant it, and is marked {@linkplain InternalLink#direct() indirect} so that the pages write it out in full.
 */
public final class InternalLinks {

    /** A base a link can name, and the current site its pages belong to. */
    private record Base(Site base, Site current, boolean former) {}

    private final SiteDirectory sites;
    /** Longest path prefix first, current before former at equal length. */
    private final List<Base> bases;

    private final Set<String> hosts;

    public InternalLinks(SiteDirectory sites, FormerSites former) {
        this.sites = sites;
        List<Base> all = new ArrayList<>();
        sites.routable().forEach(s -> all.add(new Base(s, s, false)));
        former.moves().forEach(m -> all.add(new Base(m.former(), m.current(), true)));
        all.sort(Comparator.comparingInt((Base b) -> b.base().pathPrefix().length())
                .reversed()
                .thenComparing(Base::former));
        this.bases = List.copyOf(all);
        Set<String> names = new LinkedHashSet<>();
        all.forEach(b -> names.add(b.base().host()));
        this.hosts = Set.copyOf(names);
    }

    /** Without former bases. */
    public static InternalLinks of(SiteDirectory sites) {
        return new InternalLinks(sites, FormerSites.none(sites));
    }

    public SiteDirectory sites() {
        return sites;
    }

    /**
     * A link to one of the sites, and the page it names.
     *
     * @param site         the current site the link leads to (x-default's has no locale and only a home page)
     * @param rawPath      the path within that site as written (percent-encoded; a trailing slash removed)
     * @param page         the page the path names; empty when it names none (a broken link)
     * @param rawQuery     the query as written, or {@code null}
     * @param rawFragment  the fragment as written, or {@code null}
     * @param direct       whether a browser following the link as written reaches {@code site} at {@code rawPath}
     *                     without a redirect: false for a former base, and for a root-relative path outside its own
     *                     site's path prefix
     */
    public record InternalLink(
            Site site,
            String rawPath,
            Optional<SitePaths.Page> page,
            String rawQuery,
            String rawFragment,
            boolean direct) {

        /** {@code ?query#fragment} as written, or {@code ""}: what a rewritten link keeps. */
        public String suffix() {
            return (rawQuery == null ? "" : "?" + rawQuery) + (rawFragment == null ? "" : "#" + rawFragment);
        }
    }

    /**
     * Whether a fragment of HTML may hold an internal link at all: a cheap test that spares parsing the rest. False
     * only when no {@code href} is root-relative and no configured host appears anywhere in it.
     */
    public boolean mayLinkInside(String html) {
        if (html == null || !html.contains("href")) {
            return false;
        }
        if (html.contains("href=\"/") || html.contains("href='/")) {
            return true;
        }
        String lower = html.toLowerCase(Locale.ROOT);
        return hosts.stream().anyMatch(lower::contains);
    }

    /**
     * Where a link written in a text of {@code own}'s locale leads, if it is internal.
     *
     * @param href the destination as written (percent-encoded or not)
     * @param own  the site of the text's locale
     */
    public Optional<InternalLink> resolve(String href, Site own) {
        if (href == null) {
            return Optional.empty();
        }
        String rest = href.strip();
        String fragment = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        String query = null;
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        if (rest.startsWith("//")) {
            return absolute(rest.substring(2), query, fragment);
        }
        if (rest.startsWith("/")) {
            return rootRelative(rest, own, query, fragment);
        }
        int colon = rest.indexOf(':');
        if (colon <= 0 || !rest.startsWith("//", colon + 1)) {
            return Optional.empty();
        }
        String scheme = rest.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        return absolute(rest.substring(colon + 3), query, fragment);
    }

    private Optional<InternalLink> absolute(String authorityAndPath, String query, String fragment) {
        int slash = authorityAndPath.indexOf('/');
        String authority = slash < 0 ? authorityAndPath : authorityAndPath.substring(0, slash);
        String path = slash < 0 ? "/" : authorityAndPath.substring(slash);
        if (authority.contains("@")) {
            return Optional.empty();
        }
        String host = authority;
        int port = -1;
        int portColon = authority.lastIndexOf(':');
        if (portColon >= 0 && portColon > authority.lastIndexOf(']')) {
            host = authority.substring(0, portColon);
            String digits = authority.substring(portColon + 1);
            if (!digits.isEmpty()) {
                if (!digits.matches("[0-9]{1,5}")) {
                    return Optional.empty();
                }
                port = Integer.parseInt(digits);
            }
        }
        String name = SiteDirectory.hostName(host);
        if (name == null) {
            return Optional.empty();
        }
        for (Base b : bases) {
            Optional<String> inside = inside(b.base(), name, port, path);
            if (inside.isPresent()) {
                return Optional.of(link(b.current(), inside.get(), query, fragment, !b.former()));
            }
        }
        return Optional.empty();
    }

    private Optional<InternalLink> rootRelative(String path, Site own, String query, String fragment) {
        int ownPort = own.base().getPort();
        for (Base b : bases) {
            if (b.base().pathPrefix().length() < own.pathPrefix().length()) {
                break;
            }
            Optional<String> inside = inside(b.base(), own.host(), ownPort, path);
            if (inside.isPresent()) {
                return Optional.of(link(b.current(), inside.get(), query, fragment, !b.former()));
            }
        }
        return Optional.of(link(own, path, query, fragment, own.pathPrefix().isEmpty()));
    }

    /** The path within {@code base} of a URL on host and port, if it is under the base. */
    private static Optional<String> inside(Site base, String host, int port, String path) {
        if (!base.host().equals(host) || !samePort(base.base().getPort(), port)) {
            return Optional.empty();
        }
        String prefix = base.pathPrefix();
        if (prefix.isEmpty()) {
            return Optional.of(path);
        }
        if (path.equals(prefix)) {
            return Optional.of("/");
        }
        return path.startsWith(prefix + "/") ? Optional.of(path.substring(prefix.length())) : Optional.empty();
    }

    /**
     * Ports match when equal; a base configured without a port is reached on either default port, so
     * {@code http://} and {@code https://} links to it, with or without {@code :80}/{@code :443}, all mean it.
     */
    private static boolean samePort(int configured, int written) {
        if (configured == written) {
            return true;
        }
        int other = configured == -1 ? written : written == -1 ? configured : 0;
        return (configured == -1 || written == -1) && (other == 80 || other == 443);
    }

    private static InternalLink link(Site site, String path, String query, String fragment, boolean direct) {
        String within = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        boolean exact = direct && within.equals(path);
        Optional<SitePaths.Page> page = SitePaths.page(within);
        if (site.xDefault()) {
            page = page.filter(SitePaths.Home.class::isInstance);
        }
        return new InternalLink(site, within, page, query, fragment, exact);
    }
}
