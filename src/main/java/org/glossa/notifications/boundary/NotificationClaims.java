package org.glossa.notifications.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.glossa.notifications.control.NotificationBackoff;
import org.glossa.notifications.entity.OutboundNotification;
import org.glossa.notifications.entity.OutboundNotification.Status;

/**
 * The two short transactions around a delivery, so that no transaction is open while HTTP is waited for:
 * claiming due rows, and recording an attempt's outcome. A row is claimed by an update conditional on its
 * version that moves {@code next_attempt_at} to the end of the claim; another node's claim of the same row
 * updates nothing (plain SQL, so PostgreSQL and H2 alike).
 */
@Stateless
public class NotificationClaims {

    static final Duration CLAIM = Duration.ofSeconds(60);
    /** At most this many per run: each send waits at most 5 s, so a whole batch is sent well within its claim. */
    static final int BATCH = 10;

    @PersistenceContext(unitName = "glossa")
    EntityManager em;

    /** A claimed notification, detached from the database while it is sent. */
    public record Claimed(long id, String targetUrl, String contentType, String body) {}

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Claimed> claimDue(Instant now) {
        List<OutboundNotification> due = em.createQuery("""
                SELECT n FROM OutboundNotification n WHERE n.status = :pending AND n.nextAttemptAt <= :now
                ORDER BY n.nextAttemptAt, n.id""", OutboundNotification.class)
                .setParameter("pending", Status.PENDING)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (OutboundNotification n : due) {
            int updated = em.createQuery("""
                    UPDATE OutboundNotification n SET n.nextAttemptAt = :until, n.version = n.version + 1
                    WHERE n.id = :id AND n.version = :version AND n.status = :pending""")
                    .setParameter("until", now.plus(CLAIM))
                    .setParameter("id", n.id())
                    .setParameter("version", n.version())
                    .setParameter("pending", Status.PENDING)
                    .executeUpdate();
            if (updated == 1) {
                claimed.add(new Claimed(n.id(), n.targetUrl(), n.contentType(), n.body()));
            }
        }
        return claimed;
    }

    /** Records an attempt: delivered when {@code error} is null, else retried after the backoff or dead. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long id, String error, Instant now, Duration baseDelay, int maxAttempts) {
        OutboundNotification n = em.find(OutboundNotification.class, id);
        if (n == null || n.status() != Status.PENDING) {
            return;
        }
        if (error == null) {
            n.delivered(now);
        } else {
            n.failed(error, now, NotificationBackoff.after(n.attempts() + 1, baseDelay), maxAttempts);
        }
    }
}
