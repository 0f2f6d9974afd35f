package org.glossa.documents.control;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.glossa.content.entity.ItemKind;
import org.glossa.domains.control.Alternates;
import org.glossa.domains.control.PublicUrl;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.domains.control.SitePaths;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.localization.control.Messages;
import org.glossa.localization.control.TypedText.Lines;

/**
 * Generates one locale site's documents from the {@link PublishedContent}: sitemap parts, the sitemap index, the
 * news sitemap and the RSS feed; the x-default site's sitemap (its language chooser); and a host's robots.txt.
 * Pure: no container, no database of its own.
 *
 * <p>Memory stays bounded whatever the content size: items are pulled from the content one at a time, and each
 * document is written into a {@link DocumentSpool} (a temporary file once it outgrows the spool's threshold) and
 * handed to the consumer as soon as it is complete. The consumer owns the spool and discards it. Alternates are the
 * pages' own {@code <link rel="alternate">} (both come from {@link Alternates}): every locale where the same item is
 * live, plus x-default.
 */
public final class SiteDocuments {

    public static final String INDEX = "sitemap.xml";
    public static final String NEWS = "news-sitemap.xml";
    public static final String FEED = "feed.xml";
    public static final String ROBOTS = "robots.txt";
    public static final int FEED_ITEMS = 50;
    /**
     * Items per sitemap group: about 2 MB of XML with 18 alternates each, so a change re-renders a few MB per locale
     * it touches, and 50,000 posts make 50 files per locale, far under the index's 50,000.
     */
    public static final int DEFAULT_ITEMS_PER_PART = 1000;
    /** Part of every stamp: raise it when the parts' bytes change for the same content, so that all render again. */
    static final String GENERATOR_VERSION = "parts-1";

    private final SiteDirectory sites;
    private final LocaleCatalog catalog;
    private final PublishedContent content;
    private final SitemapLimits limits;
    private final int itemsPerPart;
    private final String hubUrl;
    private final ItemNotices notices;

    public SiteDocuments(SiteDirectory sites, LocaleCatalog catalog, PublishedContent content, SitemapLimits limits) {
        this(sites, catalog, content, limits, DEFAULT_ITEMS_PER_PART);
    }

    public SiteDocuments(
            SiteDirectory sites,
            LocaleCatalog catalog,
            PublishedContent content,
            SitemapLimits limits,
            int itemsPerPart) {
        this(sites, catalog, content, limits, itemsPerPart, null, new ItemNotices());
    }

    private SiteDocuments(
            SiteDirectory sites,
            LocaleCatalog catalog,
            PublishedContent content,
            SitemapLimits limits,
            int itemsPerPart,
            String hubUrl,
            ItemNotices notices) {
        this.sites = Objects.requireNonNull(sites, "sites");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.content = Objects.requireNonNull(content, "content");
        this.limits = Objects.requireNonNull(limits, "limits");
        if (itemsPerPart < 1 || itemsPerPart > SitemapLimits.PROTOCOL.maxEntries()) {
            throw new IllegalArgumentException("itemsPerPart must be 1 to 50,000, got " + itemsPerPart);
        }
        this.itemsPerPart = itemsPerPart;
        this.hubUrl = hubUrl;
        this.notices = notices;
    }

    /** The same documents, with feeds that advertise the WebSub hub {@code hubUrl} (null: none). */
    public SiteDocuments withHub(String hubUrl) {
        return new SiteDocuments(sites, catalog, content, limits, itemsPerPart, hubUrl, notices);
    }

    /**
     * Plans a run over {@code locales}: which item groups it renders, which it keeps (see {@link PartPlan}).
     *
     * @param stored per locale tag, the input stamp (null when none) of each stored sitemap part
     */
    public PartPlan plan(Collection<LocaleDefinition> locales, Map<String, Map<String, String>> stored) {
        return PartPlan.of(
                content.partInputs(itemsPerPart),
                configuration(),
                locales.stream().map(LocaleDefinition::tag).toList(),
                stored);
    }

    /**
     * Plans a run for {@code changed} over {@code locales}: the groups holding those items only, the others kept as
     * stored ({@link PartPlan#forGroups}); every group, as {@link #plan(Collection, Map)}, when a locale's stored parts
     * cannot be kept that way.
     */
    public PartPlan plan(
            Collection<LocaleDefinition> locales, Map<String, Map<String, String>> stored, ChangedItems changed) {
        List<String> tags = locales.stream().map(LocaleDefinition::tag).toList();
        if (!PartPlan.keepsAsStored(stored, tags, itemsPerPart)) {
            return plan(locales, stored);
        }
        Set<PartGroup> groups = changed.groups(itemsPerPart);
        return PartPlan.forGroups(
                content.partInputs(itemsPerPart, groups), groups, itemsPerPart, configuration(), tags, stored);
    }

    /** Everything the parts' bytes depend on besides the content: the generator, the limits, every base URL. */
    private String configuration() {
        StringBuilder configuration = new StringBuilder(GENERATOR_VERSION)
                .append('|')
                .append(limits.maxEntries())
                .append('|')
                .append(limits.maxBytes())
                .append('|')
                .append(itemsPerPart);
        for (LocaleDefinition locale : catalog.all()) {
            configuration
                    .append('|')
                    .append(locale.tag())
                    .append('=')
                    .append(sites.site(locale).url("/"));
        }
        return configuration
                .append("|x-default=")
                .append(sites.xDefault().url("/"))
                .toString();
    }

    /**
     * What the generations so far repaired or left out, one line per item and problem, each starting with the
     * locale: stored text that cannot be written as it is (old rows, a manual UPDATE) is repaired in the output,
     * and an item that still cannot be written is left out of that document; the other items are published.
     */
    public List<String> notices() {
        return notices.all();
    }

    /** The URL of {@code locale}'s feed: its WebSub topic (WebSub: the self link is the topic). */
    public String feedUrl(LocaleDefinition locale) {
        return sites.site(locale).url("/" + FEED);
    }

    /**
     * The page URLs of {@code locale}'s sitemap whose content changed after {@code after} (every one when null):
     * what an IndexNow submission lists (IndexNow: added, updated or deleted URLs).
     */
    public List<String> pageUrlsChangedAfter(LocaleDefinition locale, Instant after) {
        return pageUrlsChangedAfter(locale, after, plan(List.of(locale), Map.of()));
    }

    /**
     * As {@link #pageUrlsChangedAfter(LocaleDefinition, Instant)}, reading only the groups {@code plan} renders: an item
     * that changed after the previous run changed its group's inputs, so the kept groups hold none.
     */
    public List<String> pageUrlsChangedAfter(LocaleDefinition locale, Instant after, PartPlan plan) {
        Stream<SitemapUrl> rendered =
                plan.groups(locale.tag()).stream().filter(plan::renders).flatMap(group -> itemUrls(locale, group));
        try (Stream<SitemapUrl> urls = Stream.concat(sectionUrls(locale), rendered)) {
            return urls.filter(u -> after == null
                            || u.lastModified() != null && u.lastModified().isAfter(after))
                    .map(SitemapUrl::loc)
                    .toList();
        }
    }

    /**
     * The page URLs of {@code locale} that left the site after {@code after} (unpublished, or moved to another
     * slug) and are not live again: the deleted URLs an IndexNow submission lists (IndexNow: added, updated or deleted URLs). None when {@code after}
     * is null (a first run has nothing it removed).
     */
    public List<String> pageUrlsRemovedAfter(LocaleDefinition locale, Instant after) {
        if (after == null) {
            return List.of();
        }
        Site site = sites.site(locale);
        return Stream.concat(
                        content.slugsWithdrawnAfter(ItemKind.EXPERIENCE, locale.tag(), after).stream()
                                .map(slug -> PublicUrl.of(site, ItemKind.EXPERIENCE, slug)),
                        content.slugsWithdrawnAfter(ItemKind.POST, locale.tag(), after).stream()
                                .map(slug -> PublicUrl.of(site, ItemKind.POST, slug)))
                .toList();
    }

    /** Whether {@code name} is one of the documents a locale site serves. */
    public static boolean isSiteDocument(String name) {
        return INDEX.equals(name) || NEWS.equals(name) || FEED.equals(name) || isPart(name);
    }

    /** Whether {@code name} is one of the documents the x-default site serves (its sitemap). */
    public static boolean isXDefaultDocument(String name) {
        return INDEX.equals(name) || isPart(name);
    }

    private static boolean isPart(String name) {
        return PartGroup.isPartName(name);
    }

    /**
     * Writes every document of {@code locale}'s site into {@code out}, the index last.
     *
     * @return the names written, so that stored parts no longer produced can be deleted
     */
    public List<String> generate(LocaleDefinition locale, Instant now, Consumer<GeneratedDocument> out) {
        return generate(locale, now, out, url -> {});
    }

    /** As {@link #generate(LocaleDefinition, Instant, Consumer, Consumer, PartPlan, PartPlan.StoredParts)}, rendering every group. */
    public List<String> generate(
            LocaleDefinition locale, Instant now, Consumer<GeneratedDocument> out, Consumer<SitemapUrl> listed) {
        return generate(locale, now, out, listed, plan(List.of(locale), Map.of()), PartPlan.StoredParts.NONE);
    }

    /**
     * Writes {@code locale}'s section pages, the item groups {@code plan} renders, its news sitemap, its index and its
     * feed into {@code out}, telling {@code listed} each URL as the sitemap writer takes it into a part (so that a
     * check sees exactly what the parts list without reading their bytes back). The groups the plan keeps are listed
     * in the index as {@code stored} has them, unread; one that is not stored as planned (another node replaced it
     * since) is rendered after all.
     *
     * @return the names of every document the site now has, kept ones included, so that the others can be deleted
     */
    public List<String> generate(
            LocaleDefinition locale,
            Instant now,
            Consumer<GeneratedDocument> out,
            Consumer<SitemapUrl> listed,
            PartPlan plan,
            PartPlan.StoredParts stored) {
        return generate(locale, now, out, listed, plan, stored, RenderedParts.NONE);
    }

    /**
     * As {@link #generate(LocaleDefinition, Instant, Consumer, Consumer, PartPlan, PartPlan.StoredParts)}, taking the
     * groups {@link #preRender} rendered ahead from {@code preRendered} when this locale's stored parts are still the
     * ones the plan saw. Otherwise (another node stored some since) they are rendered again here, from the content as
     * it is now, so that an older rendering never replaces a newer one; the permalink check then keeps the URLs it saw
     * while they were rendered ahead (they are not told to {@code listed} twice).
     */
    public List<String> generate(
            LocaleDefinition locale,
            Instant now,
            Consumer<GeneratedDocument> out,
            Consumer<SitemapUrl> listed,
            PartPlan plan,
            PartPlan.StoredParts stored,
            RenderedParts preRendered) {
        Site site = sites.site(locale);
        boolean asPlanned =
                preRendered.holds(locale.tag()) && stored.partStamps().equals(plan.storedStamps(locale.tag()));
        List<String> names = new ArrayList<>();
        List<SitemapReference> references = new ArrayList<>();
        Instant newest = writeParts(
                PartGroup.PAGES, null, sectionUrls(locale).peek(listed), site, out, stored, names, references);
        for (PartGroup group : plan.groups(locale.tag())) {
            String stamp = plan.stamp(locale.tag(), group);
            Optional<List<PartPlan.KeptPart>> kept =
                    plan.renders(group) ? Optional.empty() : stored.unchanged(group, stamp);
            if (kept.isPresent()) {
                for (PartPlan.KeptPart part : kept.get()) {
                    names.add(part.name());
                    references.add(new SitemapReference(site.url("/" + part.name()), part.lastModified()));
                    newest = latest(newest, part.lastModified());
                }
            } else {
                Optional<RenderedGroup> ahead = preRendered.take(locale.tag(), group);
                if (ahead.isPresent() && asPlanned) {
                    newest = latest(newest, emit(ahead.get(), site, out, stored, names, references));
                    continue;
                }
                ahead.ifPresent(RenderedGroup::discard);
                Consumer<SitemapUrl> check = ahead.isPresent() ? url -> {} : listed;
                newest = latest(
                        newest,
                        writeParts(
                                group,
                                stamp,
                                itemUrls(locale, group).peek(check),
                                site,
                                out,
                                stored,
                                names,
                                references));
            }
        }
        List<PublishedItem> news =
                content.newestPosts(locale.tag(), now.minus(NewsSitemapWriter.WINDOW), NewsSitemapWriter.MAX_ITEMS);
        Instant newsStamp = news.stream()
                .map(PublishedItem::firstPublishedAt)
                .max(Instant::compareTo)
                .orElse(null);
        out.accept(news(locale, site, news, newsStamp, now));
        names.add(NEWS);
        references.add(new SitemapReference(site.url("/" + NEWS), newsStamp));
        out.accept(index(references, latest(newest, newsStamp)));
        names.add(INDEX);
        out.accept(feed(locale, site));
        names.add(FEED);
        return names;
    }

    /** Hears of each item group {@link #preRender} renders, before its URLs are written. */
    @FunctionalInterface
    public interface GroupStart {

        /** {@code group} is rendered now; {@code next} is rendered after it (empty: {@code group} is the last). */
        void starting(PartGroup group, Optional<PartGroup> next);
    }

    /**
     * Renders, ahead of the per-locale transactions that store them, the item groups {@code plan} renders in each of
     * {@code locales}, group by group: each group's items are read once for every locale (two queries) and each item's
     * alternates built once, instead of once per locale where it is live (17 times for a post live everywhere, which
     * made most of a full run's work). Each URL is told to {@code listed} of its locale as it is written, as
     * {@link #generate} does; {@code starting} hears of each group before its URLs, and of the group after it (see
     * {@link GroupStatuses}). The parts wait in spools of at most {@code spoolThreshold} bytes of heap each (the rest
     * in temporary files) until {@link #generate} takes them or the caller closes the result.
     */
    public RenderedParts preRender(
            List<LocaleDefinition> locales,
            PartPlan plan,
            Function<LocaleDefinition, Consumer<SitemapUrl>> listed,
            GroupStart starting,
            int spoolThreshold) {
        RenderedParts rendered = new RenderedParts();
        try {
            Map<PartGroup, List<LocaleDefinition>> groups = new LinkedHashMap<>();
            for (LocaleDefinition locale : locales) {
                for (PartGroup group : plan.groups(locale.tag())) {
                    if (plan.renders(group)) {
                        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(locale);
                    }
                }
            }
            List<PartGroup> order = List.copyOf(groups.keySet());
            for (int g = 0; g < order.size(); g++) {
                PartGroup group = order.get(g);
                starting.starting(group, g + 1 < order.size() ? Optional.of(order.get(g + 1)) : Optional.empty());
                List<LocaleDefinition> groupLocales = groups.get(group);
                Map<String, List<PublishedItem>> items = content.itemsByLocale(
                        group.kind(),
                        groupLocales.stream().map(LocaleDefinition::tag).toList(),
                        group.firstId(),
                        group.lastId());
                Map<Long, AlternateLinks> alternates = new HashMap<>();
                for (LocaleDefinition locale : groupLocales) {
                    Stream<SitemapUrl> urls = items.get(locale.tag()).stream()
                            .map(item -> itemUrl(locale, group.kind(), item, alternates))
                            .peek(listed.apply(locale));
                    rendered.put(locale.tag(), render(group, plan.stamp(locale.tag(), group), urls, spoolThreshold));
                }
            }
            rendered.locales.addAll(locales.stream().map(LocaleDefinition::tag).toList());
            return rendered;
        } catch (RuntimeException e) {
            rendered.close();
            throw e;
        }
    }

    /**
     * Writes the x-default site's sitemap: its language chooser, with every locale's home as alternate, so that
     * the x-default URL every home page declares is itself listed with the same cluster (Google's hreflang rules: reciprocal links).
     *
     * @return the names written; none when x-default shares a locale site's base URL (then it has no page of its
     * own, and that locale's sitemap lists the URL)
     */
    public List<String> generateXDefault(Instant now, Consumer<GeneratedDocument> out) {
        Site site = sites.xDefault();
        if (!sites.routable().contains(site)) {
            return List.of();
        }
        Instant newest = Stream.of(ItemKind.values())
                .flatMap(kind -> catalog.all().stream()
                        .map(l -> content.newestChange(kind, l.tag()))
                        .flatMap(Optional::stream))
                .max(Instant::compareTo)
                .orElse(now);
        List<String> names = new ArrayList<>();
        List<SitemapReference> references = new ArrayList<>();
        Stream<SitemapUrl> chooser =
                Stream.of(new SitemapUrl(site.url(SitePaths.HOME), null, sectionAlternates(SitePaths.HOME), List.of()));
        writeParts(PartGroup.PAGES, null, chooser, site, out, PartPlan.StoredParts.NONE, names, references);
        out.accept(index(references, newest));
        names.add(INDEX);
        return names;
    }

    /** robots.txt for one host: a Sitemap line for the index of every site served on it (robots.txt Sitemap lines). */
    public GeneratedDocument robots(String host, Instant now) {
        StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
        List<Site> onHost = Stream.concat(
                        sites.locales().stream(),
                        sites.routable().contains(sites.xDefault()) ? Stream.of(sites.xDefault()) : Stream.empty())
                .filter(s -> s.host().equals(host))
                .toList();
        if (!onHost.isEmpty()) {
            text.append('\n');
        }
        for (Site site : onHost) {
            text.append("Sitemap: ").append(site.url("/" + INDEX)).append('\n');
        }
        DocumentSpool spool = new DocumentSpool();
        write(spool, bytes -> bytes.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        return new GeneratedDocument(ROBOTS, GeneratedDocument.TEXT, spool, now);
    }

    /** Every host some site is served on, x-default's included. */
    public List<String> hosts() {
        return Stream.concat(sites.locales().stream(), Stream.of(sites.xDefault()))
                .map(Site::host)
                .distinct()
                .toList();
    }

    // ---- sitemap ------------------------------------------------------------------------------------------

    /**
     * Writes one group's files, adding their names and index references; returns the newest lastmod the index lists
     * for them (null when the group has no URL, and then no file). Each reference carries the Last-Modified its part
     * is stored with ({@code stored}), the date a kept part's reference carries in later runs too.
     */
    private Instant writeParts(
            PartGroup group,
            String stamp,
            Stream<SitemapUrl> urls,
            Site site,
            Consumer<GeneratedDocument> out,
            PartPlan.StoredParts stored,
            List<String> names,
            List<SitemapReference> references) {
        return emit(render(group, stamp, urls, DocumentSpool.DEFAULT_THRESHOLD), site, out, stored, names, references);
    }

    /** Renders one group's files into spools (nothing when the group has no URL). */
    private RenderedGroup render(PartGroup group, String stamp, Stream<SitemapUrl> urls, int spoolThreshold) {
        List<GeneratedDocument> documents = new ArrayList<>();
        try (urls) {
            NewestPerPart tracker = new NewestPerPart(urls.iterator());
            new SitemapWriter(limits)
                    .writeParts(
                            tracker,
                            index -> new PartSpool(
                                    new DocumentSpool(spoolThreshold),
                                    spool -> documents.add(new GeneratedDocument(
                                            group.partName(index),
                                            GeneratedDocument.XML,
                                            spool,
                                            tracker.finishPart(),
                                            stamp))));
            return new RenderedGroup(group, documents);
        } catch (IOException | RuntimeException e) {
            documents.forEach(d -> d.content().discard());
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Hands a rendered group's files to {@code out}, adding their names and index references; returns the newest
     * lastmod the index lists for them (null when the group has no file). Each reference carries the Last-Modified its
     * part is stored with ({@code stored}), the date a kept part's reference carries in later runs too.
     */
    private static Instant emit(
            RenderedGroup rendered,
            Site site,
            Consumer<GeneratedDocument> out,
            PartPlan.StoredParts stored,
            List<String> names,
            List<SitemapReference> references) {
        Instant newest = null;
        for (int i = 0; i < rendered.documents().size(); i++) {
            GeneratedDocument part = rendered.documents().get(i);
            Instant modified = stored.lastModified(part);
            try {
                out.accept(part);
            } catch (RuntimeException e) {
                rendered.documents()
                        .subList(i + 1, rendered.documents().size())
                        .forEach(d -> d.content().discard());
                throw e;
            }
            names.add(part.name());
            references.add(new SitemapReference(site.url("/" + part.name()), modified));
            newest = latest(newest, modified);
        }
        return newest;
    }

    private GeneratedDocument index(List<SitemapReference> references, Instant newest) {
        DocumentSpool spool = new DocumentSpool();
        write(spool, bytes -> new SitemapIndexWriter(limits).write(references.iterator(), bytes));
        return new GeneratedDocument(INDEX, GeneratedDocument.XML, spool, newest == null ? Instant.EPOCH : newest);
    }

    /**
     * Home (changed with its posts, roles or profile text), blog index and experience index. The profile has no URL
     * of its own.
     */
    private Stream<SitemapUrl> sectionUrls(LocaleDefinition locale) {
        String tag = locale.tag();
        Site site = sites.site(locale);
        Instant newestPost = content.newestChange(ItemKind.POST, tag).orElse(null);
        Instant newestRole = content.newestChange(ItemKind.EXPERIENCE, tag).orElse(null);
        Instant newestProfile = content.newestChange(ItemKind.PROFILE, tag).orElse(null);
        return Stream.of(
                new SitemapUrl(
                        site.url(SitePaths.HOME),
                        latest(latest(newestPost, newestRole), newestProfile),
                        sectionAlternates(SitePaths.HOME),
                        List.of()),
                new SitemapUrl(site.url(SitePaths.BLOG), newestPost, sectionAlternates(SitePaths.BLOG), List.of()),
                new SitemapUrl(
                        site.url(SitePaths.EXPERIENCE),
                        newestRole,
                        sectionAlternates(SitePaths.EXPERIENCE),
                        List.of()));
    }

    /** The live items of one group in {@code locale}, pulled from the content one by one. */
    private Stream<SitemapUrl> itemUrls(LocaleDefinition locale, PartGroup group) {
        String tag = locale.tag();
        return stream(() -> content.items(group.kind(), tag, group.firstId(), group.lastId()))
                .map(item -> itemUrl(locale, group.kind(), item, null));
    }

    /**
     * One item's sitemap entry in {@code locale}: its page, lastmod, alternates and (for a post) cover. The alternates
     * are taken from {@code alternates} by item id when it holds them (built for another locale of the same run: every
     * version of an item lists the same ones), and put there when built; null: built every time.
     */
    private SitemapUrl itemUrl(
            LocaleDefinition locale, ItemKind kind, PublishedItem item, Map<Long, AlternateLinks> alternates) {
        Site site = sites.site(locale);
        AlternateLinks links = alternates == null
                ? itemAlternates(kind, item)
                : alternates.computeIfAbsent(item.id(), id -> itemAlternates(kind, item));
        List<String> images = kind == ItemKind.POST && item.cover() != null
                ? List.of(site.url(SitePaths.media(item.cover().mediaId())))
                : List.of();
        return new SitemapUrl(PublicUrl.of(site, kind, item.slug()), item.publishedAt(), links, images);
    }

    /** A lazy stream: the content is not asked until the stream reaches it. */
    private static Stream<PublishedItem> stream(Supplier<Iterator<PublishedItem>> items) {
        return StreamSupport.stream(() -> Spliterators.spliteratorUnknownSize(items.get(), 0), 0, false);
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private AlternateLinks sectionAlternates(String path) {
        return sitemapAlternates(Alternates.ofSection(sites, path));
    }

    private AlternateLinks itemAlternates(ItemKind kind, PublishedItem item) {
        return sitemapAlternates(Alternates.ofItem(sites, kind, item.sourceLocale(), item.liveSlugs()));
    }

    /**
     * The list {@link SitemapUrl} keeps as it is, so that the URLs of an item's versions share one instance, which is
     * checked and escaped once, and which the permalink check digests once.
     */
    private static AlternateLinks sitemapAlternates(Alternates alternates) {
        return AlternateLinks.of(alternates.links().stream()
                .map(link -> new Alternate(link.hreflang(), link.href()))
                .toList());
    }

    // ---- news and feed ------------------------------------------------------------------------------------

    private GeneratedDocument news(
            LocaleDefinition locale, Site site, List<PublishedItem> posts, Instant newsStamp, Instant now) {
        String publication = publicationName(locale, site);
        DocumentSpool spool = new DocumentSpool();
        write(
                spool,
                bytes -> new NewsSitemapWriter()
                        .write(
                                posts.stream()
                                        .flatMap(p -> title(locale, p, NEWS).stream()
                                                .map(title -> new NewsItem(
                                                        PublicUrl.of(site, ItemKind.POST, p.slug()),
                                                        publication,
                                                        locale.newsLanguage(),
                                                        p.firstPublishedAt(),
                                                        title)))
                                        .iterator(),
                                now,
                                bytes));
        Instant stamp = newsStamp != null
                ? newsStamp
                : content.newestChange(ItemKind.POST, locale.tag()).orElse(Instant.EPOCH);
        return new GeneratedDocument(NEWS, GeneratedDocument.XML, spool, stamp);
    }

    private GeneratedDocument feed(LocaleDefinition locale, Site site) {
        List<PublishedItem> latest = content.newestPosts(locale.tag(), null, FEED_ITEMS);
        Instant lastBuild = latest.stream()
                .map(PublishedItem::publishedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        String name = publicationName(locale, site);
        FeedChannel channel = new FeedChannel(
                name,
                site.url(SitePaths.HOME),
                Messages.of(locale).format("blog.metaDescription", Map.of("name", name)),
                locale.tag(),
                site.url("/" + FEED),
                lastBuild,
                hubUrl);
        DocumentSpool spool = new DocumentSpool();
        write(
                spool,
                bytes -> new RssWriter()
                        .write(
                                channel,
                                latest.stream()
                                        .flatMap(p -> title(locale, p, FEED).stream()
                                                .map(title -> feedItem(locale, site, p, title)))
                                        .iterator(),
                                bytes));
        return new GeneratedDocument(FEED, GeneratedDocument.RSS, spool, lastBuild);
    }

    private FeedItem feedItem(LocaleDefinition locale, Site site, PublishedItem p, String title) {
        String link = PublicUrl.of(site, ItemKind.POST, p.slug());
        Enclosure enclosure = p.cover() == null
                ? null
                : new Enclosure(
                        site.url(SitePaths.media(p.cover().mediaId())),
                        p.cover().byteLength(),
                        p.cover().mimeType());
        String summary = notices.writable(ItemKind.POST, p.id(), locale.tag(), "summary", p.summary(), Lines.MULTIPLE);
        // The guid is the first URL, not the current one: a changed slug must not look like a new article.
        return new FeedItem(
                title,
                link,
                PublicUrl.of(site, ItemKind.POST, p.firstSlug()),
                p.firstPublishedAt(),
                summary == null || summary.isBlank() ? null : summary,
                enclosure);
    }

    /** The post's title as {@code document} can carry it; none (noted) when nothing is left of it. */
    private Optional<String> title(LocaleDefinition locale, PublishedItem p, String document) {
        return notices.title(ItemKind.POST, p.id(), locale.tag(), document, p.title());
    }

    private String publicationName(LocaleDefinition locale, Site site) {
        String owner = notices.writable(locale.tag(), "the publication name (the profile's name)", content.ownerName());
        return owner == null || owner.isBlank() ? site.host() : owner;
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code body} into {@code spool} and closes it; on failure the spool is discarded. */
    private static void write(DocumentSpool spool, Body body) {
        try {
            body.writeTo(spool);
            spool.close();
        } catch (IOException | RuntimeException e) {
            spool.discard();
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** One group's files in one locale, rendered and not yet handed on. */
    record RenderedGroup(PartGroup group, List<GeneratedDocument> documents) {
        void discard() {
            documents.forEach(d -> d.content().discard());
        }
    }

    /**
     * Item groups rendered ahead of the transactions that store them ({@link #preRender}), per locale. Each is taken
     * once; closing discards what was not taken (a failed run, a locale not generated). Not thread-safe: one run.
     */
    public static final class RenderedParts implements AutoCloseable {
        /** Nothing rendered ahead: {@link #generate} renders every group itself. */
        public static final RenderedParts NONE = new RenderedParts();

        private final Map<String, Map<PartGroup, RenderedGroup>> byLocale = new HashMap<>();
        private final Set<String> locales = new HashSet<>();

        private RenderedParts() {}

        void put(String locale, RenderedGroup group) {
            byLocale.computeIfAbsent(locale, l -> new HashMap<>()).put(group.group(), group);
        }

        /** Whether the groups of {@code locale} were rendered ahead. */
        boolean holds(String locale) {
            return locales.contains(locale);
        }

        Optional<RenderedGroup> take(String locale, PartGroup group) {
            Map<PartGroup, RenderedGroup> groups = byLocale.get(locale);
            return groups == null ? Optional.empty() : Optional.ofNullable(groups.remove(group));
        }

        /** How many groups were rendered ahead and not taken. */
        public int waiting() {
            return byLocale.values().stream().mapToInt(Map::size).sum();
        }

        @Override
        public void close() {
            byLocale.values().forEach(groups -> groups.values().forEach(RenderedGroup::discard));
            byLocale.clear();
        }
    }

    /**
     * The newest lastmod of the part being written. The writer finishes a part after it has taken the first URL
     * of the next one from the iterator (that URL did not fit), or after the iterator ran out.
     */
    private static final class NewestPerPart implements Iterator<SitemapUrl> {
        private final Iterator<SitemapUrl> urls;
        private Instant newestBeforeLast;
        private Instant last;
        private boolean exhausted;

        NewestPerPart(Iterator<SitemapUrl> urls) {
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
            newestBeforeLast = latest(newestBeforeLast, last);
            last = url.lastModified();
            return url;
        }

        Instant finishPart() {
            Instant newest;
            if (exhausted) {
                newest = latest(newestBeforeLast, last);
                newestBeforeLast = null;
                last = null;
            } else {
                newest = newestBeforeLast;
                newestBeforeLast = null;
            }
            return newest == null ? Instant.EPOCH : newest;
        }
    }

    /**
     * A part's spool, handed on when the writer closes it. The writer also closes a part it abandons on a failure;
     * that part reaches the consumer too, but the failure then propagates out of {@link #generate}, so a caller
     * that stores in a transaction rolls it back with the rest.
     */
    private static final class PartSpool extends FilterOutputStream {
        private final DocumentSpool spool;
        private final Consumer<DocumentSpool> done;
        private boolean closed;

        PartSpool(DocumentSpool spool, Consumer<DocumentSpool> done) {
            super(spool);
            this.spool = spool;
            this.done = done;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                spool.close();
                done.accept(spool);
            }
        }
    }
}
