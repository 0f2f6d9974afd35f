package org.glossa.editorial.boundary;

import org.glossa.content.entity.Publication;

/** A publication snapshot: what readers saw. */
public record PublishedView(
        int revision,
        String publishedAt,
        String withdrawnAt,
        String title,
        String slug,
        String summary,
        String bodyHtml,
        String location) {

    static PublishedView of(Publication p) {
        return new PublishedView(
                p.revisionNumber(),
                p.publishedAt().toString(),
                p.withdrawnAt() == null ? null : p.withdrawnAt().toString(),
                p.title(),
                p.slug(),
                p.summary(),
                p.bodyHtml(),
                p.location());
    }
}
