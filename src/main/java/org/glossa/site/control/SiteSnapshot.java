package org.glossa.site.control;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.glossa.content.entity.EmploymentType;
import org.glossa.content.entity.ItemKind;
import org.glossa.content.entity.Workplace;

/**
 * Everything the public pages of one or all locales show, except article bodies, as of one moment, in memory: what
 * the permalink check resolves a locale's sitemap URLs against, and what the unit tests render from. Immutable. The
 * site's own pages do not hold it: they ask the database for what each page needs ({@link QueriedContent}).
 */
public final class SiteSnapshot implements SiteContent {

    /** One locale's live version of an item, without its body. */
    public record LiveText(
            long publicationId,
            String locale,
            String slug,
            String title,
            String summary,
            String location,
            Instant firstPublishedAt,
            Instant publishedAt) {}

    /**
     * A cover image's facts, as verified on upload.
     *
     * @param altText  the uploader's text alternative, in the post's source locale (empty for none)
     * @param altTexts text alternatives in other locales, by tag
     */
    public record Cover(
            long mediaId,
            String mimeType,
            long byteLength,
            int width,
            int height,
            String sha256,
            String altText,
            Map<String, String> altTexts) {

        public Cover {
            altTexts = Map.copyOf(altTexts);
        }

        public Cover(
                long mediaId, String mimeType, long byteLength, int width, int height, String sha256, String altText) {
            this(mediaId, mimeType, byteLength, width, height, sha256, altText, Map.of());
        }

        /** The text alternative for readers of {@code locale} of a post written in {@code sourceLocale}, if any. */
        public Optional<String> altIn(String locale, String sourceLocale) {
            String text = altTexts.getOrDefault(locale, locale.equals(sourceLocale) ? altText : "");
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
        }
    }

    public record PostItem(long id, String sourceLocale, Cover cover, Map<String, LiveText> texts) {
        public Optional<LiveText> in(String locale) {
            return Optional.ofNullable(texts.get(locale));
        }
    }

    public record ExperienceItem(
            long id,
            String sourceLocale,
            String organisation,
            EmploymentType employmentType,
            Workplace workplace,
            YearMonth start,
            YearMonth endOrNull,
            int sortOrder,
            Map<String, LiveText> texts) {
        public Optional<LiveText> in(String locale) {
            return Optional.ofNullable(texts.get(locale));
        }

        public boolean current() {
            return endOrNull == null;
        }
    }

    /** The profile's live text in one locale: display name, headline and introduction (sanitised HTML). */
    public record ProfileText(String displayName, String headline, String introHtml) {}

    private final String ownerName;
    private final Map<String, ProfileText> profileTexts;
    private final List<PostItem> postsNewestFirst;
    private final List<ExperienceItem> experienceInOrder;
    private final Map<String, List<PostItem>> postsByLocale = new HashMap<>();
    private final Map<String, List<ExperienceItem>> experienceByLocale = new HashMap<>();
    /** Live posts by locale, then slug: the lookup every page and status makes, without a key built per lookup. */
    private final Map<String, Map<String, PostItem>> postsBySlug = new HashMap<>();

    private final Map<String, Map<String, ExperienceItem>> experienceBySlug = new HashMap<>();
    private final Map<Long, PostItem> postsById = new HashMap<>();
    private final Map<Long, ExperienceItem> experienceById = new HashMap<>();
    /** Former URLs: slug key to the id of the item that had it. */
    private final Map<String, Long> formerSlugs = new HashMap<>();

    /** A slug an item had in a locale and no longer has: its URL leads to the item's live version, if any. */
    public record FormerSlug(ItemKind kind, String locale, String slug, long itemId) {}

    public SiteSnapshot(
            String ownerName,
            Map<String, ProfileText> profileTexts,
            List<PostItem> posts,
            List<ExperienceItem> experience) {
        this(ownerName, profileTexts, posts, experience, List.of());
    }

    public SiteSnapshot(
            String ownerName,
            Map<String, ProfileText> profileTexts,
            List<PostItem> posts,
            List<ExperienceItem> experience,
            List<FormerSlug> formerSlugs) {
        for (FormerSlug f : formerSlugs) {
            this.formerSlugs.put(slugKey(f.kind(), f.locale(), f.slug()), f.itemId());
        }
        posts.forEach(p -> postsById.put(p.id(), p));
        experience.forEach(e -> experienceById.put(e.id(), e));
        this.ownerName = ownerName;
        this.profileTexts = Map.copyOf(profileTexts);
        this.postsNewestFirst = List.copyOf(newestFirst(posts, SiteSnapshot::firstPublication));
        this.experienceInOrder = experience.stream()
                .sorted(Comparator.comparingInt(ExperienceItem::sortOrder)
                        .thenComparing(ExperienceItem::start, Comparator.reverseOrder()))
                .toList();
        for (PostItem post : postsNewestFirst) {
            post.texts().forEach((locale, text) -> {
                postsByLocale.computeIfAbsent(locale, l -> new ArrayList<>()).add(post);
                postsBySlug.computeIfAbsent(locale, l -> new HashMap<>()).put(text.slug(), post);
            });
        }
        // A locale's blog lists its posts by when they went live there, newest first.
        postsByLocale.replaceAll((locale, list) ->
                newestFirst(list, post -> post.texts().get(locale).firstPublishedAt()));
        for (ExperienceItem item : experienceInOrder) {
            item.texts().forEach((locale, text) -> {
                experienceByLocale
                        .computeIfAbsent(locale, l -> new ArrayList<>())
                        .add(item);
                experienceBySlug.computeIfAbsent(locale, l -> new HashMap<>()).put(text.slug(), item);
            });
        }
    }

    public static SiteSnapshot empty() {
        return new SiteSnapshot("", Map.of(), List.of(), List.of());
    }

    /** A post with when it first went live, worked out once for sorting. */
    private record FirstPublished(PostItem post, Instant at) {}

    /** {@code posts} newest first by {@code firstPublished} (each worked out once), then by id, highest first. */
    private static List<PostItem> newestFirst(List<PostItem> posts, Function<PostItem, Instant> firstPublished) {
        return posts.stream()
                .map(post -> new FirstPublished(post, firstPublished.apply(post)))
                .sorted(Comparator.comparing(FirstPublished::at)
                        .reversed()
                        .thenComparing(dated -> dated.post().id(), Comparator.reverseOrder()))
                .map(FirstPublished::post)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static Instant firstPublication(PostItem post) {
        return post.texts().values().stream()
                .map(LiveText::firstPublishedAt)
                .min(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
    }

    private static String slugKey(ItemKind kind, String locale, String slug) {
        return kind + "\u0000" + locale + "\u0000" + slug;
    }

    @Override
    public String ownerName() {
        return ownerName;
    }

    @Override
    public Optional<ProfileText> profile(String locale) {
        return Optional.ofNullable(profileTexts.get(locale));
    }

    /** Posts live in this locale, newest first there. */
    public List<PostItem> posts(String locale) {
        return postsByLocale.getOrDefault(locale, List.of());
    }

    @Override
    public List<PostItem> posts(String locale, int offset, int limit) {
        List<PostItem> all = posts(locale);
        return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
    }

    @Override
    public int postCount(String locale) {
        return posts(locale).size();
    }

    public List<PostItem> allPosts() {
        return postsNewestFirst;
    }

    /** Roles described in this locale, in timeline order. */
    @Override
    public List<ExperienceItem> experience(String locale) {
        return experienceByLocale.getOrDefault(locale, List.of());
    }

    public List<ExperienceItem> allExperience() {
        return experienceInOrder;
    }

    @Override
    public Optional<PostItem> postBySlug(String locale, String canonicalSlug) {
        return Optional.ofNullable(postsBySlug.getOrDefault(locale, Map.of()).get(canonicalSlug));
    }

    @Override
    public Optional<ExperienceItem> experienceBySlug(String locale, String canonicalSlug) {
        return Optional.ofNullable(
                experienceBySlug.getOrDefault(locale, Map.of()).get(canonicalSlug));
    }

    /**
     * The item a former slug of this kind and locale belonged to (canonical form, as for live slugs). The item
     * may be live elsewhere, or nowhere: ask {@link #postById}/{@link #experienceById}.
     */
    @Override
    public Optional<Long> formerOwner(ItemKind kind, String locale, String canonicalSlug) {
        return Optional.ofNullable(formerSlugs.get(slugKey(kind, locale, canonicalSlug)));
    }

    /** A post live in at least one locale. */
    @Override
    public Optional<PostItem> postById(long id) {
        return Optional.ofNullable(postsById.get(id));
    }

    /** An experience entry live in at least one locale. */
    @Override
    public Optional<ExperienceItem> experienceById(long id) {
        return Optional.ofNullable(experienceById.get(id));
    }

    /** Roles that are live in some locale; the untranslated count of a locale is this minus its own. */
    @Override
    public int experienceCount() {
        return experienceInOrder.size();
    }

    @Override
    public int postCount() {
        return postsNewestFirst.size();
    }
}
