package org.glossa.problem;

import jakarta.ws.rs.core.Response;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Set;

/**
 * A failure that is nobody's fault in the request: the database cannot be reached right now (refused, cut, timed
 * out, or no pooled connection free in time). Answered 503 with {@code Retry-After}, never 500: the client may try
 * again, and monitoring can tell an outage from a bug.
 *
 * <p>Recognised by the exceptions' types and SQLSTATE (class {@code 08}, connection exception; {@code 57P01..03},
 * the server shutting down), wherever they sit in the chain: JPA, EJB and the container's pool each wrap them
 * differently. Error text is never inspected, so a bug cannot pass for an outage by its wording.
 */
public final class ServiceUnavailable {

    /** What clients are told to wait before trying again. */
    public static final long RETRY_AFTER_SECONDS = 10;

    /** The container pool's own failures, which carry no SQLSTATE (named, not imported: container classes). */
    private static final Set<String> POOL_FAILURES = Set.of(
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.ResourceAllocationException",
            "com.sun.enterprise.resource.allocator.ResourceAllocationException");

    private ServiceUnavailable() {}

    /** Whether {@code failure} (or anything it wraps) says the database cannot be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t : Causes.of(failure)) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof ConnectException
                    || t instanceof SocketTimeoutException
                    || t instanceof SocketException
                    || t instanceof EOFException
                    || POOL_FAILURES.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql && unreachableState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static boolean unreachableState(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08")
                        || sqlState.equals("57P01")
                        || sqlState.equals("57P02")
                        || sqlState.equals("57P03"));
    }

    public static Problem problem() {
        return new Problem(
                "/problems/unavailable",
                "Service Unavailable",
                503,
                "The database cannot be reached just now; try again in " + RETRY_AFTER_SECONDS + " s",
                List.of());
    }

    /** The 503 problem document with its {@code Retry-After}. */
    public static Response response() {
        return Response.fromResponse(problem().toResponse())
                .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                .build();
    }
}
