package org.glossa.documents.control;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code <channel>} of one locale's RSS feed.
 *
 * @param title         feed title
 * @param link          absolute URL of the site the feed belongs to (RSS 2.0 required channel elements)
 * @param description   one-line description (RSS 2.0 required channel elements)
 * @param language      the locale's language code such as {@code de} or {@code pt-BR} (RSS 2.0 language)
 * @param selfUrl       the URL this feed is served at, written as {@code atom:link rel="self"}; each locale feed has
 *                      its own (RSS 2.0 absolute links; WebSub: the self link is the topic)
 * @param lastBuildDate when the feed content last changed
 * @param hubUrl        the WebSub hub, written as {@code atom:link rel="hub"} (WebSub: discovery); null without one
 */
public record FeedChannel(
        String title,
        String link,
        String description,
        String language,
        String selfUrl,
        Instant lastBuildDate,
        String hubUrl) {

    public FeedChannel(
            String title, String link, String description, String language, String selfUrl, Instant lastBuildDate) {
        this(title, link, description, language, selfUrl, lastBuildDate, null);
    }

    /** RSS 2.0: the RSS Board list and W3C HTML codes are both language[-subtag...]. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    public FeedChannel {
        XmlText.require(title, "channel title");
        AbsoluteUrl.require(link, "channel link");
        XmlText.require(description, "channel description");
        Objects.requireNonNull(language, "language");
        if (!LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException(
                    "channel language must be a code such as en-us, de or zh-Hans, got: " + language);
        }
        AbsoluteUrl.require(selfUrl, "channel self URL");
        Objects.requireNonNull(lastBuildDate, "lastBuildDate");
        if (hubUrl != null) {
            AbsoluteUrl.require(hubUrl, "channel hub URL");
        }
    }
}
