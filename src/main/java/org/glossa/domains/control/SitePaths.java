package org.glossa.domains.control;

import org.glossa.content.control.SlugPolicy;
import org.glossa.content.entity.ItemKind;

/** The paths of a site's pages, percent-encoded, relative to the site's base URL. */
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

    /** The page of one locale's version of a post or experience entry. */
    public static String item(ItemKind kind, String slug) {
        return switch (kind) {
            case POST -> post(slug);
            case EXPERIENCE -> experienceEntry(slug);
        };
    }

    public static String media(long id) {
        return MEDIA_PREFIX + id;
    }
}
