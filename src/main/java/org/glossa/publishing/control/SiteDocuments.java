package org.glossa.publishing.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.localization.control.Messages;
import org.glossa.site.control.Site;
import org.glossa.site.control.SiteDirectory;
import org.glossa.site.control.SitePaths;
import org.glossa.site.control.SiteSnapshot;
import org.glossa.site.control.SiteSnapshot.LiveText;

/**
 * Generates one locale site's documents from a {@link SiteSnapshot}: sitemap parts, the sitemap index, the news
 * sitemap and the RSS feed; and a host's robots.txt. Pure: no container, no database.
 *
 * <p>Each document is handed to the consumer as soon as it is complete and not kept, so memory holds one
 * document (at most the sitemap byte limit) however many URLs the site has. Alternates mirror the pages' own
 * {@code <link rel="alternate">}: every locale where the same item is live, plus x-default.
 */
public final class SiteDocuments {

    public static final String INDEX = "sitemap.xml";
    public static final String NEWS = "news-sitemap.xml";
    public static final String FEED = "feed.xml";
    public static final String ROBOTS = "robots.txt";
    public static final int FEED_ITEMS = 50;

    private final SiteDirectory sites;
    private final LocaleCatalog catalog;
    private final SiteSnapshot snapshot;
    private final SitemapLimits limits;
    private final String hubUrl;

    public SiteDocuments(SiteDirectory sites, LocaleCatalog catalog, SiteSnapshot snapshot, SitemapLimits limits) {
        this(sites, catalog, snapshot, limits, null);
    }

    private SiteDocuments(SiteDirectory sites, LocaleCatalog catalog, SiteSnapshot snapshot, SitemapLimits limits,
                          String hubUrl) {
        this.sites = Objects.requireNonNull(sites, "sites");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.hubUrl = hubUrl;
    }

    /** The same documents, with feeds that advertise the WebSub hub {@code hubUrl} (null: none). */
    public SiteDocuments withHub(String hubUrl) {
        return new SiteDocuments(sites, catalog, snapshot, limits, hubUrl);
    }

    /** The URL of {@code locale}'s feed: its WebSub topic (WS-2). */
    public String feedUrl(LocaleDefinition locale) {
        return sites.site(locale).url("/" + FEED);
    }

    /**
     * The page URLs of {@code locale}'s sitemap whose content changed after {@code after} (every one when null):
     * what an IndexNow submission lists (IN-4).
     */
    public List<String> pageUrlsChangedAfter(LocaleDefinition locale, Instant after) {
        return urls(locale).filter(u -> after == null || u.lastModified() != null && u.lastModified().isAfter(after))
                .map(SitemapUrl::loc).toList();
    }

    /** {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... for part index 0, 1, ... */
    public static String partName(int index) {
        return "sitemap-" + (index + 1) + ".xml";
    }

    /** Whether {@code name} is one of the documents a locale site serves. */
    public static boolean isSiteDocument(String name) {
        return INDEX.equals(name) || NEWS.equals(name) || FEED.equals(name) || name.matches("sitemap-[1-9][0-9]{0,5}\\.xml");
    }

    /**
     * Writes every document of {@code locale}'s site into {@code out}, the index last.
     *
     * @return the names written, so that stored parts no longer produced can be deleted
     */
    public List<String> generate(LocaleDefinition locale, Instant now, Consumer<GeneratedDocument> out) {
        Site site = sites.site(locale);
        List<String> names = new ArrayList<>();
        try {
            List<SitemapReference> references = new ArrayList<>();
            NewestPerPart tracker = new NewestPerPart(urls(locale).iterator());
            List<SitemapPart> parts = new SitemapWriter(limits).writeParts(tracker, index -> new Buffer(bytes ->
                    out.accept(new GeneratedDocument(partName(index), GeneratedDocument.XML, bytes, tracker.finishPart()))));
            for (SitemapPart part : parts) {
                names.add(partName(part.index()));
                references.add(new SitemapReference(site.url("/" + partName(part.index())), part.newestLastModified()));
            }
            GeneratedDocument news = news(locale, site, now);
            out.accept(news);
            names.add(NEWS);
            Instant newsStamp = newestNewsItem(locale, now).orElse(null);
            references.add(new SitemapReference(site.url("/" + NEWS), newsStamp));
            ByteArrayOutputStream index = new ByteArrayOutputStream();
            new SitemapIndexWriter(limits).write(references.iterator(), index);
            Instant indexStamp = Stream.concat(parts.stream().map(SitemapPart::newestLastModified),
                    Stream.of(newsStamp)).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
            out.accept(new GeneratedDocument(INDEX, GeneratedDocument.XML, index.toByteArray(), indexStamp));
            names.add(INDEX);
            out.accept(feed(locale, site));
            names.add(FEED);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** robots.txt for one host: a Sitemap line for the index of every locale site served on it (RULES.md RB-1). */
    public GeneratedDocument robots(String host, Instant now) {
        StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
        List<Site> onHost = sites.locales().stream().filter(s -> s.host().equals(host)).toList();
        if (!onHost.isEmpty()) {
            text.append('\n');
        }
        for (Site site : onHost) {
            text.append("Sitemap: ").append(site.url("/" + INDEX)).append('\n');
        }
        return new GeneratedDocument(ROBOTS, GeneratedDocument.TEXT, text.toString().getBytes(StandardCharsets.UTF_8), now);
    }

    /** Every host some site is served on, x-default's included. */
    public List<String> hosts() {
        return Stream.concat(sites.locales().stream(), Stream.of(sites.xDefault())).map(Site::host).distinct().toList();
    }

    // ---- sitemap ------------------------------------------------------------------------------------------

    private Stream<SitemapUrl> urls(LocaleDefinition locale) {
        String tag = locale.tag();
        Site site = sites.site(locale);
        List<SiteSnapshot.PostItem> posts = snapshot.posts(tag);
        List<SiteSnapshot.ExperienceItem> roles = snapshot.experience(tag);
        Instant newestPost = newest(posts.stream().map(p -> p.texts().get(tag)));
        Instant newestRole = newest(roles.stream().map(r -> r.texts().get(tag)));
        Instant newestAny = Stream.of(newestPost, newestRole).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        Stream<SitemapUrl> sections = Stream.of(
                new SitemapUrl(site.url(SitePaths.HOME), newestAny, everyLocale(SitePaths.HOME), List.of()),
                new SitemapUrl(site.url(SitePaths.BLOG), newestPost, everyLocale(SitePaths.BLOG), List.of()),
                new SitemapUrl(site.url(SitePaths.EXPERIENCE), newestRole, everyLocale(SitePaths.EXPERIENCE), List.of()));
        Stream<SitemapUrl> roleUrls = roles.stream().map(r -> {
            LiveText text = r.texts().get(tag);
            return new SitemapUrl(site.url(SitePaths.experienceEntry(text.slug())), text.publishedAt(),
                    itemAlternates("en", r.texts(), SitePaths::experienceEntry), List.of());
        });
        Stream<SitemapUrl> postUrls = posts.stream().map(p -> {
            LiveText text = p.texts().get(tag);
            List<String> images = p.cover() == null ? List.of() : List.of(site.url(SitePaths.media(p.cover().mediaId())));
            return new SitemapUrl(site.url(SitePaths.post(text.slug())), text.publishedAt(),
                    itemAlternates(p.sourceLocale(), p.texts(), SitePaths::post), images);
        });
        return Stream.of(sections, roleUrls, postUrls).flatMap(Function.identity());
    }

    private static Instant newest(Stream<LiveText> texts) {
        return texts.map(LiveText::publishedAt).max(Comparator.naturalOrder()).orElse(null);
    }

    private List<Alternate> everyLocale(String path) {
        List<Alternate> result = new ArrayList<>();
        for (LocaleDefinition l : catalog.all()) {
            result.add(new Alternate(l.hreflang(), sites.site(l).url(path)));
        }
        result.add(new Alternate(Alternate.X_DEFAULT, sites.xDefault().url(SitePaths.HOME)));
        return result;
    }

    /** As the item's page declares them: where it is live, and x-default on the original (else the first live). */
    private List<Alternate> itemAlternates(String preferred, Map<String, LiveText> texts, Function<String, String> path) {
        List<Alternate> result = new ArrayList<>();
        for (LocaleDefinition l : catalog.all()) {
            LiveText text = texts.get(l.tag());
            if (text != null) {
                result.add(new Alternate(l.hreflang(), sites.site(l).url(path.apply(text.slug()))));
            }
        }
        LocaleDefinition chosen = texts.containsKey(preferred) ? catalog.get(preferred)
                : catalog.all().stream().filter(l -> texts.containsKey(l.tag())).findFirst().orElseThrow();
        result.add(new Alternate(Alternate.X_DEFAULT, sites.site(chosen).url(path.apply(texts.get(chosen.tag()).slug()))));
        return result;
    }

    // ---- news and feed ------------------------------------------------------------------------------------

    private Stream<SiteSnapshot.PostItem> recentPosts(LocaleDefinition locale, Instant now) {
        Instant since = now.minus(NewsSitemapWriter.WINDOW);
        return snapshot.posts(locale.tag()).stream()
                .filter(p -> !p.texts().get(locale.tag()).firstPublishedAt().isBefore(since))
                .limit(NewsSitemapWriter.MAX_ITEMS);
    }

    private Optional<Instant> newestNewsItem(LocaleDefinition locale, Instant now) {
        return recentPosts(locale, now).map(p -> p.texts().get(locale.tag()).firstPublishedAt()).max(Comparator.naturalOrder());
    }

    private GeneratedDocument news(LocaleDefinition locale, Site site, Instant now) throws IOException {
        String tag = locale.tag();
        String publication = publicationName(site);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new NewsSitemapWriter().write(recentPosts(locale, now).map(p -> {
            LiveText text = p.texts().get(tag);
            return new NewsItem(site.url(SitePaths.post(text.slug())), publication, locale.newsLanguage(),
                    text.firstPublishedAt(), text.title());
        }).iterator(), now, bytes);
        Instant stamp = newestNewsItem(locale, now)
                .orElseGet(() -> Optional.ofNullable(newest(snapshot.posts(tag).stream().map(p -> p.texts().get(tag))))
                        .orElse(Instant.EPOCH));
        return new GeneratedDocument(NEWS, GeneratedDocument.XML, bytes.toByteArray(), stamp);
    }

    private GeneratedDocument feed(LocaleDefinition locale, Site site) throws IOException {
        String tag = locale.tag();
        List<SiteSnapshot.PostItem> latest = snapshot.posts(tag).stream().limit(FEED_ITEMS).toList();
        Instant lastBuild = Optional.ofNullable(newest(latest.stream().map(p -> p.texts().get(tag)))).orElse(Instant.EPOCH);
        String name = publicationName(site);
        FeedChannel channel = new FeedChannel(name, site.url(SitePaths.HOME),
                Messages.of(locale).format("blog.metaDescription", Map.of("name", name)), locale.tag(),
                site.url("/" + FEED), lastBuild, hubUrl);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new RssWriter().write(channel, latest.stream().map(p -> {
            LiveText text = p.texts().get(tag);
            String link = site.url(SitePaths.post(text.slug()));
            Enclosure enclosure = p.cover() == null ? null : new Enclosure(site.url(SitePaths.media(p.cover().mediaId())),
                    p.cover().byteLength(), p.cover().mimeType());
            String summary = text.summary() == null || text.summary().isBlank() ? null : text.summary();
            return new FeedItem(text.title(), link, link, text.firstPublishedAt(), summary, enclosure);
        }).iterator(), bytes);
        return new GeneratedDocument(FEED, GeneratedDocument.RSS, bytes.toByteArray(), lastBuild);
    }

    private String publicationName(Site site) {
        return snapshot.ownerName().isBlank() ? site.host() : snapshot.ownerName();
    }

    /**
     * The newest lastmod of the part being written. The writer finishes a part after it has taken the first URL
     * of the next one from the iterator (that URL did not fit), or after the iterator ran out.
     */
    private static final class NewestPerPart implements java.util.Iterator<SitemapUrl> {
        private final java.util.Iterator<SitemapUrl> urls;
        private Instant newestBeforeLast;
        private Instant last;
        private boolean exhausted;

        NewestPerPart(java.util.Iterator<SitemapUrl> urls) {
            this.urls = urls;
        }

        @Override
        public boolean hasNext() {
            exhausted = !urls.hasNext();
            return !exhausted;
        }

        @Override
        public SitemapUrl next() {
            SitemapUrl url = urls.next();
            newestBeforeLast = max(newestBeforeLast, last);
            last = url.lastModified();
            return url;
        }

        Instant finishPart() {
            Instant newest;
            if (exhausted) {
                newest = max(newestBeforeLast, last);
                newestBeforeLast = null;
                last = null;
            } else {
                newest = newestBeforeLast;
                newestBeforeLast = null;
            }
            return newest == null ? Instant.EPOCH : newest;
        }

        private static Instant max(Instant a, Instant b) {
            return a == null ? b : b == null || a.isAfter(b) ? a : b;
        }
    }

    /** A part's bytes, handed on when the writer closes it. */
    private static final class Buffer extends ByteArrayOutputStream {
        private final Consumer<byte[]> done;
        private boolean closed;

        Buffer(Consumer<byte[]> done) {
            this.done = done;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                done.accept(toByteArray());
            }
        }
    }
}
