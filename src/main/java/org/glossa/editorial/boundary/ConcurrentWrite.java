package org.glossa.editorial.boundary;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.glossa.database.control.DatabaseFailure;
import org.glossa.editorial.control.EditorialException;

/**
 * A workflow write that lost a race, told apart by what the database refused: the unique key of a translation per
 * item and locale (two first saves), of a slug per locale (taken meanwhile), a version changed meanwhile (two
 * moves on one translation) or a deadlock / serialization failure. Each is a 409 naming what to read again.
 */
final class ConcurrentWrite {

    private ConcurrentWrite() {}

    static Optional<EditorialException> conflict(Throwable e) {
        if (DatabaseFailure.optimisticLock(e)) {
            return Optional.of(EditorialException.conflict(
                            "status", "the translation was changed meanwhile by someone else; read it again")
                    .because("changedMeanwhile"));
        }
        Optional<SQLException> unique =
                DatabaseFailure.first(e, state -> state.equals(DatabaseFailure.UNIQUE_VIOLATION));
        if (unique.isPresent()) {
            String message = String.valueOf(unique.get().getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("uq_translation_kind_locale_slug")) {
                return Optional.of(
                        EditorialException.conflict("slug", "was taken meanwhile by another translation in this locale")
                                .because("slug.takenMeanwhile"));
            }
            if (message.contains("uq_publication_live_slug")) {
                return Optional.of(EditorialException.conflict(
                                "status", "a version of this translation went live meanwhile; read it again")
                        .because("changedMeanwhile"));
            }
            return Optional.of(EditorialException.conflict(
                            "locale",
                            "this translation was created meanwhile by someone else; read it and save with its ETag")
                    .because("changedMeanwhile"));
        }
        if (DatabaseFailure.first(e, state -> state.startsWith("40")).isPresent()) {
            return Optional.of(EditorialException.conflict(
                            "status", "a concurrent change to this translation won; read it again and retry")
                    .because("changedMeanwhile"));
        }
        return Optional.empty();
    }
}
