package org.glossa.api.boundary;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glossa.database.control.DatabaseFailure;
import org.glossa.problem.Problem;

/**
 * What the database refused that the client can act on, found anywhere in an exception's causes: a write that
 * lost a race (a unique key taken meanwhile, SQLSTATE 23505; a row changed meanwhile, an optimistic lock; a
 * serialization failure or deadlock, class 40) is a 409, to be read again and retried; a value the database
 * cannot store (class 22, data exceptions: a NUL character, which the JDBC driver refuses as 22023, an invalid byte
 * sequence, text too long for its column, a number or a date out of range) is a 400.
 *
 * <p>This is a fallback for what slips past the components, which answer their own conflicts and check their own
 * input first (naming the field, which this cannot): every use is logged as a warning, so it can be found and
 * moved to where it belongs.
 */
record DatabaseRefusal(int status, String type, String title, String message) {

    private static final Logger LOG = Logger.getLogger(DatabaseRefusal.class.getName());

    static Optional<DatabaseRefusal> of(Throwable e) {
        Optional<DatabaseRefusal> refusal = find(e);
        refusal.ifPresent(r -> LOG.log(Level.WARNING, "Database refused an API request: answered " + r.status, e));
        return refusal;
    }

    private static Optional<DatabaseRefusal> find(Throwable e) {
        if (DatabaseFailure.optimisticLock(e)) {
            return Optional.of(conflict());
        }
        return DatabaseFailure.sqlErrors(e).stream()
                .map(sql -> ofState(sql.getSQLState()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    static Optional<DatabaseRefusal> ofState(String state) {
        if (state == null) {
            return Optional.empty();
        }
        if (state.equals("23505") || state.startsWith("40")) {
            return Optional.of(conflict());
        }
        if (state.startsWith("22")) {
            return Optional.of(invalid("holds a value that cannot be stored (such as a NUL character, "
                    + "or text, a number or a date out of range)"));
        }
        return Optional.empty();
    }

    private static DatabaseRefusal conflict() {
        return new DatabaseRefusal(
                409,
                "/problems/conflict",
                "Conflict",
                "a concurrent change to the same data won; read it again and retry");
    }

    private static DatabaseRefusal invalid(String message) {
        return new DatabaseRefusal(400, "/problems/invalid-field", "Invalid input", message);
    }

    Response problem() {
        return new Problem(type, title, status, "body: " + message, List.of(new Problem.FieldError("body", message)))
                .toResponse();
    }
}
