package org.glossa.editorial.boundary;

import org.glossa.content.entity.Revision;

/** A saved revision. */
public record RevisionView(
        int number,
        String author,
        String createdAt,
        Integer basedOnSourceRevision,
        String title,
        String slug,
        String summary,
        String body,
        String location) {

    static RevisionView of(Revision r) {
        return new RevisionView(
                r.number(),
                r.author(),
                r.createdAt().toString(),
                r.basedOnSourceRevision(),
                r.text().title(),
                r.text().slug(),
                r.text().summary(),
                r.text().body(),
                r.text().location());
    }
}
