package org.glossa.domains.control;

import java.util.Optional;
import java.util.regex.Pattern;
import org.glossa.content.control.SlugPolicy;
import org.glossa.content.entity.ItemKind;

/**
 * The paths of a site's pages, percent-encoded, relative to the site's base URL; and, the other way round, which
 * page a path names ({@link #page}).
 */
public final class SitePaths {

    public static final String HOME = "/";
    public static final String BLOG = "/blog";
    public static final String EXPERIENCE = "/experience";
    public static final String BLOG_PAGE_PREFIX = "/blog/page/";
    public static final String MEDIA_PREFIX = "/media/";

    private SitePaths() {}

    public static String blogPage(int page) {
        return page <= 1 ? BLOG : BLOG_PAGE_PREFIX + page;
    }

    public static String post(String slug) {
        return BLOG + "/" + SlugPolicy.encodePathSegment(slug);
    }

    public static String experienceEntry(String slug) {
        return EXPERIENCE + "/" + SlugPolicy.encodePathSegment(slug);
    }

    /** The page of one locale's version of a post or experience entry; a kind without pages has none. */
    public static String item(ItemKind kind, String slug) {
        return switch (kind) {
            case POST -> post(slug);
            case EXPERIENCE -> experienceEntry(slug);
            case PROFILE -> throw new IllegalArgumentException("the profile has no page of its own");
        };
    }

    public static String media(long id) {
        return MEDIA_PREFIX + id;
    }

    // ---- the other way: which page a path names ------------------------------------------------------------

    /** A page of a locale's site, as a path names it. */
    public sealed interface Page permits Home, Blog, Experience, Item {}

    /** {@code /} */
    public record Home() implements Page {}

    /** {@code /blog} (page 1) or {@code /blog/page/n}. */
    public record Blog(int page) implements Page {}

    /** {@code /experience}, the timeline. */
    public record Experience() implements Page {}

    /**
     * A post's or experience entry's page in one locale.
     *
     * @param slug the path segment percent-decoded, as written: not yet in the locale's canonical form
     *     ({@link SlugPolicy#canonicalForm}), which is what a stored slug is compared with
     */
    public record Item(ItemKind kind, String slug) implements Page {}

    private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9][0-9]{0,5}");

    /**
     * The page a path within a site names, the inverse of the builders above; empty when it names no page (media,
     * documents and unknown paths, a trailing slash, a segment that is not well-formed UTF-8 once decoded). Whether
     * the page exists (a live slug, a blog page within range) is the caller's question.
     *
     * @param rawPath percent-encoded, starting with '/', without query or fragment
     */
    public static Optional<Page> page(String rawPath) {
        if (HOME.equals(rawPath)) {
            return Optional.of(new Home());
        }
        if (BLOG.equals(rawPath)) {
            return Optional.of(new Blog(1));
        }
        if (EXPERIENCE.equals(rawPath)) {
            return Optional.of(new Experience());
        }
        if (rawPath.startsWith(BLOG_PAGE_PREFIX)) {
            String number = rawPath.substring(BLOG_PAGE_PREFIX.length());
            return PAGE_NUMBER.matcher(number).matches()
                    ? Optional.of(new Blog(Integer.parseInt(number)))
                    : Optional.empty();
        }
        Optional<Page> post = item(rawPath, BLOG + "/", ItemKind.POST);
        return post.isPresent() ? post : item(rawPath, EXPERIENCE + "/", ItemKind.EXPERIENCE);
    }

    /** The path of a page; an item's slug is encoded as it is, so pass the live slug for its canonical URL. */
    public static String path(Page page) {
        if (page instanceof Blog blog) {
            return blogPage(blog.page());
        }
        if (page instanceof Experience) {
            return EXPERIENCE;
        }
        if (page instanceof Item item) {
            return item(item.kind(), item.slug());
        }
        return HOME;
    }

    private static Optional<Page> item(String rawPath, String prefix, ItemKind kind) {
        if (!rawPath.startsWith(prefix)) {
            return Optional.empty();
        }
        String segment = rawPath.substring(prefix.length());
        if (segment.isEmpty() || segment.contains("/")) {
            return Optional.empty();
        }
        return SlugPolicy.decodePathSegment(segment).map(slug -> new Item(kind, slug));
    }
}
