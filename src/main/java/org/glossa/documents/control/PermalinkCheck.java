package org.glossa.documents.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import javax.xml.stream.XMLStreamException;
import org.glossa.domains.control.PageStatus;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/**
 * Checks the sitemaps a regeneration just generated against the site's own routing, in process: every {@code loc}
 * of the parts, as the writer takes it in ({@link #observer}), routes to a site ({@link SiteDirectory#route}) whose page answers 200 ({@link PageStatus}),
 * every {@code x-default} alternate answers 200, and the alternates pair back: every page of a cluster lists the same
 * alternates, itself included (Google's hreflang rules: each version lists itself and every other version), so each
 * alternate's own entry names this URL for this locale. Then the index must list only the parts the run wrote.
 *
 * <p>The URLs are checked as the writer serialises them, not read back from the bytes: reading 60 MB of XML back
 * cost more than the rest of the check. The bytes themselves are what the writer's tests validate against the
 * sitemap schemas; the index, which names the parts, is read back.
 *
 * <p>Pairing is checked among the locales of the run ({@code checked}): a request-driven run regenerates the changed
 * item's every live locale, so its clusters are complete; alternates on locales it did not regenerate are paired by
 * the next full run. Memory does not grow with the URLs: per cluster of alternates (one per item, not per URL) the
 * check keeps two 64-bit digests, two locale masks and one example URL, and compares the pages that listed the
 * cluster with the members the cluster names.
 */
public final class PermalinkCheck {

    private final SiteDirectory sites;
    private final PageStatus pages;
    private final PermalinkFindings findings;
    private final Map<String, Integer> localeIndex = new HashMap<>();
    private final Map<String, String> tagOfHreflang = new HashMap<>();
    private final List<String> tags;
    private final Map<Long, Cluster> clusters = new HashMap<>();
    /** Status of each x-default seen: the versions of an item share one, so it is resolved once per item. */
    private final Map<String, Integer> xDefaults = new HashMap<>();
    /** The digests of the last few thousand lists of alternates seen (a group holds a thousand items). */
    private final Map<Identity, Digest> digests = new LinkedHashMap<>(4096, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Identity, Digest> eldest) {
            return size() > 4096;
        }
    };

    private long nanos;

    /** The pages that list one set of alternates, and the members that set names. */
    private static final class Cluster {
        long expected;
        int expectedCount;
        int members;
        long reported;
        int reportedCount;
        int reporters;
        String exampleLocale;
        String exampleUrl;
    }

    /**
     * @param checked the locales this run regenerates (at most 31: locales are kept as bit masks)
     */
    public PermalinkCheck(
            SiteDirectory sites,
            LocaleCatalog catalog,
            PageStatus pages,
            List<LocaleDefinition> checked,
            PermalinkFindings findings) {
        if (checked.size() > 31) {
            throw new IllegalArgumentException("at most 31 locales per check");
        }
        this.sites = sites;
        this.pages = pages;
        this.findings = findings;
        this.tags = checked.stream().map(LocaleDefinition::tag).toList();
        for (int i = 0; i < checked.size(); i++) {
            localeIndex.put(checked.get(i).tag(), i);
            tagOfHreflang.put(checked.get(i).hreflang(), checked.get(i).tag());
        }
        catalog.all().forEach(l -> tagOfHreflang.putIfAbsent(l.hreflang(), null));
    }

    /** Sees one locale's generation: its sitemap URLs as they are written, then its sitemap index. */
    public GenerationObserver observer(LocaleDefinition locale) {
        return new GenerationObserver() {
            @Override
            public void listed(SitemapUrl url) {
                PermalinkCheck.this.listed(locale, url.loc(), url.alternates());
            }

            @Override
            public void generated(List<GeneratedDocument> documents, List<String> names) {
                inspect(locale, documents, names);
            }
        };
    }

    /**
     * Checks one URL of {@code locale}'s sitemap parts: its page answers 200, its x-default too, it lists itself among
     * its alternates, and (in {@link #finish}) those alternates list it back.
     */
    public void listed(LocaleDefinition locale, String loc, List<Alternate> alternates) {
        long started = System.nanoTime();
        try {
            entry(locale, loc, alternates);
        } catch (RuntimeException e) {
            findings.add(new PermalinkFinding(locale.tag(), loc, "could not be checked: " + e));
        } finally {
            nanos += System.nanoTime() - started;
        }
    }

    /**
     * Checks that the sitemap index of one locale's generation lists only parts the site has after it: written by
     * this generation (their URLs were checked as they were written) or kept from the run that wrote and checked
     * them ({@code names}). A document that cannot be read is itself a finding; nothing here throws.
     */
    public void inspect(LocaleDefinition locale, List<GeneratedDocument> generated, List<String> names) {
        long started = System.nanoTime();
        String tag = locale.tag();
        findings.checked(tag);
        Site site = sites.site(locale);
        String indexUrl = site.url("/" + SiteDocuments.INDEX);
        try {
            Optional<GeneratedDocument> index = named(generated, SiteDocuments.INDEX);
            if (index.isEmpty()) {
                findings.add(new PermalinkFinding(tag, indexUrl, "the sitemap index was not generated"));
                return;
            }
            List<String> parts;
            try (InputStream in = index.get().content().open()) {
                parts = SitemapEntries.partLocations(in);
            }
            String base = site.url("/");
            for (String part : parts) {
                if (!part.startsWith(base) || !names.contains(part.substring(base.length()))) {
                    findings.add(new PermalinkFinding(
                            tag, part, "listed in " + indexUrl + " but neither generated nor kept by this run"));
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            findings.add(new PermalinkFinding(tag, indexUrl, "the sitemap index could not be read: " + e));
        } finally {
            nanos += System.nanoTime() - started;
        }
    }

    /** Reports the clusters whose pages do not all list them back; call once, after the last {@link #inspect}. */
    public void finish() {
        long started = System.nanoTime();
        for (Cluster c : clusters.values()) {
            if (c.expected == c.reported && c.expectedCount == c.reportedCount && c.members == c.reporters) {
                continue;
            }
            int missing = c.members & ~c.reporters;
            String problem = missing != 0
                    ? "its hreflang alternates on " + localesIn(missing)
                            + " do not list it back (their entries list other alternates, or are missing)"
                    : "its hreflang alternates do not pair back: a page lists them without being one of them,"
                            + " or is listed twice";
            findings.add(new PermalinkFinding(c.exampleLocale, c.exampleUrl, problem));
        }
        clusters.clear();
        nanos += System.nanoTime() - started;
    }

    /** Time spent checking so far (reading the generated sitemaps, resolving, pairing). */
    public long elapsedNanos() {
        return nanos;
    }

    private void entry(LocaleDefinition locale, String loc, List<Alternate> alternates) {
        String tag = locale.tag();
        int status = status(loc);
        if (status != 200) {
            findings.add(new PermalinkFinding(tag, loc, describe(status)));
        }
        if (alternates.isEmpty()) {
            return;
        }
        Digest digest = digests.get(new Identity(alternates));
        if (digest == null) {
            digest = digest(alternates);
            digests.put(new Identity(alternates), digest);
        }
        for (String[] problem : digest.problems()) {
            findings.add(new PermalinkFinding(
                    tag,
                    loc,
                    problem[0].equals(Site.X_DEFAULT)
                            ? "its x-default " + problem[1] + " " + problem[2]
                            : "its alternate " + problem[1] + " has an unknown hreflang " + problem[0]));
        }
        long self = 0;
        boolean listsItself = false;
        for (int i = 0; i < alternates.size() && !listsItself; i++) {
            Alternate link = alternates.get(i);
            if (link.hreflang().equals(locale.hreflang()) && link.href().equals(loc)) {
                listsItself = true;
                self = digest.keys()[i];
            }
        }
        if (!listsItself) {
            findings.add(new PermalinkFinding(
                    tag, loc, "its hreflang alternates do not list itself as " + locale.hreflang()));
            self = key(loc, locale.hreflang());
        }
        long fingerprint = digest.fingerprint();
        long expected = digest.expected();
        int expectedCount = digest.expectedCount();
        int members = digest.members();
        Cluster cluster = clusters.computeIfAbsent(fingerprint, f -> new Cluster());
        if (cluster.exampleUrl == null) {
            cluster.exampleUrl = loc;
            cluster.exampleLocale = tag;
            cluster.expected = expected;
            cluster.expectedCount = expectedCount;
            cluster.members = members;
        }
        cluster.reported += self;
        cluster.reportedCount++;
        cluster.reporters |= 1 << localeIndex.get(tag);
    }

    /**
     * What a set of alternates contributes, whichever of its pages lists it: a full run renders an item's group in every
     * locale in turn with one list of alternates, which is digested once instead of once per locale.
     *
     * @param keys     each alternate's key, in order
     * @param problems x-default and hreflang problems of the set: {hreflang, href, description}
     */
    private record Digest(
            long[] keys, long fingerprint, long expected, int expectedCount, int members, List<String[]> problems) {}

    /** A list by identity: the same instance, not an equal one (comparing equal lists costs what digesting does). */
    private record Identity(List<Alternate> list) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.list == list;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(list);
        }
    }

    private Digest digest(List<Alternate> alternates) {
        long[] keys = new long[alternates.size()];
        long fingerprint = 0;
        long expected = 0;
        int expectedCount = 0;
        int members = 0;
        List<String[]> problems = new ArrayList<>(0);
        for (int i = 0; i < alternates.size(); i++) {
            Alternate link = alternates.get(i);
            String href = link.href();
            String hreflang = link.hreflang();
            long key = key(href, hreflang);
            keys[i] = key;
            fingerprint += mix(key ^ 0x9E3779B97F4A7C15L);
            if (Site.X_DEFAULT.equals(hreflang)) {
                int xDefault = xDefaults.computeIfAbsent(href, this::status);
                if (xDefault != 200) {
                    problems.add(new String[] {hreflang, href, describe(xDefault)});
                }
                continue;
            }
            if (!tagOfHreflang.containsKey(hreflang)) {
                problems.add(new String[] {hreflang, href, null});
                continue;
            }
            String memberTag = tagOfHreflang.get(hreflang);
            if (memberTag != null) {
                expected += key;
                expectedCount++;
                members |= 1 << localeIndex.get(memberTag);
            }
        }
        return new Digest(keys, fingerprint, expected, expectedCount, members, problems);
    }

    /**
     * What readers get at an absolute URL: routed by the site directory, answered by the site's pages. The URL is
     * split by hand (scheme, authority, raw path): {@code java.net.URI} costs more than the page lookup, and the
     * generator only writes percent-encoded ASCII URLs.
     */
    private int status(String url) {
        int authority = url.indexOf("://");
        if (authority <= 0 || url.indexOf('?') >= 0 || url.indexOf('#') >= 0) {
            return 0;
        }
        int path = url.indexOf('/', authority + 3);
        String host = path < 0 ? url.substring(authority + 3) : url.substring(authority + 3, path);
        if (host.isEmpty() || host.indexOf('@') >= 0) {
            return 0;
        }
        Optional<SiteDirectory.Route> route = sites.route(host, path < 0 ? "/" : url.substring(path));
        return route.map(r -> pages.of(r.site(), r.path())).orElse(-1);
    }

    static String describe(int status) {
        return switch (status) {
            case 0 -> "is not an absolute URL without query or fragment";
            case -1 -> "is on no configured site";
            case 301 -> "answers 301 (redirects elsewhere)";
            case 404 -> "answers 404 (not found)";
            case 410 -> "answers 410 (gone)";
            default -> "answers " + status;
        };
    }

    private String localesIn(int mask) {
        StringJoiner joined = new StringJoiner(", ");
        for (int i = 0; i < tags.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                joined.add(tags.get(i));
            }
        }
        return joined.toString();
    }

    private static Optional<GeneratedDocument> named(List<GeneratedDocument> generated, String name) {
        return generated.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /**
     * A 64-bit hash of a URL and its hreflang (FNV-1a over the URL, the hreflang's own hash folded in, then a SplitMix64
     * finaliser): collisions are out of reach, and each URL is read once.
     */
    static long key(String url, String hreflang) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < url.length(); i++) {
            h = (h ^ url.charAt(i)) * 0x100000001b3L;
        }
        return mix(h ^ mix(hreflang.hashCode() + 0x632be59bd9b4e019L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
