package org.glossa.database.control;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the database refused, read from an exception however the persistence provider wrapped it. EclipseLink keeps
 * the JDBC driver's exception as its {@code DatabaseException}'s "internal exception", which is not always its
 * cause, and a batch keeps the statement's own error as the {@link SQLException}'s next exception: both are
 * followed here, so a caller can tell a unique key taken meanwhile (SQLSTATE 23505) from a row changed meanwhile
 * (an optimistic lock) or a value the database cannot store (class 22).
 */
public final class DatabaseFailure {

    public static final String UNIQUE_VIOLATION = "23505";

    private static final String ECLIPSELINK_OPTIMISTIC_LOCK =
            "org.eclipse.persistence.exceptions.OptimisticLockException";

    private DatabaseFailure() {}

    /** The JDBC errors behind {@code e}, outermost first. */
    public static List<SQLException> sqlErrors(Throwable e) {
        List<SQLException> errors = new ArrayList<>();
        for (Throwable cause : causes(e)) {
            if (cause instanceof SQLException sql) {
                Set<SQLException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
                for (SQLException next = sql; next != null && seen.add(next); next = next.getNextException()) {
                    errors.add(next);
                }
            }
        }
        return errors;
    }

    /** The first SQLSTATE among {@code e}'s JDBC errors that {@code state} accepts. */
    public static Optional<SQLException> first(Throwable e, Predicate<String> state) {
        return sqlErrors(e).stream()
                .filter(sql -> sql.getSQLState() != null && state.test(sql.getSQLState()))
                .findFirst();
    }

    /** Whether a version check failed: someone changed the row since it was read. */
    public static boolean optimisticLock(Throwable e) {
        return causes(e).stream()
                .anyMatch(cause -> cause instanceof OptimisticLockException
                        || cause.getClass().getName().equals(ECLIPSELINK_OPTIMISTIC_LOCK));
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> causes = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> pending = new ArrayList<>(List.of(e));
        while (!pending.isEmpty()) {
            Throwable t = pending.remove(0);
            if (t == null || !seen.add(t)) {
                continue;
            }
            causes.add(t);
            pending.add(t.getCause());
            pending.add(internalException(t));
        }
        return causes;
    }

    /** EclipseLink's {@code EclipseLinkException.getInternalException()}, read without compiling against it. */
    private static Throwable internalException(Throwable t) {
        if (!t.getClass().getName().startsWith("org.eclipse.persistence.")) {
            return null;
        }
        try {
            return t.getClass().getMethod("getInternalException").invoke(t) instanceof Throwable internal
                    ? internal
                    : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
