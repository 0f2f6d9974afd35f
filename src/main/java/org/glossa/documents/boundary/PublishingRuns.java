package org.glossa.documents.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glossa.documents.control.RetryBackoff;
import org.glossa.documents.entity.PublishingState;

/**
 * Records each locale's generation outcome in {@code publishing_state}, in a transaction of its own so that a
 * failed locale's rolled-back documents do not take its failure record with them. Recording never fails a run:
 * losing one outcome only delays what the monitor sees until the next run.
 */
@Stateless
public class PublishingRuns {

    private static final Logger LOG = Logger.getLogger(PublishingRuns.class.getName());

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(String locale, Instant runStartedAt, List<String> notices) {
        try {
            state(locale).succeeded(runStartedAt, notices);
            em.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the successful generation of " + locale, e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String locale, Instant runStartedAt, RuntimeException failure) {
        try {
            PublishingState state = state(locale);
            state.failed(
                    runStartedAt,
                    describe(failure),
                    RetryBackoff.after(state.consecutiveFailures() + 1),
                    clock.instant());
            em.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the failed generation of " + locale, e);
        }
    }

    /** Records what the permalink check of a run found in one locale (see {@link PublishingState#permalinksChecked}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void permalinksChecked(
            String locale, Instant runStartedAt, int broken, List<PublishingState.BrokenPermalink> examples) {
        try {
            state(locale).permalinksChecked(runStartedAt, broken, examples);
            em.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the permalink check of " + locale, e);
        }
    }

    /** The locales whose last run failed and whose retry is due at {@code now}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> retryDue(Instant now) {
        return em.createQuery("SELECT s.locale FROM PublishingState s WHERE s.nextRetryAt <= :now", String.class)
                .setParameter("now", now)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PublishingState> all() {
        return em.createQuery("SELECT s FROM PublishingState s", PublishingState.class)
                .getResultList();
    }

    private PublishingState state(String locale) {
        PublishingState state = em.find(PublishingState.class, locale);
        if (state == null) {
            state = new PublishingState(locale);
            em.persist(state);
        }
        return state;
    }

    /** The innermost cause's message: the writers' own words ("enclosure type must be ..."). */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
