package org.glossa.documents.control;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One live post or experience entry as a locale's documents need it: that locale's live text, and the slugs it is
 * live under in every locale (its hreflang alternates).
 *
 * @param id               the post's or experience entry's id
 * @param sourceLocale     the locale it was written in (its x-default alternate when live there)
 * @param slug             its slug in the locale being generated
 * @param title            its title there
 * @param summary          its summary there; null for experience entries and posts without one
 * @param firstPublishedAt when it first went live in that locale (feed and news date)
 * @param publishedAt      when its live version there went live (sitemap lastmod)
 * @param cover            its cover image; null when it has none
 * @param liveSlugs        locale tag to live slug, for every locale where it is live, the generated one included;
 *                         only the generated one where alternates are not needed (feed, news)
 * @param firstSlug        the slug it first went live at in that locale: its feed guid is that first URL, so a
 *                         changed slug is not a new article to a feed reader (and the first URL still leads to it)
 */
public record PublishedItem(
        long id,
        String sourceLocale,
        String slug,
        String title,
        String summary,
        Instant firstPublishedAt,
        Instant publishedAt,
        Cover cover,
        Map<String, String> liveSlugs,
        String firstSlug) {

    /** An item whose slug in the generated locale never changed. */
    public PublishedItem(
            long id,
            String sourceLocale,
            String slug,
            String title,
            String summary,
            Instant firstPublishedAt,
            Instant publishedAt,
            Cover cover,
            Map<String, String> liveSlugs) {
        this(id, sourceLocale, slug, title, summary, firstPublishedAt, publishedAt, cover, liveSlugs, slug);
    }

    public PublishedItem {
        Objects.requireNonNull(sourceLocale, "sourceLocale");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(firstSlug, "firstSlug");
        Objects.requireNonNull(firstPublishedAt, "firstPublishedAt");
        Objects.requireNonNull(publishedAt, "publishedAt");
        liveSlugs = Map.copyOf(liveSlugs);
    }

    /** A cover image as feeds announce it: verified MIME type and exact byte length. */
    public record Cover(long mediaId, String mimeType, long byteLength) {}
}
