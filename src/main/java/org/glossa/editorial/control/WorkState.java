package org.glossa.editorial.control;

import org.glossa.content.entity.TranslationStatus;

/**
 * Where one item stands in one locale, as a translator's work list shows it, in the order the list puts them:
 * what waits for the translator first (sent back, overtaken by the source, not started), then their own unfinished
 * work, then what waits for others, then what is done.
 */
public enum WorkState {
    /** the owner sent it back with a comment */
    REJECTED,
    /** the source text went live again since it was translated */
    OUTDATED,
    /** no translation into this locale yet */
    MISSING,
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED;

    /** Whether it waits for the translator's action. */
    public boolean needsAction() {
        return ordinal() <= MISSING.ordinal();
    }

    /**
     * The state of an existing, not archived translation: the rule {@link WorkList}'s statement applies in SQL,
     * in the same order (a version with the owner, or waiting to go live, is not outdated yet: the owner sees the
     * source change in review).
     *
     * @param reviewComment the owner's comment; on a draft it means the owner sent it back
     * @param outdated      the source text went live in a newer revision than the one it was made from
     */
    public static WorkState of(TranslationStatus status, String reviewComment, boolean outdated) {
        return switch (status) {
            case DRAFT -> reviewComment != null ? REJECTED : outdated ? OUTDATED : DRAFT;
            case IN_REVIEW -> IN_REVIEW;
            case SCHEDULED -> SCHEDULED;
            case PUBLISHED -> outdated ? OUTDATED : PUBLISHED;
            case ARCHIVED -> throw new IllegalArgumentException("an archived translation is in no one's work");
        };
    }
}
