package org.glossa.documents.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import org.glossa.documents.control.LocalePublishing;
import org.glossa.documents.entity.PublishingState;
import org.glossa.notifications.boundary.AlertWebhook;

/**
 * Announces each change of a locale's SLA state once for the whole cluster: the log line is the caller's, the
 * webhook call is queued here through {@link AlertWebhook}.
 */
@Stateless
public class SlaAnnouncements {

    public static final String SLA_BREACHED = "publishing.sla.breached";
    public static final String RUN_FAILED = "publishing.run.failed";
    public static final String RECOVERED = "publishing.recovered";
    public static final String PERMALINKS_BROKEN = "publishing.permalinks.broken";
    public static final String PERMALINKS_RECOVERED = "publishing.permalinks.recovered";

    @Inject
    AlertWebhook webhook;

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    /**
     * Announces a change of a locale's SLA state exactly once, whichever node notices it and across restarts: the
     * caller whose conditional update flips {@code announced_breach} queues the alert (when a webhook is configured)
     * in the same transaction, kept, retried and dead-lettered whatever its caller does next. Every other caller
     * gets false.
     *
     * @return whether this call made the announcement (the caller then logs it)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean announce(LocalePublishing locale) {
        boolean breach = locale.breached();
        int flipped = em.createQuery("""
                        UPDATE PublishingState s SET s.announcedBreach = :breach
                        WHERE s.locale = :locale AND s.announcedBreach <> :breach""")
                .setParameter("breach", breach)
                .setParameter("locale", locale.locale())
                .executeUpdate();
        if (flipped == 0) {
            if (!breach || em.find(PublishingState.class, locale.locale()) != null) {
                return false;
            }
            // Breached before any run recorded an outcome (the row is made by the first run).
            PublishingState state = new PublishingState(locale.locale());
            state.announced(true);
            em.persist(state);
        }
        webhook.alert(
                breach ? (locale.runFailed() ? RUN_FAILED : SLA_BREACHED) : RECOVERED,
                locale.locale(),
                locale.cause(),
                locale.lag());
        return true;
    }

    /**
     * Announces a change of a locale's permalink state (broken: its newest check had findings) exactly once, as
     * {@link #announce} does for the SLA, on its own flag: broken permalinks alert, but readers are still served, so
     * they are no SLA breach.
     *
     * @param cause what was found, for the webhook ({@code null} when repaired)
     * @return whether this call made the announcement (the caller then logs it)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean announcePermalinks(String locale, boolean broken, String cause) {
        int flipped = em.createQuery("""
                        UPDATE PublishingState s SET s.announcedBrokenPermalinks = :broken
                        WHERE s.locale = :locale AND s.announcedBrokenPermalinks <> :broken""")
                .setParameter("broken", broken)
                .setParameter("locale", locale)
                .executeUpdate();
        if (flipped == 0) {
            return false;
        }
        webhook.alert(broken ? PERMALINKS_BROKEN : PERMALINKS_RECOVERED, locale, cause, Duration.ZERO);
        return true;
    }
}
