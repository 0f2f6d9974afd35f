package org.glossa.documents.control;

import java.time.Instant;
import java.util.Objects;

/**
 * One {@code <item>} of an RSS feed.
 *
 * @param title           item title
 * @param link            absolute URL of the item's page
 * @param guid            stable, unique id; written as a permalink only when it equals {@code link}, otherwise with
 *                        {@code isPermaLink="false"} (RSS 2.0)
 * @param publishedAt     publication time
 * @param descriptionHtml HTML summary, or {@code null}; written as escaped text, which is how RSS carries HTML
 * @param enclosureOrNull attached media file, or {@code null}
 */
public record FeedItem(
        String title,
        String link,
        String guid,
        Instant publishedAt,
        String descriptionHtml,
        Enclosure enclosureOrNull) {

    public FeedItem {
        XmlText.require(title, "item title");
        AbsoluteUrl.require(link, "item link");
        XmlText.require(guid, "item guid");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (descriptionHtml != null) {
            XmlText.require(descriptionHtml, "item description");
        }
    }

    /** Whether the guid is the item's URL, i.e. {@code isPermaLink="true"}. */
    public boolean guidIsPermaLink() {
        return guid.equals(link);
    }
}
