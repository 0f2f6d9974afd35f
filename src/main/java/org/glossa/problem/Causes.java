package org.glossa.problem;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Everything a failure wraps, itself first, each once (nothing for {@code null}). Three chains are followed, because the layers between a
 * request and the database each wrap differently: the standard cause; EclipseLink's "internal exception", which is
 * not always its cause; and a {@link SQLException}'s next exceptions, where a batch keeps each statement's error.
 */
public final class Causes {

    private Causes() {}

    public static List<Throwable> of(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        addIfPresent(pending, failure);
        while (!pending.isEmpty()) {
            Throwable t = pending.removeFirst();
            if (!seen.add(t)) {
                continue;
            }
            causes.add(t);
            addIfPresent(pending, t.getCause());
            addIfPresent(pending, internalException(t));
            if (t instanceof SQLException sql) {
                addIfPresent(pending, sql.getNextException());
            }
        }
        return causes;
    }

    private static void addIfPresent(Deque<Throwable> pending, Throwable t) {
        if (t != null) {
            pending.addLast(t);
        }
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
