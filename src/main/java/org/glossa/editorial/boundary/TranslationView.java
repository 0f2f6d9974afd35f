package org.glossa.editorial.boundary;

import java.util.List;
import java.util.function.Function;
import org.glossa.content.entity.Publication;
import org.glossa.content.entity.Translation;
import org.glossa.editorial.control.TranslationState;

/**
 * One translation's place in the workflow. {@code warnings} (what the quality checks warned of) and
 * {@code acknowledged} (the keys of those recorded as acknowledged) are only in the answer to a submission, and left
 * out elsewhere, so clients written before the quality checks read it as before.
 */
public record TranslationView(
        long itemId,
        String kind,
        String locale,
        String status,
        boolean source,
        boolean live,
        String publicUrl,
        boolean outdated,
        int revision,
        String publishAt,
        String reviewComment,
        String title,
        String slug,
        String etag,
        List<FindingView> warnings,
        List<String> acknowledged) {

    /** The answer to a submission: where it stands now, with the quality checks' warnings. */
    TranslationView submitted(List<FindingView> warnings, List<String> acknowledged) {
        return new TranslationView(
                itemId,
                kind,
                locale,
                status,
                source,
                live,
                publicUrl,
                outdated,
                revision,
                publishAt,
                reviewComment,
                title,
                slug,
                etag,
                warnings,
                acknowledged);
    }

    /**
     * @param publicUrls the reader-facing URL of a live publication, built from the configured sites
     */
    static TranslationView of(TranslationState s, Function<Publication, String> publicUrls) {
        Translation t = s.translation();
        return new TranslationView(
                t.itemId(),
                t.kind().name(),
                t.locale(),
                t.status().name(),
                t.locale().equals(s.sourceLocale()),
                s.live().isPresent(),
                s.live().map(publicUrls).orElse(null),
                s.outdated(),
                t.revisionNumber(),
                t.publishAt() == null ? null : t.publishAt().toString(),
                t.reviewComment(),
                t.title(),
                t.slug(),
                ETags.of(t),
                null,
                null);
    }
}
