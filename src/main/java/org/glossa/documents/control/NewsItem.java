package org.glossa.documents.control;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One article of a Google News sitemap.
 *
 * @param loc             absolute, percent-encoded http(s) URL of the article
 * @param publicationName the name exactly as Google News shows it, without parentheticals (Google News sitemaps: publication name)
 * @param language        {@code zh-cn}, {@code zh-tw} or a lower-case ISO 639 code (Google News sitemaps: language codes); the {@code news} column
 *                        of {@code i18n/locales.tsv}, not the hreflang one ({@code zh-Hans} fails the XSD)
 * @param publishedAt     first publication of the article, not the time it entered the sitemap (Google News sitemaps: publication date)
 * @param title           the article's title as shown on the site (Google News sitemaps: title)
 */
public record NewsItem(String loc, String publicationName, String language, Instant publishedAt, String title) {

    /** The pattern of sitemap-news.xsd's {@code news:language}. */
    private static final Pattern NEWS_LANGUAGE = Pattern.compile("zh-cn|zh-tw|[a-z]{2,3}");

    public NewsItem {
        AbsoluteUrl.requireLoc(loc, "news loc");
        XmlText.require(publicationName, "publication name");
        Objects.requireNonNull(language, "language");
        if (!NEWS_LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("news language must be zh-cn, zh-tw or a lower-case 2-3 letter ISO 639"
                    + " code (sitemap-news.xsd, Google News sitemaps: language codes), got: " + language);
        }
        Objects.requireNonNull(publishedAt, "publishedAt");
        XmlText.require(title, "news title");
    }
}
