package org.glossa.editorial.control;

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
}
