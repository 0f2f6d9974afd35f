package org.glossa.editorial.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glossa.editorial.control.EditorialException;

/**
 * What the scheduler calls: approved versions whose publication time has come go live, each in a transaction of
 * its own. One that cannot (its slug was taken meanwhile, a constraint failed) is logged and returned to the
 * owner's review queue with the reason as its review comment, where the owner decides again; it is not retried
 * silently on every run, and the others due with it go live.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduledPublications {

    private static final Logger LOG = Logger.getLogger(ScheduledPublications.class.getName());

    /** Per run; more wait for the next run a few seconds later. */
    static final int MAX_PER_RUN = 100;

    @Inject
    Workflow workflow;

    /** Publishes the scheduled translations due at {@code now}; returns how many went live. */
    public int publishDue(Instant now) {
        List<Long> due = workflow.dueAt(now, MAX_PER_RUN);
        int published = 0;
        for (long id : due) {
            try {
                if (workflow.publishScheduled(id, now)) {
                    published++;
                }
            } catch (RuntimeException e) {
                String reason = reason(e);
                LOG.log(
                        Level.SEVERE,
                        "Scheduled translation " + id + " could not go live; it returns to the review queue: " + reason,
                        e);
                try {
                    workflow.scheduledPublicationFailed(id, reason, now);
                } catch (RuntimeException recording) {
                    LOG.log(
                            Level.SEVERE,
                            "Could not return translation " + id + " to review; the next run retries it",
                            recording);
                }
            }
        }
        return published;
    }

    /** The refusal's own words, or the innermost cause's (a database constraint names itself there). */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EditorialException refusal) {
                return (refusal.field() == null ? "" : refusal.field() + ": ") + refusal.getMessage();
            }
        }
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage();
        return message == null || message.isBlank() ? innermost.getClass().getSimpleName() : message.strip();
    }
}
