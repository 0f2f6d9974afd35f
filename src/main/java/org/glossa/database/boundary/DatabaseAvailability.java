package org.glossa.database.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * What this node last saw of the database, so that readers are not each made to wait for it while it is away.
 * After a failure, {@link #worthTrying()} says no for {@link #PROBE_INTERVAL_MILLIS}: callers serve what they
 * already have (or answer 503) at once, and one attempt per interval finds out whether it is back. Any success
 * ends the outage. Logged once per outage, not per request.
 */
@ApplicationScoped
public class DatabaseAvailability {

    static final long PROBE_INTERVAL_MILLIS = 2000;
    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class.getName());

    /** When the last failure was seen ({@code System.nanoTime()}), or 0 while the database answers. */
    private final AtomicLong failedAt = new AtomicLong();

    /** False shortly after a failure: the caller should not wait for the database now. */
    public boolean worthTrying() {
        long failed = failedAt.get();
        return failed == 0 || System.nanoTime() - failed >= PROBE_INTERVAL_MILLIS * 1_000_000;
    }

    /** Whether the last attempt failed. */
    public boolean unreachable() {
        return failedAt.get() != 0;
    }

    public void failed(Throwable cause) {
        long now = Math.max(1, System.nanoTime());
        if (failedAt.getAndSet(now) == 0) {
            LOG.warning(() -> "The database cannot be reached ("
                    + cause.getClass().getName() + "); serving stored pages and documents until it answers again");
        }
    }

    public void succeeded() {
        if (failedAt.getAndSet(0) != 0) {
            LOG.info("The database answers again");
        }
    }
}
