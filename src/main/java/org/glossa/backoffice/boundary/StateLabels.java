package org.glossa.backoffice.boundary;

import org.glossa.content.entity.TranslationStatus;
import org.glossa.editorial.control.WorkState;

/**
 * The one mapping from where a translation stands to the message the back office shows for it: the work list, the
 * editor and the review screen name a state alike. Archived translations are in no work list, but the editor and the
 * review screen can still open them.
 */
final class StateLabels {

    private StateLabels() {}

    static String key(WorkState state) {
        return switch (state) {
            case REJECTED -> "admin.state.rejected";
            case OUTDATED -> "admin.state.outdated";
            case MISSING -> "admin.state.missing";
            case DRAFT -> "admin.state.draft";
            case IN_REVIEW -> "admin.state.inReview";
            case SCHEDULED -> "admin.state.scheduled";
            case PUBLISHED -> "admin.state.published";
        };
    }

    /**
     * @param status        the translation's status, {@code null} when there is no translation yet
     * @param reviewComment the owner's comment, if any
     * @param outdated      the source went live again since the translation was made
     */
    static String key(TranslationStatus status, String reviewComment, boolean outdated) {
        if (status == null) {
            return key(WorkState.MISSING);
        }
        if (status == TranslationStatus.ARCHIVED) {
            return "admin.state.archived";
        }
        return key(WorkState.of(status, reviewComment, outdated));
    }
}
