package org.glossa.site.control;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.glossa.content.control.MarkdownRenderer;
import org.glossa.content.control.SlugPolicy;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.TranslatableText;
import org.glossa.domains.control.Alternates;
import org.glossa.domains.control.InternalLinks;
import org.glossa.domains.control.LanguageVersion;
import org.glossa.domains.control.PublicUrl;
import org.glossa.domains.control.Site;
import org.glossa.domains.control.SiteDirectory;
import org.glossa.domains.control.SitePaths;
import org.glossa.localization.control.Formats;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;
import org.glossa.localization.control.Messages;
import org.glossa.site.control.PageViews.Alternate;
import org.glossa.site.control.PageViews.Head;
import org.glossa.site.control.SiteSnapshot.ExperienceItem;
import org.glossa.site.control.SiteSnapshot.LiveText;
import org.glossa.site.control.SiteSnapshot.PostItem;

/**
 * Renders the public pages of one site from {@link SiteContent}, asking it for what each page shows. Every URL on a page comes from the
 * {@link SiteDirectory}; alternates ({@link Alternates}, shared with the sitemaps) list exactly the locales where the
 * same page is live.
 */
public final class Pages {

    private static final PebbleEngine ENGINE = engine();

    /** Stands for the publication a working version does not have yet. */
    private static final long PREVIEW_ID = -1;

    private final SiteDirectory sites;
    private final LocaleCatalog catalog;
    private final SiteContent content;
    private final Function<List<Long>, Map<Long, String>> bodies;
    private final ZoneId zone;
    private final YearMonth today;
    private final int pageSize;
    private final CurrentLinks currentLinks;

    /** Pages whose sites never moved: links in content are resolved against the current bases only. */
    public Pages(
            SiteDirectory sites,
            LocaleCatalog catalog,
            SiteContent content,
            Function<List<Long>, Map<Long, String>> bodies,
            ZoneId zone,
            YearMonth today,
            int pageSize) {
        this(InternalLinks.of(sites), catalog, content, bodies, zone, today, pageSize);
    }

    /**
     * @param links  the sites, current and former, against which links in content are resolved
     * @param bodies reads the sanitised bodies of the given publications in one query
     */
    public Pages(
            InternalLinks links,
            LocaleCatalog catalog,
            SiteContent content,
            Function<List<Long>, Map<Long, String>> bodies,
            ZoneId zone,
            YearMonth today,
            int pageSize) {
        this.sites = links.sites();
        this.currentLinks = new CurrentLinks(links, content);
        this.catalog = catalog;
        this.content = content;
        this.bodies = bodies;
        this.zone = zone;
        this.today = today;
        this.pageSize = pageSize;
    }

    private static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(Pages.class.getClassLoader());
        loader.setPrefix("templates");
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .cacheActive(true)
                .build();
    }

    /**
     * Where a path within a site leads, decided without rendering anything: its status, and how to render the
     * response. {@link #render} goes through here, so a status the permalink check reads is the status readers get.
     *
     * @param status   200, 301, 404 or 410
     * @param response renders the response (templates run only when this is asked)
     * @param item     the item whose own page this is, as {@link #itemKey} names it; null for any other page
     */
    public record Resolution(int status, Supplier<RenderedPage> response, String item) {

        Resolution(int status, Supplier<RenderedPage> response) {
            this(status, response, null);
        }

        static Resolution ok(Supplier<RenderedPage> page) {
            return new Resolution(200, page);
        }

        static Resolution movedTo(String absoluteUrl) {
            return new Resolution(301, () -> RenderedPage.movedPermanently(absoluteUrl));
        }

        public RenderedPage render() {
            return response.get();
        }
    }

    /** How a {@link Resolution} names the item whose page it is. */
    public static String itemKey(ItemKind kind, long id) {
        return kind + " " + id;
    }

    /**
     * The response for a path within a site. A path with a trailing slash redirects to the page without it, or, when
     * that is itself a redirect (a former slug, say), straight to where that one leads: one hop, never a chain.
     */
    public RenderedPage render(Site site, String path) {
        return resolve(site, path).render();
    }

    /** Where a path within a site leads: the one dispatch behind pages and the permalink check. */
    public Resolution resolve(Site site, String path) {
        if (path.length() > 1 && path.endsWith("/")) {
            String withoutSlash = path.substring(0, path.length() - 1);
            Resolution there = resolve(site, withoutSlash);
            return there.status() == 301 ? there : Resolution.movedTo(site.url(withoutSlash));
        }
        if (site.xDefault()) {
            return SitePaths.HOME.equals(path) ? Resolution.ok(() -> chooser(site)) : notFoundAt(site);
        }
        LocaleDefinition locale = site.locale();
        if (SitePaths.HOME.equals(path)) {
            return Resolution.ok(() -> home(site, locale));
        }
        if (SitePaths.BLOG.equals(path)) {
            return Resolution.ok(() -> blog(site, locale, 1));
        }
        if (path.startsWith(SitePaths.BLOG_PAGE_PREFIX)) {
            return blogPage(site, locale, path.substring(SitePaths.BLOG_PAGE_PREFIX.length()));
        }
        if (SitePaths.EXPERIENCE.equals(path)) {
            return Resolution.ok(() -> timeline(site, locale));
        }
        Optional<String> postSlug = lastSegment(path, SitePaths.BLOG + "/");
        if (postSlug.isPresent()) {
            return postSlug.flatMap(raw -> SlugPolicy.decodePathSegment(raw).map(s -> post(site, locale, raw, s)))
                    .orElseGet(() -> notFoundAt(site));
        }
        Optional<String> roleSlug = lastSegment(path, SitePaths.EXPERIENCE + "/");
        if (roleSlug.isPresent()) {
            return roleSlug.flatMap(raw -> SlugPolicy.decodePathSegment(raw).map(s -> role(site, locale, raw, s)))
                    .orElseGet(() -> notFoundAt(site));
        }
        return notFoundAt(site);
    }

    private Resolution notFoundAt(Site site) {
        return new Resolution(404, () -> notFound(site));
    }

    private static Optional<String> lastSegment(String path, String prefix) {
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = path.substring(prefix.length());
        return rest.isEmpty() || rest.contains("/") ? Optional.empty() : Optional.of(rest);
    }

    // ---- pages -------------------------------------------------------------------------------------------

    private RenderedPage home(Site site, LocaleDefinition locale) {
        Messages m = Messages.of(locale);
        String tag = locale.tag();
        Optional<SiteSnapshot.ProfileText> profile = content.profile(tag);
        String headline = profile.map(SiteSnapshot.ProfileText::headline).orElse("");
        Map<String, Object> args = Map.of("name", content.ownerName(locale.tag()), "headline", headline);
        Head head = head(
                site,
                m,
                content.ownerName(locale.tag()) + (headline.isEmpty() ? "" : " — " + headline),
                m.format("home.metaDescription", args),
                site.url(SitePaths.HOME),
                Alternates.ofSection(sites, SitePaths.HOME),
                "home");
        Map<String, Object> context = context(head);
        context.put("headline", headline);
        context.put(
                "introHtml",
                profile.map(SiteSnapshot.ProfileText::introHtml)
                        .map(html -> currentLinks.in(html, site))
                        .orElse(""));
        context.put(
                "currentRoles",
                content.experience(tag).stream()
                        .filter(ExperienceItem::current)
                        .map(e -> roleView(site, locale, e, e.in(tag).orElseThrow(), null))
                        .toList());
        context.put(
                "latestPosts",
                content.posts(tag, 0, 3).stream()
                        .map(p -> postCard(site, locale, p))
                        .toList());
        context.put("postCount", m.format("home.postCount", Map.of("count", content.postCount(tag))));
        return page("home", context, 200);
    }

    private Resolution blogPage(Site site, LocaleDefinition locale, String number) {
        if (!number.matches("[1-9][0-9]{0,5}")) {
            return notFoundAt(site);
        }
        int page = Integer.parseInt(number);
        if (page == 1) {
            return Resolution.movedTo(site.url(SitePaths.BLOG));
        }
        int live = content.postCount(locale.tag());
        return page > blogPages(live) ? notFoundAt(site) : Resolution.ok(() -> blog(site, locale, page, live));
    }

    private int blogPages(int livePosts) {
        return Math.max(1, (livePosts + pageSize - 1) / pageSize);
    }

    private RenderedPage blog(Site site, LocaleDefinition locale, int page) {
        return blog(site, locale, page, content.postCount(locale.tag()));
    }

    /** @param live how many posts are live in the locale */
    private RenderedPage blog(Site site, LocaleDefinition locale, int page, int live) {
        Messages m = Messages.of(locale);
        int pages = blogPages(live);
        String path = SitePaths.blogPage(page);
        String title =
                page == 1 ? m.text("blog.title") : m.format("blog.pageTitle", Map.of("page", page, "pages", pages));
        // Page n of one locale's blog lists other posts than page n of another: only page 1 has alternates.
        Alternates alternates =
                page == 1 ? Alternates.ofSection(sites, SitePaths.BLOG) : Alternates.ofPageOnlyOn(site, path);
        Head head = head(
                site,
                m,
                title + " · " + content.ownerName(locale.tag()),
                m.format("blog.metaDescription", Map.of("name", content.ownerName(locale.tag()))),
                site.url(path),
                alternates,
                "blog");
        Map<String, Object> context = context(head);
        context.put("heading", title);
        context.put(
                "posts",
                content.posts(locale.tag(), (page - 1) * pageSize, pageSize).stream()
                        .map(p -> postCard(site, locale, p))
                        .toList());
        context.put(
                "pagination",
                new PageViews.Pagination(
                        page,
                        pages,
                        page > 1 ? site.url(SitePaths.blogPage(page - 1)) : null,
                        page < pages ? site.url(SitePaths.blogPage(page + 1)) : null,
                        m.format("blog.pageOf", Map.of("page", page, "pages", pages))));
        int untranslated = content.postCount() - live;
        context.put(
                "untranslated", untranslated > 0 ? m.format("blog.untranslated", Map.of("count", untranslated)) : "");
        return page("blog", context, 200);
    }

    private Resolution post(Site site, LocaleDefinition locale, String rawSegment, String decoded) {
        String wanted = SlugPolicy.canonicalForm(decoded, locale);
        Optional<PostItem> found = content.postBySlug(locale.tag(), wanted);
        if (found.isEmpty()) {
            return formerUrl(site, locale, ItemKind.POST, wanted);
        }
        PostItem post = found.get();
        LiveText text = post.in(locale.tag()).orElseThrow();
        // The URL is built only where it is used: the permalink check resolves every listed URL and needs the status.
        if (!rawSegment.equals(SlugPolicy.encodePathSegment(text.slug()))) {
            return Resolution.movedTo(PublicUrl.of(site, ItemKind.POST, text.slug()));
        }
        return new Resolution(
                200,
                () -> post(
                        site,
                        locale,
                        post,
                        text,
                        PublicUrl.of(site, ItemKind.POST, text.slug()),
                        bodies.apply(List.of(text.publicationId())).getOrDefault(text.publicationId(), ""),
                        false),
                itemKey(ItemKind.POST, post.id()));
    }

    /**
     * @param bodyHtml the sanitised body, with links as stored
     * @param preview  a working version shown before publication: asks search engines not to index it
     */
    private RenderedPage post(
            Site site,
            LocaleDefinition locale,
            PostItem post,
            LiveText text,
            String url,
            String bodyHtml,
            boolean preview) {
        Messages m = Messages.of(locale);
        Head head = head(
                site,
                m,
                text.title() + " · " + content.ownerName(locale.tag()),
                text.summary(),
                url,
                Alternates.ofItem(sites, ItemKind.POST, post.sourceLocale(), liveSlugs(post.texts())),
                "blog");
        if (preview) {
            head = head.noindexed();
        }
        Map<String, Object> context = context(head);
        context.put("post", postCard(site, locale, post));
        context.put("bodyHtml", currentLinks.in(bodyHtml, site));
        context.put(
                "cover",
                post.cover() == null
                        ? null
                        : new PageViews.CoverView(
                                site.url(SitePaths.media(post.cover().mediaId())),
                                post.cover().width(),
                                post.cover().height(),
                                coverAlt(post, text, locale)));
        context.put(
                "otherLanguages",
                head.switcher().stream().filter(a -> !a.current()).toList());
        return page("post", context, 200);
    }

    private RenderedPage timeline(Site site, LocaleDefinition locale) {
        Messages m = Messages.of(locale);
        String tag = locale.tag();
        List<ExperienceItem> roles = content.experience(tag);
        Map<Long, String> descriptions = bodies.apply(
                roles.stream().map(e -> e.in(tag).orElseThrow().publicationId()).toList());
        Head head = head(
                site,
                m,
                m.text("experience.title") + " · " + content.ownerName(locale.tag()),
                m.format(
                        "experience.metaDescription",
                        Map.of("name", content.ownerName(locale.tag()), "count", roles.size())),
                site.url(SitePaths.EXPERIENCE),
                Alternates.ofSection(sites, SitePaths.EXPERIENCE),
                "experience");
        Map<String, Object> context = context(head);
        context.put(
                "roles",
                roles.stream()
                        .map(e -> roleView(site, locale, e, e.in(tag).orElseThrow(), descriptions))
                        .toList());
        int untranslated = content.experienceCount() - roles.size();
        context.put(
                "untranslated",
                untranslated > 0 ? m.format("experience.notTranslated", Map.of("count", untranslated)) : "");
        return page("experience", context, 200);
    }

    private Resolution role(Site site, LocaleDefinition locale, String rawSegment, String decoded) {
        String wanted = SlugPolicy.canonicalForm(decoded, locale);
        Optional<ExperienceItem> found = content.experienceBySlug(locale.tag(), wanted);
        if (found.isEmpty()) {
            return formerUrl(site, locale, ItemKind.EXPERIENCE, wanted);
        }
        ExperienceItem item = found.get();
        LiveText text = item.in(locale.tag()).orElseThrow();
        if (!rawSegment.equals(SlugPolicy.encodePathSegment(text.slug()))) {
            return Resolution.movedTo(PublicUrl.of(site, ItemKind.EXPERIENCE, text.slug()));
        }
        return new Resolution(
                200,
                () -> role(
                        site,
                        locale,
                        item,
                        text,
                        PublicUrl.of(site, ItemKind.EXPERIENCE, text.slug()),
                        bodies.apply(List.of(text.publicationId())),
                        false),
                itemKey(ItemKind.EXPERIENCE, item.id()));
    }

    /**
     * @param descriptions the sanitised descriptions by publication id, with links as stored
     * @param preview      a working version shown before publication: asks search engines not to index it
     */
    private RenderedPage role(
            Site site,
            LocaleDefinition locale,
            ExperienceItem item,
            LiveText text,
            String url,
            Map<Long, String> descriptions,
            boolean preview) {
        Messages m = Messages.of(locale);
        PageViews.RoleView view = roleView(site, locale, item, text, descriptions);
        Head head = head(
                site,
                m,
                text.title() + " · " + item.organisation() + " · " + content.ownerName(locale.tag()),
                m.format(
                        "experience.entryMetaDescription",
                        Map.of("role", text.title(), "organisation", item.organisation(), "range", view.range())),
                url,
                Alternates.ofItem(sites, ItemKind.EXPERIENCE, item.sourceLocale(), liveSlugs(item.texts())),
                "experience");
        if (preview) {
            head = head.noindexed();
        }
        Map<String, Object> context = context(head);
        context.put("role", view);
        return page("role", context, 200);
    }

    private RenderedPage chooser(Site site) {
        LocaleDefinition english = catalog.get("en");
        Messages m = Messages.of(english);
        List<LocaleDefinition> locales = catalog.all();
        String description =
                m.format("chooser.metaDescription", Map.of("name", content.ownerName(), "count", locales.size()));
        // The chooser is the x-default version of every home, so it declares the homes' own alternates.
        Alternates homes = Alternates.ofSection(sites, SitePaths.HOME);
        List<Alternate> alternates =
                homes.versions().stream().map(v -> alternate(v, false)).toList();
        Head head = new Head(
                "en",
                "ltr",
                content.ownerName() + " — " + m.text("chooser.title"),
                description,
                site.url(SitePaths.HOME),
                alternates,
                homes.xDefault(),
                alternates,
                site.url(SitePaths.HOME),
                null,
                null,
                "chooser",
                content.ownerName(),
                m,
                false);
        Map<String, Object> context = context(head);
        context.put("intro", m.format("chooser.intro", Map.of("count", locales.size())));
        context.put(
                "choices",
                locales.stream()
                        .map(l -> new PageViews.LanguageChoice(
                                sites.site(l).url(SitePaths.HOME),
                                l.nativeName(),
                                l.tag(),
                                l.direction().html()))
                        .toList());
        return page("chooser", context, 200);
    }

    /**
     * A URL an item had: one 301 straight to its current live URL in this locale (never via another former one),
     * or, while it is not live here, 410 with the locales where it still is. Anything else is not found.
     */
    private Resolution formerUrl(Site site, LocaleDefinition locale, ItemKind kind, String canonicalSlug) {
        Optional<Long> owner = content.formerOwner(kind, locale.tag(), canonicalSlug);
        if (owner.isEmpty()) {
            return notFoundAt(site);
        }
        Map<String, LiveText> live = (kind == ItemKind.POST
                        ? content.postById(owner.get()).map(PostItem::texts)
                        : content.experienceById(owner.get()).map(ExperienceItem::texts))
                .orElse(Map.of());
        LiveText here = live.get(locale.tag());
        if (here != null) {
            return Resolution.movedTo(PublicUrl.of(site, kind, here.slug()));
        }
        return new Resolution(410, () -> gone(site, locale, kind, live));
    }

    private RenderedPage gone(Site site, LocaleDefinition locale, ItemKind kind, Map<String, LiveText> live) {
        Messages m = Messages.of(locale);
        Head head = new Head(
                locale.tag(),
                locale.direction().html(),
                m.text("gone.title"),
                m.text("gone.message"),
                null,
                List.of(),
                null,
                List.of(),
                site.url(SitePaths.HOME),
                site.url(SitePaths.BLOG),
                site.url(SitePaths.EXPERIENCE),
                kind == ItemKind.POST ? "blog" : "experience",
                content.ownerName(locale.tag()),
                m,
                false);
        Map<String, Object> context = context(head);
        context.put(
                "elsewhere",
                catalog.all().stream()
                        .filter(l -> live.containsKey(l.tag()))
                        .map(l -> new Alternate(
                                l.tag(),
                                PublicUrl.of(sites, l, kind, live.get(l.tag()).slug()),
                                l.nativeName(),
                                l.tag(),
                                l.direction().html(),
                                false))
                        .toList());
        return page("gone", context, 410);
    }

    /** The localised 404 of a site; never cached per path, and never echoing the request. */
    public RenderedPage notFound(Site site) {
        LocaleDefinition locale = site.localeIfAny().orElse(catalog.get("en"));
        Messages m = Messages.of(locale);
        String home = site.url(SitePaths.HOME);
        Head head = new Head(
                locale.tag(),
                locale.direction().html(),
                m.text("notFound.title"),
                m.text("notFound.message"),
                null,
                List.of(),
                null,
                List.of(),
                home,
                site.xDefault() ? null : site.url(SitePaths.BLOG),
                site.xDefault() ? null : site.url(SitePaths.EXPERIENCE),
                "notFound",
                content.ownerName(locale.tag()),
                m,
                false);
        return page("not-found", context(head), 404);
    }

    /**
     * A working version on its site, in the layout readers get and through the same renderer and sanitiser as at its
     * publication, as its page will look once published (its live versions elsewhere as alternates); marked
     * {@code noindex}, and never cacheable.
     */
    public RenderedPage preview(Site site, WorkingVersion working, Instant now) {
        LocaleDefinition locale = site.locale();
        TranslatableText fields = working.text();
        Map<String, LiveText> live = new HashMap<>(
                working.kind() == ItemKind.POST
                        ? content.postById(working.itemId())
                                .map(PostItem::texts)
                                .orElse(Map.of())
                        : content.experienceById(working.itemId())
                                .map(ExperienceItem::texts)
                                .orElse(Map.of()));
        LiveText current = live.get(locale.tag());
        LiveText text = new LiveText(
                PREVIEW_ID,
                locale.tag(),
                fields.slug(),
                fields.title(),
                fields.summary(),
                fields.location(),
                current == null ? now : current.firstPublishedAt(),
                now);
        live.put(locale.tag(), text);
        String url = PublicUrl.of(site, working.kind(), text.slug());
        String bodyHtml = MarkdownRenderer.toSafeHtml(fields.body() == null ? "" : fields.body());
        RenderedPage page;
        if (working.kind() == ItemKind.POST) {
            PostItem facts = working.post();
            PostItem post = new PostItem(facts.id(), facts.sourceLocale(), facts.cover(), Map.copyOf(live));
            page = post(site, locale, post, text, url, bodyHtml, true);
        } else {
            ExperienceItem f = working.role();
            ExperienceItem role = new ExperienceItem(
                    f.id(),
                    f.sourceLocale(),
                    f.organisation(),
                    f.employmentType(),
                    f.workplace(),
                    f.start(),
                    f.endOrNull(),
                    f.sortOrder(),
                    Map.copyOf(live));
            page = role(site, locale, role, text, url, Map.of(PREVIEW_ID, bodyHtml), true);
        }
        return RenderedPage.uncached(page);
    }

    /**
     * Why a preview link shows nothing, in the site's language: {@code reason} names the messages
     * {@code preview.<reason>.title} and {@code .message}. Marked {@code noindex}, never cacheable, never echoing the
     * request.
     */
    public RenderedPage previewRefused(Site site, String reason, int status) {
        LocaleDefinition locale = site.localeIfAny().orElse(catalog.get("en"));
        Messages m = Messages.of(locale);
        Head head = new Head(
                locale.tag(),
                locale.direction().html(),
                m.text("preview." + reason + ".title"),
                m.text("preview." + reason + ".message"),
                null,
                List.of(),
                null,
                List.of(),
                site.url(SitePaths.HOME),
                site.xDefault() ? null : site.url(SitePaths.BLOG),
                site.xDefault() ? null : site.url(SitePaths.EXPERIENCE),
                "notFound",
                content.ownerName(locale.tag()),
                m,
                true);
        Map<String, Object> context = context(head);
        context.put("heading", head.title());
        context.put("message", head.description());
        return RenderedPage.uncached(page("preview-refused", context, status));
    }

    // ---- parts -------------------------------------------------------------------------------------------

    private Head head(
            Site site,
            Messages m,
            String title,
            String description,
            String canonical,
            Alternates alternates,
            String section) {
        LocaleDefinition locale = site.locale();
        List<Alternate> marked = alternates.versions().stream()
                .map(v -> alternate(v, v.url().equals(canonical)))
                .toList();
        return new Head(
                locale.tag(),
                locale.direction().html(),
                title,
                description,
                canonical,
                marked,
                alternates.xDefault(),
                marked,
                site.url(SitePaths.HOME),
                site.url(SitePaths.BLOG),
                site.url(SitePaths.EXPERIENCE),
                section,
                content.ownerName(locale.tag()),
                m,
                false);
    }

    /** A language version as the head and the language switcher show it; {@code current}: the page shown. */
    private static Alternate alternate(LanguageVersion version, boolean current) {
        LocaleDefinition locale = version.locale();
        return new Alternate(
                version.hreflang(),
                version.url(),
                locale.nativeName(),
                locale.tag(),
                locale.direction().html(),
                current);
    }

    private static Map<String, String> liveSlugs(Map<String, LiveText> texts) {
        return texts.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().slug()));
    }

    private PageViews.PostCard postCard(Site site, LocaleDefinition locale, PostItem post) {
        LiveText text = post.in(locale.tag()).orElseThrow();
        Formats formats = Formats.of(locale);
        return new PageViews.PostCard(
                text.title(),
                PublicUrl.of(site, ItemKind.POST, text.slug()),
                text.summary(),
                Messages.of(locale)
                        .format("post.publishedOn", Map.of("date", formats.date(text.firstPublishedAt(), zone))),
                formats.isoDate(text.firstPublishedAt(), zone));
    }

    private PageViews.RoleView roleView(
            Site site, LocaleDefinition locale, ExperienceItem item, LiveText text, Map<Long, String> descriptions) {
        Messages m = Messages.of(locale);
        Formats formats = Formats.of(locale);
        return new PageViews.RoleView(
                text.title(),
                item.organisation(),
                m.text("employment." + item.employmentType().name()),
                m.text("workplace." + item.workplace().name()),
                formats.monthRange(item.start(), item.endOrNull()),
                formats.duration(item.start(), item.endOrNull(), today),
                text.location(),
                PublicUrl.of(site, ItemKind.EXPERIENCE, text.slug()),
                descriptions == null ? "" : currentLinks.in(descriptions.getOrDefault(text.publicationId(), ""), site),
                item.current());
    }

    /**
     * The uploader's text alternative is in the source locale, the owner may add one per locale; where there is none
     * the title describes the post.
     */
    private static String coverAlt(PostItem post, LiveText text, LocaleDefinition locale) {
        return post.cover().altIn(locale.tag(), post.sourceLocale()).orElse(text.title());
    }

    private static Map<String, Object> context(Head head) {
        Map<String, Object> context = new HashMap<>();
        context.put("head", head);
        context.put("m", head.m());
        return context;
    }

    private RenderedPage page(String template, Map<String, Object> context, int status) {
        PebbleTemplate compiled = ENGINE.getTemplate(template);
        StringWriter out = new StringWriter(16_384);
        try {
            compiled.evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RenderedPage.html(status, out.toString(), status == 200);
    }
}
