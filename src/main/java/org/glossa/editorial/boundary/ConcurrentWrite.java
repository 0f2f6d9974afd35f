package org.glossa.editorial.boundary;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.glossa.editorial.control.EditorialException;

/**
 * A workflow write that lost a race, told apart by what the database refused: the unique key of a translation per
 * item and locale (two first saves), of a slug per locale (taken meanwhile), a version changed meanwhile (two
 * moves on one translation) or a deadlock / serialization failure. Each is a 409 naming what to read again.
 */
final class ConcurrentWrite {

    private static final String UNIQUE_VIOLATION = "23505";

    private ConcurrentWrite() {}

    static Optional<EditorialException> conflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause.getClass()
                            .getName()
                            .equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return Optional.of(EditorialException.conflict(
                        "status", "the translation was changed meanwhile by someone else; read it again"));
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String message =
                        sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
                if (state.equals(UNIQUE_VIOLATION) && message.contains("uq_translation_kind_locale_slug")) {
                    return Optional.of(EditorialException.conflict(
                            "slug", "was taken meanwhile by another translation in this locale"));
                }
                if (state.equals(UNIQUE_VIOLATION) && message.contains("uq_publication_live_slug")) {
                    return Optional.of(EditorialException.conflict(
                            "status", "a version of this translation went live meanwhile; read it again"));
                }
                if (state.equals(UNIQUE_VIOLATION)) {
                    return Optional.of(EditorialException.conflict(
                            "locale",
                            "this translation was created meanwhile by someone else; read it and save with its ETag"));
                }
                if (state.startsWith("40")) {
                    return Optional.of(EditorialException.conflict(
                            "status", "a concurrent change to this translation won; read it again and retry"));
                }
            }
        }
        return Optional.empty();
    }
}
