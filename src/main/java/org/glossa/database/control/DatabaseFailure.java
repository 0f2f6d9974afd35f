package org.glossa.database.control;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.glossa.problem.Causes;

/**
 * What the database refused, read from an exception however the persistence provider wrapped it ({@link Causes}
 * follows every chain), so a caller can tell a unique key taken meanwhile (SQLSTATE 23505) from a row changed meanwhile
 * (an optimistic lock) or a value the database cannot store (class 22).
 */
public final class DatabaseFailure {

    public static final String UNIQUE_VIOLATION = "23505";

    private static final String ECLIPSELINK_OPTIMISTIC_LOCK =
            "org.eclipse.persistence.exceptions.OptimisticLockException";

    private DatabaseFailure() {}

    /** The JDBC errors behind {@code e}, outermost first. */
    public static List<SQLException> sqlErrors(Throwable e) {
        return Causes.of(e).stream()
                .filter(SQLException.class::isInstance)
                .map(SQLException.class::cast)
                .toList();
    }

    /** The first SQLSTATE among {@code e}'s JDBC errors that {@code state} accepts. */
    public static Optional<SQLException> first(Throwable e, Predicate<String> state) {
        return sqlErrors(e).stream()
                .filter(sql -> sql.getSQLState() != null && state.test(sql.getSQLState()))
                .findFirst();
    }

    /** Whether a version check failed: someone changed the row since it was read. */
    public static boolean optimisticLock(Throwable e) {
        return Causes.of(e).stream()
                .anyMatch(cause -> cause instanceof OptimisticLockException
                        || cause.getClass().getName().equals(ECLIPSELINK_OPTIMISTIC_LOCK));
    }
}
